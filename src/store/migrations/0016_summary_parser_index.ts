/**
 * Schema version 16 (derived): an index on the parser version of each project's stored line.
 * Every query command says, once, when the database was indexed by an older parser
 * (src/cli/database.ts, `olderParserNote`): the oldest version of project_summaries, which read
 * the whole table (3,206 rows of JSON at a million messages, 10-20 ms a command from a fresh
 * process) and reads one entry of this index (2-3 ms). A few bytes a project.
 */
export const sql = `
CREATE INDEX project_summaries_by_parser ON project_summaries(parser_version);
`;
