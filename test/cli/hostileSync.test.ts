/**
 * Issue 10, the crawl side, end to end through the CLI against the fixture server on 127.0.0.1:
 * --max-requests (6), bad rows in the archive table (7), mistyped and failing lists (8),
 * periods that are always 404 (9), a period file ending in a single newline (13), --timeout 0
 * (4), and a whole hostile site next to good lists.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import Database from 'better-sqlite3';
import { appendFileSync, cpSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFixtureServer, type FixtureServer } from '../../fixtures/server/fixtureServer.js';
import { runArchive, tempDir, FAST } from '../support/cli.js';
import { ARCHIVES, manifestMessages } from '../support/fixtureArchive.js';

const L = '/pipermail/gluster-devel';
const QUICK = [...FAST, '--attempts', '1'];
const DEVEL = manifestMessages('gluster-devel').length;
let server: FixtureServer;

beforeAll(async () => { server = await startFixtureServer({ root: ARCHIVES }); });
afterAll(async () => { await server.close(); });

function query<T>(db: string, sql: string, ...args: unknown[]): T[] {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare(sql).all(...args) as T[];
  } finally {
    d.close();
  }
}
const count = (db: string, sql: string, ...args: unknown[]): number => (query<{ n: number }>(db, sql, ...args)[0]).n;

/** A copy of a fixture list under `site`/pipermail/NAME, files dereferenced so they can be edited. */
function copyList(site: string, name: string): string {
  const dir = join(site, 'pipermail', name);
  cpSync(join(ARCHIVES, 'pipermail', name), dir, { recursive: true, dereference: true });
  return dir;
}

describe('--max-requests (10.6)', () => {
  it('stops cleanly: nothing marked failed, nothing stored without its page URL, the summary counts what was stored, and a normal re-sync completes it', async () => {
    const tmp = tempDir();
    const url = `${server.url}${L}/`;
    const r = await runArchive(['--db', tmp.db, 'sync', ...QUICK, '--max-requests', '7', '--json', url]);
    expect(r.code).toBe(1);
    const summary = JSON.parse(r.stdout);
    const stored = count(tmp.db, 'SELECT COUNT(*) AS n FROM messages');
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(DEVEL);
    expect(summary.newMessages).toBe(stored);
    expect(summary.lists.map((l: { list: string }) => l.list)).toEqual(['gluster-devel']);
    expect(summary.errors).toEqual([expect.objectContaining({ code: 'E_BUDGET', error: expect.stringMatching(/left for the next run/) })]);
    expect(count(tmp.db, "SELECT COUNT(*) AS n FROM periods WHERE status = 'failed'")).toBe(0);
    expect(count(tmp.db, 'SELECT COUNT(*) AS n FROM messages WHERE url IS NULL')).toBe(0);

    const again = await runArchive(['--db', tmp.db, 'sync', ...QUICK]);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(count(tmp.db, 'SELECT COUNT(*) AS n FROM messages')).toBe(DEVEL);
    expect(count(tmp.db, 'SELECT COUNT(*) AS n FROM messages WHERE url IS NULL')).toBe(0);
    expect((await runArchive(['--db', tmp.db, 'status'])).code).toBe(0);
    tmp.cleanup();
  });
});

describe('unusable rows in the archive table (10.7)', () => {
  it('a javascript: link, a bad % escape and an invalid URL are skipped with a warning; the rest of the list syncs', async () => {
    const site = tempDir('archive-site-');
    const dir = copyList(site.dir, 'gluster-devel');
    const bad = (href: string) => `<tr><td>Bad:</td><td><A href="${href}">[ Thread ]</a></td><td><A href="2014-May.txt.gz">[ Gzip'd Text 1 KB ]</a></td></tr>`;
    const toc = readFileSync(join(dir, 'index.html'), 'latin1')
      .replace(/(<tr>\s*<td>[^<]*2015)/i, `${bad('javascript:alert(1)//thread.html')}${bad('2014-%ZZ/thread.html')}${bad('http://[nope/thread.html')}$1`);
    writeFileSync(join(dir, 'index.html'), toc, 'latin1');
    const s = await startFixtureServer({ root: site.dir });
    const tmp = tempDir();
    const r = await runArchive(['--db', tmp.db, 'sync', ...QUICK, `${s.url}${L}/`]);
    expect(r.code).toBe(0);
    expect(r.stderr.match(/warning: gluster-devel: archive table row .* skipped/g)).toHaveLength(3);
    expect(count(tmp.db, 'SELECT COUNT(*) AS n FROM messages')).toBe(DEVEL);
    await s.close();
    tmp.cleanup();
    site.cleanup();
  });
});

describe('mistyped and failing lists (10.8)', () => {
  it('a list URL that answers 404 on a first sync is not registered', async () => {
    const tmp = tempDir();
    const r = await runArchive(['--db', tmp.db, 'sync', ...QUICK, `${server.url}/pipermail/gluster-devle/`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/gluster-devle.*not registered/);
    const lists = await runArchive(['--db', tmp.db, 'lists', '--format', 'json']);
    expect(lists.code).toBe(0);
    expect(JSON.parse(lists.stdout)).toEqual([]);
    // A later cron run has nothing to fail on.
    expect((await runArchive(['--db', tmp.db, 'sync', ...QUICK])).code).toBe(2);
    tmp.cleanup();
  });

  it('status shows a registered list that could not be read and exits 1; lists shows it; lists remove forgets it with --yes', async () => {
    const tmp = tempDir();
    const url = `${server.url}${L}/`;
    expect((await runArchive(['--db', tmp.db, 'sync', ...QUICK, url])).code).toBe(0);
    server.setFaults([{ match: `${L}/`, kind: 'status', status: 404 }]);
    const r = await runArchive(['--db', tmp.db, 'sync', ...QUICK]);
    server.setFaults([]);
    expect(r.code).toBe(1);
    const status = await runArchive(['--db', tmp.db, 'status']);
    expect(status.code).toBe(1);
    expect(status.stdout).toMatch(/list failing since .*HTTP 404/);
    expect((await runArchive(['--db', tmp.db, 'lists'])).stdout).toMatch(new RegExp(`${url}  pipermail  ${DEVEL} message\\(s\\), last sync .*failing`));

    const dry = await runArchive(['--db', tmp.db, 'lists', 'remove', url]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(new RegExp(`would remove ${url}: ${DEVEL} message\\(s\\).*--yes`));
    expect(count(tmp.db, 'SELECT COUNT(*) AS n FROM messages')).toBe(DEVEL);

    const gone = await runArchive(['--db', tmp.db, 'lists', 'remove', `${url}2014-October/008357.html`, '--yes']);
    expect(gone.stderr).toBe('');
    expect(gone.code).toBe(0);
    expect(gone.stdout).toMatch(new RegExp(`removed ${url}: ${DEVEL} message`));
    for (const t of ['messages', 'periods', 'lists', 'sections', 'items', 'refs', 'analyses', 'search_docs', 'mentions']) {
      expect(count(tmp.db, `SELECT COUNT(*) AS n FROM ${t}`), t).toBe(0);
    }
    expect((await runArchive(['--db', tmp.db, 'status'])).code).toBe(0);
    const again = await runArchive(['--db', tmp.db, 'lists', 'remove', url, '--yes']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/no list/);
    tmp.cleanup();
  });
});

describe('periods that answer 404 every time (10.9)', () => {
  it('are remembered as missing and asked for again after a growing interval, shown in status', async () => {
    const tmp = tempDir();
    const url = `${server.url}${L}/`;
    const gone = /\/2014-September(\.txt(\.gz)?|\/date\.html)$/;
    server.setFaults([{ match: gone, kind: 'status', status: 404 }]);
    const first = await runArchive(['--db', tmp.db, 'sync', ...QUICK, url]);
    expect(first.code).toBe(1);
    const row = () => query<{ missing: number; next_try_at: string }>(tmp.db, "SELECT missing, next_try_at FROM periods WHERE period = '2014-September'")[0];
    expect(row().missing).toBe(1);
    const day = 86_400_000;
    expect(Date.parse(row().next_try_at) - Date.now()).toBeGreaterThan(day - 60_000);
    const status = await runArchive(['--db', tmp.db, 'status']);
    expect(status.code).toBe(1);
    expect(status.stdout).toMatch(/failing: 2014-September \(1 attempt\(s\), missing on the server, next try after \d{4}-/);

    // The next runs do not ask for it ...
    server.resetLog();
    const second = await runArchive(['--db', tmp.db, 'sync', ...QUICK]);
    expect(second.code).toBe(0);
    expect(server.requests.filter((q) => gone.test(q.path))).toEqual([]);

    // ... until its time has come; then, missing again, it waits twice as long.
    const d = new Database(tmp.db);
    d.prepare("UPDATE periods SET next_try_at = '2000-01-01T00:00:00.000Z' WHERE period = '2014-September'").run();
    d.close();
    server.resetLog();
    expect((await runArchive(['--db', tmp.db, 'sync', ...QUICK])).code).toBe(1);
    expect(server.requests.filter((q) => gone.test(q.path)).length).toBeGreaterThan(0);
    expect(row().missing).toBe(2);
    expect(Date.parse(row().next_try_at) - Date.now()).toBeGreaterThan(2 * day - 60_000);

    // Back on the server: stored, and forgotten as missing.
    server.setFaults([]);
    await runArchive(['--db', tmp.db, 'sync', ...QUICK, '--full']);
    expect(query(tmp.db, "SELECT status, missing, next_try_at FROM periods WHERE period = '2014-September'")).toEqual([{ status: 'ok', missing: 0, next_try_at: null }]);
    tmp.cleanup();
  });
});

describe('a period file ending in a single newline (10.13)', () => {
  it('neither the Range path nor a full re-fetch stores a message twice or a headerless fragment', async () => {
    const site = tempDir('archive-site-');
    const dir = copyList(site.dir, 'gluster-devel');
    const file = join(dir, '2015-March.txt');
    const text = readFileSync(file);
    expect(text.subarray(-2).toString()).toBe('\n\n');
    writeFileSync(file, text.subarray(0, -1)); // the file now ends in one newline
    const s = await startFixtureServer({ root: site.dir });
    const tmp = tempDir();
    const url = `${s.url}${L}/`;
    expect((await runArchive(['--db', tmp.db, 'sync', ...QUICK, url])).code).toBe(0);
    expect(count(tmp.db, 'SELECT COUNT(*) AS n FROM messages')).toBe(DEVEL);

    // A message arrives; the archiver writes the blank line the file lacked, then the message.
    appendFileSync(file, '\nFrom late at example.org  Tue Mar 31 10:00:00 2015\nFrom: late at example.org (Late Sender)\n' +
      'Date: Tue, 31 Mar 2015 10:00:00 +0000\nSubject: [Gluster-devel] one more\n\nlate body\n\n');
    // ...and rewrites the archive table, as Mailman does each time it archives.
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'index.html'), later, later);
    s.resetLog();
    const r = await runArchive(['--db', tmp.db, 'sync', ...QUICK, '--json', url]);
    expect(r.code).toBe(0);
    expect(s.requests.find((q) => q.path.endsWith('/2015-March.txt'))!.status).toBe(206);
    expect(JSON.parse(r.stdout).newMessages).toBe(1);
    expect(count(tmp.db, 'SELECT COUNT(*) AS n FROM messages')).toBe(DEVEL + 1);
    expect(count(tmp.db, 'SELECT COUNT(*) AS n FROM messages WHERE length(raw) < 50')).toBe(0);

    const full = await runArchive(['--db', tmp.db, 'sync', ...QUICK, '--full', '--json', url]);
    expect(full.code).toBe(0);
    expect(JSON.parse(full.stdout).newMessages).toBe(0);
    expect(count(tmp.db, 'SELECT COUNT(*) AS n FROM messages')).toBe(DEVEL + 1);
    await s.close();
    tmp.cleanup();
    site.cleanup();
  });
});

describe('usage (10.4)', () => {
  it('--timeout 0 and --deadline 0 are usage errors', async () => {
    const tmp = tempDir();
    for (const opt of ['--timeout', '--deadline']) {
      const r = await runArchive(['--db', tmp.db, 'sync', opt, '0', `${server.url}${L}/`]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/greater than 0/);
    }
    tmp.cleanup();
  });
});

describe('--max-size above 4096 (10.12)', () => {
  it('still reads every .txt.gz', async () => {
    const tmp = tempDir();
    const r = await runArchive(['--db', tmp.db, 'sync', ...QUICK, '--max-size', '5000', `${server.url}${L}/`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(count(tmp.db, "SELECT COUNT(*) AS n FROM messages WHERE source = 'mbox'")).toBe(DEVEL);
    tmp.cleanup();
  });
});

describe('a hostile site next to good lists', () => {
  it('a trickling list, a huge archive table, a bad-URL table and a typo finish within the deadline; the good lists sync', async () => {
    const site = tempDir('archive-site-');
    const users = copyList(site.dir, 'gluster-users');
    const toc = readFileSync(join(users, 'index.html'), 'latin1');
    writeFileSync(join(users, 'index.html'), toc.replace(/<\/table>/i, '<tr><td>x</td><td><A href="javascript:x//thread.html">[ Thread ]</a></td></tr></table>'), 'latin1');
    const s = await startFixtureServer({ root: ARCHIVES, mounts: { '/hostile/': site.dir } });
    s.setFaults([
      { match: '/pipermail/quiet-list/', kind: 'trickle', everyMs: 100 },
      { match: '/pipermail/weekly-dev/', kind: 'endless' },
    ]);
    const tmp = tempDir();
    const t0 = Date.now();
    const r = await runArchive(['--db', tmp.db, 'sync', '--delay', '0', '--timeout', '1', '--deadline', '3', '--attempts', '2',
      `${s.url}/pipermail/quiet-list/`, `${s.url}/pipermail/weekly-dev/`, `${s.url}/hostile/pipermail/gluster-users/`,
      `${s.url}/pipermail/no-such-list/`, `${s.url}${L}/`]);
    const elapsed = Date.now() - t0;
    expect(elapsed).toBeLessThan(15_000);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/quiet-list\/: .*deadline/);
    expect(r.stderr).toMatch(/weekly-dev\/: .*16 MiB/);
    expect(r.stderr).toMatch(/no-such-list\/: .*not registered/);
    expect(r.stderr).toMatch(/warning: gluster-users: archive table row "javascript:x\/\/thread.html" skipped/);
    const per = Object.fromEntries(query<{ name: string; n: number }>(tmp.db, 'SELECT l.name, COUNT(m.id) AS n FROM lists l LEFT JOIN messages m ON m.list_id = l.id GROUP BY l.id').map((x) => [x.name, x.n]));
    expect(per).toEqual({ 'gluster-users': manifestMessages('gluster-users').length, 'gluster-devel': DEVEL });
    await s.close();
    tmp.cleanup();
    site.cleanup();
  }, 30_000);
});
