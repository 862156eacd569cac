/**
 * `archive reindex`: drop every derived row and rebuild it from the stored raw messages (no
 * crawling), then say what changed: reports gained and lost, items changed.
 */
import { SEARCH_TRIGGERS, DROP_SEARCH_TRIGGERS, PROJECT_TRIGGERS, DROP_PROJECT_TRIGGERS, type Db } from '../store/index.js';
import { rebuildProjects } from './projectRollup.js';
import { availableParallelism } from 'node:os';
import { IndexWriter } from './indexWriter.js';
import { DerivePool } from './derivePool.js';
import { STORED_COLUMNS, type Prepared, type StoredRow } from './prepareMessage.js';
import { ListHints } from './listHint.js';

export interface ReindexSummary {
  messages: number;
  reportsBefore: number;
  reportsAfter: number;
  gained: string[];
  lost: string[];
  itemsBefore: number;
  itemsAfter: number;
  sectionsChanged: number;
  quarantined: number;
  /** Messages the worker threads derived (0 when all were derived on the main thread). */
  derivedAhead: number;
  /** Search texts found where they are written, kept (searchInPlace.ts). */
  searchKept: number;
  /** Posts derived again (their series' weight changed) whose derivation made ahead was taken (IndexWriter.ahead). */
  takenAgain: number;
}

function snapshot(db: Db): { reports: Set<string>; items: number; sections: Map<string, string> } {
  const reports = new Set((db.prepare(`SELECT COALESCE(m.message_id, m.msg_key) AS k FROM analyses a JOIN messages m ON m.id = a.message_rowid WHERE a.is_report = 1`).all() as Array<{ k: string }>).map((r) => r.k));
  const items = (db.prepare('SELECT COUNT(*) AS n FROM items').get() as { n: number }).n;
  const sections = new Map<string, string>();
  for (const r of db.prepare(`SELECT s.message_rowid || ':' || s.ord AS k, s.title || '|' || (SELECT group_concat(text, '|') FROM items i WHERE i.section_id = s.id) AS v FROM sections s`).all() as Array<{ k: string; v: string | null }>) sections.set(r.k, r.v ?? '');
  return { reports, items, sections };
}

/**
 * How many worker threads derive `n` messages: none below 20,000, one below 60,000, one per core
 * above. A worker runs cold at first: V8 takes some 8,000 messages to bring the parser to full
 * speed (~190 us a message at first, ~70 us after), and each worker pays that again, while the
 * writer on this thread keeps a core busy too. Measured on 2 cores (2026-12-05, the bench's
 * archive cut to size, each count alternated): 12,000 messages 2.8 s with none, 3.0 s with one,
 * 3.5 s with two; 30,000: 6.0-6.4 s, 5.6 s, 6.4-7.0 s; 60,000: 10.1-12.0 s, 10.1 s, 9.8-10.1 s;
 * 150,000: 24-25 s, 18.6-19.2 s, 17.0-18.0 s.
 */
export function workersFor(n: number, cores = availableParallelism()): number {
  return n < 20_000 ? 0 : n < 60_000 ? Math.min(1, cores) : cores;
}
/** Messages per write transaction (a batch of IndexWriter.indexMessages) and per worker task. */
const CHUNK = 2000;
const TASK = 250;
/** Chunks being derived while one is written: what bounds memory. */
const AHEAD = 2;
/**
 * What FTS5 holds pending in memory before it writes a segment out ('hashsize'; its default is
 * 1 MiB), during a reindex only: its one transaction adds every text, and with 1 MiB FTS5 writes
 * out and merges small segments all along. 8 MiB: adding the bench archive's 67k first message
 * texts took 0.94-1.01 s of CPU instead of 1.39-1.42 s (4 MiB: 1.15 s; 16 and 64 MiB no better).
 * A sync or an import commits every few hundred messages, which writes the pending texts out
 * anyway: for them the size makes no difference, and the reindex sets the default back.
 */
const REINDEX_HASH_BYTES = 8 * 1024 * 1024;
const FTS5_DEFAULT_HASH_BYTES = 1024 * 1024;

export interface ReindexOptions {
  /**
   * Worker threads that derive messages while this thread writes: by default workersFor(the
   * messages), none for a small archive. 0 derives everything on this thread; the rows are the same.
   */
  workers?: number;
  /** Messages per write transaction (default 2000); smaller in tests, so that a few hundred messages make many. */
  chunk?: number;
  /**
   * Series weighed from a copy of the series table kept in memory (SeriesMembers; the default)
   * or by the database's queries, as a sync does: the rows are the same.
   */
  seriesInMemory?: boolean;
  /**
   * The search index written in place, each text kept where it is the one written there
   * (searchInPlace.ts; the default), or emptied first and written again from nothing, as a
   * reindex did before: the rows and what the index answers are the same.
   */
  searchInPlace?: boolean;
}

export async function reindexAll(db: Db, onProgress?: (done: number, total: number) => void, opts: ReindexOptions = {}): Promise<ReindexSummary> {
  // Every stored message's id, read from an index (each holds the row's id) and sorted here: in id
  // order SQLite reads the table, every page of it with the raw mail (0.8 s at a million
  // messages in the page cache, 4 s from disk; an index: 0.2 s), before a worker can start.
  const ids = (db.prepare('SELECT id FROM messages').pluck().all() as number[]).sort((a, b) => a - b);
  const total = ids.length;
  // Its writes in the one transaction below (no savepoint per batch), its series weighed from
  // memory (the series table is emptied below before it records anything, and it makes every
  // change to it from then on).
  const writer = new IndexWriter(db, { oneTransaction: true, fromEmpty: opts.seriesInMemory ?? true, searchTriggersOff: true });
  const chunks: number[][] = [];
  const chunk = opts.chunk ?? CHUNK;
  for (let i = 0; i < ids.length; i += chunk) chunks.push(ids.slice(i, i + chunk));
  const size = opts.workers ?? workersFor(ids.length);
  const pool = size > 0 && chunks.length > 0 ? new DerivePool(size) : null;
  // A chunk's ids are consecutive among the stored ones: read them as a range of the primary key.
  // With what the writer keeps up to date in the row: a worker says when it already holds what
  // was derived (no message is written between this read and its own write: a chunk is read
  // before it is written, and what is derived again after a chunk was written before it).
  // From a database file the workers read their ranges themselves, each on a read-only
  // connection: they see the rows as committed before this run's transaction, which are those
  // this connection sees for a chunk not written yet (the same argument). In memory, this
  // thread reads and sends the rows.
  const file = db.memory ? null : db.name;
  const rowsOf = db.prepare(`SELECT ${STORED_COLUMNS} FROM messages WHERE id BETWEEN ? AND ? ORDER BY id`);
  const hints = new ListHints(db);
  let derivedAhead = 0;
  const ahead = async (chunk: number[]): Promise<Map<number, Prepared> | undefined> => {
    if (!pool || pool.broken) return undefined;
    const tasks: Array<Promise<Prepared[] | null>> = [];
    if (file !== null) {
      for (let i = 0; i < chunk.length; i += TASK) {
        const part = chunk.slice(i, i + TASK);
        tasks.push(pool.deriveRange(file, part[0], part[part.length - 1], part.length, true));
      }
    } else {
      const rows = rowsOf.all(chunk[0], chunk[chunk.length - 1]) as StoredRow[];
      for (const r of rows) r.list_hint = hints.of(r.list_id);
      for (let i = 0; i < rows.length; i += TASK) tasks.push(pool.derive(rows.slice(i, i + TASK), true));
    }
    const out = new Map<number, Prepared>();
    // A task the pool could not do is derived by the writer, message by message.
    for (const results of await Promise.all(tasks)) {
      for (const r of results ?? []) {
        out.set(r.id, r);
        if (r.derived) derivedAhead++;
      }
    }
    return out;
  };
  let quarantined = 0;
  let searchKept = 0;
  // One transaction: readers keep the old index until the new one is complete, and a reindex
  // that is killed changes nothing. It stays open while this thread waits for the workers: the
  // connection is this run's alone (the run lock is held, nothing else runs on it in the
  // meantime), and what the workers derive never reads the database. The writer writes the
  // search index in place as it goes: a text already where it is written is kept, the others
  // taken out and added (searchInPlace.ts).
  //
  // FTS5 writes out the index it holds pending in memory at every statement savepoint, a segment
  // that its automerge merges again later. SQLite opens one for a statement that may have to undo
  // part of what it did: one that fires a trigger, or checks a foreign key that a row it deletes
  // may break (deleting a post's items). Neither is needed here: foreign keys are not enforced
  // during this transaction (the connection's setting, put back after it; the rows are the
  // writer's, which a sync writes with them enforced, and the tests check them after a reindex),
  // and the search triggers are off until its end: every message's old texts are taken out (or
  // kept, searchInPlace.ts) as it is written, and for a batch derived again (a series' members) the writer takes their texts
  // out of the index itself, the batch's at once (`searchTriggersOff`). Then FTS5 writes out what
  // it holds when its memory is full, at each batch derived again (its texts were written out
  // already), and at the end.
  const derived: Array<Promise<Map<number, Prepared> | undefined>> = [];
  // In order: a chunk is written (its series recorded, its hints read) only after every chunk
  // before it, whoever derived it; up to AHEAD chunks are being derived meanwhile.
  let next = 0;
  const topUp = () => { while (next < chunks.length && derived.length < AHEAD) derived.push(ahead(chunks[next++])); };
  let before: ReturnType<typeof snapshot>;
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) === 1;
  try {
    // The first chunks go to the workers at once: they derive them while this thread takes the
    // snapshot and empties the derived tables (a second or two at 150k messages with the workers
    // idle). What they read is the same: this run holds the run lock, so no other process
    // writes meanwhile, and nothing below changes a stored message before its chunk is written.
    topUp();
    before = snapshot(db);
    if (foreignKeys) db.pragma('foreign_keys = OFF');
    db.exec('BEGIN IMMEDIATE');
    db.exec(`INSERT INTO search_fts (search_fts, rank) VALUES ('hashsize', ${REINDEX_HASH_BYTES})`);
    db.exec(DROP_SEARCH_TRIGGERS);
    // Projects are computed once at the end, not marked row by row.
    db.exec(DROP_PROJECT_TRIGGERS);
    // The search index is written in place (each text kept where it is the one written there),
    // or emptied first ('delete-all', its delete trigger off while search_docs is emptied).
    if (opts.searchInPlace ?? true) writer.searchInPlace();
    else db.exec("INSERT INTO search_fts (search_fts) VALUES ('delete-all'); DELETE FROM search_docs;");
    db.exec("DELETE FROM mentions; DELETE FROM refs; DELETE FROM items; DELETE FROM sections; DELETE FROM analyses; DELETE FROM aliases WHERE source = 'post'; DELETE FROM quarantine; DELETE FROM message_series; DELETE FROM series_state; DELETE FROM pending_index;");
    let done = 0;
    for (const part of chunks) {
      topUp();
      const prepared = await derived.shift();
      // Handed out before this chunk is written: the workers derive the next ones meanwhile.
      topUp();
      // Every derived row was deleted above: nothing to clear per message. Mail stored before
      // migration 12 is compressed as it is read (the same bytes come back).
      quarantined += writer.indexMessages(part, { fresh: true, compact: true, prepared }).quarantined;
      done += part.length;
      onProgress?.(done, total);
    }
    searchKept = writer.finishSearch().kept;
    rebuildProjects(db);
    db.exec(SEARCH_TRIGGERS);
    db.exec(PROJECT_TRIGGERS);
    db.exec(`INSERT INTO search_fts (search_fts, rank) VALUES ('hashsize', ${FTS5_DEFAULT_HASH_BYTES})`);
    db.exec('COMMIT');
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    // What was asked ahead is not wanted any more (nor its failure, if it failed).
    for (const d of derived) d.catch(() => undefined);
    throw e;
  } finally {
    if (foreignKeys) db.pragma('foreign_keys = ON');
    await pool?.close();
  }
  const after = snapshot(db);
  let sectionsChanged = 0;
  for (const [k, v] of after.sections) if (before.sections.get(k) !== v) sectionsChanged++;
  for (const k of before.sections.keys()) if (!after.sections.has(k)) sectionsChanged++;
  return {
    messages: ids.length,
    reportsBefore: before.reports.size,
    reportsAfter: after.reports.size,
    gained: [...after.reports].filter((k) => !before.reports.has(k)),
    lost: [...before.reports].filter((k) => !after.reports.has(k)),
    itemsBefore: before.items,
    itemsAfter: after.items,
    sectionsChanged,
    quarantined,
    derivedAhead,
    searchKept,
    takenAgain: writer.takenAgain,
  };
}
