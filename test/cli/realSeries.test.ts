/**
 * A real archive with a known series, end to end: three captured periods of the real
 * twisted-python list (twistedmatrix.com, 2003-12 .. 2004-02, from the twisted/pipermail
 * repository at 75a0ed20f) hold "Twisted Weekly News #9", "#10" and "#11" and the list's
 * replies to them. Synced over HTTP from the fixture server, the archive must see one series of
 * reports, name its project "Twisted" (not "Twisted Weekly News #10", nor its generic headings
 * "Discussions" or "Current releases"), and tell its story with `query`.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import { startFixtureServer, type FixtureServer } from '../../fixtures/server/fixtureServer.js';
import { runArchive, tempDir, FIXTURES, FAST } from '../support/cli.js';

let server: FixtureServer;
const tmp = tempDir();
const db = ['--db', tmp.db];

beforeAll(async () => {
  server = await startFixtureServer({ root: join(FIXTURES, 'pipermail/real') });
  const r = await runArchive([...db, 'sync', ...FAST, '--since', '2003-12', '--until', '2004-02', `${server.url}/twistedmatrix.com/twisted-python/`]);
  expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  expect(r.code).toBe(0);
});
afterAll(async () => {
  await server.close();
  tmp.cleanup();
});

describe('a real series end to end (Twisted Weekly News, 2003-2004)', () => {
  it('sees the series, counted by subject, as reports', async () => {
    const r = await runArchive([...db, 'series', '--format', 'json']);
    const rows = JSON.parse(r.stdout) as Array<{ name: string; posts: number; reports: number; verdict: string; authors: string[] }>;
    const news = rows.find((s) => s.name === '[Twisted-Python] Twisted Weekly News #<n>');
    expect(news).toMatchObject({ posts: 3, reports: 3, verdict: 'report' });
  });

  it('names the project after the series, not after its issue numbers or generic headings', async () => {
    const r = await runArchive([...db, 'projects', '--format', 'json']);
    const names = (JSON.parse(r.stdout) as Array<{ name: string; reports: number }>).map((p) => p.name);
    expect(names).toContain('Twisted');
    for (const bad of ['Twisted Weekly News #10', 'Discussions', 'Current releases', '.. contents:', 'QOTW']) expect(names).not.toContain(bad);
    const twisted = (JSON.parse(r.stdout) as Array<{ name: string; reports: number; first: string; last: string }>).find((p) => p.name === 'Twisted');
    expect(twisted).toMatchObject({ reports: 3, first: '2003-12', last: '2004-02' });
  });

  it('tells the story issue by issue with query', async () => {
    const r = await runArchive([...db, 'query', '--project', 'twisted', '--format', 'json']);
    expect(r.code).toBe(0);
    const h = JSON.parse(r.stdout) as { reports: Array<{ subject: string; month: string; items: Array<{ label: string | null }> }> };
    expect(h.reports.map((x) => x.subject.replace(/^\[Twisted-Python\] /, ''))).toEqual(['Twisted Weekly News #9', 'Twisted Weekly News #10', 'Twisted Weekly News #11']);
    expect(h.reports.every((x) => x.items.length > 0)).toBe(true);
    // the generic headings became the areas the items are labelled with
    expect(h.reports[0].items.some((i) => i.label === 'Discussions')).toBe(true);
  });
});
