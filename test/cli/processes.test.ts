/**
 * Issue 3: two syncs never overlap, and a sync killed at any moment (kill -9) resumes to exactly
 * the database an uninterrupted sync makes. Issue 12: a sync stopped by SIGTERM or SIGINT stops
 * cleanly with its own exit code (143, 130), and resumes the same way. These spawn the real bin (dist/, built by npm ci).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import Database from 'better-sqlite3';
import { startFixtureServer, type FixtureServer } from '../../fixtures/server/fixtureServer.js';
import { runArchive, tempDir, FAST, BIN } from '../support/cli.js';
import { ARCHIVES } from '../support/fixtureArchive.js';

const L = '/pipermail/gluster-devel';
let server: FixtureServer;

beforeAll(async () => { server = await startFixtureServer({ root: ARCHIVES }); });
afterAll(async () => { await server.close(); });

function spawnSync(db: string, args: string[]): { child: ChildProcess; done: Promise<{ code: number | null; signal: string | null; stderr: string }> } {
  const child = spawn(process.execPath, [BIN, '--db', db, 'sync', ...FAST, '--concurrency', '1', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (c) => { stderr += c; });
  const done = new Promise<{ code: number | null; signal: string | null; stderr: string }>((res) => child.on('exit', (code, signal) => res({ code, signal, stderr })));
  return { child, done };
}

async function until(cond: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

function periodsDone(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (d.prepare("SELECT COUNT(*) AS n FROM periods WHERE status = 'ok'").get() as { n: number }).n;
    } finally {
      d.close();
    }
  } catch {
    return 0;
  }
}

function snapshot(db: string) {
  const d = new Database(db, { readonly: true });
  const out = {
    messages: d.prepare('SELECT list_id, period, msg_key, content_hash, seq, url FROM messages ORDER BY seq, msg_key').all(),
    periods: d.prepare("SELECT period, status, messages, text_length, text_hash FROM periods ORDER BY period").all(),
    reports: d.prepare('SELECT m.msg_key, a.is_report FROM analyses a JOIN messages m ON m.id = a.message_rowid ORDER BY m.msg_key').all(),
  };
  d.close();
  return out;
}

describe('two syncs on one database', () => {
  it('the second exits 75 with a clear message while the first runs, and --wait queues behind it', async () => {
    const tmp = tempDir();
    // each period's text a second late: after the first is stored the first sync runs 6 s more, longer
    // than a second process takes to start even on a loaded machine (250 ms once lost that race in CI)
    server.setFaults([{ match: /\.txt(\.gz)?$/, kind: 'slow', delayMs: 1000 }]);
    const first = spawnSync(tmp.db, [`${server.url}${L}/`]);
    await until(() => periodsDone(tmp.db) >= 1);
    const second = await runArchive(['--db', tmp.db, 'sync', ...FAST]);
    expect(second.code).toBe(75);
    expect(second.stderr).toMatch(/^Error: another archive sync is running on this database \(pid \d+/);
    expect(second.stderr).toMatch(/--wait/);
    const queued = await runArchive(['--db', tmp.db, 'sync', ...FAST, '--wait', '30']);
    const a = await first.done;
    server.setFaults([]);
    expect(a.code).toBe(0);
    expect(queued.code).toBe(0);
    expect(snapshot(tmp.db).messages).toHaveLength(99);
    tmp.cleanup();
  }, 60_000);
});

/**
 * Sync the list with its texts slowed down, send `sig` once `after` periods are stored, and run
 * again: checks what every interruption must leave (a part of the periods, and after the next run
 * the database of an uninterrupted sync); returns how the interrupted process ended.
 */
async function interruptThenResume(sig: NodeJS.Signals, after: number, stopped: (db: string) => void = () => {}): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  const clean = tempDir();
  expect((await runArchive(['--db', clean.db, 'sync', ...FAST, `${server.url}${L}/`])).code).toBe(0);
  const cut = tempDir();
  server.setFaults([{ match: /\.txt(\.gz)?$/, kind: 'slow', delayMs: 500 }]);
  const run = spawnSync(cut.db, [`${server.url}${L}/`]);
  await until(() => periodsDone(cut.db) >= after);
  run.child.kill(sig);
  const end = await run.done;
  server.setFaults([]);
  const partial = periodsDone(cut.db);
  expect(partial).toBeGreaterThanOrEqual(after);
  expect(partial).toBeLessThan(7);
  stopped(cut.db);
  const resumed = await runArchive(['--db', cut.db, 'sync', ...FAST]);
  expect(resumed.code).toBe(0);
  expect(snapshot(cut.db)).toEqual(snapshot(clean.db));
  clean.cleanup();
  cut.cleanup();
  return end;
}

describe('a sync killed mid-way', () => {
  it('resumes on the next run to exactly the database of an uninterrupted sync', async () => {
    // The dead run's lock is stale; the next run takes it over and finishes the job.
    const dead = await interruptThenResume('SIGKILL', 3);
    expect(dead.signal).toBe('SIGKILL');
  }, 60_000);
});

describe('a sync stopped by SIGTERM or SIGINT', () => {
  it.each([['SIGTERM', 143], ['SIGINT', 130]] as const)('%s: exits %i, keeping the periods stored (requests in flight are abandoned) and releasing the lock; the next run resumes to the same database', async (sig, code) => {
    const end = await interruptThenResume(sig, 2, (db) => {
      const d = new Database(db, { readonly: true });
      expect(d.prepare('SELECT COUNT(*) AS n FROM run_lock').get()).toEqual({ n: 0 });
      d.close();
    });
    expect(end.signal).toBeNull();
    expect(end.code).toBe(code);
    expect(end.stderr).toContain(`interrupted by ${sig}`);
    expect(end.stderr).toMatch(/period\(s\) left for the next run/);
  }, 60_000);
});
