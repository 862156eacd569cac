/**
 * Pages of a project's reports for a reader (issue 14): the newest reports first, a page at a
 * time, each page named by the month it stops before (`?before=2024-03`), so that its address
 * stays the same as new reports arrive. A page holds whole months: it takes months from the
 * newest one before `before` backwards until it has at least `size` reports, so no report falls
 * between two pages. Pure: it reads the reports per month, oldest first.
 */

export interface MonthCount {
  month: string;
  reports: number;
}

export interface ReportPage {
  /** Index of the page's first (oldest) report among all reports, oldest first; and one past its last. */
  start: number;
  end: number;
  /** Its months, oldest first (empty when nothing comes before `before`). */
  first: string | null;
  last: string | null;
  /** `before` of the page of older reports, or null when this page holds the oldest. */
  older: string | null;
  /**
   * The page of newer reports: `before` of it, `''` when it is the newest page (the page's address
   * without `before`), or null when this page holds the newest report.
   */
  newer: string | null;
  /** All reports, all months. */
  total: number;
}

export const REPORTS_PER_PAGE = 24;

/** Months taken from index `from` going `step` (-1 back, +1 on) until at least `size` reports; the index reached. */
function gather(months: MonthCount[], from: number, step: 1 | -1, size: number): number {
  let i = from;
  let n = 0;
  while (i >= 0 && i < months.length) {
    n += months[i].reports;
    if (n >= size) break;
    if (i + step < 0 || i + step >= months.length) break;
    i += step;
  }
  return i;
}

/** The page of `months` (oldest first, each with at least one report) that stops before `before` (the newest page without it). */
export function reportPage(months: MonthCount[], before: string | undefined, size = REPORTS_PER_PAGE): ReportPage {
  const total = months.reduce((a, m) => a + m.reports, 0);
  const offsets: number[] = [];
  let at = 0;
  for (const m of months) {
    offsets.push(at);
    at += m.reports;
  }
  // The newest month before `before`.
  let hi = months.length - 1;
  if (before !== undefined) while (hi >= 0 && months[hi].month >= before) hi--;
  if (hi < 0) return { start: 0, end: 0, first: null, last: null, older: null, newer: months.length ? '' : null, total };
  const lo = gather(months, hi, -1, Math.max(1, size));
  let newer: string | null = null;
  if (hi < months.length - 1) {
    const top = gather(months, hi + 1, 1, Math.max(1, size));
    newer = top === months.length - 1 ? '' : months[top + 1].month;
  }
  return {
    start: offsets[lo], end: offsets[hi] + months[hi].reports, first: months[lo].month, last: months[hi].month,
    older: lo > 0 ? months[lo].month : null, newer, total,
  };
}

/** Reports per month of reports listed oldest first. */
export function monthCounts(reports: Array<{ month: string }>): MonthCount[] {
  const out: MonthCount[] = [];
  for (const r of reports) {
    const last = out[out.length - 1];
    if (last && last.month === r.month) last.reports++;
    else out.push({ month: r.month, reports: 1 });
  }
  return out;
}
