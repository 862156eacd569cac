/**
 * Issue 10, item 5: processes meeting on one database. Four syncs started at once on a new
 * database used to crash migrating it twice ("table lists already exists"); a sync meeting a
 * reindex's long write transaction failed "database is locked (this looks like a bug)". Now
 * migrations run under BEGIN IMMEDIATE with the version re-read, reindex takes the sync lock,
 * and every contender waits (--wait) or exits 75. These spawn the real bin (dist/).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { startFixtureServer, type FixtureServer } from '../../fixtures/server/fixtureServer.js';
import { runArchive, tempDir, FAST, BIN } from '../support/cli.js';
import { ARCHIVES } from '../support/fixtureArchive.js';
import { openDatabase } from '../../src/store/index.js';

let server: FixtureServer;
let list: string;

beforeAll(async () => {
  server = await startFixtureServer({ root: ARCHIVES });
  list = `${server.url}/pipermail/weekly-dev/`;
});
afterAll(async () => { await server.close(); });

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => { stdout += c; });
  child.stderr.on('data', (c) => { stderr += c; });
  return new Promise((res) => child.on('close', (code) => res({ code, stdout, stderr })));
}

describe('syncs started at once on a new database', () => {
  it('with --wait: all four succeed, the schema is created once', async () => {
    const tmp = tempDir();
    const rs = await Promise.all([0, 1, 2, 3].map(() => run(['--db', tmp.db, 'sync', ...FAST, '--quiet', '--wait', '60', list])));
    for (const r of rs) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    const db = openDatabase(tmp.db, { readonly: true });
    expect((db.prepare('SELECT COUNT(*) AS n FROM lists').get() as { n: number }).n).toBe(1);
    db.close();
    tmp.cleanup();
  }, 60_000);

  it('without --wait: each one either syncs or exits 75 with a one-line message', async () => {
    for (let round = 0; round < 2; round++) {
      const tmp = tempDir();
      const rs = await Promise.all([0, 1, 2, 3].map(() => run(['--db', tmp.db, 'sync', ...FAST, '--quiet', list])));
      for (const r of rs) {
        expect([0, 75], r.stderr).toContain(r.code);
        if (r.code === 75) expect(r.stderr).toMatch(/^Error: another archive (sync is running|process .* is writing) .*\n[^\n]*--wait[^\n]*\n$/);
        expect(r.stderr).not.toMatch(/already exists|looks like a bug/);
      }
      expect(rs.some((r) => r.code === 0)).toBe(true);
      tmp.cleanup();
    }
  }, 60_000);
});

describe('sync meeting a reindex', () => {
  it('a sync during a long write transaction waits with --wait, and exits 75 without it', async () => {
    const tmp = tempDir();
    expect((await runArchive(['--db', tmp.db, 'sync', ...FAST, list])).code).toBe(0);
    // What a reindex does: one IMMEDIATE transaction holding SQLite's write lock.
    const holder = new Database(tmp.db);
    holder.exec('BEGIN IMMEDIATE');
    const quick = await run(['--db', tmp.db, 'sync', ...FAST, '--quiet']);
    expect(quick.code).toBe(75);
    expect(quick.stderr).toMatch(/^Error: another archive process .* is writing this database\n.*--wait/);
    const waiting = run(['--db', tmp.db, 'sync', ...FAST, '--quiet', '--wait', '60']);
    await new Promise((r) => setTimeout(r, 1500));
    holder.exec('COMMIT');
    holder.close();
    const w = await waiting;
    expect(w.stderr).toBe('');
    expect(w.code).toBe(0);
    tmp.cleanup();
  }, 60_000);

  it('reindex takes the sync lock: 75 while a sync holds it, waits with --wait', async () => {
    const tmp = tempDir();
    expect((await runArchive(['--db', tmp.db, 'sync', ...FAST, list])).code).toBe(0);
    // A live sync's lock row (this test process is alive, on this host).
    const db = openDatabase(tmp.db);
    const now = new Date().toISOString();
    db.prepare('INSERT INTO run_lock (id, pid, host, started_at, heartbeat_at) VALUES (1, ?, ?, ?, ?)').run(process.pid, (await import('node:os')).hostname(), now, now);
    const r = await run(['--db', tmp.db, 'reindex']);
    expect(r.code).toBe(75);
    expect(r.stderr).toMatch(/^Error: another archive sync is running on this database/);
    const waiting = run(['--db', tmp.db, 'reindex', '--wait', '60']);
    await new Promise((res) => setTimeout(res, 1000));
    db.prepare('DELETE FROM run_lock').run();
    db.close();
    const w = await waiting;
    expect(w.code, w.stderr).toBe(0);
    expect(w.stdout).toMatch(/^reindexed \d+ messages/);
    tmp.cleanup();
  }, 60_000);

  it('a real reindex and a sync --wait started together both finish', async () => {
    const tmp = tempDir();
    expect((await runArchive(['--db', tmp.db, 'sync', ...FAST, list])).code).toBe(0);
    const [a, b] = await Promise.all([run(['--db', tmp.db, 'reindex', '--wait', '60']), run(['--db', tmp.db, 'sync', ...FAST, '--quiet', '--wait', '60'])]);
    expect([a.code, a.stderr]).toEqual([0, '']);
    expect([b.code, b.stderr]).toEqual([0, '']);
    tmp.cleanup();
  }, 60_000);
});
