/**
 * Schema version 4 (derived): mentions of a project inside another project's section, e.g. the
 * `NSR` bullet under `= GlusterFS 4.0 =`. They are not reports of that project; `archive query`
 * lists them beside its history.
 */
export const sql = `
CREATE TABLE mentions (
  id              INTEGER PRIMARY KEY,
  message_rowid   INTEGER NOT NULL REFERENCES messages(id),
  section_id      INTEGER NOT NULL REFERENCES sections(id),
  item_id         INTEGER NOT NULL REFERENCES items(id),
  project_key     TEXT NOT NULL,             -- the project mentioned
  parser_version  INTEGER NOT NULL
);
CREATE INDEX mentions_by_project ON mentions(project_key);
CREATE INDEX mentions_by_message ON mentions(message_rowid);
CREATE INDEX mentions_by_section ON mentions(section_id);
CREATE INDEX mentions_by_item ON mentions(item_id);
`;
