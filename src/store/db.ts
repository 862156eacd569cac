/**
 * Opening the database: pragmas set once, migrations applied each in one transaction together
 * with the version record (PRAGMA user_version), a newer database refused clearly.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ArchiveError } from '../errors.js';
import { migrations, SCHEMA_VERSION } from './migrations/index.js';

export type Db = Database.Database;

export interface OpenOptions {
  /** Open read-only (queries); the file must exist. */
  readonly?: boolean;
  /** Milliseconds to wait on a busy database before failing. */
  busyTimeoutMs?: number;
}

export function openDatabase(path: string, opts: OpenOptions = {}): Db {
  let db: Db;
  try {
    if (!opts.readonly && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  } catch (e) {
    const why = (e as Error).message;
    if (opts.readonly && /unable to open|does not exist|SQLITE_CANTOPEN/i.test(why)) {
      throw new ArchiveError('E_DB_OPEN', `no database at ${path}`, 'run `archive sync <list-url>` first, or point --db / ARCHIVE_DB at an existing database');
    }
    throw new ArchiveError('E_DB_OPEN', `cannot open database ${path}: ${why}`);
  }
  db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 5000}`);
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    db.close();
    throw new ArchiveError('E_DB_NEWER', `database ${path} has schema version ${version}, newer than this tool understands (${SCHEMA_VERSION})`, 'upgrade archive, or use a different --db');
  }
  if (!opts.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // 32 MiB of page cache (the default is 2 MiB): a first sync inserts into indexes on
    // random-looking keys (Message-ID, content hash), which thrash a small cache.
    db.pragma('cache_size = -32768');
    migrate(db, version);
  } else if (version < SCHEMA_VERSION) {
    db.close();
    // A read-only open cannot migrate; reopen writable once to bring it up to date.
    const rw = openDatabase(path, { busyTimeoutMs: opts.busyTimeoutMs });
    rw.close();
    return openDatabase(path, opts);
  }
  return db;
}

function migrate(db: Db, from: number): void {
  for (const m of migrations) {
    if (m.version <= from) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}
