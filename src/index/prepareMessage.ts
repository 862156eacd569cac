/**
 * One stored message derived ahead of its write, with no series hint: what a reindex's worker
 * threads do (src/index/deriveWorker.ts), the raw bytes unpacked (and packed, for mail stored
 * before migration 12) on the way. No database: the caller reads the row and the writer decides
 * whether the result stands (it does unless the series gives the post a hint; see
 * IndexWriter.indexMessages).
 */
import { packRaw, unpackRaw, RAW_AS_FETCHED, type PackedRaw } from '../store/rawCodec.js';
import { seriesTemplate } from '../status/index.js';
import { deriveMessage, type Derived } from './deriveMessage.js';
import type { ReadMessage } from './readMessage.js';

/** A stored message as the index reads it. */
export interface StoredRow {
  id: number;
  list_id: number;
  source: 'mbox' | 'html';
  raw: Buffer;
  raw_codec: number;
}

/** What the writer reads of a derivation (the rest stays where it was derived: a worker sends less). */
export type Written = Omit<Derived, 'message' | 'score'> & {
  message: Pick<ReadMessage, 'subject' | 'authorName' | 'authorAddress' | 'date' | 'inReplyTo' | 'cleanText'>;
};

export interface Prepared {
  id: number;
  listId: number;
  /** Absent when the derivation failed: the writer derives the message again itself and quarantines it. */
  derived?: Written;
  /** The subject has a series template: the series may give the post a hint (see SeriesIndex.hint). */
  inSeries?: boolean;
  /** The raw bytes packed, when asked to compact a message kept as fetched. */
  packed?: PackedRaw;
}

/** The message's bytes packed, for a stored message kept as fetched whose bytes get smaller (see 0012_raw_codec.ts). */
export function compactRaw(row: Pick<StoredRow, 'raw_codec'>, raw: Buffer): PackedRaw | null {
  if (row.raw_codec !== RAW_AS_FETCHED) return null;
  const packed = packRaw(raw);
  return packed.codec === RAW_AS_FETCHED ? null : packed;
}

export function errorText(e: unknown): string {
  return (e as Error)?.message || String(e);
}

function written(d: Derived): Written {
  const m = d.message;
  return {
    message: { subject: m.subject, authorName: m.authorName, authorAddress: m.authorAddress, date: m.date, inReplyTo: m.inReplyTo, cleanText: m.cleanText },
    isReport: d.isReport, reason: d.reason, baseScore: d.baseScore, sections: d.sections, parserVersion: d.parserVersion,
  };
}

export function prepareMessage(row: StoredRow, compact: boolean): Prepared {
  try {
    const raw = unpackRaw(row.raw, row.raw_codec);
    const packed = compact ? compactRaw(row, raw) : null;
    const derived = written(deriveMessage(raw, row.source));
    return { id: row.id, listId: row.list_id, derived, inSeries: seriesTemplate(derived.message.subject) !== null, ...(packed ? { packed } : {}) };
  } catch {
    return { id: row.id, listId: row.list_id };
  }
}
