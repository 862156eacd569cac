/**
 * Items of one section: bullets (`*`, `-`, `+`, `o`, `•`, `1.`), nested by indentation
 * (a marker at or past the parent's text column, or a different marker any deeper, as in git's
 * `* topic` / ` + commit`; same-marker bullets that wander by a space or two stay siblings),
 * wrapped continuation lines (indented, or at column 0 up to the next blank line), further
 * indented paragraphs of an item, a URL line just below an item, TAB-indented `NNNN: text`
 * bug lines, sub-labels (`Done:`) that label the items under them, and the short unmarked lines
 * right under a lead-in (`I have been working on the following:`), one item each. Other lines are
 * the section's text.
 */
import { type Line, isRule, isText } from './lines.js';
import { BULLET_RE, SHORTLOG_AUTHOR } from './headings.js';
import { labelOf, DONE_LEAD_IN } from './labels.js';
import { joinLines } from './urls.js';
import type { StatusItem } from './types.js';

const NUM_COLON_RE = /^(\t+| {4,})(\d{3,8}:\s+\S.*)$/;
/** linux-next's merge log: `Merging tree/branch (hash subject)`. */
const MERGE_RE = /^(Merging [^\s()]+ \(.*)$/;
/** A `Key:   value` table row: a short key (no URL, at most 4 words), a colon, a value. */
const KEY_VALUE_RE = /^(\s{0,4})([^\s:*>#(-][^:"()]{0,40}?):([ \t]+)(\S.*)$/;
const TICKET_LINE_RE = /^(\s{0,3})(#\d{2,7}\s*[-–:]\s+\S.*|(?!(?:19|20)\d\d\b)\d{4,6} - \S.*)$/;
const URL_ONLY_RE = /^\s*[<(]?\s*(?:https?|ftp|git):\/\/\S+\s*[>)]?\s*$/i;

interface Open {
  item: StatusItem;
  marker: string;
  indent: number;
  contentCol: number;
  parts: string[];
}

export interface SectionBody {
  items: StatusItem[];
  text: string;
}

function bulletOf(line: Line): { marker: string; text: string; contentCol: number } | null {
  const m = BULLET_RE.exec(line.text);
  if (m) {
    // `- ` followed only by dashes is a rule, `*word*` never matches (needs a space after `*`).
    if (isRule(line.text)) return null;
    const marker = /^\d/.test(m[2]) ? '1.' : m[2];
    return { marker, text: m[3], contentCol: line.indent + m[2].length + 1 };
  }
  const n = NUM_COLON_RE.exec(line.text);
  if (n) return { marker: 'N:', text: n[2], contentCol: line.indent + 2 };
  const g = MERGE_RE.exec(line.text);
  if (g) return { marker: 'merge', text: g[1], contentCol: 8 };
  // (a tracker's ticket and its title, one to a line: `#1789 - twisted.conch... leaks file descriptors`, the tickets a
  // funded fortnight closed, Twisted 2008; and a bug's, `4464 - assertion failed: http.cc:1537`, the bugs that hold
  // Squid-4's release, 2017: not a year's `2017 - ...`; the number stays in the item, its reference)
  const t = TICKET_LINE_RE.exec(line.text);
  if (t) return { marker: '#', text: t[2], contentCol: line.indent + 1 };
  return null;
}

/**
 * Markers that say "one level down" by themselves, at any indent: wiki `**` under `*` (and `***`
 * under `**`), and a `□` sub-bullet under any other bullet.
 */
function deeperMarker(marker: string, parent: string): boolean {
  if (marker[0] === '*' && parent[0] === '*') return marker.length > parent.length;
  return marker === '□' && parent !== '□';
}

interface KeyValue {
  /** Column where the value starts. */
  col: number;
  /** Padded with two or more spaces (or a TAB) after the colon, as tables are. */
  padded: boolean;
}

function keyValue(line: Line | undefined): KeyValue | null {
  // a row holds a colon (most lines of prose do not: they are settled without a pattern)
  if (!line || !isText(line) || !line.text.includes(':') || labelOf(line.text) || BULLET_RE.test(line.text)) return null;
  const m = KEY_VALUE_RE.exec(line.text);
  if (!m || m[2].trim().split(/\s+/).length > 3 || /^\/\//.test(m[4]) || /[.!?,;]$/.test(m[2])) return null;
  return { col: m[1].length + m[2].length + 1 + m[3].length, padded: m[3].length >= 2 || m[3].includes('\t') };
}

/** Two `Key: value` rows that form a table: values aligned, or padded after the colon. */
function sameTable(a: KeyValue | null, b: KeyValue | null): boolean {
  return !!a && !!b && (a.col === b.col || (a.padded && b.padded));
}

/**
 * A short unmarked line directly under a lead-in that ends with a colon (`I have been working on
 * the following:`), or under another such line: an item of its own. A sentence's end, a colon or
 * a long line ends the list.
 */
function leadListLine(lines: Line[], i: number, current: Open | null): boolean {
  // most lines are settled by the line above: neither a lead-in nor a line of such a list
  if (current?.marker !== 'L:') {
    const prev = lines[i - 1];
    if (!prev || !isText(prev) || prev.text.length >= 120) return false;
    const p = prev.text.trimEnd();
    if (p.charCodeAt(p.length - 1) !== 58 || !DONE_LEAD_IN.test(p)) return false;
  }
  const t = lines[i].text.trim();
  return t.length <= 80 && t.length >= 3 && !/[.:;,]$/.test(t) && t.split(/\s+/).length <= 10;
}

/**
 * A commit's subject in `git shortlog`'s list, indented under its author's `Junio C Hamano (21):` (git's `What's in
 * git.git`, a maintainer's `pynfs` update): one item each, what was merged.
 */
function shortlogLine(lines: Line[], i: number, current: Open | null): boolean {
  const line = lines[i];
  const prev = lines[i - 1];
  if (line.indent < 2 || line.indent > 8 || !prev || !isText(prev)) return false;
  if (current?.marker === 'S:') return prev.indent === line.indent;
  const p = prev.text.trimEnd();
  return prev.indent < line.indent && p.endsWith(':') && SHORTLOG_AUTHOR.test(p.slice(0, -1));
}

export interface ItemOptions {
  /** Read a leading run of one-line paragraphs as items (under a `Changes since X:` heading). */
  sentenceItems?: boolean;
}

/**
 * White space in a run of two or more, or any but a space: what `/\s+/g` -> ' ' changes. A
 * single space (most of them) is left alone: three times faster than replacing every run.
 */
const SPACE_RUN = /\s{2,}|[^\S ]/g;

/** Wrapped lines as one line of text: single spaces, trimmed. */
function oneLine(parts: string[]): string {
  return joinLines(parts).replace(SPACE_RUN, ' ').trim();
}

function finish(o: Open): void {
  o.item.text = oneLine(o.parts);
}

export function parseItems(lines: Line[], start: number, end: number, opts: ItemOptions = {}): SectionBody {
  const items: StatusItem[] = [];
  const paragraphs: string[] = [];
  const oneLiners: StatusItem[] = []; // leading one-line paragraphs (for sentenceItems)
  let leading = true;
  let para: string[] = [];
  let paraLine: Line | null = null;
  let paraEnd: Line | null = null;
  let paraRagged = false; // a line of the paragraph at another indent: a table or stats, not a sentence
  let stack: Open[] = [];
  let current: Open | null = null; // item receiving continuation lines
  let label: string | null = null;
  let blankSince = 0; // blank lines since the last text line
  let lastItemLine = -1;

  const flushPara = () => {
    if (!para.length) return;
    const text = oneLine(para);
    // short paragraphs (up to three lines: linux-next's wrap its longer sentences) ending a sentence
    if (leading && opts.sentenceItems && para.length <= 3 && !paraRagged && paraLine && text.length <= 240 && /[.!)]$/.test(text)) {
      oneLiners.push({ text, label: null, urls: [], refs: [], children: [], startLine: paraLine.no, endLine: (paraEnd ?? paraLine).no });
    } else {
      leading = false;
      paragraphs.push(text);
    }
    para = [];
    paraRagged = false;
  };
  const closeAll = () => {
    for (const o of stack) finish(o);
    stack = [];
    current = null;
  };
  // extend the line range of `o` and of every item it sits in
  const touch = (o: Open, line: Line) => {
    const upTo = stack.indexOf(o);
    for (let k = 0; k <= upTo; k++) stack[k].item.endLine = Math.max(stack[k].item.endLine, line.no);
  };

  for (let i = start; i < end; i++) {
    const line = lines[i];
    if (!isText(line)) {
      blankSince++;
      if (blankSince === 1) flushPara();
      continue;
    }
    const gap = blankSince;
    blankSince = 0;
    if (isRule(line.text)) {
      flushPara();
      closeAll();
      continue;
    }
    const lab = labelOf(line.text);
    if (lab && line.indent <= 4) {
      flushPara();
      closeAll();
      label = lab;
      continue;
    }
    const row = keyValue(line);
    const prevRow = gap === 0 && current?.marker === 'K:' ? keyValue(lines[i - 1]) : null;
    const kv = !!row && (!current || current.marker === 'K:' || gap > 0) &&
      (sameTable(prevRow, row) || sameTable(row, keyValue(lines[i + 1])));
    const b = kv ? { marker: 'K:', text: line.text.trim(), contentCol: 1000 } : bulletOf(line) ?? (gap === 0 && leadListLine(lines, i, current) ? { marker: 'L:', text: line.text.trim(), contentCol: 1000 } : null) ??
      (gap === 0 && shortlogLine(lines, i, current) ? { marker: 'S:', text: line.text.trim(), contentCol: 1000 } : null);
    if (b) {
      leading = false;
      flushPara();
      // find the parent: the deepest open item this bullet nests under
      while (stack.length) {
        const top = stack[stack.length - 1];
        const nests = line.indent >= top.contentCol || (line.indent > top.indent && b.marker !== top.marker) ||
          (line.indent >= top.indent && deeperMarker(b.marker, top.marker));
        if (nests) break;
        finish(top);
        stack.pop();
      }
      const item: StatusItem = { text: '', label, urls: [], refs: [], children: [], startLine: line.no, endLine: line.no };
      const o: Open = { item, marker: b.marker, indent: line.indent, contentCol: b.contentCol, parts: [b.text] };
      const parent = stack[stack.length - 1];
      if (parent) parent.item.children.push(item);
      else items.push(item);
      stack.push(o);
      touch(o, line);
      current = o;
      lastItemLine = i;
      continue;
    }
    // continuation of the current item: directly below it (any indent)
    if (current && gap === 0) {
      current.parts.push(line.text.trim());
      touch(current, line);
      lastItemLine = i;
      continue;
    }
    // a further paragraph of an open item: indented at least to its text column (less one)
    if (stack.length && gap > 0) {
      let owner: Open | null = null;
      for (let k = stack.length - 1; k >= 0; k--) {
        if (line.indent >= stack[k].contentCol - 1 && line.indent > stack[k].indent) {
          owner = stack[k];
          break;
        }
      }
      if (owner) {
        while (stack[stack.length - 1] !== owner) finish(stack.pop() as Open);
        owner.parts.push(line.text.trim());
        touch(owner, line);
        current = owner;
        lastItemLine = i;
        continue;
      }
    }
    // a URL on its own line one or two lines below an item
    if (stack.length && lastItemLine >= 0 && i - lastItemLine <= 3 && URL_ONLY_RE.test(line.text)) {
      const o = stack[stack.length - 1];
      o.parts.push(line.text.trim());
      touch(o, line);
      current = o;
      lastItemLine = i;
      continue;
    }
    // section text
    closeAll();
    if (gap > 0) flushPara();
    if (!para.length) paraLine = line;
    else if (paraLine && line.indent !== paraLine.indent) paraRagged = true;
    paraEnd = line;
    para.push(line.text.trim());
  }
  closeAll();
  flushPara();
  if (oneLiners.length >= 2) items.unshift(...oneLiners);
  else if (oneLiners.length) paragraphs.unshift(oneLiners[0].text);
  return { items, text: paragraphs.filter(Boolean).join('\n\n') };
}
