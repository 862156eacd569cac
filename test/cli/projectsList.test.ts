/**
 * `archive projects` on a big archive: most names come from a single report (a one-off update, a
 * post never followed up), and listed by last activity they bury the series a user is after. As
 * text, past 40 projects it lists those with two reports or more and says how many it left out;
 * --all, --min-reports and --sort choose otherwise; json and csv always hold every project.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runArchive, tempDir } from '../support/cli.js';

const tmp = tempDir();
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi'];
/** 45 distinct made-up project names, none a word the parser would drop. */
const NAMES = Array.from({ length: 45 }, (_, i) => `Zo${SYLLABLES[i % 8]}${SYLLABLES[Math.floor(i / 8) % 8]}x`);

function post(n: number, project: string, day: number, month = '05'): string {
  const date = `2021-${month}-${String(day).padStart(2, '0')}`;
  return [
    `From dev${n}@example.org Mon May  3 10:00:00 2021`,
    `From: Dev ${n} <dev${n}@example.org>`,
    `Subject: [dev] ${project} status report`,
    `Message-ID: <p${n}@example.org>`,
    `Date: ${new Date(`${date}T10:00:00Z`).toUTCString()}`,
    '',
    `Status of ${project} this week.`,
    '',
    'Done:',
    ' * merged the parser rewrite https://review.example.org/#/c/' + (1000 + n) + '/',
    ' * fixed the crash in the importer',
    'In progress:',
    ' * the new storage backend',
    'Next:',
    ' * release the next version',
    '',
  ].join('\n');
}

beforeAll(async () => {
  const posts = NAMES.map((name, i) => post(i, name, 1 + (i % 28)));
  // a series: three reports on one project, the oldest activity of all
  posts.push(post(100, 'Quuxbar', 1, '01'), post(101, 'Quuxbar', 1, '02'), post(102, 'Quuxbar', 1, '03'));
  const file = join(tmp.dir, 'dev.mbox');
  writeFileSync(file, posts.join('\n'));
  const r = await runArchive(['--db', tmp.db, 'import', file, '--list', 'dev']);
  expect(r.code, r.stderr).toBe(0);
}, 60_000);
afterAll(() => tmp.cleanup());

describe('archive projects on an archive with many one-report projects', () => {
  it('lists the series first and says how many single reports it left out', async () => {
    const r = await runArchive(['--db', tmp.db, 'projects']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^PROJECT\s+REPORTS/);
    expect(lines.slice(1, -1).map((l) => l.split(/\s+/)[0])).toEqual(['Quuxbar']);
    expect(lines.at(-1)).toBe('(and 45 projects with a single report: `archive projects --all` lists them)');
  });

  it('lists every project with --all, as json and as csv', async () => {
    const all = await runArchive(['--db', tmp.db, 'projects', '--all']);
    expect(all.stdout.trim().split('\n')).toHaveLength(1 + 46);
    const json = JSON.parse((await runArchive(['--db', tmp.db, 'projects', '--format', 'json'])).stdout) as Array<{ name: string; reports: number }>;
    expect(json).toHaveLength(46);
    expect((await runArchive(['--db', tmp.db, 'projects', '--format', 'csv'])).stdout.trim().split('\n')).toHaveLength(1 + 46);
  });

  it('sorts by reports or name, and keeps those with enough reports', async () => {
    const byReports = await runArchive(['--db', tmp.db, 'projects', '--all', '--sort', 'reports']);
    expect(byReports.stdout.split('\n')[1]).toMatch(/^Quuxbar\s+3\s+2021-01\s+2021-03/);
    const byName = (await runArchive(['--db', tmp.db, 'projects', '--all', '--sort', 'name'])).stdout.trim().split('\n').slice(1).map((l) => l.split(/\s+/)[0]);
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    const min = await runArchive(['--db', tmp.db, 'projects', '--min-reports', '2', '--format', 'json']);
    expect((JSON.parse(min.stdout) as Array<{ name: string }>).map((p) => p.name)).toEqual(['Quuxbar']);
    const bad = await runArchive(['--db', tmp.db, 'projects', '--sort', 'size']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/size/);
  });
});
