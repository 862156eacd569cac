/** `archive projects` and `archive stats`: what the index holds, at a glance. */
import type { Db } from '../store/index.js';
import { aliasGroups, type AliasPair } from './projectNames.js';
import { projectKey } from '../status/index.js';

export interface ProjectSummary {
  name: string;
  key: string;
  reports: number;
  first: string;
  last: string;
  lists: string[];
  aliases: string[];
  /** Reports per month (YYYY-MM -> distinct report messages), for sparklines. */
  byMonth: Record<string, number>;
}

/**
 * Every project with reports. A renamed project is one row: the names joined by aliases (declared
 * in posts, `JBR (formerly NSR)`, or in the aliases file) are one project, named as its latest
 * report names it, with its other names as aliases.
 */
export function listProjects(db: Db, opts: { list?: string; since?: string; aliases?: AliasPair[] } = {}): ProjectSummary[] {
  const rows = db.prepare(`SELECT s.project_key AS key, s.project AS title, COALESCE(m.message_id, m.msg_key) AS mk,
      substr(COALESCE(m.date, p.start), 1, 7) AS month, l.name AS list
    FROM sections s
    JOIN analyses a ON a.message_rowid = s.message_rowid AND a.is_report = 1
    JOIN messages m ON m.id = s.message_rowid
    JOIN lists l ON l.id = m.list_id
    LEFT JOIN periods p ON p.list_id = m.list_id AND p.period = m.period
    WHERE s.is_contents = 0 AND s.project_key <> ''`).all() as Array<{ key: string; title: string; mk: string; month: string; list: string }>;
  const group = aliasGroups(db, opts.aliases);
  type Group = { titles: Map<string, string>; keys: Set<string>; msgs: Set<string>; months: string[]; lists: Set<string>; monthMsgs: Map<string, Set<string>> };
  const by = new Map<string, Group>();
  for (const r of rows) {
    if (opts.list && r.list.toLowerCase() !== opts.list.toLowerCase()) continue;
    if (opts.since && r.month < opts.since) continue;
    const root = group(r.key);
    const g: Group = by.get(root) ?? { titles: new Map(), keys: new Set(), msgs: new Set(), months: [], lists: new Set(), monthMsgs: new Map() };
    // the latest month a title was used in
    if ((g.titles.get(r.title) ?? '') <= (r.month ?? '')) g.titles.set(r.title, r.month ?? '');
    g.keys.add(r.key);
    g.msgs.add(r.mk);
    g.months.push(r.month);
    if (r.month) {
      const inMonth = g.monthMsgs.get(r.month) ?? new Set<string>();
      inMonth.add(r.mk);
      g.monthMsgs.set(r.month, inMonth);
    }
    g.lists.add(r.list);
    by.set(root, g);
  }
  const out: ProjectSummary[] = [];
  for (const g of by.values()) {
    const named = [...g.titles.entries()].sort((a, b) => b[1].localeCompare(a[1]) || a[0].localeCompare(b[0]));
    const name = named[0][0];
    const key = g.keys.has(projectKey(name)) ? projectKey(name) : [...g.keys][0];
    const months = g.months.filter(Boolean).sort();
    const aliases = [...new Set(named.slice(1).map(([t]) => t))].filter((t) => t.toLowerCase() !== name.toLowerCase());
    out.push({
      name, key, reports: g.msgs.size, first: months[0] ?? '', last: months[months.length - 1] ?? '',
      lists: [...g.lists].sort(), aliases,
      byMonth: Object.fromEntries([...g.monthMsgs.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([m, s]) => [m, s.size])),
    });
  }
  return out.sort((a, b) => b.last.localeCompare(a.last) || b.reports - a.reports || a.name.localeCompare(b.name));
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
