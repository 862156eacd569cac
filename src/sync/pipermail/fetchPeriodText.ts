/**
 * Fetch one period's text archive, the cheapest way the server allows: conditionally, and for the
 * newest period only the bytes appended since last time (HTTP Range, checked against a hash of
 * the stored tail). Gzip is decided by the bytes, twice-gzipped archives are unwrapped, and a
 * truncated gzip is retried once and then reported so the caller can fall back.
 */
import { isGzip, gunzipAll, FetchError, TruncatedGzipError, isStopRun, type HttpClient } from '../../crawl/index.js';
import type { PeriodRow } from '../../store/index.js';
import { sha256 } from '../mboxEntries.js';
import { URLS_PENDING } from '../planSync.js';

export const TAIL_BYTES = 1024;

export type TextFetch =
  | { kind: 'unchanged'; url: string; etag: string | null; lastModified: string | null }
  | { kind: 'full'; url: string; text: Buffer; etag: string | null; lastModified: string | null }
  | { kind: 'appended'; url: string; appended: Buffer; window: Buffer; prefixLength: number; etag: string | null; lastModified: string | null }
  | { kind: 'missing'; tried: string[]; errors: string[] };

export { sha256 };

export function tailHash(text: Buffer): string {
  return sha256(text.subarray(Math.max(0, text.length - TAIL_BYTES)));
}

/**
 * Candidate URLs: the table's link first, then the other extension. For the newest period the
 * plain .txt comes first (the live archiver appends to it; the .gz is regenerated nightly),
 * unless the last sync found this period only as .gz.
 */
export function textCandidates(listRoot: string, period: string, tocUrl: string | null, newest: boolean, storedUrl?: string | null): string[] {
  const txt = new URL(`${period}.txt`, listRoot).href;
  const gz = new URL(`${period}.txt.gz`, listRoot).href;
  if (newest) return storedUrl === gz ? [gz, txt] : [txt, gz];
  if (tocUrl === gz) return [gz, txt];
  return [txt, gz];
}

function looksLikeHtml(b: Buffer): boolean {
  const head = b.subarray(0, 512).toString('latin1').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

export async function fetchPeriodText(
  http: HttpClient, candidates: string[], stored: PeriodRow | undefined, opts: { full?: boolean; maxBytes: number },
): Promise<TextFetch> {
  const tried: string[] = [];
  const errors: string[] = [];
  for (const url of candidates) {
    tried.push(url);
    const same = !opts.full && stored && stored.status === 'ok' && stored.text_url === url && (stored.source === 'mbox' || stored.source === URLS_PENDING);
    const canAppend = same && !url.endsWith('.gz') && stored!.text_length != null && stored!.text_length >= TAIL_BYTES && stored!.tail_hash;
    for (let attempt = 1; attempt <= 2; attempt++) {
      try {
        const res = await http.get(url, {
          etag: same ? stored!.etag : null,
          lastModified: same ? stored!.last_modified : null,
          rangeStart: canAppend && attempt === 1 ? stored!.text_length! - TAIL_BYTES : undefined,
        });
        if (res.notModified) return { kind: 'unchanged', url, etag: res.etag ?? stored!.etag, lastModified: res.lastModified ?? stored!.last_modified };
        if (res.status === 416) continue; // the file shrank: fetch it whole
        if (res.partial) {
          if (sha256(res.body.subarray(0, TAIL_BYTES)) === stored!.tail_hash) {
            const appended = res.body.subarray(TAIL_BYTES);
            if (appended.length === 0) return { kind: 'unchanged', url, etag: res.etag, lastModified: res.lastModified };
            return { kind: 'appended', url, appended, window: res.body, prefixLength: stored!.text_length!, etag: res.etag, lastModified: res.lastModified };
          }
          continue; // stored prefix changed on the server: fetch it whole
        }
        let text = res.body;
        if (isGzip(text)) text = gunzipAll(text, opts.maxBytes);
        else if (looksLikeHtml(text)) {
          errors.push(`${url}: answered with an HTML page, not a text archive`);
          break;
        }
        if (same && stored!.text_hash === sha256(text)) return { kind: 'unchanged', url, etag: res.etag, lastModified: res.lastModified };
        return { kind: 'full', url, text, etag: res.etag, lastModified: res.lastModified };
      } catch (e) {
        if (e instanceof TruncatedGzipError && attempt === 1) continue; // one more try, then the other candidate
        if (e instanceof FetchError && (e.code === 'E_HTTP_NOT_FOUND')) {
          errors.push(`${url}: not found`);
          break;
        }
        if (isStopRun(e) || (e instanceof FetchError && (e.code === 'E_OFF_HOST' || e.code === 'E_ROBOTS'))) throw e;
        errors.push(`${url}: ${(e as Error).message}`);
        break;
      }
    }
  }
  return { kind: 'missing', tried, errors };
}
