/**
 * The whole CLI against real pipermail captures (imagej.net, twistedmatrix.com) served by the
 * fixture server. The captures hold only some periods of each list, as real partial mirrors do:
 * the periods whose files are there must be stored exactly; the others must be reported as
 * failed (exit 1), never crash the run.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startFixtureServer, type FixtureServer } from '../../fixtures/server/fixtureServer.js';
import { runArchive, tempDir, FIXTURES, FAST } from '../support/cli.js';

let server: FixtureServer;
const tmp = tempDir();

beforeAll(async () => {
  server = await startFixtureServer({ root: join(FIXTURES, 'pipermail/real') });
});
afterAll(async () => {
  await server.close();
  tmp.cleanup();
});

function db() {
  return new Database(tmp.db, { readonly: true });
}

describe('sync of real pipermail captures', () => {
  it('stores every message of the captured periods, with authors, dates and archived URLs', async () => {
    const r = await runArchive(['--db', tmp.db, 'sync', ...FAST, `${server.url}/imagej.net/imagej-builds/`, `${server.url}/twistedmatrix.com/twisted-python`]);
    // Most periods of these lists were not captured: they fail, are reported, and the exit code says so.
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/imagej-builds 20\d\d-\w+: E_HTTP_NOT_FOUND/);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack traces

    const d = db();
    const count = (list: string, period: string) => (d.prepare(`SELECT COUNT(DISTINCT msg_key) AS n FROM messages m JOIN lists l ON l.id = m.list_id WHERE l.name = ? AND m.period = ?`).get(list, period) as { n: number }).n;
    expect(count('imagej-builds', '2016-October')).toBe(53);
    expect(count('imagej-builds', '2017-August')).toBe(1);
    // 65 entries of which 32 are re-imported duplicates of the same Message-ID.
    expect(count('twisted-python', '2001-April')).toBe(33);
    expect(count('twisted-python', '1945-February')).toBe(2);
    expect(count('twisted-python', '2020-January')).toBe(4);

    const aug = d.prepare(`SELECT author_name, author_address, date, url, seq FROM messages WHERE period = '2017-August'`).get() as Record<string, unknown>;
    expect(aug.url).toBe(`${server.url}/imagej.net/imagej-builds/2017-August/012820.html`);
    expect(aug.seq).toBe(12820);
    expect(aug.author_address).toMatch(/@/);
    expect(String(aug.date)).toMatch(/^2017-08-\d\dT/);

    // Every message of a period whose date.html was captured got its archived page.
    const unpaired = d.prepare(`SELECT COUNT(*) AS n FROM messages WHERE period IN ('2016-October', '2020-January', '2001-April') AND url IS NULL`).get() as { n: number };
    expect(unpaired.n).toBe(0);
    const sjogren = d.prepare(`SELECT DISTINCT author_name FROM messages WHERE period = '2002-August' AND author_name LIKE 'Martin Sj%'`).all() as Array<{ author_name: string }>;
    expect(sjogren.map((x) => x.author_name)).toEqual(['Martin Sjögren']);
    d.close();
  });

  it('reports the failing periods in `archive status` and exits 1 while they fail', async () => {
    const r = await runArchive(['--db', tmp.db, 'status', '--format', 'json']);
    expect(r.code).toBe(1);
    const lists = JSON.parse(r.stdout) as Array<{ list: string; messages: number; failed: unknown[] }>;
    const builds = lists.find((l) => l.list === 'imagej-builds')!;
    expect(builds.messages).toBe(54);
    expect(builds.failed.length).toBe(60);
  });

  it('stats counts distinct messages', async () => {
    const r = await runArchive(['--db', tmp.db, 'stats', '--format', 'json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.lists).toBe(2);
    expect(s.messages).toBeGreaterThan(700);
  });
});

describe('real captures served with transient faults', () => {
  it('end with exactly the messages of a clean sync', async () => {
    const clean = tempDir();
    const faulty = tempDir();
    const url = `${server.url}/twistedmatrix.com/twisted-python/`;
    await runArchive(['--db', clean.db, 'sync', ...FAST, '--since', '2001-04', '--until', '2003-09', url]);
    server.setFaults([
      { match: '/twistedmatrix.com/twisted-python/', kind: 'status', status: 503, retryAfter: 1, times: 1 },
      { match: '/twistedmatrix.com/twisted-python/2001-April.txt.gz', kind: 'drop', times: 1 },
      { match: '/twistedmatrix.com/twisted-python/2002-August.txt.gz', kind: 'status', status: 502, times: 2 },
      { match: '/twistedmatrix.com/twisted-python/2003-September.txt.gz', kind: 'double-gzip' },
    ]);
    await runArchive(['--db', faulty.db, 'sync', ...FAST, '--since', '2001-04', '--until', '2003-09', url]);
    server.setFaults([]);
    const rows = (p: string) => {
      const d = new Database(p, { readonly: true });
      const r = d.prepare('SELECT period, msg_key, content_hash, author_name, date, url FROM messages ORDER BY period, msg_key, content_hash').all();
      d.close();
      return r;
    };
    const a = rows(clean.db);
    expect(a.length).toBeGreaterThan(400);
    expect(rows(faulty.db)).toEqual(a);
    clean.cleanup();
    faulty.cleanup();
  });
});
