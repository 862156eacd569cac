/** Header block parsing on bytes: split, unfold, per-line charset fallback, RFC 2047. */
import { isAscii } from 'node:buffer';
import libmime from 'libmime';
import { tryUtf8, decodeCp1252 } from './charset.js';
import { memoized } from './memo.js';

export interface HeaderBlock {
  /** Ordered [lower-case name, decoded unfolded value]. */
  fields: Array<[string, string]>;
  /** Byte offset where the body starts. */
  bodyStart: number;
  /** The mbox From_ line (without newline) if the entry started with one. */
  fromLine: string | null;
}

/** Decode one raw header line: UTF-8 if valid, else Latin-1 (windows-1252). */
function decodeHeaderBytes(b: Buffer): string {
  if (!isAscii(b)) return tryUtf8(b) ?? decodeCp1252(b);
  return b.toString('latin1'); // ASCII: the same text, without a decoder
}

/** RFC 2047-decode a header value; never throws. */
export function decodeWords(value: string): string {
  return value.includes('=?') ? decodeEncoded(value) : value;
}

/** (a thread's subject and its senders' names come back encoded the same way: decoded once) */
const decodeEncoded = memoized((value: string): string => {
  try {
    return libmime.decodeWords(value);
  } catch {
    return value;
  }
});

/** End of the line starting at `pos` (without CR LF / LF) and where the next line starts. */
function lineAt(buf: Buffer, pos: number): [lineEnd: number, next: number] {
  let end = buf.indexOf(0x0a, pos);
  const next = end < 0 ? buf.length : end + 1;
  if (end < 0) end = buf.length;
  return [end > pos && buf[end - 1] === 0x0d ? end - 1 : end, next];
}

/** Length of a field name at `pos` (printable ASCII except ":", then ":"; `/^[!-9;-~]+:/` on bytes), or 0. */
function fieldNameLength(buf: Buffer, pos: number, end: number): number {
  let i = pos;
  while (i < end && buf[i] >= 0x21 && buf[i] <= 0x7e && buf[i] !== 0x3a) i++;
  return i > pos && i < end && buf[i] === 0x3a ? i - pos : 0;
}

/**
 * Parse the header block at the start of `raw`. An mbox From_ line (any `From ` line without a
 * colon right after the word) is skipped. Header lines run until an empty line, or until a line
 * that is neither a header nor a continuation (that line then starts the body). If the first line
 * is not a header at all, there are no headers and the body is everything.
 */
export function parseHeaderBlock(raw: Buffer): HeaderBlock {
  const fields: Array<[string, string]> = [];
  let fromLine: string | null = null;
  let start = 0;
  if (raw.length > 0) {
    const [end, next] = lineAt(raw, 0);
    if (end >= 5 && raw.toString('latin1', 0, 5) === 'From ') {
      fromLine = decodeHeaderBytes(raw.subarray(0, end));
      start = next;
    }
  }
  // each field's name and its value's lines, as byte offsets [from, to, from, to...]
  const rawFields: Array<{ name: string; parts: number[] }> = [];
  let bodyStart = start;
  for (let pos = start; pos < raw.length;) {
    const [end, next] = lineAt(raw, pos);
    if (end === pos) {
      bodyStart = next;
      break;
    }
    const isCont = (raw[pos] === 0x20 || raw[pos] === 0x09) && rawFields.length > 0;
    const nameLength = isCont ? 0 : fieldNameLength(raw, pos, end);
    if (isCont) {
      rawFields[rawFields.length - 1].parts.push(pos, end);
    } else if (nameLength > 0) {
      rawFields.push({ name: raw.toString('latin1', pos, pos + nameLength).toLowerCase(), parts: [pos + nameLength + 1, end] });
    } else {
      bodyStart = pos;
      break;
    }
    bodyStart = next;
    pos = next;
  }
  // An ASCII header block (most are) is read as one string and its lines are slices of it.
  const ascii = isAscii(raw.subarray(start, bodyStart)) ? raw.toString('latin1', start, bodyStart) : null;
  const line = (from: number, to: number): string => (ascii !== null ? ascii.slice(from - start, to - start) : decodeHeaderBytes(raw.subarray(from, to)));
  for (const { name, parts } of rawFields) {
    let text = line(parts[0], parts[1]);
    for (let k = 2; k < parts.length; k += 2) text += ` ${line(parts[k], parts[k + 1])}`;
    // most values hold no TAB and no run of spaces: nothing to unfold
    const unfolded = (text.includes('\t') || text.includes('  ') ? text.replace(/[ \t]+/g, ' ') : text).trim();
    const decoded = decodeWords(unfolded);
    fields.push([name, LINE_BREAKS.test(decoded) ? decoded.replace(/[\r\n\t]+/g, ' ') : decoded]);
  }
  return { fields, bodyStart, fromLine };
}

const LINE_BREAKS = /[\r\n\t]/;

/** Fold ordered fields into a record; repeated names are joined with "\n". */
export function headerRecord(fields: Array<[string, string]>): Record<string, string> {
  const rec: Record<string, string> = {};
  for (const [k, v] of fields) rec[k] = k in rec ? `${rec[k]}\n${v}` : v;
  return rec;
}

const BRACKETED = /<([^<>]+)>/g;
const SPACE = /\s/;

/** Message ids in a header value, without brackets. Bare ids (no `<>`) are accepted when no bracketed one exists. */
export function parseIds(value: string | undefined): string[] {
  if (!value) return [];
  // folding can fall inside an id (observed twisted 2002-August), so whitespace inside <> is dropped
  const bracketed: string[] = [];
  BRACKETED.lastIndex = 0;
  for (let m = BRACKETED.exec(value); m !== null; m = BRACKETED.exec(value)) {
    const id = SPACE.test(m[1]) ? m[1].replace(/\s+/g, '') : m[1];
    if (id) bracketed.push(id);
  }
  if (bracketed.length) return bracketed;
  return value
    .split(/\s+/)
    .map((t) => t.replace(/^[<(]+|[>),;]+$/g, ''))
    .filter((t) => t.includes('@') || /^\d[\d.]+$/.test(t));
}

/** Message-ID without brackets, or null. */
export function parseMessageId(value: string | undefined): string | null {
  if (!value) return null;
  const ids = parseIds(value);
  if (ids.length) return ids[0];
  const t = value.trim().replace(/^<|>$/g, '').trim();
  return t ? t.split(/\s+/)[0] : null;
}
