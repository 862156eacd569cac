/**
 * HyperKitty's pages and URLs as the sync reads them (FORMAT.md in /work/shared/hyperkitty):
 * the months a list page's dropdown offers, whether a page is HyperKitty's at all, a month's mbox
 * export URL, a message's page URL (from its Message-ID hash). Linear scans, no DOM. Pure.
 */
import { createHash } from 'node:crypto';
import { compareText } from '../textOrder.js';

export interface HyperKittyMonth {
  /** `YYYY-MM`. */
  period: string;
  year: number;
  month: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/**
 * The months linked from a list page (`<root><yyyy>/<m>/`, the month unpadded in the dropdown and
 * padded in compat links), oldest first, each once. Links are read from href attributes, relative
 * or absolute, with `@` or `%40`.
 */
export function parseListMonths(html: string, root: string): HyperKittyMonth[] {
  const base = decode(new URL(root).pathname);
  const found = new Map<string, HyperKittyMonth>();
  for (const m of html.matchAll(/href\s*=\s*["']([^"'<>]{1,2000})["']/gi)) {
    let path: string;
    try {
      const u = new URL(m[1].replace(/&amp;/g, '&'), root);
      if (u.origin !== new URL(root).origin) continue;
      path = decode(u.pathname);
    } catch {
      continue;
    }
    if (!path.startsWith(base)) continue;
    const ym = /^(\d{4})\/(\d\d?)\/$/.exec(path.slice(base.length));
    if (!ym) continue;
    const year = Number(ym[1]);
    const month = Number(ym[2]);
    if (month < 1 || month > 12) continue;
    const period = `${year}-${pad(month)}`;
    found.set(period, { period, year, month });
  }
  return [...found.values()].sort((a, b) => compareText(a.period, b.period));
}

/** A page HyperKitty made (its name, static paths or list-month links are in it). */
export function looksLikeHyperKitty(html: string): boolean {
  return /hyperkitty/i.test(html) || /\/list\/[^/"'\s]+(?:@|%40)[^/"'\s]+\/\d{4}\/\d\d?\//.test(html);
}

/** First and day-after-last day of a month, `YYYY-MM-DD`. */
export function monthBounds(year: number, month: number): { start: string; end: string } {
  const next = month === 12 ? { y: year + 1, m: 1 } : { y: year, m: month + 1 };
  return { start: `${year}-${pad(month)}-01`, end: `${next.y}-${pad(next.m)}-01` };
}

/**
 * A month's mbox export, as the month page's Download button links it: the file is named after
 * the month the range ends in (HyperKitty's end date), and `start`/`end` bound the Date header.
 */
export function monthExportUrl(root: string, fqdn: string, year: number, month: number): string {
  const { start, end } = monthBounds(year, month);
  return `${root}export/${fqdn}-${end.slice(0, 7)}.mbox.gz?start=${start}&end=${end}`;
}

/**
 * HyperKitty's Message-ID hash: the header's value with all whitespace removed and its <> taken
 * off, cut to 254 characters, SHA-1, base32 (32 characters A-Z2-7, no padding).
 */
export function messageIdHash(messageId: string): string {
  let id = messageId.replace(/\s+/g, '');
  if (id.startsWith('<') && id.endsWith('>')) id = id.slice(1, -1);
  return base32(createHash('sha1').update(id.slice(0, 254), 'utf8').digest());
}

function base32(bytes: Buffer): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
}

/** A message's page: `<root>message/<hash>/`. */
export function messagePageUrl(root: string, messageId: string): string {
  return `${root}message/${messageIdHash(messageId)}/`;
}

/**
 * The bytes of an exported message that identify it. HyperKitty rebuilds each message as
 * multipart/mixed with a random MIME boundary, so the same export differs on every request:
 * the boundary is replaced by a fixed one before hashing (the stored raw keeps it).
 */
export function withFixedBoundary(entry: Buffer): Buffer {
  const text = entry.toString('latin1');
  const head = text.slice(0, Math.max(0, text.search(/\r?\n\r?\n/)) || text.length);
  const m = /boundary="?([^";\r\n]+)"?/i.exec(head);
  if (!m) return entry;
  return Buffer.from(text.split(m[1]).join('HYPERKITTY-BOUNDARY'), 'latin1');
}
