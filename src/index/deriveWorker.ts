/**
 * A reindex's worker thread (started by src/index/derivePool.ts): derives batches of stored
 * messages and sends them back, in the order asked. It writes nothing. A batch comes as its rows,
 * or as a range of row ids to read itself from the database file, on a read-only connection of
 * its own (the writer then neither reads the raw mail for it nor copies it over; see reindex.ts
 * for why what it reads is what the writer would have read).
 */
import { parentPort } from 'node:worker_threads';
import { openCurrent, type Db } from '../store/index.js';
import { prepareMessage, storedRowOf, STORED_COLUMNS, STORED_TEXT_COLUMN, type StoredRow } from './prepareMessage.js';
import { toWire, type PreparedWire } from './preparedWire.js';
import { ListHints } from './listHint.js';

export interface DeriveTask {
  seq: number;
  /** The rows to derive, or (`range`) which rows to read: ids `from` to `to` of the database file `db`. */
  rows?: StoredRow[];
  range?: { db: string; from: number; to: number };
  compact: boolean;
}

export interface DeriveDone {
  seq: number;
  /** Each message prepared (prepareMessage), as sent (preparedWire.ts); null: the rows could not be read (the writer derives them itself). */
  results: PreparedWire[] | null;
}

/** The connection of this thread, opened on the first range of its database. */
let conn: { path: string; db: Db; rows: { all(from: number, to: number): unknown[] }; hints: ListHints } | null = null;

function rowsOf(range: NonNullable<DeriveTask['range']>): StoredRow[] {
  if (conn?.path !== range.db) {
    conn?.db.close();
    conn = null;
    const db = openCurrent(range.db);
    if (!db) throw new Error(`${range.db} is not at the current schema version`);
    // Ranges are read once, in order: a small cache does.
    db.pragma('cache_size = -2048');
    // With each message's search text as packed before this run (the writer's transaction,
    // which deletes them, is not committed): most are packed again to the same bytes, and
    // unpacking one to check costs a quarter of that (repackText).
    conn = { path: range.db, db, rows: db.prepare(`SELECT ${STORED_COLUMNS}, ${STORED_TEXT_COLUMN} FROM messages WHERE id BETWEEN ? AND ? ORDER BY id`).raw(), hints: new ListHints(db) };
  }
  const rows = (conn.rows.all(range.from, range.to) as unknown[][]).map(storedRowOf);
  for (const r of rows) r.list_hint = conn.hints.of(r.list_id);
  return rows;
}

parentPort?.on('message', (task: DeriveTask) => {
  let rows: StoredRow[];
  try {
    // A Buffer sent over arrives as a plain Uint8Array: the parsers read it as a Buffer (no copy).
    const asBuffer = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);
    rows = task.range ? rowsOf(task.range) : (task.rows ?? []).map((r) => ({ ...r, raw: asBuffer(r.raw) }));
  } catch {
    parentPort!.postMessage({ seq: task.seq, results: null } satisfies DeriveDone);
    return;
  }
  const done: DeriveDone = { seq: task.seq, results: rows.map((r) => toWire(prepareMessage(r, task.compact))) };
  parentPort!.postMessage(done);
});
