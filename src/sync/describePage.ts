/**
 * What a response that is not the archive expected turned out to be, in a few words for a
 * one-line error ("a HyperKitty page (Mailman 3)", "an HTML page titled "Welcome"", "JSON"). Pure.
 */
import { looksLikeHyperKitty } from '../hyperkitty/index.js';
import { isGzip } from '../crawl/gzip.js';
import { ArchiveError } from '../errors.js';

/** A response that is not the archive expected; `found` names the archive kind it is, when it is one. */
export class NotListError extends ArchiveError {
  constructor(message: string, hint: string, readonly found: 'public-inbox' | null) {
    super('E_NOT_LIST', message, hint);
  }
}

/** True for a page public-inbox made (its footer names it, with the clone URLs). */
export function looksLikePublicInbox(body: Buffer): boolean {
  const text = body.subarray(0, 256 * 1024).toString('latin1');
  return /public-inbox/i.test(text) && /git clone --mirror|manifest\.js\.gz|\/_\/text\//i.test(text);
}

/** Cap on HTML pages (archive tables, list pages, date.html, message pages), far below the archive cap. */
export const PAGE_MAX_BYTES = 16 * 1024 * 1024;

export function describePage(body: Buffer, contentType: string | null): string {
  if (body.length === 0) return 'an empty response';
  if (isGzip(body)) return 'a gzip file';
  const text = body.subarray(0, 256 * 1024).toString('latin1');
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (looksLikeHyperKitty(text)) return 'a HyperKitty page (Mailman 3: use its .../list/NAME@HOST/ URL or --kind hyperkitty)';
  if (/<a\s[^>]*href\s*=\s*["']?\d{4}-[A-Za-z]+\.txt(\.gz)?["'\s>]/i.test(text) || /pipermail/i.test(text)) return 'a Mailman 2 pipermail page (use --kind pipermail)';
  if (/public-inbox/i.test(text)) return 'a public-inbox page (use --kind public-inbox)';
  if (type === 'application/json' || /^\s*[[{]/.test(text)) return 'JSON, not a web page';
  const title = /<title[^>]*>([^<]{0,200})<\/title>/i.exec(text)?.[1]?.replace(/\s+/g, ' ').trim();
  if (title) return `an HTML page titled "${title.slice(0, 80)}"`;
  if (/<html|<!doctype html/i.test(text)) return 'an HTML page without a title';
  return `${body.length} bytes of ${type || 'unknown type'}`;
}
