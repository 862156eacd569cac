/**
 * Schema version 3: index the foreign-key columns of the derived tables. With foreign keys on,
 * deleting an item (or a section) makes SQLite look for rows that point at it; without these
 * indexes each such check scanned a whole table, so `archive reindex` grew quadratically.
 */
export const sql = `
CREATE INDEX IF NOT EXISTS items_by_parent ON items(parent_id);
CREATE INDEX IF NOT EXISTS refs_by_item ON refs(item_id);
CREATE INDEX IF NOT EXISTS search_docs_by_item ON search_docs(item_id);
CREATE INDEX IF NOT EXISTS aliases_by_message ON aliases(message_rowid);
`;
