import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { openDatabase, RawStore, packRaw, unpackRaw, RAW_DEFLATE, RAW_AS_FETCHED, type NewMessage } from '../../src/store/index.js';
import { findStoredMessage } from '../../src/query/storedMessage.js';
import { IndexWriter, reindexAll } from '../../src/index/index.js';

// The reference status post, as fetched (8-bit and CRLF variants too): what must come back byte for byte.
const post = readFileSync(new URL('../../fixtures/seed/jdarcy-status-2014-10.txt', import.meta.url));
const latin1 = Buffer.concat([Buffer.from('From: J\u00f6rg <j@example.org>\r\nSubject: caf\u00e9 \r\n\r\n', 'latin1'), Buffer.from([0xff, 0xfe, 0x00, 0x80]), post]);

const state = { period: '2014-October', kind: 'month', start: '2014-10-01', end: '2014-11-01', label: 'October 2014', size_label: null,
  text_url: null, etag: null, last_modified: null, text_length: null, text_hash: null, tail_hash: null, source: 'mbox' };
const msg = (id: string, raw: Buffer): NewMessage => ({
  period: '2014-October', messageId: id, msgKey: `mid:${id}`, contentHash: id, source: 'mbox', raw, seq: null, url: null,
  subject: 's', authorName: 'A', authorAddress: null, date: null, inReplyTo: null,
});

describe('stored mail is compressed and comes back byte for byte', () => {
  it('packs mail text to well under its size and unpacks the exact bytes', () => {
    for (const raw of [post, latin1]) {
      const p = packRaw(raw);
      expect(p.codec).toBe(RAW_DEFLATE);
      expect(p.raw.length).toBeLessThan(raw.length * 0.7);
      expect(unpackRaw(p.raw, p.codec).equals(raw)).toBe(true);
    }
  });

  it('keeps a message as fetched when packing would not make it smaller', () => {
    const tiny = Buffer.from('From: x\n\nhi\n');
    expect(packRaw(tiny)).toEqual({ raw: tiny, codec: RAW_AS_FETCHED });
    const noise = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + (i >> 3) * 104729) % 251));
    const p = packRaw(noise);
    expect(unpackRaw(p.raw, p.codec).equals(noise)).toBe(true);
  });

  it('stores new mail compressed; archive show, the index and old uncompressed rows all read the original', async () => {
    const db = openDatabase(':memory:');
    const store = new RawStore(db);
    const l = store.ensureList('http://h/pipermail/l/', 'l');
    const ids = store.commitPeriod(l.id, state, [msg('a@x', post), msg('b@x', latin1)]);
    // A row stored before migration 12 (codec 0, the default).
    db.prepare(`INSERT INTO messages (list_id, period, message_id, msg_key, content_hash, source, raw, fetched_at) VALUES (?, '2014-October', 'c@x', 'mid:c@x', 'c', 'mbox', ?, 'now')`).run(l.id, post);
    const rows = db.prepare('SELECT message_id AS id, raw_codec AS codec, length(raw) AS n FROM messages ORDER BY id').all() as Array<{ id: string; codec: number; n: number }>;
    expect(rows.map((r) => r.codec)).toEqual([RAW_DEFLATE, RAW_DEFLATE, RAW_AS_FETCHED]);
    expect(rows[0].n).toBeLessThan(post.length * 0.7);
    expect(findStoredMessage(db, 'a@x')!.raw.equals(post)).toBe(true);
    expect(findStoredMessage(db, '<b@x>')!.raw.equals(latin1)).toBe(true);
    expect(findStoredMessage(db, 'c@x')!.raw.equals(post)).toBe(true);
    // The index derives the same rows from a compressed copy as from an uncompressed one.
    new IndexWriter(db).indexMessages([...ids, 3]);
    const sections = db.prepare('SELECT message_rowid AS m, title FROM sections ORDER BY message_rowid, ord').all() as Array<{ m: number; title: string }>;
    const of = (m: number): string[] => sections.filter((s) => s.m === m).map((s) => s.title);
    expect(of(ids[0]).length).toBeGreaterThan(0);
    expect(of(3)).toEqual(of(ids[0]));
    // archive reindex compresses the old row as it reads it, and derives the same rows again.
    await reindexAll(db);
    expect((db.prepare("SELECT raw_codec AS c FROM messages WHERE message_id = 'c@x'").get() as { c: number }).c).toBe(RAW_DEFLATE);
    expect(findStoredMessage(db, 'c@x')!.raw.equals(post)).toBe(true);
    expect(db.prepare('SELECT message_rowid AS m, title FROM sections ORDER BY message_rowid, ord').all()).toEqual(sections);
  });

  it('refuses a codec it does not know rather than return the wrong bytes', () => {
    expect(() => unpackRaw(Buffer.from('x'), 7)).toThrow(/codec 7.*upgrade/);
  });
});
