/**
 * Issue 15, lead 2: a sync finds mail stored but not indexed (a run killed between the commit
 * and the index) without reading the messages table: the store lists what it commits in
 * pending_index, and indexing clears it.
 */
import { captureSql } from '../support/captureSql.js';
import { describe, it, expect } from 'vitest';
import { openDatabase, RawStore, type Db, type NewMessage } from '../../src/store/index.js';
import { IndexWriter, reindexAll } from '../../src/index/index.js';

const raw = (i: number): Buffer => Buffer.from(`From: A <a@example.org>\nSubject: hello ${i}\nMessage-ID: <m${i}@example.org>\nDate: Mon, 6 Oct 2014 10:00:00 +0000\n\nbody ${i}\n`);
const msg = (i: number): NewMessage => ({
  period: '2014-October', messageId: `m${i}@example.org`, msgKey: `mid:m${i}@example.org`, contentHash: `h${i}`, source: 'mbox',
  raw: raw(i), seq: i, url: null, subject: `hello ${i}`, authorName: 'A', authorAddress: null, date: null, inReplyTo: null,
});
const state = { period: '2014-October', kind: 'month', start: null, end: null, label: 'October 2014', size_label: null,
  text_url: 'http://h/l/2014-October.txt', etag: null, last_modified: null, text_length: 10, text_hash: 'x', tail_hash: 'y', source: 'mbox' };

const pending = (db: Db): number[] => (db.prepare('SELECT message_rowid AS id FROM pending_index ORDER BY 1').all() as Array<{ id: number }>).map((r) => r.id);
const analysed = (db: Db): number => (db.prepare('SELECT COUNT(*) AS n FROM analyses').get() as { n: number }).n;


describe('mail stored but not indexed', () => {
  it('is listed as pending by the commit that stores it, and no longer once indexed', () => {
    const db = openDatabase(':memory:');
    const store = new RawStore(db);
    const l = store.ensureList('http://h/pipermail/l/', 'l');
    const ids = store.commitPeriod(l.id, state, [msg(1), msg(2)]);
    expect(pending(db)).toEqual(ids);
    // The run is killed here. The next one indexes what is pending, and only that.
    expect(new IndexWriter(db).indexPending()).toMatchObject({ indexed: 2 });
    expect(pending(db)).toEqual([]);
    expect(analysed(db)).toBe(2);
    // Committed and indexed as a sync does: nothing stays pending.
    const more = store.commitPeriod(l.id, state, [msg(3)]);
    new IndexWriter(db).indexMessages(more);
    expect(pending(db)).toEqual([]);
    expect(new IndexWriter(db).indexPending()).toMatchObject({ indexed: 0 });
  });

  it('is found without reading the messages table when nothing is pending', () => {
    const db = openDatabase(':memory:');
    const store = new RawStore(db);
    const l = store.ensureList('http://h/pipermail/l/', 'l');
    new IndexWriter(db).indexMessages(store.commitPeriod(l.id, state, [msg(1)]));
    // A row written behind the store's back, with no analysis: a scan of messages would index it;
    // indexPending does not look at messages at all.
    db.prepare(`INSERT INTO messages (list_id, period, msg_key, content_hash, source, raw, fetched_at) VALUES (?, '2014-October', 'mid:x', 'hx', 'mbox', ?, 'now')`).run(l.id, raw(9));
    expect(new IndexWriter(db).indexPending()).toMatchObject({ indexed: 0 });
    expect(analysed(db)).toBe(1);
    const sqls = captureSql(db, (d) => new IndexWriter(d).indexPending());
    const reads = sqls.filter((s) => /^\s*SELECT/i.test(s) && /\bFROM messages\b/i.test(s));
    // The writer prepares its per-row statements up front; the only statement indexPending runs reads pending_index.
    const pendingSql = sqls.filter((s) => /^\s*SELECT[\s\S]*FROM pending_index/.test(s));
    expect(pendingSql).toHaveLength(1);
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${pendingSql[0]}`).all() as Array<{ detail: string }>).map((r) => r.detail);
    expect(plan.join('\n')).not.toMatch(/messages|analyses|quarantine/);
    // Reads of messages are by primary key: one id, or a batch's ids as a JSON array.
    expect(reads.every((s) => /WHERE id (= \?|IN \(SELECT value FROM json_each\(\?\)\))/.test(s))).toBe(true);
  });

  it('reindex derives everything and empties the table', async () => {
    const db = openDatabase(':memory:');
    const store = new RawStore(db);
    const l = store.ensureList('http://h/pipermail/l/', 'l');
    store.commitPeriod(l.id, state, [msg(1), msg(2)]);
    await reindexAll(db);
    expect(pending(db)).toEqual([]);
    expect(analysed(db)).toBe(2);
  });

  it('a list removed with its messages leaves nothing pending', () => {
    const db = openDatabase(':memory:');
    const store = new RawStore(db);
    const l = store.ensureList('http://h/pipermail/l/', 'l');
    store.commitPeriod(l.id, state, [msg(1)]);
    store.removeList(l.id);
    expect(pending(db)).toEqual([]);
  });
});
