/**
 * Schema version 15 (derived): each series member's date and whether it is a reply, beside its
 * subject (0012), so that a series' posts are ranked within their subject from message_series
 * alone (src/index/seriesLeads.ts). Weighing a series read the row of every member from
 * messages, large rows scattered through the file, for the date and In-Reply-To that order them:
 * once or twice per series for every batch a sync indexed, ~600 rows each for the bench's weekly
 * series, a tenth of a first sync's time (issue 12.2). Kept equal to messages.date and
 * `messages.in_reply_to IS NOT NULL` by the index stage (src/index/seriesIndex.ts), as the
 * subject is.
 *
 * Filling them reads each series member's message once: seconds at a million messages, once.
 */
export const sql = `
ALTER TABLE message_series ADD COLUMN date TEXT;
ALTER TABLE message_series ADD COLUMN reply INTEGER NOT NULL DEFAULT 0;
UPDATE message_series SET date = m.date, reply = (m.in_reply_to IS NOT NULL) FROM messages m WHERE m.id = message_series.message_rowid;
`;
