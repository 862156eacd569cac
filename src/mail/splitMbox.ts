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

/** Byte offsets in `buf` where a separator line starts (offset 0 included when it is one). */
export function separatorOffsets(buf: Buffer): number[] {
  const out: number[] = [];
  let pos = 0;
  while (pos < buf.length) {
    let end = buf.indexOf(NL, pos);
    if (end < 0) end = buf.length;
    if (end - pos >= 5 && buf[pos] === FROM[0] && buf.compare(FROM, 0, 5, pos, pos + 5) === 0) {
      // latin1 keeps one char per byte, so non-ASCII bytes in the address still match \S
      if (isFromLine(buf.toString('latin1', pos, end))) out.push(pos);
    }
    pos = end + 1;
  }
  return out;
}

/**
 * Split `buf` into entries. Each entry is the exact bytes from one separator line up to the next
 * one; bytes before the first separator (if any) form a first entry of their own. Concatenating
 * the result gives back `buf`. An input without separators gives `[buf]`; an empty input `[]`.
 */
export function splitMbox(buf: Buffer): Buffer[] {
  if (buf.length === 0) return [];
  const cuts = separatorOffsets(buf).filter((o) => o > 0);
  const out: Buffer[] = [];
  let start = 0;
  for (const c of cuts) {
    out.push(buf.subarray(start, c));
    start = c;
  }
  out.push(buf.subarray(start));
  return out;
}
