/**
 * Robust date parsing for mail headers and pipermail pages. Accepts RFC 2822 dates with junk
 * (`+0200 CEST`, `(EDT)`), no zone, dotted times (`00.24.50`), absurd offsets (`+50579034`, read
 * as UTC with a warning), and ctime (`Wed Oct  1 13:08:57 CDT 2014`, `Wed Feb  7 20:28:34 1945`).
 * Returns ISO-8601 UTC. Never throws.
 */
import type { DateParse } from './types.js';

const MONTHS: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
};

/** Zone abbreviations in minutes east of UTC (RFC 822 obsolete zones + what pipermail prints). */
export const ZONE_OFFSETS: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, WET: 0, BST: 60, CET: 60, MET: 60, CEST: 120, MEST: 120, EET: 120, EEST: 180,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AKST: -540, AKDT: -480, HST: -600, JST: 540,
};

const TIME = String.raw`(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?`;
// [Www,] d Mmm yyyy hh:mm[:ss] [zone]
const RFC = new RegExp(String.raw`^(?:[A-Za-z]+,?\s*)?(\d{1,2})[\s-]+([A-Za-z]{3})[a-z]*\.?[\s-]+(\d{2,4})\s+${TIME}\s*(.*)$`);
// Www Mmm d hh:mm:ss [zone] yyyy   (ctime / pipermail <I> line)
const CTIME = new RegExp(String.raw`^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3})[a-z]*\s+(\d{1,2}),?\s+${TIME}\s+(?:([A-Za-z]{1,5}|[+-]\d{4})\s+)?(\d{4})\b`);
// ISO 8601
const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 2) return n < 50 ? 2000 + n : 1900 + n;
  if (y.length === 3) return 1900 + n;
  return n;
}

/** Parse a zone token; returns minutes east, or null + warning text. */
function zoneOffset(token: string | undefined): { off: number; warning: string | null } {
  if (!token) return { off: 0, warning: 'no time zone; UTC assumed' };
  const num = /^([+-])(\d+)$/.exec(token);
  if (num) {
    const digits = num[2];
    if (digits.length === 4) {
      const h = Number(digits.slice(0, 2));
      const m = Number(digits.slice(2));
      if (h < 24 && m < 60) return { off: (num[1] === '-' ? -1 : 1) * (h * 60 + m), warning: null };
    }
    return { off: 0, warning: `out-of-range zone offset ${token}; UTC assumed` };
  }
  const z = ZONE_OFFSETS[token.toUpperCase()];
  if (z !== undefined) return { off: z, warning: null };
  if (/^[A-IK-Za-ik-z]$/.test(token)) return { off: 0, warning: `military zone ${token}; UTC assumed` };
  return { off: 0, warning: `unknown zone ${token}; UTC assumed` };
}

function build(
  y: number, mo: number, d: number, h: number, mi: number, s: number, offMin: number,
): string | null {
  if (mo < 0 || mo > 11 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return null;
  if (h === 24 && (mi > 0 || s > 0)) return null;
  const ms = Date.UTC(y, mo, d, h, mi, Math.min(s, 59)) - offMin * 60_000;
  if (!Number.isFinite(ms)) return null;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  // what toISOString gives, written out for a four-digit year and whole seconds (2.5x faster)
  if (y >= 100 && year >= 1000 && year <= 9999 && date.getUTCMilliseconds() === 0) {
    return `${year}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}T${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}.000Z`;
  }
  // Date.UTC maps 0..99 to 1900..1999; fix when a real year < 100 was given
  if (y < 100) date.setUTCFullYear(year - 1900);
  return date.toISOString();
}

function two(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/** Parse a date, reporting oddities. */
export function parseDateDetailed(text: string | null | undefined): DateParse {
  if (!text) return { iso: null, warning: null };
  // comments out, white space squeezed (only runs and non-spaces replaced: most dates have neither)
  const clean = (text.includes('(') ? text.replace(/\([^)]*\)/g, ' ') : text).replace(/\s{2,}|[^\S ]/g, ' ').trim();
  if (!clean) return { iso: null, warning: null };

  let m = RFC.exec(clean);
  if (m) {
    const mo = MONTHS[m[2].toLowerCase()];
    if (mo === undefined) return { iso: null, warning: `unparseable date: ${text}` };
    const zoneTok = /^([+-]\d+|[A-Za-z]+)\b/.exec(m[7] ?? '')?.[1];
    const z = zoneOffset(zoneTok);
    const iso = build(fullYear(m[3]), mo, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), z.off);
    if (!iso) return { iso: null, warning: `invalid date: ${text}` };
    return { iso, warning: z.warning ? `${z.warning} (${text})` : null };
  }
  m = CTIME.exec(clean);
  if (m) {
    const mo = MONTHS[m[1].toLowerCase()];
    if (mo === undefined) return { iso: null, warning: `unparseable date: ${text}` };
    const z = zoneOffset(m[6]);
    const iso = build(Number(m[7]), mo, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5] ?? 0), z.off);
    if (!iso) return { iso: null, warning: `invalid date: ${text}` };
    return { iso, warning: z.warning ? `${z.warning} (${text})` : null };
  }
  m = ISO.exec(clean);
  if (m) {
    let off = 0;
    if (m[7] && m[7].toUpperCase() !== 'Z') {
      const sign = m[7][0] === '-' ? -1 : 1;
      const digits = m[7].slice(1).replace(':', '');
      off = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
    }
    const iso = build(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), off);
    return { iso, warning: iso ? (m[7] ? null : 'no time zone; UTC assumed') : `invalid date: ${text}` };
  }
  return { iso: null, warning: `unparseable date: ${text}` };
}

/** ISO-8601 UTC of a mail/pipermail date, or null. */
export function parseDate(text: string): string | null {
  return parseDateDetailed(text).iso;
}
