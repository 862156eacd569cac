/**
 * Opening the database for any use: a connection (connection.ts: pragmas, marker) and the
 * migrations, applied under an exclusive write lock (BEGIN IMMEDIATE, version re-read inside it)
 * so that processes opening a new database at the same moment never migrate it twice, a newer or
 * a foreign database refused clearly.
 */
import { ArchiveError } from '../errors.js';
import { describeDbError } from './dbErrors.js';
import { migrations, SCHEMA_VERSION } from './migrations/index.js';
import { connect, readMarker, checkMarker, APPLICATION_ID, type Db, type OpenOptions } from './connection.js';

export { PAGE_SIZE, APPLICATION_ID, type Db, type OpenOptions } from './connection.js';

export function openDatabase(path: string, opts: OpenOptions = {}): Db {
  try {
    return open(path, opts);
  } catch (e) {
    throw describeDbError(e, path) ?? e;
  }
}

function open(path: string, opts: OpenOptions): Db {
  const { db, marker } = connect(path, opts);
  try {
    if (!opts.readonly) {
      if (marker.version < SCHEMA_VERSION || marker.appId !== APPLICATION_ID) {
        if (marker.version > 0) opts.onUpgrade?.(marker.version, SCHEMA_VERSION);
        migrate(db, path);
      }
    } else if (marker.version < SCHEMA_VERSION) {
      db.close();
      // A read-only open cannot migrate; reopen writable once to bring it up to date.
      let rw: Db;
      try {
        rw = openDatabase(path, { busyTimeoutMs: opts.busyTimeoutMs, onUpgrade: opts.onUpgrade });
      } catch (e) {
        if ((e as ArchiveError).code === 'E_DB_READONLY') {
          throw new ArchiveError('E_DB_READONLY', `${path} has schema version ${marker.version} and must be upgraded to ${SCHEMA_VERSION}, which needs write access: run \`archive reindex\` once as a user who may write it and its folder`);
        }
        throw e;
      }
      rw.close();
      return openDatabase(path, opts);
    }
    return db;
  } catch (e) {
    if (db.open) db.close();
    throw e;
  }
}

/**
 * Apply the pending migrations and set the marker, all in one IMMEDIATE transaction: the
 * version is read again once the write lock is held, so a process that waited for another one
 * migrating the same new database finds it done and does nothing.
 */
function migrate(db: Db, path: string): void {
  // Another process may hold the write lock for a while (its own migration, or a period it is
  // storing): a migration is rare and must not fail for that, so it waits up to a minute.
  const until = Date.now() + 60_000;
  for (;;) {
    try {
      migrateOnce(db, path);
      return;
    } catch (e) {
      if ((e as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > until) throw e;
    }
  }
}

function migrateOnce(db: Db, path: string): void {
  db.transaction(() => {
    const m = readMarker(db);
    checkMarker(path, m);
    for (const mig of migrations) {
      if (mig.version <= m.version) continue;
      db.exec(mig.sql);
      db.pragma(`user_version = ${mig.version}`);
    }
    if (m.appId !== APPLICATION_ID) db.pragma(`application_id = ${APPLICATION_ID}`);
  }).immediate();
}
