/** A database file as the tool made it one migration ago (to test what opening it does). */
import Database from 'better-sqlite3';
import { APPLICATION_ID, SCHEMA_VERSION } from '../../src/store/index.js';
import { migrations } from '../../src/store/migrations/index.js';
import { registerRawFunctions } from '../../src/store/rawCodec.js';
import { registerTextFunctions } from '../../src/store/textCodec.js';

export function writeOlderDatabase(path: string): void {
  const raw = new Database(path);
  registerRawFunctions(raw);
  registerTextFunctions(raw);
  for (const m of migrations.slice(0, -1)) raw.exec(m.sql);
  raw.pragma(`user_version = ${SCHEMA_VERSION - 1}`);
  raw.pragma(`application_id = ${APPLICATION_ID}`);
  raw.close();
}
