/** `archive projects` and `archive stats`: what the index holds, at a glance. */
import type { Db } from '../store/index.js';
import { aliasGroups, type AliasPair } from './projectNames.js';
import { summaryRows, summarize, byLastActivity, type ProjectSummary, type ProjectLine } from '../index/projectSummary.js';
import { projectsStored, storedSummaries, storedGroups, storedLines } from './storedProjects.js';

export type { ProjectSummary, ProjectLine };

/**
 * Every project with reports. A renamed project is one row: the names joined by aliases (declared
 * in posts, `JBR (formerly NSR)`, or in the aliases file) are one project, named as its latest
 * report names it, with its other names as aliases.
 *
 * Read from the lines the index stored; only the projects an aliases file joins are computed
 * (all of them with a filter, which changes what each line counts).
 */
export function listProjects(db: Db, opts: { list?: string; since?: string; aliases?: AliasPair[] } = {}): ProjectSummary[] {
  const group = aliasGroups(db, opts.aliases);
  if (opts.list || opts.since || !projectsStored(db)) return summarize(summaryRows(db), group, opts).sort(byLastActivity);
  const stored = storedSummaries(db);
  if (!opts.aliases?.length) return stored.map((s) => s.summary).sort(byLastActivity);
  // Stored groups the aliases file joins to another one: computed together, the rest as stored.
  const groupOfKey = storedGroups(db);
  const joined = new Map<string, string[]>();
  for (const g of new Set(groupOfKey.values())) {
    const root = group(g);
    joined.set(root, [...(joined.get(root) ?? []), g]);
  }
  const merged = new Set([...joined.values()].filter((gs) => gs.length > 1).flat());
  const out = stored.filter((s) => !merged.has(s.group)).map((s) => s.summary);
  if (merged.size) {
    const keys = [...groupOfKey].filter(([, g]) => merged.has(g)).map(([k]) => k);
    out.push(...summarize(summaryRows(db, keys), group));
  }
  return out.sort(byLastActivity);
}

/**
 * `archive projects`: what listProjects gives, without the per-month counts the command never
 * prints; read straight from the stored lines when it can (no filter, no aliases file, nothing
 * waiting to be computed again).
 */
export function listProjectLines(db: Db, opts: { list?: string; since?: string; aliases?: AliasPair[] } = {}): ProjectLine[] {
  if (opts.list || opts.since || opts.aliases?.length || !projectsStored(db)) {
    return listProjects(db, opts).map(({ byMonth: _, ...line }) => line);
  }
  return storedLines(db).sort(byLastActivity);
}

/** The registered lists' names, sorted (for filter forms). */
export function listNames(db: Db): string[] {
  return (db.prepare('SELECT name FROM lists ORDER BY name').all() as Array<{ name: string }>).map((r) => r.name);
}

export interface Stats {
  lists: number;
  periods: number;
  messages: number;
  rawRows: number;
  reports: number;
  projects: number;
  reviews: number;
  quarantined: number;
  failedPeriods: number;
}

export function stats(db: Db): Stats {
  const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    lists: one('SELECT COUNT(*) AS n FROM lists'),
    periods: one("SELECT COUNT(*) AS n FROM periods WHERE status = 'ok'"),
    messages: one('SELECT COUNT(DISTINCT msg_key) AS n FROM messages'),
    rawRows: one('SELECT COUNT(*) AS n FROM messages'),
    reports: one('SELECT COUNT(DISTINCT m.msg_key) AS n FROM analyses a JOIN messages m ON m.id = a.message_rowid WHERE a.is_report = 1'),
    projects: one("SELECT COUNT(DISTINCT s.project_key) AS n FROM sections s JOIN analyses a ON a.message_rowid = s.message_rowid AND a.is_report = 1 WHERE s.is_contents = 0 AND s.project_key <> ''"),
    reviews: one("SELECT COUNT(DISTINCT ref_key) AS n FROM refs WHERE kind = 'review'"),
    quarantined: one('SELECT COUNT(*) AS n FROM quarantine'),
    failedPeriods: one("SELECT COUNT(*) AS n FROM periods WHERE status = 'failed'"),
  };
}

export interface ListStatus {
  list: string;
  url: string;
  lastSync: string | null;
  lastOk: string | null;
  periods: number;
  messages: number;
  /** `missing`: runs in a row that found nothing for the period (404); `nextTry`: not asked for again before. */
  failed: Array<{ period: string; error: string | null; attempts: number; missing: number; nextTry: string | null }>;
  quarantined: number;
  /** Why the last run could not read the list itself (table unreachable...), or null. */
  error: string | null;
  errorAt: string | null;
}

export function listStatus(db: Db): ListStatus[] {
  const lists = db.prepare('SELECT id, name, url, last_sync_at, last_ok_at, last_error, last_error_at FROM lists ORDER BY name').all() as Array<{ id: number; name: string; url: string; last_sync_at: string | null; last_ok_at: string | null; last_error: string | null; last_error_at: string | null }>;
  return lists.map((l) => ({
    list: l.name, url: l.url, lastSync: l.last_sync_at, lastOk: l.last_ok_at,
    periods: (db.prepare("SELECT COUNT(*) AS n FROM periods WHERE list_id = ? AND status = 'ok'").get(l.id) as { n: number }).n,
    messages: (db.prepare('SELECT COUNT(DISTINCT msg_key) AS n FROM messages WHERE list_id = ?').get(l.id) as { n: number }).n,
    failed: db.prepare("SELECT period, error, attempts, missing, next_try_at AS nextTry FROM periods WHERE list_id = ? AND status = 'failed' ORDER BY period").all(l.id) as ListStatus['failed'],
    quarantined: (db.prepare('SELECT COUNT(*) AS n FROM quarantine q JOIN messages m ON m.id = q.message_rowid WHERE m.list_id = ?').get(l.id) as { n: number }).n,
    error: l.last_error, errorAt: l.last_error_at,
  }));
}
