/**
 * Mailman 2 (pipermail) archives as a sync source: the archive table lists the periods; a
 * period's mail is its text archive (PERIOD.txt or .txt.gz, asked for conditionally, the newest
 * one by Range), or, when that is missing or broken, date.html plus each message page; a
 * message's public URL is its page, found by pairing the text with date.html.
 *
 * That pairing costs a second request per period, and no cheaper way tells the URLs for sure:
 * pipermail numbers pages (NNNNNN.html) with one counter per list in the order messages were
 * archived, but files each message under the period of its Date header, so a late message takes
 * a number among the next period's (the real imagej-devel 2014-October holds 002260-002296 but
 * 002276, which is in 2014-September), and re-imports, deletions and renumbering (`bin/arch
 * --wipe`) move numbers too. Numbers derived from the texts' order and counts cannot be checked
 * without the period's index, so none is stored: a URL is stored only when date.html lists it with
 * the message's subject and author (pairArchivedPages.ts). `deferUrls` (--defer-urls) reads the
 * texts only, one request per period; the messages wait without a URL (the period's source is
 * URLS_PENDING) until a run without the flag reads their date.html.
 */
import type { HttpClient } from '../../crawl/index.js';
import { FetchError, isStopRun } from '../../crawl/index.js';
import { ArchiveError } from '../../errors.js';
import { normalizeListUrl, parseTocDetailed, parsePeriodIndex, parseMessagePage, decodeHtml, type TocEntry, type ListRoot } from '../../pipermail/index.js';
import { splitMbox, messageKey } from '../../mail/index.js';
import type { ListRow, NewMessage, PeriodRow } from '../../store/index.js';
import { describeFailure, type ArchiveSource, type MessagePageRef, type PeriodMail, type PeriodMailOptions, type PeriodTable, type SourceContext, type StoredMessageRef } from '../source.js';
import { URLS_PENDING, type PlannedPeriod } from '../planSync.js';
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

/** What messageUrls answers when no date.html is read (URLs deferred, or nothing to pair). */
const NO_URLS: { pages: Array<MessagePageRef | null>; retry?: string } = { pages: [] };

const pairable = (m: StoredMessageRef) => ({ subject: m.subject ?? '', authorName: m.authorName ?? '' });

/**
 * The URL found for each stored message that had none, as the store takes it: the message's
 * identity (list + msg_key + content hash, which it is already stored under) with its seq and
 * URL. The store only sets seq and url on a stored message whose url is null and inserts nothing
 * for an identity it holds (INSERT OR IGNORE), so the empty `raw` is never written; the messages
 * were read from the store in this run, under the sync lock.
 */
function urlsOfStored(period: string, stored: StoredMessageRef[], pages: Array<MessagePageRef | null>): NewMessage[] {
  return stored.flatMap((m, i) => {
    const page = pages[i];
    if (m.url || !page) return [];
    return [{
      period, messageId: null, msgKey: m.msgKey, contentHash: m.contentHash, source: 'mbox' as const, raw: Buffer.alloc(0),
      seq: page.seq, url: page.url, subject: m.subject, authorName: m.authorName, authorAddress: null, date: null, inReplyTo: null,
    }];
  });
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
      // Mailman 2's archiver rewrites the table (index.html) each time it archives mail, a late
      // message into last month's period too (pipermail.py's close() calls write_TOC() after every
      // batch), so a server's 304 says no period has new mail since the complete run whose
      // validators were sent: not even the newest period is asked about (`quiet`).
      return { ...table, quiet: true, periods: [...stored.values()].map((p) => storedToEntry(root, p)) };
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

  async function periodMail(list: ListRow, p: PlannedPeriod<TocEntry>, stored: PeriodRow | undefined, opts: PeriodMailOptions, ctx: SourceContext): Promise<PeriodMail> {
    const e = p.entry;
    const maxBytes = opts.maxBytes;
    // Planned only for its page URLs (the table says its text is unchanged): date.html alone.
    if (p.reason === 'pages' && stored && !opts.deferUrls) return pairStored(e, stored, ctx.storedMessages(), { etag: stored.etag, lastModified: stored.last_modified }, ctx);
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
    // Stored with --defer-urls: its stored messages are paired now (unless this run defers too).
    const pending = stored?.source === URLS_PENDING && !opts.deferUrls ? ctx.storedMessages() : [];
    if (fetched.kind === 'unchanged') {
      if (pending.length && stored) return pairStored(e, stored, pending, { etag: fetched.etag, lastModified: fetched.lastModified }, ctx);
      return { kind: 'unchanged', source: 'mbox', validators: { etag: fetched.etag, lastModified: fetched.lastModified } };
    }
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
    const rechecking = stored !== undefined;
    // Each entry as the store takes it, parsed once and its parse let go at once: the parsed mail
    // (decoded body, every header) of a whole period waiting for date.html below, four periods
    // at a time, is what a first sync's heap grew by (issue 12.2). The page URL comes after.
    const fresh = entries.map((raw) => toNewMessage(e.period, raw, safeParse(raw), null, { aliases: rechecking }));
    const summaries = fresh.map((m) => ({ subject: m.subject ?? '', authorName: m.authorName ?? '' }));
    // The stored messages waiting for a URL come before the appended ones (a whole text has them all).
    const before = appended ? pending : [];
    const urls = opts.deferUrls || fresh.length === 0 ? NO_URLS
      : await messageUrls(e, [...before.map(pairable), ...summaries], appended && before.length === 0, ctx);
    fresh.forEach((m, i) => {
      const page = urls.pages[before.length + i];
      if (page) {
        m.seq = page.seq;
        m.url = page.url;
      }
    });
    const messages: NewMessage[] = [...urlsOfStored(e.period, before, urls.pages), ...fresh];
    const length = fetched.kind === 'full' ? text.length : fetched.prefixLength + text.length;
    const hash = fetched.kind === 'full' ? sha256(text) : sha256(`${stored?.text_hash ?? ''}${sha256(text)}`);
    const tail = tailHash(fetched.kind === 'full' ? text : fetched.window);
    // date.html could not be read for a passing reason: keep the messages, and keep the period
    // failing so that the next run reads it again and gives them their page URLs.
    const failure = urls.retry ? `messages stored without their archived page URLs: ${urls.retry}` : null;
    // Deferred now, or deferred before and still waiting (this run appended nothing to pair them with).
    const waiting = opts.deferUrls && (fresh.length > 0 || stored?.source === URLS_PENDING);
    return {
      kind: 'mail', source: 'mbox', messages, failure,
      state: {
        ...periodInfo(e), size_label: e.sizeLabel, text_url: fetched.url, etag: fetched.etag, last_modified: fetched.lastModified,
        text_length: length, text_hash: hash, tail_hash: tail, source: waiting ? URLS_PENDING : 'mbox',
      },
    };
  }

  /**
   * A period stored with --defer-urls whose text has not changed since: read its date.html and
   * give the stored messages their URLs. The period's state is kept as it was, but for `source`.
   */
  async function pairStored(e: TocEntry, stored: PeriodRow, pending: StoredMessageRef[], text: { etag: string | null; lastModified: string | null }, ctx: SourceContext): Promise<PeriodMail> {
    const urls = pending.some((m) => !m.url) ? await messageUrls(e, pending.map(pairable), false, ctx) : NO_URLS;
    const { list_id: _l, messages: _m, status: _s, error: _e, attempts: _a, synced_at: _t, missing: _x, next_try_at: _n, ...state } = stored;
    return {
      kind: 'mail', source: 'mbox', messages: urlsOfStored(e.period, pending, urls.pages),
      failure: urls.retry ? `messages stored without their archived page URLs: ${urls.retry}` : null,
      state: { ...state, ...periodInfo(e), size_label: e.sizeLabel, etag: text.etag, last_modified: text.lastModified, source: 'mbox' },
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
    // Messages stored from the text without their URL (--defer-urls, or date.html unread then):
    // paired with this date.html as any text is, so their pages are not fetched as new messages.
    const stored = ctx.storedMessages();
    const paired = stored.some((m) => !m.url) ? urlsOfStored(e.period, stored, pairArchivedPages(stored.map(pairable), entries)) : [];
    for (const m of paired) have.add(m.url!);
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
    const messages: NewMessage[] = [...paired, ...pages.flatMap((r) => {
      if (r.status !== 'fulfilled') return [];
      const { x, res: page } = r.value;
      const parsed = parseMessagePage(decodeHtml(page.body, charsetOf(page.contentType)));
      const contentHash = sha256(page.body);
      return [{
        period: e.period, messageId: parsed.messageId, msgKey: messageKey(parsed.messageId, contentHash), contentHash,
        source: 'html' as const, raw: page.body, seq: x.seq, url: x.url, subject: parsed.subject, authorName: parsed.authorName,
        authorAddress: parsed.authorAddress, date: parsed.date, inReplyTo: null,
      }];
    })];
    const problems = [
      ...(failed.length ? [`${failed.length} of ${entries.length} message pages could not be fetched (${failed.slice(0, 3).join('; ')}${failed.length > 3 ? '; ...' : ''})`] : []),
      ...(left ? [`${left} of ${entries.length} message pages left for the next run (request budget spent)`] : []),
    ];
    ctx.warn(`${e.period}: text archive unavailable (${textErrors.join('; ') || 'no link'}); read ${entries.length - failed.length - left} message pages instead${paired.length ? ` (${paired.length} of them stored from the text before, given their URL)` : ''}`);
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
