/**
 * Series end to end on the sample archive: the "jdarcy status (<month> <n>)" posts are one
 * series of reports (its replies, which keep the subject, are not more posts of it), the
 * glusterfs release announcements a series of non-reports; a user's pin changes what the
 * series' posts are, at once and across a reindex.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../fixtures/server/fixtureServer.js';
import { runArchive, tempDir, FAST } from '../support/cli.js';
import { ARCHIVES } from '../support/fixtureArchive.js';

let server: FixtureServer;
const tmp = tempDir();
const db = () => ['--db', tmp.db];

beforeAll(async () => {
  server = await startFixtureServer({ root: ARCHIVES });
  const r = await runArchive([...db(), 'sync', ...FAST, `${server.url}/pipermail/gluster-devel/`]);
  expect(r.code).toBe(0);
});
afterAll(async () => {
  await server.close();
  tmp.cleanup();
});

const seriesJson = async (...args: string[]) => {
  const r = await runArchive([...db(), 'series', '--format', 'json', ...args]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Array<{ name: string; posts: number; reports: number; verdict: string; pin: string | null; authors: string[]; first: string; last: string }>;
};
const reports = async () => JSON.parse((await runArchive([...db(), 'stats', '--format', 'json'])).stdout).reports as number;

describe('archive series', () => {
  it('lists the series of reports, counted by subject, with authors and months', async () => {
    const rows = await seriesJson();
    expect(rows.map((r) => r.name)).toEqual(['[Gluster-devel] jdarcy status (<date>)']);
    expect(rows[0]).toMatchObject({ posts: 5, reports: 5, verdict: 'report', pin: null, authors: ['Jeff Darcy'], first: '2014-10', last: '2015-03' });
  });

  it('with --all also lists series that are not reports', async () => {
    const rows = await seriesJson('--all');
    const released = rows.find((r) => r.name === '[Gluster-devel] glusterfs-<n>beta<n> released');
    expect(released).toMatchObject({ posts: 4, reports: 0, verdict: 'not a report' });
  });

  it('a ban makes none of the series\' posts a report, at once and after a reindex; clearing it restores them', async () => {
    const before = await reports();
    const ban = await runArchive([...db(), 'series', '--exclude', 'jdarcy status']);
    expect(ban.code).toBe(0);
    expect(ban.stdout).toMatch(/^series "\[Gluster-devel\] jdarcy status \(<date>\)": its posts are not reports \(\d+ post\(s\) derived again\)/);
    expect(await reports()).toBe(before - 5);
    const nsr = await runArchive([...db(), 'query', '--project', 'NSR']);
    expect(nsr.code).toBe(1);
    expect((await runArchive([...db(), 'reindex'])).code).toBe(0);
    expect(await reports()).toBe(before - 5);
    expect((await seriesJson())[0]).toMatchObject({ pin: 'exclude', reports: 0, verdict: 'report' }); // its own evidence still says report
    expect((await runArchive([...db(), 'series', '--clear', 'jdarcy'])).code).toBe(0);
    expect(await reports()).toBe(before);
  });

  it('says which series a name means, or that it means none', async () => {
    const none = await runArchive([...db(), 'series', '--include', 'no such series']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no series named "no such series"');
    const many = await runArchive([...db(), 'series', '--include', 'glusterfs']);
    expect(many.code).toBe(2);
    expect(many.stderr).toMatch(/names \d series/);
    const both = await runArchive([...db(), 'series', '--include', 'jdarcy', '--exclude', 'jdarcy']);
    expect(both.code).toBe(2);
  });
});
