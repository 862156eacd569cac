/**
 * The output chunk of a synchronous zlib call, sized to what the call is expected to give.
 *
 * Node's `deflateRawSync` / `inflateRawSync` write into chunks of 16 KiB by default and return
 * a slice of the first one: a message of 1.3 KiB (the median of the bench's archive) packed to
 * 600 bytes still allocates 16 KiB outside the V8 heap. A first sync makes three such calls per
 * message (pack the raw, unpack it for the index, pack its search text): about 7 GB allocated
 * for 150k messages, which V8 collects only when external memory has grown by some 64 MB, so
 * that much garbage sat on top of the peak RSS (issue 12.2). Sized to the expected output, a
 * small chunk comes from Buffer's shared pool instead. The guess is only a size: a longer output
 * takes more chunks, and the bytes zlib produces do not depend on it.
 */

/** zlib's least chunk (zlib.constants.Z_MIN_CHUNK). */
const MIN_CHUNK = 64;

/** At most this per chunk: a longer output takes more chunks. */
const MAX_CHUNK = 1024 * 1024;

/** `chunkSize` for a call expected to give about `bytes` bytes. */
export function chunkFor(bytes: number): number {
  return Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, Math.ceil(bytes) + MIN_CHUNK));
}
