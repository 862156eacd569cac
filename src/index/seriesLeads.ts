/**
 * Each series member ranked within its subject: rank 1 is the subject's lead post (seriesIndex.ts
 * weighs a series by its leads; `archive series` lists them). A module of its own, so that the
 * query reads it without the series index and the parser it loads.
 */
export const LEADS = `SELECT ms.message_rowid AS id, ms.list_id, ms.series_key, ROW_NUMBER() OVER (PARTITION BY ms.list_id, ms.series_key, m.subject
    ORDER BY m.in_reply_to IS NOT NULL, m.date, ms.message_rowid) AS rank
  FROM message_series ms JOIN messages m ON m.id = ms.message_rowid`;
