/**
 * gzip sniffing and inflation. Period archives come as `.txt.gz`, sometimes gzipped twice
 * (nightly_gzip output served with Content-Encoding: gzip, or compressed again), sometimes truncated.
 */
import zlib from 'node:zlib';
import { constants as bufferConstants } from 'node:buffer';
import { GzipTooLargeError, TruncatedGzipError } from './errors.js';

/** Most gzip layers we peel off; real data has at most two. */
const MAX_LAYERS = 4;

/** True if `buf` starts with the gzip magic bytes 1f 8b. */
export function isGzip(buf: Uint8Array): boolean {
  return buf.length >= 2 && buf[0] === 0x1f && buf[1] === 0x8b;
}

/**
 * zlib refuses a maxOutputLength above the largest Buffer (4 GiB on 64-bit): clamp to it, so a
 * `--max-size` of 5000 MB caps like any other rather than failing every .txt.gz.
 */
const outputCap = (maxBytes: number): number => Math.max(1, Math.min(maxBytes, bufferConstants.MAX_LENGTH));

function isTooLarge(err: unknown): boolean {
  return err instanceof RangeError || (err as { code?: string } | null)?.code === 'ERR_BUFFER_TOO_LARGE';
}

/** Inflate what can be inflated from a damaged stream (empty if nothing can). */
function salvage(buf: Buffer, maxBytes: number): Buffer {
  try {
    return zlib.gunzipSync(buf, { finishFlush: zlib.constants.Z_SYNC_FLUSH, maxOutputLength: outputCap(maxBytes) });
  } catch {
    return Buffer.alloc(0);
  }
}

/** The largest expansion DEFLATE can give (about 1032:1). */
const MAX_RATIO = 1032;

/**
 * The output chunk of one gzip layer: the size its trailer states (ISIZE, the last 4 bytes: the
 * uncompressed size mod 2^32), plus one byte so that zlib ends inside the chunk. A period text
 * then inflates into one buffer instead of 16 KiB chunks copied into a second one at the end
 * (twice its size at once). Only a size: hostile or multi-member input is bounded by what
 * DEFLATE can expand to and by maxBytes, and inflates correctly into more chunks if it is wrong.
 */
function chunkFor(buf: Buffer, maxBytes: number): number {
  const stated = buf.length >= 18 ? buf.readUInt32LE(buf.length - 4) : 0;
  return Math.max(zlib.constants.Z_MIN_CHUNK, Math.min(stated + 1, buf.length * MAX_RATIO, outputCap(maxBytes)));
}

function gunzipOnce(buf: Buffer, maxBytes: number): Buffer {
  try {
    return zlib.gunzipSync(buf, { maxOutputLength: outputCap(maxBytes), chunkSize: chunkFor(buf, maxBytes) });
  } catch (err) {
    if (isTooLarge(err)) throw new GzipTooLargeError(maxBytes);
    const code = (err as { code?: string }).code;
    const what = code === 'Z_BUF_ERROR' ? 'truncated' : 'corrupt';
    throw new TruncatedGzipError(`gzip stream is ${what} (${(err as Error).message})`, salvage(buf, maxBytes), err);
  }
}

/**
 * Inflate `buf`, then inflate again while the result is itself gzip. Input that is not gzip is
 * returned unchanged. Throws TruncatedGzipError (E_GZIP_TRUNCATED; `.partial` has what could be
 * recovered) on a truncated or corrupt stream, GzipTooLargeError (E_TOO_LARGE) beyond `maxBytes`.
 */
export function gunzipAll(buf: Buffer, maxBytes: number): Buffer {
  let cur = buf;
  for (let layer = 0; layer < MAX_LAYERS && isGzip(cur); layer++) cur = gunzipOnce(cur, maxBytes);
  return cur;
}
