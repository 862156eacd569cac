/**
 * A project's history: one entry per report, oldest first, each diffed against the project's
 * previous report. The JSON contract of `archive query` is this object (see README).
 */
import type { Db } from '../store/index.js';
import { projectKey, isGenericHeading } from '../status/index.js';
import { stripListPrefix } from '../mail/subject.js'; // not the folder index: queries need not load the MIME decoders
import { ArchiveError } from '../errors.js';
import { diffItems, type ItemStatus } from './diffItems.js';
import type { ReportRef } from './reportRef.js';
import { aliasClosure, closestProjects, type AliasPair } from './projectNames.js';

export interface RefOut { url: string; system: string; id: string | null }

export interface HistoryItem {
  text: string;
  urls: string[];
  status: ItemStatus;
  label: string | null;
  /** Reports in a row this item has been carried unchanged (0 when added or changed). */
  carriedFor: number;
  stale: boolean;
  children: string[];
  lines: [number, number];
  /** Index of the previous report's item this one continues (changed or carried), or -1 when added. */
  previous: number;
}

export interface HistoryReport extends ReportRef {
  section: string;
  lines: [number, number];
  /** Months with no report between the previous report and this one. */
  gapBefore: string[];
  items: HistoryItem[];
  reviews: RefOut[];
  bugs: RefOut[];
  dropped: string[];
}

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
}

export interface HistoryQuery {
  project: string;
  list?: string;
  since?: string;
  until?: string;
  author?: string;
  aliases?: AliasPair[];
}

interface SectionRow {
  section_id: number; title: string; project: string; start_line: number; end_line: number; message_rowid: number;
  message_id: string | null; msg_key: string; subject: string | null; author_name: string | null; date: string | null;
  url: string | null; list: string; period: string; period_start: string | null;
}

interface ItemRow { id: number; section_id: number; parent_id: number | null; text: string; label: string | null; urls: string; start_line: number; end_line: number }
interface RefRow { item_id: number | null; section_id: number; url: string; system: string; kind: string; ref_id: string | null; ref_key: string }

/** An item seen unchanged in this many reports in a row is stale. */
export const STALE_AFTER = 3;

function groupBy<T extends { section_id: number }>(rows: T[]): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const r of rows) {
    const list = m.get(r.section_id);
    if (list) list.push(r);
    else m.set(r.section_id, [r]);
  }
  return m;
}

function monthOf(date: string | null, periodStart: string | null): string {
  return (date ?? periodStart ?? '').slice(0, 7);
}

function monthsBetween(a: string, b: string): string[] {
  // Months strictly between a and b (YYYY-MM).
  const out: string[] = [];
  let [y, m] = a.split('-').map(Number);
  for (;;) {
    m++;
    if (m > 12) { m = 1; y++; }
    const s = `${y}-${String(m).padStart(2, '0')}`;
    if (s >= b || out.length > 600) break;
    out.push(s);
  }
  return out;
}

export function projectHistory(db: Db, q: HistoryQuery): ProjectHistory {
  const key = projectKey(q.project);
  const keys = aliasClosure(db, key, q.aliases);
  const ph = keys.map(() => '?').join(',');
  const rows = db.prepare(`SELECT s.id AS section_id, s.title, s.project, s.start_line, s.end_line, m.id AS message_rowid, m.message_id, m.msg_key,
      m.subject, m.author_name, m.date, m.url, l.name AS list, m.period, p.start AS period_start
    FROM sections s
    JOIN analyses a ON a.message_rowid = s.message_rowid AND a.is_report = 1
    JOIN messages m ON m.id = s.message_rowid
    JOIN lists l ON l.id = m.list_id
    LEFT JOIN periods p ON p.list_id = m.list_id AND p.period = m.period
    WHERE s.project_key IN (${ph}) AND s.is_contents = 0
    ORDER BY COALESCE(m.date, p.start), m.id, s.ord`).all(...keys) as SectionRow[];
  if (rows.length === 0) {
    const close = closestProjects(db, q.project);
    throw close.length
      ? new ArchiveError('E_NOT_FOUND', `no reports for project "${q.project}"; closest names: ${close.join(', ')}`)
      : new ArchiveError('E_NOT_FOUND', `no reports for project "${q.project}"`, 'no projects are indexed yet: run `archive sync <list-url>` first');
  }
  const names = [...new Set(rows.map((r) => r.project || r.title))];

  // One entry per message (a cross-posted or re-delivered message counts once).
  const seen = new Map<string, SectionRow & { lists: string[]; sectionIds: number[] }>();
  for (const r of rows) {
    const k = r.message_id ? `mid:${r.message_id}` : r.msg_key;
    const prev = seen.get(k);
    if (prev) {
      if (!prev.lists.includes(r.list)) prev.lists.push(r.list);
      if (prev.message_rowid === r.message_rowid) prev.sectionIds.push(r.section_id);
    } else seen.set(k, { ...r, lists: [r.list], sectionIds: [r.section_id] });
  }
  let entries = [...seen.values()];
  entries = entries.filter((r) => {
    const month = monthOf(r.date, r.period_start);
    if (q.since && month < q.since) return false;
    if (q.until && month > q.until) return false;
    if (q.list && !r.lists.some((l) => l.toLowerCase() === q.list!.toLowerCase())) return false;
    if (q.author && !(r.author_name ?? '').toLowerCase().includes(q.author.toLowerCase())) return false;
    return true;
  });

  // Items and refs of every section at once (two queries, not two per report).
  const sectionIds = JSON.stringify(entries.flatMap((r) => r.sectionIds));
  const itemsBySection = groupBy(db.prepare(`SELECT id, section_id, parent_id, text, label, urls, start_line, end_line FROM items
    WHERE section_id IN (SELECT value FROM json_each(?)) ORDER BY section_id, parent_id IS NOT NULL, ord, id`).all(sectionIds) as ItemRow[]);
  const refsBySection = groupBy(db.prepare(`SELECT item_id, section_id, url, system, kind, ref_id, ref_key FROM refs
    WHERE section_id IN (SELECT value FROM json_each(?)) ORDER BY section_id, id`).all(sectionIds) as RefRow[]);

  const reports: HistoryReport[] = [];
  let prevItems: Array<{ text: string; refKeys: string[]; carriedFor: number }> = [];
  let prevMonth: string | null = null;
  for (const r of entries) {
    const items = r.sectionIds.flatMap((id) => itemsBySection.get(id) ?? []);
    const refs = r.sectionIds.flatMap((id) => refsBySection.get(id) ?? []);
    const top = items.filter((i) => i.parent_id === null);
    const childrenOf = new Map<number, ItemRow[]>();
    for (const i of items) if (i.parent_id !== null) childrenOf.set(i.parent_id, [...(childrenOf.get(i.parent_id) ?? []), i]);
    const descendants = (id: number): number[] => (childrenOf.get(id) ?? []).flatMap((c) => [c.id, ...descendants(c.id)]);
    const refKeysOf = (id: number) => {
      const ids = new Set([id, ...descendants(id)]);
      return [...new Set(refs.filter((x) => x.item_id !== null && ids.has(x.item_id) && x.kind !== 'link').map((x) => x.ref_key))];
    };
    const cur = top.map((i) => ({ text: i.text, refKeys: refKeysOf(i.id) }));
    const diff = diffItems(prevItems, cur);
    const month = monthOf(r.date, r.period_start);
    const outItems: HistoryItem[] = top.map((i, n) => {
      const carriedFor = diff.status[n] === 'carried' ? prevItems[diff.previous[n]].carriedFor + 1 : 0;
      return {
        text: i.text, urls: JSON.parse(i.urls) as string[], status: diff.status[n], label: i.label,
        carriedFor, stale: carriedFor >= STALE_AFTER - 1,
        children: (childrenOf.get(i.id) ?? []).map((c) => c.text), lines: [i.start_line, i.end_line],
        previous: diff.previous[n],
      };
    });
    const distinct = (kind: string): RefOut[] => {
      const m = new Map<string, RefOut>();
      for (const x of refs) if (x.kind === kind && !m.has(x.ref_key)) m.set(x.ref_key, { url: x.url, system: x.system, id: x.ref_id });
      return [...m.values()];
    };
    reports.push({
      list: r.lists[0], lists: r.lists, month, date: r.date, author: r.author_name ?? '',
      subject: stripListPrefix(r.subject ?? ''), url: r.url, messageId: r.message_id,
      // The heading as written (for a git topic, its category), unless it was a generic one
      // (`Current Progress:`) standing for the subject's project.
      section: r.title && !isGenericHeading(r.title) ? r.title : r.project,
      lines: [r.start_line, r.end_line],
      gapBefore: prevMonth ? monthsBetween(prevMonth, month) : [],
      items: outItems, reviews: distinct('review'), bugs: distinct('bug'),
      dropped: diff.dropped.map((j) => prevItems[j].text),
    });
    prevItems = cur.map((c, n) => ({ ...c, carriedFor: outItems[n].carriedFor }));
    prevMonth = month;
  }
  return { project: q.project, names, reports, mentions: projectMentions(db, keys, q) };
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
