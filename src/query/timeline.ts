/**
 * A project's history as a timeline: every month from its first report to its last (months with
 * no report included), and one lane per item followed from its first mention to its last, with a
 * mark for each report that mentions it and one for the report that dropped it. Pure: it reads a
 * ProjectHistory (projectHistory's answer), not the database. Drawn by format/timeline.ts.
 */
import type { ProjectHistory } from './history.js';

/**
 * What a report said of a lane's item: `added` (first mention), `changed`, `carried`, `stale`
 * (carried unchanged in 3+ reports), `merged` (the item says so, the first time it does),
 * `dropped` (the next report left it out).
 */
export type MarkKind = 'added' | 'changed' | 'carried' | 'stale' | 'merged' | 'dropped';

export interface TimelineMonth {
  month: string;
  /** Reports of the project that month (0: a month with no report). */
  reports: number;
}

export interface TimelineMark {
  kind: MarkKind;
  /** Index into history.reports (for `dropped`, the report that left the item out). */
  report: number;
  month: string;
  /** The report's place among that month's reports (0 for the first). */
  slot: number;
  /** The item's text in that report (for `dropped`, its last text). */
  text: string;
  /** First line of the item in the report's message body; null for `dropped`. */
  line: number | null;
}

export interface TimelineLane {
  /** The item's text when first mentioned, and when last mentioned. */
  text: string;
  lastText: string;
  label: string | null;
  /** First and last month it was mentioned in. */
  first: string;
  last: string;
  /** One per mention, oldest first, then the `dropped` mark when a later report left it out. */
  marks: TimelineMark[];
}

export interface TimelineReport {
  month: string;
  slot: number;
  date: string | null;
  author: string;
  subject: string;
  url: string | null;
  messageId: string | null;
}

export interface Timeline {
  project: string;
  names: string[];
  months: TimelineMonth[];
  reports: TimelineReport[];
  lanes: TimelineLane[];
}

const MERGED = /\bmerged\b/i;

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Every month from `first` to `last` inclusive (at most 1200). */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  if (!/^\d{4}-\d{2}$/.test(first) || !/^\d{4}-\d{2}$/.test(last)) return out;
  for (let m = first; m <= last && out.length < 1200; m = nextMonth(m)) out.push(m);
  return out;
}

export function projectTimeline(h: ProjectHistory): Timeline {
  const reports: TimelineReport[] = [];
  const perMonth = new Map<string, number>();
  for (const r of h.reports) {
    const slot = perMonth.get(r.month) ?? 0;
    perMonth.set(r.month, slot + 1);
    reports.push({ month: r.month, slot, date: r.date, author: r.author, subject: r.subject, url: r.url, messageId: r.messageId });
  }
  const dated = h.reports.map((r) => r.month).filter((m) => /^\d{4}-\d{2}$/.test(m));
  const months = dated.length ? monthRange(dated[0], dated[dated.length - 1]).map((month) => ({ month, reports: perMonth.get(month) ?? 0 })) : [];

  const lanes: TimelineLane[] = [];
  // The lane of each item of the previous report, by the item's index there.
  let prevLanes: number[] = [];
  const mergedSaid = new Set<number>();
  h.reports.forEach((r, ri) => {
    const cur: number[] = [];
    r.items.forEach((item, ii) => {
      let lane = item.previous >= 0 ? prevLanes[item.previous] : undefined;
      const says = MERGED.test(item.text) || item.children.some((c) => MERGED.test(c));
      let kind: MarkKind = item.status === 'added' ? 'added' : item.status === 'changed' ? 'changed' : item.stale ? 'stale' : 'carried';
      if (lane === undefined) {
        lane = lanes.length;
        lanes.push({ text: item.text, lastText: item.text, label: item.label, first: r.month, last: r.month, marks: [] });
      }
      if (says && !mergedSaid.has(lane)) {
        kind = 'merged';
        mergedSaid.add(lane);
      }
      const l = lanes[lane];
      l.marks.push({ kind, report: ri, month: r.month, slot: reports[ri].slot, text: item.text, line: item.lines[0] ?? null });
      l.last = r.month;
      l.lastText = item.text;
      cur[ii] = lane;
    });
    // Items of the previous report this one does not continue were dropped here.
    if (ri > 0) {
      const continued = new Set(cur);
      for (const lane of new Set(prevLanes)) {
        if (continued.has(lane)) continue;
        lanes[lane].marks.push({ kind: 'dropped', report: ri, month: r.month, slot: reports[ri].slot, text: lanes[lane].lastText, line: null });
      }
    }
    prevLanes = cur;
  });
  return { project: h.project, names: h.names, months, reports, lanes };
}
