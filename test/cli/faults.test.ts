/**
 * Issue 3: real servers misbehave. Each fault is injected by the fixture server; the sync must
 * retry what is transient, fall back where it can, refuse what is unsafe, report what it missed,
 * and end with exactly the messages a clean sync stores.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import Database from 'better-sqlite3';
import { startFixtureServer, type FixtureServer } from '../../fixtures/server/fixtureServer.js';
import { runArchive, tempDir, FAST } from '../support/cli.js';
import { ARCHIVES, manifestMessages } from '../support/fixtureArchive.js';

const L = '/pipermail/gluster-devel';
const QUICK = [...FAST, '--attempts', '3'];
let server: FixtureServer;
let offHost: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer({ root: ARCHIVES });
  offHost = await startFixtureServer({ root: ARCHIVES });
});
afterAll(async () => {
  await server.close();
  await offHost.close();
});

function stored(db: string): string[] {
  const d = new Database(db, { readonly: true });
  const rows = (d.prepare('SELECT period, seq, COALESCE(message_id, msg_key) AS k FROM messages ORDER BY seq').all() as Array<{ period: string; seq: number; k: string }>).map((r) => `${r.period} ${r.seq} ${r.k}`);
  d.close();
  return rows;
}

async function syncWith(faults: Parameters<FixtureServer['setFaults']>[0], extra: string[] = []) {
  const tmp = tempDir();
  server.setFaults(faults);
  server.resetLog();
  const r = await runArchive(['--db', tmp.db, 'sync', ...QUICK, ...extra, `${server.url}${L}/`]);
  server.setFaults([]);
  return { ...r, db: tmp.db, cleanup: tmp.cleanup, log: [...server.requests] };
}

describe('transient faults are retried and leave no trace', () => {
  it('a run with 503 + Retry-After, a 500, a dropped connection and a slow answer stores exactly what a clean run stores', async () => {
    const clean = await syncWith([]);
    expect(clean.code).toBe(0);
    const faulty = await syncWith([
      { match: `${L}/`, kind: 'status', status: 503, retryAfter: 1, times: 1 },
      { match: `${L}/2014-October.txt.gz`, kind: 'status', status: 500, times: 1 },
      { match: `${L}/2014-November.txt.gz`, kind: 'drop', times: 1 },
      { match: `${L}/2014-December.txt.gz`, kind: 'slow', delayMs: 300, times: 1 },
    ]);
    expect(faulty.stderr).toBe('');
    expect(faulty.code).toBe(0);
    expect(stored(faulty.db)).toEqual(stored(clean.db));
    expect(stored(clean.db)).toHaveLength(manifestMessages('gluster-devel').length);
    // Retried, each: the table after its Retry-After, the 500, the dropped body.
    expect(faulty.log.filter((q) => q.path === `${L}/`).map((q) => q.status)).toEqual([503, 200]);
    expect(faulty.log.filter((q) => q.path === `${L}/2014-October.txt.gz`).map((q) => q.status)).toEqual([500, 200]);
    expect(faulty.log.filter((q) => q.path === `${L}/2014-November.txt.gz`).length).toBe(2);
    clean.cleanup();
    faulty.cleanup();
  });
});

describe('broken archives fall back without losing anything', () => {
  it('a truncated gzip is fetched again, then read from PERIOD.txt', async () => {
    const r = await syncWith([{ match: `${L}/2014-October.txt.gz`, kind: 'truncate-gzip' }]);
    expect(r.code).toBe(0);
    expect(r.log.filter((q) => q.path === `${L}/2014-October.txt.gz`)).toHaveLength(2);
    expect(r.log.some((q) => q.path === `${L}/2014-October.txt`)).toBe(true);
    expect(stored(r.db).filter((x) => x.startsWith('2014-October '))).toHaveLength(18);
    r.cleanup();
  });

  it('a gzip compressed twice, or served already inflated, is read all the same', async () => {
    const r = await syncWith([
      { match: `${L}/2014-October.txt.gz`, kind: 'double-gzip' },
      { match: `${L}/2014-November.txt.gz`, kind: 'plain-gz' },
    ]);
    expect(r.code).toBe(0);
    expect(stored(r.db)).toHaveLength(99);
    expect(r.log.some((q) => q.path === `${L}/2014-October.txt`)).toBe(false);
    r.cleanup();
  });

  it('with no text archive at all, the period is read from date.html and its message pages', async () => {
    const r = await syncWith([{ match: /\/2014-December\.txt(\.gz)?$/, kind: 'status', status: 404 }]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/2014-December: text archive unavailable .* read 13 message pages instead/);
    const d = new Database(r.db, { readonly: true });
    const dec = d.prepare(`SELECT source, seq, url, author_name FROM messages WHERE period = '2014-December' ORDER BY seq`).all() as Array<{ source: string; seq: number; url: string; author_name: string }>;
    expect(dec).toHaveLength(13);
    expect(dec.every((m) => m.source === 'html' && m.url.endsWith(`${String(m.seq).padStart(6, '0')}.html`))).toBe(true);
    // The December report is still found, from its page.
    const q = JSON.parse((await runArchive(['--db', r.db, 'query', '--project', 'NSR', '--format', 'json'])).stdout);
    expect(q.reports.map((x: { month: string }) => x.month)).toContain('2014-12');
    d.close();
    r.cleanup();
  });

  it('an endless body is cut at the size cap and the plain text is used instead', async () => {
    const r = await syncWith([{ match: `${L}/2014-September.txt.gz`, kind: 'endless' }], ['--max-size', '1']);
    expect(r.code).toBe(0);
    expect(stored(r.db).filter((x) => x.startsWith('2014-September '))).toHaveLength(15);
    r.cleanup();
  });
});

describe('what cannot be fetched is reported, retried next run, and makes the exit code 1', () => {
  it('a period behind an off-host redirect is refused without contacting the other host', async () => {
    const tmp = tempDir();
    server.setFaults([{ match: /\/2015-February\.txt(\.gz)?$/, kind: 'redirect', location: `${offHost.url}${L}/2015-February.txt.gz` },
      { match: `${L}/2015-February/date.html`, kind: 'status', status: 500 }]);
    offHost.resetLog();
    const r = await runArchive(['--db', tmp.db, 'sync', ...QUICK, `${server.url}${L}/`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error: gluster-devel 2015-February: .*will retry next run/);
    expect(offHost.requests).toHaveLength(0);
    const status = await runArchive(['--db', tmp.db, 'status']);
    expect(status.code).toBe(1);
    expect(status.stdout).toMatch(/failing: 2015-February/);

    // Next run, the server behaves: the failed period is fetched, nothing else is.
    server.setFaults([]);
    server.resetLog();
    const again = await runArchive(['--db', tmp.db, 'sync', ...QUICK]);
    expect(again.code).toBe(0);
    expect(stored(tmp.db).filter((x) => x.startsWith('2015-February '))).toHaveLength(12);
    expect((await runArchive(['--db', tmp.db, 'status'])).code).toBe(0);
    tmp.cleanup();
  });

  it('a server that never answers in time fails the period after the retries, and the rest goes on', async () => {
    const r = await syncWith([
      { match: /\/2015-January(\.txt(\.gz)?|\/date\.html)$/, kind: 'stall' },
    ], ['--timeout', '0.5', '--attempts', '2']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/2015-January/);
    expect(stored(r.db)).toHaveLength(99 - 12);
    r.cleanup();
  }, 60_000);
});

describe('a period read from its pages, some of which fail', () => {
  it('keeps the pages it got, reports the period, and fetches only the missing pages next run', async () => {
    const tmp = tempDir();
    server.setFaults([
      { match: /\/2014-December\.txt(\.gz)?$/, kind: 'status', status: 404 },
      { match: /\/2014-December\/00839[0-2]\.html$/, kind: 'status', status: 500 },
    ]);
    const r = await runArchive(['--db', tmp.db, 'sync', ...QUICK, '--attempts', '1', `${server.url}${L}/`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/2014-December: 3 of 13 message pages could not be fetched/);
    expect(stored(tmp.db).filter((x) => x.startsWith('2014-December '))).toHaveLength(10);

    server.setFaults([{ match: /\/2014-December\.txt(\.gz)?$/, kind: 'status', status: 404 }]);
    server.resetLog();
    const again = await runArchive(['--db', tmp.db, 'sync', ...QUICK]);
    expect(again.code).toBe(0);
    const pages = server.requests.filter((q) => /2014-December\/\d{6}\.html$/.test(q.path)).map((q) => q.path.slice(-11));
    expect(pages.sort()).toEqual(['008390.html', '008391.html', '008392.html']);
    expect(stored(tmp.db).filter((x) => x.startsWith('2014-December '))).toHaveLength(13);
    server.setFaults([]);
    tmp.cleanup();
  });
});
