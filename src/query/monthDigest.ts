/**
 * `archive month YYYY-MM`: every report of one month, grouped by project, each item marked
 * added / changed / carried relative to that project's previous report (whenever that was).
 * The diff is projectHistory's: this module only picks the month's entries out of it.
 */
import type { Db } from '../store/index.js';
import { stripListPrefix } from '../mail/subject.js'; // not the folder index: queries need not load the MIME decoders
import type { ItemStatus } from '../index/diffItems.js';

export type { ItemStatus };
import { projectHistory, type HistoryReport } from './history.js';
import { storedGroup, storedMonthReports } from './storedProjects.js';
import { aliasClosure, type AliasPair } from './projectNames.js';
import type { ReportRef } from '../index/reportRef.js';
import { compareTextBase } from '../textOrder.js';

export interface DigestItem {
  text: string;
  /** Relative to the project's previous report; null for sections with no project name. */
  status: ItemStatus | null;
  label: string | null;
  urls: string[];
  stale: boolean;
}

export interface DigestReport extends Omit<ReportRef, 'month'> {
  section: string;
  /** Month of the project's previous report the items are compared with, or null for a first report. */
  previousMonth: string | null;
  items: DigestItem[];
  dropped: string[];
  /** What a report of prose says first (see HistoryReport.summary). */
  summary?: string;
}

export interface DigestProject {
  project: string;
  reports: DigestReport[];
}

export interface MonthDigest {
  month: string;
  /** Distinct report messages this month. */
  reports: number;
  authors: string[];
  projects: DigestProject[];
}

/** The month's stored reports by group (read once, when the first project asks). */
type StoredMonth = ReturnType<typeof storedMonthReports>;

interface SectionRow {
  section_id: number; project: string; project_key: string; mk: string; message_id: string | null; subject: string | null;
  author_name: string | null; date: string | null; url: string | null; list: string;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * The report sections of one month. Dated messages are found through messages_by_date; undated
 * ones (rare) by their period's start.
 */
export const MONTH_SECTIONS_SQL = `SELECT s.id AS section_id, COALESCE(NULLIF(s.project, ''), s.title) AS project, s.project_key, COALESCE(m.message_id, m.msg_key) AS mk,
    m.message_id, m.subject, m.author_name, m.date, m.url, l.name AS list
  FROM messages m
  JOIN analyses a ON a.message_rowid = m.id AND a.is_report = 1
  JOIN sections s ON s.message_rowid = m.id AND s.is_contents = 0
  JOIN lists l ON l.id = m.list_id
  LEFT JOIN periods p ON p.list_id = m.list_id AND p.period = m.period
  WHERE ((m.date >= @month AND m.date < @next) OR m.date IS NULL)
    AND substr(COALESCE(m.date, p.start), 1, 7) = @month
    AND (@list IS NULL OR l.name = @list COLLATE NOCASE)
  ORDER BY m.date, m.id, s.ord`;

/** A project's reports of the month, each diffed against the project's report before it (whenever that was). */
function monthReports(db: Db, keys: string[], project: string, month: string, stored: () => StoredMonth, aliases?: AliasPair[]): Array<{ report: HistoryReport; previousMonth: string | null }> {
  const group = storedGroup(db, keys);
  if (group !== null) return stored().get(group) ?? [];
  // The whole history up to this month, so the month's report is compared with the one before it.
  const h = projectHistory(db, { project, until: month, aliases });
  return h.reports.flatMap((report, i) => (report.month === month ? [{ report, previousMonth: i > 0 ? h.reports[i - 1].month : null }] : []));
}

export function monthDigest(db: Db, month: string, opts: { list?: string; aliases?: AliasPair[] } = {}): MonthDigest {
  const rows = db.prepare(MONTH_SECTIONS_SQL).all({ month, next: nextMonth(month), list: opts.list ?? null }) as SectionRow[];
  const projects: DigestProject[] = [];
  const done = new Set<string>();
  let storedRows: StoredMonth | undefined;
  const stored = (): StoredMonth => (storedRows ??= storedMonthReports(db, month));
  for (const r of rows) {
    if (r.project_key === '') continue;
    if (done.has(r.project_key)) continue;
    const keys = aliasClosure(db, r.project_key, opts.aliases);
    for (const k of keys) done.add(k);
    const reports: DigestReport[] = [];
    for (const { report: rep, previousMonth } of monthReports(db, keys, r.project || r.project_key, month, stored, opts.aliases)) {
      if (opts.list && !rep.lists.some((l) => l.toLowerCase() === opts.list!.toLowerCase())) continue;
      reports.push({
        list: rep.list, lists: rep.lists, date: rep.date, author: rep.author, subject: rep.subject, url: rep.url,
        messageId: rep.messageId, section: rep.section, previousMonth,
        items: rep.items.map((it) => ({ text: it.text, status: it.status, label: it.label, urls: it.urls, stale: it.stale })),
        dropped: rep.dropped,
        ...(rep.summary ? { summary: rep.summary } : {}),
      });
    }
    if (reports.length) projects.push({ project: r.project || r.project_key, reports });
  }
  // Sections with no project name (no heading, nothing in the subject): listed, not compared.
  const untitled = rows.filter((r) => r.project_key === '');
  if (untitled.length) {
    const items = db.prepare('SELECT text, label, urls FROM items WHERE section_id = ? AND parent_id IS NULL ORDER BY ord, id');
    const byMessage = new Map<string, DigestReport>();
    for (const r of untitled) {
      let rep = byMessage.get(r.mk);
      if (!rep) {
        rep = {
          list: r.list, lists: [r.list], date: r.date, author: r.author_name ?? '', subject: stripListPrefix(r.subject ?? ''),
          url: r.url, messageId: r.message_id, section: '', previousMonth: null, items: [], dropped: [],
        };
        byMessage.set(r.mk, rep);
      } else if (!rep.lists.includes(r.list)) {
        rep.lists.push(r.list);
        continue;
      }
      for (const i of items.all(r.section_id) as Array<{ text: string; label: string | null; urls: string }>) {
        rep.items.push({ text: i.text, status: null, label: i.label, urls: JSON.parse(i.urls) as string[], stale: false });
      }
    }
    projects.push({ project: '', reports: [...byMessage.values()] });
  }
  projects.sort((a, b) => (a.project === '' ? 1 : b.project === '' ? -1 : compareTextBase(a.project, b.project)));
  const authors = [...new Set(rows.map((r) => r.author_name ?? '').filter(Boolean))].sort();
  return { month, reports: new Set(rows.map((r) => r.mk)).size, authors, projects };
}

/** Every month with at least one report, oldest first, with its count of distinct report messages. */
export function reportMonths(db: Db, opts: { list?: string } = {}): Array<{ month: string; reports: number }> {
  return db.prepare(`SELECT substr(COALESCE(m.date, p.start), 1, 7) AS month, COUNT(DISTINCT COALESCE(m.message_id, m.msg_key)) AS reports
    FROM analyses a
    JOIN messages m ON m.id = a.message_rowid
    JOIN lists l ON l.id = m.list_id
    LEFT JOIN periods p ON p.list_id = m.list_id AND p.period = m.period
    WHERE a.is_report = 1 AND (@list IS NULL OR l.name = @list COLLATE NOCASE)
    GROUP BY month HAVING month IS NOT NULL AND month <> '' ORDER BY month`).all({ list: opts.list ?? null }) as Array<{ month: string; reports: number }>;
}
