/**
 * Schema version 12: what ingest and reindex need at a million messages.
 *
 * 1. (durable) Stored mail compressed, the original kept byte for byte.
 *   messages.raw_codec   how `raw` holds the fetched bytes: 0 exactly as fetched, 1 DEFLATE of
 *                        them (src/store/rawCodec.ts). Readers get the original through
 *                        `unpackRaw` or the SQL function raw_message(raw, raw_codec).
 *
 * Rows stored before this version keep codec 0 and are read as they are: compressing them here
 * would rewrite every message inside the migration's one transaction, when any command first
 * opens the database (minutes at a million messages, a write-ahead log as big as the database),
 * and the file would not shrink without a VACUUM anyway. New mail is stored compressed;
 * `archive reindex`, which reads every message and holds the sync lock, compresses the old rows
 * it reads (src/index/reindex.ts).
 *
 * The column comes after `raw` (ALTER TABLE appends): it is only ever read together with raw.
 */

/*
 * 2. (derived) Each series member's subject beside its series key, indexed: finding the posts of
 * a series with one subject (its lead, the siblings whose lead may change) read every member of
 * the series from messages, for every post indexed, so a series of n posts cost n^2 row reads
 * (a fifth of a reindex at 150k messages). The index on (list_id, series_key, subject) answers
 * it from the index and serves every lookup by (list_id, series_key) the old one served.
 * Kept equal to messages.subject by the index stage (src/index/seriesIndex.ts).
 */
export const sql = `
ALTER TABLE messages ADD COLUMN raw_codec INTEGER NOT NULL DEFAULT 0;

ALTER TABLE message_series ADD COLUMN subject TEXT;
UPDATE message_series SET subject = (SELECT subject FROM messages WHERE id = message_rowid);
CREATE INDEX message_series_by_subject ON message_series(list_id, series_key, subject);
DROP INDEX message_series_by_key;
`;
