/**
 * A project's history: one entry per report, oldest first, each diffed against the project's
 * previous report. The JSON contract of `archive query` is this object (see README).
 */
import type { Db } from '../store/index.js';
import { projectKey } from '../status/projectKey.js'; // not the folder index: a query need not load the parser
import { stripListPrefix } from '../mail/subject.js'; // not the folder index: queries need not load the MIME decoders
import { ArchiveError } from '../errors.js';
import { historyOf, monthOf, type HistoryReport } from '../index/projectHistory.js';
import type { ReportRef } from '../index/reportRef.js';
import { aliasClosure, closestProjects, type AliasPair } from './projectNames.js';
import { storedGroup, storedHistory } from './storedProjects.js';

export { STALE_AFTER, type RefOut, type HistoryItem, type HistoryReport } from '../index/projectHistory.js';

/** A mention of the project inside another project's section (not a report of it). */
export interface HistoryMention extends ReportRef {
  /** The section it stands in, as written. */
  section: string;
  text: string;
}

export interface ProjectHistory {
  project: string;
  names: string[];
  reports: HistoryReport[];
  mentions: HistoryMention[];
  /**
   * Reports before `reports` that were counted but not read (only when the query asked for the
   * `last` ones): the project has `earlier + reports.length` reports.
   */
  earlier?: number;
}

export interface HistoryQuery {
  project: string;
  list?: string;
  since?: string;
  until?: string;
  author?: string;
  aliases?: AliasPair[];
  /**
   * Only the last this many reports are wanted (the text output's default): the others are counted
   * and not read. Each report is still diffed against the one before it in the whole history.
   */
  last?: number;
}

/**
 * The history as the index stored it (a prefix of it with `until`: the diffs are the same), or
 * computed when a filter changes which report each is compared with, or when the aliases file
 * joins stored projects.
 */
export function projectHistory(db: Db, q: HistoryQuery): ProjectHistory {
  const key = projectKey(q.project);
  const keys = aliasClosure(db, key, q.aliases);
  const group = q.since || q.list || q.author ? null : storedGroup(db, keys);
  const h = group !== null ? storedHistory(db, group, q.until, q.last) : historyOf(db, keys, q);
  if (!h) {
    const close = closestProjects(db, q.project);
    throw close.length
      ? new ArchiveError('E_NOT_FOUND', `no reports for project "${q.project}"; closest names: ${close.join(', ')}`)
      : new ArchiveError('E_NOT_FOUND', `no reports for project "${q.project}"`, 'no projects are indexed yet: run `archive sync <list-url>` first');
  }
  let { reports } = h;
  let earlier = (h as { earlier?: number }).earlier ?? 0;
  if (q.last !== undefined && reports.length > q.last) {
    earlier += reports.length - q.last;
    reports = reports.slice(-q.last);
  }
  return { project: q.project, names: h.names, reports, mentions: projectMentions(db, keys, q), ...(q.last !== undefined ? { earlier } : {}) };
}

function projectMentions(db: Db, keys: string[], q: HistoryQuery): HistoryMention[] {
  const rows = db.prepare(`SELECT s.title AS section, i.text, m.message_id, m.msg_key, m.subject, m.author_name, m.date, m.url,
      l.name AS list, p.start AS period_start
    FROM mentions mn
    JOIN sections s ON s.id = mn.section_id
    JOIN items i ON i.id = mn.item_id
    JOIN messages m ON m.id = mn.message_rowid
    JOIN lists l ON l.id = m.list_id
    LEFT JOIN periods p ON p.list_id = m.list_id AND p.period = m.period
    WHERE mn.project_key IN (${keys.map(() => '?').join(',')})
    ORDER BY COALESCE(m.date, p.start), m.id`).all(...keys) as Array<{ section: string; text: string; message_id: string | null; msg_key: string;
      subject: string | null; author_name: string | null; date: string | null; url: string | null; list: string; period_start: string | null }>;
  const seen = new Map<string, HistoryMention>();
  for (const r of rows) {
    const month = monthOf(r.date, r.period_start);
    if ((q.since && month < q.since) || (q.until && month > q.until)) continue;
    if (q.list && r.list.toLowerCase() !== q.list.toLowerCase()) continue;
    const k = `${r.message_id ?? r.msg_key}\u0000${r.section}`;
    const prev = seen.get(k);
    if (prev) {
      if (!prev.lists.includes(r.list)) prev.lists.push(r.list);
      continue;
    }
    seen.set(k, {
      list: r.list, lists: [r.list], month, date: r.date, author: r.author_name ?? '', subject: stripListPrefix(r.subject ?? ''),
      url: r.url, messageId: r.message_id, section: r.section, text: r.text,
    });
  }
  return [...seen.values()];
}
