/**
 * Issue 13 item 3: a public-inbox inbox syncs end to end against a fixture of public-inbox-httpd
 * on 127.0.0.1 (fixtures/server/publicInboxServer.ts) serving a v2 inbox the test builds with
 * git from real messages (fixtures/public-inbox/): the manifest's fingerprints say which epochs
 * moved, those are fetched with git (smart HTTP through git http-backend), each commit's `m` is a
 * message, message URLs are `<inbox>/<Message-ID>/`. Also a local inbox folder, and the bounds.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PublicInboxRepo, type InboxMessage } from '../../fixtures/server/publicInboxRepo.js';
import { startPublicInboxServer, type PublicInboxServer } from '../../fixtures/server/publicInboxServer.js';
import { runArchive, tempDir, FAST, FIXTURES } from '../support/cli.js';
import { query, periodsDone, syncSnapshot, killSyncAfter } from '../support/killedSync.js';
import { openDatabase, unpackRaw } from '../../src/store/index.js';
import { runSync, resolveListUrl } from '../../src/sync/index.js';

const NAME = 'ksummit-discuss';
const dir = join(FIXTURES, 'public-inbox', NAME);
const raws = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort().map((f) => readFileSync(join(dir, f)));


/** Messages 1-3 in epoch 0, 4-6 in epoch 1, 7-8 in epoch 2 (the 9th arrives later). */
function buildInbox(root: string): PublicInboxRepo {
  const inbox = new PublicInboxRepo(join(root, NAME), NAME);
  raws.slice(0, 8).forEach((raw, i) => {
    if (i % 3 === 0) inbox.addEpoch();
    inbox.add(raw);
  });
  return inbox;
}

const snapshot = (db: string) => ({ ...syncSnapshot(db), sizeLabels: query(db, 'SELECT period, size_label FROM periods ORDER BY period') });

/** One inbox built and served for the describe it is called in: `served.server` once started. */
function servedInbox(): { server: PublicInboxServer } {
  const served = {} as { server: PublicInboxServer };
  const site = tempDir('pi-site-');
  beforeAll(async () => { served.server = await startPublicInboxServer({ inboxes: [buildInbox(site.dir)] }); });
  afterAll(async () => { await served.server.close(); site.cleanup(); });
  return served;
}

describe('public-inbox over HTTP: first sync, no-change re-sync, one new message', () => {
  let server: PublicInboxServer;
  let inbox: PublicInboxRepo;
  const tmp = tempDir();
  const site = tempDir('pi-site-');
  beforeAll(async () => {
    inbox = buildInbox(site.dir);
    server = await startPublicInboxServer({ inboxes: [inbox] });
  });
  afterAll(async () => { await server.close(); tmp.cleanup(); site.cleanup(); });

  it('first sync: every epoch fetched with git, every message stored with its public-inbox URL', async () => {
    const r = await runArchive(['--db', tmp.db, 'sync', ...FAST, '--kind', 'public-inbox', server.inboxUrl(NAME)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${NAME}: registered as a public-inbox list (${server.inboxUrl(NAME)})\n`);
    expect(r.stdout).toContain(`${NAME}: 3 period(s) checked, 3 fetched, 8 new message(s), 0 failed\n`);
    // The manifest once, then git's smart HTTP for each epoch.
    expect(server.requests.filter((q) => q.path.endsWith('manifest.js.gz'))).toHaveLength(1);
    for (const n of [0, 1, 2]) expect(server.requests.some((q) => q.path.startsWith(`/${NAME}/git/${n}.git/`) && q.git === 'git-upload-pack')).toBe(true);
    const rows = query<{ message_id: string; url: string; period: string }>(tmp.db, 'SELECT message_id, url, period FROM messages ORDER BY period, id');
    expect(rows.map((m) => m.message_id)).toEqual(inbox.messages.map((m) => m.messageId));
    expect(rows.map((m) => m.period)).toEqual(['epoch-000', 'epoch-000', 'epoch-000', 'epoch-001', 'epoch-001', 'epoch-001', 'epoch-002', 'epoch-002']);
    for (const m of rows) expect(m.url).toBe(`${server.inboxUrl(NAME)}${m.message_id}/`);
    expect((await fetch(rows[4].url)).status).toBe(200); // the page is there: the URL is public-inbox's
    // Stored byte for byte as the inbox holds them.
    const row = query<{ raw: Buffer; raw_codec: number }>(tmp.db, 'SELECT raw, raw_codec FROM messages WHERE message_id = ?', inbox.messages[0].messageId)[0];
    const raw = unpackRaw(row.raw, row.raw_codec); // stored compressed (migration 12)
    expect(Buffer.compare(raw, raws[0])).toBe(0);
    expect(query<{ n: number }>(tmp.db, 'SELECT COUNT(*) AS n FROM analyses')[0].n).toBe(8);
    const lists = await runArchive(['--db', tmp.db, 'lists']);
    expect(lists.stdout).toMatch(new RegExp(`^${server.inboxUrl(NAME)} {2}public-inbox {2}8 message`));
    const status = await runArchive(['--db', tmp.db, 'status']);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('3 periods, 8 messages, 0 failing');
    // The epochs are mirrored beside the database.
    const mirrors = readdirSync(`${tmp.db}.public-inbox`);
    expect(mirrors).toHaveLength(1);
    expect(readdirSync(join(`${tmp.db}.public-inbox`, mirrors[0])).sort()).toEqual(['epoch-000.git', 'epoch-001.git', 'epoch-002.git']);
  });

  it('a re-sync with nothing new is one request (the manifest) and runs no git fetch', async () => {
    const before = query(tmp.db, 'SELECT COUNT(*) AS n, MAX(id) AS last FROM messages');
    server.resetLog();
    const r = await runArchive(['--db', tmp.db, 'sync', ...FAST, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).newMessages).toBe(0);
    expect(server.requests.map((q) => `${q.method} ${q.path}`)).toEqual([`GET /${NAME}/manifest.js.gz`]);
    expect(query(tmp.db, 'SELECT COUNT(*) AS n, MAX(id) AS last FROM messages')).toEqual(before);
  });

  let ninth: InboxMessage;
  it('one new message: the manifest, then a fetch of the one epoch that moved', async () => {
    ninth = inbox.add(raws[8]);
    server.resetLog();
    const r = await runArchive(['--db', tmp.db, 'sync', ...FAST, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).newMessages).toBe(1);
    const paths = server.requests.map((q) => q.path);
    expect(paths[0]).toBe(`/${NAME}/manifest.js.gz`);
    expect(paths.slice(1).every((p) => p.startsWith(`/${NAME}/git/2.git/`))).toBe(true);
    expect(paths.length).toBeLessThanOrEqual(4); // git's ref advertisement and one or two upload-pack POSTs
    const [row] = query<{ url: string; period: string }>(tmp.db, 'SELECT url, period FROM messages WHERE message_id = ?', ninth.messageId);
    expect(row).toEqual({ url: `${server.inboxUrl(NAME)}${ninth.messageId}/`, period: 'epoch-002' });
    server.resetLog();
    expect(JSON.parse((await runArchive(['--db', tmp.db, 'sync', ...FAST, '--json'])).stdout).newMessages).toBe(0);
    expect(server.requests).toHaveLength(1);
  });

  it('a removed message (a `d` commit) stores nothing and fails nothing; a new epoch is read from its start', async () => {
    inbox.remove(ninth);
    const epoch = inbox.addEpoch();
    const again = inbox.add(Buffer.from(raws[0].toString('latin1').replace(/^Message-ID: <[^>]+>/im, 'Message-ID: <resent.1@example.org>'), 'latin1'), epoch);
    const r = await runArchive(['--db', tmp.db, 'sync', ...FAST, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.newMessages).toBe(1);
    // Epoch 2 moved (its `d` commit is read past), epoch 3 is new.
    expect(out.lists[0].periods.map((p: { period: string; newMessages: number }) => `${p.period} ${p.newMessages}`)).toEqual(['epoch-002 0', 'epoch-003 1']);
    expect(out.lists[0].failures).toEqual([]);
    expect(query(tmp.db, 'SELECT period FROM messages WHERE message_id = ?', again.messageId)).toEqual([{ period: 'epoch-003' }]);
    expect(query<{ n: number }>(tmp.db, 'SELECT COUNT(*) AS n FROM messages')[0].n).toBe(10);
  });
});

describe('public-inbox: URLs, kinds and errors', () => {
  const served = servedInbox();

  it('any URL inside the inbox (a message, its mirror page, an epoch) is the same inbox, told as public-inbox', async () => {
    const tmp = tempDir();
    try {
      for (const u of [`${served.server.url}/${NAME}/20190912105632.GB32631@mit.edu/`, `${served.server.url}/${NAME}/_/text/mirror/`, `${served.server.url}/${NAME}/git/0.git`]) {
        const r = await runArchive(['--db', tmp.db, 'sync', ...FAST, '--json', u]);
        expect(r.code, u).toBe(0);
        expect(JSON.parse(r.stdout).lists[0]).toMatchObject({ url: served.server.inboxUrl(NAME), kind: 'public-inbox' });
      }
      expect(query(tmp.db, 'SELECT url, kind FROM lists')).toEqual([{ url: served.server.inboxUrl(NAME), kind: 'public-inbox' }]);
    } finally {
      tmp.cleanup();
    }
  });

  it('an inbox root on a host not known for public-inbox is told by its first response, and said so', async () => {
    const tmp = tempDir();
    try {
      const r = await runArchive(['--db', tmp.db, 'sync', ...FAST, served.server.inboxUrl(NAME)]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`${NAME}: registered as a public-inbox list (${served.server.inboxUrl(NAME)})\n`);
    } finally {
      tmp.cleanup();
    }
  });

  it('an inbox URL read as pipermail says it found a public-inbox page; a page with no manifest is named', async () => {
    const tmp = tempDir();
    try {
      const asPipermail = await runArchive(['--db', tmp.db, 'sync', ...FAST, '--kind', 'pipermail', served.server.inboxUrl(NAME)]);
      expect(asPipermail.code).toBe(1);
      expect(asPipermail.stderr).toMatch(/found a public-inbox page \(use --kind public-inbox\)/);
      const unknown = await runArchive(['--db', tmp.db, 'sync', ...FAST, '--kind', 'public-inbox', `${served.server.url}/nope/`]);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toMatch(/^error: \S+\/nope\/: .*404.* \(not registered\)\n$/);
      expect(query(tmp.db, 'SELECT url FROM lists')).toEqual([]);
    } finally {
      tmp.cleanup();
    }
  });

  it('without git: a one-line error naming what to install, and nothing registered', async () => {
    const tmp = tempDir();
    try {
      const r = await runArchive(['--db', tmp.db, 'sync', ...FAST, '--kind', 'public-inbox', served.server.inboxUrl(NAME)], { env: { ARCHIVE_GIT: join(tmp.dir, 'no-such-git') } });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/needs the git command line tool, which was not found: install git \(e\.g\. apt-get install git\)/);
      // The manifest was read, but the list is registered only... once its epochs could be read: it stays failing.
      expect(r.stderr.trim().split('\n').every((l) => /^error: /.test(l))).toBe(true);
    } finally {
      tmp.cleanup();
    }
  });

  it('a git fetch slower than --deadline is stopped, the epoch fails and is retried next run', async () => {
    const tmp = tempDir();
    try {
      served.server.setGitDelay(3000);
      const r = await runArchive(['--db', tmp.db, 'sync', '--delay', '0', '--timeout', '5', '--deadline', '1', '--kind', 'public-inbox', served.server.inboxUrl(NAME)]);
      served.server.setGitDelay(0);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/git fetch took longer than 1 s and was stopped \(will retry next run\)/);
      const resumed = await runArchive(['--db', tmp.db, 'sync', ...FAST, '--json']);
      expect(resumed.code).toBe(0);
      expect(JSON.parse(resumed.stdout).newMessages).toBe(8);
    } finally {
      served.server.setGitDelay(0);
      tmp.cleanup();
    }
  }, 30_000);
});

describe('public-inbox over dumb HTTP (a server without smart HTTP)', () => {
  it('git falls back to the static files public-inbox serves: the same messages', async () => {
    const site = tempDir('pi-site-');
    const tmp = tempDir();
    const inbox = buildInbox(site.dir);
    inbox.epochs().forEach((n) => inbox.repack(n));
    const server = await startPublicInboxServer({ inboxes: [inbox], dumbOnly: true });
    try {
      const r = await runArchive(['--db', tmp.db, 'sync', ...FAST, '--json', '--kind', 'public-inbox', server.inboxUrl(NAME)]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).newMessages).toBe(8);
      expect(server.requests.some((q) => q.git)).toBe(false);
      expect(server.requests.some((q) => q.path.includes('/objects/pack/pack-'))).toBe(true);
    } finally {
      await server.close();
      site.cleanup();
      tmp.cleanup();
    }
  });
});

describe('public-inbox: a sync killed mid-way', () => {
  const served = servedInbox();


  it('kill -9, then the next run resumes to the database of an uninterrupted sync', async () => {
    const clean = tempDir();
    const killed = tempDir();
    try {
      expect((await runArchive(['--db', clean.db, 'sync', ...FAST, '--kind', 'public-inbox', served.server.inboxUrl(NAME)])).code).toBe(0);
      served.server.setGitDelay(400);
      expect(await killSyncAfter(killed.db, ['sync', ...FAST, '--concurrency', '1', '--kind', 'public-inbox', served.server.inboxUrl(NAME)], 1)).toBe('SIGKILL');
      expect(periodsDone(killed.db)).toBeLessThan(3);
      served.server.setGitDelay(0);
      const resumed = await runArchive(['--db', killed.db, 'sync', ...FAST]);
      expect(resumed.code).toBe(0);
      expect(snapshot(killed.db)).toEqual(snapshot(clean.db));
    } finally {
      clean.cleanup();
      killed.cleanup();
    }
  }, 60_000);
});

describe('public-inbox: a local inbox folder', () => {
  const site = tempDir('pi-site-');
  let inbox: PublicInboxRepo;
  beforeAll(() => { inbox = buildInbox(site.dir); });
  afterAll(() => site.cleanup());

  it('archive sync /path/to/inbox reads its epochs in place, no HTTP; a re-sync reads nothing', async () => {
    const tmp = tempDir();
    try {
      const r = await runArchive(['--db', tmp.db, 'sync', inbox.dir]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`${NAME}: registered as a public-inbox list (file://${inbox.dir}/)`);
      expect(r.stdout).toMatch(/8 new message\(s\), 0 request\(s\)/);
      expect(query(tmp.db, 'SELECT DISTINCT url FROM messages')).toEqual([{ url: null }]);
      expect(existsSync(`${tmp.db}.public-inbox`)).toBe(false);
      const again = await runArchive(['--db', tmp.db, 'sync', '--json']);
      // Only the newest epoch is looked at (the others' fingerprints did not move), and it has nothing new.
      expect(JSON.parse(again.stdout).lists[0].periods.map((p: { period: string; result: string }) => `${p.period} ${p.result}`)).toEqual(['epoch-002 unchanged']);
      // One epoch's git clone alone (as the linux-mailinglist-archives mirrors are) is an inbox too.
      const one = await runArchive(['--db', tmp.db, 'sync', '--json', inbox.gitDir(1)]);
      expect(one.code).toBe(0);
      expect(JSON.parse(one.stdout).lists[0]).toMatchObject({ list: '1', kind: 'public-inbox', newMessages: 3 });
    } finally {
      tmp.cleanup();
    }
  });

  it('a folder that is no inbox, or no folder at all: a one-line error saying what it lacks', async () => {
    const tmp = tempDir();
    try {
      const missing = await runArchive(['--db', tmp.db, 'sync', join(tmp.dir, 'nope')]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/nope: no such folder \(give a list's URL, or a public-inbox inbox folder\)/);
      const r = await runArchive(['--db', tmp.db, 'sync', tmp.dir]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/is not a public-inbox inbox: found no git\/N\.git epochs, and it is not a git repository \(not registered\)\n$/);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      tmp.cleanup();
    }
  });

  it('a message larger than --max-size is left out with a warning, the rest is read', async () => {
    const tmp = tempDir();
    const big = new PublicInboxRepo(join(tmp.dir, 'big'), 'big');
    try {
      big.addEpoch();
      big.add(raws[0]);
      big.add(Buffer.concat([raws[1].subarray(0, raws[1].indexOf('\n\n') + 2), Buffer.alloc(2 * 1024 * 1024, 'x\n')]));
      const r = await runArchive(['--db', tmp.db, 'sync', '--max-size', '1', '--json', big.dir]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('warning: big epoch 0: 1 message(s) larger than 1048576 bytes left out\n');
      expect(JSON.parse(r.stdout).newMessages).toBe(1);
    } finally {
      tmp.cleanup();
    }
  });

  it('an epoch read in small chunks ends as the same database as one read whole', async () => {
    const whole = tempDir();
    const chunked = tempDir();
    try {
      const list = resolveListUrl(`file://${inbox.dir}/`);
      for (const [t, chunkCommits] of [[whole, undefined], [chunked, 2]] as const) {
        const db = openDatabase(t.db);
        try {
          const s = await runSync(db, [list], { publicInbox: { gitPath: 'git', env: { PATH: process.env.PATH ?? '' }, mirrorDir: null, chunkCommits } });
          expect(s.ok).toBe(true);
          // The sync wrote with its smaller page cache and gave the connection back its own.
          expect(db.pragma('cache_size', { simple: true })).toBe(-32768);
        } finally {
          db.close();
        }
      }
      expect(snapshot(chunked.db)).toEqual(snapshot(whole.db));
    } finally {
      whole.cleanup();
      chunked.cleanup();
    }
  });
});
