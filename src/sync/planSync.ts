/**
 * Which periods a sync must fetch, from the archive table and what is already stored. Pure.
 *
 * Rule: a period is fetched when it is new, failed or pending last time, when its size label in
 * the table changed, when it is the newest period (mail is appended to it), or when it is the
 * previous period within `recheckDays` of the newest one starting (late mail, time zones).
 * When the archive's table is unchanged and the archive rewrites it whenever it stores mail
 * (`tableQuiet`: pipermail), nothing was stored since the last complete run: neither the newest
 * period nor the previous one is planned (periods failed, pending or waiting for their URLs still are).
 * A period found missing (404) is retried only once its `next_try_at` has passed. A period whose
 * text was stored with `--defer-urls` is planned again (reason `pages`) by the next run without
 * that flag, to give its messages their page URLs.
 * `full` fetches every period. `since`/`until` (YYYY-MM) bound the periods by their dates.
 */
import { compareText } from '../textOrder.js';

/**
 * `periods.source` of a period whose text is stored but whose messages still wait for their
 * archived page URLs (a pipermail period read with `--defer-urls`): the next run without the flag
 * reads its date.html. ('mbox': text read, URLs paired or given up on; 'html': read page by page.)
 */
export const URLS_PENDING = 'mbox-urls-pending';

/** What planning reads of a period (ArchivePeriod in source.ts has these). */
export interface PlanEntry {
  period: string;
  start: string | null;
  end: string | null;
  sizeLabel: string | null;
}

export interface StoredPeriod {
  period: string;
  status: 'ok' | 'failed' | 'pending';
  size_label: string | null;
  start: string | null;
  /** A period found missing is not asked for again before this time (ISO-8601). */
  next_try_at?: string | null;
  /** How its mail was read: 'mbox', 'html', or URLS_PENDING. */
  source?: string | null;
}

export interface PlanOptions {
  full?: boolean;
  since?: string;
  until?: string;
  recheckDays?: number;
  now?: Date;
  /** This run defers page URLs too: periods waiting for theirs are not planned for them. */
  deferUrls?: boolean;
  /** The table is unchanged since the last complete run, and the archive rewrites it with every message it stores. */
  tableQuiet?: boolean;
}

export type PlanReason = 'new' | 'retry' | 'changed' | 'newest' | 'recent' | 'full' | 'pages';

export interface PlannedPeriod<P extends PlanEntry = PlanEntry> {
  entry: P;
  reason: PlanReason;
  newest: boolean;
}

/** Is the period inside [since, until] (months, inclusive)? Unknown shapes are kept. */
export function inRange(e: { start: string | null; end: string | null }, since?: string, until?: string): boolean {
  if (!e.start) return true;
  const startMonth = e.start.slice(0, 7);
  // end is the day after the period: the last month covered is the month of end - 1 day.
  const lastDay = e.end ? new Date(Date.parse(e.end + 'T00:00:00Z') - 86_400_000).toISOString().slice(0, 7) : startMonth;
  if (since && lastDay < since) return false;
  if (until && startMonth > until) return false;
  return true;
}

export function newestFirst<T extends { start: string | null; period: string }>(entries: T[]): T[] {
  return [...entries].sort((a, b) => compareText(b.start ?? '', a.start ?? '') || compareText(b.period, a.period));
}

export function planSync<P extends PlanEntry>(toc: P[], stored: Map<string, StoredPeriod>, opts: PlanOptions = {}): Array<PlannedPeriod<P>> {
  const now = opts.now ?? new Date();
  const recheckMs = (opts.recheckDays ?? 5) * 86_400_000;
  const sorted = newestFirst(toc.filter((e) => inRange(e, opts.since, opts.until)));
  const newest = newestFirst(toc)[0];
  const out: Array<PlannedPeriod<P>> = [];
  sorted.forEach((entry) => {
    const isNewest = entry === newest;
    const prev = stored.get(entry.period);
    let reason: PlanReason | null = null;
    if (opts.full) reason = 'full';
    else if (!prev) reason = 'new';
    else if (prev.status !== 'ok') reason = prev.next_try_at && Date.parse(prev.next_try_at) > now.getTime() ? null : 'retry';
    else if (isNewest && !opts.tableQuiet) reason = 'newest';
    else if (entry.sizeLabel && prev.size_label && entry.sizeLabel !== prev.size_label) reason = 'changed';
    else if (prev.source === URLS_PENDING && !opts.deferUrls) reason = 'pages';
    else if (!opts.tableQuiet && newest && entry === newestFirst(toc)[1] && newest.start && now.getTime() - Date.parse(newest.start + 'T00:00:00Z') < recheckMs) reason = 'recent';
    if (reason) out.push({ entry, reason, newest: isNewest });
  });
  return out;
}
