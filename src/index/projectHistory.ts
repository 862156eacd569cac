/**
 * A project's reports, oldest first, each diffed against the project's previous report: what
 * `archive query` shows. Computed here, in the index stage, because the index stores it for
 * every project after each run (projectRollup.ts); the query stage reads it back, or computes it
 * with this same code when a filter or an aliases file makes the stored answer not apply.
 */
import type { Db } from '../store/index.js';
import { isPartHeading } from '../status/genericHeading.js'; // not the folder index: queries read this without the parser
import { stripListPrefix } from '../mail/subject.js'; // not the folder index: queries need not load the MIME decoders
import { diffItems, type ItemStatus } from './diffItems.js';
import type { ReportRef } from './reportRef.js';

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
  /**
   * For a report of prose (minutes, a status in paragraphs: no items to list), the start of what
   * it says: its sections' first text, whitespace folded, cut at a word near SUMMARY_CHARS. Absent
   * when it has items (they say it), and in reports stored before it was kept.
   */
  summary?: string;
  /** Months with no report between the previous report and this one. */
  gapBefore: string[];
  items: HistoryItem[];
  reviews: RefOut[];
  bugs: RefOut[];
  dropped: string[];
}

/** Which reports to keep before diffing (each kept report is compared with the kept one before it). */
export interface HistoryFilter {
  list?: string;
  since?: string;
  until?: string;
  author?: string;
}

export interface SectionRow {
  section_id: number; title: string; project: string; start_line: number; end_line: number; message_rowid: number;
  /** The start of the section's text (SUMMARY_READ characters). */
  text: string;
  message_id: string | null; msg_key: string; subject: string | null; author_name: string | null; date: string | null;
  url: string | null; list: string; period: string; period_start: string | null;
}

interface ItemRow { id: number; section_id: number; parent_id: number | null; text: string; label: string | null; urls: string; start_line: number; end_line: number }
interface RefRow { item_id: number | null; section_id: number; url: string; system: string; kind: string; ref_id: string | null; ref_key: string }

/** An item seen unchanged in this many reports in a row is stale. */
export const STALE_AFTER = 3;

/** How long a prose report's summary is, about (see HistoryReport.summary), and how much of a section's text is read for it. */
export const SUMMARY_CHARS = 240;
const SUMMARY_READ = 600;

/** The start of a prose report's first text, or undefined (see HistoryReport.summary). */
export function summaryOf(texts: string[]): string | undefined {
  // (without a greeting line: `Hi all,`, `Board,`)
  const text = texts.map((t) => t.replace(/^\s*(?:(?:hi|hello|hey|dear|greetings)\b[^\n,]{0,30}|[\p{L}][\p{L} .'-]{0,30}),[ \t]*\n/iu, '').replace(/\s+/g, ' ').trim()).find((t) => t.length > 0);
  if (!text) return undefined;
  if (text.length <= SUMMARY_CHARS) return text;
  const cut = text.slice(0, SUMMARY_CHARS + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > SUMMARY_CHARS / 2 ? cut.slice(0, space) : cut.slice(0, SUMMARY_CHARS)).replace(/[\s,;:.-]+$/, '')}…`;
}

function groupBy<T extends { section_id: number }>(rows: T[]): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const r of rows) {
    const list = m.get(r.section_id);
    if (list) list.push(r);
    else m.set(r.section_id, [r]);
  }
  return m;
}

export function monthOf(date: string | null, periodStart: string | null): string {
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

/**
 * The reports of the projects named by `keys` (one project: a name and its aliases), with the
 * names their sections use; null when none of the keys has a report.
 */
/** The statements of historyOf, prepared once per database connection (the index runs it for many projects). */
const statements = new WeakMap<Db, ReturnType<typeof prepare>>();

function prepare(db: Db) {
  return {
    rows: db.prepare(`SELECT s.id AS section_id, s.title, s.project, s.start_line, s.end_line, substr(s.text, 1, ${SUMMARY_READ}) AS text, m.id AS message_rowid, m.message_id, m.msg_key,
      m.subject, m.author_name, m.date, m.url, l.name AS list, m.period, p.start AS period_start
    FROM sections s
    JOIN analyses a ON a.message_rowid = s.message_rowid AND a.is_report = 1
    JOIN messages m ON m.id = s.message_rowid
    JOIN lists l ON l.id = m.list_id
    LEFT JOIN periods p ON p.list_id = m.list_id AND p.period = m.period
    WHERE s.project_key IN (SELECT value FROM json_each(?)) AND s.is_contents = 0
    ORDER BY COALESCE(m.date, p.start), m.id, s.ord`),
    items: db.prepare(`SELECT id, section_id, parent_id, text, label, urls, start_line, end_line FROM items
    WHERE section_id IN (SELECT value FROM json_each(?)) ORDER BY section_id, parent_id IS NOT NULL, ord, id`),
    refs: db.prepare(`SELECT item_id, section_id, url, system, kind, ref_id, ref_key FROM refs
    WHERE section_id IN (SELECT value FROM json_each(?)) ORDER BY section_id, id`),
  };
}

/** One report: a message's sections on the project (a cross-post or re-delivery counts once, with all its lists). */
export interface HistoryEntry extends SectionRow {
  lists: string[];
  sectionIds: number[];
  /** The start of each of those sections' text, in the same order. */
  texts: string[];
  /** Every stored message row the entry stands for (the first is the one whose sections are read). */
  messageIds: number[];
}

/**
 * A report stored before for the same entry, diffed then against the report before it in the
 * state `before` (stateKey); it is taken as it is when that state is the one it would be diffed
 * against now and its inputs (message fields, items, refs) are the same.
 */
export type StoredReports = (entry: HistoryEntry) => { report: HistoryReport; refKeys: string[][]; before: string } | undefined;

/** A diff state as a string, to compare states. */
export function stateKey(s: DiffState): string {
  return JSON.stringify([s.month, s.items]);
}

/** Where a history's diff stands after a report: what the next report is compared with. */
export interface DiffState {
  items: Array<{ text: string; refKeys: string[]; carriedFor: number }>;
  month: string | null;
}

function statementsOf(db: Db): ReturnType<typeof prepare> {
  let s = statements.get(db);
  if (!s) statements.set(db, (s = prepare(db)));
  return s;
}

/** The report sections of the projects named by `keys`, in history order. */
export function historyRows(db: Db, keys: string[]): SectionRow[] {
  return statementsOf(db).rows.all(JSON.stringify(keys)) as SectionRow[];
}

export function entriesOf(rows: SectionRow[]): HistoryEntry[] {
  const seen = new Map<string, HistoryEntry>();
  for (const r of rows) {
    const k = r.message_id ? `mid:${r.message_id}` : r.msg_key;
    const prev = seen.get(k);
    if (prev) {
      if (!prev.lists.includes(r.list)) prev.lists.push(r.list);
      if (prev.message_rowid === r.message_rowid) {
        prev.sectionIds.push(r.section_id);
        prev.texts.push(r.text);
      }
      if (!prev.messageIds.includes(r.message_rowid)) prev.messageIds.push(r.message_rowid);
    } else seen.set(k, { ...r, lists: [r.list], sectionIds: [r.section_id], texts: [r.text], messageIds: [r.message_rowid] });
  }
  return [...seen.values()];
}

export function historyOf(db: Db, keys: string[], f: HistoryFilter = {}): { names: string[]; reports: HistoryReport[] } | null {
  const rows = historyRows(db, keys);
  if (rows.length === 0) return null;
  const names = [...new Set(rows.map((r) => r.project || r.title))];
  const entries = entriesOf(rows).filter((r) => {
    const month = monthOf(r.date, r.period_start);
    if (f.since && month < f.since) return false;
    if (f.until && month > f.until) return false;
    if (f.list && !r.lists.some((l) => l.toLowerCase() === f.list!.toLowerCase())) return false;
    if (f.author && !(r.author_name ?? '').toLowerCase().includes(f.author.toLowerCase())) return false;
    return true;
  });
  return { names, reports: diffEntries(db, entries).reports };
}

/**
 * Each entry as a report diffed against the one before it; the first against `from` (the state
 * after the report before these, when only the end of a history is computed again).
 * `refKeys` gives, per report, each item's review and bug keys (what the next diff needs).
 */
export function diffEntries(db: Db, entries: HistoryEntry[], from: DiffState = { items: [], month: null }, stored?: StoredReports): { reports: HistoryReport[]; refKeys: string[][][] } {
  const s = statementsOf(db);
  // Items and refs of every section at once (two queries, not two per report).
  const sectionIds = JSON.stringify(entries.flatMap((r) => r.sectionIds));
  const itemsBySection = groupBy(s.items.all(sectionIds) as ItemRow[]);
  const refsBySection = groupBy(s.refs.all(sectionIds) as RefRow[]);

  const reports: HistoryReport[] = [];
  const refKeys: string[][][] = [];
  let prevItems = from.items;
  let prevMonth = from.month;
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
    const month = monthOf(r.date, r.period_start);
    const distinct = (kind: string): RefOut[] => {
      const m = new Map<string, RefOut>();
      for (const x of refs) if (x.kind === kind && !m.has(x.ref_key)) m.set(x.ref_key, { url: x.url, system: x.system, id: x.ref_id });
      return [...m.values()];
    };
    const head = {
      list: r.lists[0], lists: r.lists, month, date: r.date, author: r.author_name ?? '',
      subject: stripListPrefix(r.subject ?? ''), url: r.url, messageId: r.message_id,
      // The heading as written (for a git topic, its category), unless it was a generic one
      // (`Current Progress:`) standing for the subject's project.
      section: r.title && !isPartHeading(r.title) ? r.title : r.project,
      lines: [r.start_line, r.end_line] as [number, number],
      ...(top.length === 0 ? { summary: summaryOf(r.texts) } : {}),
    };
    const inputs = { items: top.map((i) => ({ text: i.text, urls: JSON.parse(i.urls) as string[], label: i.label, children: (childrenOf.get(i.id) ?? []).map((c) => c.text), lines: [i.start_line, i.end_line] as [number, number] })),
      reviews: distinct('review'), bugs: distinct('bug') };
    const old = stored?.(r);
    if (old && old.before === stateKey({ items: prevItems, month: prevMonth }) && sameInputs(old.report, old.refKeys, head, inputs, cur)) {
      reports.push(old.report);
      refKeys.push(old.refKeys);
      prevItems = stateAfter(old.report, old.refKeys).items;
      prevMonth = month;
      continue;
    }
    const diff = diffItems(prevItems, cur);
    const outItems: HistoryItem[] = top.map((i, n) => {
      const carriedFor = diff.status[n] === 'carried' ? prevItems[diff.previous[n]].carriedFor + 1 : 0;
      return {
        text: i.text, urls: JSON.parse(i.urls) as string[], status: diff.status[n], label: i.label,
        carriedFor, stale: carriedFor >= STALE_AFTER - 1,
        children: (childrenOf.get(i.id) ?? []).map((c) => c.text), lines: [i.start_line, i.end_line],
        previous: diff.previous[n],
      };
    });
    reports.push({
      ...head,
      gapBefore: prevMonth ? monthsBetween(prevMonth, month) : [],
      items: outItems, reviews: inputs.reviews, bugs: inputs.bugs,
      dropped: diff.dropped.map((j) => prevItems[j].text),
    });
    refKeys.push(cur.map((c) => c.refKeys));
    // (fields by name: a spread followed by a field is some 3 us a call on Node 20)
    prevItems = cur.map((c, n) => ({ text: c.text, refKeys: c.refKeys, carriedFor: outItems[n].carriedFor }));
    prevMonth = month;
  }
  return { reports, refKeys };
}

/** Was a stored report made from these inputs (its message's fields, items and refs)? */
function sameInputs(old: HistoryReport, oldKeys: string[][], head: Record<string, unknown>, inputs: { items: unknown[]; reviews: RefOut[]; bugs: RefOut[] }, cur: Array<{ refKeys: string[] }>): boolean {
  const was = {
    head: { list: old.list, lists: old.lists, month: old.month, date: old.date, author: old.author, subject: old.subject, url: old.url, messageId: old.messageId, section: old.section, lines: old.lines,
      ...('summary' in old || old.items.length === 0 ? { summary: old.summary } : {}) },
    items: old.items.map((it) => ({ text: it.text, urls: it.urls, label: it.label, children: it.children, lines: it.lines })),
    reviews: old.reviews, bugs: old.bugs, refKeys: oldKeys,
  };
  return JSON.stringify(was) === JSON.stringify({ head, items: inputs.items, reviews: inputs.reviews, bugs: inputs.bugs, refKeys: cur.map((c) => c.refKeys) });
}

/** The state a stored report leaves for the next one. */
export function stateAfter(report: HistoryReport, refKeys: string[][]): DiffState {
  return { items: report.items.map((it, n) => ({ text: it.text, refKeys: refKeys[n], carriedFor: it.carriedFor })), month: report.month };
}
