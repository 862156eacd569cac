/**
 * How a report's items relate to the previous report's items. Pure.
 *
 * Matching rule, in order:
 *  1. same review or bug (any shared ref key) -> the same item;
 *  2. otherwise the most similar unmatched previous item whose word similarity (Dice coefficient
 *     over word sets, punctuation and case folded) is at least 0.6.
 * A matched item is `carried` when its folded text is equal (re-wrapping does not count; for
 * items matched by a shared review, neither does the way the review URL is written, old
 * `/#/c/N/` vs short `/N`) and `changed` otherwise (e.g. "(merged)" appended); an unmatched item
 * is `added`; previous items left unmatched are `dropped`.
 */
export interface DiffableItem {
  text: string;
  refKeys: string[];
}

export type ItemStatus = 'added' | 'carried' | 'changed';

export interface ItemDiff {
  status: ItemStatus[];
  /** For each current item, the index of the previous item it continues, or -1. */
  previous: number[];
  /** Indexes of previous items not present now. */
  dropped: number[];
}

export function foldText(s: string): string {
  return s
    .split(/\s+/)
    .map((t) => (/^[a-z]+:\/\//i.test(t) ? t.replace(/[).,;:]+$/, '') : t.replace(/[^\p{L}\p{N}]+/gu, ' ')))
    .join(' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function withoutUrls(s: string): string {
  return s.replace(/[a-z]+:\/\/\S+/gi, ' ');
}

function words(s: string): Set<string> {
  return new Set(foldText(s).split(' ').filter((w) => w.length > 1));
}

export function similarity(a: string, b: string): number {
  return dice(words(a), words(b));
}

function dice(wa: Set<string>, wb: Set<string>): number {
  if (wa.size === 0 && wb.size === 0) return 1;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}

export const SIMILAR_ENOUGH = 0.6;

export function diffItems(prev: DiffableItem[], cur: DiffableItem[]): ItemDiff {
  const used = new Set<number>();
  const previous = cur.map(() => -1);
  // 1. Shared review / bug identity.
  cur.forEach((c, i) => {
    if (c.refKeys.length === 0) return;
    const j = prev.findIndex((p, k) => !used.has(k) && p.refKeys.some((r) => c.refKeys.includes(r)));
    if (j >= 0) {
      previous[i] = j;
      used.add(j);
    }
  });
  // 2. Text similarity, best pairs first (each item's words folded once, not once per pair).
  const curWords = cur.map((c) => words(c.text));
  const prevWords = prev.map((p) => words(p.text));
  const candidates: Array<{ i: number; j: number; s: number }> = [];
  cur.forEach((c, i) => {
    if (previous[i] >= 0) return;
    prev.forEach((p, j) => {
      if (used.has(j)) return;
      const s = dice(curWords[i], prevWords[j]);
      if (s >= SIMILAR_ENOUGH) candidates.push({ i, j, s });
    });
  });
  candidates.sort((a, b) => b.s - a.s);
  for (const { i, j } of candidates) {
    if (previous[i] >= 0 || used.has(j)) continue;
    previous[i] = j;
    used.add(j);
  }
  const status = cur.map((c, i): ItemStatus => {
    if (previous[i] < 0) return 'added';
    const p = prev[previous[i]];
    if (foldText(c.text) === foldText(p.text)) return 'carried';
    const sharesRef = c.refKeys.some((r) => p.refKeys.includes(r));
    return sharesRef && foldText(withoutUrls(c.text)) === foldText(withoutUrls(p.text)) ? 'carried' : 'changed';
  });
  const dropped = prev.map((_, j) => j).filter((j) => !used.has(j));
  return { status, previous, dropped };
}
