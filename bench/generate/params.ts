/** What a generated archive is made of; the cache key of everything generated from it. */
import { createHash } from 'node:crypto';

export interface ArchiveParams {
  lists: number;
  years: number;
  /** Total messages over all lists and months (split unevenly, heavy periods included). */
  messages: number;
  /** Periods that get many times the usual traffic (big patch series): multi-MB PERIOD.txt. */
  heavyPeriods: number;
  /** Share of status posts (one per reporter per month). */
  statusShare: number;
  seed: number;
  /** Newest month, `YYYY-MM` (the current month by default, so a new message lands in it). */
  endMonth: string;
  /** Write message pages and the thread/subject/author indexes (what wget mirrors); the crawler needs only the TOC, date.html and PERIOD.txt(.gz). */
  pages: boolean;
  /** Write the messages of list 0 as a maildir too (for notmuch). */
  maildir: boolean;
}

export const LIST_NAMES = ['gluster-devel', 'gluster-users', 'infra', 'maintainers', 'packaging', 'integration', 'qa', 'docs', 'announce-discuss', 'community'];

export function listName(i: number): string {
  return i < LIST_NAMES.length ? LIST_NAMES[i] : `${LIST_NAMES[i % LIST_NAMES.length]}-${Math.floor(i / LIST_NAMES.length)}`;
}

export function currentMonth(now = new Date()): string {
  return `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Months oldest first: [year, month 0-11]. */
export function monthsOf(p: Pick<ArchiveParams, 'years' | 'endMonth'>): Array<[number, number]> {
  const [ey, em] = p.endMonth.split('-').map(Number);
  const out: Array<[number, number]> = [];
  const n = p.years * 12;
  for (let k = n - 1; k >= 0; k--) {
    const idx = ey * 12 + (em - 1) - k;
    out.push([Math.floor(idx / 12), idx % 12]);
  }
  return out;
}

/** Bump when the generator's output changes, so cached archives and databases are rebuilt. */
export const GENERATOR_VERSION = 2;

export function paramsKey(p: ArchiveParams): string {
  const s = JSON.stringify({ v: GENERATOR_VERSION, ...p });
  return createHash('sha256').update(s).digest('hex').slice(0, 12);
}
