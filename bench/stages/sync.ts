/**
 * Crawl figures: first sync of the whole archive (also with --defer-urls, and the run after it that
 * pairs the page URLs), a re-sync with nothing new, a re-sync after one new message in the current
 * month; and a first sync of one list (to set beside wget's mirror).
 *
 * Politeness: every sync runs either with `--delay 0` (no pause between requests to a host: the
 * tool's own cost) or with the default a user gets (`--delay 100` ms, 4 requests at a time); each
 * figure says which.
 */
import { rmSync, copyFileSync, existsSync, utimesSync } from 'node:fs';
import Database from 'better-sqlite3';
import path from 'node:path';
import { archive, check, traffic, type BenchContext } from '../context.js';
import { spread, type Spread } from '../measure/stats.js';
import { dbBytes, listUrls } from '../data.js';
import { setNewestExtra, type ArchiveSummary } from '../generate/writeArchive.js';
import type { ProcResult } from '../measure/proc.js';

export type Politeness = 'delay0' | 'default';
export const DEFAULT_DELAY_MS = 100;
export const politenessArgs = (p: Politeness): string[] => (p === 'delay0' ? ['--delay', '0'] : []);
export const politenessLabel = (p: Politeness): string => (p === 'delay0' ? '`--delay 0`' : `default politeness (\`--delay ${DEFAULT_DELAY_MS}\`)`);

export interface SyncFigures {
  politeness: Politeness;
  wallMs: Spread;
  requests: Spread;
  bytes: Spread;
  messagesPerSecond: Spread;
  maxRss: Spread;
  /** 1-minute load average when each run started. */
  load: Spread;
  messages: number;
  /** The database of the last run (kept for the later stages). */
  db: string;
  dbBytes: number;
}

export interface ResyncFigures {
  politeness: Politeness;
  wallMs: Spread;
  requests: Spread;
  bytes: Spread;
  maxRss: Spread;
  load: Spread;
  lists: number;
  byStatus: Record<string, number>;
}

export function removeDb(db: string): void {
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
}

class Runs {
  wall: number[] = []; req: number[] = []; bytes: number[] = []; rss: number[] = []; load: number[] = [];
  byStatus: Record<string, number> = {};
  add(r: ProcResult, t: { requests: number; bytes: number; byStatus: Record<string, number> }): void {
    this.wall.push(r.wallMs); this.req.push(t.requests); this.bytes.push(t.bytes); this.load.push(r.load[0]);
    if (r.maxRss !== null) this.rss.push(r.maxRss);
    this.byStatus = t.byStatus;
  }
}

/** First sync into a fresh database, `runs` times. */
export async function firstSync(ctx: BenchContext, dir: string, summary: ArchiveSummary, opts: { lists?: number[]; name: string; runs?: number; nodeArgs?: string[]; politeness?: Politeness; args?: string[] }): Promise<SyncFigures> {
  const politeness = opts.politeness ?? 'delay0';
  const urls = listUrls(ctx, dir, summary).filter((_, i) => !opts.lists || opts.lists.includes(i));
  const messages = summary.lists.filter((_, i) => !opts.lists || opts.lists.includes(i)).reduce((a, l) => a + l.messages, 0);
  const db = path.join(ctx.work, `${opts.name}.db`);
  const runs = opts.runs ?? ctx.runs;
  const x = new Runs();
  const rate: number[] = [];
  for (let i = 0; i < runs; i++) {
    removeDb(db);
    await ctx.server.resetLog();
    const r = check(await archive(ctx, ['--db', db, 'sync', ...politenessArgs(politeness), ...(opts.args ?? []), '--json', ...urls], opts.nodeArgs), `first sync (${opts.name})`);
    const t = await traffic(ctx);
    const stored = (JSON.parse(r.stdout) as { newMessages: number }).newMessages;
    if (stored !== messages) ctx.notes.push(`${opts.name}: the sync stored ${stored} messages of ${messages} generated.`);
    x.add(r, t);
    rate.push(stored / (r.wallMs / 1000));
    ctx.log(`  ${opts.name} (${politeness}) run ${i + 1}/${runs}: ${(r.wallMs / 1000).toFixed(2)} s, ${t.requests} requests, ${stored} messages, peak RSS ${r.maxRss ? (r.maxRss / 1e6).toFixed(0) + ' MB' : 'n/a'}, load ${r.load[0].toFixed(2)}`);
  }
  return { politeness, wallMs: spread(x.wall), requests: spread(x.req), bytes: spread(x.bytes), messagesPerSecond: spread(rate), maxRss: spread(x.rss), load: spread(x.load), messages, db, dbBytes: dbBytes(db) };
}

export interface PairingFigures {
  wallMs: number;
  requests: number;
  bytes: number;
  byStatus: Record<string, number>;
  /** Messages with a page URL after it, and in the database of a first sync without --defer-urls. */
  urls: number;
  urlsWithoutDeferring: number;
}

const urlCount = (db: string): number => {
  const d = new Database(db, { readonly: true });
  try {
    return (d.prepare('SELECT COUNT(*) AS n FROM messages WHERE url IS NOT NULL').get() as { n: number }).n;
  } finally {
    d.close();
  }
};

/**
 * The run after a first sync with `--defer-urls` (`archive sync`, no flag, what cron runs next):
 * each period's date.html, for its messages' page URLs. Checked against a first sync without the flag.
 */
export async function pairingRun(ctx: BenchContext, deferredDb: string, plainDb: string): Promise<PairingFigures> {
  await ctx.server.resetLog();
  const r = check(await archive(ctx, ['--db', deferredDb, 'sync', '--delay', '0', '--json']), 'the run after a first sync with --defer-urls');
  const t = await traffic(ctx);
  const urls = urlCount(deferredDb);
  const urlsWithoutDeferring = urlCount(plainDb);
  if (urls !== urlsWithoutDeferring) ctx.notes.push(`after --defer-urls and the next run, ${urls} messages have a page URL; ${urlsWithoutDeferring} after a first sync without the flag.`);
  ctx.log(`  the run after --defer-urls: ${(r.wallMs / 1000).toFixed(2)} s, ${t.requests} requests ${JSON.stringify(t.byStatus)}, ${urls} URLs (${urlsWithoutDeferring} without deferring)`);
  return { wallMs: r.wallMs, requests: t.requests, bytes: t.bytes, byStatus: t.byStatus, urls, urlsWithoutDeferring };
}

function resyncFigures(x: Runs, lists: number, politeness: Politeness): ResyncFigures {
  return { politeness, wallMs: spread(x.wall), requests: spread(x.req), bytes: spread(x.bytes), maxRss: spread(x.rss), load: spread(x.load), lists, byStatus: x.byStatus };
}

/** `archive sync` with no URL (what cron runs) on an up-to-date database. */
export async function resyncNoChange(ctx: BenchContext, db: string, lists: number, politeness: Politeness = 'delay0'): Promise<ResyncFigures> {
  const x = new Runs();
  for (let i = 0; i < ctx.runs; i++) {
    await ctx.server.resetLog();
    const r = check(await archive(ctx, ['--db', db, 'sync', ...politenessArgs(politeness), '--json']), 're-sync');
    const t = await traffic(ctx);
    const n = (JSON.parse(r.stdout) as { newMessages: number }).newMessages;
    if (n !== 0) ctx.notes.push(`no-change re-sync stored ${n} messages (expected 0).`);
    x.add(r, t);
    ctx.log(`  no-change re-sync (${politeness}) run ${i + 1}: ${r.wallMs.toFixed(0)} ms, ${t.requests} requests ${JSON.stringify(t.byStatus)}`);
  }
  return resyncFigures(x, lists, politeness);
}

/** One new message arrives in list 0's newest (current) month before each re-sync. */
export async function resyncOneNew(ctx: BenchContext, db: string, dir: string, summary: ArchiveSummary, politeness: Politeness = 'delay0'): Promise<ResyncFigures> {
  const x = new Runs();
  try {
    for (let i = 0; i < ctx.runs; i++) {
      setNewestExtra(dir, summary, 0, i + 1);
      await ctx.server.resetLog();
      const r = check(await archive(ctx, ['--db', db, 'sync', ...politenessArgs(politeness), '--json']), 're-sync after a new message');
      const t = await traffic(ctx);
      const n = (JSON.parse(r.stdout) as { newMessages: number }).newMessages;
      if (n !== 1) ctx.notes.push(`re-sync after one new message stored ${n} messages (expected 1).`);
      x.add(r, t);
      ctx.log(`  re-sync after 1 new message (${politeness}), run ${i + 1}: ${r.wallMs.toFixed(0)} ms, ${t.requests} requests, ${t.bytes} bytes, ${n} new`);
    }
  } finally {
    setNewestExtra(dir, summary, 0, 0);
  }
  // Take the restored period in, so that the next stage starts from an up-to-date database.
  check(await archive(ctx, ['--db', db, 'sync', '--delay', '0', '--quiet']), 're-sync after restoring the archive');
  return resyncFigures(x, summary.lists.length, politeness);
}

/**
 * Issue 15, lead 5: the newest period's text is rewritten with the same bytes (a new mtime, so a
 * new ETag; Mailman does this, and rewrites the list's table as each time it runs). The first
 * re-sync gets a 206 with nothing appended; the second must get 304s only. Returns the requests
 * of both, with their statuses.
 */
export async function resyncAfterTouch(ctx: BenchContext, db: string, dir: string, summary: ArchiveSummary): Promise<{ first: ResyncFigures; second: ResyncFigures }> {
  const l0 = summary.lists[0];
  const newest = l0.newest.period;
  const file = path.join(dir, 'pipermail', l0.name, `${newest}.txt`);
  if (!existsSync(file)) throw new Error(`resyncAfterTouch: no ${file}`);
  const x1 = new Runs(), x2 = new Runs();
  for (let i = 0; i < ctx.runs; i++) {
    const t = new Date(Date.now() + (i + 1) * 1000);
    utimesSync(file, t, t);
    utimesSync(path.join(dir, 'pipermail', l0.name, 'index.html'), t, t);
    for (const x of [x1, x2]) {
      await ctx.server.resetLog();
      const r = check(await archive(ctx, ['--db', db, 'sync', '--delay', '0', '--json']), 're-sync after the newest period was touched');
      x.add(r, await traffic(ctx));
    }
    ctx.log(`  re-sync after touching ${newest}.txt, run ${i + 1}: ${JSON.stringify(x1.byStatus)} then ${JSON.stringify(x2.byStatus)}`);
  }
  return { first: resyncFigures(x1, summary.lists.length, 'delay0'), second: resyncFigures(x2, summary.lists.length, 'delay0') };
}

export function copyDb(from: string, to: string): void {
  removeDb(to);
  copyFileSync(from, to);
  if (existsSync(`${from}-wal`)) copyFileSync(`${from}-wal`, `${to}-wal`);
}
