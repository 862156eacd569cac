import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { openDatabase, RawStore, packRaw, unpackRaw, packText, unpackText, RAW_DEFLATE, RAW_DEFLATE_DICT, RAW_AS_FETCHED, type NewMessage } from '../../src/store/index.js';
import { findStoredMessage } from '../../src/query/storedMessage.js';
import { IndexWriter, reindexAll } from '../../src/index/index.js';
import { MAIL_DICTIONARY_1 } from '../../src/store/mailDictionary.js';

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
      expect(p.codec).toBe(RAW_DEFLATE_DICT);
      expect(p.raw.length).toBeLessThan(raw.length * 0.7);
      expect(unpackRaw(p.raw, p.codec).equals(raw)).toBe(true);
    }
  });

  it('packs a short message smaller with the mail dictionary than without it', () => {
    // A pipermail text-archive entry of a few lines, as most replies are.
    const short = Buffer.from([
      'From jdarcy at redhat.com  Wed Oct  8 21:02:11 2014', 'From: jdarcy at redhat.com (Jeff Darcy)', 'Date: Wed, 8 Oct 2014 17:02:11 -0400',
      'Subject: [Gluster-devel] Re: jdarcy status (October 2014)', 'In-Reply-To: <5435A1B2.1000@redhat.com>',
      'References: <5435A1B2.1000@redhat.com>', 'Message-ID: <1412802131.7.jdarcy@redhat.com>', '',
      'Thanks for the review, I will update the patch and send it again.', '',
      '_______________________________________________', 'Gluster-devel mailing list', 'Gluster-devel at gluster.org',
      'http://supercolony.gluster.org/mailman/listinfo/gluster-devel', ''].join('\n'));
    const p = packRaw(short);
    expect(p.codec).toBe(RAW_DEFLATE_DICT);
    expect(p.raw.length).toBeLessThan(deflateRawSync(short).length * 0.9);
    expect(unpackRaw(p.raw, p.codec).equals(short)).toBe(true);
  });

  it('keeps the dictionary of codec 2 byte for byte: rows stored with it need exactly these bytes back', () => {
    expect(createHash('sha256').update(MAIL_DICTIONARY_1).digest('hex')).toBe('e27d08e2d0b38262367f7be62a6294555e96806145e59078055060d81ea1fb3b');
  });

  it('packs to the same bytes as zlib with its default output chunks, also where the output spans several', () => {
    // Mail of every size the output chunk is guessed for: short, the real post, long patch mail,
    // and bytes that do not compress (the output then outgrows the guessed chunk).
    const noise = Buffer.from(Array.from({ length: 40_000 }, (_, i) => (i * 7919 + (i >> 3) * 104729) % 251));
    for (const raw of [post.subarray(0, 300), post, latin1, Buffer.concat(Array.from({ length: 40 }, () => post)), Buffer.concat([post, noise])]) {
      const p = packRaw(raw);
      const plain = deflateRawSync(raw, { dictionary: MAIL_DICTIONARY_1 });
      if (p.codec === RAW_DEFLATE_DICT) expect(p.raw.equals(plain)).toBe(true);
      else expect(plain.length).toBeGreaterThanOrEqual(raw.length);
      expect(unpackRaw(p.raw, p.codec).equals(raw)).toBe(true);
      const text = raw.toString('latin1').replace(/^> .*$/gm, '');
      expect(packText(text, raw).equals(deflateRawSync(Buffer.from(text, 'utf8'), { dictionary: raw.subarray(Math.max(0, raw.length - 32768)) }))).toBe(true);
      expect(unpackText(packText(text, raw), raw)).toBe(text);
    }
  });

  it('still reads rows stored with codec 1 (DEFLATE without the dictionary)', () => {
    for (const raw of [post, latin1]) expect(unpackRaw(deflateRawSync(raw), RAW_DEFLATE).equals(raw)).toBe(true);
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
    expect(rows.map((r) => r.codec)).toEqual([RAW_DEFLATE_DICT, RAW_DEFLATE_DICT, RAW_AS_FETCHED]);
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
    expect((db.prepare("SELECT raw_codec AS c FROM messages WHERE message_id = 'c@x'").get() as { c: number }).c).toBe(RAW_DEFLATE_DICT);
    expect(findStoredMessage(db, 'c@x')!.raw.equals(post)).toBe(true);
    expect(db.prepare('SELECT message_rowid AS m, title FROM sections ORDER BY message_rowid, ord').all()).toEqual(sections);
  });

  it('refuses a codec it does not know rather than return the wrong bytes', () => {
    expect(() => unpackRaw(Buffer.from('x'), 7)).toThrow(/codec 7.*upgrade/);
  });
});
