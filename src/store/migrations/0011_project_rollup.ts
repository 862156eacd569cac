/**
 * Schema version 11 (derived, rebuilt by `archive reindex`): what `archive query`, `projects` and
 * `month` used to recompute on every call, stored by the index after each run
 * (src/index/projectRollup.ts). A project here is a group of project keys joined by the aliases
 * posts declare (`JBR (formerly NSR)`); an aliases file given at query time may join groups, and
 * the query stage then computes those projects as before.
 *
 *   project_groups     each project key -> its group (the group's smallest key)
 *   project_summaries  per group: the names its reports use, and its line of `archive projects`
 *                      (JSON: report count, first and last month, lists, reports per month)
 *   project_reports    per group, its reports oldest first, each diffed against the one before
 *                      (JSON: sections' items marked added / changed / carried, stale, dropped)
 *   project_dirty      what must be computed again: (key, message row) whenever a section of
 *                      that message on that project, or a field of the message or its period a
 *                      history shows, changes; (key, 0) when an alias of the key does (its whole
 *                      group). The index empties it when it has caught up, computing a group's
 *                      reports again only from the first one that changed (a sync appends). While
 *                      it is not empty (a run in progress or killed) queries compute instead.
 *
 * Also an index of the report analyses alone (analyses_reports).
 *
 * A database made before this version gets every key marked, so its first indexing run (or
 * `archive reindex`) fills the tables.
 */
export const PROJECT_TRIGGERS = `
CREATE TRIGGER project_dirty_section_ai AFTER INSERT ON sections WHEN new.project_key <> '' AND new.is_contents = 0 BEGIN
  INSERT OR IGNORE INTO project_dirty (project_key, message_rowid) VALUES (new.project_key, new.message_rowid);
END;
CREATE TRIGGER project_dirty_section_ad AFTER DELETE ON sections WHEN old.project_key <> '' AND old.is_contents = 0 BEGIN
  INSERT OR IGNORE INTO project_dirty (project_key, message_rowid) VALUES (old.project_key, old.message_rowid);
END;
CREATE TRIGGER project_dirty_alias_ai AFTER INSERT ON aliases BEGIN
  INSERT OR IGNORE INTO project_dirty (project_key, message_rowid) VALUES (new.name_key, 0), (new.other_key, 0);
END;
CREATE TRIGGER project_dirty_alias_ad AFTER DELETE ON aliases BEGIN
  INSERT OR IGNORE INTO project_dirty (project_key, message_rowid) VALUES (old.name_key, 0), (old.other_key, 0);
END;
CREATE TRIGGER project_dirty_message_au AFTER UPDATE OF subject, author_name, date, url, message_id, list_id, period ON messages BEGIN
  INSERT OR IGNORE INTO project_dirty (project_key, message_rowid)
    SELECT project_key, new.id FROM sections WHERE message_rowid = new.id AND project_key <> '' AND is_contents = 0;
END;
CREATE TRIGGER project_dirty_period_au AFTER UPDATE OF start ON periods WHEN old.start IS NOT new.start BEGIN
  INSERT OR IGNORE INTO project_dirty (project_key, message_rowid)
    SELECT s.project_key, m.id FROM messages m JOIN sections s ON s.message_rowid = m.id
    WHERE m.list_id = new.list_id AND m.period = new.period AND m.date IS NULL AND s.project_key <> '' AND s.is_contents = 0;
END;
`;

export const DROP_PROJECT_TRIGGERS = `
DROP TRIGGER IF EXISTS project_dirty_section_ai;
DROP TRIGGER IF EXISTS project_dirty_section_ad;
DROP TRIGGER IF EXISTS project_dirty_alias_ai;
DROP TRIGGER IF EXISTS project_dirty_alias_ad;
DROP TRIGGER IF EXISTS project_dirty_message_au;
DROP TRIGGER IF EXISTS project_dirty_period_au;
`;

export const sql = `
CREATE TABLE project_groups (
  project_key     TEXT PRIMARY KEY,
  group_key       TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX project_groups_by_group ON project_groups(group_key);

CREATE TABLE project_summaries (
  group_key       TEXT PRIMARY KEY,
  names           TEXT NOT NULL,             -- JSON array: the project names its report sections use
  summary         TEXT NOT NULL,             -- JSON: its line of \`archive projects\`
  parser_version  INTEGER NOT NULL
);

CREATE TABLE project_reports (
  group_key       TEXT NOT NULL,
  ord             INTEGER NOT NULL,          -- 0 for its first report
  month           TEXT NOT NULL,             -- YYYY-MM
  prev_month      TEXT,                      -- month of the report before, NULL for the first
  report          TEXT NOT NULL,             -- JSON: the report as \`archive query --format json\` shows it
  messages        TEXT NOT NULL,             -- JSON: the message rows it stands for (cross-posts too)
  ref_keys        TEXT NOT NULL,             -- JSON: each item's review and bug keys (the next report's diff needs them)
  parser_version  INTEGER NOT NULL,
  PRIMARY KEY (group_key, ord)
);
CREATE INDEX project_reports_by_month ON project_reports(month);

-- The reports among all analysed messages (a few percent of them): the months that have reports
-- (the month page's navigation) are read without scanning every analysis.
CREATE INDEX analyses_reports ON analyses(message_rowid) WHERE is_report = 1;

CREATE TABLE project_dirty (
  project_key     TEXT NOT NULL,
  message_rowid   INTEGER NOT NULL,          -- 0: the key's whole group
  PRIMARY KEY (project_key, message_rowid)
) WITHOUT ROWID;
INSERT OR IGNORE INTO project_dirty (project_key, message_rowid) SELECT project_key, 0 FROM sections WHERE project_key <> '' AND is_contents = 0;
INSERT OR IGNORE INTO project_dirty (project_key, message_rowid) SELECT name_key, 0 FROM aliases;
${PROJECT_TRIGGERS}
`;
