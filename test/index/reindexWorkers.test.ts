/**
 * Issue 12.1: `archive reindex` derives messages on worker threads while the main thread writes.
 * The rows must not depend on it: the same database reindexed on this thread alone and with
 * workers holds the same rows in every table (series weighed, reports, items, refs, aliases,
 * search index, per-project rows, quarantine, mail compressed on the way).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../src/store/index.js';
import { reindexAll, type ReindexSummary } from '../../src/index/index.js';
import { workersFor } from '../../src/index/reindex.js';
import { storedRowOf, STORED_COLUMNS, STORED_TEXT_COLUMN } from '../../src/index/prepareMessage.js';
import { unpackRaw, RAW_AS_FETCHED } from '../../src/store/index.js';
import { runArchive, tempDir, FIXTURES } from '../support/cli.js';
import { corpusSample } from '../support/corpusSample.js';

const tmp = tempDir();

/** Every row of every table (the time a message was quarantined apart), in a stable order. */
function everyRow(db: Db): Record<string, unknown[]> {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_fts%' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
  const out: Record<string, unknown[]> = {};
  for (const t of tables) {
    const cols = (db.prepare(`PRAGMA table_info(${t})`).all() as Array<{ name: string }>).map((c) => c.name).filter((c) => !(t === 'quarantine' && c === 'at'));
    out[t] = db.prepare(`SELECT ${cols.join(', ')} FROM ${t} ORDER BY ${cols.join(', ')}`).raw().all();
  }
  // The full-text index itself: what it answers, and its integrity against search_docs.
  db.prepare("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')").run();
  out.search_fts = ['status', 'gluster', 'review', 'release', 'week'].map((w) => db.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid').pluck().all(w));
  return out;
}

async function reindexCopy(name: string, workers: number, seriesInMemory?: boolean): Promise<{ summary: ReindexSummary; rows: Record<string, unknown[]> }> {
  const path = join(tmp.dir, name);
  copyFileSync(tmp.db, path);
  const db = openDatabase(path);
  try {
    const schema = db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all();
    const summary = await reindexAll(db, undefined, { workers, chunk: 50, seriesInMemory });
    // The reindex writes with foreign keys and a search trigger off (reindex.ts): every row
    // still has what it refers to, and the connection and the schema are as they were.
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all()).toEqual(schema);
    return { summary, rows: everyRow(db) };
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  // The sample lists (a series of weekly reports among them) and a sample of the real posts: every third, 4,000 at most
  // (the whole corpus, 16,130 posts in December 2026, took this file 400 s of CI, its cases near their timeouts)
  for (const list of ['gluster-devel', 'gluster-users', 'weekly-dev']) {
    expect((await runArchive(['--db', tmp.db, 'import', '--quiet', join(FIXTURES, 'sources', list), '--list', list])).code).toBe(0);
  }
  expect([0, 1]).toContain((await runArchive(['--db', tmp.db, 'import', '--quiet', corpusSample(join(tmp.dir, 'corpus-sample'), 3, 4000), '--list', 'corpus'])).code);
  const db = openDatabase(tmp.db);
  try {
    // Mail stored before migration 12 (kept as fetched, compressed by the reindex that reads
    // it), and a message that cannot be read (a codec of a newer version): quarantined.
    const rows = db.prepare('SELECT id, raw, raw_codec FROM messages WHERE id % 7 = 0').all() as Array<{ id: number; raw: Buffer; raw_codec: number }>;
    for (const r of rows) db.prepare('UPDATE messages SET raw = ?, raw_codec = ? WHERE id = ?').run(unpackRaw(r.raw, r.raw_codec), RAW_AS_FETCHED, r.id);
    db.prepare('UPDATE messages SET raw_codec = 9 WHERE id = 5').run();
    // Rows read by an older parser: the reindex writes what it reads now (and weighs series by it).
    db.prepare("UPDATE messages SET subject = subject || ' (old)', date = NULL WHERE id % 11 = 0").run();
    db.prepare('UPDATE messages SET author_name = NULL, in_reply_to = NULL WHERE id % 13 = 0').run();
    // Search texts as an older parser packed them (another text), or not a packing at all: the
    // workers, which keep a stored text that is still the packing of what they derive, pack
    // these again (the rest they keep; those of the mail compressed above were deleted with it).
    db.prepare(`UPDATE search_docs SET body = (SELECT pack_text('an older reading of this post', m.raw, m.raw_codec) FROM messages m WHERE m.id = search_docs.message_rowid)
      WHERE item_id IS NULL AND message_rowid % 17 = 0`).run();
    db.prepare("UPDATE search_docs SET body = X'ff0013' WHERE item_id IS NULL AND message_rowid % 19 = 0").run();
  } finally {
    db.close();
  }
}, 300_000);
afterAll(() => tmp.cleanup());

describe('reindex with worker threads', () => {
  it('writes the same rows in every table as a reindex on one thread', async () => {
    const one = await reindexCopy('one.db', 0);
    const two = await reindexCopy('two.db', 2);
    // Not vacuous: the workers derived the mail; there are series, reports, items, aliases, a quarantined message and compressed mail.
    expect(one.summary.derivedAhead).toBe(0);
    expect(two.summary.derivedAhead).toBeGreaterThan(400);
    // and the posts derived again as their series grew took what the workers derived, where it was what their hint gives
    expect(one.summary.takenAgain).toBe(0);
    expect(two.summary.takenAgain).toBeGreaterThan(10);
    expect(two.summary.messages).toBe(one.summary.messages);
    expect(one.summary.quarantined).toBe(1);
    expect(one.rows.quarantine).toHaveLength(1);
    expect((one.rows.series_state as Array<[number, string, number]>).some((r) => r[2] !== 0)).toBe(true);
    expect(one.summary.reportsAfter).toBeGreaterThan(100);
    expect(one.rows.items.length).toBeGreaterThan(500);
    expect(one.rows.aliases.length).toBeGreaterThan(0);
    expect(one.rows.messages.length).toBeGreaterThan(500);
    expect(JSON.stringify(one.rows.messages)).not.toContain(' (old)');
    for (const t of Object.keys(one.rows)) expect(two.rows[t], t).toEqual(one.rows[t]);
    expect(Object.keys(two.rows)).toEqual(Object.keys(one.rows));
  }, 480_000); // two whole reindexes, one with worker threads: ~22 s alone, more on a loaded machine (the real corpus grows each session)

  it('reads a worker\'s rows as arrays into the fields a row object has', () => {
    const db = openDatabase(tmp.db);
    try {
      const sql = `SELECT ${STORED_COLUMNS}, ${STORED_TEXT_COLUMN} FROM messages WHERE id BETWEEN 1 AND 60 ORDER BY id`;
      const objects = db.prepare(sql).all();
      expect(objects.length).toBe(60);
      expect(objects.some((o) => (o as { text_packed: unknown }).text_packed instanceof Buffer)).toBe(true);
      expect((db.prepare(sql).raw().all() as unknown[][]).map(storedRowOf)).toEqual(objects);
    } finally {
      db.close();
    }
  });

  it('weighs series the same from memory as by the database\'s queries', async () => {
    // The copy in memory (SeriesMembers) must give every hint the queries give, at every batch:
    // the series grow across chunks, posts read now with another subject, date or In-Reply-To
    // (the rows changed above) move within and between series, leads change, members are
    // derived again.
    const queried = await reindexCopy('queried.db', 0, false);
    const memory = await reindexCopy('memory.db', 0, true);
    expect((queried.rows.series_state as Array<[number, string, number]>).filter((r) => r[2] !== 0).length).toBeGreaterThan(1);
    expect(queried.rows.message_series.length).toBeGreaterThan(100);
    for (const t of Object.keys(queried.rows)) expect(memory.rows[t], t).toEqual(queried.rows[t]);
  }, 480_000); // (two whole reindexes too: 257 s on a machine loaded by eight helpers and the eval, 2026-12-07)
});

describe('how many workers a reindex starts', () => {
  it('starts none for a small archive, one for a middling one, one per core for a big one', () => {
    // (a cold worker costs more than it saves below ~20,000 messages: see workersFor)
    expect(workersFor(12_000, 2)).toBe(0);
    expect(workersFor(19_999, 8)).toBe(0);
    expect(workersFor(20_000, 2)).toBe(1);
    expect(workersFor(59_999, 8)).toBe(1);
    expect(workersFor(60_000, 2)).toBe(2);
    expect(workersFor(150_000, 8)).toBe(8);
    expect(workersFor(30_000, 1)).toBe(1);
  });
});
