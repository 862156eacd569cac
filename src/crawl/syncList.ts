/**
 * Sync one list: read the archive table, plan the periods that can have changed, fetch each
 * (text archive first, message pages as the fallback), store the raw messages and the period's
 * new state in one transaction, then index what was new. Failures are recorded per period and
 * the run goes on.
 */
import pLimit from 'p-limit';
import type { HttpClient } from './http.js';
import { FetchError } from './errors.js';
import { normalizeListUrl } from './listUrl.js';
import { planSync, type PlannedPeriod } from './planSync.js';
import { fetchPeriodText, textCandidates, sha256, tailHash, type TextFetch } from './fetchPeriodText.js';
import { pairArchivedPages } from './pairArchivedPages.js';
import { parseToc, parsePeriodIndex, parseMessagePage, decodeHtml, type TocEntry, type PeriodIndexEntry } from '../pipermail/index.js';
import { splitMbox, parseMail, messageKey, type ParsedMail } from '../mail/index.js';
import type { RawStore, NewMessage, PeriodRow, ListRow } from '../store/index.js';
import type { IndexWriter } from '../index/index.js';
import { ArchiveError } from '../errors.js';

export interface SyncOptions {
  full?: boolean;
  since?: string;
  until?: string;
  dryRun?: boolean;
  recheckDays?: number;
  /** Periods fetched at once (the HTTP client also limits per host). */
  concurrency?: number;
  maxBytes?: number;
}

export interface PeriodOutcome {
  period: string;
  reason: string;
  result: 'unchanged' | 'stored' | 'failed' | 'planned';
  source?: 'mbox' | 'html';
  newMessages: number;
  error?: string;
}

export interface ListSyncReport {
  list: string;
  url: string;
  tocChanged: boolean;
  periods: PeriodOutcome[];
  newMessages: number;
  reports: number;
  failures: Array<{ period: string; error: string }>;
}

export interface SyncEvents {
  onPlan?(list: string, planned: PlannedPeriod[]): void;
  onPeriod?(list: string, outcome: PeriodOutcome): void;
  onWarn?(message: string): void;
}

export interface SyncDeps {
  http: HttpClient;
  store: RawStore;
  indexer: IndexWriter;
  events?: SyncEvents;
}

/** sha256 of an mbox entry without its From_ line (whose time differs between re-imports). */
export function entryHash(entry: Buffer): string {
  if (entry.subarray(0, 5).toString('latin1') === 'From ') {
    const nl = entry.indexOf(0x0a);
    return sha256(nl >= 0 ? entry.subarray(nl + 1) : Buffer.alloc(0));
  }
  return sha256(entry);
}

function tocLooksLikePipermail(html: string): boolean {
  return /pipermail|Archives|no archives|No messages have been posted/i.test(html);
}

export async function syncList(deps: SyncDeps, listUrl: string, opts: SyncOptions = {}): Promise<ListSyncReport> {
  const { http, store, events } = deps;
  const { root, name } = normalizeListUrl(listUrl);
  const list = opts.dryRun ? (store.findList(root) ?? { id: -1, url: root, name, toc_etag: null, toc_last_modified: null, toc_hash: null, last_sync_at: null, last_ok_at: null } as ListRow) : store.ensureList(root, name);
  const stored = list.id >= 0 ? store.periods(list.id) : new Map<string, PeriodRow>();
  const report: ListSyncReport = { list: name, url: root, tocChanged: false, periods: [], newMessages: 0, reports: 0, failures: [] };

  // 1. The archive table, conditionally.
  const bounded = Boolean(opts.since || opts.until);
  const toc = await http.get(root, opts.full ? {} : { etag: list.toc_etag, lastModified: list.toc_last_modified });
  let entries: TocEntry[];
  let tocHash = list.toc_hash;
  if (toc.notModified) {
    // Unchanged table: what we stored is the table (minus size labels, which cannot have changed).
    entries = [...stored.values()].map((p) => storedToEntry(root, p));
  } else {
    const html = decodeHtml(toc.body, charsetOf(toc.contentType));
    entries = parseToc(html, toc.finalUrl.endsWith('/') ? toc.finalUrl : root);
    if (entries.length === 0 && !tocLooksLikePipermail(html)) {
      throw new ArchiveError('E_NOT_LIST', `${root} does not look like a pipermail archive (no archive table found)`,
        'give the list archive root, e.g. https://lists.example.org/pipermail/LIST/');
    }
    tocHash = sha256(toc.body);
    report.tocChanged = tocHash !== list.toc_hash;
  }

  // 2. Plan.
  const planned = planSync(entries, stored, { full: opts.full, since: opts.since, until: opts.until, recheckDays: opts.recheckDays });
  events?.onPlan?.(name, planned);
  if (opts.dryRun) {
    report.periods = planned.map((p) => ({ period: p.entry.period, reason: p.reason, result: 'planned', newMessages: 0 }));
    return report;
  }

  // 3. Fetch and store each period.
  const limit = pLimit(opts.concurrency ?? 4);
  await Promise.all(planned.map((p) => limit(async () => {
    const outcome = await syncPeriod(deps, list, p, stored.get(p.entry.period), opts);
    report.periods.push(outcome);
    report.newMessages += outcome.newMessages;
    if (outcome.result === 'failed') report.failures.push({ period: p.entry.period, error: outcome.error ?? 'failed' });
    events?.onPeriod?.(name, outcome);
  })));
  report.periods.sort((a, b) => a.period.localeCompare(b.period));

  // 4. Only a complete, unbounded run may let the next run trust a 304 on the table.
  const ok = report.failures.length === 0;
  if (ok && !bounded && !toc.notModified) store.setTocState(list.id, toc.etag, toc.lastModified, tocHash);
  store.markListSynced(list.id, ok);
  return report;
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

async function syncPeriod(deps: SyncDeps, list: ListRow, p: PlannedPeriod, stored: PeriodRow | undefined, opts: SyncOptions): Promise<PeriodOutcome> {
  const { http, store } = deps;
  const e = p.entry;
  const base = { period: e.period, reason: p.reason };
  const periodInfo = { period: e.period, kind: e.kind, start: e.start, end: e.end, label: e.label };
  const maxBytes = opts.maxBytes ?? 256 * 1024 * 1024;
  try {
    let fetched: TextFetch = { kind: 'missing', tried: [], errors: [] };
    try {
      fetched = await fetchPeriodText(http, textCandidates(list.url, e.period, e.textUrl, p.newest, stored?.status === 'ok' ? stored.text_url : null), stored, { full: opts.full, maxBytes });
    } catch (err) {
      if ((err as { code?: string }).code === 'E_BUDGET') throw err;
      fetched = { kind: 'missing', tried: [], errors: [(err as Error).message] };
    }
    if (fetched.kind === 'unchanged') {
      // Nothing new: write nothing, unless the table's size label moved (so it is not re-fetched for that next time).
      if (stored && e.sizeLabel && e.sizeLabel !== stored.size_label) store.markPeriodChecked(list.id, e.period, e.sizeLabel);
      return { ...base, result: 'unchanged', source: 'mbox', newMessages: 0 };
    }
    if (fetched.kind === 'missing') return await syncPeriodFromPages(deps, list, p, fetched.errors);

    const text = fetched.kind === 'full' ? fetched.text : fetched.appended;
    const entries = splitMbox(text);
    const parsed = entries.map((raw) => ({ raw, mail: safeParse(raw) }));
    const index = await fetchIndex(http, e.dateIndexUrl, deps.events);
    const pairs = index ? pairArchivedPages(parsed.map((x) => ({ subject: x.mail?.subject ?? '', authorName: x.mail?.authorName ?? '' })), index, fetched.kind === 'appended') : [];
    const messages: NewMessage[] = parsed.map((x, i) => toNewMessage(e.period, x.raw, x.mail, pairs[i] ?? null));
    const length = fetched.kind === 'full' ? text.length : fetched.prefixLength + text.length;
    const hash = fetched.kind === 'full' ? sha256(text) : sha256(`${stored?.text_hash ?? ''}${sha256(text)}`);
    const tail = tailHash(fetched.kind === 'full' ? text : fetched.window);
    const inserted = store.commitPeriod(list.id, {
      ...periodInfo, size_label: e.sizeLabel, text_url: fetched.url, etag: fetched.etag, last_modified: fetched.lastModified,
      text_length: length, text_hash: hash, tail_hash: tail,
      source: 'mbox',
    }, messages);
    if (inserted.length) deps.indexer.indexMessages(inserted);
    return { ...base, result: 'stored', source: 'mbox', newMessages: inserted.length };
  } catch (err) {
    if ((err as { code?: string }).code === 'E_BUDGET') throw err;
    const message = describe(err);
    store.markPeriodFailed(list.id, periodInfo, message);
    return { ...base, result: 'failed', newMessages: 0, error: message };
  }
}

function describe(err: unknown): string {
  if (err instanceof FetchError) return `${err.code}: ${err.message}`;
  return (err as Error)?.message ?? String(err);
}

function safeParse(raw: Buffer): ParsedMail | null {
  try {
    return parseMail(raw);
  } catch {
    return null;
  }
}

function toNewMessage(period: string, raw: Buffer, mail: ParsedMail | null, page: PeriodIndexEntry | null): NewMessage {
  const contentHash = entryHash(raw);
  const messageId = mail?.messageId ?? null;
  return {
    period, messageId, msgKey: messageKey(messageId, contentHash), contentHash, source: 'mbox', raw,
    seq: page?.seq ?? null, url: page?.url ?? null, subject: mail?.subject ?? null, authorName: mail?.authorName ?? null,
    authorAddress: mail?.authorAddress ?? null, date: mail?.date ?? null, inReplyTo: mail?.inReplyTo ?? null,
  };
}

async function fetchIndex(http: HttpClient, url: string, events?: SyncEvents): Promise<PeriodIndexEntry[] | null> {
  try {
    const res = await http.get(url);
    return parsePeriodIndex(decodeHtml(res.body, charsetOf(res.contentType)), url);
  } catch (err) {
    if ((err as { code?: string }).code === 'E_BUDGET') throw err;
    events?.onWarn?.(`could not read ${url} (${describe(err)}); messages stored without their archived page URL`);
    return null;
  }
}

/**
 * Fallback: the period's date.html and each message page not stored yet. Pages that could be
 * fetched are stored even when others fail; the period is then marked failed (in the same
 * transaction) so the next run fetches only the pages still missing.
 */
async function syncPeriodFromPages(deps: SyncDeps, list: ListRow, p: PlannedPeriod, textErrors: string[]): Promise<PeriodOutcome> {
  const { http, store } = deps;
  const e = p.entry;
  const res = await http.get(e.dateIndexUrl);
  const entries = parsePeriodIndex(decodeHtml(res.body, charsetOf(res.contentType)), e.dateIndexUrl);
  const have = new Set(store.messagesOfPeriod(list.id, e.period).map((m) => m.url).filter(Boolean));
  const todo = entries.filter((x) => !have.has(x.url));
  const pages = await Promise.allSettled(todo.map(async (x) => ({ x, res: await http.get(x.url) })));
  const budget = pages.find((r) => r.status === 'rejected' && (r.reason as { code?: string })?.code === 'E_BUDGET');
  const failed = pages.flatMap((r, i) => (r.status === 'rejected' ? [`${todo[i].file}: ${describe(r.reason)}`] : []));
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
  const periodInfo = { period: e.period, kind: e.kind, start: e.start, end: e.end, label: e.label };
  const error = failed.length ? `${failed.length} of ${entries.length} message pages could not be fetched (${failed.slice(0, 3).join('; ')}${failed.length > 3 ? '; ...' : ''})` : null;
  const inserted = store.commitPeriod(list.id, {
    ...periodInfo, size_label: e.sizeLabel, text_url: null, etag: null, last_modified: null, text_length: null,
    text_hash: null, tail_hash: null, source: 'html',
  }, messages, error);
  if (inserted.length) deps.indexer.indexMessages(inserted);
  if (budget) throw (budget as PromiseRejectedResult).reason;
  deps.events?.onWarn?.(`${e.period}: text archive unavailable (${textErrors.join('; ') || 'no link'}); read ${entries.length - failed.length} message pages instead`);
  if (error) return { period: e.period, reason: p.reason, result: 'failed', source: 'html', newMessages: inserted.length, error };
  return { period: e.period, reason: p.reason, result: 'stored', source: 'html', newMessages: inserted.length };
}

