/**
 * Schema version 10: which stored messages still wait to be indexed.
 *
 * A period's new messages are committed first and indexed afterwards; a run killed in between
 * leaves mail without derived rows, which the next sync indexes. Finding it took a scan of every
 * message against analyses and quarantine at the start of every sync (seconds at a million
 * messages, even when nothing was pending). Now the commit that stores a message (or replaces
 * an HTML copy by the text-archive copy) also writes its id here, in the same transaction, and
 * the transaction that writes its derived rows (or its quarantine row) deletes it: the check is
 * a read of this table, empty in the usual case. Rebuildable: `archive reindex` empties it.
 *
 * The INSERT fills it once for a database made before this table existed.
 */
export const sql = `
CREATE TABLE pending_index (
  message_rowid   INTEGER PRIMARY KEY REFERENCES messages(id)
);
INSERT INTO pending_index (message_rowid)
  SELECT id FROM messages
  WHERE id NOT IN (SELECT message_rowid FROM analyses) AND id NOT IN (SELECT message_rowid FROM quarantine);
`;
