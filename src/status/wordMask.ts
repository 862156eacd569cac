/**
 * Which groups of words a text holds, in one pass: a gate before patterns that cannot match
 * without one of their words. A word is a run of ASCII letters (any case), so wherever an `i`
 * RegExp matches `\bword` followed by anything but a letter (`\b`, a space, a digit, a colon), the
 * text holds that word. Words are told apart by a hash and not compared: two words that share
 * one only make the gate say "maybe" once more, never "no" where a pattern would match. Pure.
 */

/** Words, each with the bits of the groups it belongs to (OR-ed when a word is in several). */
export type WordTable = Map<number, number>;

function hashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + (word.charCodeAt(i) | 32)) | 0;
  return h;
}

/** A table of groups: `groups[k]` are the words of the group whose bit is `1 << k` (lower-case ASCII letters). */
export function wordTable(groups: string[][]): WordTable {
  if (groups.length > 31) throw new Error('wordTable: at most 31 groups');
  const t: WordTable = new Map();
  groups.forEach((words, k) => {
    for (const w of words) {
      if (!/^[a-z]+$/.test(w)) throw new Error(`wordTable: not a word of ASCII letters: ${w}`);
      const h = hashOf(w);
      t.set(h, (t.get(h) ?? 0) | (1 << k));
    }
  });
  return t;
}

/** The bits of the groups whose words `text` holds (its first `end` characters; a word cut there counts as cut). */
export function wordMask(text: string, table: WordTable, end = text.length): number {
  let mask = 0;
  let h = 0;
  let inWord = false;
  const n = Math.min(end, text.length);
  for (let i = 0; i < n; i++) {
    const l = text.charCodeAt(i) | 32;
    if (l >= 97 && l <= 122) {
      h = (Math.imul(h, 31) + l) | 0;
      inWord = true;
    } else if (inWord) {
      mask |= table.get(h) ?? 0;
      h = 0;
      inWord = false;
    }
  }
  if (inWord) mask |= table.get(h) ?? 0;
  return mask;
}
