/**
 * Stores, per project, what the queries used to recompute on every call (migration 11): its
 * line of `archive projects` and its reports each diffed against the one before. A project is a
 * group of keys joined by the aliases posts declare. Triggers mark the keys whose rows changed
 * (project_dirty); after each indexing run `refreshProjects` computes those groups again, so
 * the stored rows are a function of the derived rows alone, whatever order mail came in: a sync
 * and a reindex store the same.
 */
import type { Db } from '../store/index.js';
import { PARSER_VERSION } from '../status/index.js';
import { historyRows, entriesOf, diffEntries, type DiffState, type HistoryEntry, type StoredReports, stateKey, stateAfter, type HistoryReport, type SectionRow } from './projectHistory.js';
import { summaryRows, summarize } from './projectSummary.js';
import { reportToJson, reportFromJson } from './reportJson.js';
import { groupReviews } from './projectReviews.js';

type Edges = Map<string, Set<string>>;

function aliasEdges(db: Db): Edges {
  const edges: Edges = new Map();
  const add = (a: string, b: string) => {
    const set = edges.get(a);
    if (set) set.add(b);
    else edges.set(a, new Set([b]));
  };
  for (const r of db.prepare('SELECT name_key, other_key FROM aliases').all() as Array<{ name_key: string; other_key: string }>) {
    add(r.name_key, r.other_key);
    add(r.other_key, r.name_key);
  }
  return edges;
}

/** The groups the keys fall into (each group sorted, its keys all reachable through aliases). */
function components(keys: Iterable<string>, edges: Edges): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const start of keys) {
    if (seen.has(start)) continue;
    seen.add(start);
    const group = [start];
    for (let i = 0; i < group.length; i++) {
      for (const n of edges.get(group[i]) ?? []) {
        if (!seen.has(n)) {
          seen.add(n);
          group.push(n);
        }
      }
    }
    out.push(group.sort());
  }
  return out;
}

function statements(db: Db) {
  return {
    group: db.prepare('INSERT INTO project_groups (project_key, group_key) VALUES (?, ?)'),
    summary: db.prepare('INSERT OR REPLACE INTO project_summaries (group_key, names, summary, parser_version) VALUES (?, ?, ?, ?)'),
    reviews: db.prepare('INSERT OR REPLACE INTO project_reviews (group_key, reviews) VALUES (?, ?)'),
    report: db.prepare(`INSERT INTO project_reports (group_key, ord, month, prev_month, report, messages, ref_keys, parser_version)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    storedReports: db.prepare('SELECT ord, messages FROM project_reports WHERE group_key = ? ORDER BY ord'),
    storedReport: db.prepare('SELECT report, ref_keys FROM project_reports WHERE group_key = ? AND ord = ?'),
    storedFrom: db.prepare('SELECT report, ref_keys, messages FROM project_reports WHERE group_key = ? AND ord >= ? ORDER BY ord'),
    dropReportsFrom: db.prepare('DELETE FROM project_reports WHERE group_key = ? AND ord >= ?'),
    drop: [
      db.prepare('DELETE FROM project_reports WHERE group_key = ?'),
      db.prepare('DELETE FROM project_summaries WHERE group_key = ?'),
      db.prepare('DELETE FROM project_groups WHERE group_key = ?'),
      db.prepare('DELETE FROM project_reviews WHERE group_key = ?'),
    ],
  };
}
type Statements = ReturnType<typeof statements>;

/** A group's names, line of `projects` and list of reviews: cheap, always computed whole. */
function storeSummary(db: Db, s: Statements, groupKey: string, keys: string[], rows: SectionRow[]): void {
  const [summary] = summarize(summaryRows(db, keys), () => groupKey);
  s.summary.run(groupKey, JSON.stringify([...new Set(rows.map((r) => r.project || r.title))]), JSON.stringify(summary), PARSER_VERSION);
  s.reviews.run(groupKey, JSON.stringify(groupReviews(db, rows)));
}

/** Store entries[from...] as reports from..., diffed on from the state after report from - 1. */
function storeReports(db: Db, s: Statements, groupKey: string, entries: HistoryEntry[], from: number, state?: DiffState, stored?: StoredReports): void {
  const { reports, refKeys } = diffEntries(db, entries.slice(from), state, stored);
  let prevMonth = state?.month ?? null;
  reports.forEach((r, i) => {
    s.report.run(groupKey, from + i, r.month, prevMonth, reportToJson(r), JSON.stringify(entries[from + i].messageIds), JSON.stringify(refKeys[i]), PARSER_VERSION);
    prevMonth = r.month;
  });
}

/** Compute and store each group (sorted keys) that has reports. */
function store(db: Db, s: Statements, groups: string[][]): number {
  let stored = 0;
  for (const keys of groups) {
    const rows = historyRows(db, keys);
    if (rows.length === 0) continue;
    const groupKey = keys[0];
    for (const k of keys) s.group.run(k, groupKey);
    storeSummary(db, s, groupKey, keys, rows);
    storeReports(db, s, groupKey, entriesOf(rows), 0);
    stored++;
  }
  return stored;
}

/**
 * A stored group whose keys did not change, some of whose messages did: its reports are kept up
 * to the first one that stands for other messages now or for a changed one, and computed again
 * from there (after a sync, usually only the new reports at the end).
 */
function update(db: Db, s: Statements, groupKey: string, keys: string[], changed: Set<number>): void {
  const rows = historyRows(db, keys);
  if (rows.length === 0) {
    for (const d of s.drop) d.run(groupKey);
    return;
  }
  const entries = entriesOf(rows);
  const stored = s.storedReports.all(groupKey) as Array<{ ord: number; messages: string }>;
  let from = 0;
  while (from < stored.length && from < entries.length && stored[from].messages === JSON.stringify(entries[from].messageIds)
    && !entries[from].messageIds.some((id) => changed.has(id))) from++;
  storeSummary(db, s, groupKey, keys, rows);
  if (from === stored.length && from === entries.length) return;
  let state: DiffState | undefined;
  if (from > 0) {
    const prev = s.storedReport.get(groupKey, from - 1) as { report: string; ref_keys: string };
    state = stateAfter(reportFromJson(prev.report), JSON.parse(prev.ref_keys) as string[][]);
  }
  // Reports from there on that stand for the same messages with the same inputs, diffed against
  // the same state, are kept as they are (a series re-derived its members and found the same
  // sections; a report of another list came in before them and their diff settled again).
  const before = new Map<string, { report: HistoryReport; refKeys: string[][]; before: string }>();
  let last = stateKey(state ?? { items: [], month: null });
  for (const row of s.storedFrom.all(groupKey, from) as Array<{ report: string; ref_keys: string; messages: string }>) {
    const report = reportFromJson(row.report);
    const refKeys = JSON.parse(row.ref_keys) as string[][];
    before.set(row.messages, { report, refKeys, before: last });
    last = stateKey(stateAfter(report, refKeys));
  }
  s.dropReportsFrom.run(groupKey, from);
  storeReports(db, s, groupKey, entries, from, state, (e) => before.get(JSON.stringify(e.messageIds)));
}

/**
 * Compute again what the marks in project_dirty say changed, then clear them: a group whose keys
 * stay the same from its first changed report on; a group an alias joins, splits or touches
 * (and every group it was part of) whole. Cheap when nothing is marked. Returns how many groups
 * were stored or updated.
 */
export function refreshProjects(db: Db): number {
  if (!db.prepare('SELECT 1 FROM project_dirty LIMIT 1').get()) return 0;
  // (IMMEDIATE, as IndexWriter's: it reads before it writes, and must wait for the lock, not fail)
  return db.transaction(() => {
    const s = statements(db);
    const edges = aliasEdges(db);
    const groupOf = db.prepare('SELECT group_key AS g FROM project_groups WHERE project_key = ?');
    const membersOf = db.prepare('SELECT project_key AS k FROM project_groups WHERE group_key = ? ORDER BY project_key');
    const changed = new Map<string, Set<number>>();
    for (const r of db.prepare('SELECT project_key AS k, message_rowid AS m FROM project_dirty').all() as Array<{ k: string; m: number }>) {
      const set = changed.get(r.k);
      if (set) set.add(r.m);
      else changed.set(r.k, new Set([r.m]));
    }
    // Everything connected to a marked key, now (aliases) or before (the group it was stored in).
    const keys = new Set(changed.keys());
    const oldGroups = new Map<string, string[]>();
    const todo = [...keys];
    while (todo.length) {
      const k = todo.pop()!;
      const next = [...(edges.get(k) ?? [])];
      const g = (groupOf.get(k) as { g: string } | undefined)?.g;
      if (g !== undefined && !oldGroups.has(g)) {
        const members = (membersOf.all(g) as Array<{ k: string }>).map((r) => r.k);
        oldGroups.set(g, members);
        next.push(...members);
      }
      for (const n of next) {
        if (!keys.has(n)) {
          keys.add(n);
          todo.push(n);
        }
      }
    }
    const whole: string[][] = [];
    const kept = new Set<string>();
    let n = 0;
    for (const group of components(keys, edges)) {
      const old = oldGroups.get(group[0]);
      const same = old !== undefined && old.length === group.length && old.every((k, i) => k === group[i]);
      if (same && !group.some((k) => changed.get(k)?.has(0))) {
        kept.add(group[0]);
        update(db, s, group[0], group, new Set(group.flatMap((k) => [...(changed.get(k) ?? [])])));
        n++;
      } else whole.push(group);
    }
    for (const g of oldGroups.keys()) if (!kept.has(g)) for (const d of s.drop) d.run(g);
    n += store(db, s, whole);
    db.exec('DELETE FROM project_dirty');
    return n;
  }).immediate();
}

/** Compute every group from scratch (reindex, with the marking triggers off). */
export function rebuildProjects(db: Db): number {
  return db.transaction(() => {
    db.exec('DELETE FROM project_reports; DELETE FROM project_summaries; DELETE FROM project_reviews; DELETE FROM project_groups; DELETE FROM project_dirty;');
    const edges = aliasEdges(db);
    const reported = (db.prepare(`SELECT DISTINCT s.project_key AS k FROM sections s JOIN analyses a ON a.message_rowid = s.message_rowid AND a.is_report = 1
      WHERE s.is_contents = 0 AND s.project_key <> ''`).all() as Array<{ k: string }>).map((r) => r.k);
    return store(db, statements(db), components(reported.sort(), edges));
  }).immediate();
}
