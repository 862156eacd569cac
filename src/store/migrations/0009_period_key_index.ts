/**
 * Schema version 9: the index a period's commit counts its messages by.
 *
 * `SELECT COUNT(DISTINCT msg_key) FROM messages WHERE list_id = ? AND period = ?` (run once per
 * period committed) was planned on the UNIQUE (list_id, msg_key, content_hash) index, by
 * `list_id` alone, because that index yields msg_key in order for the DISTINCT: every row of
 * the list was visited, and each visit read the row itself (period is not in that index), raw
 * mail included. An index on (period, list_id, msg_key) answers the count from the index
 * alone, over the period's entries only, and serves every lookup by (list_id, period) that
 * messages_by_period served, so it replaces that one.
 *
 * Period first, not list_id: with an index led by list_id on messages, SQLite (without
 * statistics) plans `month`'s query (messages by date, joined to periods by list and period)
 * as a scan of every section instead of a search of messages_by_date.
 */
export const sql = `
CREATE INDEX messages_by_period_key ON messages(period, list_id, msg_key);
DROP INDEX messages_by_period;
`;
