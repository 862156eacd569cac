/**
 * How a stored message's raw bytes are kept (messages.raw_codec, migration 12): 0 = exactly as
 * fetched, 1 = DEFLATE (RFC 1951, no header) of exactly those bytes, 2 = the same with a preset
 * dictionary of what mail has in common (src/store/mailDictionary.ts: header names, Mailman's
 * footer, common words), which new mail is stored with: a tenth smaller than codec 1. Mail text
 * compresses to about half per message; the original comes back byte for byte. A message that
 * would not get smaller (a tiny one, or one already compressed) is kept as fetched. Rows keep
 * the codec they were written with: codec 1 rows stay readable as they are.
 *
 * Readers never see a codec: the index stage unpacks in JS (`unpackRaw`), and every connection
 * opened by `openDatabase` has the SQL function `raw_message(raw, raw_codec)` for queries that
 * read the mail itself (`archive show`, the web view's message page).
 */
import type Database from 'better-sqlite3';
import { deflateRawSync, inflateRawSync, constants } from 'node:zlib';
import { ArchiveError } from '../errors.js';
import { MAIL_DICTIONARY_1 } from './mailDictionary.js';
import { chunkFor } from './zlibChunk.js';

export const RAW_AS_FETCHED = 0;
export const RAW_DEFLATE = 1;
export const RAW_DEFLATE_DICT = 2;

/** Not worth a codec below this size: the saving would not pay the call. */
const MIN_PACK = 256;

export interface PackedRaw {
  raw: Buffer;
  codec: number;
}

export function packRaw(raw: Buffer): PackedRaw {
  if (raw.length < MIN_PACK) return { raw, codec: RAW_AS_FETCHED };
  // Worth keeping only when smaller than the original: mail packs to under half (zlibChunk.ts).
  const z = deflateRawSync(raw, { level: constants.Z_DEFAULT_COMPRESSION, dictionary: MAIL_DICTIONARY_1, chunkSize: chunkFor(raw.length / 2) });
  return z.length < raw.length ? { raw: z, codec: RAW_DEFLATE_DICT } : { raw, codec: RAW_AS_FETCHED };
}

/** The stored message's bytes exactly as fetched. */
export function unpackRaw(raw: Buffer, codec: number | null | undefined): Buffer {
  if (!codec) return raw;
  // Stored mail is 2 to 3.5 times its packed size (zlibChunk.ts).
  const chunkSize = chunkFor(raw.length * 3);
  if (codec === RAW_DEFLATE_DICT) return inflateRawSync(raw, { dictionary: MAIL_DICTIONARY_1, chunkSize });
  if (codec === RAW_DEFLATE) return inflateRawSync(raw, { chunkSize });
  throw new ArchiveError('E_DB_NEWER', `a stored message uses raw codec ${codec}, which this version of archive does not know: upgrade archive`);
}

/** SQL `raw_message(raw, raw_codec)` on a connection: the original bytes, for queries that read the mail itself. */
export function registerRawFunctions(db: Database.Database): void {
  db.function('raw_message', { deterministic: true }, (raw: Buffer | null, codec: number | null) => (raw === null ? null : unpackRaw(raw, codec)));
}
