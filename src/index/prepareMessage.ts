/**
 * One stored message derived ahead of its write, before the series it belongs to is known: what
 * a reindex's worker threads do (src/index/deriveWorker.ts), the raw bytes unpacked (and packed,
 * for mail stored before migration 12) on the way. No database: the writer looks the series' hint
 * up when it comes to the message and takes a derivation made ahead only where it is the one the
 * hint gives (`takeAhead`), else derives the message itself.
 *
 * What makes that exact: a derivation reads the hint in two places only, quickVerdict (a pin
 * means no quick verdict) and detectReport (the evidence `seriesEvidence(hint)` adds to the
 * score and the reason). Two hints with no pin and the same evidence give the same rows, and a
 * settled post (no parse) the same rows as no hint at all.
 */
import { packRaw, unpackRaw, RAW_AS_FETCHED, type PackedRaw } from '../store/rawCodec.js';
import { repackText } from '../store/textCodec.js';
import { seriesTemplate, seriesEvidence, THRESHOLD, type SeriesHint, type SeriesTemplate, type ParseReuse } from '../status/index.js';
import type { KnownTemplate } from './seriesIndex.js';
import { deriveRead, type Derived } from './deriveMessage.js';
import { readStoredMessage, type ReadMessage } from './readMessage.js';

/** A stored message as the index reads it. */
export interface StoredRow {
  id: number;
  list_id: number;
  source: 'mbox' | 'html';
  raw: Buffer;
  raw_codec: number;
  /** The List-Id of the row's list (listHint.ts), for a message that carries none: set by whoever reads the row. */
  list_hint?: string | null;
  /** The fields the index keeps up to date in messages, as stored (when read with the row). */
  subject?: string | null;
  author_name?: string | null;
  author_address?: string | null;
  date?: string | null;
  in_reply_to?: string | null;
  /** The message's search text as stored before (search_docs.body, packed): kept when it still is the text's packing (repackText). */
  text_packed?: Buffer | null;
}

/** The columns of a StoredRow with the fields the index keeps up to date, as reindex reads them. */
export const STORED_COLUMNS = 'id, list_id, source, raw, raw_codec, subject, author_name, author_address, date, in_reply_to';

/** A column of a query of `messages` (not aliased): the message's search text as stored (StoredRow.text_packed). */
export const STORED_TEXT_COLUMN = '(SELECT d.body FROM search_docs d WHERE d.message_rowid = messages.id AND d.item_id IS NULL LIMIT 1) AS text_packed';

/**
 * A row of `SELECT ${STORED_COLUMNS}, ${STORED_TEXT_COLUMN}` read as an array (better-sqlite3's
 * `raw()`: a row costs a worker ~1 us less than as an object built column by column).
 */
export function storedRowOf(c: unknown[]): StoredRow {
  return {
    id: c[0] as number, list_id: c[1] as number, source: c[2] as StoredRow['source'], raw: c[3] as Buffer, raw_codec: c[4] as number,
    subject: c[5] as string | null, author_name: c[6] as string | null, author_address: c[7] as string | null, date: c[8] as string | null,
    in_reply_to: c[9] as string | null, text_packed: c[10] as Buffer | null,
  };
}

type WrittenFields = Pick<ReadMessage, 'subject' | 'authorName' | 'authorAddress' | 'date' | 'inReplyTo'>;

/**
 * What the writer reads of a derivation (the rest stays where it was derived: a worker sends
 * less). Its search text: the message's cleaned text, from which the writer makes it, or (from a
 * worker) `search`, made already: the text (searchBody) and that text packed against the raw
 * mail (packText).
 */
export type Written = Omit<Derived, 'message' | 'score' | 'settled'> & (
  | { message: WrittenFields & Pick<ReadMessage, 'cleanText'>; search?: undefined }
  | { message: WrittenFields; search: { text: string; packed: Buffer } }
);

/** What the search index holds of a message's body: its cleaned text, runs of blank lines folded. */
export function searchBody(cleanText: string): string {
  return cleanText.replace(/\n{3,}/g, '\n\n').trim();
}

export interface Prepared {
  id: number;
  listId: number;
  /** Absent when the derivation failed: the writer derives the message again itself and quarantines it. */
  derived?: Written;
  /** The series template of the derived subject (null: none, and no series hint; see SeriesIndex.hint). */
  template?: SeriesTemplate | null;
  /** The series template of the subject as stored, which the series index records (SeriesIndex.record). */
  stored?: KnownTemplate;
  /** Settled without a parse (see Derived.settled). */
  settled?: boolean;
  /**
   * For a post of a series that was parsed and is near a report: derived again as a member of a
   * series of reports named as its own subject's template (what the lead post of a running
   * series of reports gets).
   */
  asMember?: { name: string; derived: Written };
  /** The message's row already holds what the derivation read (subject, author, date, In-Reply-To): nothing to update. */
  metaSame?: boolean;
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

type WrittenMessage = { message: WrittenFields; search: { text: string; packed: Buffer } };

/**
 * What the writer reads of a message, and its search text: the same for every derivation of it.
 * `stored`: the text as packed before, kept when it still is its packing (StoredRow.text_packed).
 */
function writtenMessage(m: ReadMessage, raw: Buffer, stored: Buffer | null | undefined): WrittenMessage {
  const text = searchBody(m.cleanText);
  return {
    message: { subject: m.subject, authorName: m.authorName, authorAddress: m.authorAddress, date: m.date, inReplyTo: m.inReplyTo },
    search: { text, packed: repackText(text, raw, stored) },
  };
}

function written(d: Derived, m: WrittenMessage): Written {
  // Each field by name: an object spread followed by more fields takes V8 (Node 20) some 3 us a
  // call, 35 times this; a worker makes one or two of these a message (issue 12).
  return { message: m.message, search: m.search, isReport: d.isReport, reason: d.reason, baseScore: d.baseScore, sections: d.sections, parserVersion: d.parserVersion };
}

/** Whether IndexWriter's update of the message's row (its `meta` statement) would find nothing to change. */
function sameMeta(d: Derived, row: StoredRow): boolean {
  const m = d.message;
  return row.subject !== undefined && m.subject === row.subject && m.authorName === row.author_name && m.authorAddress === row.author_address
    && (m.date === null || m.date === row.date) && m.inReplyTo === row.in_reply_to;
}

/** The hint of a series of reports named `name`: its evidence is the one a series of reports adds. */
function memberHint(name: string): SeriesHint {
  return { name, count: 3, reportShare: 1, pin: null };
}

export function prepareMessage(row: StoredRow, compact: boolean): Prepared {
  try {
    const raw = unpackRaw(row.raw, row.raw_codec);
    const packed = compact ? compactRaw(row, raw) : null;
    const message = readStoredMessage(raw, row.source, row.list_hint ?? null);
    // (one structure for both derivations below: only detection's series evidence differs)
    const reuse: ParseReuse = {};
    const d = deriveRead(message, undefined, reuse);
    const m = writtenMessage(message, raw, row.text_packed);
    const t = seriesTemplate(d.message.subject);
    const out: Prepared = { id: row.id, listId: row.list_id, derived: written(d, m), template: t, settled: d.settled, metaSame: sameMeta(d, row) };
    if (row.subject !== undefined) {
      out.stored = {
        subject: row.subject, template: row.subject === d.message.subject ? t : seriesTemplate(row.subject ?? ''),
        row: { listId: row.list_id, date: row.date ?? null, reply: row.in_reply_to !== null && row.in_reply_to !== undefined },
      };
    }
    // Only for a post that is a report, or would be one with a series' weight: the lead posts of
    // series of reports are (all of them on the bench archive); deriving every post of a series
    // twice cost the workers five times the derivations the writer used. Any other post the
    // series weighs the writer derives itself.
    if (t && !d.settled && d.baseScore >= THRESHOLD - 2) {
      const hint = memberHint(t.name);
      // The message as read and its packed text are the first derivation's (one copy to send).
      out.asMember = { name: t.name, derived: written(deriveRead(message, () => hint, reuse), m) };
    }
    if (packed) out.packed = packed;
    return out;
  } catch {
    return { id: row.id, listId: row.list_id };
  }
}

/**
 * The derivation made ahead that a post gets with its series' hint (looked up only for a subject
 * with a template), or undefined when none of them is: the writer derives the post itself.
 */
export function takeAhead(p: Prepared, hint: (t: SeriesTemplate) => SeriesHint | undefined): Written | undefined {
  if (!p.derived || !p.template) return p.derived;
  const h = hint(p.template);
  if (h === undefined) return p.derived;
  if (h.pin) return undefined;
  const ev = seriesEvidence(h);
  if (ev === null || p.settled) return p.derived;
  const as = p.asMember && seriesEvidence(memberHint(p.asMember.name));
  return as && as.what === ev.what && as.weight === ev.weight ? p.asMember!.derived : undefined;
}
