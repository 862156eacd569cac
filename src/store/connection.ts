/**
 * A connection to a database file: opened (read-only or writable), its marker checked, the
 * pragmas set and the SQL functions of the codecs registered. Migrations are db.ts's job
 * (`openDatabase`); this module does not load them, so that a reader of a database that is
 * already current (`openCurrent`, every query) starts without their SQL.
 *
 * Our databases carry a marker, PRAGMA application_id = APPLICATION_ID, besides the schema
 * version (PRAGMA user_version). A file without the marker is used only when it is empty (new)
 * or has our tables (made before the marker existed; it gets the marker on its next writable
 * open); any other SQLite file is refused untouched, so `--db` pointed at the wrong file
 * never adds our tables to it.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ArchiveError } from '../errors.js';
import { describeDbError } from './dbErrors.js';
import { SCHEMA_VERSION } from './migrations/version.js';
import { registerRawFunctions } from './rawCodec.js';
import { registerTextFunctions } from './textCodec.js';

// URI filenames, so that a read-only open can fall back to `immutable=1` (below). better-sqlite3
// reads this when it loads its addon, on the first open.
process.env.SQLITE_USE_URI ??= '1';

export type Db = Database.Database;

/** Page size of a new database (see connect). */
export const PAGE_SIZE = 4096;

/** 'ARCV': marks a database as one of ours (PRAGMA application_id). */
export const APPLICATION_ID = 0x41524356;

export interface OpenOptions {
  /** Open read-only (queries); the file must exist. */
  readonly?: boolean;
  /** Milliseconds to wait on a busy database before failing. */
  busyTimeoutMs?: number;
  /**
   * Called before an existing database is brought up to a newer schema (not for a new one): on a
   * big archive that takes a while, and the caller may say so.
   */
  onUpgrade?: (from: number, to: number) => void;
}

export interface Marker { appId: number; version: number; objects: number; ours: boolean }

/**
 * A read-only connection to the database at `path` when its schema is current, or null when it
 * is behind (then `openDatabase` brings it up to date first). Errors as `openDatabase` throws them.
 */
export function openCurrent(path: string, opts: Omit<OpenOptions, 'readonly'> = {}): Db | null {
  try {
    const { db, marker } = connect(path, { ...opts, readonly: true });
    if (marker.version >= SCHEMA_VERSION) return db;
    db.close();
    return null;
  } catch (e) {
    throw describeDbError(e, path) ?? e;
  }
}

/** Open the file, check its marker and set the pragmas; the database and its marker as read. */
export function connect(path: string, opts: OpenOptions): { db: Db; marker: Marker } {
  if (path !== ':memory:' && existsSync(path) && statSync(path).isDirectory()) {
    throw new ArchiveError('E_USAGE', `${path} is a folder, not a database file: give --db a file path, e.g. ${path.replace(/\/+$/, '')}/archive.db`);
  }
  let db: Db;
  try {
    if (!opts.readonly && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  } catch (e) {
    const why = (e as Error).message;
    if (opts.readonly && /unable to open|does not exist|SQLITE_CANTOPEN/i.test(why)) {
      throw new ArchiveError('E_DB_OPEN', `no database at ${path}`, 'run `archive sync <list-url>` first, or point --db / ARCHIVE_DB at an existing database');
    }
    if ((e as NodeJS.ErrnoException).code === 'EACCES' || (e as NodeJS.ErrnoException).code === 'EROFS') {
      throw new ArchiveError('E_DB_READONLY', `cannot create ${path}: its folder is not writable (${why}); choose another --db`);
    }
    throw describeDbError(e, path) ?? new ArchiveError('E_DB_OPEN', `cannot open database ${path}: ${why}`);
  }
  try {
    db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 5000}`);
    let marker: Marker;
    try {
      marker = readMarker(db);
    } catch (e) {
      // A WAL database in a folder we cannot write: without a -shm file SQLite cannot read it
      // normally; when nobody is writing it (no -wal), reading it as immutable is exact.
      const code = (e as { code?: string }).code ?? '';
      if (!opts.readonly || !/^SQLITE_(READONLY|CANTOPEN)/.test(code) || hasWal(path)) throw e;
      db.close();
      db = new Database(`${pathToFileURL(resolve(path)).href}?immutable=1`, { readonly: true, fileMustExist: true });
      db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 5000}`);
      marker = readMarker(db);
    }
    checkMarker(path, marker);
    registerRawFunctions(db);
    registerTextFunctions(db);
    // 32 MiB of page cache (the default is 2 MiB): a search joins its window of matches to their
    // messages in random order, which thrashes a small cache (a search for a rare word took twice
    // as long). Pages are allocated as they are read. A sync writes with less (SYNC_CACHE_KIB).
    db.pragma('cache_size = -32768');
    if (!opts.readonly) {
      // A new database gets 4 KiB pages. 16 KiB pages left less empty space at the ends of pages
      // (-20 MiB at 150k messages) but raised the peak RSS of a first sync of the bench's 150k
      // archive from 280 to 390 MB (goal < 300 MB); a file made with them keeps them. Only a new
      // (empty) file takes the size; an existing one keeps its page size.
      if (marker.objects === 0) db.pragma(`page_size = ${PAGE_SIZE}`);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
    }
    return { db, marker };
  } catch (e) {
    if (db.open) db.close();
    throw e;
  }
}

/**
 * The page cache of a sync, in KiB: half what queries read with. A first sync inserts into
 * indexes on random-looking keys (Message-ID, content hash), which want more than SQLite's 2 MiB,
 * but 16 MiB of them kept its pace on the bench's 150k-message archive while the 32 MiB one stood,
 * filled, in its peak RSS (issue 12.2, goal < 300 MB).
 */
export const SYNC_CACHE_KIB = 16 * 1024;

/** Set the connection's page cache to `kib` KiB; returns what puts the previous size back. */
export function useCacheSize(db: Db, kib: number): () => void {
  const before = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = ${-Math.round(kib)}`);
  return () => {
    if (db.open) db.pragma(`cache_size = ${before}`);
  };
}

export function readMarker(db: Db): Marker {
  // One read transaction: the marker, the version and the tables from the same snapshot, never
  // the tables of a migration another process just committed beside the marker from before it.
  return db.transaction(() => readMarkerNow(db))();
}

function readMarkerNow(db: Db): Marker {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  const names = (db.prepare("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").all() as Array<{ name: string }>).map((r) => r.name);
  // Made by this tool before the marker existed: our version record and our core tables.
  const ours = appId === APPLICATION_ID || (appId === 0 && version >= 1 && ['lists', 'messages', 'run_lock'].every((t) => names.includes(t)));
  return { appId, version, objects: names.length, ours };
}

export function checkMarker(path: string, m: Marker): void {
  // Newer versions of this tool mark their databases; an unmarked one with a higher version is
  // taken as ours too (rather than "foreign"), so that the message says to upgrade.
  if (m.version > SCHEMA_VERSION && (m.appId === APPLICATION_ID || m.appId === 0)) {
    throw new ArchiveError('E_DB_NEWER', `${path} has schema version ${m.version}, newer than this tool understands (${SCHEMA_VERSION}): upgrade archive, or use another --db`);
  }
  if (!m.ours && (m.appId !== 0 || m.version !== 0 || m.objects > 0)) {
    throw new ArchiveError('E_DB_FOREIGN', `${path} is an SQLite database of another application (${m.objects} tables or indexes, none of them ours); it was left untouched: point --db at a new file or at an archive database`);
  }
}

function hasWal(path: string): boolean {
  try {
    return statSync(`${path}-wal`).size > 0;
  } catch {
    return false;
  }
}
