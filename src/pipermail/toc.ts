/** The archive table of contents (`/pipermail/LIST/index.html`). */
import * as cheerio from 'cheerio';
import type { TocEntry } from './types.js';
import { periodFromName } from './period.js';
import { dirUrl } from './html.js';

/**
 * Rows of the TOC, newest first as on the page. The empty-archive page ("Currently, there are no
 * archives." or the emptyarchive template) has no rows and gives [].
 */
export function parseToc(html: string, baseUrl: string): TocEntry[] {
  const base = dirUrl(baseUrl);
  const $ = cheerio.load(html);
  const out: TocEntry[] = [];
  $('tr').each((_i, tr) => {
    const row = $(tr);
    const threadLink = row.find('a').filter((_j, a) => /\/thread\.html$/i.test($(a).attr('href') ?? '')).first();
    if (!threadLink.length) return;
    const href = threadLink.attr('href')!;
    const period = decodeURIComponent(href.replace(/\/thread\.html$/i, '').replace(/^\.\//, ''));
    const label = row.find('td').first().text().replace(/\s+/g, ' ').trim().replace(/:$/, '').trim();
    const range = periodFromName(period);
    const textLink = row.find('a').filter((_j, a) => /\.txt(\.gz)?$/i.test($(a).attr('href') ?? '')).first();
    const textHref = textLink.attr('href') ?? null;
    const sizeLabel = textLink.length
      ? textLink.text().replace(/\s+/g, ' ').replace(/^\s*\[\s*|\s*\]\s*$/g, '').trim() || null
      : null;
    const dir = new URL(href.replace(/thread\.html$/i, ''), base).toString();
    out.push({
      period,
      kind: range?.kind ?? 'unknown',
      label,
      start: range?.start ?? null,
      end: range?.end ?? null,
      textUrl: textHref ? new URL(textHref, base).toString() : null,
      textKind: textHref ? (/\.gz$/i.test(textHref) ? 'gz' : 'txt') : null,
      sizeLabel,
      dateIndexUrl: new URL('date.html', dir).toString(),
      threadIndexUrl: new URL('thread.html', dir).toString(),
    });
  });
  return out;
}
