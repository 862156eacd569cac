/**
 * Tables of contents. A section is a contents list when its title says so (`Contents`, `Index`,
 * `Topics`, `In this bits`, `Table of contents`, `Agenda`) or when it is the first section and its
 * items are exactly the titles of later sections. A contents list at the top also reveals plain,
 * unmarked headings (`Release Tasks` on a line of its own) that nothing else would.
 */
import { type Line, isRule, isText } from './lines.js';
import { BULLET_RE, type Heading } from './headings.js';
import { projectKey } from './projectKey.js';
import type { StatusSection } from './types.js';

export const CONTENTS_TITLE = /^(table of contents|contents|toc|index|topics|overview of topics|in this (bits|issue|update|report|mail|email|edition)|agenda)\s*:?$/i;

/** Headings of style `plain`: standalone lines that repeat an item of a contents list at the top. */
export function findPlainHeadings(lines: Line[], headings: Heading[]): Heading[] {
  // The contents candidate: bullets before the first heading, or under a heading titled Contents.
  let start = 0;
  let end = headings.length > 0 ? headings[0].index : lines.length;
  // (a `Contents` heading may come after a banner, a date and the attendees: W3C's minutes as text)
  const at = headings.slice(0, 8).findIndex((h) => CONTENTS_TITLE.test(h.title));
  if (at >= 0) {
    start = headings[at].end + 1;
    end = headings[at + 1] ? headings[at + 1].index : lines.length;
  }
  // the first bullet list of that region (it ends at the first paragraph after it)
  const wanted = new Map<string, number>();
  let fromRun = false;
  let paragraphs = 0;
  let lastNumber = 0;
  let lastText = '';
  for (let i = start; i < end; i++) {
    const l = lines[i];
    if (!isText(l)) continue;
    // (a third paragraph only when the one before leads into it: `I would like to speak to you about the following points:`)
    if (!isText(lines[i - 1]) && wanted.size === 0 && ++paragraphs > 2 && !(paragraphs === 3 && /:\s*$/.test(lastText))) break;
    lastText = l.text;
    const m = BULLET_RE.exec(l.text);
    // (numbered anew after a blank line: the list is over and its first entry's section begins, Bacula 2013)
    const number = m && /^\d/.test(m[2]) ? Number.parseInt(m[2], 10) : 0;
    if (number > 0 && wanted.size > 0 && number <= lastNumber && !isText(lines[i - 1])) {
      end = i;
      break;
    }
    if (number > 0) lastNumber = number;
    // (an entry's footnote mark is no part of its title: `1. [4]Convene`)
    if (m && m[3].length <= 60) wanted.set(projectKey(m[3].replace(/^\[\d{1,3}\]\s*/, '')), i);
    else if (wanted.size > 0 && (!isText(lines[i - 1]) || l.indent === 0)) {
      end = i;
      break;
    }
  }
  if (wanted.size < 2) {
    // a numbered list near the top, one entry to a line or to a paragraph, counted 1, 2, 3... (past the post's own
    // title and date: `Sakai Newsletter` / `October 7, 2010` / `1.  From the Executive Director` / blank / `2.  Jasig ...`)
    const run = numberedRun(lines);
    fromRun = run !== null;
    if (run) {
      wanted.clear();
      for (const [k, i] of run.wanted) wanted.set(k, i);
      end = run.end;
    }
  }
  if (wanted.size < 2) {
    // an unmarked list: the first paragraph of short lines without sentence punctuation
    wanted.clear();
    let i = start;
    while (i < end && !isText(lines[i])) i++;
    const from = i;
    while (i < end && isText(lines[i]) && lines[i].text.trim().length <= 60 && !/[.,;:!?]$/.test(lines[i].text.trim()) && !BULLET_RE.test(lines[i].text)) i++;
    if (i - from < 2 || (i < end && isText(lines[i]))) return [];
    for (let k = from; k < i; k++) wanted.set(projectKey(lines[k].text), k);
    end = i;
  }
  const taken = new Set(headings.map((h) => projectKey(h.title)));
  const found: Heading[] = [];
  const busy = new Set<number>();
  for (const h of headings) for (let k = h.index; k <= h.end; k++) busy.add(k);
  for (let i = end; i < lines.length; i++) {
    const l = lines[i];
    // (or numbered as the list numbered it, `1. The rumors of the death of Bacula (the Community version):`
    // over its paragraphs below the list's `1. The rumors of the death of Bacula ...`: Bacula 2013)
    const numbered = /^\s{0,3}\d{1,2}[.)]\s+(\S.{0,80})$/.exec(l.text);
    if (!isText(l) || busy.has(i) || l.indent > 3 || (BULLET_RE.test(l.text) && !numbered)) continue;
    const prev = lines[i - 1];
    if (prev && isText(prev) && !isRule(prev.text)) continue;
    if (numbered && isText(lines[i + 1])) continue;
    const key = projectKey(numbered ? numbered[1].trim().replace(/\s*:$/, '') : l.text);
    if (!wanted.has(key) || taken.has(key)) continue;
    taken.add(key);
    found.push({ index: i, end: i, title: l.text.trim().replace(/\s*:$/, ''), style: 'plain', level: 1 });
  }
  const alreadyHeadings = [...wanted.keys()].filter((k) => headings.some((h) => projectKey(h.title) === k)).length;
  // (a numbered run's first entry numbered anew below it is its section, though a cut copy of the post holds no other)
  return found.length >= 1 && (found.length + alreadyHeadings >= 2 || (fromRun && found[0].index === end)) ? found : [];
}

/**
 * A numbered list of three or more entries among the first lines of a post, counted from 1 without a gap, each entry a
 * short line (blank lines between them allowed), and numbered anew from 1 below it: a newsletter's contents, each of
 * its entries a section further down (Sakai's newsletter of 2010).
 */
function numberedRun(lines: Line[]): { wanted: Map<string, number>; end: number } | null {
  let seen = 0;
  let i = 0;
  for (; i < lines.length && seen < 12; i++) {
    if (!isText(lines[i])) continue;
    if (/^\s{0,3}1[.)]\s+\S/.test(lines[i].text)) break;
    seen++;
  }
  const wanted = new Map<string, number>();
  let expect = 1;
  for (; i < lines.length; i++) {
    const l = lines[i];
    if (!isText(l)) continue;
    const m = /^\s{0,3}(\d{1,2})[.)]\s+(\S.{0,80})$/.exec(l.text);
    if (!m || Number(m[1]) !== expect || isText(lines[i + 1]) && !/^\s{0,3}\d{1,2}[.)]\s/.test(lines[i + 1].text)) break;
    wanted.set(projectKey(m[2].trim().replace(/\s*:$/, '')), i);
    expect++;
  }
  // (the list is over where an entry is numbered 1 again: its first section)
  const again = /^\s{0,3}1[.)]\s+\S/.test(lines[i]?.text ?? '');
  return wanted.size >= 3 && again ? { wanted, end: i } : null;
}

/** Set `isContents` on contents sections (by title, or a first section listing later titles). */
export function markContents(sections: StatusSection[]): void {
  sections.forEach((s, n) => {
    if (s.title && CONTENTS_TITLE.test(s.title)) {
      s.isContents = true;
      return;
    }
    if (n > 1 || s.items.length < 2) return;
    const later = new Set(sections.slice(n + 1).map((t) => t.key));
    if (later.size === 0) return;
    if (s.items.every((it) => later.has(projectKey(it.text)))) s.isContents = true;
  });
}
