/**
 * Footnotes: `[1] https://...` (or `[1]: url`, `[FREEZEANN] url`) definition lines, usually at the
 * end of a post. A definition counts when its label is cited elsewhere as `[label]`, or when it
 * sits in a run of two or more definition lines. Definitions are blanked from the structure (so
 * they never become items of the last section) and resolved into the items that cite them.
 */
import { type Line, isText } from './lines.js';
import { findUrls } from './urls.js';

const DEF_RE = /^\s{0,4}(?:[*-]\s+)?\[([\w.-]{1,30})\]:?\s+<?((?:https?|ftp|git):\/\/\S+?(?: at [\w.-]+\/?\S*?)?)>?\s*$/i;

export interface Footnotes {
  /** label (lower-case) -> URL */
  urls: Map<string, string>;
  /** line indices of definition lines */
  lines: Set<number>;
}

export function findFootnotes(lines: Line[]): Footnotes {
  const defs: Array<{ i: number; label: string; url: string }> = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!isText(l) || l.text.length > 2000) continue;
    const m = DEF_RE.exec(l.text);
    if (!m) continue;
    const u = findUrls(m[2])[0];
    if (u) defs.push({ i, label: m[1].toLowerCase(), url: u.url });
  }
  const urls = new Map<string, string>();
  const defLines = new Set<number>();
  if (defs.length === 0) return { urls, lines: defLines };
  const defIdx = new Set(defs.map((d) => d.i));
  const cited = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    if (defIdx.has(i) || !isText(lines[i])) continue;
    for (const label of labelsCited(lines[i].text)) cited.add(label);
  }
  defs.forEach((d, n) => {
    const neighbour = (defs[n - 1] && d.i - defs[n - 1].i <= 2) || (defs[n + 1] && defs[n + 1].i - d.i <= 2);
    if (cited.has(d.label) || neighbour) {
      if (!urls.has(d.label)) urls.set(d.label, d.url);
      defLines.add(d.i);
    }
  });
  return { urls, lines: defLines };
}

/** The labels `text` cites, lower-case, in order: `[1]`, `[FREEZEANN]`, and each of `[1,2]` / `[1, 2, 3]`. */
function labelsCited(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\[([\w.-]{1,30}(?:,\s?[\w.-]{1,30}){0,9})\]/g)) for (const l of m[1].split(',')) out.push(l.trim().toLowerCase());
  return out;
}

/** URLs of the footnotes cited in `text` (`[1]`, `[FREEZEANN]`, `[1,2]`), in citation order. */
export function citedUrls(text: string, notes: Footnotes): string[] {
  const out: string[] = [];
  if (notes.urls.size === 0) return out;
  for (const label of labelsCited(text)) {
    const u = notes.urls.get(label);
    if (u && !out.includes(u)) out.push(u);
  }
  return out;
}
