import { sql as init } from './0001_init.js';

/** Numbered migrations; the database records the last one applied in PRAGMA user_version. */
export const migrations: ReadonlyArray<{ version: number; name: string; sql: string }> = [
  { version: 1, name: 'init', sql: init },
];

export const SCHEMA_VERSION = migrations[migrations.length - 1].version;
