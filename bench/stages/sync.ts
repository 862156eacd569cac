/**
 * Crawl figures: first sync of the whole archive, a re-sync with nothing new, a re-sync after one
 * new message in the current month; and a first sync of one list (to set beside wget's mirror).
 */
import { rmSync, copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { archive, check, traffic, type BenchContext } from '../context.js';
import { spread, type Spread } from '../measure/stats.js';
import { dbBytes, listUrls } from '../data.js';
import { setNewestExtra, type ArchiveSummary } from '../generate/writeArchive.js';

export interface SyncFigures {
  wallMs: Spread;
  requests: Spread;
  bytes: Spread;
  messagesPerSecond: Spread;
  maxRss: Spread;
  messages: number;
  /** The database of the last run (kept for the later stages). */
  db: string;
  dbBytes: number;
}

export interface ResyncFigures {
  wallMs: Spread;
  requests: Spread;
  bytes: Spread;
  lists: number;
}

function removeDb(db: string): void {
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
}

/** First sync into a fresh database, `runs` times. */
export async function firstSync(ctx: BenchContext, dir: string, summary: ArchiveSummary, opts: { lists?: number[]; name: string; runs?: number; nodeArgs?: string[] }): Promise<SyncFigures> {
  const urls = listUrls(ctx, dir, summary).filter((_, i) => !opts.lists || opts.lists.includes(i));
  const messages = summary.lists.filter((_, i) => !opts.lists || opts.lists.includes(i)).reduce((a, l) => a + l.messages, 0);
  const db = path.join(ctx.work, `${opts.name}.db`);
  const wall: number[] = [], req: number[] = [], bytes: number[] = [], rate: number[] = [], rss: number[] = [];
  const runs = opts.runs ?? ctx.runs;
  for (let i = 0; i < runs; i++) {
    removeDb(db);
    ctx.server.resetLog();
    const r = check(await archive(ctx, ['--db', db, 'sync', '--delay', '0', '--json', ...urls], opts.nodeArgs), `first sync (${opts.name})`);
    const t = traffic(ctx);
    const stored = (JSON.parse(r.stdout) as { newMessages: number }).newMessages;
    if (stored !== messages) ctx.notes.push(`${opts.name}: the sync stored ${stored} messages of ${messages} generated.`);
    wall.push(r.wallMs); req.push(t.requests); bytes.push(t.bytes); rate.push(stored / (r.wallMs / 1000));
    if (r.maxRss !== null) rss.push(r.maxRss);
    ctx.log(`  ${opts.name} run ${i + 1}/${runs}: ${(r.wallMs / 1000).toFixed(2)} s, ${t.requests} requests, ${stored} messages, peak RSS ${r.maxRss ? Math.round(r.maxRss / 1048576) + ' MiB' : 'n/a'}`);
  }
  return { wallMs: spread(wall), requests: spread(req), bytes: spread(bytes), messagesPerSecond: spread(rate), maxRss: spread(rss), messages, db, dbBytes: dbBytes(db) };
}

/** `archive sync` with no URL (what cron runs) on an up-to-date database. */
export async function resyncNoChange(ctx: BenchContext, db: string, lists: number): Promise<ResyncFigures> {
  const wall: number[] = [], req: number[] = [], bytes: number[] = [];
  for (let i = 0; i < ctx.runs; i++) {
    ctx.server.resetLog();
    const r = check(await archive(ctx, ['--db', db, 'sync', '--delay', '0', '--json']), 're-sync');
    const t = traffic(ctx);
    const n = (JSON.parse(r.stdout) as { newMessages: number }).newMessages;
    if (n !== 0) ctx.notes.push(`no-change re-sync stored ${n} messages (expected 0).`);
    wall.push(r.wallMs); req.push(t.requests); bytes.push(t.bytes);
    ctx.log(`  no-change re-sync run ${i + 1}: ${r.wallMs.toFixed(0)} ms, ${t.requests} requests ${JSON.stringify(t.byStatus)}`);
  }
  return { wallMs: spread(wall), requests: spread(req), bytes: spread(bytes), lists };
}

/** One new message arrives in list 0's newest (current) month before each re-sync. */
export async function resyncOneNew(ctx: BenchContext, db: string, dir: string, summary: ArchiveSummary): Promise<ResyncFigures> {
  const wall: number[] = [], req: number[] = [], bytes: number[] = [];
  try {
    for (let i = 0; i < ctx.runs; i++) {
      setNewestExtra(dir, summary, 0, i + 1);
      ctx.server.resetLog();
      const r = check(await archive(ctx, ['--db', db, 'sync', '--delay', '0', '--json']), 're-sync after a new message');
      const t = traffic(ctx);
      const n = (JSON.parse(r.stdout) as { newMessages: number }).newMessages;
      if (n !== 1) ctx.notes.push(`re-sync after one new message stored ${n} messages (expected 1).`);
      wall.push(r.wallMs); req.push(t.requests); bytes.push(t.bytes);
      ctx.log(`  re-sync after 1 new message, run ${i + 1}: ${r.wallMs.toFixed(0)} ms, ${t.requests} requests, ${t.bytes} bytes, ${n} new`);
    }
  } finally {
    setNewestExtra(dir, summary, 0, 0);
  }
  return { wallMs: spread(wall), requests: spread(req), bytes: spread(bytes), lists: summary.lists.length };
}

export function copyDb(from: string, to: string): void {
  removeDb(to);
  copyFileSync(from, to);
  if (existsSync(`${from}-wal`)) copyFileSync(`${from}-wal`, `${to}-wal`);
}
