/**
 * Schema version 12 (durable): stored mail compressed, the original kept byte for byte.
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
export const sql = `
ALTER TABLE messages ADD COLUMN raw_codec INTEGER NOT NULL DEFAULT 0;
`;
