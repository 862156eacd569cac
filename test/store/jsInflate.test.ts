import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import { inflateRawJs } from '../../src/store/jsInflate.js';
import { MAIL_DICTIONARY_1 } from '../../src/store/mailDictionary.js';

const post = readFileSync(new URL('../../fixtures/seed/jdarcy-status-2014-10.txt', import.meta.url));
const reply = Buffer.from('From: Jeff Darcy <jdarcy@redhat.com>\nSubject: Re: [Gluster-devel] jdarcy status\n\nThanks, will do.\n');
const noise = Buffer.from(Array.from({ length: 200_000 }, (_, i) => ((i * 7919) ^ (i >> 5) * 104729) & 0xff));
const runs = Buffer.from('a'.repeat(70_000) + 'ab'.repeat(20_000) + 'xyz'.repeat(300));
const big = Buffer.concat(Array.from({ length: 40 }, (_, i) => Buffer.concat([post.subarray(i * 13), Buffer.from(`line ${i}\n`)])));

/** A small deterministic generator (no Math.random: a failure must come back the same). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** What zlib makes of `packed`: its bytes, or null when it throws. */
function zlibOf(packed: Uint8Array, dictionary?: Buffer): Buffer | null {
  try {
    return inflateRawSync(packed, dictionary ? { dictionary } : {});
  } catch {
    return null;
  }
}

/** What the JS inflater makes of it: its bytes, or null when it refuses. */
function jsOf(packed: Uint8Array, dictionary?: Buffer): Buffer | null {
  try {
    return inflateRawJs(packed, dictionary);
  } catch {
    return null;
  }
}

const STRATEGIES = [
  { level: 6 },
  { level: 9 },
  { level: 1 },
  { level: 0 }, // stored blocks
  { level: 6, strategy: constants.Z_FIXED }, // fixed Huffman codes
  { level: 6, strategy: constants.Z_HUFFMAN_ONLY },
  { level: 6, strategy: constants.Z_RLE },
];

describe('raw DEFLATE decoded in JavaScript', () => {
  it('gives the bytes inflateRawSync gives, for every zlib strategy, with or without a dictionary', () => {
    const inputs = [post, reply, Buffer.alloc(0), Buffer.from('x'), noise, runs, big, Buffer.concat([post, noise.subarray(0, 40_000), post])];
    const dictionaries = [undefined, MAIL_DICTIONARY_1, post.subarray(post.length - 2000), big /* longer than the 32 KiB window */];
    for (const options of STRATEGIES) {
      for (const dictionary of dictionaries) {
        for (const input of inputs) {
          const packed = deflateRawSync(input, { ...options, dictionary });
          expect(inflateRawJs(packed, dictionary).equals(input), JSON.stringify(options)).toBe(true);
        }
      }
    }
  });

  it('reads a stored block that follows a compressed one (the bits before it end mid-byte)', () => {
    // A compressed block ended by a sync flush (an empty stored block, begun mid-byte), then a last stored block.
    const head = deflateRawSync(post, { finishFlush: constants.Z_SYNC_FLUSH });
    const tail = noise.subarray(0, 3000);
    const packed = Buffer.concat([head, Buffer.from([0x01, tail.length & 0xff, tail.length >> 8, ~tail.length & 0xff, (~tail.length >> 8) & 0xff]), tail]);
    const expected = Buffer.concat([post, tail]);
    expect(inflateRawSync(packed).equals(expected)).toBe(true);
    expect(inflateRawJs(packed).equals(expected)).toBe(true);
  });

  it('never reads damaged or cut data otherwise than zlib: the same bytes, or a refusal', () => {
    const next = rng(12);
    const sources = [post, reply, big.subarray(0, 9000), runs.subarray(0, 5000)];
    let agreed = 0;
    for (let n = 0; n < 1500; n++) {
      const input = sources[n % sources.length];
      const dictionary = n % 3 === 0 ? MAIL_DICTIONARY_1 : n % 3 === 1 ? reply : undefined;
      const packed = Buffer.from(deflateRawSync(input, { ...STRATEGIES[n % STRATEGIES.length], dictionary }));
      if (n % 4 === 3) {
        const cut = packed.subarray(0, Math.floor(next() * packed.length));
        const js = jsOf(cut, dictionary);
        if (js) expect(zlibOf(cut, dictionary)?.equals(js)).toBe(true);
        continue;
      }
      // flip a few bits, anywhere (headers, code lengths, data)
      for (let k = 1 + Math.floor(next() * 3); k > 0; k--) packed[Math.floor(next() * packed.length)] ^= 1 << Math.floor(next() * 8);
      const js = jsOf(packed, dictionary);
      if (js) {
        expect(zlibOf(packed, dictionary)?.equals(js)).toBe(true);
        agreed++;
      }
    }
    expect(agreed).toBeGreaterThan(0);
  });

  it('refuses what is not DEFLATE, and a distance before the data when there is no dictionary', () => {
    expect(() => inflateRawJs(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x00, 0x13]))).toThrow();
    expect(() => inflateRawJs(Buffer.alloc(0))).toThrow();
    const packed = deflateRawSync(post, { dictionary: reply });
    // (packed against a dictionary, read without it: zlib refuses too)
    if (zlibOf(packed) === null) expect(jsOf(packed)).toBeNull();
  });
});
