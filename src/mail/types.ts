/**
 * Types of the mail stage (pure: no I/O). A "period text archive" is pipermail's PERIOD.txt:
 * an mbox-like file with only From/Date/Subject/In-Reply-To/References/Message-ID headers.
 */
import type { BodyLineKind } from './bodyLines.js';

/** One message as parsed from raw RFC 822 / pipermail mbox bytes. */
export interface ParsedMail {
  /** Message-ID without angle brackets, or null when the message has none. */
  messageId: string | null;
  /** In-Reply-To id without brackets, or null. */
  inReplyTo: string | null;
  /** References ids without brackets, oldest first. */
  references: string[];
  /** Subject, RFC 2047-decoded, unfolded (folding whitespace collapsed to one space), list prefix kept. */
  subject: string;
  /** Display name, RFC 2047-decoded; the address when there is no name. */
  authorName: string;
  /** Address with pipermail's " at " turned back into "@", or null. */
  authorAddress: string | null;
  /** Date as ISO-8601 UTC (`2014-10-08T20:20:34.000Z`), or null when absent or unparseable. */
  date: string | null;
  /** The Date header as written (for provenance), or null. */
  dateRaw: string | null;
  /** Decoded text body (charset applied, QP/base64 undone for single-part mail; pipermail bodies are already flat). */
  body: string;
  /** All headers, lower-cased names, values unfolded and RFC 2047-decoded; repeated headers joined by "\n". */
  headers: Record<string, string>;
}

/** Why a range of body lines was blanked by cleanBody. */
export type RemovedKind = Exclude<BodyLineKind, 'text'>;

/** A run of body lines (1-based, inclusive) that cleanBody blanked. */
export interface RemovedBlock {
  kind: RemovedKind;
  startLine: number;
  endLine: number;
}

/**
 * A body with the parts a status parser must not read replaced by empty lines. Line N of `text`
 * is line N of the input body (same line count), so line ranges found in `text` are body ranges.
 */
export interface CleanedBody {
  text: string;
  /** Number of quoted lines blanked (`>`/`|` quoting and the lines of an Outlook original-message block). */
  quotedLines: number;
  /** True when an attribution line (`On ... wrote:`, `X wrote:`) was seen. */
  sawAttribution: boolean;
  /** The blanked ranges, in order. */
  removed: RemovedBlock[];
  /** Non-blank lines of the input body (a character other than space, tab or CR). */
  nonBlank: number;
  /** What each body line is (index = line number - 1): the reason of every blanked line, for the status parser. */
  lineKinds: BodyLineKind[];
}

/** Result of parsing a date header: the ISO instant (or null) and what was odd about it. */
export interface DateParse {
  iso: string | null;
  warning: string | null;
}
