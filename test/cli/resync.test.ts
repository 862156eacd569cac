/**
 * Issue 3: re-syncs cost what the physical limit says. Requests are counted on the server side.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import Database from 'better-sqlite3';
import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import { startFixtureServer, type FixtureServer } from '../../fixtures/server/fixtureServer.js';
import { runArchive, tempDir, FAST } from '../support/cli.js';
import { ARCHIVES } from '../support/fixtureArchive.js';
import { renderListInto, byArrival } from '../support/renderList.js';

describe('re-sync of an unchanged archive', () => {
  let server: FixtureServer;
  const tmp = tempDir();
  beforeAll(async () => { server = await startFixtureServer({ root: ARCHIVES }); });
  afterAll(async () => { await server.close(); tmp.cleanup(); });

  it('makes one request per list (its table, 304) and stores nothing', async () => {
    const lists = ['gluster-devel', 'gluster-users', 'weekly-dev'];
    const urls = lists.map((l) => `${server.url}/pipermail/${l}/`);
    expect((await runArchive(['--db', tmp.db, 'sync', ...FAST, ...urls])).code).toBe(0);
    const firstRequests = server.requests.length;
    server.resetLog();
    const db = new Database(tmp.db, { readonly: true });
    const before = db.prepare('SELECT COUNT(*) AS n, MAX(id) AS last FROM messages').get();

    const r = await runArchive(['--db', tmp.db, 'sync', ...FAST]); // no URL: every registered list
    expect(r.code).toBe(0);
    for (const l of lists) {
      const mine = server.requests.filter((q) => q.path.startsWith(`/pipermail/${l}/`));
      // Mailman rewrites the table each time it archives: unchanged, no period has new mail.
      expect(mine.map((q) => [q.path, q.status])).toEqual([[`/pipermail/${l}/`, 304]]);
    }
    // robots.txt is remembered for a day: not fetched again.
    expect(server.requests.filter((q) => q.path === '/robots.txt')).toHaveLength(0);
    expect(server.requests.length).toBe(lists.length);
    for (const l of lists) expect(r.stdout).toContain(`${l}: archive table unchanged since the last run: no new mail\n`);
    expect(firstRequests).toBeGreaterThan(server.requests.length * 3);
    expect(db.prepare('SELECT COUNT(*) AS n, MAX(id) AS last FROM messages').get()).toEqual(before);
    db.close();
  });

  it('--full re-fetches everything and still stores nothing twice', async () => {
    server.resetLog();
    const r = await runArchive(['--db', tmp.db, 'sync', ...FAST, '--full', `${server.url}/pipermail/gluster-devel/`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/gluster-devel: 7 period\(s\) checked, \d+ fetched, 0 new message\(s\)/);
    expect(server.requests.filter((q) => q.path.endsWith('.txt') || q.path.endsWith('.txt.gz')).length).toBeGreaterThanOrEqual(7);
  });
});

describe('re-sync after new mail in the current month', () => {
  let server: FixtureServer;
  const tmp = tempDir();
  const site = tempDir('archive-site-');
  beforeAll(async () => { server = await startFixtureServer({ root: site.dir }); });
  afterAll(async () => { await server.close(); tmp.cleanup(); site.cleanup(); });

  it('fetches only the appended bytes of the newest period with a Range request', async () => {
    const total = byArrival('gluster-devel').length;
    renderListInto(site.dir, 'gluster-devel', total - 1, new Date('2015-03-30T10:00:00Z'));
    const url = `${server.url}/pipermail/gluster-devel/`;
    expect((await runArchive(['--db', tmp.db, 'sync', ...FAST, url])).code).toBe(0);

    // One more message arrives: the archiver appends it to 2015-March.txt and rewrites the pages.
    renderListInto(site.dir, 'gluster-devel', total, new Date('2015-03-31T10:00:00Z'));
    server.resetLog();
    const r = await runArchive(['--db', tmp.db, 'sync', ...FAST, '--json', url]);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.newMessages).toBe(1);
    const text = server.requests.find((q) => q.path.endsWith('/2015-March.txt'))!;
    expect(text.status).toBe(206);
    expect(text.headers.range).toMatch(/^bytes=\d+-$/);
    expect(text.bytes).toBeLessThan(8 * 1024); // the new message and a 1 KiB overlap, not the whole month
    // The table, the newest text, and date.html to learn the new message's page: nothing else.
    expect(server.requests.map((q) => q.path).sort()).toEqual([
      '/pipermail/gluster-devel/', '/pipermail/gluster-devel/2015-March.txt', '/pipermail/gluster-devel/2015-March/date.html',
    ]);

    const db = new Database(tmp.db, { readonly: true });
    const last = db.prepare('SELECT seq, url FROM messages ORDER BY id DESC LIMIT 1').get() as { seq: number; url: string };
    expect(last.seq).toBe(8439);
    expect(last.url).toMatch(/2015-March\/008439\.html$/);
    expect(db.prepare('SELECT COUNT(*) AS n FROM messages').get()).toEqual({ n: total });
    db.close();
  });
});

describe('re-sync after the newest period was rewritten with the same bytes', () => {
  let server: FixtureServer;
  const tmp = tempDir();
  const site = tempDir('archive-site-');
  beforeAll(async () => { server = await startFixtureServer({ root: site.dir }); });
  afterAll(async () => { await server.close(); tmp.cleanup(); site.cleanup(); });

  // Issue 15, lead 5: the Range answer (206) carries the file's new ETag; with nothing appended
  // it must still be stored, or every later re-sync fetches the 1 KiB tail again instead of a 304.
  it('stores the new validators of a 206 with nothing appended, so the next re-sync gets a 304', async () => {
    const total = byArrival('gluster-devel').length;
    renderListInto(site.dir, 'gluster-devel', total, new Date('2015-03-30T10:00:00Z'));
    const url = `${server.url}/pipermail/gluster-devel/`;
    expect((await runArchive(['--db', tmp.db, 'sync', ...FAST, url])).code).toBe(0);

    // The archiver rewrites 2015-March.txt with the same bytes: a new mtime, so a new ETag; and
    // the table, as it does each time it runs.
    const txt = join(site.dir, 'pipermail', 'gluster-devel', '2015-March.txt');
    const toc = join(site.dir, 'pipermail', 'gluster-devel', 'index.html');
    for (const f of [txt, toc]) utimesSync(f, new Date('2015-03-31T10:00:00Z'), new Date('2015-03-31T10:00:00Z'));
    server.resetLog();
    const first = await runArchive(['--db', tmp.db, 'sync', ...FAST, '--json', url]);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ newMessages: 0, lists: [{ tableUnchanged: false }] });
    const tail = server.requests.filter((q) => q.path.endsWith('/2015-March.txt'));
    expect(tail.map((q) => q.status)).toEqual([206]);

    // The archiver runs again for mail filed elsewhere: the table is rewritten (same bytes), the
    // text is not, and asked for conditionally it answers 304 with the validators the 206 gave.
    utimesSync(toc, new Date('2015-03-31T11:00:00Z'), new Date('2015-03-31T11:00:00Z'));
    server.resetLog();
    const second = await runArchive(['--db', tmp.db, 'sync', ...FAST, '--json', url]);
    expect(second.code).toBe(0);
    expect(server.requests.map((q) => [q.path, q.status])).toEqual([['/pipermail/gluster-devel/', 200], ['/pipermail/gluster-devel/2015-March.txt', 304]]);

    // And once nothing is rewritten: the table's 304 alone.
    server.resetLog();
    expect((await runArchive(['--db', tmp.db, 'sync', ...FAST, url])).code).toBe(0);
    expect(server.requests.map((q) => [q.path, q.status])).toEqual([['/pipermail/gluster-devel/', 304]]);
  });
});
