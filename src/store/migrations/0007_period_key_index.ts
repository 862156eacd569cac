/**
 * Schema version 7: the index a period's commit counts its messages by.
 *
 * `SELECT COUNT(DISTINCT msg_key) FROM messages WHERE list_id = ? AND period = ?` (run once per
 * period committed) was planned on the UNIQUE (list_id, msg_key, content_hash) index, by
 * `list_id` alone, because that index yields msg_key in order for the DISTINCT: every row of
 * the list was visited, and each visit read the row itself (period is not in that index), raw
 * mail included. An index on (list_id, period, msg_key) answers the count from the index
 * alone, over the period's entries only. It has (list_id, period) as its prefix, so it replaces
 * messages_by_period for every query that used that one.
 */
export const sql = `
CREATE INDEX messages_by_period_key ON messages(list_id, period, msg_key);
DROP INDEX messages_by_period;
`;
