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
import { historyOf } from './projectHistory.js';
import { summaryRows, summarize } from './projectSummary.js';

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

/** Compute and store each group that has reports. */
function store(db: Db, groups: string[][]): number {
  const s = {
    group: db.prepare('INSERT INTO project_groups (project_key, group_key) VALUES (?, ?)'),
    summary: db.prepare('INSERT INTO project_summaries (group_key, names, summary, parser_version) VALUES (?, ?, ?, ?)'),
    report: db.prepare('INSERT INTO project_reports (group_key, ord, month, prev_month, report, parser_version) VALUES (?, ?, ?, ?, ?, ?)'),
  };
  let stored = 0;
  for (const keys of groups) {
    const h = historyOf(db, keys);
    if (!h) continue;
    const groupKey = keys[0];
    const [summary] = summarize(summaryRows(db, keys), () => groupKey);
    for (const k of keys) s.group.run(k, groupKey);
    s.summary.run(groupKey, JSON.stringify(h.names), JSON.stringify(summary), PARSER_VERSION);
    h.reports.forEach((r, i) => s.report.run(groupKey, i, r.month, i > 0 ? h.reports[i - 1].month : null, JSON.stringify(r), PARSER_VERSION));
    stored++;
  }
  return stored;
}

/**
 * Compute again the groups of the keys marked dirty (and every group an alias joins them to, or
 * that they were part of), then clear the marks. Cheap when nothing is marked. Returns how many
 * groups were stored.
 */
export function refreshProjects(db: Db): number {
  if (!db.prepare('SELECT 1 FROM project_dirty LIMIT 1').get()) return 0;
  return db.transaction(() => {
    const edges = aliasEdges(db);
    const groupOf = db.prepare('SELECT group_key AS g FROM project_groups WHERE project_key = ?');
    const membersOf = db.prepare('SELECT project_key AS k FROM project_groups WHERE group_key = ?');
    const keys = new Set((db.prepare('SELECT project_key AS k FROM project_dirty').all() as Array<{ k: string }>).map((r) => r.k));
    const oldGroups = new Set<string>();
    // Everything connected to a marked key, now (aliases) or before (the group it was stored in).
    const todo = [...keys];
    while (todo.length) {
      const k = todo.pop()!;
      const next = [...(edges.get(k) ?? [])];
      const g = (groupOf.get(k) as { g: string } | undefined)?.g;
      if (g !== undefined && !oldGroups.has(g)) {
        oldGroups.add(g);
        for (const r of membersOf.all(g) as Array<{ k: string }>) next.push(r.k);
      }
      for (const n of next) {
        if (!keys.has(n)) {
          keys.add(n);
          todo.push(n);
        }
      }
    }
    const drop = [
      db.prepare('DELETE FROM project_reports WHERE group_key = ?'),
      db.prepare('DELETE FROM project_summaries WHERE group_key = ?'),
      db.prepare('DELETE FROM project_groups WHERE group_key = ?'),
    ];
    for (const g of oldGroups) for (const d of drop) d.run(g);
    const stored = store(db, components(keys, edges));
    db.exec('DELETE FROM project_dirty');
    return stored;
  })();
}

/** Compute every group from scratch (reindex, with the marking triggers off). */
export function rebuildProjects(db: Db): number {
  return db.transaction(() => {
    db.exec('DELETE FROM project_reports; DELETE FROM project_summaries; DELETE FROM project_groups; DELETE FROM project_dirty;');
    const edges = aliasEdges(db);
    const reported = (db.prepare(`SELECT DISTINCT s.project_key AS k FROM sections s JOIN analyses a ON a.message_rowid = s.message_rowid AND a.is_report = 1
      WHERE s.is_contents = 0 AND s.project_key <> ''`).all() as Array<{ k: string }>).map((r) => r.k);
    return store(db, components(reported.sort(), edges));
  })();
}
