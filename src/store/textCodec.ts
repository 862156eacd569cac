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
import { unpackRaw } from './rawCodec.js';
import { deflateRawWith, RawInflater } from './rawDeflate.js';

/** Only the last 32 KiB of a preset dictionary can be referred to (zlib's window). */
const WINDOW = 32 * 1024;

function dictionaryOf(raw: Buffer): Buffer {
  return raw.length > WINDOW ? raw.subarray(raw.length - WINDOW) : raw;
}

/** `text` packed against `raw` (the message's bytes as fetched). */
export function packText(text: string, raw: Buffer): Buffer {
  return deflateRawWith(Buffer.from(text, 'utf8'), dictionaryOf(raw));
}

/** One inflater for every text on this thread, given each message's dictionary (see rawDeflate.ts). */
const inflater = new RawInflater();

/** The text `packText(text, raw)` packed. */
export function unpackText(packed: Buffer, raw: Buffer): string {
  return inflater.inflate(packed, dictionaryOf(raw)).toString('utf8');
}

/**
 * `packText(text, raw)`, taking `stored` when it is that already: the message's text as it was
 * packed before (search_docs.body, read by a reindex's workers), when it unpacks against `raw`
 * to the very bytes of `text`. Unpacking is a quarter of the cost of packing (issue 12.1).
 *
 * Why those are packText's bytes: a stored text was packed by packText against the message's
 * raw bytes as they are (a message whose raw bytes change loses its texts first: the trigger
 * of migration 13), and DEFLATE is deterministic: the same text against the same dictionary
 * packs to the same bytes. (After an upgrade of zlib that packs otherwise, a reindex keeps the
 * packing it finds: it unpacks to the same text.) A stored value that does not unpack, or
 * unpacks to another text, is packed again.
 */
export function repackText(text: string, raw: Buffer, stored: Buffer | null | undefined): Buffer {
  // The text's bytes in a buffer kept from call to call (none made per message), read only in this call.
  if (scratch.length < text.length * 3) scratch = Buffer.allocUnsafe(Math.max(scratch.length * 2, text.length * 3));
  const bytes = scratch.subarray(0, scratch.write(text, 0, 'utf8'));
  const dictionary = dictionaryOf(raw);
  if (stored && stored.length > 0 && inflater.inflatesTo(stored, bytes, dictionary)) return stored;
  return deflateRawWith(bytes, dictionary);
}

let scratch = Buffer.allocUnsafe(64 * 1024);

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
