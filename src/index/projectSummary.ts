/**
 * One line per project for `archive projects` and the projects page: report count, first and
 * last month, lists, reports per month. Computed here so the index can store it for every
 * project (projectRollup.ts); the query stage reads it back, or computes it with this code when
 * a filter or an aliases file makes the stored lines not apply.
 */
import type { Db } from '../store/index.js';
import { projectKey } from '../status/projectKey.js'; // not the folder index: queries read this without the parser

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

/** A project's line of `archive projects`: its summary without the per-month counts. */
export type ProjectLine = Omit<ProjectSummary, 'byMonth'>;

/** One report section: its project, its message, its month and list. */
export interface SummaryRow { key: string; title: string; mk: string; month: string; list: string }

/** The report sections of the projects named by `keys`, or of every project when `keys` is absent. */
export function summaryRows(db: Db, keys?: string[]): SummaryRow[] {
  return db.prepare(`SELECT s.project_key AS key, s.project AS title, COALESCE(m.message_id, m.msg_key) AS mk,
      substr(COALESCE(m.date, p.start), 1, 7) AS month, l.name AS list
    FROM sections s
    JOIN analyses a ON a.message_rowid = s.message_rowid AND a.is_report = 1
    JOIN messages m ON m.id = s.message_rowid
    JOIN lists l ON l.id = m.list_id
    LEFT JOIN periods p ON p.list_id = m.list_id AND p.period = m.period
    WHERE s.is_contents = 0 AND s.project_key <> ''${keys ? ` AND s.project_key IN (${keys.map(() => '?').join(',')})` : ''}`)
    .all(...(keys ?? [])) as SummaryRow[];
}

/**
 * The projects of `rows`, one per group (`group` maps a key to its group's representative):
 * named as the latest report names it, with its other names as aliases.
 */
export function summarize(rows: SummaryRow[], group: (key: string) => string, opts: { list?: string; since?: string } = {}): ProjectSummary[] {
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
  return out;
}

/** Most recently active first. */
export function byLastActivity(a: ProjectLine, b: ProjectLine): number {
  // months (YYYY-MM, or '' for none) order the same by code unit as by locale, and cost no ICU call
  return (a.last < b.last ? 1 : a.last > b.last ? -1 : 0) || b.reports - a.reports || a.name.localeCompare(b.name);
}
