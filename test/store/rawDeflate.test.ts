import { describe, it, expect, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import zlib, { deflateRawSync, inflateRawSync } from 'node:zlib';
import { deflateRawWith, inflateRawWith, RawInflater, onZlibHandle } from '../../src/store/rawDeflate.js';
import { MAIL_DICTIONARY_1 } from '../../src/store/mailDictionary.js';

// Real mail (the reference status post), a short reply, nothing, and more than the shared
// output buffer holds (incompressible bytes: the output is as long as the input).
const post = readFileSync(new URL('../../fixtures/seed/jdarcy-status-2014-10.txt', import.meta.url));
const reply = Buffer.from('From: Jeff Darcy <jdarcy@redhat.com>\nSubject: Re: [Gluster-devel] jdarcy status\n\nThanks, will do.\n');
const noise = Buffer.from(Array.from({ length: 200_000 }, (_, i) => ((i * 7919) ^ (i >> 5) * 104729) & 0xff));
const inputs = [post, reply, Buffer.alloc(0), noise, Buffer.concat([post, noise, post])];
const dictionaries = [undefined, MAIL_DICTIONARY_1, post.subarray(post.length - 2000)];

describe('raw DEFLATE on zlib handles gives node:zlib bytes', () => {
  it('runs on the handle with the Node versions archive supports (else only slower)', () => {
    expect(onZlibHandle()).toBe(true);
  });

  it('packs every input to the very bytes deflateRawSync makes, with or without a dictionary', () => {
    for (const dictionary of dictionaries) {
      for (const input of inputs) expect(deflateRawWith(input, dictionary).equals(deflateRawSync(input, { dictionary }))).toBe(true);
    }
  });

  it('unpacks them back, once or message after message on one kept inflater', () => {
    for (const dictionary of dictionaries) {
      const inflater = new RawInflater(dictionary);
      for (const round of [1, 2]) {
        for (const input of inputs) {
          const packed = deflateRawSync(input, { dictionary });
          expect(inflateRawWith(packed, dictionary).equals(input), `round ${round}`).toBe(true);
          expect(inflater.inflate(packed).equals(input), `round ${round}`).toBe(true);
        }
      }
    }
  });

  it('unpacks on one kept inflater given another dictionary for each input (a text against its own mail)', () => {
    const inflater = new RawInflater();
    for (const round of [1, 2]) {
      for (const dictionary of [...dictionaries, reply, post.subarray(0, 700), ...dictionaries.slice().reverse()]) {
        for (const input of [post, reply, Buffer.concat([reply, post.subarray(300, 900)])]) {
          const packed = deflateRawSync(input, { dictionary });
          expect(inflater.inflate(packed, dictionary).equals(input), `round ${round}`).toBe(true);
        }
      }
    }
    // With the wrong dictionary the text does not come back (other bytes, or an error), and the next input reads.
    const packed = deflateRawSync(post, { dictionary: reply });
    let wrong: Buffer | null = null;
    try {
      wrong = inflater.inflate(packed, post);
    } catch {
      wrong = null;
    }
    expect(wrong?.equals(post) ?? false).toBe(false);
    expect(inflater.inflate(packed, reply).equals(post)).toBe(true);
  });

  it('tells whether data inflates to given bytes, without an error for data that does not inflate', () => {
    const inflater = new RawInflater();
    const packed = deflateRawSync(post, { dictionary: reply });
    expect(inflater.inflatesTo(packed, post, reply)).toBe(true);
    expect(inflater.inflatesTo(packed, post.subarray(0, post.length - 1), reply)).toBe(false);
    expect(inflater.inflatesTo(packed, Buffer.concat([post, Buffer.from('x')]), reply)).toBe(false);
    const changed = Buffer.from(post);
    changed[changed.length >> 1] ^= 1;
    expect(inflater.inflatesTo(packed, changed, reply)).toBe(false);
    expect(inflater.inflatesTo(packed.subarray(0, packed.length >> 1), post, reply)).toBe(false);
    expect(inflater.inflatesTo(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x00, 0x13]), post, reply)).toBe(false);
    expect(inflater.inflatesTo(packed, post, reply)).toBe(true);
    expect(inflater.inflatesTo(deflateRawSync(noise), noise)).toBe(true);
  });

  it('throws what inflateRawSync throws on corrupt or cut data, and the inflater goes on afterwards', () => {
    const packed = deflateRawSync(post, { dictionary: MAIL_DICTIONARY_1 });
    const cut = packed.subarray(0, packed.length >> 1);
    const garbage = Buffer.from([0xff, 0xff, 0xff, 0xff, 0x00, 0x13]);
    const inflater = new RawInflater(MAIL_DICTIONARY_1);
    for (const bad of [cut, garbage]) {
      let expected: unknown;
      try {
        inflateRawSync(bad, { dictionary: MAIL_DICTIONARY_1 });
      } catch (e) {
        expected = e;
      }
      expect(expected).toBeInstanceOf(Error);
      expect(() => inflater.inflate(bad)).toThrow((expected as Error).message);
      expect(() => inflateRawWith(bad, MAIL_DICTIONARY_1)).toThrow((expected as Error).message);
      expect(inflater.inflate(packed).equals(post)).toBe(true);
    }
    // Without the dictionary the data does not read.
    expect(() => inflateRawWith(packed)).toThrow();
  });

  it('reads on the handle in a process that never deflates, checking it without deflating', async () => {
    // (a query reads mail only: the deflate check, one deflate on the handle and two public ones, cost it ~3 ms cold)
    const packed = deflateRawSync(post, { dictionary: MAIL_DICTIONARY_1 });
    const text = deflateRawSync(reply, { dictionary: post });
    vi.resetModules();
    const deflates = [vi.spyOn(zlib, 'deflateRawSync'), vi.spyOn(zlib, 'createDeflateRaw')];
    try {
      const fresh = await import('../../src/store/rawDeflate.js');
      const inflater = new fresh.RawInflater(MAIL_DICTIONARY_1);
      expect(inflater.inflate(packed).equals(post)).toBe(true);
      expect(inflater.inflate(packed).equals(post)).toBe(true);
      const texts = new fresh.RawInflater();
      expect(texts.inflate(text, post).equals(reply)).toBe(true);
      expect(texts.inflate(packed, MAIL_DICTIONARY_1).equals(post)).toBe(true);
      for (const d of deflates) expect(d).not.toHaveBeenCalled();
      // and the handle is the one deflating checks too
      expect(fresh.onZlibHandle()).toBe(true);
    } finally {
      for (const d of deflates) d.mockRestore();
    }
  });
});
