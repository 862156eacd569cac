/** Period (volume) names of pipermail archives: `2014`, `2014q4`, `2014-October`, `Week-of-Mon-20141006`, `20141008`. */
import type { PeriodKind } from './types.js';

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

export interface PeriodRange {
  kind: Exclude<PeriodKind, 'unknown'>;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Day after the last day, YYYY-MM-DD. */
  end: string;
}

const day = (y: number, m: number, d: number): string => new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m && t.getUTCDate() === d;
}

/** Kind and date range of a period stem, or null for any other shape. */
export function periodFromName(name: string): PeriodRange | null {
  let m = /^(\d{4})$/.exec(name);
  if (m) {
    const y = Number(m[1]);
    return { kind: 'year', start: day(y, 0, 1), end: day(y + 1, 0, 1) };
  }
  m = /^(\d{4})q([1-4])$/.exec(name);
  if (m) {
    const y = Number(m[1]);
    const q = Number(m[2]) - 1;
    return { kind: 'quarter', start: day(y, q * 3, 1), end: day(y, q * 3 + 3, 1) };
  }
  m = /^(\d{4})-([A-Za-z]+)$/.exec(name);
  if (m) {
    const mo = MONTH_NAMES.indexOf(m[2]);
    if (mo < 0) return null;
    const y = Number(m[1]);
    return { kind: 'month', start: day(y, mo, 1), end: day(y, mo + 1, 1) };
  }
  m = /^(?:Week-of-Mon-)?(\d{4})(\d{2})(\d{2})$/.exec(name);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
    if (!validDay(y, mo, d)) return null;
    const week = name.startsWith('Week-of-Mon-');
    return { kind: week ? 'week' : 'day', start: day(y, mo, d), end: day(y, mo, d + (week ? 7 : 1)) };
  }
  return null;
}
