/**
 * Mailman 2 (pipermail) archives as a sync source: the archive table lists the periods; a
 * period's mail is its text archive (PERIOD.txt or .txt.gz, asked for conditionally, the newest
 * one by Range), or, when that is missing or broken, date.html plus each message page; a
 * message's public URL is its page, found by pairing the text with date.html.
 */
import type { HttpClient } from '../../crawl/index.js';
import { FetchError, isStopRun } from '../../crawl/index.js';
import { ArchiveError } from '../../errors.js';
import { normalizeListUrl, parseTocDetailed, parsePeriodIndex, parseMessagePage, decodeHtml, type TocEntry, type ListRoot } from '../../pipermail/index.js';
import { splitMbox, messageKey } from '../../mail/index.js';
import type { ListRow, NewMessage, PeriodRow } from '../../store/index.js';
import type { PlannedPeriod } from '../planSync.js';
import { describeFailure, type ArchiveSource, type MessagePageRef, type PeriodMail, type PeriodTable, type SourceContext } from '../source.js';
import { fetchPeriodText, textCandidates, sha256, tailHash, type TextFetch } from './fetchPeriodText.js';
import { pairArchivedPages } from './pairArchivedPages.js';
import { isBlank } from '../mboxEntries.js';
import { safeParse, toNewMessage } from '../newMessage.js';
import { describePage, looksLikePublicInbox, NotListError, PAGE_MAX_BYTES } from '../describePage.js';
import { looksLikeHyperKitty } from '../../hyperkitty/index.js';

export { PAGE_MAX_BYTES };

function tocLooksLikePipermail(html: string): boolean {
  return /pipermail|Archives|no archives|No messages have been posted/i.test(html);
}

function charsetOf(contentType: string | null): string | null {
  const m = /charset=([^;\s]+)/i.exec(contentType ?? '');
  return m ? m[1].replace(/"/g, '') : null;
}

function storedToEntry(root: string, p: PeriodRow): TocEntry {
  return {
    period: p.period, kind: p.kind as TocEntry['kind'], label: p.label ?? p.period, start: p.start, end: p.end,
    textUrl: p.text_url, textKind: p.text_url ? (p.text_url.endsWith('.gz') ? 'gz' : 'txt') : null,
    sizeLabel: p.size_label, dateIndexUrl: new URL(`${p.period}/date.html`, root).href,
    threadIndexUrl: new URL(`${p.period}/thread.html`, root).href,
  };
}

export function createPipermailSource(http: HttpClient): ArchiveSource<TocEntry> {
  const periodInfo = (e: TocEntry) => ({ period: e.period, kind: e.kind, start: e.start, end: e.end, label: e.label });

  async function periods(list: ListRoot, known: ListRow | undefined, stored: Map<string, PeriodRow>, opts: { full?: boolean }, ctx: Pick<SourceContext, 'warn'>): Promise<PeriodTable<TocEntry>> {
    const { root, name } = list;
    const toc = await http.get(root, opts.full || !known ? { maxBytes: PAGE_MAX_BYTES } : { etag: known.toc_etag, lastModified: known.toc_last_modified, maxBytes: PAGE_MAX_BYTES })
      .catch((err: unknown) => {
        if (err instanceof FetchError && err.code === 'E_TOO_LARGE') {
          throw new FetchError('E_TOO_LARGE', `the archive table ${root} is larger than ${PAGE_MAX_BYTES / 1024 / 1024} MiB, the cap for HTML pages: not a pipermail archive table`, { url: root, attempts: err.attempts, cause: err });
        }
        throw err;
      });
    const table = { notModified: toc.notModified, changed: false, etag: toc.etag, lastModified: toc.lastModified, hash: known?.toc_hash ?? null };
    if (toc.notModified) {
      // Unchanged table: what we stored is the table (minus size labels, which cannot have changed).
      return { ...table, periods: [...stored.values()].map((p) => storedToEntry(root, p)) };
    }
    const html = decodeHtml(toc.body, charsetOf(toc.contentType));
    const parsed = parseTocDetailed(html, toc.finalUrl.endsWith('/') ? toc.finalUrl : root);
    for (const w of parsed.skipped) ctx.warn(`${name}: ${w}`);
    // A HyperKitty page says "Archives" too: name it rather than take it for an empty table.
    if (parsed.entries.length === 0 && (!tocLooksLikePipermail(html) || looksLikeHyperKitty(html))) {
      throw new NotListError(`${root} does not look like a pipermail archive (no archive table found): found ${describePage(toc.body, toc.contentType)}`,
        'give the list archive root, e.g. https://lists.example.org/pipermail/LIST/', looksLikePublicInbox(toc.body) ? 'public-inbox' : null);
    }
    const hash = sha256(toc.body);
    return { ...table, periods: parsed.entries, hash, changed: hash !== known?.toc_hash };
  }

  /**
   * A period's date.html, for the messages' page URLs. When it cannot be read the messages are
   * stored without them: `retry` says why when a later run may do better (not for a 404).
   */
  async function messageUrls(e: TocEntry, mails: Array<{ subject: string; authorName: string }>, fromEnd: boolean, ctx: Pick<SourceContext, 'warn'>): Promise<{ pages: Array<MessagePageRef | null>; retry?: string }> {
    const url = e.dateIndexUrl;
    try {
      const res = await http.get(url, { maxBytes: PAGE_MAX_BYTES });
      const entries = parsePeriodIndex(decodeHtml(res.body, charsetOf(res.contentType)), url);
      return { pages: pairArchivedPages(mails, entries, fromEnd) };
    } catch (err) {
      if (isStopRun(err)) throw err;
      ctx.warn(`could not read ${url} (${describeFailure(err)}); messages stored without their archived page URL`);
      const notFound = err instanceof FetchError && err.code === 'E_HTTP_NOT_FOUND';
      return { pages: [], ...(notFound ? {} : { retry: describeFailure(err) }) };
    }
  }

  async function periodMail(list: ListRow, p: PlannedPeriod<TocEntry>, stored: PeriodRow | undefined, opts: { full?: boolean; maxBytes: number }, ctx: SourceContext): Promise<PeriodMail> {
    const e = p.entry;
    const maxBytes = opts.maxBytes;
    let fetched: TextFetch = { kind: 'missing', tried: [], errors: [] };
    try {
      fetched = await fetchPeriodText(http, textCandidates(list.url, e.period, e.textUrl, p.newest, stored?.status === 'ok' ? stored.text_url : null), stored, { full: opts.full, maxBytes });
    } catch (err) {
      if (isStopRun(err)) throw err;
      fetched = { kind: 'missing', tried: [], errors: [(err as Error).message] };
    }
    if (fetched.kind === 'appended') {
      // The bytes before the first new entry end the previous one: a blank line is expected; any
      // other text means the stored last message changed, so read the whole file again.
      const parts = splitMbox(fetched.appended);
      if (parts.length > 0 && !parts[0].subarray(0, 5).equals(Buffer.from('From ')) && !isBlank(parts[0])) {
        fetched = await fetchPeriodText(http, [fetched.url], stored, { full: true, maxBytes });
      }
    }
    if (fetched.kind === 'unchanged') return { kind: 'unchanged', source: 'mbox', validators: { etag: fetched.etag, lastModified: fetched.lastModified } };
    if (fetched.kind === 'missing') {
      const textNotFound = fetched.errors.length > 0 && fetched.errors.every((x) => x.endsWith(': not found'));
      try {
        return await fromPages(list, p, fetched.errors, ctx);
      } catch (err) {
        // Nothing at all for this period (its text and its date.html answer 404).
        if (textNotFound && err instanceof FetchError && err.code === 'E_HTTP_NOT_FOUND' && err.url === e.dateIndexUrl) return { kind: 'missing', error: describeFailure(err) };
        throw err;
      }
    }

    const text = fetched.kind === 'full' ? fetched.text : fetched.appended;
    const appended = fetched.kind === 'appended';
    const entries = splitMbox(text).filter((raw, i) => !(i === 0 && appended && isBlank(raw)));
    const parsed = entries.map((raw) => ({ raw, mail: safeParse(raw) }));
    const urls = await messageUrls(e, parsed.map((x) => ({ subject: x.mail?.subject ?? '', authorName: x.mail?.authorName ?? '' })), appended, ctx);
    const rechecking = stored !== undefined;
    const messages: NewMessage[] = parsed.map((x, i) => toNewMessage(e.period, x.raw, x.mail, urls.pages[i] ?? null, { aliases: rechecking }));
    const length = fetched.kind === 'full' ? text.length : fetched.prefixLength + text.length;
    const hash = fetched.kind === 'full' ? sha256(text) : sha256(`${stored?.text_hash ?? ''}${sha256(text)}`);
    const tail = tailHash(fetched.kind === 'full' ? text : fetched.window);
    // date.html could not be read for a passing reason: keep the messages, and keep the period
    // failing so that the next run reads it again and gives them their page URLs.
    const failure = urls.retry ? `messages stored without their archived page URLs: ${urls.retry}` : null;
    return {
      kind: 'mail', source: 'mbox', messages, failure,
      state: {
        ...periodInfo(e), size_label: e.sizeLabel, text_url: fetched.url, etag: fetched.etag, last_modified: fetched.lastModified,
        text_length: length, text_hash: hash, tail_hash: tail, source: 'mbox',
      },
    };
  }

  /**
   * Fallback: the period's date.html and each message page not stored yet. Pages that could be
   * fetched are kept even when others fail; the period is then failed (in the same transaction)
   * so the next run fetches only the pages still missing.
   */
  async function fromPages(list: ListRow, p: PlannedPeriod<TocEntry>, textErrors: string[], ctx: SourceContext): Promise<PeriodMail> {
    const e = p.entry;
    const res = await http.get(e.dateIndexUrl, { maxBytes: PAGE_MAX_BYTES });
    const entries = parsePeriodIndex(decodeHtml(res.body, charsetOf(res.contentType)), e.dateIndexUrl);
    const have = ctx.storedUrls();
    const todo = entries.filter((x) => !have.has(x.url));
    const pages = await Promise.allSettled(todo.map(async (x) => {
      const stop = ctx.stopped();
      if (stop) throw stop; // spent meanwhile: do not queue more requests
      return { x, res: await http.get(x.url, { maxBytes: PAGE_MAX_BYTES }) };
    }));
    const budget = pages.find((r) => r.status === 'rejected' && isStopRun(r.reason));
    if (budget) ctx.stop((budget as PromiseRejectedResult).reason as Error);
    const failed = pages.flatMap((r, i) => (r.status === 'rejected' && !isStopRun(r.reason) ? [`${todo[i].file}: ${describeFailure(r.reason)}`] : []));
    const left = pages.filter((r) => r.status === 'rejected' && isStopRun(r.reason)).length;
    // The budget ran out before any page came: leave the period as it was, for the next run.
    const stop = ctx.stopped();
    if (left > 0 && left === pages.length && stop) throw stop;
    const messages: NewMessage[] = pages.flatMap((r) => {
      if (r.status !== 'fulfilled') return [];
      const { x, res: page } = r.value;
      const parsed = parseMessagePage(decodeHtml(page.body, charsetOf(page.contentType)));
      const contentHash = sha256(page.body);
      return [{
        period: e.period, messageId: parsed.messageId, msgKey: messageKey(parsed.messageId, contentHash), contentHash,
        source: 'html' as const, raw: page.body, seq: x.seq, url: x.url, subject: parsed.subject, authorName: parsed.authorName,
        authorAddress: parsed.authorAddress, date: parsed.date, inReplyTo: null,
      }];
    });
    const problems = [
      ...(failed.length ? [`${failed.length} of ${entries.length} message pages could not be fetched (${failed.slice(0, 3).join('; ')}${failed.length > 3 ? '; ...' : ''})`] : []),
      ...(left ? [`${left} of ${entries.length} message pages left for the next run (request budget spent)`] : []),
    ];
    ctx.warn(`${e.period}: text archive unavailable (${textErrors.join('; ') || 'no link'}); read ${entries.length - failed.length - left} message pages instead`);
    return {
      kind: 'mail', source: 'html', messages, failure: problems.length ? problems.join('; ') : null,
      state: {
        ...periodInfo(e), size_label: e.sizeLabel, text_url: null, etag: null, last_modified: null, text_length: null,
        text_hash: null, tail_hash: null, source: 'html',
      },
    };
  }

  return { listRoot: normalizeListUrl, periods, periodMail, messageUrls };
}
