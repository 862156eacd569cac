/**
 * What the index stores per project (migration 11) answers exactly what the queries computed
 * before: every project's history, the projects list and every month's digest read from the
 * stored rows equal the same queries computed from sections, items and refs (forced by marking
 * a key dirty), on the sample archive synced list by list (cross-posts come in the middle of
 * histories); after messages are derived again or re-dated; an aliases file that joins two
 * stored projects is computed; a removed list leaves the rows marked until the next indexing run.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../src/store/index.js';
import { IndexWriter } from '../../src/index/index.js';
import { historyOf } from '../../src/index/projectHistory.js';
import { projectHistory, listProjects, listProjectLines, monthDigest, reportMonths, reviewsPage, type ReviewsQuery } from '../../src/query/index.js';
import { projectsStored } from '../../src/query/storedProjects.js';
import { startFixtureServer, type FixtureServer } from '../../fixtures/server/fixtureServer.js';
import { runArchive, tempDir, FIXTURES, FAST } from '../support/cli.js';

let server: FixtureServer;
const tmp = tempDir();
let db: Db;

beforeAll(async () => {
  server = await startFixtureServer({ root: join(FIXTURES, 'archives') });
  // One list per run: each run refreshes only the projects its mail touched.
  for (const l of ['gluster-devel', 'gluster-users', 'weekly-dev']) {
    const r = await runArchive(['--db', tmp.db, 'sync', ...FAST, `${server.url}/pipermail/${l}/`]);
    expect(r.code).toBe(0);
  }
  db = openDatabase(tmp.db);
});
afterAll(async () => {
  db.close();
  await server.close();
  tmp.cleanup();
});

/** Run `f` with the stored rows, then with them marked stale (so the queries compute). */
function storedAndComputed<T>(f: () => T): { stored: T; computed: T } {
  expect(projectsStored(db)).toBe(true);
  const stored = f();
  db.prepare("INSERT INTO project_dirty (project_key, message_rowid) VALUES ('(test)', 0)").run();
  try {
    expect(projectsStored(db)).toBe(false);
    return { stored, computed: f() };
  } finally {
    db.prepare("DELETE FROM project_dirty WHERE project_key = '(test)'").run();
  }
}

/** The filters `archive reviews --project` takes. */
function reviewQueries(project: string): ReviewsQuery[] {
  return [{ project }, { project, bugs: true }, { project, system: 'gerrit' }, { project, bugs: true, system: 'Bugzilla' }];
}

describe('stored project rows', () => {
  it('hold every project with reports, and its history diffed as the query diffs it', () => {
    const projects = listProjects(db);
    expect(projects.length).toBeGreaterThan(3);
    const nsr = projects.find((p) => p.name === 'JBR');
    expect(nsr?.aliases).toContain('NSR');
    for (const p of projects) {
      const { stored, computed } = storedAndComputed(() => projectHistory(db, { project: p.name }));
      expect(stored).toEqual(computed);
      // Field for field in the same order: what `query --format json` prints is the same text.
      expect(JSON.stringify(stored)).toBe(JSON.stringify(computed));
      expect(stored.reports).toHaveLength(p.reports);
      // Direct from the derived rows, as the index computes it.
      const keys = (db.prepare('SELECT project_key AS k FROM project_groups WHERE group_key = (SELECT group_key FROM project_groups WHERE project_key = ?)').all(p.key) as Array<{ k: string }>).map((r) => r.k);
      expect(historyOf(db, keys)?.reports).toEqual(stored.reports);
      // A prefix of the stored history diffs the same.
      const until = stored.reports[0].month;
      const prefix = storedAndComputed(() => projectHistory(db, { project: p.name, until }));
      expect(prefix.stored).toEqual(prefix.computed);
    }
  });

  it('answer the projects list and every month as computed', () => {
    const list = storedAndComputed(() => listProjects(db));
    expect(list.stored).toEqual(list.computed);
    // `archive projects` reads the stored lines' fields out of their JSON: the same lines, field for
    // field and in the same order, without the per-month counts
    const lines = storedAndComputed(() => listProjectLines(db));
    const withoutMonths = list.computed.map(({ byMonth: _, ...line }) => line);
    expect(JSON.stringify(lines.stored)).toBe(JSON.stringify(withoutMonths));
    expect(JSON.stringify(lines.computed)).toBe(JSON.stringify(withoutMonths));
    const months = reportMonths(db).map((m) => m.month);
    expect(months.length).toBeGreaterThan(3);
    for (const m of months) {
      const d = storedAndComputed(() => monthDigest(db, m));
      expect(d.stored).toEqual(d.computed);
      const l = storedAndComputed(() => monthDigest(db, m, { list: 'gluster-users' }));
      expect(l.stored).toEqual(l.computed);
    }
  });

  it("answer each project's page of reviews as computed from every mention", () => {
    let cut = 0;
    for (const p of listProjects(db)) {
      expect(db.prepare('SELECT 1 FROM project_reviews WHERE group_key = (SELECT group_key FROM project_groups WHERE project_key = ?)').get(p.key)).toBeDefined();
      for (const q of reviewQueries(p.name)) {
        const all = reviewsPage(db, q).total;
        for (let last = 1; last <= all + 1; last++) {
          const page = storedAndComputed(() => reviewsPage(db, q, last));
          expect(page.stored).toEqual(page.computed);
          expect(page.stored.total).toBe(all);
          if (page.stored.shown.length < all) cut++;
        }
      }
    }
    // every cut of every project's list (ties on the last month included)
    expect(cut).toBeGreaterThan(40);
  });

  it('answer reviews as before for a group stored before its list of reviews was (an older database)', () => {
    const nsr = listProjects(db).find((p) => p.name === 'JBR')!;
    const group = (db.prepare('SELECT group_key AS g FROM project_groups WHERE project_key = ?').get(nsr.key) as { g: string }).g;
    const stored = reviewsPage(db, { project: 'NSR', bugs: true }, 2);
    db.exec('SAVEPOINT older');
    try {
      db.prepare('DELETE FROM project_reviews WHERE group_key = ?').run(group);
      expect(reviewsPage(db, { project: 'NSR', bugs: true }, 2)).toEqual(stored);
    } finally {
      db.exec('ROLLBACK TO older; RELEASE older');
    }
  });

  it('step aside for an aliases file that joins two stored projects', () => {
    const [a, b] = listProjects(db).filter((p) => p.name !== 'JBR');
    const aliases = [{ a: a.name, b: b.name }];
    const joined = listProjects(db, { aliases });
    expect(joined).toHaveLength(listProjects(db).length - 1);
    const both = joined.find((p) => p.reports === a.reports + b.reports || p.aliases.includes(a.name) || p.aliases.includes(b.name));
    expect(both).toBeDefined();
    const list = storedAndComputed(() => listProjects(db, { aliases }));
    expect(list.stored).toEqual(list.computed);
    const h = storedAndComputed(() => projectHistory(db, { project: a.name, aliases }));
    expect(h.stored).toEqual(h.computed);
    expect(h.stored.reports.length).toBeGreaterThanOrEqual(a.reports);
  });

  it('follow messages derived again and a message whose date changed', () => {
    const all = () => listProjects(db).map((p) => projectHistory(db, { project: p.name }));
    const before = all();
    const ids = (db.prepare('SELECT id FROM messages ORDER BY id').all() as Array<{ id: number }>).map((r) => r.id);
    new IndexWriter(db).indexMessages(ids.slice(0, Math.ceil(ids.length / 2)), { again: true });
    expect(projectsStored(db)).toBe(true);
    expect(all()).toEqual(before);
    // The oldest report of the busiest project moves to the end of its history.
    const busiest = listProjects(db).sort((a, b) => b.reports - a.reports)[0];
    const first = projectHistory(db, { project: busiest.name }).reports[0];
    db.prepare("UPDATE messages SET date = '2030-01-01T00:00:00Z' WHERE message_id = ?").run(first.messageId);
    new IndexWriter(db).indexPending();
    const moved = storedAndComputed(() => projectHistory(db, { project: busiest.name }));
    expect(moved.stored).toEqual(moved.computed);
    expect(moved.stored.reports.at(-1)?.messageId).toBe(first.messageId);
    const list = storedAndComputed(() => listProjects(db));
    expect(list.stored).toEqual(list.computed);
    for (const q of reviewQueries(busiest.name)) {
      const page = storedAndComputed(() => reviewsPage(db, q, 2));
      expect(page.stored).toEqual(page.computed);
    }
  });

  it('are marked stale when a list is removed, and stored again by the next indexing run', async () => {
    db.close();
    const r = await runArchive(['--db', tmp.db, 'lists', 'remove', `${server.url}/pipermail/gluster-users/`, '--yes']);
    expect(r.code).toBe(0);
    db = openDatabase(tmp.db);
    expect(projectsStored(db)).toBe(false);
    const computed = listProjects(db);
    new IndexWriter(db).indexPending();
    expect(projectsStored(db)).toBe(true);
    expect(listProjects(db)).toEqual(computed);
    expect(computed.some((p) => p.lists.includes('gluster-users'))).toBe(false);
  });
});

describe('a run that defers the per-project rows (sync, import)', () => {
  it('leaves them marked while it indexes and stores them once at its end, as computing them would', () => {
    const ids = (db.prepare('SELECT id FROM messages ORDER BY id').all() as Array<{ id: number }>).map((r) => r.id);
    const deferred = new IndexWriter(db, { deferProjects: true });
    // derive every message again in two batches: the rows are marked, not refreshed
    deferred.indexMessages(ids.slice(0, Math.floor(ids.length / 2)));
    deferred.indexMessages(ids.slice(Math.floor(ids.length / 2)));
    expect((db.prepare('SELECT COUNT(*) AS n FROM project_dirty').get() as { n: number }).n).toBeGreaterThan(0);
    expect(projectsStored(db)).toBe(false);
    deferred.finishProjects();
    expect((db.prepare('SELECT COUNT(*) AS n FROM project_dirty').get() as { n: number }).n).toBe(0);
    const list = storedAndComputed(() => listProjects(db));
    expect(list.stored).toEqual(list.computed);
    for (const p of list.stored) {
      const h = storedAndComputed(() => projectHistory(db, { project: p.name }));
      expect(h.stored).toEqual(h.computed);
    }
  });
});
