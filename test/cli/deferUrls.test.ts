/**
 * Issue 12.2: `archive sync --defer-urls` reads each pipermail period's text only (one request a
 * period), stores the messages without page URLs, and the next run without the flag reads each
 * such period's date.html (and nothing else of it) to give them exactly the URLs a normal sync
 * gives. Requests are counted on the server side.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import Database from 'better-sqlite3';
import { startFixtureServer, type FixtureServer } from '../../fixtures/server/fixtureServer.js';
import { runArchive, tempDir, FAST, FIXTURES } from '../support/cli.js';
import { ARCHIVES, manifest } from '../support/fixtureArchive.js';
import { renderListInto, byArrival } from '../support/renderList.js';
import { join } from 'node:path';
import { utimesSync } from 'node:fs';

/** What sync leaves of the messages and periods (reindex-independent columns). */
function snapshot(db: string) {
  const d = new Database(db, { readonly: true });
  try {
    return {
      messages: d.prepare('SELECT l.url AS list, m.period, msg_key, content_hash, seq, m.url FROM messages m JOIN lists l ON l.id = m.list_id ORDER BY l.url, msg_key, content_hash').all(),
      periods: d.prepare('SELECT l.url AS list, p.period, status, source, messages, text_hash, etag FROM periods p JOIN lists l ON l.id = p.list_id ORDER BY l.url, period').all(),
    };
  } finally {
    d.close();
  }
}

const count = (db: string, sql: string) => {
  const d = new Database(db, { readonly: true });
  try {
    return (d.prepare(sql).get() as { n: number }).n;
  } finally {
    d.close();
  }
};

describe('sync --defer-urls, then a run without it', () => {
  let server: FixtureServer;
  const normal = tempDir();
  const deferred = tempDir();
  let urls: string[];
  const periods = ['gluster-devel', 'gluster-users'].reduce((a, l) => a + manifest.lists[l].periods.length, 0);
  beforeAll(async () => {
    server = await startFixtureServer({ root: ARCHIVES });
    urls = [`${server.url}/pipermail/gluster-devel/`, `${server.url}/pipermail/gluster-users/`];
    expect((await runArchive(['--db', normal.db, 'sync', ...FAST, ...urls])).code).toBe(0);
  });
  afterAll(async () => { await server.close(); normal.cleanup(); deferred.cleanup(); });

  it('first sync: one request per period plus each table and robots.txt, and no page URL stored', async () => {
    server.resetLog();
    const r = await runArchive(['--db', deferred.db, 'sync', ...FAST, '--defer-urls', '--json', ...urls]);
    expect(r.code).toBe(0);
    const paths = server.requests.map((q) => q.path);
    expect(paths.filter((p) => p.endsWith('.html'))).toEqual([]);
    expect(paths.filter((p) => /\.txt(\.gz)?$/.test(p) && p !== '/robots.txt')).toHaveLength(periods);
    expect(server.requests).toHaveLength(periods + urls.length + 1);
    expect(JSON.parse(r.stdout).requests).toBe(periods + urls.length + 1);
    expect(count(deferred.db, 'SELECT COUNT(*) AS n FROM messages WHERE url IS NOT NULL')).toBe(0);
    expect(count(deferred.db, 'SELECT COUNT(*) AS n FROM messages')).toBe(count(normal.db, 'SELECT COUNT(*) AS n FROM messages'));
    expect(count(deferred.db, "SELECT COUNT(*) AS n FROM periods WHERE source = 'mbox-urls-pending'")).toBe(periods);
  });

  it('the next run reads each period\'s date.html (not its text again) and ends with the database of a normal sync', async () => {
    const dry = await runArchive(['--db', deferred.db, 'sync', '--dry-run']);
    expect(dry.stdout).toMatch(/2014-October {2}\(pages\)/);
    server.resetLog();
    const r = await runArchive(['--db', deferred.db, 'sync', ...FAST]);
    expect(r.code).toBe(0);
    const paths = server.requests.map((q) => q.path);
    expect(paths.filter((p) => p.endsWith('/date.html'))).toHaveLength(periods);
    // No text: each list's table is unchanged (304), so no period has new mail, not even the newest.
    expect(server.requests.filter((q) => /\.txt(\.gz)?$/.test(q.path))).toEqual([]);
    expect(server.requests.filter((q) => !q.path.endsWith('/date.html')).map((q) => q.status)).toEqual(urls.map(() => 304));
    expect(snapshot(deferred.db)).toEqual(snapshot(normal.db));
    expect(count(deferred.db, 'SELECT COUNT(*) AS n FROM messages WHERE url IS NOT NULL')).toBeGreaterThan(100);
  });

  it('and the run after that is a plain no-change re-sync', async () => {
    server.resetLog();
    expect((await runArchive(['--db', deferred.db, 'sync', ...FAST])).code).toBe(0);
    expect(server.requests.filter((q) => q.path.endsWith('.html'))).toEqual([]);
    expect(server.requests.length).toBeLessThanOrEqual(2 * urls.length);
  });
});

describe('--defer-urls with new mail appended to the newest period', () => {
  let server: FixtureServer;
  const site = tempDir('archive-site-');
  const normal = tempDir();
  const deferred = tempDir();
  const mixed = tempDir();
  beforeAll(async () => { server = await startFixtureServer({ root: site.dir }); });
  afterAll(async () => { await server.close(); site.cleanup(); normal.cleanup(); deferred.cleanup(); mixed.cleanup(); });

  it('pairs the stored messages and the appended one from one date.html, as a normal sync does', async () => {
    const total = byArrival('gluster-devel').length;
    const url = `${server.url}/pipermail/gluster-devel/`;
    renderListInto(site.dir, 'gluster-devel', total - 1, new Date('2015-03-30T10:00:00Z'));
    expect((await runArchive(['--db', deferred.db, 'sync', ...FAST, '--defer-urls', url])).code).toBe(0);
    // A URL-paired database that then takes the new message with --defer-urls.
    expect((await runArchive(['--db', mixed.db, 'sync', ...FAST, url])).code).toBe(0);

    renderListInto(site.dir, 'gluster-devel', total, new Date('2015-03-31T10:00:00Z'));
    expect((await runArchive(['--db', normal.db, 'sync', ...FAST, url])).code).toBe(0);
    expect((await runArchive(['--db', mixed.db, 'sync', ...FAST, '--defer-urls', url])).code).toBe(0);
    expect(count(mixed.db, 'SELECT COUNT(*) AS n FROM messages WHERE url IS NULL')).toBe(1);

    for (const db of [deferred.db, mixed.db]) {
      server.resetLog();
      const r = await runArchive(['--db', db, 'sync', ...FAST, '--json', url]);
      expect(r.code).toBe(0);
      // (the periods' validators and text hashes tell how each database read its texts: not compared here)
      expect(snapshot(db).messages).toEqual(snapshot(normal.db).messages);
      expect(count(db, "SELECT COUNT(*) AS n FROM periods WHERE source != 'mbox' OR status != 'ok'")).toBe(0);
      // The newest period's appended bytes (Range) and its date.html once, for old and new messages alike.
      expect(server.requests.filter((q) => q.path === '/pipermail/gluster-devel/2015-March/date.html')).toHaveLength(1);
    }
    expect(count(normal.db, 'SELECT COUNT(*) AS n FROM messages WHERE url IS NULL')).toBe(0);
  });
});

describe('--defer-urls on real pipermail captures', () => {
  let server: FixtureServer;
  beforeAll(async () => { server = await startFixtureServer({ root: ARCHIVES, mounts: { '/real/': join(FIXTURES, 'pipermail', 'real') } }); });
  afterAll(async () => { await server.close(); });

  // twisted-python 2001-April: re-imported (65 entries, 32 duplicated Message-IDs, new page numbers
  // beside old pages); 2020-January: late 2.1 pages; imagej-builds 2016-October: utf-8.
  it.each([['twistedmatrix.com/twisted-python', '2001-04'], ['twistedmatrix.com/twisted-python', '2020-01'], ['imagej.net/imagej-builds', '2016-10']])('%s %s: the deferred pairing gives the URLs a normal sync gives', async (list, month) => {
    const normal = tempDir();
    const deferred = tempDir();
    const args = [...FAST, '--since', month, '--until', month, `${server.url}/real/${list}/`];
    expect((await runArchive(['--db', normal.db, 'sync', ...args])).code).toBe(0);
    expect((await runArchive(['--db', deferred.db, 'sync', '--defer-urls', ...args])).code).toBe(0);
    expect(count(deferred.db, 'SELECT COUNT(*) AS n FROM messages WHERE url IS NOT NULL')).toBe(0);
    expect((await runArchive(['--db', deferred.db, 'sync', ...args])).code).toBe(0);
    expect(snapshot(deferred.db)).toEqual(snapshot(normal.db));
    expect(count(normal.db, 'SELECT COUNT(*) AS n FROM messages WHERE url IS NOT NULL')).toBeGreaterThan(0);
    normal.cleanup();
    deferred.cleanup();
  });
});

describe('a period stored with --defer-urls whose text is gone when its URLs are due', () => {
  let server: FixtureServer;
  const site = tempDir('archive-site-');
  const normal = tempDir();
  const deferred = tempDir();
  beforeAll(async () => {
    renderListInto(site.dir, 'gluster-devel', byArrival('gluster-devel').length, new Date('2015-03-30T10:00:00Z'));
    server = await startFixtureServer({ root: site.dir });
  });
  afterAll(async () => { await server.close(); normal.cleanup(); deferred.cleanup(); site.cleanup(); });

  it('pairs the stored messages with date.html and fetches none of their pages as new messages', async () => {
    const url = `${server.url}/pipermail/gluster-devel/`;
    expect((await runArchive(['--db', normal.db, 'sync', ...FAST, url])).code).toBe(0);
    expect((await runArchive(['--db', deferred.db, 'sync', ...FAST, '--defer-urls', url])).code).toBe(0);
    // The archiver ran again (it rewrites the table each time), so the newest period is asked
    // about; its text now answers 404: the run falls back to its pages.
    const later = new Date('2015-03-31T10:00:00Z');
    utimesSync(join(site.dir, 'pipermail', 'gluster-devel', 'index.html'), later, later);
    server.setFaults([{ match: /2015-March\.txt(\.gz)?$/, kind: 'status', status: 404 }]);
    server.resetLog();
    const r = await runArchive(['--db', deferred.db, 'sync', ...FAST]);
    server.setFaults([]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/2015-March: text archive unavailable .*given their URL/);
    expect(server.requests.filter((q) => /\/\d{6}\.html$/.test(q.path))).toEqual([]);
    expect(snapshot(deferred.db).messages).toEqual(snapshot(normal.db).messages);
  });
});
