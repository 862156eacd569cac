/**
 * Reading what the index stores per project (src/index/projectRollup.ts, migration 11): a
 * group's reports already diffed and its line of `archive projects`. The stored rows answer only
 * when nothing is waiting to be computed again (project_dirty is empty) and when the aliases
 * file does not join the group to another one; otherwise callers compute as before.
 */
import type { Db } from '../store/index.js';
import type { HistoryReport } from '../index/projectHistory.js';
import type { ProjectSummary, ProjectLine } from '../index/projectSummary.js';
import { reportFromJson } from '../index/reportJson.js'; // not the folder index: queries read stored reports without the parser
import type { StoredReview } from '../index/projectReviews.js';

/** True when the stored rows are up to date with the derived rows. */
export function projectsStored(db: Db): boolean {
  return !db.prepare('SELECT 1 FROM project_dirty LIMIT 1').get();
}

/** The one stored group holding the reports of `keys` (a name and its aliases), or null. */
export function storedGroup(db: Db, keys: string[]): string | null {
  if (!projectsStored(db)) return null;
  const rows = db.prepare(`SELECT DISTINCT group_key AS g FROM project_groups WHERE project_key IN (${keys.map(() => '?').join(',')})`).all(...keys) as Array<{ g: string }>;
  return rows.length === 1 ? rows[0].g : null;
}

/**
 * A stored group's reports, oldest first, up to a month (a prefix of the history diffs the same);
 * with `last`, only the last that many are read (each stored already diffed against the one
 * before it) and `earlier` counts the others: NSR's 1,920 reports are not parsed to show 24.
 */
export function storedHistory(db: Db, group: string, until?: string, last?: number): { names: string[]; reports: HistoryReport[]; earlier: number } {
  const names = JSON.parse((db.prepare('SELECT names FROM project_summaries WHERE group_key = ?').get(group) as { names: string }).names) as string[];
  const upTo = until ?? null;
  if (last === undefined) {
    const reports = (db.prepare('SELECT report FROM project_reports WHERE group_key = ? AND (? IS NULL OR month <= ?) ORDER BY ord')
      .all(group, upTo, upTo) as Array<{ report: string }>).map((r) => reportFromJson(r.report));
    return { names, reports, earlier: 0 };
  }
  const total = db.prepare('SELECT count(*) FROM project_reports WHERE group_key = ? AND (? IS NULL OR month <= ?)').pluck().get(group, upTo, upTo) as number;
  const reports = (db.prepare('SELECT report FROM project_reports WHERE group_key = ? AND (? IS NULL OR month <= ?) ORDER BY ord DESC LIMIT ?')
    .all(group, upTo, upTo, Math.max(0, last)) as Array<{ report: string }>).map((r) => reportFromJson(r.report)).reverse();
  return { names, reports, earlier: total - reports.length };
}

/**
 * Every stored group's reports of one month, each with the month of the report before it, by group.
 * One read of the month's rows (its index), not one per group: a group's rows span its whole
 * history, and a month's digest asks for dozens of groups.
 */
export function storedMonthReports(db: Db, month: string): Map<string, Array<{ report: HistoryReport; previousMonth: string | null }>> {
  const out = new Map<string, Array<{ report: HistoryReport; previousMonth: string | null }>>();
  const rows = db.prepare('SELECT group_key, report, prev_month FROM project_reports WHERE month = ? ORDER BY group_key, ord')
    .all(month) as Array<{ group_key: string; report: string; prev_month: string | null }>;
  for (const r of rows) {
    let list = out.get(r.group_key);
    if (!list) out.set(r.group_key, (list = []));
    list.push({ report: reportFromJson(r.report), previousMonth: r.prev_month });
  }
  return out;
}

/** Every stored group's line of `archive projects`, with the keys of each group. */
export function storedSummaries(db: Db): Array<{ group: string; summary: ProjectSummary }> {
  return (db.prepare('SELECT group_key, summary FROM project_summaries').all() as Array<{ group_key: string; summary: string }>)
    .map((r) => ({ group: r.group_key, summary: JSON.parse(r.summary) as ProjectSummary }));
}

/**
 * Every stored group's line of `archive projects` without its per-month counts: SQLite reads the
 * fields out of each summary's JSON, so a listing of thousands of projects does not build (and
 * collect) an object per month of each.
 */
export function storedLines(db: Db): ProjectLine[] {
  const rows = db.prepare(`SELECT json_extract(summary, '$.name') AS name, json_extract(summary, '$.key') AS key,
      json_extract(summary, '$.reports') AS reports, json_extract(summary, '$.first') AS first, json_extract(summary, '$.last') AS last,
      json_extract(summary, '$.lists') AS lists, json_extract(summary, '$.aliases') AS aliases FROM project_summaries`)
    .all() as Array<{ name: string; key: string; reports: number; first: string; last: string; lists: string; aliases: string }>;
  return rows.map((r) => ({ name: r.name, key: r.key, reports: r.reports, first: r.first, last: r.last,
    lists: JSON.parse(r.lists) as string[], aliases: JSON.parse(r.aliases) as string[] }));
}

/** project key -> stored group, for every key. */
export function storedGroups(db: Db): Map<string, string> {
  return new Map((db.prepare('SELECT project_key AS k, group_key AS g FROM project_groups').all() as Array<{ k: string; g: string }>).map((r) => [r.k, r.g]));
}

/** A stored group's reviews and bugs in listing order, or null when the group has none stored yet (a database older than them). */
export function storedReviews(db: Db, group: string): StoredReview[] | null {
  const row = db.prepare('SELECT reviews FROM project_reviews WHERE group_key = ?').get(group) as { reviews: string } | undefined;
  return row ? (JSON.parse(row.reviews) as StoredReview[]) : null;
}
