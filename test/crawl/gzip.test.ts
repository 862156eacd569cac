import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { gunzipAll, isGzip } from '../../src/crawl/gzip.js';
import { GzipTooLargeError, TruncatedGzipError } from '../../src/crawl/errors.js';

const REAL = new URL('../../fixtures/pipermail/real/twistedmatrix.com/twisted-python/', import.meta.url);
const realGz = readFileSync(new URL('2001-April.txt.gz', REAL));
const MB = 1024 * 1024;

/** What `fn` throws (undefined when it returns). */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('isGzip', () => {
  it('sniffs the 1f 8b magic', () => {
    expect(isGzip(realGz)).toBe(true);
    expect(isGzip(Buffer.from('From twisted at example.org  Mon Apr  2 10:00:00 2001\n'))).toBe(false);
    expect(isGzip(Buffer.from([0x1f]))).toBe(false);
    expect(isGzip(Buffer.alloc(0))).toBe(false);
  });
});

describe('gunzipAll', () => {
  const text = gunzipAll(realGz, 16 * MB);

  it('inflates a real pipermail .txt.gz to mbox text', () => {
    expect(isGzip(text)).toBe(false);
    expect(text.toString('latin1')).toMatch(/^From /);
  });

  it('inflates twice when the archive was gzipped twice', () => {
    const doubled = gzipSync(realGz);
    expect(gunzipAll(doubled, 16 * MB).equals(text)).toBe(true);
  });

  it('returns non-gzip input unchanged', () => {
    expect(gunzipAll(text, 16 * MB)).toBe(text);
  });

  it('inflates into one buffer of the size the gzip trailer states, not 16 KiB chunks copied together', () => {
    expect(text.length).toBe(realGz.readUInt32LE(realGz.length - 4));
    expect(text.buffer.byteLength).toBeLessThanOrEqual(text.length + 1);
  });

  it('takes a lying trailer for a corrupt stream, as before, whatever size it states (the size is only a hint)', () => {
    for (const stated of [0, 1, 1000, text.length - 1, text.length * 50, 0xffffffff]) {
      const lying = Buffer.from(realGz);
      lying.writeUInt32LE(stated, lying.length - 4);
      const err = thrown(() => gunzipAll(lying, 16 * MB));
      expect(err).toBeInstanceOf(TruncatedGzipError);
      const partial = (err as TruncatedGzipError).partial;
      expect(text.subarray(0, partial.length).equals(partial)).toBe(true);
    }
  });

  it('inflates concatenated gzip members as one stream', () => {
    expect(gunzipAll(Buffer.concat([realGz, realGz]), 16 * MB).equals(Buffer.concat([text, text]))).toBe(true);
  });

  it('throws TruncatedGzipError with the recoverable prefix on a truncated stream', () => {
    const cut = realGz.subarray(0, Math.floor(realGz.length * 0.6));
    const err = thrown(() => gunzipAll(cut, 16 * MB));
    expect(err).toBeInstanceOf(TruncatedGzipError);
    const t = err as TruncatedGzipError;
    expect(t.code).toBe('E_GZIP_TRUNCATED');
    expect(t.message).toMatch(/truncated/);
    expect(t.partial.length).toBeGreaterThan(0);
    expect(text.subarray(0, t.partial.length).equals(t.partial)).toBe(true);
  });

  it('throws TruncatedGzipError on a corrupt stream', () => {
    const bad = Buffer.from(realGz);
    for (let i = 20; i < 60; i++) bad[i] = bad[i]! ^ 0x5a;
    expect(() => gunzipAll(bad, 16 * MB)).toThrow(TruncatedGzipError);
  });

  it('throws E_TOO_LARGE beyond maxBytes (a small bomb)', () => {
    const bomb = gzipSync(Buffer.alloc(8 * MB));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const err = thrown(() => gunzipAll(bomb, MB));
    expect(err).toBeInstanceOf(GzipTooLargeError);
    expect((err as GzipTooLargeError).code).toBe('E_TOO_LARGE');
  });
});
