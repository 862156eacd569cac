/**
 * One `archive sync` run over several lists: take the database's sync lock, build one polite
 * HTTP client limited to the lists' own URLs and a source of each kind over it (pipermail,
 * HyperKitty, public-inbox), sync each list
 * (a list that fails does not stop the others), release the lock. Returns what happened; the
 * CLI decides the exit code.
 */
import type { Db } from '../store/index.js';
import { RawStore, acquireRunLock, useCacheSize, SYNC_CACHE_KIB } from '../store/index.js';
import { IndexWriter, seriesTableEmpty } from '../index/index.js';
import { ArchiveError } from '../errors.js';
import { createHttpClient, DEFAULT_USER_AGENT, HTTP_DEFAULTS, isStopRun, type HttpClientInit } from '../crawl/index.js';
import { createPipermailSource } from './pipermail/pipermailSource.js';
import { createHyperKittySource } from './hyperkitty/hyperkittySource.js';
import { createPublicInboxSource } from './publicinbox/publicInboxSource.js';
import type { GitOptions } from './publicinbox/git.js';
import { NotListError } from './describePage.js';
import { discoverLists, globToRegExp } from './discoverLists.js';
import { SYNC_KINDS, type ArchiveKind, type ArchiveSource, type ListRoot } from './source.js';

const isSyncKind = (k: string): k is ArchiveKind => (SYNC_KINDS as readonly string[]).includes(k);
import { syncList, type ListSyncReport, type SyncEvents, type SyncOptions } from './syncList.js';

const ROBOTS_MAX_AGE_MS = 24 * 3600_000;

export interface RunSyncOptions extends SyncOptions {
  /** Seconds to wait for another sync holding the lock. */
  waitSeconds?: number;
  http?: Partial<HttpClientInit>;
  events?: SyncEvents;
  /** How public-inbox lists are read: the git binary and its environment, and where remote epochs are mirrored. */
  publicInbox?: { gitPath: string; env: Record<string, string>; mirrorDir: string | null; chunkCommits?: number };
  /** Of the lists an index names, sync those whose name this glob matches (`gluster-*`). */
  match?: string;
  /**
   * Aborted to stop the run early (the CLI aborts it on SIGINT / SIGTERM, with the signal's name
   * as the reason): requests in flight are abandoned, no period is started after it, and what
   * was stored stays stored; the next run resumes from there.
   */
  signal?: AbortSignal;
}

export interface RunSyncSummary {
  lists: ListSyncReport[];
  /**
   * Lists that failed as a whole (table unreachable, not an archive...), and the request budget
   * running out (a StopRunError, code E_BUDGET, once, naming what was left).
   */
  listErrors: Array<{ url: string; code: string; error: string }>;
  /** The reason `signal` gave (e.g. 'SIGTERM') when the run was stopped by it, else null. */
  interrupted: string | null;
  requests: number;
  bytes: number;
  retries: number;
  newMessages: number;
  elapsedMs: number;
  ok: boolean;
}

/**
 * `lists` are list roots as the source's listRoot() made them (the CLI normalises what the user
 * typed once, before anything is opened); none means every registered list.
 */
export async function runSync(db: Db, lists: ListRoot[], opts: RunSyncOptions = {}): Promise<RunSyncSummary> {
  const started = Date.now();
  const store = new RawStore(db);
  // Lists imported from files (kind 'mbox') have nothing to sync.
  const given = lists.length > 0 ? lists : store.lists().filter((l) => isSyncKind(l.kind)).map((l) => ({ root: l.url, name: l.name, kind: l.kind as ArchiveKind }));
  const roots = given.map((l) => l.root);
  const httpRoots = roots.filter((r) => /^https?:/.test(r));
  if (roots.length === 0) {
    throw new ArchiveError('E_USAGE', `no lists to sync: none are registered in this database yet${store.lists().length ? ' (lists made by archive import are not synced)' : ''}`,
      'give a list archive root, e.g. archive sync https://lists.example.org/pipermail/LIST/');
  }
  const lock = opts.dryRun ? null : await acquireRunLock(db, (opts.waitSeconds ?? 0) * 1000);
  const http = createHttpClient({
    userAgent: DEFAULT_USER_AGENT, ...opts.http, allowedPrefixes: [...new Set(httpRoots)],
    // RFC 9309 lets crawlers cache robots.txt for up to 24 hours.
    robotsStore: opts.dryRun ? undefined : { get: (o) => store.robots(o, ROBOTS_MAX_AGE_MS), set: (o, t) => store.rememberRobots(o, t) },
  });
  const httpOpts = { ...HTTP_DEFAULTS, userAgent: DEFAULT_USER_AGENT, ...opts.http };
  const git: GitOptions = {
    bin: opts.publicInbox?.gitPath ?? 'git', env: opts.publicInbox?.env ?? {},
    // A git command may take the per-request deadline, a fetch of a whole epoch included.
    timeoutMs: httpOpts.deadlineMs, idleMs: httpOpts.timeoutMs, userAgent: httpOpts.userAgent,
  };
  const sources: Record<ArchiveKind, ArchiveSource> = {
    pipermail: createPipermailSource(http) as ArchiveSource,
    hyperkitty: createHyperKittySource(http) as ArchiveSource,
    'public-inbox': createPublicInboxSource(http, { git, mirrorDir: opts.publicInbox?.mirrorDir ?? null, chunkCommits: opts.publicInbox?.chunkCommits }) as ArchiveSource,
  };
  // A first sync weighs the series it records from a copy in memory, as a reindex does: with the
  // run lock held, this writer makes every change to the series table. Queried instead, each
  // batch ranked every member of every growing series again (a tenth of a first sync's time).
  const indexer = new IndexWriter(db, { deferProjects: true, fromEmpty: !opts.dryRun && seriesTableEmpty(db) });
  // A smaller page cache while this run writes (connection.ts), the usual one again after it.
  const restoreCache = opts.dryRun ? () => {} : useCacheSize(db, SYNC_CACHE_KIB);
  const summary: RunSyncSummary = { lists: [], listErrors: [], interrupted: null, requests: 0, bytes: 0, retries: 0, newMessages: 0, elapsedMs: 0, ok: true };
  const onAbort = () => {
    summary.interrupted = String(opts.signal?.reason ?? 'interrupted');
    http.interrupt(`interrupted by ${summary.interrupted}`);
  };
  if (opts.signal?.aborted) onAbort();
  else opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    // Messages a killed run stored but did not index are indexed now.
    if (!opts.dryRun) indexer.indexPending();
    // A host's index given: the lists it names (those --match keeps) take its place.
    const expanded: ListRoot[] = [];
    for (const l of given) {
      if (!(l as ListRoot).index) {
        expanded.push(l);
        continue;
      }
      try {
        const found = await discoverLists(http, l, opts.match ? globToRegExp(opts.match) : null);
        if (found.length === 0) summary.listErrors.push({ url: l.root, code: 'E_NOT_FOUND', error: `no list in this index${opts.match ? ` matches ${opts.match}` : ''}` });
        expanded.push(...found);
      } catch (e) {
        summary.listErrors.push({ url: l.root, code: (e as { code?: string }).code ?? 'E_UNKNOWN', error: (e as Error).message });
        if (isStopRun(e)) break;
      }
    }
    // A list registered before keeps the kind it was registered with.
    const all: ListRoot[] = [...new Map(expanded.map((l) => [l.root, { ...l, kind: (store.findList(l.root)?.kind as ArchiveKind | undefined) ?? l.kind }])).values()];
    for (const [i, list] of all.entries()) {
      const root = list.root;
      const notReached = all.length - i - 1;
      const later = notReached ? `; ${notReached} more list(s) not reached` : '';
      try {
        const r = await syncList({ source: sources[list.kind ?? 'pipermail'], store, indexer, events: opts.events }, list, opts)
          .catch(async (e: unknown) => {
            // Told pipermail by default, but the first response was a public-inbox inbox page: read it as one.
            if (!(e instanceof NotListError) || e.found !== 'public-inbox' || !list.guessed || store.findList(root)) throw e;
            const inbox = sources['public-inbox'].listRoot(root);
            return syncList({ source: sources['public-inbox'], store, indexer, events: opts.events }, inbox, opts);
          });
        summary.lists.push(r);
        summary.newMessages += r.newMessages;
        if (r.budgetExhausted) {
          summary.listErrors.push({ url: root, code: summary.interrupted ? 'E_INTERRUPTED' : 'E_BUDGET',
            error: `${r.budgetExhausted.error}: ${r.budgetExhausted.notStarted} period(s) left for the next run${later}` });
          break;
        }
      } catch (e) {
        const code = (e as { code?: string }).code ?? 'E_UNKNOWN';
        if (isStopRun(e)) {
          summary.listErrors.push({ url: root, code, error: `${(e as Error).message}${later}` });
          break;
        }
        const registered = !opts.dryRun && store.findList(root) !== undefined;
        // A list that was never read is not registered: say so, so a typo is not mistaken for an outage.
        summary.listErrors.push({ url: root, code, error: registered ? (e as Error).message : `${(e as Error).message} (not registered)` });
        if (registered) store.markListFailed(root, (e as Error).message);
      }
    }
    // the stored per-project rows, once for the whole run (a failed run leaves them marked for the next)
    if (!opts.dryRun) indexer.finishProjects();
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
    const st = http.stats();
    summary.requests = st.requests;
    summary.bytes = st.bytes;
    summary.retries = st.retries;
    await http.close();
    restoreCache();
    lock?.release();
  }
  summary.ok = summary.listErrors.length === 0 && summary.lists.every((l) => l.failures.length === 0);
  summary.elapsedMs = Date.now() - started;
  return summary;
}
