/**
 * How a message's searchable text (its cleaned body: search_docs.body, migration 13) is kept:
 * DEFLATE (RFC 1951, no header) with the message's own raw bytes as the preset dictionary.
 *
 * The cleaned body is mostly the raw body with quotes, signature and footer blanked, so against
 * the raw message it compresses to a few percent of its size (plain deflate: about half). The
 * search index no longer keeps a second copy of every body; snippets of the shown results are
 * made from this text (src/query/search.ts), and the searchable text is still read without the
 * mail parser. Derived: the dictionary is the durable raw message, never the other way round.
 *
 * zlib uses the dictionary's last 32 KiB: a longer message still compresses, only less.
 */
import type Database from 'better-sqlite3';
import { deflateRawSync, inflateRawSync, constants } from 'node:zlib';
import { unpackRaw } from './rawCodec.js';
import { chunkFor } from './zlibChunk.js';

/** Only the last 32 KiB of a preset dictionary can be referred to (zlib's window). */
const WINDOW = 32 * 1024;

function dictionaryOf(raw: Buffer): Buffer {
  return raw.length > WINDOW ? raw.subarray(raw.length - WINDOW) : raw;
}

/** `text` packed against `raw` (the message's bytes as fetched). */
export function packText(text: string, raw: Buffer): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  // Against its own message a text packs to a few percent (zlibChunk.ts).
  return deflateRawSync(bytes, { level: constants.Z_DEFAULT_COMPRESSION, dictionary: dictionaryOf(raw), chunkSize: chunkFor(bytes.length / 8) });
}

/** The text `packText(text, raw)` packed. */
export function unpackText(packed: Buffer, raw: Buffer): string {
  return inflateRawSync(packed, { dictionary: dictionaryOf(raw) }).toString('utf8');
}

/**
 * SQL functions on every connection: `pack_text(text, raw, raw_codec)`, what migration 13 stores
 * for the texts indexed before it, and `unpack_text(packed, raw, raw_codec)`, the text back (the
 * search index's delete trigger gives FTS5 the text it indexed). `raw_codec` is the stored raw's
 * (it may be compressed itself: rawCodec.ts).
 */
export function registerTextFunctions(db: Database.Database): void {
  db.function('pack_text', { deterministic: true }, (text: string | null, raw: Buffer | null, codec: number | null) =>
    (text === null || raw === null ? null : packText(text, unpackRaw(raw, codec))));
  db.function('unpack_text', { deterministic: true }, (packed: Buffer | null, raw: Buffer | null, codec: number | null) =>
    (packed === null || raw === null ? null : unpackText(packed, unpackRaw(raw, codec))));
}
