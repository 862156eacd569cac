/**
 * Issue 10, item 11: the database file on a bad day. A corrupt file, a foreign SQLite file, a
 * future schema version, a full disk, a read-only file or folder: each gets a one-line error
 * naming the file and what to do (exit 1, or 2 for a file that is not ours), never "looks like
 * a bug", and nothing is changed; reading commands work on a read-only database.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync, copyFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startFixtureServer, type FixtureServer } from '../../fixtures/server/fixtureServer.js';
import { runArchive, tempDir, FAST, ROOT } from '../support/cli.js';
import { ARCHIVES } from '../support/fixtureArchive.js';
import { openDatabase, describeDbError, APPLICATION_ID, SCHEMA_VERSION } from '../../src/store/index.js';

const BIN = join(ROOT, 'dist/src/cli/bin.js');
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
const oneLine = (s: string) => s.trim().split('\n').length === 1;

let server: FixtureServer;
let list: string;
const tmp = tempDir('archive-dberr-');
/** A synced database, copied for the tests that need content. */
let synced: string;

beforeAll(async () => {
  server = await startFixtureServer({ root: ARCHIVES });
  list = `${server.url}/pipermail/weekly-dev/`;
  synced = join(tmp.dir, 'synced.db');
  const r = await runArchive(['--db', synced, 'sync', ...FAST, list]);
  expect(r.code).toBe(0);
  // One file, no -wal beside it, so that copies are complete.
  const d = new Database(synced);
  d.pragma('wal_checkpoint(TRUNCATE)');
  d.close();
});
afterAll(async () => {
  await server.close();
  tmp.cleanup();
});

function copyOf(name: string): string {
  const f = join(tmp.dir, name);
  copyFileSync(synced, f);
  return f;
}

describe('a file that is not a database', () => {
  it('random bytes: one line naming the file, exit 1, the file untouched', async () => {
    const f = join(tmp.dir, 'random.db');
    writeFileSync(f, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 251)));
    const before = sha(f);
    for (const argv of [['stats'], ['query', '-p', 'NSR'], ['sync', ...FAST], ['sync', ...FAST, list], ['reindex'], ['status']]) {
      const r = await runArchive(['--db', f, ...argv]);
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.stderr).toMatch(/^Error: .*random\.db is damaged or not a database .*move it aside/);
      expect(oneLine(r.stderr), r.stderr).toBe(true);
    }
    expect(sha(f)).toBe(before);
  });

  it('a database damaged inside (found by a query, not at open): the same one line', async () => {
    const f = copyOf('damaged.db');
    const buf = readFileSync(f);
    const page = 4096;
    // Keep page 1 (schema), overwrite the rest with garbage.
    for (let i = page; i < buf.length; i++) buf[i] = (i * 31) & 0xff;
    writeFileSync(f, buf);
    let seen = 0;
    for (const argv of [['stats'], ['query', '-p', 'NSR'], ['search', 'status'], ['export', '-f', 'jsonl'], ['projects']]) {
      const r = await runArchive(['--db', f, ...argv]);
      expect(r.stderr, argv.join(' ')).not.toMatch(/looks like a bug/);
      if (r.code !== 0) {
        seen++;
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(/^Error: .*damaged\.db is damaged or not a database/);
        expect(oneLine(r.stderr)).toBe(true);
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('an SQLite database of another application', () => {
  it('is refused untouched by every command (stats used to add 18 tables to it), exit 2', async () => {
    const f = join(tmp.dir, 'foreign.db');
    const d = new Database(f);
    d.exec("CREATE TABLE contacts (name TEXT, phone TEXT); INSERT INTO contacts VALUES ('a', '1')");
    d.close();
    const before = sha(f);
    for (const argv of [['stats'], ['projects'], ['query', '-p', 'NSR'], ['sync', ...FAST, list], ['reindex'], ['sync', ...FAST, '--dry-run', list]]) {
      const r = await runArchive(['--db', f, ...argv]);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^Error: .*foreign\.db is an SQLite database of another application .*left untouched: point --db at a new file/);
      expect(oneLine(r.stderr)).toBe(true);
    }
    expect(sha(f)).toBe(before);
    const after = new Database(f, { readonly: true });
    expect(after.prepare("SELECT name FROM sqlite_master").all()).toEqual([{ name: 'contacts' }]);
    after.close();
  });

  it('an empty file is a new database; ours are marked, older ones of ours get the mark', async () => {
    const empty = join(tmp.dir, 'empty.db');
    writeFileSync(empty, '');
    expect((await runArchive(['--db', empty, 'stats'])).code).toBe(0);
    const e = new Database(empty, { readonly: true });
    expect(e.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    e.close();
    // Made before the marker existed: our tables and version, application_id 0.
    const old = copyOf('old.db');
    const o = new Database(old);
    o.pragma('application_id = 0');
    o.close();
    expect((await runArchive(['--db', old, 'stats'])).code).toBe(0);
    expect((await runArchive(['--db', old, 'sync', ...FAST])).code).toBe(0);
    const o2 = new Database(old, { readonly: true });
    expect(o2.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    o2.close();
  });
});

describe('a database from a newer version', () => {
  it('is refused in one line, exit 1, untouched', async () => {
    const f = copyOf('future.db');
    const d = new Database(f);
    d.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    d.close();
    const before = sha(f);
    for (const argv of [['stats'], ['sync', ...FAST]]) {
      const r = await runArchive(['--db', f, ...argv]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`^Error: .*future\\.db has schema version ${SCHEMA_VERSION + 1}, newer than this tool understands .*upgrade archive`));
      expect(oneLine(r.stderr)).toBe(true);
    }
    expect(sha(f)).toBe(before);
  });
});

describe('a full disk', () => {
  it('SQLITE_FULL is described as a full disk, naming the file', () => {
    const d = new Database(':memory:');
    d.exec('CREATE TABLE t (x)');
    d.pragma('max_page_count = 4');
    let err: unknown;
    try {
      d.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(100_000));
    } catch (e) { err = e; }
    d.close();
    expect((err as { code: string }).code).toBe('SQLITE_FULL');
    const a = describeDbError(err, 'data/archive.db')!;
    expect(a.code).toBe('E_DB_FULL');
    expect(a.message).toBe('cannot write data/archive.db: the disk is full; free some space and run again (what was stored before is kept)');
  });

  const canMount = process.getuid?.() === 0 && spawnSync('mount', ['--version']).status === 0;
  it.skipIf(!canMount)('a sync that fills a small filesystem stops with that line, exit 1, keeping what it stored', async () => {
    const mnt = join(tmp.dir, 'small');
    mkdirSync(mnt);
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1200k', 'tmpfs', mnt]).status !== 0) return; // not allowed here
    try {
      const db = join(mnt, 'a.db');
      // Not spawnSync: the fixture server runs in this process.
      const r = await new Promise<{ status: number | null; stderr: string }>((res) => {
        const child = spawn(process.execPath, [BIN, '--db', db, 'sync', ...FAST, '--quiet', `${server.url}/pipermail/gluster-devel/`], { stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (c) => { stderr += c; });
        child.on('close', (status) => res({ status, stderr }));
      });
      expect(r.status).toBe(1);
      expect(r.stderr).not.toMatch(/looks like a bug/);
      expect(r.stderr).toMatch(/(^|\n)(Error|error): .*cannot write .*a\.db: the disk is full; free some space/);
      const s = spawnSync(process.execPath, [BIN, '--db', db, 'stats', '--format', 'json'], { encoding: 'utf8' });
      expect(s.status).toBe(0);
    } finally {
      spawnSync('umount', [mnt]);
    }
  }, 60_000);
});

describe('a read-only database', () => {
  // Root ignores file modes: run the bin as nobody then.
  const asRoot = process.getuid?.() === 0;
  function cli(args: string[]) {
    const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  function prepare(name: string): { dir: string; db: string; release(): void } {
    const dir = join(tmp.dir, name);
    mkdirSync(dir);
    const db = join(dir, 'archive.db');
    copyFileSync(synced, db);
    // WAL mode, as sync leaves it, but no -wal/-shm beside it (cleanly closed).
    chmodSync(tmp.dir, 0o755);
    return { dir, db, release: () => { chmodSync(dir, 0o755); chmodSync(db, 0o644); } };
  }

  for (const folderWritable of [true, false]) {
    it(`${folderWritable ? 'a read-only file' : 'in a folder one cannot write'}: queries work, sync and reindex say why they cannot, exit 1`, () => {
      const p = prepare(folderWritable ? 'ro-file' : 'ro-dir');
      chmodSync(p.db, 0o444);
      chmodSync(p.dir, folderWritable ? 0o777 : 0o555);
      const before = sha(p.db);
      try {
        for (const argv of [['stats'], ['projects'], ['query', '-p', 'Snapshot'], ['status'], ['search', 'status'], ['export', '-f', 'jsonl']]) {
          const r = cli(['--db', p.db, ...argv]);
          expect(r.stderr, argv.join(' ')).toBe('');
          expect([0, 1], argv.join(' ')).toContain(r.code);
          expect(r.stdout.length).toBeGreaterThan(0);
        }
        for (const argv of [['sync', ...FAST], ['reindex']]) {
          const r = cli(['--db', p.db, ...argv]);
          expect(r.code, argv.join(' ') + r.stderr).toBe(1);
          expect(r.stderr).toMatch(/^Error: cannot write .*archive\.db: the file or its folder is read-only .*reading commands such as query work/);
          expect(oneLine(r.stderr)).toBe(true);
        }
        expect(sha(p.db)).toBe(before);
        expect(statSync(p.db).mode & 0o777).toBe(0o444);
      } finally {
        p.release();
        rmSync(p.dir, { recursive: true, force: true });
      }
    });
  }
});

describe('openDatabase', () => {
  it('a folder given as --db is a usage error', async () => {
    const r = await runArchive(['--db', tmp.dir, 'stats']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is a folder, not a database file/);
    expect(() => openDatabase(tmp.dir)).toThrow(/is a folder/);
  });
});
