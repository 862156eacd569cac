/**
 * Issue 15's leads 1 and 2, before and after, on the benchmark's own databases (in this process,
 * read-only, warm page cache; each figure the median of several passes):
 *  1. the per-period count every commit runs, over (a sample of) the periods: planned as
 *     before migration 7 (forced onto the UNIQUE (list_id, msg_key, content_hash) index, which
 *     is what SQLite chose then) and as RawStore prepares it now;
 *  2. finding unindexed mail at the start of a sync: the scan of messages against analyses and
 *     quarantine that indexPending ran before migration 8, and the read of pending_index now.
 * INDEXED BY reproduces the old plan; the count now names its index too, as RawStore does
 * (migration 14: without msg_key in it, SQLite would pick the unique index again).
 */
import Database from 'better-sqlite3';
import { spread, type Spread } from '../measure/stats.js';

export interface LeadFigures {
  messages: number;
  periods: number;
  /** Periods the count was timed on (evenly spread; the old plan reads a whole list per period, minutes at 1M). */
  sampled: number;
  countBefore: Spread;
  countAfter: Spread;
  planBefore: string;
  planAfter: string;
  pendingBefore: Spread;
  pendingAfter: Spread;
  pendingRows: number;
}

/** At most this many periods are timed. */
const SAMPLE = 60;
const COUNT_NOW = 'SELECT COUNT(DISTINCT msg_key) AS n FROM messages INDEXED BY messages_by_period WHERE list_id = ? AND period = ?';
const COUNT_BEFORE = 'SELECT COUNT(DISTINCT msg_key) AS n FROM messages INDEXED BY sqlite_autoindex_messages_1 WHERE list_id = ? AND period = ?';
const PENDING_BEFORE = `SELECT id FROM messages WHERE id NOT IN (SELECT message_rowid FROM analyses)
      AND id NOT IN (SELECT message_rowid FROM quarantine) ORDER BY id`;
const PENDING_NOW = 'SELECT message_rowid AS id FROM pending_index ORDER BY message_rowid';

function time(passes: number, f: () => void): Spread {
  const xs: number[] = [];
  for (let i = 0; i < passes; i++) {
    const t0 = process.hrtime.bigint();
    f();
    xs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return spread(xs);
}

export function leads(dbPath: string, passes: number): LeadFigures {
  const db = new Database(dbPath, { readonly: true });
  try {
    const periods = db.prepare('SELECT list_id, period FROM periods ORDER BY list_id, period').all() as Array<{ list_id: number; period: string }>;
    const step = Math.max(1, Math.ceil(periods.length / SAMPLE));
    const sample = periods.filter((_, i) => i % step === 0);
    const messages = (db.prepare('SELECT COUNT(*) AS n FROM messages').get() as { n: number }).n;
    const plan = (sql: string): string => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(1, 'x') as Array<{ detail: string }>).map((r) => r.detail).join('; ');
    const before = db.prepare(COUNT_BEFORE);
    const now = db.prepare(COUNT_NOW);
    const all = (s: Database.Statement): void => { for (const p of sample) s.get(p.list_id, p.period); };
    all(now); // warm the page cache for both
    const countAfter = time(passes, () => all(now));
    const countBefore = time(passes, () => all(before));
    const pb = db.prepare(PENDING_BEFORE);
    const pn = db.prepare(PENDING_NOW);
    const pendingBefore = time(passes, () => pb.all());
    const pendingAfter = time(passes, () => pn.all());
    return {
      messages, periods: periods.length, sampled: sample.length, countBefore, countAfter, planBefore: plan(COUNT_BEFORE),
      planAfter: plan(COUNT_NOW), pendingBefore, pendingAfter, pendingRows: (pn.all() as unknown[]).length,
    };
  } finally {
    db.close();
  }
}
