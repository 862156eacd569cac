/**
 * The search index keeps no copy of the text (migration 13): a message's cleaned body is packed
 * against its own raw mail, and FTS5 is told what it indexed whenever a text goes away, so that
 * what it answers (matches, bm25) stays what a fresh index answers.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { openDatabase, RawStore, packText, unpackText, repackText, type Db, type NewMessage } from '../../src/store/index.js';
import { IndexWriter, reindexAll, readStoredMessage } from '../../src/index/index.js';
import { search } from '../../src/query/search.js';

const post = readFileSync(new URL('../../fixtures/seed/jdarcy-status-2014-10.txt', import.meta.url));
const body = readStoredMessage(post, 'mbox').cleanText.replace(/\n{3,}/g, '\n\n').trim();

describe('a searchable text packed against its raw mail', () => {
  it('takes a few percent of the text and comes back exactly', () => {
    const packed = packText(body, post);
    expect(body.length).toBeGreaterThan(1000);
    expect(packed.length).toBeLessThan(body.length * 0.1);
    expect(unpackText(packed, post)).toBe(body);
  });

  it('still packs (less) what the raw mail does not hold, and a message longer than the window', () => {
    const other = 'Ünïcödé text that is in no mail at all. '.repeat(20);
    expect(unpackText(packText(other, post), post)).toBe(other);
    const long = Buffer.concat([post, Buffer.from('\n' + 'x'.repeat(40_000) + '\n'), post]);
    const text = body + '\n\n' + body;
    const packed = packText(text, long);
    expect(unpackText(packed, long)).toBe(text);
    expect(packed.length).toBeLessThan(text.length * 0.2);
  });
});

describe('a text packed again, as a reindex does', () => {
  const packed = packText(body, post);

  it('keeps the packing stored before when it unpacks to the very text', () => {
    expect(repackText(body, post, packed)).toBe(packed);
  });

  it('packs it as packText does when the stored packing is of another text, is no packing, or is missing', () => {
    const changed = body.replace('jdarcy', 'Jeff');
    for (const stored of [packed, Buffer.from([0xff, 0x00, 0x13]), Buffer.alloc(0), null, undefined]) {
      expect(repackText(changed, post, stored).equals(packText(changed, post))).toBe(true);
    }
    // A text that differs only in what UTF-8 cannot hold (a lone surrogate is packed as U+FFFD).
    const odd = `${body}\ud800`;
    expect(repackText(odd, post, packText(`${body}\ufffd`, post)).equals(packText(odd, post))).toBe(true);
  });

  it('packs against the raw mail given: a packing against other mail is not kept', () => {
    const other = Buffer.concat([Buffer.from('From: someone\n\n'), post.subarray(0, 500)]);
    const againstOther = packText(body, other);
    const again = repackText(body, post, againstOther);
    expect(again.equals(packed)).toBe(true);
    expect(unpackText(again, post)).toBe(body);
  });
});

const state = { period: '2014-October', kind: 'month', start: '2014-10-01', end: '2014-11-01', label: 'October 2014', size_label: null,
  text_url: null, etag: null, last_modified: null, text_length: null, text_hash: null, tail_hash: null, source: 'mbox' };
const msg = (id: string, raw: Buffer): NewMessage => ({
  period: '2014-October', messageId: id, msgKey: `mid:${id}`, contentHash: id, source: 'mbox', raw, seq: null, url: null,
  subject: 's', authorName: 'A', authorAddress: null, date: null, inReplyTo: null,
});

/** What the index holds: its texts, FTS5's rows (docsize) and what a relevance search scores. */
function indexState(db: Db): { docs: number; fts: number; hits: Array<[string | null, number | null, string]> } {
  const n = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
  return {
    docs: n('SELECT COUNT(*) AS n FROM search_docs'),
    fts: n('SELECT COUNT(*) AS n FROM search_fts_docsize'),
    hits: search(db, { text: 'etcd', sort: 'relevance' }).hits.map((h) => [h.messageId, h.score, h.snippet]),
  };
}

describe('the search index stays in step with its texts', () => {
  it('when a message is derived again, its subject or mail replaced, or everything reindexed', async () => {
    const db = openDatabase(':memory:');
    const store = new RawStore(db);
    const l = store.ensureList('http://h/pipermail/l/', 'l');
    const second = Buffer.from(post.toString('latin1').replace('Message-ID: <', 'Message-ID: <second.').replace(/etcd/g, 'etcd etcd'), 'latin1');
    const ids = store.commitPeriod(l.id, state, [msg('a@x', post), msg('b@x', second), msg('c@x', Buffer.from('From: x@y\nSubject: etcd\n\nnothing else\n'))]);
    const writer = new IndexWriter(db);
    writer.indexMessages(ids);
    const first = indexState(db);
    expect(first.docs).toBeGreaterThan(3);
    expect(first.fts).toBe(first.docs);
    expect(first.hits).toHaveLength(3);
    expect(first.hits[0][2]).toContain('[etcd]');

    writer.indexMessages(ids, { again: true });
    expect(indexState(db)).toEqual(first);

    // A message's subject (or its raw mail: an HTML copy replaced by the text-archive copy)
    // changes: its texts leave the index at once, and come back when it is derived again.
    db.prepare('UPDATE messages SET subject = ? WHERE id = ?').run('another subject', ids[1]);
    const without = indexState(db);
    expect(without.fts).toBe(without.docs);
    expect(without.docs).toBeLessThan(first.docs);
    expect(without.hits.map((h) => h[0])).not.toContain('b@x');
    writer.indexMessages([ids[1]]);
    expect(indexState(db)).toEqual(first);

    await reindexAll(db);
    expect(indexState(db)).toEqual(first);
    db.close();
  });
});

describe('a search whose window of matches is full', () => {
  it('shows the same texts of each message as a search that sees every match', () => {
    const db = openDatabase(':memory:');
    const store = new RawStore(db);
    const l = store.ensureList('http://h/pipermail/l/', 'l');
    // The report first, then 999 newer texts with the same word: the window (the 1,000 newest
    // matching texts) ends inside the report's texts, whose message text is below it.
    const filler = Array.from({ length: 999 }, (_, i) => msg(`f${i}@x`, Buffer.from(`From: x@y\nSubject: note ${i}\n\netcd filler ${i}\n`)));
    const report = Buffer.concat([Buffer.from('From: Jeff Darcy <jdarcy@redhat.com>\nDate: Wed, 8 Oct 2014 20:20:34 +0000\nSubject: jdarcy status (October 2014)\n\n'), post]);
    const ids = [...store.commitPeriod(l.id, state, [msg('a@x', report)]), ...store.commitPeriod(l.id, state, filler)];
    new IndexWriter(db).indexMessages(ids);
    const full = search(db, { text: 'etcd', sort: 'date', limit: 3 });
    const all = search(db, { text: 'etcd', sort: 'date', limit: 3, list: 'l' }); // filtered: a window of 50,000
    expect(full.hits[0].messageId).toBe('a@x');
    expect(full.hits[0].snippet).toContain('[etcd]');
    expect(full.hits[0].items.map((i) => i.text)).toEqual(['http://review.gluster.org/#/c/8887/ etcd support']);
    expect(full.hits).toEqual(all.hits);
    db.close();
  });
});
