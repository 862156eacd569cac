/**
 * Schema version 8 (durable): the kind of archive a list is read from.
 *   lists.kind   'pipermail' (every list before this version), 'hyperkitty', or 'mbox' (mail
 *                imported from local files by `archive import`: never synced over HTTP; its
 *                url is `mbox:NAME`)
 */
export const sql = `
ALTER TABLE lists ADD COLUMN kind TEXT NOT NULL DEFAULT 'pipermail';
`;
