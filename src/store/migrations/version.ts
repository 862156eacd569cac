/**
 * The schema version this tool writes and reads: the number of the last migration in
 * `./index.ts`, which checks it when it loads. It stands alone so that opening a database that is
 * already current (every query) does not load the migrations' SQL.
 */
export const SCHEMA_VERSION = 17;
