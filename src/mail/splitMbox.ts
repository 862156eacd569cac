/**
 * Split a pipermail period text archive (PERIOD.txt) into its entries, on bytes.
 *
 * Pipermail does not escape body lines starting with "From ", so only a strict separator line
 * counts (FORMAT.md §6): `From ADDR  Www Mmm dd HH:MM:SS YYYY` where ADDR is `user at host`,
 * `user@host` or `bogus@does.not.exist.com`. Pre-2.1 archives (observed divunal-list 1999) write
 * `From ADDR Www, d Mmm YYYY HH:MM:SS ZONE`; that shape is accepted too, as it also carries a
 * complete date and is never ordinary prose.
 */

const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const MON = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';

/** 2.1 separator: address, two spaces, time.ctime(). */
export const STRICT_FROM_LINE = new RegExp(
  `^From \\S+(?: at \\S+)?  ${DAY} ${MON} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d \\d{4}\\r?$`,
);
/** Pre-2.1 separator: address, one space, an RFC 822 date. */
export const OLD_FROM_LINE = new RegExp(
  `^From \\S+@\\S+ ${DAY}, [ \\d]?\\d ${MON} \\d{4} \\d\\d:\\d\\d:\\d\\d(?: .*)?\\r?$`,
);

/** True when `line` (without its trailing "\n") is an mbox entry separator. */
export function isFromLine(line: string): boolean {
  if (!line.startsWith('From ')) return false;
  return STRICT_FROM_LINE.test(line) || OLD_FROM_LINE.test(line);
}

const NL = 0x0a;
const FROM = Buffer.from('From ', 'latin1');

/** Offsets of the lines starting `From ` that `accept` takes (it sees the line and its offset). */
function fromLineOffsets(buf: Buffer, accept: (line: string, pos: number) => boolean): number[] {
  const out: number[] = [];
  let pos = 0;
  while (pos < buf.length) {
    let end = buf.indexOf(NL, pos);
    if (end < 0) end = buf.length;
    if (end - pos >= 5 && buf[pos] === FROM[0] && buf.compare(FROM, 0, 5, pos, pos + 5) === 0) {
      // latin1 keeps one char per byte, so non-ASCII bytes in the address still match \S
      if (accept(buf.toString('latin1', pos, end), pos)) out.push(pos);
    }
    pos = end + 1;
  }
  return out;
}

/** Byte offsets in `buf` where a separator line starts (offset 0 included when it is one). */
export function separatorOffsets(buf: Buffer): number[] {
  return fromLineOffsets(buf, isFromLine);
}

/** `buf` cut before each offset (offset 0 is no cut): the pieces concatenate back to `buf`. */
function cutAt(buf: Buffer, offsets: number[]): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (const c of offsets) {
    if (c <= start) continue;
    out.push(buf.subarray(start, c));
    start = c;
  }
  out.push(buf.subarray(start));
  return out;
}

/**
 * Split `buf` into entries. Each entry is the exact bytes from one separator line up to the next
 * one; bytes before the first separator (if any) form a first entry of their own. Concatenating
 * the result gives back `buf`. An input without separators gives `[buf]`; an empty input `[]`.
 */
export function splitMbox(buf: Buffer): Buffer[] {
  if (buf.length === 0) return [];
  return cutAt(buf, separatorOffsets(buf));
}

/**
 * Separator of an mbox written by a mail program or exported by HyperKitty: address (or `-`),
 * one or more spaces, a ctime()-like date, optionally with a zone (`From MAILER-DAEMON Thu Jan
 * 1 00:00:00 1970`, `From a@b Tue Oct  8 20:20:34 2014`, `From - Mon Jan  1 10:00:00 +0100 2001`).
 */
export const LOOSE_FROM_LINE = new RegExp(
  `^From \\S+(?: at \\S+)? +${DAY} ${MON} [ \\d]?\\d \\d\\d:\\d\\d(?::\\d\\d)?(?: [A-Z]{1,5}| [+-]\\d{4})? \\d{4}(?: [+-]\\d{4})?\\r?$`,
);

/**
 * Split a general mbox file (mboxo, mboxrd, a HyperKitty export, a pipermail text archive) into
 * its entries. A separator is a pipermail one anywhere, or a looser From_ line at the start of
 * the file or after a blank line; the first line of the file counts when it starts with `From `.
 * Concatenating the result gives back `buf`.
 */
export function splitMailbox(buf: Buffer): Buffer[] {
  if (buf.length === 0) return [];
  const afterBlank = (pos: number) => buf[pos - 1] === NL && (buf[pos - 2] === NL || (buf[pos - 2] === 0x0d && buf[pos - 3] === NL));
  return cutAt(buf, fromLineOffsets(buf, (line, pos) => isFromLine(line) || (pos > 0 && afterBlank(pos) && LOOSE_FROM_LINE.test(line))));
}

/**
 * What a file holds once decompressed: an mbox (its first line a From_ line), one message (a
 * maildir file, an .eml: a header block naming at least From, Date, Message-ID or Subject), or
 * neither (`why` says what was found).
 */
export function classifyMailFile(buf: Buffer): { kind: 'mbox' | 'message' } | { kind: 'not-mail'; why: string } {
  if (buf.length === 0) return { kind: 'not-mail', why: 'the file is empty' };
  const head = buf.subarray(0, 64 * 1024);
  if (head.includes(0)) return { kind: 'not-mail', why: 'binary data (NUL bytes)' };
  if (head.subarray(0, 5).toString('latin1') === 'From ') return { kind: 'mbox' };
  const text = head.toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  const block = (end < 0 ? text : text.slice(0, end)).split(/\r?\n(?![ \t])/);
  const fields = block.filter((l) => /^[!-9;-~]+:/.test(l));
  if (fields.length === 0 || fields.length < block.length) return { kind: 'not-mail', why: 'no mbox From_ line and no mail header block at the start' };
  if (!fields.some((l) => /^(from|date|message-id|subject):/i.test(l))) return { kind: 'not-mail', why: 'a header block without From, Date, Message-ID or Subject' };
  return { kind: 'message' };
}
