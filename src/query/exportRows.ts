/**
 * `archive export`: reports and their items for analysis in other tools. Each project's history
 * is computed whole (so an item's status compares with the previous report even when that one
 * is outside --since/--until), then filtered. jsonl: one report per line, with its items;
 * csv: one row per item.
 */
import type { Db } from '../store/index.js';
import { ArchiveError } from '../errors.js';
import { projectHistory, type HistoryReport } from './history.js';
import { listProjects } from './overview.js';
import { aliasClosure, type AliasPair } from './projectNames.js';

export interface ExportQuery {
  project?: string;
  list?: string;
  since?: string;
  until?: string;
  aliases?: AliasPair[];
}

export interface ExportReport {
  project: string;
  report: HistoryReport;
}

/** Every (project, report) pair in scope, oldest first. */
export function exportReports(db: Db, q: ExportQuery = {}): ExportReport[] {
  if (q.since && q.until && q.since > q.until) throw new ArchiveError('E_USAGE', `--since ${q.since} is after --until ${q.until}`);
  const names: string[] = [];
  if (q.project) names.push(q.project);
  else {
    const done = new Set<string>();
    for (const p of listProjects(db)) {
      if (done.has(p.key)) continue;
      for (const k of aliasClosure(db, p.key, q.aliases)) done.add(k);
      names.push(p.name);
    }
  }
  const out: ExportReport[] = [];
  for (const name of names) {
    const h = projectHistory(db, { project: name, aliases: q.aliases });
    for (const r of h.reports) {
      if (q.since && r.month < q.since) continue;
      if (q.until && r.month > q.until) continue;
      if (q.list && !r.lists.some((l) => l.toLowerCase() === q.list!.toLowerCase())) continue;
      out.push({ project: name, report: r });
    }
  }
  return out.sort((a, b) => (a.report.date ?? a.report.month).localeCompare(b.report.date ?? b.report.month) || a.project.localeCompare(b.project));
}
