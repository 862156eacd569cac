/**
 * Each series member ranked within its subject: rank 1 is the subject's lead post (seriesIndex.ts
 * weighs a series by its leads; `archive series` lists them): not a reply first, then the oldest.
 * From message_series alone, which keeps each member's subject, date and reply-ness equal to its
 * message's (migrations 12 and 15). A module of its own, so that the query reads it without the
 * series index and the parser it loads.
 */
export const LEADS = `SELECT ms.message_rowid AS id, ms.list_id, ms.series_key, ROW_NUMBER() OVER (PARTITION BY ms.list_id, ms.series_key, ms.subject
    ORDER BY ms.reply, ms.date, ms.message_rowid) AS rank
  FROM message_series ms`;
