/**
 * Sync one list from its source: read the list's periods, plan the ones that can have changed,
 * fetch each one's new mail, store the raw messages and the period's new state in one
 * transaction, then index what was new. Failures are recorded per period and the run goes on;
 * the request budget running out (StopRunError) leaves the periods not started for the next run.
 */
import pLimit from 'p-limit';
import { isStopRun, StopRunError } from '../crawl/index.js';
import { planSync, type PlannedPeriod } from './planSync.js';
import { describeFailure, type ArchivePeriod, type ArchiveSource, type ListRoot, type SourceContext } from './source.js';
import type { RawStore, PeriodRow, ListRow } from '../store/index.js';
import type { IndexWriter } from '../index/index.js';
import { compareText } from '../textOrder.js';

export interface SyncOptions {
  full?: boolean;
  since?: string;
  until?: string;
  dryRun?: boolean;
  recheckDays?: number;
  /** Periods fetched at once (the HTTP client also limits per host). */
  concurrency?: number;
  maxBytes?: number;
  /** Pipermail: read each period's text only, and leave pairing its messages with their page URLs to a later run. */
  deferUrls?: boolean;
  /** Aborted when the run is interrupted (SIGINT, SIGTERM): no period is started, nor a part of one, after it. */
  signal?: AbortSignal;
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
  /** The archive kind the list was read as. */
  kind: string;
  /** True when this run registered the list (its first sync). */
  registered: boolean;
  tocChanged: boolean;
  /** The archive said its table is unchanged, and that means no new mail (PeriodTable.quiet): nothing else was asked. */
  tableUnchanged: boolean;
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
  onPlan?(list: string, planned: Array<PlannedPeriod<ArchivePeriod>>): void;
  onPeriod?(list: string, outcome: PeriodOutcome): void;
  onWarn?(message: string): void;
}

export interface SyncDeps {
  source: ArchiveSource;
  store: RawStore;
  indexer: IndexWriter;
  events?: SyncEvents;
}

export async function syncList(deps: SyncDeps, list: ListRoot, opts: SyncOptions = {}): Promise<ListSyncReport> {
  const { source, store, events } = deps;
  const { root, name } = list;
  // A list is registered only once its archive table was read: a mistyped URL that answers 404
  // (or is no archive at all) must not stay in the database, failing every cron run.
  const known = store.findList(root);
  const stored = known ? store.periods(known.id) : new Map<string, PeriodRow>();
  const report: ListSyncReport = { list: name, url: root, kind: list.kind ?? 'pipermail', registered: false, tocChanged: false, tableUnchanged: false, periods: [], newMessages: 0, reports: 0, failures: [] };
  const warn = (m: string) => events?.onWarn?.(m);

  // 1. The list's periods, conditionally.
  const bounded = Boolean(opts.since || opts.until);
  const table = await source.periods(list, known, stored, { full: opts.full }, { warn });
  report.tocChanged = table.changed;
  const tableQuiet = table.notModified && table.quiet === true;
  report.registered = !known && !opts.dryRun;
  const row: ListRow = known ?? (opts.dryRun
    ? { id: -1, url: root, name, kind: list.kind ?? 'pipermail', toc_etag: null, toc_last_modified: null, toc_hash: null, last_sync_at: null, last_ok_at: null, last_error: null, last_error_at: null }
    : store.ensureList(root, name, list.kind ?? 'pipermail'));

  // 2. Plan.
  const planned = planSync(table.periods, stored, { full: opts.full, since: opts.since, until: opts.until, recheckDays: opts.recheckDays, deferUrls: opts.deferUrls,
    tableQuiet });
  report.tableUnchanged = tableQuiet && planned.length === 0;
  events?.onPlan?.(name, planned);
  if (opts.dryRun) {
    report.periods = planned.map((p) => ({ period: p.entry.period, reason: p.reason, result: 'planned', newMessages: 0 }));
    return report;
  }

  // 3. Fetch and store each period.
  // Once the request budget is spent, periods not started yet are left alone (not fetched, not
  // marked failed) for the next run, and those in flight finish with what they have.
  const limit = pLimit(opts.concurrency ?? 4);
  let stop: Error | null = null;
  let notStarted = 0;
  // An interrupt stops the run as a spent budget does (HTTP requests throw it; this covers work without them).
  const interrupted = () => {
    if (!stop && opts.signal?.aborted) stop = new StopRunError(`interrupted by ${String(opts.signal.reason)}`, root, 'E_INTERRUPTED');
    return stop;
  };
  await Promise.all(planned.map((p) => limit(async () => {
    if (interrupted()) {
      notStarted++;
      return;
    }
    const ctx: SourceContext = {
      warn, stopped: interrupted, stop: (err) => { stop ??= err; },
      storedUrls: () => new Set(store.messagesOfPeriod(row.id, p.entry.period).map((m) => m.url).filter((u): u is string => Boolean(u))),
      storedMessages: () => store.messagesOfPeriod(row.id, p.entry.period)
        .map((m) => ({ msgKey: m.msg_key, contentHash: m.content_hash, subject: m.subject, authorName: m.author_name, url: m.url })),
    };
    const outcome = await syncPeriod(deps, row, p, stored.get(p.entry.period), opts, ctx);
    if (!outcome) {
      notStarted++;
      return;
    }
    report.periods.push(outcome);
    report.newMessages += outcome.newMessages;
    if (outcome.result === 'failed') report.failures.push({ period: p.entry.period, error: outcome.error ?? 'failed' });
    events?.onPeriod?.(name, outcome);
  })));
  report.periods.sort((a, b) => compareText(a.period, b.period));

  if (stop) report.budgetExhausted = { error: (stop as Error).message, notStarted };

  // 4. Only a complete, unbounded run may let the next run trust a 304 on the table.
  const ok = report.failures.length === 0 && !stop;
  if (ok && !bounded && !table.notModified) store.setTocState(row.id, table.etag, table.lastModified, table.hash);
  store.markListSynced(row.id, ok);
  return report;
}

/**
 * Fetch and store one period. Returns null when the run was stopped before anything of it was
 * stored (then nothing is recorded: the next run fetches it as if this one had not tried).
 */
async function syncPeriod(deps: SyncDeps, list: ListRow, p: PlannedPeriod<ArchivePeriod>, storedBefore: PeriodRow | undefined, opts: SyncOptions, ctx: SourceContext): Promise<PeriodOutcome | null> {
  const { source, store } = deps;
  const e = p.entry;
  const base = { period: e.period, reason: p.reason };
  const periodInfo = { period: e.period, kind: e.kind, start: e.start, end: e.end, label: e.label };
  const failed = (message: string, missing: boolean): PeriodOutcome => {
    const next = store.markPeriodFailed(list.id, periodInfo, message, { missing });
    return { ...base, result: 'failed', newMessages: 0, error: next ? `${message} (missing on the server; next try after ${next.slice(0, 10)})` : message };
  };
  let stored = storedBefore;
  let newMessages = 0;
  try {
    for (;;) {
      const mail = await source.periodMail(list, p, stored, { full: opts.full, maxBytes: opts.maxBytes ?? 256 * 1024 * 1024, deferUrls: opts.deferUrls }, ctx);
      if (mail.kind === 'unchanged') {
        // Nothing new: write nothing, unless the table's size label moved (so it is not re-fetched for that next time).
        if (stored && e.sizeLabel && e.sizeLabel !== stored.size_label) store.markPeriodChecked(list.id, e.period, e.sizeLabel);
        // A 206 with nothing appended (or a whole body with the stored hash) carries the file's new
        // validators: keep them, so that the next run gets a 304 instead of the tail again.
        const v = mail.validators;
        if (stored && v && (v.etag || v.lastModified) && (v.etag !== stored.etag || v.lastModified !== stored.last_modified)) {
          store.setPeriodValidators(list.id, e.period, v.etag, v.lastModified);
        }
        return { ...base, result: newMessages ? 'stored' : 'unchanged', source: mail.source, newMessages };
      }
      if (mail.kind === 'missing') return failed(mail.error, true);
      const inserted = store.commitPeriod(list.id, mail.state, mail.messages, mail.failure);
      if (inserted.length) deps.indexer.indexMessages(inserted);
      newMessages += inserted.length;
      if (mail.failure) return { ...base, result: 'failed', source: mail.source, newMessages, error: mail.failure };
      // A period read in parts: the part just stored is the state the next part starts from (and a
      // killed run resumes from). The run being stopped leaves the rest for the next one.
      if (!mail.more || ctx.stopped()) return { ...base, result: 'stored', source: mail.source, newMessages };
      stored = store.periods(list.id).get(e.period);
    }
  } catch (err) {
    if (isStopRun(err)) {
      ctx.stop(err);
      return null;
    }
    return failed(describeFailure(err), false);
  }
}
