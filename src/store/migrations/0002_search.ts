/**
 * Schema version 2: full-text search and the indexes the query commands need.
 *
 * DERIVED (rebuilt by `archive reindex`, filled by the index stage):
 *   search_docs  one row per searchable text: a message (subject, author, cleaned body) or a
 *                report item (section title, author, item text)
 *   search_fts   FTS5 index over search_docs (external content: the text lives once, in
 *                search_docs, so snippet() works); kept in step by the triggers below
 */
/** Keep search_fts in step with search_docs (until migration 13 made search_fts contentless). */
const SEARCH_TRIGGERS = `
CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
  INSERT INTO search_fts (rowid, title, author, body) VALUES (new.id, new.title, new.author, new.body);
END;
CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
  INSERT INTO search_fts (search_fts, rowid, title, author, body) VALUES ('delete', old.id, old.title, old.author, old.body);
END;
CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN
  INSERT INTO search_fts (search_fts, rowid, title, author, body) VALUES ('delete', old.id, old.title, old.author, old.body);
  INSERT INTO search_fts (rowid, title, author, body) VALUES (new.id, new.title, new.author, new.body);
END;
`;

export const sql = `
CREATE TABLE search_docs (
  id              INTEGER PRIMARY KEY,
  message_rowid   INTEGER NOT NULL REFERENCES messages(id),
  item_id         INTEGER REFERENCES items(id),
  kind            TEXT NOT NULL,             -- 'message' | 'item'
  title           TEXT NOT NULL,             -- message subject, or the project of the item's section
  author          TEXT NOT NULL,
  body            TEXT NOT NULL              -- decoded body (quotes, signature, footer removed), or item text
);
CREATE INDEX search_docs_by_message ON search_docs(message_rowid);

CREATE VIRTUAL TABLE search_fts USING fts5(
  title, author, body,
  content = 'search_docs', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

${SEARCH_TRIGGERS}
-- archive month: the messages of one month by date (and the undated ones) without a full scan.
CREATE INDEX messages_by_date ON messages(date);
`;
