/**
 * Issue 13 item 2: a Mailman 3 HyperKitty list syncs end to end against a faithful fixture of
 * HyperKitty on 127.0.0.1 (fixtures/server/hyperkittyServer.ts): periods from the list page's
 * months, each month's gzip mbox export, message URLs at HyperKitty's message pages. Its exports
 * differ byte for byte on every request (random MIME boundaries): a re-sync still stores nothing.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHyperKittyServer, hkMessageFromEml, hkHash, type HyperKittyServer, type HkMessage } from '../../fixtures/server/hyperkittyServer.js';
import { runArchive, tempDir, FAST, FIXTURES } from '../support/cli.js';
import { query, periodsDone, syncSnapshot, killSyncAfter } from '../support/killedSync.js';
import { unpackRaw } from '../../src/store/index.js';

const FQDN = 'gluster-devel@lists.gluster.org';
const dir = join(FIXTURES, 'sources', 'gluster-devel');
const messages = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort().map((f) => hkMessageFromEml(f, readFileSync(join(dir, f))));
const NOW = new Date('2015-04-20T12:00:00Z');


describe('HyperKitty: first sync, no-change re-sync, one new message', () => {
  let server: HyperKittyServer;
  const tmp = tempDir();
  beforeAll(async () => { server = await startHyperKittyServer({ lists: [{ fqdn: FQDN, messages }], now: NOW }); });
  afterAll(async () => { await server.close(); tmp.cleanup(); });

  it('first sync: every month exported once, every message stored with its HyperKitty page URL', async () => {
    const r = await runArchive(['--db', tmp.db, 'sync', ...FAST, server.listUrl(FQDN)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`gluster-devel: registered as a hyperkitty list (${server.listUrl(FQDN)})\n`);
    // September 2014 .. April 2015 (the server's today): 8 months, 8 exports, as the month pages link them.
    const exports = server.requests.filter((q) => q.path.includes('/export/'));
    expect(exports).toHaveLength(8);
    expect(exports.map((q) => q.url)).toContain(`/archives/list/${FQDN}/export/${FQDN}-2014-11.mbox.gz?start=2014-10-01&end=2014-11-01`);
    const rows = query<{ message_id: string; url: string; period: string }>(tmp.db, 'SELECT message_id, url, period FROM messages');
    expect(rows).toHaveLength(messages.length);
    for (const m of rows) expect(m.url).toBe(`${server.listUrl(FQDN)}message/${hkHash(m.message_id)}/`);
    // The page answers: the hash is HyperKitty's.
    const page = await fetch(rows[0].url);
    expect(page.status).toBe(200);
    expect(query(tmp.db, "SELECT period FROM periods WHERE status = 'ok' ORDER BY period").map((p) => (p as { period: string }).period))
      .toEqual(['2014-09', '2014-10', '2014-11', '2014-12', '2015-01', '2015-02', '2015-03', '2015-04']);
    expect(query<{ n: number }>(tmp.db, 'SELECT COUNT(*) AS n FROM analyses')[0].n).toBe(messages.length);
    const lists = await runArchive(['--db', tmp.db, 'lists']);
    expect(lists.stdout).toMatch(new RegExp(`^${server.listUrl(FQDN)} {2}hyperkitty {2}${messages.length} message`));
    // The reports are found as on the pipermail copy of the same list.
    const nsr = await runArchive(['--db', tmp.db, 'query', '--project', 'NSR', '--format', 'json']);
    expect(nsr.code).toBe(0);
    expect(JSON.parse(nsr.stdout).reports.length).toBeGreaterThan(2);
  });

  it('a re-sync with nothing new costs two requests and stores nothing, though every export differs byte for byte', async () => {
    const before = query(tmp.db, 'SELECT COUNT(*) AS n, MAX(id) AS last FROM messages');
    server.resetLog();
    const r = await runArchive(['--db', tmp.db, 'sync', ...FAST, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).newMessages).toBe(0);
    expect(server.requests.map((q) => q.path)).toEqual([`/archives/list/${FQDN}/`, `/archives/list/${FQDN}/export/${FQDN}-2015-05.mbox.gz`]);
    expect(query(tmp.db, 'SELECT COUNT(*) AS n, MAX(id) AS last FROM messages')).toEqual(before);
  });

  it('one new message in the current month: two requests, one message stored with its page URL', async () => {
    const m: HkMessage = {
      messageId: 'new-one.1234@example.org', inReplyTo: null, subject: '[Gluster-devel] jdarcy status (April 2015)', authorName: 'Jeff Darcy',
      address: 'jdarcy@redhat.com', dateHeader: 'Fri, 10 Apr 2015 09:00:00 -0400', date: Date.parse('2015-04-10T13:00:00Z') / 1000,
      archived: Date.parse('2015-04-10T13:00:05Z') / 1000,
      body: 'NSR\n\n* http://review.gluster.org/#/c/9999/ more reconciliation\n\nFrom the desk of jdarcy@redhat.com\n',
    };
    server.addMessage(FQDN, m);
    server.resetLog();
    const r = await runArchive(['--db', tmp.db, 'sync', ...FAST, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).newMessages).toBe(1);
    expect(server.requests).toHaveLength(2);
    const [row] = query<{ url: string; period: string; raw: Buffer; raw_codec: number }>(tmp.db, 'SELECT url, period, raw, raw_codec FROM messages WHERE message_id = ?', m.messageId);
    row.raw = unpackRaw(row.raw, row.raw_codec); // stored compressed (migration 12)
    expect(row.url).toBe(`${server.listUrl(FQDN)}message/${hkHash(m.messageId)}/`);
    expect(row.period).toBe('2015-04');
    expect(row.raw.toString()).toContain('>From the desk of jdarcy(a)redhat.com'); // as HyperKitty exports it
    // And once more: nothing.
    expect(JSON.parse((await runArchive(['--db', tmp.db, 'sync', ...FAST, '--json'])).stdout).newMessages).toBe(0);
  });
});

describe('HyperKitty URLs and kinds', () => {
  let server: HyperKittyServer;
  beforeAll(async () => { server = await startHyperKittyServer({ lists: [{ fqdn: FQDN, messages: messages.slice(0, 5) }], now: new Date('2014-09-30T00:00:00Z') }); });
  afterAll(async () => { await server.close(); });

  it('any URL inside the list (%40, no slash, a message page, the API) is the same list', async () => {
    const tmp = tempDir();
    try {
      const hash = hkHash(messages[0].messageId);
      for (const u of [`${server.url}/archives/list/gluster-devel%40lists.gluster.org`, `${server.url}/archives/list/${FQDN}/message/${hash}/`,
        `${server.url}/archives/api/list/${FQDN}/emails/`, `${server.url}/archives/list/${FQDN}/2014/9/`]) {
        const r = await runArchive(['--db', tmp.db, 'sync', ...FAST, '--json', u]);
        expect(r.code, u).toBe(0);
        expect(JSON.parse(r.stdout).lists[0].url).toBe(server.listUrl(FQDN));
      }
      expect(query(tmp.db, 'SELECT url, kind FROM lists')).toEqual([{ url: server.listUrl(FQDN), kind: 'hyperkitty' }]);
    } finally {
      tmp.cleanup();
    }
  });

  it('an unknown list, a page that is not HyperKitty\'s, a forced wrong kind: one-line errors naming what was found', async () => {
    const tmp = tempDir();
    try {
      const unknown = await runArchive(['--db', tmp.db, 'sync', ...FAST, `${server.url}/archives/list/nope@lists.gluster.org/`]);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toMatch(/^error: \S+nope@lists\.gluster\.org\/: .*404.* \(not registered\)\n$/);

      const asPipermail = await runArchive(['--db', tmp.db, 'sync', ...FAST, '--kind', 'pipermail', server.listUrl(FQDN)]);
      expect(asPipermail.code).toBe(1);
      expect(asPipermail.stderr).toMatch(/does not look like a pipermail archive .*found a HyperKitty page \(Mailman 3/);
      expect(asPipermail.stderr.trim().split('\n')).toHaveLength(1);

      const notHk = await runArchive(['--db', tmp.db, 'sync', ...FAST, '--kind', 'hyperkitty', `${server.url}/pipermail/gluster-devel/`]);
      expect(notHk.code).toBe(2);
      expect(notHk.stderr).toMatch(/^Error: Not a HyperKitty list URL \(expected \.\.\.\/list\/NAME@HOST\//);

      const mbox = await runArchive(['--db', tmp.db, 'sync', '--kind', 'mbox', 'https://lore.kernel.org/git/']);
      expect(mbox.code).toBe(2);
      expect(mbox.stderr).toMatch(/mbox files are read by `archive import PATH --list NAME`, not by sync/);
      expect(query(tmp.db, 'SELECT url FROM lists')).toEqual([]);
    } finally {
      tmp.cleanup();
    }
  });

  it('the fixture keeps HyperKitty\'s quirks: compat .txt.gz is 500, a bad date is 400, exports carry no validators', async () => {
    expect((await fetch(`${server.url}/archives/pipermail/gluster-devel/2014-September.txt.gz`)).status).toBe(500);
    expect((await fetch(`${server.listUrl(FQDN)}export/x.mbox.gz?start=2014-9-1`)).status).toBe(400);
    const res = await fetch(`${server.listUrl(FQDN)}export/x.mbox.gz?start=2014-09-01&end=2014-10-01`);
    expect(res.headers.get('content-type')).toBe('application/gzip');
    expect(res.headers.get('etag')).toBeNull();
    expect(res.headers.get('last-modified')).toBeNull();
    const a = Buffer.from(await res.arrayBuffer());
    const b = Buffer.from(await (await fetch(`${server.listUrl(FQDN)}export/x.mbox.gz?start=2014-09-01&end=2014-10-01`)).arrayBuffer());
    expect(a.equals(b)).toBe(false);
  });
});

describe('HyperKitty: a sync killed mid-way', () => {
  let server: HyperKittyServer;
  beforeAll(async () => { server = await startHyperKittyServer({ lists: [{ fqdn: FQDN, messages }], now: NOW }); });
  afterAll(async () => { await server.close(); });


  it('kill -9, then the next run resumes to the database of an uninterrupted sync', async () => {
    const clean = tempDir();
    const killed = tempDir();
    try {
      expect((await runArchive(['--db', clean.db, 'sync', ...FAST, server.listUrl(FQDN)])).code).toBe(0);
      server.setExportDelay(300);
      expect(await killSyncAfter(killed.db, ['sync', ...FAST, '--concurrency', '1', server.listUrl(FQDN)], 3)).toBe('SIGKILL');
      const partial = periodsDone(killed.db);
      expect(partial).toBeGreaterThanOrEqual(3);
      expect(partial).toBeLessThan(8);
      server.setExportDelay(0);
      const resumed = await runArchive(['--db', killed.db, 'sync', ...FAST]);
      expect(resumed.code).toBe(0);
      expect(syncSnapshot(killed.db)).toEqual(syncSnapshot(clean.db));
    } finally {
      clean.cleanup();
      killed.cleanup();
    }
  }, 60_000);
});
