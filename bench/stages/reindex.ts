/**
 * `archive reindex` (parse and index from stored raw mail) as a whole process, and the parser
 * alone in this process: status posts per second through parseStatusPost, and all messages per
 * second through deriveMessage (mail parsing, body cleaning, detection, status parsing).
 */
import Database from 'better-sqlite3';
import { archive, check, type BenchContext } from '../context.js';
import { spread, type Spread } from '../measure/stats.js';
import { readStoredMessage, deriveMessage } from '../../src/index/index.js';
import { parseStatusPost } from '../../src/status/index.js';
import { unpackRaw } from '../../src/store/index.js';
import { copyDb, removeDb } from './sync.js';

export interface ReindexFigures {
  wallMs: Spread;
  messagesPerSecond: Spread;
  maxRss: Spread;
  load: Spread;
  messages: number;
  /**
   * A reindex of the same database once more (its search index, written by the reindex before,
   * kept in place where a text is unchanged: src/index/searchInPlace.ts), when measured.
   */
  again?: ReindexFigures;
}

/**
 * `fresh`: every timed run starts from the database as given (a copy of it), so each run does what
 * the first reindex after a sync does: the sync wrote the search index in its own order, so the
 * reindex writes it from empty. Then one more run on the last copy: a reindex of a database a
 * reindex wrote, whose unchanged search texts stay in place (`again`). Without `fresh` the runs
 * follow each other on the database itself.
 */
export async function reindex(ctx: BenchContext, db: string, messages: number, runs = ctx.runs, fresh = false): Promise<ReindexFigures> {
  const wall: number[] = [], rate: number[] = [], rss: number[] = [], load: number[] = [];
  const copy = `${db}.reindex-run.db`;
  const once = async (target: string, label: string) => {
    const r = check(await archive(ctx, ['--db', target, 'reindex']), 'reindex');
    ctx.log(`  reindex ${label}: ${(r.wallMs / 1000).toFixed(2)} s (${Math.round(messages / (r.wallMs / 1000))} messages/s), peak RSS ${r.maxRss ? (r.maxRss / 1e6).toFixed(0) + ' MB' : 'n/a'}, load ${r.load[0].toFixed(2)}`);
    return r;
  };
  for (let i = 0; i < runs; i++) {
    if (fresh) copyDb(db, copy);
    const r = await once(fresh ? copy : db, `run ${i + 1}/${runs}${fresh ? ' (from the database as given)' : ''}`);
    wall.push(r.wallMs); rate.push(messages / (r.wallMs / 1000)); load.push(r.load[0]);
    if (r.maxRss !== null) rss.push(r.maxRss);
  }
  const figures: ReindexFigures = { wallMs: spread(wall), messagesPerSecond: spread(rate), maxRss: spread(rss), load: spread(load), messages };
  if (fresh) {
    const r = await once(copy, 'once more on the database the last run wrote (search index kept in place)');
    removeDb(copy);
    figures.again = { wallMs: spread([r.wallMs]), messagesPerSecond: spread([messages / (r.wallMs / 1000)]), maxRss: spread(r.maxRss !== null ? [r.maxRss] : []), load: spread([r.load[0]]), messages };
  }
  return figures;
}

export interface ParserFigures {
  statusPosts: number;
  postsPerSecond: Spread;
  sampleMessages: number;
  messagesPerSecond: Spread;
}

/** Repeat `f` over `xs` for at least `minMs`; items per second of each pass. */
function timePasses<T>(xs: T[], f: (x: T) => void, passes: number, minMs: number): number[] {
  const rates: number[] = [];
  for (let p = 0; p < passes; p++) {
    const t0 = process.hrtime.bigint();
    let n = 0;
    let ms = 0;
    do {
      for (const x of xs) f(x);
      n += xs.length;
      ms = Number(process.hrtime.bigint() - t0) / 1e6;
    } while (ms < minMs);
    rates.push(n / (ms / 1000));
  }
  return rates;
}

export function parserAlone(ctx: BenchContext, db: string, sample: number): ParserFigures {
  const conn = new Database(db, { readonly: true });
  try {
    const reports = conn.prepare(`SELECT m.raw, m.raw_codec, m.source FROM messages m JOIN analyses a ON a.message_rowid = m.id WHERE a.is_report = 1`).all() as Array<{ raw: Buffer; raw_codec: number; source: 'mbox' | 'html' }>;
    const inputs = reports.map((r) => {
      const m = readStoredMessage(unpackRaw(r.raw, r.raw_codec), r.source);
      return { subject: m.subject, body: m.cleanText, isReply: m.isReply };
    });
    // Unpacked before timing: the parser's rate, not the codec's.
    const all = (conn.prepare(`SELECT raw, raw_codec, source FROM messages ORDER BY id LIMIT ?`).all(sample) as Array<{ raw: Buffer; raw_codec: number; source: 'mbox' | 'html' }>)
      .map((r) => ({ raw: unpackRaw(r.raw, r.raw_codec), source: r.source }));
    const passes = Math.max(3, ctx.runs);
    const postRates = inputs.length ? timePasses(inputs, (x) => parseStatusPost(x), passes, ctx.quick ? 200 : 1000) : [];
    const msgRates = timePasses(all, (x) => deriveMessage(x.raw, x.source), passes, ctx.quick ? 200 : 1000);
    return { statusPosts: inputs.length, postsPerSecond: spread(postRates), sampleMessages: all.length, messagesPerSecond: spread(msgRates) };
  } finally {
    conn.close();
  }
}
