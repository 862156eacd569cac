/**
 * Schema version 14: smaller indexes on messages (issue 12.5: the database at most 1.5x the raw
 * text at 150k messages). Both were a copy of every message key (`mid:<Message-ID>`, some 50
 * bytes) in an index besides the one that keeps stored mail unique, UNIQUE (list_id, msg_key,
 * content_hash):
 *
 *   messages_by_key (msg_key), 9.6 MiB at 150k messages: dropped. Its one lookup, a message by
 *   its Message-ID (`archive show`, the web view's message page), names every list instead
 *   (`list_id IN (SELECT id FROM lists)`) and is a search of the unique index per list: a
 *   handful of lists, a handful of b-tree searches.
 *
 *   messages_by_period_key (period, list_id, msg_key), 12.2 MiB: becomes messages_by_period
 *   (period, list_id), 4 MiB. A period's commit still counts its distinct message keys with it
 *   (src/store/rawStore.ts), now reading the period's rows for the key (the rows it has just
 *   written; a period is a few hundred to a few thousand messages); every lookup by list and
 *   period it served, it serves. Period first still, for the plan of `month` (0009).
 *
 * Building the new index reads every message once: seconds at a million messages, once.
 *
 * And with no SQL: messages.content_hash, a sha256 in hex (64 bytes) in the row and in the
 * unique index, is stored from this version on as its 32 bytes, a BLOB (src/store/rawStore.ts,
 * `hashToDb`; a value that is not a sha256 in hex stays text). Rows stored before keep the hex
 * text, not rewritten here (every row of the table, a write-ahead log as big as it): RawStore
 * looks a message up by both forms and gives the hash back in hex either way.
 */
export const sql = `
DROP INDEX messages_by_key;
CREATE INDEX messages_by_period ON messages(period, list_id);
DROP INDEX messages_by_period_key;
`;
