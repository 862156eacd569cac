/**
 * The archive table of contents (`/pipermail/LIST/index.html`).
 *
 * Read with a linear tag scan (html.ts scanTags) rather than a DOM: the table is a flat list of
 * `<tr>` rows of `<td>` cells and `<a href>` links, and a hostile page (200,000 nested `<div>`s,
 * a page without any `>`) must cost no more than a pass over its bytes.
 */
import type { TocEntry } from './types.js';
import { periodFromName } from './period.js';
import { attrValue, dirUrl, plainText, scanTags } from './html.js';

export interface TocParse {
  entries: TocEntry[];
  /** Rows that link a period but could not be read (bad URL, `javascript:`, bad `%` escape), one line each. */
  skipped: string[];
}

interface RawRow {
  /** Text of each cell, in order. */
  cells: string[];
  links: Array<{ href: string; text: string }>;
}

/** Rows of the tables of a page: cells' text and links, in page order. */
function rows(html: string): RawRow[] {
  const out: RawRow[] = [];
  let row: RawRow | null = null;
  let cell: number | null = null;
  let link: { href: string; text: string } | null = null;
  let textFrom = 0;
  const addText = (to: number) => {
    if (!row || to <= textFrom) return;
    const t = html.slice(textFrom, to);
    if (cell !== null) row.cells[cell] += t;
    if (link) link.text += t;
  };
  for (const tag of scanTags(html)) {
    addText(tag.start);
    textFrom = tag.end;
    if (tag.name === 'tr' || tag.name === 'table') {
      row = tag.closing || tag.name === 'table' ? null : { cells: [], links: [] };
      if (row) out.push(row);
      cell = null;
      link = null;
    } else if (!row) {
      continue;
    } else if (tag.name === 'td' || tag.name === 'th') {
      if (tag.closing) cell = null;
      else {
        row.cells.push('');
        cell = row.cells.length - 1;
      }
    } else if (tag.name === 'a') {
      if (tag.closing) link = null;
      else {
        const href = attrValue(tag.attrs, 'href');
        link = href === null ? null : { href, text: '' };
        if (link) row.links.push(link);
      }
    }
  }
  return out;
}

/** A period stem as linked: one path segment, percent-decoded. Throws on a malformed one. */
function periodOf(href: string): string {
  const rel = href.replace(/\/thread\.html$/i, '').replace(/^\.\//, '');
  if (/^[a-z][a-z0-9+.-]*:/i.test(rel) || rel.startsWith('/')) throw new Error('not a relative link');
  const period = decodeURIComponent(rel); // URIError on a bad % escape
  if (!period || period === '.' || period === '..' || /[/\\?#\u0000-\u001f]/.test(period)) throw new Error('not a period directory');
  return period;
}

/** Absolute http(s) URL of `href` inside the list directory `base`, or an Error. */
function inside(href: string, base: string): string {
  const u = new URL(href, base); // TypeError on an invalid URL
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !u.href.startsWith(base)) throw new Error(`${u.href} is outside ${base}`);
  return u.href;
}

/**
 * Rows of the TOC, newest first as on the page, and the rows that had to be skipped. The
 * empty-archive page ("Currently, there are no archives." or the emptyarchive template) has no
 * rows. A row whose links cannot be used is skipped alone; the others are read.
 */
export function parseTocDetailed(html: string, baseUrl: string): TocParse {
  const base = new URL('./', dirUrl(baseUrl)).href;
  const entries: TocEntry[] = [];
  const skipped: string[] = [];
  for (const row of rows(html)) {
    const thread = row.links.find((a) => /\/thread\.html$/i.test(a.href));
    if (!thread) continue;
    try {
      const period = periodOf(thread.href);
      const dir = inside(thread.href.replace(/thread\.html$/i, ''), base);
      const label = plainText(row.cells[0] ?? '').replace(/:$/, '').trim();
      const range = periodFromName(period);
      const textLink = row.links.find((a) => /\.txt(\.gz)?$/i.test(a.href)) ?? null;
      const textUrl = textLink ? inside(textLink.href, base) : null;
      const sizeLabel = textLink ? plainText(textLink.text).replace(/^\[\s*|\s*\]$/g, '').trim() || null : null;
      entries.push({
        period,
        kind: range?.kind ?? 'unknown',
        label,
        start: range?.start ?? null,
        end: range?.end ?? null,
        textUrl,
        textKind: textLink ? (/\.gz$/i.test(textLink.href) ? 'gz' : 'txt') : null,
        sizeLabel,
        dateIndexUrl: new URL('date.html', dir).toString(),
        threadIndexUrl: new URL('thread.html', dir).toString(),
      });
    } catch (e) {
      skipped.push(`archive table row ${JSON.stringify(thread.href.slice(0, 200))} skipped: ${(e as Error).message}`);
    }
  }
  return { entries, skipped };
}

/** Rows of the TOC (see parseTocDetailed); rows that cannot be used are left out. */
export function parseToc(html: string, baseUrl: string): TocEntry[] {
  return parseTocDetailed(html, baseUrl).entries;
}
