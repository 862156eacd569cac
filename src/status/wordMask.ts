/**
 * Which groups of words a text holds, in one pass: a gate before patterns that cannot match
 * without one of their words. A word is a run of ASCII letters (any case), so wherever an `i`
 * RegExp matches `\bword` followed by anything but a letter (`\b`, a space, a digit, a colon), the
 * text holds that word. Words are told apart by a hash and not compared: two words that share
 * one only make the gate say "maybe" once more, never "no" where a pattern would match. Pure.
 */

/** Words, each with the bits of the groups it belongs to (OR-ed when a word is in several). */
export interface WordTable {
  /** Open addressing by hash: a slot's hash, and its bits (0: empty). */
  keys: Int32Array;
  bits: Int32Array;
  /** Bit n set: some word has n letters (words of other lengths are not looked up). */
  lengths: number;
}

const SLOTS = 1024;

function hashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + (word.charCodeAt(i) | 32)) | 0;
  return h;
}

function slotOf(h: number): number {
  return (h ^ (h >>> 10)) & (SLOTS - 1);
}

/** A table of groups: `groups[k]` are the words of the group whose bit is `1 << k` (lower-case ASCII letters). */
export function wordTable(groups: string[][]): WordTable {
  if (groups.length > 31) throw new Error('wordTable: at most 31 groups');
  const t: WordTable = { keys: new Int32Array(SLOTS), bits: new Int32Array(SLOTS), lengths: 0 };
  let used = 0;
  groups.forEach((words, k) => {
    for (const w of words) {
      if (!/^[a-z]{1,30}$/.test(w)) throw new Error(`wordTable: not a word of 1-30 ASCII letters: ${w}`);
      const h = hashOf(w);
      let i = slotOf(h);
      while (t.bits[i] !== 0 && t.keys[i] !== h) i = (i + 1) & (SLOTS - 1);
      if (t.bits[i] === 0 && ++used > SLOTS / 2) throw new Error('wordTable: too many words');
      t.keys[i] = h;
      t.bits[i] |= 1 << k;
      t.lengths |= 1 << w.length;
    }
  });
  return t;
}

function bitsOf(t: WordTable, h: number, length: number): number {
  if (length > 30 || ((t.lengths >>> length) & 1) === 0) return 0;
  for (let i = slotOf(h); t.bits[i] !== 0; i = (i + 1) & (SLOTS - 1)) if (t.keys[i] === h) return t.bits[i];
  return 0;
}

// The state of a scan, carried from one stretch of text to the next (one scan at a time: pure code, no await).
let hash = 0;
let length = 0;
let mask = 0;
let flagged = false;

/**
 * Scan text[from, to) on from where the last stretch stopped; characters below `flagEnd` that
 * `flags` marks (no ASCII letter may be marked) set `flagged`.
 */
function scan(text: string, t: WordTable, from: number, to: number, flags: Uint8Array | null, flagEnd: number): void {
  // (in locals while it runs: module variables are slower to read and write)
  let h = hash;
  let n = length;
  let m = mask;
  let f = flagged;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const l = c | 32;
    if (l >= 97 && l <= 122) {
      h = (Math.imul(h, 31) + l) | 0;
      n++;
      continue;
    }
    if (n !== 0) {
      m |= bitsOf(t, h, n);
      h = 0;
      n = 0;
    }
    if (flags !== null && !f && i < flagEnd && flags[c] === 1) f = true;
  }
  hash = h;
  length = n;
  mask = m;
  flagged = f;
}

function start(): void {
  hash = 0;
  length = 0;
  mask = 0;
  flagged = false;
}

/** The bits of the groups whose words `text` holds (its first `end` characters; a word cut there counts as cut). */
export function wordMask(text: string, table: WordTable, end = text.length): number {
  start();
  scan(text, table, 0, Math.min(end, text.length), null, 0);
  return mask | (length !== 0 ? bitsOf(table, hash, length) : 0);
}

/**
 * One pass that tells wordMask of the whole text and of its first `cut` characters, and whether
 * one of its first `flagEnd` characters is one `flags` marks (a table of all 65,536 UTF-16 code
 * units; no ASCII letter may be marked).
 */
export function scanText(text: string, table: WordTable, cut: number, flags: Uint8Array, flagEnd: number): { prefix: number; all: number; flagged: boolean } {
  start();
  const c = Math.min(cut, text.length);
  scan(text, table, 0, c, flags, flagEnd);
  const prefix = mask | (length !== 0 ? bitsOf(table, hash, length) : 0);
  scan(text, table, c, text.length, flags, flagEnd);
  return { prefix, all: mask | (length !== 0 ? bitsOf(table, hash, length) : 0), flagged };
}
