/**
 * Issue 2's contract end to end: `archive sync` of the generated sample archive over HTTP,
 * then `archive query --project NSR`, asserted against the archive's manifest.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import Database from 'better-sqlite3';
import { startFixtureServer, type FixtureServer } from '../../fixtures/server/fixtureServer.js';
import { runArchive, tempDir, FAST } from '../support/cli.js';
import { ARCHIVES, LISTS, manifest, manifestMessages } from '../support/fixtureArchive.js';

let server: FixtureServer;
const tmp = tempDir();
const urls = () => LISTS.map((l) => `${server.url}/pipermail/${l}/`);

beforeAll(async () => {
  server = await startFixtureServer({ root: ARCHIVES });
});
afterAll(async () => {
  await server.close();
  tmp.cleanup();
});

describe('archive sync of the sample archive', () => {
  it('stores every archived message once, with its archived page URL', async () => {
    const r = await runArchive(['--db', tmp.db, 'sync', ...FAST, ...urls()]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^gluster-devel: 7 period\(s\) checked, 7 fetched, 99 new message\(s\), 0 failed$/m);
    expect(r.stdout).toMatch(/^quiet-list: 0 period\(s\) checked/m);

    const db = new Database(tmp.db, { readonly: true });
    for (const list of ['gluster-devel', 'gluster-users', 'weekly-dev']) {
      const expected = manifestMessages(list);
      const rows = db.prepare(`SELECT m.period, m.seq, m.url, m.message_id FROM messages m JOIN lists l ON l.id = m.list_id WHERE l.name = ? ORDER BY m.seq`).all(list) as Array<{ period: string; seq: number; url: string; message_id: string | null }>;
      expect(rows.map((x) => [x.period, x.seq, x.message_id])).toEqual(
        [...expected].sort((a, b) => a.seq - b.seq).map((m) => [m.period, m.seq, m.messageId]),
      );
      for (const x of rows) expect(x.url).toBe(`${server.url}/pipermail/${list}/${x.period}/${String(x.seq).padStart(6, '0')}.html`);
    }
    // The late message dated 29 September, delivered in October, is filed in September.
    const late = db.prepare(`SELECT period FROM messages WHERE seq = 8356`).get() as { period: string };
    expect(late.period).toBe('2014-September');
    // Xavier Hernández's RFC 2047 name and the message with no Message-ID.
    expect(db.prepare(`SELECT COUNT(*) AS n FROM messages WHERE author_name = 'Xavier Hernández'`).get()).toEqual({ n: 5 });
    expect(db.prepare(`SELECT COUNT(*) AS n FROM messages WHERE message_id IS NULL AND msg_key LIKE 'sha256:%'`).get()).toEqual({ n: 1 });
    db.close();
  });

  it('judges exactly the manifest\'s reports to be reports', async () => {
    const db = new Database(tmp.db, { readonly: true });
    for (const list of ['gluster-devel', 'gluster-users', 'weekly-dev']) {
      const truth = manifestMessages(list).filter((m) => m.report).map((m) => m.seq).sort((a, b) => a - b);
      const found = (db.prepare(`SELECT m.seq FROM analyses a JOIN messages m ON m.id = a.message_rowid JOIN lists l ON l.id = m.list_id
        WHERE l.name = ? AND a.is_report = 1 ORDER BY m.seq`).all(list) as Array<{ seq: number }>).map((x) => x.seq);
      expect({ list, found }).toEqual({ list, found: truth });
    }
    db.close();
  });

  it('stats and projects follow the contract', async () => {
    const s = JSON.parse((await runArchive(['--db', tmp.db, 'stats', '--format', 'json'])).stdout);
    // 119 archived messages, one of them cross-posted to two lists with the same Message-ID.
    expect(s).toMatchObject({ lists: 4, messages: 118 });
    const reports = Object.values(manifest.lists).flatMap((l) => l.periods.flatMap((p) => p.messages)).filter((m) => m.report);
    expect(s.reports).toBe(new Set(reports.map((m) => m.messageId)).size);

    const projects = JSON.parse((await runArchive(['--db', tmp.db, 'projects', '--format', 'json'])).stdout) as Array<{ name: string; reports: number; first: string; last: string; lists: string[] }>;
    // NSR, renamed JBR in March 2015 ("JBR (formerly NSR)"), is one project named as its latest report names it.
    expect(projects.find((p) => p.name === 'JBR')).toEqual({ name: 'JBR', reports: 5, first: '2014-10', last: '2015-03', lists: ['gluster-devel'], aliases: ['NSR'] });
    expect(projects.find((p) => p.name === 'NSR')).toBeUndefined();
    expect(projects.find((p) => p.name === 'DHT')).toMatchObject({ reports: 3, first: '2014-10', last: '2015-02' });
  });
});

describe('archive query --project NSR', () => {
  it('gives the history month by month in the JSON contract, through the JBR rename', async () => {
    const r = await runArchive(['--db', tmp.db, 'query', '--project', 'nsr', '--format', 'json']);
    expect(r.code).toBe(0);
    const h = JSON.parse(r.stdout);
    expect(h.project).toBe('nsr');
    expect(h.names).toEqual(['NSR', 'JBR']);
    expect(h.reports.map((x: { month: string }) => x.month)).toEqual(['2014-10', '2014-11', '2014-12', '2015-02', '2015-03']);
    const [oct, nov, dec, feb, mar] = h.reports;
    expect(oct).toMatchObject({
      list: 'gluster-devel', month: '2014-10', date: '2014-10-08T20:20:34.000Z', author: 'Jeff Darcy',
      subject: 'jdarcy status (October 2014)', url: `${server.url}/pipermail/gluster-devel/2014-October/008357.html`,
      section: 'NSR', dropped: [],
    });
    expect(oct.messageId).toMatch(/@redhat\.com$/);
    expect(oct.items.map((i: { text: string }) => i.text)).toEqual([
      'http://review.gluster.org/#/c/8769/ xdata support in GFAPI',
      'http://review.gluster.org/#/c/8812/ GF_FOP_IPC',
      'http://review.gluster.org/#/c/8887/ etcd support',
      'http://review.gluster.org/#/c/8913/ code (I/O path and glusterd)',
      'http://review.gluster.org/#/c/8915/ design',
    ]);
    expect(oct.items.every((i: { status: string }) => i.status === 'added')).toBe(true);
    expect(oct.items[0].urls).toEqual(['http://review.gluster.org/#/c/8769/']);
    expect(oct.reviews.map((x: { id: string; system: string }) => `${x.system}:${x.id}`)).toEqual(['gerrit:8769', 'gerrit:8812', 'gerrit:8887', 'gerrit:8913', 'gerrit:8915']);
    expect(oct.bugs).toEqual([]);

    expect(nov.items.map((i: { status: string }) => i.status)).toEqual(['changed', 'changed', 'carried', 'carried', 'carried', 'added']);
    expect(dec.dropped).toEqual(expect.arrayContaining(['http://review.gluster.org/#/c/8887/ etcd support']));
    expect(dec.reviews.map((x: { id: string }) => x.id)).toContain('9320');
    // January has no report: the gap is shown.
    expect(feb.gapBefore).toEqual(['2015-01']);
    // 8913 moved from /#/c/8913/ to the short form with the same words: same review, carried.
    expect(feb.items.find((i: { text: string }) => i.text.includes('8913')).status).toBe('carried');
    expect(mar.section).toBe('JBR (formerly NSR)');
    // The NSR bullet under GlusterFS 4.0 is a mention, not a report.
    expect(h.mentions.map((m: { month: string; section: string; text: string }) => [m.month, m.section, m.text])).toContainEqual(['2014-10', 'GlusterFS 4.0', 'NSR']);
    expect(h.reports.every((r: { section: string }) => r.section !== 'GlusterFS 4.0')).toBe(true);
    expect(mar.reviews.map((x: { id: string }) => x.id)).toEqual(expect.arrayContaining(['9851', '8913', '9320', '9644']));
  });

  it('prints a readable timeline, markdown and CSV', async () => {
    const text = await runArchive(['--db', tmp.db, 'query', '--project', 'NSR']);
    expect(text.stdout).toMatch(/^2014-10 {2}Jeff Darcy/m);
    expect(text.stdout).toContain('no report in 2015-01');
    expect(text.stdout).not.toContain('\x1b['); // not a terminal: no colour
    const md = await runArchive(['--db', tmp.db, 'query', '--project', 'NSR', '--format', 'markdown']);
    expect(md.stdout).toMatch(/^## 2014-11 — Jeff Darcy$/m);
    const csv = await runArchive(['--db', tmp.db, 'query', '--project', 'NSR', '--format', 'csv']);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^project,month,date,author/);
    expect(lines.filter((l) => l.includes(',2014-10,')).length).toBe(5);
  });

  it('filters by month and says clearly when a project is unknown', async () => {
    const since = JSON.parse((await runArchive(['--db', tmp.db, 'query', '--project', 'NSR', '--since', '2014-12', '--until', '2015-02', '--format', 'json'])).stdout);
    expect(since.reports.map((x: { month: string }) => x.month)).toEqual(['2014-12', '2015-02']);
    const unknown = await runArchive(['--db', tmp.db, 'query', '--project', 'NRS']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^Error: no reports for project "NRS"; closest names: NSR(, [^\n]+)?\n$/);
    const bad = await runArchive(['--db', tmp.db, 'query', '--project', 'NSR', '--since', '2014-13']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/YYYY-MM/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('aliases and show', () => {
  it('an aliases file joins projects the posts never declared the same', async () => {
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const file = join(tmp.dir, 'renames.conf'); // not the default aliases.conf beside the database
    writeFileSync(file, '# projects renamed over time\nSSL = SSL and multi-threading\n');
    const h = JSON.parse((await runArchive(['--db', tmp.db, '--aliases', file, 'query', '--project', 'ssl', '--format', 'json'])).stdout);
    expect(h.names).toEqual(['SSL and multi-threading', 'SSL']);
    expect(h.reports.map((r: { month: string }) => r.month)).toEqual(['2014-10', '2014-11', '2014-12', '2015-02', '2015-03']);
    // Without the file they stay apart.
    const plain = JSON.parse((await runArchive(['--db', tmp.db, 'query', '--project', 'ssl', '--format', 'json'])).stdout);
    expect(plain.reports.map((r: { month: string }) => r.month)).toEqual(['2015-02', '2015-03']);
  });

  it('archive show prints whether a message is a report and why, by Message-ID or URL', async () => {
    const q = JSON.parse((await runArchive(['--db', tmp.db, 'query', '--project', 'NSR', '--format', 'json'])).stdout);
    const byId = await runArchive(['--db', tmp.db, 'show', `<${q.reports[0].messageId}>`, '--format', 'json']);
    expect(byId.code).toBe(0);
    const shown = JSON.parse(byId.stdout);
    expect(shown).toMatchObject({ list: 'gluster-devel', period: '2014-October', isReport: true, subject: '[Gluster-devel] jdarcy status (October 2014)' });
    expect(shown.reason).toMatch(/status/);
    const byUrl = await runArchive(['--db', tmp.db, 'show', q.reports[0].url]);
    expect(byUrl.stdout).toMatch(/report: yes/);
    const reply = await runArchive(['--db', tmp.db, 'show', `${server.url}/pipermail/gluster-devel/2014-October/008358.html`]);
    expect(reply.stdout).toMatch(/report: no \(.*repl/i);
    const none = await runArchive(['--db', tmp.db, 'show', '<nope@example.org>']);
    expect(none.code).toBe(1);
  });
});
