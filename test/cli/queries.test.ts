/**
 * search, reviews, month, export and query --diff end to end: the generated sample archive
 * (fixtures/archives/, see its README for the exact contents) served on 127.0.0.1, synced
 * through the CLI, then queried through the CLI.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import { startFixtureServer, type FixtureServer } from '../../fixtures/server/fixtureServer.js';
import { runArchive, tempDir, FIXTURES, FAST } from '../support/cli.js';

let server: FixtureServer;
const tmp = tempDir();
const archive = (...args: string[]) => runArchive(['--db', tmp.db, ...args]);

beforeAll(async () => {
  server = await startFixtureServer({ root: join(FIXTURES, 'archives') });
  const lists = ['gluster-devel', 'gluster-users', 'weekly-dev'].map((l) => `${server.url}/pipermail/${l}/`);
  const r = await archive('sync', ...FAST, ...lists);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
});
afterAll(async () => {
  await server.close();
  tmp.cleanup();
});

describe('archive search', () => {
  it('finds the reports that mention a word, best first, as JSON', async () => {
    const r = await archive('search', 'etcd', '--reports-only', '--format', 'json');
    expect(r.code).toBe(0);
    const hits = JSON.parse(r.stdout) as Array<{ month: string; author: string; subject: string; isReport: boolean; snippet: string; items: Array<{ project: string; text: string }> }>;
    expect(hits.map((h) => h.month).sort()).toEqual(['2014-10', '2014-11', '2014-12']);
    expect(hits.every((h) => h.author === 'Jeff Darcy' && h.isReport)).toBe(true);
    expect(hits.every((h) => h.snippet.includes('<mark>etcd</mark>'))).toBe(true);
    const oct = hits.find((h) => h.month === '2014-10')!;
    expect(oct.subject).toBe('jdarcy status (October 2014)');
    expect(oct.items).toEqual([{ project: 'NSR', text: 'http://review.gluster.org/#/c/8887/ etcd support', snippet: 'http://review.gluster.org/#/c/8887/ <mark>etcd</mark> support' }]);
  });

  it('shows the newest first by default, the same messages best first with --sort relevance', async () => {
    const json = async (...extra: string[]) => (JSON.parse((await archive('search', 'etcd', '--format', 'json', ...extra)).stdout) as Array<{ date: string; url: string }>);
    const byDate = await json();
    expect(byDate.length).toBeGreaterThan(2);
    expect(byDate.map((h) => h.date)).toEqual(byDate.map((h) => h.date).sort().reverse());
    const byRelevance = await json('--sort', 'relevance');
    expect(byRelevance.map((h) => h.url).sort()).toEqual(byDate.map((h) => h.url).sort());
  });

  it('counts a message cross-posted to two lists once', async () => {
    const r = await archive('search', 'subject:small-file', '--format', 'json');
    const hits = JSON.parse(r.stdout) as Array<{ month: string; lists: string[] }>;
    expect(hits.map((h) => h.month).sort()).toEqual(['2014-09', '2014-11', '2015-01', '2015-03']);
    expect(hits.find((h) => h.month === '2014-11')!.lists.sort()).toEqual(['gluster-devel', 'gluster-users']);
  });

  it('prints text with marked matches, and takes -word as an excluded word', async () => {
    const r = await archive('search', 'etcd', '-dropped', '--reports-only');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2014-1[01] {2}Jeff Darcy {2}jdarcy status/);
    expect(r.stdout).toContain('[etcd]');
    expect(r.stdout).not.toContain('December 2014'); // "I've dropped the etcd patch"
    expect(r.stdout).toMatch(/\n2 messages\n$/);
  });

  it('never crashes on stray query syntax; nothing to search for is a usage error', async () => {
    for (const q of ['"etcd', 'etcd)', 'NEAR(etcd', 'etcd AND', '*etcd', "review.gluster.org/#/c/8887/"]) {
      const r = await archive('search', q);
      expect(r.code, q).toBe(0);
      expect(r.stderr, q).toBe('');
    }
    const dash = await archive('search', '--', '-');
    expect(dash.code).toBe(2);
    expect(dash.stderr).toMatch(/^Error: nothing to search for in "-"/);
    const typo = await archive('search', 'etcd', '--limt', '3');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/unknown option '--limt'/);
  });
});

describe('archive reviews', () => {
  it("shows each NSR review's lifecycle across the rename to JBR", async () => {
    const r = await archive('reviews', '--project', 'NSR', '--format', 'json');
    expect(r.code).toBe(0);
    const revs = JSON.parse(r.stdout) as Array<{ id: string; first: string; last: string; statuses: string[]; lastStatus: string | null; projects: string[]; reports: Array<{ month: string }> }>;
    expect(revs.map((x) => x.id)).toEqual(['8769', '8812', '8887', '8913', '8915', '9052', '9320', '9644', '9851']);
    const r8913 = revs.find((x) => x.id === '8913')!;
    expect(r8913).toMatchObject({ first: '2014-10', last: '2015-03', statuses: ['merged'], lastStatus: 'merged' });
    expect(r8913.reports.map((m) => m.month)).toEqual(['2014-10', '2014-11', '2014-12', '2015-02', '2015-03']);
    expect(r8913.projects).toEqual(['NSR', 'JBR']);
    // 8887 was dropped in December.
    expect(revs.find((x) => x.id === '8887')).toMatchObject({ first: '2014-10', last: '2014-11' });
  });

  it('looks up one review by its short URL', async () => {
    const r = await archive('reviews', 'http://review.gluster.org/9320');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^gerrit 9320 {2}http:\/\/review\.gluster\.org\/9320\n {2}2014-12 \.\. 2015-03, 3 reports: merged\n/);
    const none = await archive('reviews', 'http://review.gluster.org/1');
    expect(none.code).toBe(1);
    expect(none.stderr).toBe('Error: no report mentions http://review.gluster.org/1\n');
  });

  it('lists bugs with --bugs, by system', async () => {
    const r = await archive('reviews', '--bugs', '--system', 'bugzilla', '--format', 'json');
    const bugs = JSON.parse(r.stdout) as Array<{ id: string; kind: string; reports: Array<{ month: string }> }>;
    expect(bugs.every((b) => b.kind === 'bug')).toBe(true);
    expect(bugs.find((b) => b.id === '1153569')!.reports.map((m) => m.month)).toEqual(['2014-10', '2014-12']);
    const bad = await archive('reviews', '--system', 'jira');
    expect(bad.code).toBe(2);
  });
});

describe('archive month', () => {
  it('digests every report of a month by project, compared with each project\'s previous report', async () => {
    const r = await archive('month', '2014-12', '--format', 'json');
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout) as { reports: number; authors: string[]; projects: Array<{ project: string; reports: Array<{ previousMonth: string | null; items: Array<{ status: string; text: string }>; dropped: string[] }> }> };
    expect(d.reports).toBe(3);
    expect(d.authors).toEqual(['Jeff Darcy', 'Niels de Vos', 'Shyam']);
    // Niels' "Bug triage and packaging status" is one project's report: its ## headings are areas of it.
    expect(d.projects.map((p) => p.project)).toEqual(['Bug triage and packaging', 'DHT', 'GlusterFS 4.0', 'NSR', 'SSL and multi-threading']);
    const nsr = d.projects.find((p) => p.project === 'NSR')!.reports[0];
    expect(nsr.previousMonth).toBe('2014-11');
    expect(nsr.items.map((i) => i.status)).toEqual(['carried', 'changed', 'changed', 'added']);
    expect(nsr.dropped.map((t) => t.split(' ')[0])).toEqual(['http://review.gluster.org/#/c/8769/', 'http://review.gluster.org/#/c/8812/', 'http://review.gluster.org/#/c/8887/']);
    // Niels' November report does not exist: December compares with October.
    expect(d.projects.find((p) => p.project === 'Bug triage and packaging')!.reports[0].previousMonth).toBe('2014-10');
  });

  it('renders markdown, and a month with a gap', async () => {
    const r = await archive('month', '2015-01', '--format', 'markdown');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Status reports, 2015-01\n\n1 report by Ben England\.\n\n## Small-file performance\n/);
    const none = await archive('month', '2013-05');
    expect(none.stdout).toBe('2013-05: no reports\n');
    const bad = await archive('month', '2015-13');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/expected a month as YYYY-MM/);
  });
});

describe('archive export', () => {
  it('writes one JSON line per report with its items', async () => {
    const r = await archive('export', '--format', 'jsonl', '--project', 'NSR');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { month: string; section: string; items: Array<{ status: string }> });
    expect(lines.map((l) => l.month)).toEqual(['2014-10', '2014-11', '2014-12', '2015-02', '2015-03']);
    expect(lines[4].section).toBe('JBR (formerly NSR)');
    expect(lines[4].items.map((i) => i.status)).toEqual(['added', 'changed', 'changed', 'carried']);
  });

  it('writes one CSV row per item', async () => {
    const r = await archive('export', '--format', 'csv', '--since', '2015-03', '--list', 'gluster-devel');
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n');
    expect(rows[0]).toBe('project,section,list,month,date,author,subject,url,message_id,item,status,label,stale,text,urls');
    expect(rows.slice(1).every((l) => l.includes(',gluster-devel,2015-03,'))).toBe(true);
    expect(rows.filter((l) => l.startsWith('JBR,JBR (formerly NSR),'))).toHaveLength(4);
    expect(rows.some((l) => l.includes(',Next Steps,,write the small-file tuning section for the admin guide,'))).toBe(true);
    const missing = await archive('export', '--project', 'NSR');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/required option '-f, --format <format>'/);
  });
});

describe('archive query --diff', () => {
  it("compares two months' reports directly", async () => {
    const r = await archive('query', '--project', 'NSR', '--diff', '2014-10..2015-02', '--format', 'json');
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout) as { from: { month: string }; to: { month: string }; items: Array<{ status: string; text: string }>; dropped: string[]; counts: Record<string, number> };
    expect([c.from.month, c.to.month]).toEqual(['2014-10', '2015-02']);
    // 8913 is carried although February writes its URL in the short form.
    expect(c.items.map((i) => [i.status, i.text.split(' ')[0]])).toEqual([
      ['carried', 'http://review.gluster.org/8913'],
      ['added', 'http://review.gluster.org/9052'],
      ['added', 'http://review.gluster.org/9320'],
      ['added', 'http://review.gluster.org/9644'],
    ]);
    expect(c.counts).toEqual({ added: 3, changed: 0, carried: 1, dropped: 4 });
  });

  it('prints text, and names the months with reports when one has none', async () => {
    const r = await archive('query', '--project', 'nsr', '--diff', '2014-11..2014-12');
    expect(r.stdout).toContain('   ~ http://review.gluster.org/#/c/8915/ design (merged)\n       was: http://review.gluster.org/#/c/8915/ design\n');
    expect(r.stdout).toMatch(/1 added, 2 changed, 1 carried, 3 dropped\n$/);
    const gap = await archive('query', '--project', 'NSR', '--diff', '2014-10..2015-01');
    expect(gap.code).toBe(1);
    expect(gap.stderr).toBe('Error: no NSR report in 2015-01\nNSR has reports in: 2014-10, 2014-11, 2014-12, 2015-02, 2015-03\n');
    const bad = await archive('query', '--project', 'NSR', '--diff', '2014-10');
    expect(bad.code).toBe(2);
  });
});

describe('help', () => {
  it('every new command has a summary and examples', async () => {
    const top = await archive('--help');
    for (const name of ['search', 'reviews', 'month', 'export']) {
      expect(top.stdout).toMatch(new RegExp(`\\n  ${name}\\b.*\\S`));
      const h = await archive(name, '--help');
      expect(h.code).toBe(0);
      expect(h.stdout).toContain('Examples:\n  $ archive ' + name);
    }
    expect((await archive('query', '--help')).stdout).toContain('--diff <FROM..TO>');
  });

  it('search keeps working after reindex', async () => {
    const before = (await archive('search', 'etcd', '--format', 'json')).stdout;
    const r = await archive('reindex');
    expect(r.code).toBe(0);
    expect((await archive('search', 'etcd', '--format', 'json')).stdout).toBe(before);
  });
});
