/**
 * Issue 12.1: `archive reindex` writes the search index in place (src/index/searchInPlace.ts):
 * a text already at the id it is written at is kept. Whatever the index held before, the rows of
 * every table are those of a reindex that empties the search index first (`searchInPlace:
 * false`, as every reindex did before), and so is what the index holds: every token of every text
 * at its id, column and offset (fts5vocab), each text's size and the totals bm25 weighs with.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, DROP_SEARCH_TRIGGERS, SEARCH_TRIGGERS, type Db } from '../../src/store/index.js';
import { reindexAll, type ReindexSummary } from '../../src/index/index.js';
import { runArchive, tempDir, FIXTURES } from '../support/cli.js';
import { corpusSample } from '../support/corpusSample.js';

const tmp = tempDir();
/** As imported (its texts in the order an import wrote them), and after a reindex. */
const imported = join(tmp.dir, 'imported.db');
const reindexed = join(tmp.dir, 'reindexed.db');

/** Every row of every table (the time a message was quarantined apart), and what the search index holds. */
function everything(db: Db): Record<string, unknown> {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_fts%' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]);
  const out: Record<string, unknown> = {};
  for (const t of tables) {
    const cols = (db.prepare(`PRAGMA table_info(${t})`).all() as Array<{ name: string }>).map((c) => c.name).filter((c) => !(t === 'quarantine' && c === 'at'));
    out[t] = db.prepare(`SELECT ${cols.join(', ')} FROM ${t} ORDER BY ${cols.join(', ')}`).raw().all();
  }
  db.prepare("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')").run();
  db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms USING fts5vocab(main, search_fts, instance)');
  out.search_terms = db.prepare('SELECT term, doc, col, offset FROM temp.search_terms ORDER BY term, doc, col, offset').raw().all();
  out.search_sizes = db.prepare('SELECT id, hex(sz) FROM search_fts_docsize ORDER BY id').raw().all();
  // the averages record (the number of texts and of tokens per column)
  out.search_totals = db.prepare('SELECT hex(block) FROM search_fts_data WHERE id = 1').pluck().get();
  out.search_answers = ['status', 'gluster', 'review', 'release', 'week', 'older', 'left'].map((w) => db.prepare('SELECT rowid, bm25(search_fts) FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid').raw().all(w));
  return out;
}

/** Change a database as `change` does, its search index kept in step with the rows as the triggers and a sync keep it. */
function changed(path: string, change: (db: Db) => void): void {
  const db = openDatabase(path);
  try {
    db.transaction(() => {
      // the texts of every message, taken out of the index as indexed, then added as the rows read afterwards
      const indexed = `CASE WHEN d.item_id IS NULL THEN m.subject
          ELSE (SELECT COALESCE(NULLIF(s.project, ''), s.title) FROM items i JOIN sections s ON s.id = i.section_id WHERE i.id = d.item_id) END,
        m.author_name,
        CASE WHEN d.item_id IS NULL THEN unpack_text(d.body, m.raw, m.raw_codec) ELSE (SELECT text FROM items WHERE id = d.item_id) END
        FROM search_docs d JOIN messages m ON m.id = d.message_rowid ORDER BY d.id`;
      db.exec(DROP_SEARCH_TRIGGERS);
      db.exec(`INSERT INTO search_fts (search_fts, rowid, title, author, body) SELECT 'delete', d.id, ${indexed}`);
      change(db);
      db.exec(`INSERT INTO search_fts (rowid, title, author, body) SELECT d.id, ${indexed}`);
      db.exec(SEARCH_TRIGGERS);
    })();
  } finally {
    db.close();
  }
}

async function reindexCopy(from: string, name: string, searchInPlace: boolean, damage?: (db: Db) => void): Promise<{ summary: ReindexSummary; all: Record<string, unknown> }> {
  const path = join(tmp.dir, name);
  copyFileSync(from, path);
  if (damage) {
    const db = openDatabase(path);
    damage(db);
    db.close();
  }
  const db = openDatabase(path);
  try {
    const summary = await reindexAll(db, undefined, { workers: 0, chunk: 50, searchInPlace });
    return { summary, all: everything(db) };
  } finally {
    db.close();
  }
}

async function bothWays(from: string, name: string, damage?: (db: Db) => void): Promise<{ inPlace: ReindexSummary; texts: number }> {
  const empty = await reindexCopy(from, `${name}-empty.db`, false, damage);
  const inPlace = await reindexCopy(from, `${name}-in-place.db`, true, damage);
  expect(empty.summary.searchKept).toBe(0);
  for (const k of Object.keys(empty.all)) expect(inPlace.all[k], k).toEqual(empty.all[k]);
  expect(Object.keys(inPlace.all)).toEqual(Object.keys(empty.all));
  return { inPlace: inPlace.summary, texts: (empty.all.search_docs as unknown[]).length };
}


beforeAll(async () => {
  // The sample lists (series of weekly reports among them, whose posts are derived again) and a sample of the real posts:
  // every fourth, 3,000 at most (some 15,000 texts; all of them, 12,966 posts, took one case past its ten minutes on a
  // slow 2-core host, and every fourth alone grew with the corpus to 4,000 posts and 235 s for this file)
  for (const list of ['gluster-devel', 'gluster-users', 'weekly-dev']) {
    expect((await runArchive(['--db', imported, 'import', '--quiet', join(FIXTURES, 'sources', list), '--list', list])).code).toBe(0);
  }
  expect([0, 1]).toContain((await runArchive(['--db', imported, 'import', '--quiet', corpusSample(join(tmp.dir, 'corpus-sample'), 4, 3000), '--list', 'corpus'])).code);
  copyFileSync(imported, reindexed);
  const db = openDatabase(reindexed);
  try {
    await reindexAll(db, undefined, { workers: 0, chunk: 50 });
  } finally {
    db.close();
  }
}, 600_000);
afterAll(() => tmp.cleanup());

// (each case reindexes 10,000+ texts twice and compares every row and token: 2-3 minutes alone on a
// 2-core Xeon, more beside the rest of the suite; the limits only stop a hang, they time nothing)
describe('reindex writing the search index in place', () => {
  it('keeps every text of an index a reindex wrote, and holds what a reindex from an empty index writes', async () => {
    const { inPlace, texts } = await bothWays(reindexed, 'again');
    expect(texts).toBeGreaterThan(10_000);
    expect(inPlace.searchKept).toBe(texts);
    expect(inPlace.reportsAfter).toBeGreaterThan(100);
  }, 600_000);

  it('writes the same from an index an import wrote, its texts in another order', async () => {
    const { inPlace, texts } = await bothWays(imported, 'imported');
    // seen early: the run starts from an empty index after a few hundred texts
    expect(inPlace.searchKept).toBeLessThan(texts / 10);
  }, 600_000);

  it('writes the same where texts changed since: subjects and authors, search texts and items read otherwise, texts gone, texts left over', async () => {
    const path = join(tmp.dir, 'changed.db');
    copyFileSync(reindexed, path);
    changed(path, (db) => {
      // as an older parser read them: indexed with another subject or author (the message's
      // texts taken out before the new ones are written), another body, other items; none of
      // what orders the writes (series, their leads) changed, or every text would move
      db.prepare("UPDATE messages SET subject = subject || ' (old)' WHERE id % 11 = 0 AND id NOT IN (SELECT message_rowid FROM message_series)").run();
      db.prepare('UPDATE messages SET author_name = NULL WHERE id % 13 = 0').run();
      db.prepare(`UPDATE search_docs SET body = (SELECT pack_text('an older reading of this post', m.raw, m.raw_codec) FROM messages m WHERE m.id = search_docs.message_rowid)
        WHERE item_id IS NULL AND message_rowid % 17 = 0`).run();
      db.prepare("UPDATE items SET text = text || ' (older)' WHERE id % 5 = 0").run();
      // texts not written yet (a message indexed by a parser that found no items), and some no message writes any more
      db.prepare('DELETE FROM search_docs WHERE message_rowid % 23 = 0').run();
      db.prepare('DELETE FROM search_docs WHERE item_id IS NOT NULL AND message_rowid % 3 = 0').run();
      db.prepare(`INSERT INTO search_docs (id, message_rowid, item_id, body) SELECT (SELECT MAX(id) FROM search_docs) + 5, id, NULL,
        pack_text('a text left over', raw, raw_codec) FROM messages WHERE id = 1`).run();
    });
    const { inPlace, texts } = await bothWays(path, 'changed');
    // (a large share kept, not an index emptied: about half, with what the changes above touch; 48% at parser 15)
    expect(inPlace.searchKept).toBeGreaterThan(texts / 3);
    expect(inPlace.searchKept).toBeLessThan(texts - 1000);
  }, 600_000);

  it('rebuilds an index with a text that cannot be taken out (its stored body damaged): as from an empty index', async () => {
    const { inPlace } = await bothWays(reindexed, 'damaged', (db) => {
      db.prepare("UPDATE search_docs SET body = X'ff0013' WHERE item_id IS NULL AND message_rowid = 500").run();
    });
    expect(inPlace.searchKept).toBeGreaterThan(100);
  }, 600_000);
});
