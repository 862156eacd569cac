/**
 * Schema version 14 (derived tables only, rebuilt by `archive reindex`): the size of the
 * database (issue 12.5: at most 1.5x the raw text, search index included).
 *
 * 1. The search index without a second copy of the text it indexes.
 *
 * search_fts was an FTS5 table with external content (search_docs), so that snippet() could read
 * each text back: every cleaned message body was kept twice (the raw mail, and its text again
 * in search_docs), a quarter of the database. Now:
 *
 *   search_fts   contentless FTS5 (`content=''`), written by the index stage beside each
 *                search_docs row; MATCH and bm25() work as before, snippet() does not (no text):
 *                the search query makes the snippets of the results it shows from their texts
 *                (src/query/search.ts)
 *   search_docs  one row per searchable text, as before, without the text:
 *                  message  item_id NULL; title and author are the message's subject and
 *                           author_name; body is its cleaned body packed against its raw bytes
 *                           (src/store/textCodec.ts: a few percent of the text)
 *                  item     item_id set; title is its section's project (or title when it has
 *                           none), author the message's author_name, body the item's text
 *                           (items.text); search_docs.body is NULL
 *
 * Deleting from a contentless FTS5 table takes the text that was indexed (FTS5's 'delete'
 * command), as it did with external content: the trigger on search_docs gives it, read back from
 * those columns (`unpack_text`, registered on every connection). Not `contentless_delete=1`: it
 * deletes by rowid alone but leaves the deleted text's token counts in bm25's averages, so
 * relevance would drift with every message derived again. The texts must not change under an
 * indexed row: the index stage deletes a message's texts before it writes the message's new
 * subject and author, and a message whose raw mail, subject or author is replaced (an HTML copy
 * by its text-archive copy) loses its texts first (trigger on messages); items and sections are
 * only deleted, after their texts.
 *
 * search_docs.item_id is no longer a foreign key, so it needs no index (search_docs_by_item, 1.7
 * MiB at 150k messages, was there only for the check SQLite makes when an item is deleted): the
 * index stage and `archive reindex` delete an item's text before the item.
 *
 * The texts indexed before this version are packed here (`pack_text`) and the FTS index is built
 * again from them: a minute or two at a million messages, once. The file keeps its size until a
 * VACUUM (pages are freed, not returned).
 */
/**
 * The FTS entry of the search_docs row `doc` as it was indexed (id, title, author, body), read
 * back from the rows it was made of, the message's as `m`: what FTS5's 'delete' takes.
 */
const indexedText = (doc: string) => `${doc}.id,
      CASE WHEN ${doc}.item_id IS NULL THEN m.subject
        ELSE (SELECT COALESCE(NULLIF(s.project, ''), s.title) FROM items i JOIN sections s ON s.id = i.section_id WHERE i.id = ${doc}.item_id) END,
      m.author_name,
      CASE WHEN ${doc}.item_id IS NULL THEN unpack_text(${doc}.body, m.raw, m.raw_codec) ELSE (SELECT text FROM items WHERE id = ${doc}.item_id) END`;

/** Keep search_fts in step with search_docs (the index stage inserts into both). */
export const SEARCH_TRIGGERS = `
CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
  INSERT INTO search_fts (search_fts, rowid, title, author, body)
    SELECT 'delete', ${indexedText('old')}
    FROM messages m WHERE m.id = old.message_rowid;
END;
CREATE TRIGGER search_docs_message_bu BEFORE UPDATE OF raw, raw_codec, subject, author_name ON messages BEGIN
  DELETE FROM search_docs WHERE message_rowid = old.id;
END;
`;

/**
 * What the delete trigger does, for the texts of the messages given (a JSON array of ids) in one
 * statement, in the order of their ids, while the triggers are off (a reindex; their rows are
 * deleted after). The texts stay in search_docs.
 */
export const UNINDEX_TEXTS = `INSERT INTO search_fts (search_fts, rowid, title, author, body)
    SELECT 'delete', ${indexedText('d')}
    FROM search_docs d JOIN messages m ON m.id = d.message_rowid
    WHERE d.message_rowid IN (SELECT value FROM json_each(?)) ORDER BY d.id`;

/**
 * For a reindex that writes the search index in place (src/index/searchInPlace.ts): the FTS
 * entries as indexed (what UNINDEX_TEXTS takes out) of the texts of the messages given (JSON) with
 * ids up to the second parameter only (those this run wrote; the rows above are old ones, whose
 * items are gone), in the order of their ids. INDEX_TEXTS: the texts of every row indexed again
 * but those of the messages given (JSON), in the order of their ids (the index emptied, the rows
 * all this run's).
 */
export const WRITTEN_TEXTS = `SELECT ${indexedText('d')}
    FROM search_docs d JOIN messages m ON m.id = d.message_rowid
    WHERE d.message_rowid IN (SELECT value FROM json_each(?)) AND d.id <= ? ORDER BY d.id`;
export const INDEX_TEXTS = `INSERT INTO search_fts (rowid, title, author, body)
    SELECT ${indexedText('d')}
    FROM search_docs d JOIN messages m ON m.id = d.message_rowid
    WHERE d.message_rowid NOT IN (SELECT value FROM json_each(?)) ORDER BY d.id`;

export const DROP_SEARCH_TRIGGERS = `
DROP TRIGGER IF EXISTS search_docs_ad;
DROP TRIGGER IF EXISTS search_docs_message_bu;
`;

/** The FTS5 table itself. */
export const SEARCH_FTS = `CREATE VIRTUAL TABLE search_fts USING fts5(
  title, author, body,
  content = '',
  tokenize = 'unicode61 remove_diacritics 2'
)`;

/*
 * 2. Each detection verdict once. analyses.reason (why a message is or is not a report, in
 * words) took 11.7 MiB at 150k messages for 6k distinct sentences: the same few shapes again
 * and again. They are kept once each in `reasons` (the index stage adds a new one as it meets
 * it; rows are never deleted, a sentence no analysis uses any more costs a row), and
 * analyses.reason_id points at it.
 */
export const sql = `
DROP TRIGGER IF EXISTS search_docs_ai;
DROP TRIGGER IF EXISTS search_docs_ad;
DROP TRIGGER IF EXISTS search_docs_au;
DROP TABLE search_fts;

CREATE TABLE search_docs_14 (
  id              INTEGER PRIMARY KEY,
  message_rowid   INTEGER NOT NULL REFERENCES messages(id),
  item_id         INTEGER,                       -- the item (items.id); NULL: the message's own text
  body            BLOB                           -- message: its cleaned body, packed (textCodec.ts); item: NULL
);
INSERT INTO search_docs_14 (id, message_rowid, item_id, body)
  SELECT d.id, d.message_rowid, d.item_id, CASE WHEN d.item_id IS NULL THEN pack_text(d.body, m.raw, m.raw_codec) END
  FROM search_docs d JOIN messages m ON m.id = d.message_rowid;

${SEARCH_FTS};
INSERT INTO search_fts (rowid, title, author, body) SELECT id, title, author, body FROM search_docs;

DROP TABLE search_docs;
ALTER TABLE search_docs_14 RENAME TO search_docs;
CREATE INDEX search_docs_by_message ON search_docs(message_rowid);
${SEARCH_TRIGGERS}

CREATE TABLE reasons (
  id              INTEGER PRIMARY KEY,
  reason          TEXT NOT NULL UNIQUE
);
INSERT INTO reasons (reason) SELECT DISTINCT reason FROM analyses ORDER BY reason;
ALTER TABLE analyses ADD COLUMN reason_id INTEGER;
UPDATE analyses SET reason_id = (SELECT r.id FROM reasons r WHERE r.reason = analyses.reason);
ALTER TABLE analyses DROP COLUMN reason;
`;
