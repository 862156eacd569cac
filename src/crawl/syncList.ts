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
import { parseTocDetailed, parsePeriodIndex, parseMessagePage, decodeHtml, type TocEntry, type PeriodIndexEntry } from '../pipermail/index.js';
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
  /**
   * Set when the request budget (--max-requests) ran out during this list: the periods not
   * started are left for the next run (neither fetched nor marked failed).
   */
  budgetExhausted?: { error: string; notStarted: number };
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

/** Cap on HTML pages (archive table, date.html, message pages), far below the archive cap. */
export const PAGE_MAX_BYTES = 16 * 1024 * 1024;

function withoutFromLine(entry: Buffer): Buffer {
  if (entry.subarray(0, 5).toString('latin1') !== 'From ') return entry;
  const nl = entry.indexOf(0x0a);
  return nl >= 0 ? entry.subarray(nl + 1) : Buffer.alloc(0);
}

/**
 * An entry's bytes as they read in the middle of a period file, ending in a blank line. The
 * last entry of a file may end in a single newline, or none, until the next message is appended
 * after it; hashed as is, the same message would get a new identity then.
 */
function asMidFile(b: Buffer): Buffer {
  const n = b.length;
  if (n === 0) return b;
  if (b[n - 1] === 0x0a && (b[n - 2] === 0x0a || (b[n - 2] === 0x0d && b[n - 3] === 0x0a))) return b;
  return Buffer.concat([b, Buffer.from(b[n - 1] === 0x0a ? '\n' : '\n\n')]);
}

/**
 * sha256 of an mbox entry without its From_ line (whose time differs between re-imports), as it
 * reads in the middle of the file: the same whatever the file's last bytes were when it was read.
 */
export function entryHash(entry: Buffer): string {
  return sha256(asMidFile(withoutFromLine(entry)));
}

/** The hash versions before 0.2 gave an entry (its bytes as they ended), when it differs from entryHash. */
function legacyEntryHashes(entry: Buffer): string[] {
  const body = withoutFromLine(entry);
  const out = new Set([sha256(body)]);
  // A file that ended in a single newline when the entry was stored, and has grown since.
  const n = body.length;
  if (n >= 2 && body[n - 1] === 0x0a && body[n - 2] === 0x0a) out.add(sha256(body.subarray(0, n - 1)));
  out.delete(entryHash(entry));
  return [...out];
}

/** Bytes of no message at all: a Range answer that starts with the blank line ending the previous entry. */
function isBlank(b: Buffer): boolean {
  for (const c of b) if (c !== 0x0a && c !== 0x0d && c !== 0x20 && c !== 0x09) return false;
  return true;
}

function tocLooksLikePipermail(html: string): boolean {
  return /pipermail|Archives|no archives|No messages have been posted/i.test(html);
}

export async function syncList(deps: SyncDeps, listUrl: string, opts: SyncOptions = {}): Promise<ListSyncReport> {
  const { http, store, events } = deps;
  const { root, name } = normalizeListUrl(listUrl);
  // A list is registered only once its archive table was read: a mistyped URL that answers 404
  // (or is no archive at all) must not stay in the database, failing every cron run.
  const known = store.findList(root);
  const stored = known ? store.periods(known.id) : new Map<string, PeriodRow>();
  const report: ListSyncReport = { list: name, url: root, tocChanged: false, periods: [], newMessages: 0, reports: 0, failures: [] };

  // 1. The archive table, conditionally.
  const bounded = Boolean(opts.since || opts.until);
  const toc = await http.get(root, opts.full || !known ? { maxBytes: PAGE_MAX_BYTES } : { etag: known.toc_etag, lastModified: known.toc_last_modified, maxBytes: PAGE_MAX_BYTES })
    .catch((err: unknown) => {
      if ((err as { code?: string }).code === 'E_TOO_LARGE') {
        throw new FetchError('E_TOO_LARGE', `the archive table ${root} is larger than ${PAGE_MAX_BYTES / 1024 / 1024} MiB, the cap for HTML pages: not a pipermail archive table`, { url: root, attempts: (err as FetchError).attempts ?? 1, cause: err });
      }
      throw err;
    });
  let entries: TocEntry[];
  let tocHash = known?.toc_hash ?? null;
  if (toc.notModified) {
    // Unchanged table: what we stored is the table (minus size labels, which cannot have changed).
    entries = [...stored.values()].map((p) => storedToEntry(root, p));
  } else {
    const html = decodeHtml(toc.body, charsetOf(toc.contentType));
    const parsed = parseTocDetailed(html, toc.finalUrl.endsWith('/') ? toc.finalUrl : root);
    entries = parsed.entries;
    for (const w of parsed.skipped) events?.onWarn?.(`${name}: ${w}`);
    if (entries.length === 0 && !tocLooksLikePipermail(html)) {
      throw new ArchiveError('E_NOT_LIST', `${root} does not look like a pipermail archive (no archive table found)`,
        'give the list archive root, e.g. https://lists.example.org/pipermail/LIST/');
    }
    tocHash = sha256(toc.body);
    report.tocChanged = tocHash !== known?.toc_hash;
  }
  const list: ListRow = known ?? (opts.dryRun
    ? { id: -1, url: root, name, toc_etag: null, toc_last_modified: null, toc_hash: null, last_sync_at: null, last_ok_at: null, last_error: null, last_error_at: null }
    : store.ensureList(root, name));

  // 2. Plan.
  const planned = planSync(entries, stored, { full: opts.full, since: opts.since, until: opts.until, recheckDays: opts.recheckDays });
  events?.onPlan?.(name, planned);
  if (opts.dryRun) {
    report.periods = planned.map((p) => ({ period: p.entry.period, reason: p.reason, result: 'planned', newMessages: 0 }));
    return report;
  }

  // 3. Fetch and store each period.
  // Once the request budget is spent, periods not started yet are left alone (not fetched, not
  // marked failed) for the next run, and those in flight finish with what they have.
  const limit = pLimit(opts.concurrency ?? 4);
  const run: RunState = { budget: null };
  let notStarted = 0;
  await Promise.all(planned.map((p) => limit(async () => {
    if (run.budget) {
      notStarted++;
      return;
    }
    const outcome = await syncPeriod(deps, list, p, stored.get(p.entry.period), opts, run);
    if (!outcome) {
      notStarted++;
      return;
    }
    report.periods.push(outcome);
    report.newMessages += outcome.newMessages;
    if (outcome.result === 'failed') report.failures.push({ period: p.entry.period, error: outcome.error ?? 'failed' });
    events?.onPeriod?.(name, outcome);
  })));
  report.periods.sort((a, b) => a.period.localeCompare(b.period));

  if (run.budget) report.budgetExhausted = { error: run.budget.message, notStarted };

  // 4. Only a complete, unbounded run may let the next run trust a 304 on the table.
  const ok = report.failures.length === 0 && !run.budget;
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

/** What the periods of one list share while they are fetched. */
interface RunState {
  /** The request budget ran out: set once, stops the periods not started yet. */
  budget: FetchError | null;
}

const isBudget = (err: unknown): err is FetchError => (err as { code?: string } | null)?.code === 'E_BUDGET';

/**
 * Fetch and store one period. Returns null when the request budget ran out before anything of
 * it was stored (then nothing is recorded: the next run fetches it as if this one had not tried).
 */
async function syncPeriod(deps: SyncDeps, list: ListRow, p: PlannedPeriod, stored: PeriodRow | undefined, opts: SyncOptions, run: RunState): Promise<PeriodOutcome | null> {
  const { http, store } = deps;
  const e = p.entry;
  const base = { period: e.period, reason: p.reason };
  const periodInfo = { period: e.period, kind: e.kind, start: e.start, end: e.end, label: e.label };
  const maxBytes = opts.maxBytes ?? 256 * 1024 * 1024;
  let textNotFound = false;
  try {
    let fetched: TextFetch = { kind: 'missing', tried: [], errors: [] };
    try {
      fetched = await fetchPeriodText(http, textCandidates(list.url, e.period, e.textUrl, p.newest, stored?.status === 'ok' ? stored.text_url : null), stored, { full: opts.full, maxBytes });
    } catch (err) {
      if (isBudget(err)) throw err;
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
    if (fetched.kind === 'unchanged') {
      // Nothing new: write nothing, unless the table's size label moved (so it is not re-fetched for that next time).
      if (stored && e.sizeLabel && e.sizeLabel !== stored.size_label) store.markPeriodChecked(list.id, e.period, e.sizeLabel);
      // A 206 with nothing appended (or a whole body with the stored hash) carries the file's new
      // validators: keep them, so that the next run gets a 304 instead of the tail again.
      if (stored && (fetched.etag || fetched.lastModified) && (fetched.etag !== stored.etag || fetched.lastModified !== stored.last_modified)) {
        store.setPeriodValidators(list.id, e.period, fetched.etag, fetched.lastModified);
      }
      return { ...base, result: 'unchanged', source: 'mbox', newMessages: 0 };
    }
    if (fetched.kind === 'missing') {
      textNotFound = fetched.errors.length > 0 && fetched.errors.every((x) => x.endsWith(': not found'));
      return await syncPeriodFromPages(deps, list, p, fetched.errors, run);
    }

    const text = fetched.kind === 'full' ? fetched.text : fetched.appended;
    const entries = splitMbox(text).filter((raw, i) => !(i === 0 && fetched.kind === 'appended' && isBlank(raw)));
    const parsed = entries.map((raw) => ({ raw, mail: safeParse(raw) }));
    const index = await fetchIndex(http, e.dateIndexUrl, deps.events);
    const pairs = index.entries ? pairArchivedPages(parsed.map((x) => ({ subject: x.mail?.subject ?? '', authorName: x.mail?.authorName ?? '' })), index.entries, fetched.kind === 'appended') : [];
    const rechecking = stored !== undefined;
    const messages: NewMessage[] = parsed.map((x, i) => toNewMessage(e.period, x.raw, x.mail, pairs[i] ?? null, rechecking));
    const length = fetched.kind === 'full' ? text.length : fetched.prefixLength + text.length;
    const hash = fetched.kind === 'full' ? sha256(text) : sha256(`${stored?.text_hash ?? ''}${sha256(text)}`);
    const tail = tailHash(fetched.kind === 'full' ? text : fetched.window);
    // date.html could not be read for a passing reason: keep the messages, and keep the period
    // failing so that the next run reads it again and gives them their page URLs.
    const failure = index.retry ? `messages stored without their archived page URLs: ${index.retry}` : null;
    const inserted = store.commitPeriod(list.id, {
      ...periodInfo, size_label: e.sizeLabel, text_url: fetched.url, etag: fetched.etag, last_modified: fetched.lastModified,
      text_length: length, text_hash: hash, tail_hash: tail,
      source: 'mbox',
    }, messages, failure);
    if (inserted.length) deps.indexer.indexMessages(inserted);
    if (failure) return { ...base, result: 'failed', source: 'mbox', newMessages: inserted.length, error: failure };
    return { ...base, result: 'stored', source: 'mbox', newMessages: inserted.length };
  } catch (err) {
    if (isBudget(err)) {
      run.budget ??= err;
      return null;
    }
    const message = describe(err);
    // Nothing at all for this period (its text and its date.html answer 404): ask again later, less often.
    const missing = textNotFound && err instanceof FetchError && err.code === 'E_HTTP_NOT_FOUND' && err.url === e.dateIndexUrl;
    const next = store.markPeriodFailed(list.id, periodInfo, message, { missing });
    return { ...base, result: 'failed', newMessages: 0, error: next ? `${message} (missing on the server; next try after ${next.slice(0, 10)})` : message };
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

function toNewMessage(period: string, raw: Buffer, mail: ParsedMail | null, page: PeriodIndexEntry | null, withAliases = false): NewMessage {
  const contentHash = entryHash(raw);
  const messageId = mail?.messageId ?? null;
  const aliases = withAliases ? legacyEntryHashes(raw).map((h) => ({ msgKey: messageKey(messageId, h), contentHash: h })) : [];
  return {
    period, messageId, msgKey: messageKey(messageId, contentHash), contentHash, source: 'mbox', raw,
    seq: page?.seq ?? null, url: page?.url ?? null, subject: mail?.subject ?? null, authorName: mail?.authorName ?? null,
    authorAddress: mail?.authorAddress ?? null, date: mail?.date ?? null, inReplyTo: mail?.inReplyTo ?? null,
    ...(aliases.length ? { aliases } : {}),
  };
}

/**
 * A period's date.html, for the messages' page URLs. When it cannot be read the messages are
 * stored without them: `retry` says why when a later run may do better (not for a 404).
 */
async function fetchIndex(http: HttpClient, url: string, events?: SyncEvents): Promise<{ entries: PeriodIndexEntry[] | null; retry?: string }> {
  try {
    const res = await http.get(url, { maxBytes: PAGE_MAX_BYTES });
    return { entries: parsePeriodIndex(decodeHtml(res.body, charsetOf(res.contentType)), url) };
  } catch (err) {
    if (isBudget(err)) throw err;
    events?.onWarn?.(`could not read ${url} (${describe(err)}); messages stored without their archived page URL`);
    const code = (err as { code?: string }).code;
    return { entries: null, ...(code === 'E_HTTP_NOT_FOUND' ? {} : { retry: describe(err) }) };
  }
}

/**
 * Fallback: the period's date.html and each message page not stored yet. Pages that could be
 * fetched are stored even when others fail; the period is then marked failed (in the same
 * transaction) so the next run fetches only the pages still missing.
 */
async function syncPeriodFromPages(deps: SyncDeps, list: ListRow, p: PlannedPeriod, textErrors: string[], run: RunState): Promise<PeriodOutcome> {
  const { http, store } = deps;
  const e = p.entry;
  const res = await http.get(e.dateIndexUrl, { maxBytes: PAGE_MAX_BYTES });
  const entries = parsePeriodIndex(decodeHtml(res.body, charsetOf(res.contentType)), e.dateIndexUrl);
  const have = new Set(store.messagesOfPeriod(list.id, e.period).map((m) => m.url).filter(Boolean));
  const todo = entries.filter((x) => !have.has(x.url));
  const pages = await Promise.allSettled(todo.map(async (x) => {
    if (run.budget) throw run.budget; // spent meanwhile: do not queue more requests
    return { x, res: await http.get(x.url, { maxBytes: PAGE_MAX_BYTES }) };
  }));
  const budget = pages.find((r) => r.status === 'rejected' && isBudget(r.reason));
  if (budget) run.budget ??= (budget as PromiseRejectedResult).reason as FetchError;
  const failed = pages.flatMap((r, i) => (r.status === 'rejected' && !isBudget(r.reason) ? [`${todo[i].file}: ${describe(r.reason)}`] : []));
  const left = pages.filter((r) => r.status === 'rejected' && isBudget(r.reason)).length;
  // The budget ran out before any page came: leave the period as it was, for the next run.
  if (left > 0 && left === pages.length && run.budget) throw run.budget;
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
  const problems = [
    ...(failed.length ? [`${failed.length} of ${entries.length} message pages could not be fetched (${failed.slice(0, 3).join('; ')}${failed.length > 3 ? '; ...' : ''})`] : []),
    ...(left ? [`${left} of ${entries.length} message pages left for the next run (request budget spent)`] : []),
  ];
  const error = problems.length ? problems.join('; ') : null;
  const inserted = store.commitPeriod(list.id, {
    ...periodInfo, size_label: e.sizeLabel, text_url: null, etag: null, last_modified: null, text_length: null,
    text_hash: null, tail_hash: null, source: 'html',
  }, messages, error);
  if (inserted.length) deps.indexer.indexMessages(inserted);
  deps.events?.onWarn?.(`${e.period}: text archive unavailable (${textErrors.join('; ') || 'no link'}); read ${entries.length - failed.length - left} message pages instead`);
  if (error) return { period: e.period, reason: p.reason, result: 'failed', source: 'html', newMessages: inserted.length, error };
  return { period: e.period, reason: p.reason, result: 'stored', source: 'html', newMessages: inserted.length };
}
