/**
 * Heading recognition. Styles: `equals` (`= X =`), `markdown` (`## X`), `setext` (underlined),
 * `bracket` (`[X]`), `bold` (`*X*` alone), `colon` (`Label:` followed by items), `caps`
 * (short ALL-CAPS line), `numbered` (`1. X` followed by content), `plain` (bare word after a
 * rule, or a line a contents list names: see contents.ts).
 * The weak styles (colon, caps, numbered) are used only when the post has no strong heading,
 * so `Some of the highlights:` inside a `= X =` section stays text.
 */
import { type Line, isRule, isText } from './lines.js';
import { labelOf } from './labels.js';
import { isGenericHeading } from './genericHeading.js';
import { startsPlain, charTable } from '../mail/index.js';

export interface Heading {
  /** Index (0-based) of the heading line in the prepared lines. */
  index: number;
  /** Index of the last line the heading occupies (the underline for setext). */
  end: number;
  title: string;
  style: string;
  level: number;
  /** A `Label:` line over prose (not items): a heading only when the post has two or more. */
  prose?: boolean;
  /** A run-in heading's line goes on after its title: the text that follows it there (its section's first words). */
  rest?: string;
}

/** A mark of text left out, in brackets on a line of its own: `[snip]`, `[...]`, `[… truncated …]`, `[rest snipped]`, `[cut]`. */
const ELISION = /^\s*(?:\.{3}|…)|^\s*-*\s*cut\b|^\s*(?:\S+\s+){0,4}?(?:snip(?:ped|page)?|trimmed|elided|omitted|truncated)\b[^\]]{0,30}$/i;
/** `*`, `-`, `+`, `•`, `·`, `o`, `1.`/`1)`, an indented `.`, wiki `**`/`***`, `□` and outliners' `∘`/`◦`/`‣`/`▪` sub-bullets. */
export const BULLET_RE = /^(\s*)(\*{1,3}|[\-+•·o□∘◦‣▪]|\d{1,3}[.)]|(?<=^\s+)\.)\s+(\S.*)$/;
/** What the marked strong styles start with: `= X =`, `## X`, `** X **`, `[X]`, `*X*`, `_X_`. */
const MARK_OPENERS = charTable('=#*[_');
const STRONG = new Set(['equals', 'markdown', 'setext', 'bracket', 'bold']);

function cleanTitle(t: string): string {
  // (a Markdown page's inline HTML is markup, not the title: `<a href="https://matrix.to/#/@Zil0:matrix.org">Zil0</a> on
  // the <a href="...">matrix-python-sdk</a>`, This Week in Matrix 2018)
  const text = t.includes('<') ? t.replace(/<\/?(?:a|code|em|strong|b|i|span|tt|kbd|sup|sub)\b[^<>]{0,500}>/gi, '') : t;
  return text.replace(/\s+/g, ' ').replace(/\s*:\s*$/, '').trim();
}

const NUMBERED_START = /^\s{0,2}\d{1,2}[.)]\s/;

/** Do two lines open alike, digits as digits and letters as letters (`#1: nvme` and `#2: nbd`)? */
function sameShape(a: string, b: string | undefined): boolean {
  const shape = (t: string) => t.trim().slice(0, 3).replace(/\d/g, '9').replace(/\p{L}/gu, 'a');
  return b !== undefined && /[^a ]/.test(shape(a)) && shape(a) === shape(b);
}

/** Does the rule at `r` underline a title, the text line right above it (a setext heading's `=====`)? */
function underlinesTitle(lines: Line[], r: number): boolean {
  return r > 0 && isText(lines[r - 1]) && !isRule(lines[r - 1].text) && lines[r - 1].text.trim().length <= 80;
}

/**
 * Is line `i` in a signature: a closing line (SIGN_OFF) among the six lines above it, with no two blank lines
 * between (a report goes on after its writer's `Thanks, Ian.` with its next part two blank lines below: Xen's
 * release updates, the regressions reports of Linux).
 */
function signedOffAbove(lines: Line[], i: number): boolean {
  let blanks = 0;
  for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
    if (lines[j].text.trim() === '') {
      if (++blanks >= 2) return false;
      continue;
    }
    blanks = 0;
    if (SIGN_OFF.test(lines[j].text)) return true;
  }
  return false;
}

function prevIsBreak(lines: Line[], i: number): boolean {
  if (i === 0) return true;
  const p = lines[i - 1];
  return !isText(p) || isRule(p.text);
}

function nextText(lines: Line[], i: number, maxGap = 2): number {
  let gap = 0;
  for (let j = i + 1; j < lines.length; j++) {
    if (isText(lines[j])) return j;
    if (++gap > maxGap) return -1;
  }
  return -1;
}

function looksLikeUrlOrMail(t: string): boolean {
  return /:\/\/|@|^\s*<.*>\s*$/.test(t);
}

const INDENTED_EQUALS = /^\s*(={2,6}) [^\s=].{0,150}? \1\s*$/;

/** A heading that needs no context beyond its own line (and the underline for setext). */
/**
 * `## Description: Apache Felix is a project aimed at ...`: a Markdown heading that is a label, its
 * section's text run on after the colon (a web archive's copy of an Apache board report): the label.
 */
const LABELLED_RUN = /^\s{0,3}(#{1,6})\s+(\p{Lu}[\p{L}\d &/-]{1,40}):\s+(\S.*)$/u;

const LATEX_LEVELS = ['part', 'chapter', 'section', 'subsection', 'subsubsection', 'paragraph'];
const LATEX_HEADING = /^\s*\\(part|chapter|section|subsection|subsubsection|paragraph)\*?\{(.{1,200})\}\s*$/;

function strongAt(lines: Line[], i: number): Heading | null {
  const text = lines[i].text;
  // (`\t\t== New patches ==`: a title between two or more `=` each side may be set in the middle of the line, as the
  // status of patches under review of linux-media (LMML) centres its reviewers' names)
  // (a title boxed between two like rules, centred or not: `*****` / `       LONG TERM GOALS` / `*****`, Axiom's state of
  // the union, 2016)
  const boxed = boxedTitle(lines, i);
  if (boxed) return boxed;
  if (lines[i].indent > 3 && !(lines[i].indent <= 40 && text.length <= 200 && INDENTED_EQUALS.test(text))) return null;
  if (text.length > 300) {
    // (a section an archive flattened onto its heading's line: see below)
    const run = text.charCodeAt(0) === 35 ? /^(#{1,6})\s+([^\s#].{1,100}?) \* (\S.*)$/.exec(text) : null;
    if (run) return { index: i, end: i, title: cleanTitle(run[2]), style: 'markdown', level: run[1].length, rest: `* ${run[3]}` };
    const said = text.charCodeAt(0) === 35 ? LABELLED_RUN.exec(text) : null;
    return said ? { index: i, end: i, title: cleanTitle(said[2]), style: 'markdown', level: said[1].length, rest: said[3] } : null;
  }
  // (a LaTeX report's `\subsubsection{\stid{1.10} Kokkos Support}` and `\paragraph{Key Challenges}`: the Exascale Computing
  // Project's capability assessment report, one file a project)
  if (text.charCodeAt(lines[i].indent) === 92) {
    const tex = LATEX_HEADING.exec(text);
    const title = tex ? tex[2].replace(/\\[a-zA-Z]+\{[^{}]*\}\s*/g, '').replace(/[{}\\]/g, '').trim() : '';
    if (tex && title) return { index: i, end: i, title: cleanTitle(title), style: 'markdown', level: LATEX_LEVELS.indexOf(tex[1]) + 1 };
  }
  // (a MediaWiki page saved as text writes each section's title with its edit link after it: `Financial status[edit]`,
  // `[2] ack board for done year[edit]`, HSBXL's general assemblies, SPDX's general meeting minutes)
  if (text.endsWith('edit]') && text.length <= 150) {
    const wiki = /^\s{0,3}(\S.{0,119}?)\s?\[edit\]$/.exec(text);
    if (wiki && !/[.,;]$/.test(wiki[1])) return { index: i, end: i, title: cleanTitle(wiki[1]), style: 'markdown', level: 2 };
  }
  // every marked style starts with `=`, `#`, `*`, `[` or `_` (after white space); setext is told by its underline
  if (!startsPlain(text, MARK_OPENERS)) {
    // (`=== WIKI ==== === == -  -`: bars that fade out after the title, gPodder's development news)
    let m: RegExpExecArray | null = /^\s*(={1,6})\s*([^=].*?)\s*=+(?:[\s=-]*=)?(?:\s+-)*\s*$/.exec(text);
    if (m && m[2].trim()) return { index: i, end: i, title: cleanTitle(m[2]), style: 'equals', level: m[1].length };
    m = /^\s*(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(text);
    // (`# EOT` on a post's last line marks where it ends, a shell-style comment: it heads nothing,
    // linux-kernel's `LiNUX kernel SCSI/RAID drivers` summary, whose drivers' `o aacraid` are its topics)
    if (m && /^(?:eot|eof|end)$/i.test(m[2].trim()) && !lines.slice(i + 1).some(isText)) return null;
    if (m && m[2].trim() && !/^#{1,6}\s+\d+\b.*\bfiles? changed/.test(text)) {
      // a section an archive flattened onto its heading's line, its bullets run on after it
      // (`## Announcements & Events * OCP Global Summit: ...`): the title ends at the first ` * `
      // (`## Attendees Ron Minnich, Felix Singer, ...`: the minutes' attendees run on after their label, names and commas)
      const who = m[2].length > 80 ? /^(attendees|attending|present|participants)\s+(\p{Lu}[^,]{1,40},.*)$/iu.exec(m[2]) : null;
      if (who) return { index: i, end: i, title: cleanTitle(who[1]), style: 'markdown', level: m[1].length, rest: who[2] };
      const run = m[2].length > 80 ? /^(\S.{1,100}?) \* (\S.*)$/.exec(m[2]) : null;
      if (run) return { index: i, end: i, title: cleanTitle(run[1]), style: 'markdown', level: m[1].length, rest: `* ${run[2]}` };
      const said = m[2].length > 80 ? LABELLED_RUN.exec(text) : null;
      if (said) return { index: i, end: i, title: cleanTitle(said[2]), style: 'markdown', level: m[1].length, rest: said[3] };
      return { index: i, end: i, title: cleanTitle(m[2]), style: 'markdown', level: m[1].length };
    }
    // `##Highlights##`: markdown-ish markers hugging the title, no spaces
    m = /^\s*(#{2,6})([^#\s](?:[^#]{0,70}[^#\s])?)\1\s*:?\s*$/.exec(text);
    if (m) return { index: i, end: i, title: cleanTitle(m[2]), style: 'markdown', level: m[1].length };
    // `##Attendees:`, `###Notable additions`: the markers hug a capitalised title and none close it (coreboot's leadership
    // minutes, 2021; This Week in Servo, 2015)
    m = /^\s{0,3}(#{2,6})(\p{Lu}[\p{L}\d ()&/,'-]{0,48}[\p{L}\d)]):?\s*$/u.exec(text);
    if (m) return { index: i, end: i, title: cleanTitle(m[2]), style: 'markdown', level: m[1].length };
    // `*** Arm ***:`, `** Blocker List **:` (Xen's release tracking lists): stars around a spaced title
    m = /^\s{0,2}(\*{2,})\s+([^*\s](?:[^*]{0,70}[^*\s])?)\s+\1\s*:?\s*$/.exec(text);
    if (m) return { index: i, end: i, title: cleanTitle(m[2]), style: 'bold', level: 1 };
    // `[since 2.45.0]:` groups items under a label; it is not a heading (see labels.ts)
    m = /^\s*\[([^\][]{2,70})\]:?\s*$/.exec(text);
    // (`[Status: I have played with some of this]` under a topic notes its status, `[In blue meeting
    // notes, in purple post meeting addendums]` says how to read the notes: remarks, not headings)
    // (`[Scribe note: item 8 discussed later]`: the scribe's remark in W3C's RDF Core minutes, not a topic)
    // (`[   29.130160]`, `[12:04:31]`: a kernel log's or a chat log's timestamp on a line of its own, not a title)
    // (`[Subtitle: or, The Gypsy Girl's Secret]`, `[Illustrator: William Rainey]` under each new ebook in Project
    // Gutenberg's newsletter: a key and its value, a remark on the line above, as `[Status: ...]` is)
    // (`[snip]`, `[...]`, `[... rest of the log trimmed ...]`: where the writer cut text out, not a title)
    if (m && !/^[\d\s.:,-]+$/.test(m[1]) && !ELISION.test(m[1]) && !looksLikeUrlOrMail(m[1]) && !/^since\b/i.test(m[1].trim()) && !/^(?:scribe(?:'s)?\s+)?(status|note|eta|owner|update|progress)\s*:/i.test(m[1].trim()) && !/^\p{L}[\p{L}'’]*(?:\s+\p{L}[\p{L}'’]*)?\s*:\s+\S/u.test(m[1].trim()) &&
      !(/,\s/.test(m[1]) && m[1].trim().split(/\s+/).length > 6)) {
      return { index: i, end: i, title: cleanTitle(m[1]), style: 'bracket', level: 1 };
    }
    m = /^\s*(\*\*?|__?)([^*_\s](?:[^*]{0,70}[^*\s])?)\1\s*:?\s*$/.exec(text);
    if (m && !labelOf(text)) {
      return { index: i, end: i, title: cleanTitle(m[2]), style: 'bold', level: 1 };
    }
    // (a space may stay before the closing star where the writer's mailer set a bold line's end, among titles set in
    // bold alike: `*4. Inactive Chapter Cleanup *` under `*3. Budget*`, OWASP's chapter committee minutes, 2011)
    m = /^\s*(\*\*?|__?)([^*_\s](?:[^*]{0,70}[^*\s])?)[ \t]\1\s*$/.exec(text);
    if (m && boldTitleElsewhere(lines, i, m[1])) return { index: i, end: i, title: cleanTitle(m[2]), style: 'bold', level: 1 };
  }
  // setext: a one-line paragraph underlined with === or ---.
  const next = lines[i + 1];
  // (right after a paragraph's last sentence or link, a title underlined to about its own length:
  // `...follow-up items.` / `Agenda` / `------`; or after any line, one underlined to its very length:
  // an Apache report's `Status report for ...` / `Project Status` / `--------------`)
  const fitted = (u: Line) => {
    const t = text.trim().length;
    const n = u.text.trim().length;
    if (t < 3 || t > 80 || text.includes('://')) return false;
    if (Math.abs(n - t) <= 1 && /^[\p{Lu}\d]/u.test(text.trim())) return true;
    return n >= t * 0.6 && n <= t * 1.5 && /(?:[.!?:]|\S+:\/\/\S+)\s*$/.test(lines[i - 1]?.text ?? '');
  };
  // (reStructuredText's `~~~~` too: Debian's release mails underline each architecture with it)
  // (and its `^^^^` and `####`: a workshop's report underlines its sub-topics with carets, a sprint's its parts with hashes)
  // (and its `''''`: the Rust in QEMU updates underline every part with apostrophes)
  // (and box-drawing lines, `═══` and `───`, as Emacs' Org mode exports a document to text: the OCaml Weekly News
  // underline each item with the one and each announcement in it with the other)
  // (and `-=-=-=` over and under each project's name, Axiom's weekly project updates, 2014)
  if (next && isText(next) && /^\s{0,3}(={3,}|-{3,}|~{3,}|\^{3,}|#{4,}|'{3,}|═{3,}|─{3,}|━{3,}|(?:-=){3,}-?|(?:=-){3,}=?)\s*$/.test(next.text) && (prevIsBreak(lines, i) || fitted(next)) &&
      // (a longer title only underlined to its own length: `[ *NEW* ] net/bpf: BUG: unable to handle ...` over as many dashes)
      // (a numbered line underlined to its length is a numbered heading: `1. Hej og navnerunde` over `====`)
      // (and a bulleted topic underlined to its length, bullet and all: `* Point 1: Release status: 0.3.15` over 33
      // dashes, ReactOS' meeting minutes of 2012)
      (!BULLET_RE.test(text) || ((/^\s*\d{1,2}[.)]\s+\S/.test(text) || (NUMBERED_TOPIC_LINE.test(text) && text.trim().length >= 12)) && Math.abs(next.text.trim().length - text.trim().length) <= 2)) && !isRule(text) && (text.trim().length <= 80 || (text.trim().length <= 200 && Math.abs(next.text.trim().length - text.trim().length) <= 1)) && !labelOf(text) &&
      // (`Here's the summary:` over a rule introduces what follows; it titles nothing)
      !/^\s*(?:here(?:'s| is| are)|below is|the following)\b.*:\s*$/i.test(text) &&
      // (nor a sentence over a rule less than half its length: `The meeting ended after 3:00 PM CEST.` / `----`, the last
      // line of Thunderbird Council minutes over its writer's signature)
      !(/[.!?]\s*$/.test(text) && /\S\s+\S+\s+\S/.test(text.trim()) && next.text.trim().length * 2 < text.trim().length) &&
      // (nor a name or an address over a rule in a signature: `Best wishes,` / `Anne` / `-----` / `Anne Lord, Senior
      // Manager`, ISOC's chapter meeting notes, 2007)
      !signedOffAbove(lines, i)) {
    return { index: i, end: i + 1, title: cleanTitle(text.replace(/^\s*[*•○◦]\s+(?=(?:agenda\s+)?(?:item|topic|point)\s+#?\d)/i, '')), style: 'setext', level: /[=#═━]/.test(next.text) ? 1 : next.text.includes('~') || next.text.includes('^') ? 3 : 2 };
  }
  return null;
}

const CONTENTS_COLON = /^(table of contents|contents|index|topics|in this (bits|issue|update|report|mail|email|edition))$/i;

const CAPS_RE = /^\s{0,2}([A-Z0-9][A-Z0-9 &/'()+.,-]{1,48}[A-Z0-9)]):?\s*$/;
/** `PLAN FOR WEEK-2 (23 May 2017 to 29 may 2017):`: an upper-case title with a note in parentheses. */
const CAPS_PAREN_RE = /^\s{0,2}([A-Z][A-Z0-9&/'+.,-]*(?: [A-Z0-9&/'+.,-]+)+ \([^()]{1,60}\)):?\s*$/;

/** `Week 2 :`, `Day 3:`, `Weeks 1-2:`: a period of a weekly report over what was done in it. */
const PERIOD_COLON_RE = /^\s{0,2}((?:weeks?|days?|months?|sprints?|phases?)\s*#?\d{1,3}(?:\s*(?:and|&|-|to)\s*\d{1,3})?)\s*:\s*$/i;

/** `0. Agenda Bashing - http://logs.xmpp.org/xsf/2015-02-16/#16:00:15 <http://...>`: a topic and where the log has it. */
// (a `*` before the number: the opening of bold text a web archive's copy kept, `*0. Agenda Bashing - http://...`)
const LOGGED_TOPIC_RE = /^\s{0,2}\*?(\d{1,2}|[IVX]{1,4})[.)]\s+(\S.{0,58}?)\s+[-–]\s+<?https?:\/\/\S+(?:\s+<https?:\/\/[^>\s]+>)?\s*$/;

/** `Item 1: Administrative matters`, `Topic: Joint WG Meeting`, `Agenda item 2: Budget`: a topic named as one, its name after the colon. */
const TOPIC_LINE = /^\s{0,2}(?:[*•○◦-]\s+)?(?:agenda\s+)?(?:item|topic|point(?=\s+\d))(?:\s+#?\d{1,2}[a-z]?)?(?:\s+(?:in|of)\s+the\s+agenda)?\s*:\s+[\p{Lu}\d"'(\[][^\s:][^:]{0,118}$/iu;
/**
 * `Point 1: Release status: 0.3.15`, `○ Point 1 in the agenda: ReactOS member definition`: a topic the minutes number
 * as one, read so even inside a list and with a colon in its name (ReactOS' meeting minutes, 2011-2012).
 */
const NUMBERED_TOPIC_LINE = /^\s{0,2}(?:[*•○◦-]\s+)?(?:agenda\s+)?(?:item|topic|point)\s+#?\d{1,2}[a-z]?(?:\s+(?:in|of)\s+the\s+agenda)?\s*:\s+[\p{Lu}\d"'(\[][^\s:].{0,118}$/iu;

/** First words of a line that leads into what follows (`Here's what I did:`, `Thanks to:`), no title. */
const LEAD_IN_START = /^(hi|hello|hey|dear|here|here's|this|these|the following|following|below|thanks|regards|cheers|what|which|i|i've|i'm|we|we've|our|my|some|as|so|today|attached|see|please)\b/i;

/**
 * A `What ...:` label that asks what a report tells, its status heading (`What's done:` / `What still needs to be done:`,
 * Cable Beach's progress update; `What I've done this week:`, a GSoC student's weekly report): no lead-in.
 */
/** What a label over a list says of it: done, left, to do, in progress, next (`Things still left to do ...:`). */
const PROGRESS_LABEL = /\b(?:done|left to do|still to do|to do|remaining|completed|in progress|next steps|planned|finished)\b/i;

const STATUS_WHAT = /^what(?:['’]s|\s+(?:is|has|have|was|were|I|I['’](?:ve|m)|we|we['’]ve|still|else))?\b.{0,40}\b(?:done|did|next|new|changed|learned|learnt|planned|left|remains?|to do|working on|worked on|achieved|accomplished|completed|happened|implemented|fixed|finished|missing|pending)\b(?:\s+[\w’']+){0,3}$/i;

/** Lower-case words that introduce what follows rather than name an area (`note:`, `output:`). */
const LOWER_NOT_AREA = /^(?:note|notes|example|examples|e\.?g|i\.?e|eg|ie|output|ps|cc|to|from|subject|date|re|fyi|update|edit|result|results|log|error|errors|warning|usage|see|also|and|or|but|so|then|now|here|there|this|that|these|those|because|since|before|after|where|when|which|what|who|why|how|if|else|otherwise|like|as|for|with|without|including|e-mail|email|mail|http|https|ftp)$/i;

/** A `git shortlog` author line's name and count, `Arjen Laarhoven (4)`, `YOSHIFUJI Hideaki (1)`. */
export const SHORTLOG_AUTHOR = /^\s{0,2}\p{L}[\p{L}\p{M}.'\u2019 -]{1,60} \(\d{1,5}\)$/u;

function weakAt(lines: Line[], i: number): Heading | null {
  const line = lines[i];
  const text = line.text;
  // a period's label heads the bullets or indented lines under it, even right below other text
  if (line.indent <= 2 && text.length < 40 && !prevIsBreak(lines, i)) {
    const p = PERIOD_COLON_RE.exec(text);
    const k = p ? nextText(lines, i) : -1;
    if (p && k === i + 1 && (BULLET_RE.test(lines[k].text) || lines[k].indent > line.indent)) {
      return { index: i, end: i, title: cleanTitle(p[1]), style: 'colon', level: 1 };
    }
  }
  // minutes' numbered topic with its place in the meeting's log: `1. Actions from last week - http://logs...`
  const logged = line.indent <= 2 && text.length <= 300 && prevIsBreak(lines, i) ? LOGGED_TOPIC_RE.exec(text) : null;
  if (logged && nextText(lines, i) > i && !numberedListGoesOn(lines, i)) {
    return { index: i, end: i, title: cleanTitle(logged[2]), style: 'numbered', level: 1 };
  }
  // a `Label:` right over its bullets after a finished sentence, where an archive dropped the blank
  // line between (`...moving in the wrong direction.` / `Showstoppers without hope:` / `- Selection ...`)
  // (or after a finished bullet, the last of the list above: `- Nice icons in change tracking missing.` / `Other problems with hope:`)
  if (line.indent <= 2 && text.length <= 60 && i > 0 && isText(lines[i - 1]) && /[.!?]\s*$/.test(lines[i - 1].text) &&
      (!BULLET_RE.test(lines[i - 1].text) || (line.indent === 0 && lines[i - 1].indent === 0)) &&
      isText(lines[i + 1]) && BULLET_RE.test(lines[i + 1].text)) {
    const tight = /^\s{0,2}([\p{Lu}][^:]{1,58}):\s*$/u.exec(text);
    if (tight && tight[1].trim().split(/\s+/).length <= 6 && !LEAD_IN_START.test(tight[1].trim()) && !/[.!?]\s/.test(tight[1]) && !labelOf(text)) {
      return { index: i, end: i, title: cleanTitle(tight[1]), style: 'colon', level: 1 };
    }
  }
  // a flush `Label:` right below the indented block above, over an indented block of its own (GNOME's release team
  // minutes of 2004: `  NEW: Jeff to post release proposal next week` / `Decisions and discussion:` / blank / `  * Release Notes`)
  if (line.indent === 0 && text.length <= 60 && i > 0 && isText(lines[i - 1]) && lines[i - 1].indent >= 2) {
    const tight = /^([\p{Lu}][^:]{1,58}):\s*$/u.exec(text);
    const k = tight ? nextText(lines, i, 2) : -1;
    if (tight && k > i && lines[k].indent >= 2 && tight[1].trim().split(/\s+/).length <= 6 && !LEAD_IN_START.test(tight[1].trim()) &&
        !/[.!?]\s/.test(tight[1]) && !labelOf(text)) {
      return { index: i, end: i, title: cleanTitle(tight[1]), style: 'colon', level: 1 };
    }
  }
  const overProse = tightLabelOverProse(lines, i);
  if (overProse) return overProse;
  // a centred numbered topic (`                  1. No balancing by default`, a blank line, then a
  // paragraph at the margin): a plain-text mail's section titles set in the middle of the line
  if (line.indent >= 6 && line.indent <= 40 && text.length <= 100 && prevIsBreak(lines, i)) {
    const c = /^\s*(\d{1,2}|[IVX]{1,4})[.)]\s+(\S.{0,58})$/.exec(text);
    const k = c ? nextText(lines, i) : -1;
    if (c && k > i + 1 && lines[k].indent <= 1 && !BULLET_RE.test(lines[k].text) && !/[.,;:]\s*$/.test(c[2]) && k + 1 < lines.length && isText(lines[k + 1])) {
      return { index: i, end: i, title: cleanTitle(c[2]), style: 'numbered', level: 1 };
    }
  }
  // a topic between rules the writer indented with it (OpenEmbedded TSC minutes: `    ______` /
  // blank lines / `     02) Status report on oe-core` / blank lines / what was said)
  if (line.indent > 2 && line.indent <= 8 && text.trim().length <= 80 && !/[.!?,;:]$/.test(text.trim()) && /^[\p{Lu}\d]/u.test(text.trim())) {
    let k = i - 1;
    while (k >= 0 && k >= i - 3 && !isText(lines[k])) k--;
    const j = nextText(lines, i, 3);
    if (k >= 0 && k < i - 1 && isText(lines[k]) && /^\s{0,8}[-=_*]{20,}\s*$/.test(lines[k].text) && Math.abs(lines[k].indent - line.indent) <= 2 && j > i + 1 && !isRule(lines[j].text)) {
      return { index: i, end: i, title: cleanTitle(text), style: 'plain', level: 1 };
    }
  }
  // a topic the minutes name as one, `Item 3: Consent Agenda`, `Topic: SVG 1.1 2nd ed` (W3C's scribed minutes), over what was
  // said: at a break or after a finished line (a `Present: ...` row, a sentence's end), a heading where two or more stand so
  if (line.indent <= 2 && text.length <= 160 && ((TOPIC_LINE.test(text) &&
      (prevIsBreak(lines, i) || /[.!?)\]]\s*$|^\s*[\p{L}][\p{L} ]{0,20}:\s+\S/u.test(lines[i - 1].text)) && nextText(lines, i) > i) ||
      // (a numbered topic needs no break above it, but what follows is what was said on it, not the next topic: a list
      // of `Item 1: ...`, `Item 2: ...` is an agenda's, its last entry too)
      (NUMBERED_TOPIC_LINE.test(text) && nextText(lines, i) > i && !NUMBERED_TOPIC_LINE.test(lines[nextText(lines, i)].text) && !(i > 0 && NUMBERED_TOPIC_LINE.test(lines[i - 1].text)))) &&
      !looksLikeUrlOrMail(text)) {
    return { index: i, end: i, title: cleanTitle(text.replace(/^\s*[*•○◦-]\s+/, '')), style: 'numbered', level: 1 };
  }
  if (line.indent > 2 || text.length > 200 || !prevIsBreak(lines, i) || isRule(text) || looksLikeUrlOrMail(text)) return null;
  // (a numbered topic may stand three blank lines above what was said: minutes whose blank lines
  // held a no-break space, each doubled when the archive copied them)
  const j = nextText(lines, i, NUMBERED_START.test(text) ? 3 : 2);
  if (j < 0) return null;
  const next = lines[j];
  // `Ad 1.`, `Ad 3. Godkendelse af hængepartier`, `Zu TOP 2`: minutes' heading over what was said on an
  // item of the agenda above (Danish, Norwegian, German, Latin `ad`: as to)
  if (/^\s{0,2}(?:ad|zu)\s+(?:top\s+|pkt\.?\s*|punkt\s+)?\d{1,2}[.):]?(?:\s+\p{Lu}[^.!?,;:]{0,78})?\s*$/iu.test(text)) {
    return { index: i, end: i, title: cleanTitle(text), style: 'numbered', level: 1 };
  }
  // bare word after a rule
  // (not the first line of a list under a title the rule underlines: `List of failures` / `=====` / `#1: nvme/005,063
  // (tcp transport)` / `#2: ...`, blktests' failure reports; but `DONE` / `====` / `*Tested` / `xfce4-mount-plugin ...`)
  // (nor a count under a rule: `Comparison of somatic.indel for DO50311 using DKFZ` / `---` / `Common: 26469` / `Extra: 0`,
  // the PCAWG testers' validation summary, a key and its number)
  if (i > 0 && isText(lines[i - 1]) && isRule(lines[i - 1].text) && !(underlinesTitle(lines, i - 1) && sameShape(text, lines[i + 1]?.text)) && !BULLET_RE.test(text) &&
      text.trim().length <= 40 && !/[.!?]$/.test(text.trim()) && j > i + 0 && !isRule(next.text) && !KEY_NUMBER.test(text)) {
    return { index: i, end: i, title: cleanTitle(text), style: 'plain', level: 1 };
  }
  // a talk's or topic's title between long rules (`-----` / blank / `Laurent Pinchart: Status of ISP
  // support in V4L2` / blank / what was said): the Media Summit minutes' topics
  // (or `Topic: Multi-committer model using gitlab` right over `Presenter: ...`)
  if (i > 1 && !isText(lines[i - 1]) && isText(lines[i - 2]) && /^\s{0,3}[-=_*]{20,}\s*$/.test(lines[i - 2].text) && (j > i + 1 || /^(topic|session|talk)\s*:\s/i.test(text)) &&
      text.trim().length <= 100 && !/[.!?,;:]$/.test(text.trim()) && !BULLET_RE.test(text) && /^[\p{Lu}\d]/u.test(text.trim())) {
    return { index: i, end: i, title: cleanTitle(text), style: 'plain', level: 1 };
  }
  if (labelOf(text)) return null;
  // `Table of Contents` on its own line over a list (kept among strong headings, like `In this bits:`)
  if (/^\s{0,2}(table of contents|contents)\s*$/i.test(text) && BULLET_RE.test(next.text)) {
    return { index: i, end: i, title: cleanTitle(text), style: 'plain', level: 1 };
  }
  // numbered heading: `1. X` / `1) X` / `IV. X` followed (after a blank) by text at column 0 or by
  // bullets, or right above a paragraph of prose (minutes' numbered topics: `II. Hanna Linder -
  // hiding projects on lse` over what was said)
  // (and sub-topics, `2.1) Survey`, `2.2.) Online shop`, `a) Treasurer Role (Simon)`, over what was said)
  // (`3a) Proposed XMPP Extension: ...`: a sub-topic numbered with a letter)
  // (`A. Administrative Matters`, `B1. Recent list Discussion`: RIPE working groups' minutes letter their topics)
  let m = /^\s{0,2}(\d{1,2}(?:\.\d{1,2}){0,2}|\d{1,2}[a-h](?=\))|[IVX]{1,4}|[a-h](?=\))|[A-H]\d?(?=\.\s))(?:\.?[.)]|\.-)\s+(\S.{0,58})$/.exec(text);
  // (`1.- Asistentes.`: numbered the Spanish way, a title that ends with a full stop)
  if (m && /^\s{0,2}\d{1,2}\.-/.test(text)) m[2] = m[2].replace(/\.\s*$/, '');
  // (`1.1 Handover to new exec`, `4.3 Asymmetric devices`: a decimal sub-topic's number needs no stop after it; it
  // stays in the title, as a version would, `2.5 project`, which it may be)
  if (!m) {
    m = /^\s{0,2}(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\s+(\p{Lu}.{0,58})$/u.exec(text);
    // (not a paragraph that opens with a number: `2.5 Million downloads were counted in March` / `and most of ...`)
    if (m && j === i + 1 && /^\s*\p{Ll}/u.test(next.text)) m = null;
    if (m) m[2] = `${m[1]} ${m[2]}`;
  }
  // (a topic with who leads it and for how long after it in brackets may run longer: TDF's board minutes, `5. Status Report,
  // Discuss: Improve tendering process (tdf-board, 5 mins)`)
  if (!m) m = /^\s{0,2}(\d{1,2}|[IVX]{1,4})[.)]\s+(\S.{0,58}?\s\([^()]{2,50}\))\s*$/.exec(text);
  const sub = m !== null && (/[.a-h]/.test(m[1]) || /^[A-H]\d$/.test(m[1]));
  if (m && !/[.,;:]\s*$/.test(m[2]) && !/^\s{0,2}(\d{1,2}|[IVX]{1,4})[.)]\s/.test(next.text)) {
    const bulletNext = BULLET_RE.test(next.text);
    // (a paragraph of two lines or more, not the item's link or its note in brackets)
    const proseBelow = j === i + 1 && !bulletNext && next.indent <= line.indent + 2 && next.text.trim().length >= 30 &&
      !/^\s*[(<\[]/.test(next.text) && !next.text.includes('://') && j + 1 < lines.length &&
      // (or one long line: a paragraph its mailer did not wrap, `2) Agenda Bashing` / `Dave thinks there are only two AOB items ...`)
      ((isText(lines[j + 1]) && !BULLET_RE.test(lines[j + 1].text)) || (!isText(lines[j + 1]) && next.text.trim().length >= 72));
    // (or after a blank, a paragraph indented under it: `1) gtk+ meeting at GUADEC` over what was said)
    // (its first paragraph may be one line, the block going on after a blank: OGB minutes' `1) Distribution Community Proposal` /
    // blank / `    No additional discussion prior to a vote.` / blank / `    Approve: Alan, Ben, Glynn, Rich`)
    const indentedBelow = j > i + 1 && !bulletNext && next.indent > 1 && next.indent <= line.indent + 4 &&
      (isText(lines[j + 1]) ? !BULLET_RE.test(lines[j + 1].text) : isText(lines[j + 2]) && lines[j + 2].indent === next.indent && !BULLET_RE.test(lines[j + 2].text));
    // (a Roman-numbered topic over its link, then what was said: `IV. Paul Larson - gcov patch` / `http://...` / blank / ` resync of ...`)
    const after = j === i + 1 && /^[IVX]+$/.test(m[1]) && /^\s*https?:\/\/\S+\s*$/.test(next.text) ? nextText(lines, j, 1) : -1;
    const linkBelow = after > 0 && isText(lines[after]) && !BULLET_RE.test(lines[after].text) && !/^\s{0,2}(\d{1,2}|[IVX]{1,4})[.)]\s/.test(lines[after].text);
    // (a decimal sub-topic over its bullets set in below it after a blank, as its topic's are: SLUG's committee
    // minutes, ` 1.1 Handover to new exec` / blank / `  - Pete and Jan need to become ...`)
    const bulletsInBelow = bulletNext && j > i + 1 && next.indent > line.indent && /^\d{1,2}\.\d{1,2}$/.test(m[1]);
    if (sub ? proseBelow || indentedBelow || bulletsInBelow || (j > i + 1 && next.indent <= 1 && !bulletNext) : !numberedListGoesOn(lines, i) && ((bulletNext && next.indent >= 0) || (j > i + 1 && next.indent <= 1) || proseBelow || indentedBelow || linkBelow)) {
      return { index: i, end: i, title: cleanTitle(m[2]), style: 'numbered', level: sub ? 2 : 1 };
    }
  }
  // git's `What's in git.git`: `* The 'maint' branch has these fixes since ...` over its shortlog
  // (` Arjen Laarhoven (4):` and the commits below)
  if (line.indent === 0 && /^\*\s+\S/.test(text)) {
    let end = i;
    while (end + 1 < lines.length && end < i + 2 && isText(lines[end + 1]) && lines[end + 1].indent >= 1 && !/\(\d+\):\s*$/.test(lines[end + 1].text)) end++;
    const k = nextText(lines, end);
    if (k > end + 1 && /\(\d+\):\s*$/.test(lines[k].text)) {
      const title = lines.slice(i, end + 1).map((l) => l.text.trim()).join(' ').replace(/^\*\s+/, '');
      return { index: i, end, title: cleanTitle(title), style: 'bullet', level: 1 };
    }
  }
  if (BULLET_RE.test(text)) return null;
  const caps = CAPS_RE.exec(text) ?? capsWithVersion(text) ?? CAPS_PAREN_RE.exec(text);
  if (caps && /[A-Z].*[A-Z]/.test(caps[1]) && caps[1].replace(/\([^()]*\)/g, '').trim().split(/\s+/).length <= 8) {
    return { index: i, end: i, title: cleanTitle(caps[1]), style: 'caps', level: 1 };
  }
  // `Label:` followed by items (`(1) Core:`, `2. Dialogs:`: numbered, the number left out)
  m = /^\s{0,2}(?:(\(\d{1,2}\)|\d{1,2}[.)])\s+)?(\S.{0,58}):\s*$/.exec(text);
  const enumerated = m !== null && m[1] !== undefined;
  if (m) m = [m[0], m[2]] as unknown as RegExpExecArray;
  // (a lower-case one-word area over its bullets is a label too: Xen's `x86:` / `common:`)
  const lowerArea = m !== null && /^[a-z][\w./+-]{1,23}$/.test(m[1].trim()) && !LOWER_NOT_AREA.test(m[1].trim()) && BULLET_RE.test(next.text);
  // (a longer one that says what is done or left, over its bullets: `Things still left to do for the branch to be merged:`)
  const statusLong = m !== null && BULLET_RE.test(next.text) && m[1].trim().split(/\s+/).length <= 12 && PROGRESS_LABEL.test(m[1]);
  if (m && (m[1].trim().split(/\s+/).length <= 8 || statusLong) && (/^[\p{Lu}\p{N}]/u.test(m[1].trim()) || lowerArea) &&
      (!LEAD_IN_START.test(m[1].trim()) || STATUS_WHAT.test(m[1].trim())) &&
      // (`git shortlog`'s `Junio C Hamano (21):` over its indented commit subjects names who wrote them, not a part)
      !(SHORTLOG_AUTHOR.test(m[1]) && next.indent > line.indent) &&
      !/[.!?]\s/.test(m[1])) {
    if (BULLET_RE.test(next.text) || next.indent > line.indent || /^\s*\d{3,8}:\s/.test(next.text) || labelOf(next.text) ||
        oneLineParagraphs(lines, j) >= 2) {
      return { index: i, end: i, title: cleanTitle(m[1]), style: 'colon', level: 1 };
    }
    // `Koji:` over paragraphs: a candidate only; used when two or more such lines are found
    // (a numbered one right over its paragraph too: `(2) Dialogs:` / `The mount dialog and ...`)
    // (or any right over lines that set what it names one a line, `Mouse bugs:` over its bug links; not
    // `According to the plan below:` leading into them)
    if ((j > i + 1 || (enumerated && j === i + 1 && !BULLET_RE.test(next.text)) || (j === i + 1 && linesBelow(lines, j) && namesLines(m[1].trim()))) && next.indent <= line.indent && !/:\s*$/.test(next.text)) {
      return { index: i, end: i, title: cleanTitle(m[1]), style: 'colon', level: 1, prose: true };
    }
  }
  return null;
}

/**
 * A `Label:` right over the paragraph it heads, with no blank line between, at a break or after a
 * finished sentence: Rockbox's DevCon summary (`...yet another release.` / `GPL version:` / `We are at
 * v2, because ...`), Subversion's `The Good:` / `Lots of good changes have come in. ...`. A candidate
 * over prose only: used where two or more `Label:` lines stand so (as `Koji:` over paragraphs is).
 */
const SENTENCE_OPENING = /^\s*(?:[\p{Lu}][\p{Ll}'’]*\s+[\p{Ll}]|(?:The|A|An|This|These|We|It|Our|There)\s)/u;

/** A `Key: value` row: `Matters Arising: None`, `Chair: John Archer`. */
const KEY_VALUE_ROW = /^\s{0,2}[\p{Lu}][^:]{0,40}:\s+\S.{0,80}$/u;

/** How many of a line's first twelve words are in lower case (two letters or more; not `and`, `of`, `the`). */
function lowerWords(text: string): number {
  let n = 0;
  for (const w of text.trim().split(/\s+/).slice(0, 12)) if (/^\p{Ll}{2,}[,.;]?$/u.test(w) && !/^(?:and|or|of|the|de|van|von|der)[,.;]?$/.test(w)) n++;
  return n;
}

function tightLabelOverProse(lines: Line[], i: number): Heading | null {
  const line = lines[i];
  const text = line.text;
  if (line.indent > 2 || text.length > 60 || !text.endsWith(':')) return null;
  // (or after a `Key: value` row, minutes' `Matters Arising: None` / `Chairman's report:`)
  const before = prevIsBreak(lines, i) || (/[.!?]\s*$/.test(lines[i - 1].text) && !BULLET_RE.test(lines[i - 1].text)) || KEY_VALUE_ROW.test(lines[i - 1].text);
  const next = lines[i + 1];
  if (!before || !next || !isText(next) || next.indent > line.indent || BULLET_RE.test(next.text) || /:\s*$/.test(next.text)) return null;
  // (what follows is a sentence: a capital, then a word in lower case, and a paragraph's length; not a
  // roll of names, TDF board minutes' `In the meeting:` / `Lothar Becker (Board Chair), Cor Nouws ...`)
  // (or a sentence that opens with two capitals, `Retiring Trustees this year, Mike Rushton and John Archer, put
  // themselves up`, `JA's first year as Society Chairman.`: three words in lower case, other than a roll's `and`;
  // under a label in words, not a marker in capitals: openbmc's `DISCUSSION:` / `Port Facebook Measured boot to openbmc`)
  if (!(SENTENCE_OPENING.test(next.text) || (/^\s*\p{Lu}/u.test(next.text) && /\p{Ll}/u.test(text) && lowerWords(next.text) >= 3)) || next.text.trim().length < 30 || next.text.includes('://')) return null;
  // (not over a list's own title wrapped on two lines and its bullets: Z.C++'s `Mostly copied from four weeks ago:` /
  // `Test case sets that would be good to have in time for the Z.C++ 0.0.2` / `release` / `* z_cpp: ...`, a remark)
  for (let k = i + 2; k < Math.min(lines.length, i + 4) && isText(lines[k]); k++) if (BULLET_RE.test(lines[k].text)) return null;
  const m = /^\s{0,2}([\p{Lu}\p{N}][^:]{1,58}):\s*$/u.exec(text);
  if (!m || m[1].trim().split(/\s+/).length > 6 || LEAD_IN_START.test(m[1].trim()) || /[.!?]\s/.test(m[1]) || labelOf(text)) return null;
  return { index: i, end: i, title: cleanTitle(m[1]), style: 'colon', level: 1, prose: true };
}

/**
 * An ALL-CAPS line holding a version (`XEN 4.3.0-rc1 RELEASE`, `GCC 4.9.0 STATUS`, `LINUX v3.10`):
 * every word is upper case or a version, and at least one is an upper-case word of 2+ letters.
 */
function capsWithVersion(text: string): RegExpExecArray | null {
  const t = text.trim().replace(/:$/, '');
  if (text.length > 60 || !/^\s{0,2}\S/.test(text) || !/\d/.test(t)) return null;
  const words = t.split(/\s+/);
  if (words.length > 8) return null;
  let capsWord = false;
  for (const w of words) {
    if (/^[A-Z][A-Z&/'()+,-]+$/.test(w)) capsWord = true;
    else if (!/^[-(]?v?\d+(?:\.\d+)*(?:-?(?:rc|pre|alpha|beta|final)\d*)?[),]?$/i.test(w) && !/^[A-Z0-9&/'()+.,-]+$/.test(w)) return null;
  }
  if (!capsWord) return null;
  const m = /^(.*)$/.exec(t) as RegExpExecArray;
  return m;
}

/**
 * `1. Finish the design` / `   - reviewed` / `2. Land SSL` with no blank line between: a numbered
 * list whose items have bullet children, not numbered headings (those stand apart, as in
 * `1) Streaming agent` + bullets + blank line + `2) spice-gtk`). Looks at most 40 lines ahead.
 */
function numberedListGoesOn(lines: Line[], i: number): boolean {
  const col = lines[i].indent;
  for (let k = i + 1; k < lines.length && k < i + 40 && isText(lines[k]); k++) {
    if (lines[k].indent <= col + 1 && /^\s{0,3}(\d{1,2}|[IVX]{1,4})[.)]\s/.test(lines[k].text)) return true;
  }
  return false;
}

/**
 * Two or more plain lines right under a `Label:`, none a bullet, a `Key: value` row or a long unwrapped
 * line: what it names set one per line (kvm's PUCK notes: `Future Schedule:` / `June 7th  - pKVM on x86` /
 * `June 14th - Available!`; Moonlight's status: `Mouse bugs:` over one bug link a line).
 */
function linesBelow(lines: Line[], j: number): boolean {
  for (let k = j; k < j + 2; k++) {
    const l = lines[k];
    if (!isText(l) || BULLET_RE.test(l.text) || l.text.trim().length > 100 || /^\s*[\p{L}][\p{L} ]{0,20}:\s+\S/u.test(l.text)) return false;
  }
  return true;
}

/**
 * A `Label:` over lines that names them, five words at most: not a sentence that leads into them (`According to
 * the plan below:`, `The topic of discussion was:`, `Who said something:`, `All 5 Directors were present at the meeting:`).
 */
function namesLines(t: string): boolean {
  return t.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length <= 5 && !/\b(?:below|following|these|this|here|was|were|is|are)$/i.test(t) && !/^(?:who|what|which|how)\b/i.test(t);
}

/** How many one-line paragraphs (a line between blanks) follow each other from line `j`. */
export function oneLineParagraphs(lines: Line[], j: number): number {
  let n = 0;
  for (let k = j; k < lines.length && n < 3; ) {
    if (!isText(lines[k]) || isText(lines[k + 1]) || BULLET_RE.test(lines[k].text)) break;
    n++;
    k++;
    while (k < lines.length && !isText(lines[k])) k++;
  }
  return n;
}

/** A sub-label line (`Upcoming:`) placed like a colon heading: at a break, followed by items. */
function labelHeadingAt(lines: Line[], i: number): Heading | null {
  const line = lines[i];
  const lab = labelOf(line.text);
  if (!lab || line.indent > 2 || !prevIsBreak(lines, i) || line.text.trim().startsWith('[')) return null;
  const j = nextText(lines, i);
  if (j < 0 || !(BULLET_RE.test(lines[j].text) || lines[j].indent > line.indent)) return null;
  return { index: i, end: i, title: cleanTitle(line.text.replace(/[*_]/g, '')), style: 'colon', level: 1 };
}

/**
 * `Current Progress:` / `Work in progress:` / `What to do next:` over paragraphs (GSoC weekly
 * reports): label words that head prose rather than items are the post's headings.
 */
function labelsOverProse(lines: Line[]): Heading[] {
  const out: Heading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!isText(l) || l.indent > 2 || l.text.length > 60 || !/:\s*$/.test(l.text)) continue;
    if (i > 0 && isText(lines[i - 1])) continue;
    const word = labelOf(l.text) ?? (/^\s*(what('s| is)? (to do )?next|current progress|progress|summary)\s*:\s*$/i.exec(l.text)?.[1] ?? null);
    if (!word) continue;
    const next = lines[i + 1];
    if (!isText(next) || BULLET_RE.test(next.text)) continue;
    out.push({ index: i, end: i, title: cleanTitle(l.text.replace(/:\s*$/, '')), style: 'colon', level: 1, prose: true });
  }
  return out;
}

const NOT_A_TITLE = /^(hi|hello|hey|dear|thanks|thank you|cheers|regards|best|ciao|greetings|sincerely|yours|bye|cc|fyi|ps|p\.s)\b/i;

/**
 * Unmarked title lines (`Development Focus`, `Release assignments`): at the left margin after a
 * blank line, short (2-60 characters, at most 7 words), starting with a capital or a digit, no
 * sentence punctuation at the end, no URL, not a greeting or sign-off, and visibly shorter than
 * the content right below it (a longer line, an indented line or a bullet).
 */
/**
 * The lines of a table a web page's copy flattened into one cell to a line, each alone between blank lines (Zephyr's
 * TSC minutes of 2020: `Amber Hibberd` / `Yes` / `Ioannis Glaropoulos` / `Yes` ...; an OASIS roster's `Group Member`
 * after every name): a run of eight or more one-line paragraphs in which one cell's text comes back three times or
 * more. None of them is a title. Null when the post has none.
 */
function tableCells(lines: Line[]): Set<number> | null {
  let cells: Set<number> | null = null;
  let run: number[] = [];
  const close = () => {
    if (run.length >= 8) {
      const seen = new Map<string, number>();
      for (const k of run) {
        const t = lines[k].text.trim().toLowerCase();
        seen.set(t, (seen.get(t) ?? 0) + 1);
      }
      // (the table is where its repeated cells are: the titles around it, `Location` above, `Out of Office / Vacations`
      // below, stand alone between blank lines too)
      const repeated = run.filter((k) => (seen.get(lines[k].text.trim().toLowerCase()) ?? 0) >= 3);
      if (repeated.length >= 3) for (const k of run) if (k >= repeated[0] && k <= repeated[repeated.length - 1]) (cells ??= new Set()).add(k);
    }
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    if (!isText(lines[i])) continue;
    const alone = !isText(lines[i - 1]) && !isText(lines[i + 1]) && lines[i].text.length <= 80;
    if (alone) run.push(i);
    else close();
  }
  close();
  return cells;
}

/** A key and its number on a line, `Common: 51087`, `Total: 12`, `Coverage: 87.5%`: a count, never a title. */
const KEY_NUMBER = /^\s*[\p{L}][\p{L} .-]{0,30}:\s*[-+]?\$?\d[\d,.]*%?\s*$/u;

/** A line of linux-next's merge log (items.ts reads it as an item). */
const MERGE_LINE = /^Merging [^\s()]+ \(/;

function lineHeadings(lines: Line[]): Heading[] {
  const out: Heading[] = [];
  const cells = tableCells(lines);
  // title lines with nothing of their own below, only the next title (a page's sections whose lists
  // the archive dropped: This Week in Rust's `Rust Walkthroughs`): kept when the post has two others
  const bare: Heading[] = [];
  const near: Heading[] = [];
  const lowerOut: Heading[] = [];
  let signOff = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const after = signOff;
    if (isText(l)) signOff = SIGN_OFF.test(l.text);
    if (!isText(l) || l.indent !== 0 || (i > 0 && isText(lines[i - 1]) && !tightTitle(lines, i) && !capsBetween(lines, i))) continue;
    const t = l.text.trim();
    // (a title may start in lower case, `gvfs archive backend`, `status of 2.7 feature list`: one after a blank line,
    // beside two or more capitalised ones)
    const lower = /^\p{Ll}/u.test(t) && (i === 0 || !isText(lines[i - 1])) && titleShaped(t.charAt(0).toUpperCase() + t.slice(1));
    // (a topic numbered by its ticket is shaped as its words are: `#44 Proposal about openSUSE.Asia summit 2022`, openSUSE's
    // board minutes)
    const ticketed = t.charCodeAt(0) === 35 && /^#\d{1,5}\s+(?=\p{Lu})/u.test(t) && titleShaped(t.replace(/^#\d{1,5}\s+/, ''));
    if ((!lower && !ticketed && !titleShaped(t)) || BULLET_RE.test(l.text)) continue;
    // (a line that closes a parenthesis it did not open ends the line above, wrapped: `Greg Kroah-Hartman, etc.)` under
    // `o in 2.5.2    Initial support for USB 2.0    (David Brownell,`, the 2.5 kernel's status list of 2002)
    // (not an enumerator's, `6a) AOB`)
    if (/^(?!\w{1,3}\))[^(]*\)/.test(t)) continue;
    // (the name under `Thanks,` signs the mail)
    if (after) continue;
    // (linux-next's merge log, `Merging ext4-fixes/fixes (d0b3b7b22dfa Linux 6.16-rc4)` among lines a mail client
    // wrapped: each a line of the log, an item, never a title)
    if (t.startsWith('Merging ') && MERGE_LINE.test(t)) continue;
    if (cells?.has(i)) continue;
    let j = i + 1;
    while (j < lines.length && j <= i + 4 && !isText(lines[j])) j++;
    const next = lines[j];
    if (!isText(next)) continue;
    const below = next.text.trim();
    // (or a `Label:` over its own list: Debian's `Known blockers` / blank / `The RC bug list (according to UDD):`)
    if (j > i + 2 || !(next.indent > 0 || BULLET_RE.test(next.text) || below.length >= Math.max(40, t.length + 15) || (j === i + 2 && /^[\p{Lu}].{2,58}:$/u.test(below) && listBelow(lines, j)) ||
        (j === i + 1 && chainHead(lines, i) && tightRun(lines)) || (j === i + 1 && stackHead(lines, i)))) {
      if (lower) continue;
      // (the next title stands a blank line or a few below, alone in its paragraph too)
      if (j >= i + 2 && next.indent === 0 && !isText(lines[j + 1]) && titleShaped(below) && !isText(lines[i - 1])) bare.push({ index: i, end: i, title: t, style: 'line', level: 1 });
      // (or a shorter sentence right below: `AR Review` / `All ARs reviewed and completed.`, beside the post's other title lines)
      else if (j <= i + 2 && next.indent === 0 && !BULLET_RE.test(next.text) && below.length > t.length + 10 && below.split(/\s+/).length >= 4 && !/,|^\p{Lu}\. \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(t) && !isText(lines[i - 1])) near.push({ index: i, end: i, title: t, style: 'line', level: 1 });
      continue;
    }
    (lower ? lowerOut : out).push({ index: i, end: i, title: t, style: 'line', level: 1 });
  }
  const taken = out.length >= 2 && lowerOut.length > 0 ? [...out, ...lowerOut].sort((a, b) => a.index - b.index) : out;
  return withQuestions(out.length < 2 || bare.length + near.length === 0 ? taken : [...taken, ...bare, ...near].sort((a, b) => a.index - b.index));
}

/**
 * A short question on a line of its own is a topic beside two or more title lines that are none
 * (Open MPI's telcon minutes: `Review Master?` among `Review v2.0.x`, `Review v1.10`); questions alone
 * are as often an announcement's FAQ (`Who is eligible?` / `How do nominations work?`) as a report's topics.
 */
function withQuestions(found: Heading[]): Heading[] {
  const asks = found.filter((h) => h.title.endsWith('?')).length;
  return asks > 0 && found.length - asks < 2 ? found.filter((h) => !h.title.endsWith('?')) : found;
}

/**
 * The one title line of a post that has no other heading (`Squeeze Release` / blank / `The monthly RFH
 * section is once more for the Squeeze Release. ...` in Bits from the DPL, November 2010): a `line`
 * heading over its prose below two or more lines of the post's own, not a date (`March 1, 2019, 4:09 p.m.
 * UTC` over a quoted patch) nor a generic word alone (`Activities`: a label a layout cannot tell from a title).
 */
function nearTextAbove(lines: Line[], i: number): number {
  let k = i - 1;
  while (k >= 0 && !isText(lines[k])) k--;
  return k;
}

function loneTitle(lines: Line[], h: Heading): Heading | null {
  if (h.style !== 'line' || lines.slice(0, h.index).filter(isText).length < 2) return null;
  if (DATED.test(h.title) || /\d:\d\d/.test(h.title) || isGenericHeading(h.title)) return null;
  // (a short sentence that leads into what follows is none: `We already have nice page here`, `And a backtrace
  // from gdb`, `358c56c is described below`, `The new lme4 will provide`)
  if ((SENTENCE_START.test(h.title) && !/^the\s/i.test(h.title)) || LEAD_IN_START.test(h.title) || /^(?:and|anyway|in addition|why)\b/i.test(h.title) ||
      /,|\b(?:below|see|like|follows?|provides?|satisfy|is|are|will)$/i.test(h.title)) return null;
  // (a line a contents list names is read with the others it names: contents.ts)
  if (lines.some((l, k) => k < h.index && isText(l) && BULLET_RE.test(l.text) && l.text.includes(h.title))) return null;
  // (set off by a blank line or over a list, with three lines or more of its own: not a name that signs
  // the post, `Lyndon` over his address, nor a short sentence run on onto the next line, `The code is
  // available in branch` / its link; not a wrapped line's end, `Hideaki, USAGI team)`)
  const j = nextText(lines, h.index);
  if (j < 0 || (j === h.index + 1 && !BULLET_RE.test(lines[j].text)) || lines.slice(h.index + 1).filter(isText).length < 3) return null;
  // (nor the name over a postscript or a signature's rule: `Kenneth` / blank / `P.S.  All C99/C++0X ...`)
  // (or under a question or a request to the reader, `Does anything in the twisted world need it?` / `Barry`)
  const above = lines[nearTextAbove(lines, h.index)]?.text ?? '';
  if (isRule(lines[j].text) || /^\s*p\.?\s?s\b/i.test(lines[j].text) || SIGN_OFF.test(above) || SIGN_OFF.test(h.title) || /\?\)?\s*$/.test(above)) return null;
  if (!/\p{L}{2}/u.test(h.title) || h.title.includes('<')) return null;
  if (/[-)]$/.test(h.title) && !h.title.includes('(')) return null;
  return h;
}

/**
 * A line that could name a section: short, capitalised, not a sentence, a greeting, a link, a list number or a `Key: value` row.
 * (A question of two to four words may be one: `Review Master?`, `Testing setup?`, not a table's `Attended?`; see withQuestions.)
 */
function titleShaped(t: string): boolean {
  if (t.length < 2 || t.length > 60 || t.split(/\s+/).length > 7 || !/^[\p{Lu}\d`]/u.test(t) || /[.,;!:]$|^(?:\S+\s+){4,}\S+\?$|^\S+\?$|\s[-–]$/.test(t)) return false;
  if (NOT_A_TITLE.test(t) || looksLikeUrlOrMail(t) || isRule(t) || /^\d+[.)]\s/.test(t)) return false;
  // `Key: value` rows and wrapped sentences (`I have created today's tree at`) are not titles
  return !(/:\s+\S/.test(t) || /\s(at|to|of|the|a|an|and|or|for|in|on|with|by|from|is|are|was|be|that|this)$/i.test(t));
}

/** `Thanks,`, `Cheers,`, `Best regards,`: the line above a name that signs the mail. */
// (and other languages' own: Danish and Norwegian `Hilsen Gitte`, `Mvh`, German `Grüße`, Spanish `Saludos`, Italian `Saluti`, Dutch `Groeten`)
const SIGN_OFF = /^\s*(?:thanks|thank you|many thanks|cheers|regards|best|best regards|kind regards|warm regards|sincerely|yours|all the best|ciao|(?:venlig |med venlig )?hilsen|mvh|gr(?:ü|ue)(?:ß|ss)e|gru(?:ß|ss)|saludos|saluti|groeten|cordialement)(?![\p{L}])[^.]{0,20}[,!]?\s*$/iu;

/**
 * `BUILD SYSTEM` between two paragraphs that no blank line parts (Geronimo's state of the project,
 * 2003): a line in capitals after a sentence's end is a heading though nothing sets it off.
 */
function capsBetween(lines: Line[], i: number): boolean {
  // (`SPECIFICATION APIs`: an acronym's plural keeps its small s)
  const t = lines[i].text.trim().replace(/(?<=\p{Lu}{2})s(?=\s|$)/gu, 'S');
  return /^[\p{Lu}\d][\p{Lu}\d &/+-]{3,38}[\p{Lu}\d]$/u.test(t) && (t.match(/\p{Lu}/gu) ?? []).length >= 4 && !/\p{Ll}/u.test(t)
    && /[.!?:)]$/.test(lines[i - 1].text.trim()) && lines[i - 1].text.trim().length >= 40;
}

/** Is the first line of text below line `j` a bullet or indented (a list under it)? */
function listBelow(lines: Line[], j: number): boolean {
  const k = nextText(lines, j);
  return k > j && (BULLET_RE.test(lines[k].text) || lines[k].indent > lines[j].indent);
}

/**
 * Notes of a call written as topics with their points right below (`Benchmarking LLVM 9 builds of
 * the kernel` / `- Nathan trying this out...`): a line at the left margin after a blank line, with
 * a bullet on the very next line, short enough to be a name (at most 80 characters, 12 words), not
 * a sentence's end or a `Key: value` row. Only two or more of them make a post's topics.
 */
function topicsOverBullets(lines: Line[]): Heading[] {
  const out: Heading[] = [];
  for (let i = 0; i < lines.length - 1; i++) {
    const l = lines[i];
    if (!isText(l) || l.indent !== 0 || (i > 0 && isText(lines[i - 1]))) continue;
    const next = lines[i + 1];
    if (!isText(next) || !BULLET_RE.test(next.text) || BULLET_RE.test(l.text)) continue;
    const t = l.text.trim();
    if (t.length < 2 || t.length > 80 || t.split(/\s+/).length > 12 || /[.,;:!]$/.test(t) || /^\d+[.)]\s/.test(t)) continue;
    if (NOT_A_TITLE.test(t) || looksLikeUrlOrMail(t) || isRule(t) || /:\s+\S/.test(t)) continue;
    // (`I worked on the following` over its list is a sentence that leads in, not a topic)
    if (/\s(at|to|of|the|a|an|and|or|for|in|on|with|by|from|is|are|was|be|that|this|following|these|below)$/i.test(t) || /^(?:i|we|here|this|these|the following)\b/i.test(t)) continue;
    out.push({ index: i, end: i, title: t, style: 'line', level: 1 });
  }
  return out;
}

/**
 * Minutes written with no blank lines (`Regrets: Philipp` / `Financial` / `- Ryan had shared...`): a
 * name of a few words right over a bullet, after a finished line (a bullet, a `Key: value` row, a
 * sentence's end) rather than inside a paragraph.
 */
function tightTitle(lines: Line[], i: number): boolean {
  if (stackHead(lines, i)) return true;
  const t = lines[i].text.trim();
  const next = lines[i + 1];
  if (!next || !isText(next) || t.length > 60 || t.split(/\s+/).length > 8) return false;
  // (over a bullet; or, up to 60 characters, over a paragraph its mailer did not wrap or a long
  // sentence: notes pasted from a web page, `X11 Disablement` / `Matthias noted that Canonical ...`)
  const over = BULLET_RE.test(next.text) ? t.length <= 30 && t.split(/\s+/).length <= 4 || tightRun(lines)
    : ((next.text.trim().length >= 50 && /^[\p{Lu}]/u.test(next.text.trim())) || chainHead(lines, i)) && tightRun(lines);
  if (!over) return false;
  const prev = lines[i - 1].text.trim();
  return BULLET_RE.test(lines[i - 1].text) || /[.!?)]$/.test(prev) || /^[\p{L}][\p{L} ]{0,20}:\s+\S/u.test(prev) || (i > 1 && chainHead(lines, i - 1)) || (i > 1 && stackHead(lines, i - 1));
}

/**
 * A part's title with nothing of its own, right over the first topic's in notes with no blank lines
 * (Jenkins governance meeting notes, 2023: `- No break expected in weekly release schedules` / `Agenda` /
 * `News` / `- Jenkins 2.426.1 released Nov 15, 2023`): a word or two after a finished line, over a short
 * capitalised line that is over a bullet, in a post with other such titles.
 */
function stackHead(lines: Line[], i: number): boolean {
  const a = lines[i + 1];
  const b = lines[i + 2];
  if (i < 1 || !isText(lines[i - 1]) || !isText(a) || !isText(b) || lines[i].indent !== 0 || a.indent !== 0) return false;
  const t = lines[i].text.trim();
  if (t.length > 30 || t.split(/\s+/).length > 3 || !/^[\p{Lu}]/u.test(t) || /[.,;:!?]$/.test(t) || BULLET_RE.test(lines[i].text)) return false;
  const prev = lines[i - 1].text.trim();
  if (!(BULLET_RE.test(lines[i - 1].text) || /[.!?)]$/.test(prev))) return false;
  const u = a.text.trim();
  if (u.length > 60 || u.split(/\s+/).length > 8 || !/^[\p{Lu}]/u.test(u) || /[.,;:!?]$/.test(u) || BULLET_RE.test(a.text) || !BULLET_RE.test(b.text)) return false;
  return tightRun(lines);
}

/**
 * A part's title right over its first topic's, in notes with no blank lines (`...architecture support.` /
 * `Details` / `Fedora Flatpaks Issues` / `Michael Catanzaro identified that ...`: Fedora desktop meeting
 * summaries, 2025): a word or a few after a finished sentence, over a short capitalised line that is over
 * a long one.
 */
function chainHead(lines: Line[], i: number): boolean {
  const t = lines[i].text.trim();
  const a = lines[i + 1];
  const b = lines[i + 2];
  if (!isText(lines[i - 1]) || !isText(a) || !isText(b) || lines[i].indent !== 0 || a.indent !== 0) return false;
  if (t.split(/\s+/).length > 3 || !/^[\p{Lu}]/u.test(t) || /[.,;:!?]$/.test(t) || !/[.!?)]$/.test(lines[i - 1].text.trim())) return false;
  const u = a.text.trim();
  return u.length <= 60 && u.split(/\s+/).length <= 8 && /^[\p{Lu}\d]/u.test(u) && !/[.,;:!?]$/.test(u) && b.text.trim().length >= 50 && /^[\p{Lu}]/u.test(b.text.trim());
}

/** Posts whose headings sit with no blank line around them hold several: another short line over a bullet or a paragraph elsewhere in the post. */
function tightRun(lines: Line[]): boolean {
  // (once per post: every line of a long post may ask)
  const known = tightRuns.get(lines);
  if (known !== undefined) return known;
  let n = 0;
  for (let k = 1; k + 1 < lines.length && n < 2; k++) {
    const l = lines[k];
    if (!isText(l) || l.indent !== 0 || !isText(lines[k - 1]) || !isText(lines[k + 1])) continue;
    const t = l.text.trim();
    if (t.length > 60 || t.length < 3 || /[.,;:!?]$/.test(t) || !/^[\p{Lu}]/u.test(t) || BULLET_RE.test(l.text) || t.split(/\s+/).length > 8) continue;
    const prev = lines[k - 1].text.trim();
    if (!(BULLET_RE.test(lines[k - 1].text) || /[.!?)]$/.test(prev) || (k > 1 && chainHead(lines, k - 1)))) continue;
    if (BULLET_RE.test(lines[k + 1].text) || lines[k + 1].text.trim().length >= 50) n++;
  }
  tightRuns.set(lines, n >= 2);
  return n >= 2;
}

const tightRuns = new WeakMap<Line[], boolean>();

/**
 * Minutes-style `* Topic` lines at column 0-1 whose items are bullets of another marker indented
 * below them (`* Pending Action Items:` / `    + poke Julian (Caolan)`, `- libmuser:` / `    * ...`):
 * each such line is a heading (a short one, unless it is `*` over `+`). Its wrapped continuation
 * lines belong to the title.
 */
function bulletHeadings(lines: Line[]): Heading[] {
  const out: Heading[] = [];
  const sameMarginOnes: Array<[string, Heading]> = [];
  const gappedOnes: Heading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!isText(line) || line.indent > 1 || line.text.length > 300) continue;
    // (a plain-text outline's `o` bullet too: `o aacraid` over ` - manufacturer: ADAPTEC`)
    const m = /^\s?([*+•-]|o(?= ))\s+(\S.*)$/.exec(line.text);
    if (!m) continue;
    const parts = [m[2]];
    let k = i + 1;
    while (k < lines.length && k < i + 4 && isText(lines[k]) && lines[k].indent > line.indent && !BULLET_RE.test(lines[k].text)) parts.push(lines[k++].text.trim());
    let next = lines[k];
    // (`* The 'master' branch has these since the last announcement.` / blank / ` - Andy Whitcroft spotted ...`:
    // git's `What's in git.git`, a `*` topic at the margin over its points after a blank line; taken only where
    // two or more stand so)
    let gapped = false;
    if (next !== undefined && !isText(next) && m[1] === '*' && line.indent === 0) {
      const k2 = nextText(lines, k - 1, 1);
      if (k2 > k && lines[k2].indent > 0 && /^\s*[-+•]\s+\S/.test(lines[k2].text)) { next = lines[k2]; gapped = true; }
    }
    // the items below wear another marker (`- libmuser:` over `    * ...`): a topic over its points
    // (an outliner's `• Hackfest` over `  ∘ Planned for October`, `‣` below that)
    const sub = isText(next) ? /^\s*([*+•\-∘◦‣▪]|o)\s+\S/.exec(next.text) : null;
    // (at the same margin only a short name over them: `+ Georg:` over `- Coordinating work ...`)
    const title = parts.join(' ');
    // (or a topic of a few words in bullets of its own: `• GDBus status update (mclasen, davidz)` over `- we have a merge branch`)
    const sameMargin = next !== undefined && next.indent === line.indent && parts.length === 1 &&
      ((title.split(/\s+/).length <= 3 && title.length <= 30) || (m[1] === '•' && title.split(/\s+/).length <= 8 && title.length <= 60 && !/[.,;]$/.test(title)));
    if (!sub || (next.indent <= line.indent && !sameMargin) || sub[1] === m[1]) continue;
    if (m[1] !== '*' && (title.length > 60 || title.split(/\s+/).length > 8)) continue;
    const h: Heading = { index: i, end: k - 1, title: cleanTitle(title), style: 'bullet', level: 1 };
    if (gapped) gappedOnes.push(h);
    else if (next.indent <= line.indent) sameMarginOnes.push([m[1], h]);
    else out.push(h);
    i = k - 1;
  }
  // names at the margin are headings only when two or more wear the same marker (`+ Georg:`, `+ Gus`),
  // not in a list that merely changes marker (`* star`, `- dash`, `+ plus`)
  const named = sameMarginOnes.filter(([marker]) => sameMarginOnes.filter(([x]) => x === marker).length >= 2).map(([, h]) => h);
  // (under such names, a point with points of its own is a point: `• GDBus status update` / `- xi2-related: ...` / `  + win32 ...`)
  const first = named.length ? Math.min(...named.map((h) => h.index)) : Infinity;
  if (gappedOnes.length >= 2) out.push(...gappedOnes);
  return out.filter((h) => h.index < first).concat(named).sort((a, b) => a.index - b.index);
}

// (after a space: a remark's parentheses, not a Markdown link's target, `[slides](https://...)`, which is part of the line)
const PARENTHESISED = /\s+\((?:[^()]|\([^()]*\))*\)/g;

/**
 * Notes kept as one outline (Jenkins governance meeting notes, 2022: `  • News` / `    • Jenkins 2.332.2 LTS
 * released` / `  • Action items` / `    • Mark Waite check with ...`): the top-level points, each a short name
 * with points of its own below it, are the topics, when three or more stand so and most of them have points
 * below. The outline must be the post: no paragraph of prose among its lines.
 */
function outlineTopics(lines: Line[]): Heading[] {
  const bullets: Array<{ i: number; indent: number; title: string }> = [];
  let prose = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!isText(l)) continue;
    const m = BULLET_RE.exec(l.text);
    if (m) bullets.push({ i, indent: l.indent, title: m[3].trim() });
    else if (bullets.length > 0) prose++;
  }
  if (bullets.length < 6 || prose > 2) return [];
  const top = Math.min(...bullets.map((b) => b.indent));
  const heads = bullets.filter((b) => b.indent === top);
  const over = heads.filter((b) => {
    const next = lines[b.i + 1];
    return isText(next) && BULLET_RE.test(next.text) && next.indent > top;
  });
  if (heads.length < 3 || over.length * 3 < heads.length * 2) return [];
  // (a short name's colon is a label's, `-   Attendees:` over the names; a longer line's leads into its points)
  // (its links in parentheses no part of its length: Emacs News' `- Upcoming events ([iCal file] (<https://...>), [Org] (...))`)
  const bare = (t: string) => t.replace(PARENTHESISED, '');
  if (heads.some((b) => bare(b.title).length > 100 || /[.;]$/.test(b.title) || (b.title.endsWith(':') && bare(b.title).split(/\s+/).length > 4))) return [];
  // (not a contents list, its names found again below it: Fedora Weekly News' `* Announcements` / `  * ...` index)
  // (nor a numbered one, a contents list: `   1. Announcements` / `         1. Fedora 8 Test 1 slipping`, `  * 1 Data and Trends`;
  // nor one under `Contents`: Wikimedia's monthly reports)
  if (heads.some((b) => /^\d/.test(lines[b.i].text.trim()) || /^\d/.test(b.title))) return [];
  const key = (t: string) => t.replace(/^\W*\d+(?:\.\d+)*[.)]?\s+/, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const named = new Set(heads.map((b) => key(b.title)));
  if (lines.some((l, k) => k > heads[0].i && isText(l) && !BULLET_RE.test(l.text) && named.has(key(l.text)))) return [];
  const above = lines[nearTextAbove(lines, heads[0].i)];
  if (above && /^\s*(?:table of )?contents\s*:?\s*$/i.test(above.text)) return [];
  return heads.map((b) => ({ index: b.i, end: b.i, title: cleanTitle(b.title), style: 'bullet', level: 1 }));
}

/**
 * Minutes' `* Board priorities` over the paragraph of what was said (no items below it): topics,
 * when two or more stand so, each after a blank line, short and with no sentence end.
 */
/**
 * A paragraph of one finished sentence a mailer left on one line (Arch Linux's status report:
 * `* New Announcement Mailing List` / blank / `In a bit of irony, this will be the first email to
 * this new list, I believe.`): what a topic says, as a paragraph of two lines is.
 */
function oneSentenceParagraph(l: Line): boolean {
  const t = l.text.trim();
  return t.length >= 50 && /[.!?]$/.test(t) && /^[\p{Lu}]/u.test(t);
}

function starTopics(lines: Line[], underMarked = false): Heading[] {
  const out: Heading[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i];
    if (!isText(l) || l.indent !== 0 || l.text.length > 70 || !prevIsBreak(lines, i)) continue;
    // (`- tgt core` / `-- kernel-space` / what was done: a doubled dash is a sub-topic)
    const m = /^([*•]|--?)\s+(\S.{0,60})$/.exec(l.text);
    if (!m || /[.,;!?]$/.test(m[2].trim()) || m[2].split(/\s+/).length > 8 || looksLikeUrlOrMail(m[2])) continue;
    const j = nextText(lines, i, 1);
    const next = lines[j];
    const level = m[1] === '--' ? 2 : 1;
    // (a topic right over its first sub-topic, after a blank)
    const subTopic = level === 1 && m[1] === '-' && j === i + 2 && /^--\s+\S.{0,60}$/.test(next.text);
    if (!subTopic) {
      if (j < 0 || next.indent !== 0 || BULLET_RE.test(next.text) || next.text.trim().length < 30) continue;
      // (under a marked heading, a paragraph of one sentence says enough: not a list's glosses with none)
      // (or, right under a short title, a paragraph of its own on one line: `* Shared File Repository` / `Create folders on
      // the server. Upload files. ...`, DeepaMehta's release plan of 2012, its mail client's paragraphs unwrapped)
      const titled = j === i + 1 && m[1] === '*' && m[2].trim().split(/\s+/).length <= 6 && /^[\p{Lu}]/u.test(m[2].trim()) && next.text.length > 70 &&
        /^[\p{Lu}]/u.test(next.text.trim()) && /[.!?:)]$/.test(next.text.trim());
      if (isText(lines[j + 1]) ? BULLET_RE.test(lines[j + 1].text) && !titled : !((underMarked && oneSentenceParagraph(next)) || titled)) continue;
    }
    out.push({ index: i, end: i, title: cleanTitle(m[2]), style: 'bullet', level });
  }
  return out.length >= 2 ? out : [];
}

/**
 * `*** 2.49a update` / blank / `- Still no real news...` (Blender's weekly meeting minutes, 2009): a
 * line of three stars and a few words after a blank line, over text or a list after at most one
 * blank, is a topic of the minutes when two or more stand so and no line is a `*` or `**` bullet
 * (where stars only nest bullets, `***` is a bullet three deep).
 */
function tripleStarTopics(lines: Line[]): Heading[] {
  const out: Heading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!isText(l) || l.text.charCodeAt(0) !== 42) continue;
    if (/^\*{1,2}\s/.test(l.text)) return [];
    const m = l.indent === 0 && l.text.length <= 70 && prevIsBreak(lines, i) ? /^\*\*\*\s+([^*\s].{0,60}?)\s*$/.exec(l.text) : null;
    if (!m || /[.,;!?]$/.test(m[1]) || m[1].split(/\s+/).length > 8 || looksLikeUrlOrMail(m[1])) continue;
    if (nextText(lines, i, 1) < 0) continue;
    out.push({ index: i, end: i, title: cleanTitle(m[1]), style: 'bullet', level: 1 });
  }
  return out.length >= 2 ? out : [];
}

/**
 * `o Code clean-up and name changes` / blank / `  - Lindent ...` (or an indented paragraph): a short
 * bullet at the margin over a block indented under it, after a blank line, is a topic of the post
 * when two or more stand so (SocketCAN's 2008 summary); `** API:` right over its paragraph likewise.
 * The bullet may be indented itself when a paragraph of prose stands under it (GNOME's release team
 * minutes, 2004: `  * Release Notes/Press Release` / blank / `\tEverything is almost done here. ...`).
 */
function blockTopics(lines: Line[]): Heading[] {
  const out: Heading[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i];
    if (!isText(l) || l.indent > 3 || l.text.length > 70 || !prevIsBreak(lines, i)) continue;
    const label = l.indent === 0 ? /^\*\*\s+([^*\s][^*]{0,40}?)\s*:\s*$/.exec(l.text) : null;
    const m = label ?? /^\s*[o*•-]\s+(\S.{0,60})$/.exec(l.text);
    if (!m || /[.,;!?]$/.test(m[1].trim()) || m[1].split(/\s+/).length > 8 || looksLikeUrlOrMail(m[1])) continue;
    const j = nextText(lines, i, 1);
    const next = lines[j];
    // (`** API:` over its paragraph at the margin; a bullet over a block indented under it, after a blank)
    if (j < 0 || (label ? j > i + 2 || next.indent !== 0 || BULLET_RE.test(next.text) : j !== i + 2 || next.indent < Math.max(2, l.indent) || (l.indent > 0 && !indentedTopic(m[1].trim(), lines, j, l.indent)))) continue;
    out.push({ index: i, end: i, title: cleanTitle(m[1]), style: label ? 'bold' : 'bullet', level: 1 });
  }
  return out.length >= 2 ? out : [];
}

/**
 * An indented bullet's `title` names a topic over a paragraph of prose from line `j`, its first line no less
 * indented than `col`: two lines or more, none a bullet (what was said under it, `  * Quality` / blank /
 * `\tAndrew reports not much ...`).
 */
function indentedTopic(title: string, lines: Line[], j: number, col: number): boolean {
  // (a name, not a wrapped sentence's first line, `* In drivers/dma-buf/dma-buf.c between`, nor a dated point, `* June 7: branch date`)
  if (/\s(?:at|to|of|the|a|an|and|or|for|in|on|with|by|from|is|are|was|be|that|this|between)$/i.test(title) || /:\s+\S/.test(title) || DATED.test(title)) return false;
  const a = lines[j];
  const b = lines[j + 1];
  return isText(a) && isText(b) && !BULLET_RE.test(a.text) && !BULLET_RE.test(b.text) && a.indent >= col && a.text.trim().length >= 30;
}

/**
 * Minutes' numbered topics, each over what was said on it (`1. Roll Call` / blank / `The Chair took
 * attendance.` / blank / `2. Read Antitrust Statement` / ...): three or more lines numbered one after
 * the other at one indentation (the margin or a few columns in), each with text of its own before
 * the next number. The agenda that lists the same topics one per line is not one of them (nothing
 * stands between its numbers), nor is a numbered list whose items wrap onto the next line.
 */
function numberedTopicRun(lines: Line[]): Heading[] {
  const cands: Array<{ i: number; n: number; indent: number; title: string }> = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    // (set in as far as twelve columns: a web page's nested numbered list dumped to text, SLUG's committee
    // minutes' `    1. General business` / `         1. Direct deposit` / `            Jamie to chase up ...`)
    if (!isText(l) || l.indent > 12 || l.text.length > 90) continue;
    // (or before a colon, `2: Roll call`, as W3C's RDF Core minutes of 2001 number their topics)
    const m = /^\s{0,12}(\d{1,2})(?:[.)]|\.-|:(?=\s+\p{Lu}))\s+(\S.{0,78})$/u.exec(l.text);
    if (!m || /[,;]$/.test(m[2].trim()) || m[2].trim().split(/\s+/).length > 12 || looksLikeUrlOrMail(m[2])) continue;
    // (a wrapped item: its sentence runs on onto the next line)
    const next = lines[i + 1];
    if (isText(next) && !NUMBERED_ANY.test(next.text) && (l.text.trimEnd().length >= 60 || /\s(at|to|of|the|a|an|and|or|for|in|into|on|with|by|from|is|are|was|be|that|this|if)$/i.test(m[2].trim()))) continue;
    cands.push({ i, n: Number(m[1]), indent: l.indent, title: m[2] });
  }
  const out: Heading[] = [];
  let run: typeof cands = [];
  const close = () => {
    // (a topic may end with a colon, `03) Action items from last week:`, among topics that do not: a run of `0) Global
    // changes:` / `1) ACPICA kernel-resident subsystem:` is a release's list of parts)
    if (run.length >= 3 && run.filter((c) => c.title.trimEnd().endsWith(':')).length * 2 <= run.length) for (const c of run) out.push({ index: c.i, end: c.i, title: cleanTitle(c.title.replace(/\.$/, '')), style: 'numbered', level: 1 });
    run = [];
  };
  const between = (a: number, b: number): boolean => {
    for (let k = a + 1; k < b; k++) if (isText(lines[k]) && !NUMBERED_ANY.test(lines[k].text.trimStart().slice(0, 4) + ' ')) return true;
    return false;
  };
  for (const c of cands) {
    const last = run[run.length - 1];
    // (or every one numbered `1.`, as a page's numbered list comes out as text: Fedora's release meeting summaries)
    const next = last && (c.n === last.n + 1 || (c.n === 1 && last.n === 1 && run[0].n === 1));
    if (last && next && Math.abs(c.indent - last.indent) <= 1 && between(last.i, c.i)) { run.push(c); continue; }
    // (another indentation, or numbered anew: the run so far ends)
    if (last && Math.abs(c.indent - last.indent) > 1 && c.n !== 1 && c.n !== 0) continue;
    close();
    run = [c];
  }
  close();
  // the last topic has something said on it too
  return out;
}

const NUMBERED_ANY = /^\s{0,8}\d{1,2}(?:[.)]|\.-)\s/;

/**
 * Minutes' numbered topics with what was said indented right below, no blank lines (`1) Meeting time
 * and cadence` / `  Aiming for monthly meetings...` / `2) Listfest` / `  Benjamin is ...`): a short
 * line that was not wrapped (the next line's first word would have fitted), over two or more
 * indented lines, after a blank or the previous topic's indented text. Two or more make topics.
 */
function tightNumberedTopics(lines: Line[]): Heading[] {
  const out: Heading[] = [];
  for (let i = 0; i + 2 < lines.length; i++) {
    const l = lines[i];
    if (!isText(l) || l.indent > 2 || l.text.length > 60) continue;
    const m = /^\s{0,2}(\d{1,2})[.)]\s+(\S.{0,50})$/.exec(l.text);
    if (!m || /[,;:]$/.test(m[2].trim()) || looksLikeUrlOrMail(m[2])) continue;
    const prev = lines[i - 1];
    if (i > 0 && isText(prev) && prev.indent <= l.indent) continue;
    const next = lines[i + 1];
    // (or one indented line, a blank and more of the block: `2. Bestyrelsens beretning` / `   Årsberetning ved ...` / blank / `   Lars havde ...`)
    const blockGoesOn = (isText(lines[i + 2]) && lines[i + 2].indent > l.indent) ||
      (!isText(lines[i + 2]) && isText(lines[i + 3]) && lines[i + 3].indent === next.indent && !BULLET_RE.test(lines[i + 3].text));
    if (!isText(next) || next.indent <= l.indent || BULLET_RE.test(next.text) || !blockGoesOn) continue;
    // (not wrapped: the next line's first word would have fitted within the block's own width,
    // and it does not end on a word that runs on: `... factor out the signal code into`)
    const firstWord = next.text.trim().split(/\s+/)[0];
    let width = 0;
    // (the block's width over its lines, across a blank line within it)
    for (let k = i + 1; k < lines.length && k <= i + 6 && (isText(lines[k]) ? lines[k].indent > l.indent : isText(lines[k + 1]) && lines[k + 1].indent > l.indent); k++) {
      if (isText(lines[k])) width = Math.max(width, lines[k].text.trimEnd().length);
    }
    if (l.text.trimEnd().length + 1 + firstWord.length > Math.max(width, 40) || /\s(at|to|of|the|a|an|and|or|for|in|into|on|with|by|from|is|are|was|be|that|this|if)$/i.test(m[2].trim())) continue;
    out.push({ index: i, end: i, title: cleanTitle(m[2].replace(/\.$/, '')), style: 'numbered', level: 1 });
  }
  return out.length >= 2 ? out : [];
}

/**
 * A meeting's report written with no blank lines, its numbered topics at the margin like the lines of what was
 * said under them (Tcl's biweekly meeting reports, 2024-2025: `...with a lot of bug-fixes and additions.` /
 * `1) Version field of Tcl_InitStubs(i,"8.6-9",0)` / `The migration hints recommend: ...`, and `Top 2) TIP 734
 * nested mutex (go or not)`, the German agenda's `TOP`): numbered 1, 2, 3... in order, two or more, each after a
 * finished line and over two lines or more of its own that start as sentences do.
 */
function flushNumberedTopics(lines: Line[]): Heading[] {
  const out: Heading[] = [];
  let lastEnd = -1;
  for (let i = 1; i + 2 < lines.length; i++) {
    const l = lines[i];
    if (!isText(l) || l.indent !== 0 || l.text.length > 80) continue;
    const m = /^(?:top\s+)?(\d{1,2})[.)]\s+(\p{Lu}.{1,68})$/iu.exec(l.text);
    // (not the questions a reply answers one by one: `2. Lug BBQ, would anyone be up for that?`)
    if (!m || /[,;:?]$/.test(m[2].trim()) || looksLikeUrlOrMail(m[2])) continue;
    const n = Number(m[1]);
    if (n !== (out.length === 0 ? (n === 0 ? 0 : 1) : Number(/\d+/.exec(lines[out[out.length - 1].index].text)![0]) + 1)) continue;
    if (out.length > 0 && i - lastEnd < 3) return [];
    const prev = lines[i - 1];
    if (isText(prev) && !/[.!?:)"]\s*$|:\/\/\S+\s*$/.test(prev.text)) continue;
    const a = lines[i + 1];
    const b = lines[i + 2];
    if (!isText(a) || !isText(b) || a.indent !== 0 || BULLET_RE.test(a.text) || !/^[\p{Lu}\d"'(]/u.test(a.text.trim())) continue;
    out.push({ index: i, end: i, title: cleanTitle(m[2].replace(/\.$/, '')), style: 'numbered', level: 1 });
    lastEnd = i;
  }
  return out.length >= 2 ? out : [];
}

const MINUTES_LABEL = /^(attendees|attending|attendance|present|participants|absent|apologies|regrets|missing|action items?|decisions?|next meeting|mentors?|agenda|minutes|notes|actions|roll call)\s*:?\s*$/i;
/** Words of the labels above that other posts use too (`Notes:` under a list of plans): minutes' parts only beside another. */
const SHARED_LABEL = /^(?:agenda|minutes|notes|actions|roll call)\b/i;

/**
 * Minutes' own parts on a line of their own at the left margin, with text right below (and a student's
 * report's `Mentors:` over their names, git's GSoC updates of 2017). `Agenda`,
 * `Minutes`, `Notes`, `Actions` and `Roll call` are such parts where the post has another
 * (`Attendees:` / `Agenda:` / `Minutes:` in openLooKeng's minutes, `Attendees` / `Notes` in
 * TrustedFirmware's and OpenBMC's); alone they label a list anywhere (`Notes:` under Apache Flex's
 * list of priorities).
 */
function minutesLabels(lines: Line[]): Heading[] {
  const out: Heading[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i];
    if (!isText(l) || l.indent !== 0 || l.text.length > 30 || !MINUTES_LABEL.test(l.text)) continue;
    const title = cleanTitle(l.text.trim().replace(/:$/, ''));
    const next = isText(lines[i + 1]) ? lines[i + 1] : lines[i + 2];
    // (`Minutes:` over a link to them points to the minutes elsewhere: no part of the post's own)
    if (next && isText(next) && !(SHARED_LABEL.test(title) && /^\s*<?https?:\/\/\S+>?\s*$/.test(next.text))) out.push({ index: i, end: i, title, style: 'colon', level: 1 });
  }
  return out.length >= 2 ? out : out.filter((h) => !SHARED_LABEL.test(h.title));
}

const TITLE_WORD = /\b(minutes|summary|report|notes|newsletter|news|status|update|digest|recap|meeting)\b|referat\b/i;

/**
 * The post's own title on its first line (`Minutes For GNOME Release Team Meeting 2004-03-11`,
 * `python-dev Summary for 2003-07-01 through 2003-07-31`): a short line that names a report,
 * alone above a blank line, not a sentence or a greeting. Style `title`: its section is the
 * post's own, never a project of its own. It may be set in from the margin, a tab or centred
 * (`\tLSE Con Call Minutes March 7th`, the LSE call minutes of 2003).
 */
function documentTitle(lines: Line[]): Heading | null {
  let i = 0;
  while (i < lines.length && i < 40 && !isText(lines[i])) i++;
  const first = titleLineAt(lines, i);
  if (first || i >= lines.length) return first;
  // (or below a short opening that hands the post over, its first paragraph or two of a few lines each: `Here are the
  // minutes for this week` / `Murray Cumming` / blank / `Minutes for Gnome 2 release team meeting 2003-03-05`)
  // (a greeting alone on its line first, `Hi,`, is passed over: a bot's `Hello,` over its own title line is no hand-over)
  if (/^\s*(hi|hello|hey|dear)\b[^.!?]{0,30}[,!]?\s*$/i.test(lines[i].text) && !isText(lines[i + 1])) {
    i++;
    while (i < lines.length && !isText(lines[i])) i++;
  }
  if (i >= lines.length || !/^\s*(here|attached|below|please find|this is|these are|as promised|sorry)\b/i.test(lines[i].text)) return null;
  let seen = 0;
  for (let paragraphs = 0; paragraphs < 2 && i < lines.length; paragraphs++) {
    let n = 0;
    while (i < lines.length && isText(lines[i])) { i++; n++; }
    seen += n;
    if (n > 4 || seen > 6) return null;
    while (i < lines.length && !isText(lines[i])) i++;
    const t = titleLineAt(lines, i);
    if (t) return t;
  }
  return null;
}

/** A line that titles the post, alone between blank lines (see documentTitle). */
function titleLineAt(lines: Line[], i: number): Heading | null {
  const l = lines[i];
  if (!l || !isText(l) || l.indent > 40 || (i + 1 < lines.length && isText(lines[i + 1]))) return null;
  const t = l.text.trim();
  if (t.length < 8 || t.length > 90 || t.split(/\s+/).length > 12 || !/^[\p{L}\d]/u.test(t) || /[.,;!?]$/.test(t)) return null;
  if (!TITLE_WORD.test(t) || NOT_A_TITLE.test(t) || looksLikeUrlOrMail(t) || BULLET_RE.test(l.text) || /^(hi|hello|dear)\b/i.test(t)) return null;
  // `Here is the summary of ...`, `This is the status ...`: a sentence, not a title
  if (/^(here|this|these|below|attached|please|i|we|as|the following)\b/i.test(t)) return null;
  // `Status: Draft`, `Subject: ...`: a field, not a title
  if (/^[\w-]+:\s/.test(t)) return null;
  return { index: i, end: i, title: cleanTitle(t), style: 'title', level: 1 };
}

/**
 * Run-in headings: a paragraph that opens with its topic's name and goes on on the same line.
 * Debian Weekly News (`Security Support for Woody ending. The Debian Project announced that ...`),
 * a games team's results (`b) Website. Emil is working on a redesign ...`), a LoCo team's minutes
 * (`*Approval Application.* Nik Butler informed the team ...`). The name is a first sentence of 2-10
 * words, most of its longer words capitalised (or set in `*bold*`), with more text after it; three or
 * more such paragraphs make the post's topics (a lone short sentence opening a paragraph is prose).
 * `rest` is what the line holds after the name: the start of the topic's text.
 */
function runInHeadings(lines: Line[]): Heading[] {
  const bold: Heading[] = [];
  const titled: Heading[] = [];
  const colon: Heading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!isText(l) || l.indent > 2 || (i > 0 && isText(lines[i - 1])) || l.text.length < 20) continue;
    const t = l.text.trim();
    const b = /^(\*{1,2}|_)([^*_\s][^*_]{1,70}?)\1\s+(\S.{2,})$/.exec(t);
    if (b) {
      const title = b[2].replace(/[.:]\s*$/, '').trim();
      if (title.split(/\s+/).length <= 10 && !NOT_A_TITLE.test(title)) bold.push({ index: i, end: i, title, style: 'run-in', level: 1, rest: b[3] });
      continue;
    }
    // `USA report: Latest Wikipedian in Residence ...`, `MOTUSchool: sistpoty suggested ...`: a name and a colon
    const c = /^((?:[a-z\d]{1,2}[.)]\s+)?[\p{Lu}\d][^:]{1,50}?):\s+(\S.{9,})$/u.exec(t);
    // (not a commit's line, `46080ca79d18 xfs: hoist refcount record merge predicates`: its hash and subsystem name no topic)
    if (c && /^(?=[\da-f]*\d)[\da-f]{7,40}\s/.test(c[1])) continue;
    if (c && !COLON_FIELD.test(c[1]) && !SENTENCE_START.test(c[1]) && !NOT_A_TITLE.test(c[1]) && !looksLikeUrlOrMail(c[1]) && c[1].split(/\s+/).length <= 6 && !/[.!?,;]/.test(c[1].replace(/^[a-z\d]{1,2}[.)]\s+/, ''))) {
      // (a field among fields is not a topic: `Session chair: Lothar Becker` / `Keeper of the minutes: ...`)
      const next = lines[i + 1];
      if (!(isText(next) && /^\s*[\p{Lu}][\p{L} ]{1,30}:\s+\S/u.test(next.text))) colon.push({ index: i, end: i, title: cleanTitle(c[1]), style: 'run-in', level: 1, rest: c[2] });
      continue;
    }
    // (a letter or number may mark the topic: `a) Documentation.`; its marker is kept, as a numbered heading's is)
    const m = /^((?:[a-z\d]{1,2}\)\s+)?[\p{Lu}\d][^.?!:;]{1,80}?[.?!])\s+([\p{Lu}\d"'\[(].{2,})$/u.exec(t);
    if (!m || NOT_A_TITLE.test(m[1]) || looksLikeUrlOrMail(m[1])) continue;
    const marker = /^[a-z\d]{1,2}\)\s+/.test(m[1]);
    const words = m[1].replace(/^[a-z\d]{1,2}\)\s+/, '').split(/\s+/);
    // (a marked topic may be one word: `b) Website.`)
    const least = marker ? 1 : 2;
    if (words.length < least || words.length > 10) continue;
    // (`Root on LVM on RAID with Debian.`, `New kind of GNU/Linux Distribution?`: a name; `The meeting ended.` is not)
    const long = words.filter((w) => /\p{L}{4}/u.test(w));
    const caps = long.filter((w) => /^["'(]?[\p{Lu}\d]/u.test(w)).length;
    // (a marked topic may be written as a sentence: `c) Game icons and action icons.`)
    // (numbered questions, `2) What sorts of lists can be requested?`, are a proposal's points, not topics reported on)
    if (!marker && (long.length === 0 || caps < 2 || caps < long.length * 0.6)) continue;
    if (marker && m[1].endsWith('?')) continue;
    if (SENTENCE_START.test(words[0])) continue;
    titled.push({ index: i, end: i, title: m[1].replace(/\.$/, '').trim(), style: 'run-in', level: 1, rest: m[2] });
  }
  return bold.length >= 3 ? bold : titled.length >= 3 ? titled : colonTopics(colon);
}

/**
 * Names before a colon are topics when three or more differ by more than a counter or a date:
 * `Suggestion 1:` ... `Suggestion 4:` are a list's points, `June 9 - June 22:` a plan's weeks.
 */
function colonTopics(colon: Heading[]): Heading[] {
  if (colon.length < 3) return [];
  const names = new Set(colon.map((h) => h.title.toLowerCase().replace(/\d+/g, '#')));
  if (names.size < colon.length) return [];
  if (colon.filter((h) => DATED.test(h.title)).length * 2 >= colon.length) return [];
  return colon;
}

const DATED = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2}\.? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b\d{4}-\d{2}-\d{2}\b|\bweek \d/i;

/** Words a sentence opens with, not a topic's name (`It went well.`, `One question I have:`). */
const SENTENCE_START = /^(?:i|we|it|this|that|these|there|here|the|he|she|they|you|as|so|if|but|and|also|then|now|yes|no|ok|please|one|my|our|your|what|why|how|when)\b/i;

/** Header-like fields and notes that open a paragraph with a colon but name no topic. */
const COLON_FIELD = /^(?:from|to|cc|date|subject|sent|time|when|where|location|venue|url|link|links|web|email|e-mail|phone|tel|fax|note|nb|n\.b|ps|p\.s|re|update|edit|edited|answer|question|q|a|example|e\.g|i\.e|see|source|quote|warning|error|result|output|input|usage|status|reason|fix|workaround|solution|problem|issue|bug|patch|commit|author|version|release|tag|branch|tree|git|hash|id|todo|fixme|tl;dr|tldr|summary|details)$/i;

/** Headings of the post, in order (without `plain` headings named by a contents list). */
/** `= Topic` with no closing `=` (minutes typed by hand): a heading when the post has two or more. */
function openEqualsHeadings(lines: Line[]): Heading[] {
  const out: Heading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!isText(l) || l.indent !== 0 || l.text.length > 200 || l.text.charCodeAt(0) !== 61) continue;
    const m = /^(={1,3})\s+([^=\s][^=]{0,150}?)\s*$/.exec(l.text);
    if (m) out.push({ index: i, end: i, title: cleanTitle(m[2]), style: 'equals', level: m[1].length });
  }
  return out.length >= 2 ? out : [];
}

/**
 * `-- Hermann / Text Placement --`, `--- Technical Committee ---`: a title between two or three
 * dashes each side, alone after a break, is a heading when the post has two or more (one alone is
 * as often a separator: `-- Forwarded message --`, a mail archive's `--- next part ---`).
 */
function dashedHeadings(lines: Line[]): Heading[] {
  const out: Heading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!isText(l) || l.indent !== 0 || l.text.length > 80 || l.text.charCodeAt(0) !== 45 || !prevIsBreak(lines, i)) continue;
    const m = /^(-{2,3}) ([^\s-][^-]{0,70}?) \1\s*$/.exec(l.text);
    if (!m || !/\p{L}{2}/u.test(m[2]) || /\b(?:next part|original|forwarded|cut here|snip|end of|begin|message)\b/i.test(m[2]) || nextText(lines, i) < 0) continue;
    out.push({ index: i, end: i, title: cleanTitle(m[2]), style: 'equals', level: 1 });
  }
  return out.length >= 2 ? out : [];
}

/**
 * Org-mode outlines (`* Venue` / `** http://tm.tl/6406` at the left margin, each over indented
 * text): the star lines are headings, their stars the level. Told from wiki lists (`* item` /
 * `** sub-item`, nothing indented below) by the text indented under most of them, and from plain
 * bullets by a `**` line at the margin.
 */
function orgHeadings(lines: Line[]): Heading[] {
  const out: Heading[] = [];
  let over = 0;
  let deep = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!isText(l) || l.indent !== 0 || l.text.charCodeAt(0) !== 42 || l.text.length > 130) continue;
    const m = /^(\*{1,3})\s+(\S.{0,120})$/.exec(l.text);
    // (a banner starred on both sides, `*** LAST POSTING TODAY ***` over a Xen development update, is no org heading)
    if (!m || m[2].split(/\s+/).length > 10 || /[.,;]$/.test(m[2].trim()) || /\s\*{2,}\s*$/.test(m[2])) continue;
    const next = lines[i + 1];
    if (next && isText(next) && next.indent >= 2) over++;
    if (m[1].length >= 2) deep = true;
    out.push({ index: i, end: i, title: cleanTitle(m[2]), style: 'org', level: m[1].length });
  }
  if (deep && out.length >= 3 && over >= 3 && over >= out.length * 0.6) return out;
  // (an Org document that says so in its header, `#+title:` / `#+author:` on its first lines, its text not indented under
  // its headings: the Rust-GCC weekly reports' `** Overview` / blank / `Thanks again to ...`)
  const orgDocument = out.length >= 3 && lines.slice(0, 12).some((l) => isText(l) && /^#\+(?:title|author|date|options|startup)\s*:/i.test(l.text));
  return orgDocument ? out : [];
}

const ROMAN = new Map([['I', 1], ['II', 2], ['III', 3], ['IV', 4], ['V', 5], ['VI', 6], ['VII', 7], ['VIII', 8], ['IX', 9], ['X', 10], ['XI', 11], ['XII', 12]]);

/**
 * Minutes' topics numbered `I.`, `II.`, `III.` ... in order, three or more, at the margin: headings where they
 * stand, also right under the last line of the topic before with no blank line between (OASIS XACML TC minutes,
 * 2006: `Approved unanimously.` / `II. Postings and Proposal Review` / `Document Conventions`), and with a
 * full stop after a title that is a sentence (Parrot's summit summary: `I. Evaluation of progress since ...`).
 */
function romanTopics(lines: Line[]): Heading[] {
  const run: Heading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!isText(l) || l.indent > 2 || l.text.length > 120 || l.text.charCodeAt(l.indent) > 88) continue;
    const m = /^\s{0,2}([IVX]{1,4})\.\s+(\p{Lu}.{1,98})$/u.exec(l.text);
    if (!m || ROMAN.get(m[1]) !== run.length + 1 || /[,;:]$/.test(m[2].trim())) continue;
    run.push({ index: i, end: i, title: cleanTitle(m[2].replace(/\.\s*$/, '')), style: 'numbered', level: 1 });
  }
  return run.length >= 3 ? run : lettered(lines);
}

/**
 * Minutes' topics lettered `A.`, `B.`, `C.` ... in order, three or more, at the margin, each over lines of its
 * own: headings where they stand, with no blank line around them (a web page that lost its blank lines, RIPE's
 * Open Source WG minutes: `A. Administrative Matters` / `Marcos Sanz, ...` / `B. NGI-Zero: EU-Funded Framework
 * for Supporting FLOSS Projects`). Not a list of choices set one a line (`A. Yes` / `B. No` / `C. Abstain`).
 */
function lettered(lines: Line[]): Heading[] {
  const run: Heading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!isText(l) || l.indent > 2 || l.text.length > 110) continue;
    const c = l.text.charCodeAt(l.indent);
    if (c < 65 || c > 90 || l.text.charCodeAt(l.indent + 1) !== 46) continue;
    const m = /^\s{0,2}([A-Z])\.\s+(\p{Lu}.{1,98})$/u.exec(l.text);
    if (!m || m[1].charCodeAt(0) - 65 !== run.length || /[.,;:]$/.test(m[2].trim())) continue;
    // (each over a line of its own text: not the next letter right under it)
    if (!isText(lines[i + 1]) || /^\s{0,2}[A-Z]\.\s/.test(lines[i + 1].text)) continue;
    run.push({ index: i, end: i, title: cleanTitle(m[2]), style: 'numbered', level: 1 });
  }
  return run.length >= 3 ? run : [];
}

/**
 * Whether the text from `from` to the line before `at` is a short opening that hands the post over: a paragraph or two
 * of a few lines (`Hej alle` / blank / `Hermed referat af mødet fra i går.` over Ubuntu-DK's underlined `Mødereferat for
 * Ubuntu-DK møde, 6. september 2009`), as documentTitle reads one.
 */
function handedOver(lines: Line[], from: number, at: number): boolean {
  if (from < 0 || at <= from || at - from > 10) return false;
  let paragraphs = 0;
  let n = 0;
  let hands = false;
  for (let i = from; i < at; i++) {
    if (!isText(lines[i])) continue;
    if (!isText(lines[i - 1])) paragraphs++;
    if (++n > 4 || paragraphs > 2 || lines[i].text.length > 100) return false;
    // (it says it hands something over: not a signature's `Cheers` / `-- Satya` over the post's changes)
    hands ||= HAND_OVER.test(lines[i].text);
  }
  return hands;
}

/** Words that hand a post over, in the languages of the corpus' minutes: `Here are the minutes`, `Hermed referat af mødet`. */
const HAND_OVER = /^\s*(?:here(?:'s| is| are)?|attached|below|please find|herewith|hermed|her er|anbei|hier (?:ist|sind)|ecco|voici|voil[aà]|aqu[ií] (?:est[aá]|van?))\b/i;

/**
 * The lines inside Markdown's fenced code blocks (a line of three or more backticks or tildes opens one, the same
 * again closes it): a shell comment's `# sed -e ...` or a test's expected output there is code, never a heading (a
 * student's GSoC blog mail to the git list, 2021). Null when the post has none.
 */
function boxedTitle(lines: Line[], i: number): Heading | null {
  const above = lines[i - 1];
  const below = lines[i + 1];
  if (!isText(above) || !isText(below) || !isRule(above.text) || above.text.trim() !== below.text.trim()) return null;
  const title = lines[i].text.trim();
  if (title.length < 3 || title.length > 60 || title.length > below.text.trim().length || /[.,;]$/.test(title) || isRule(title)) return null;
  return { index: i, end: i + 1, title: cleanTitle(title), style: 'setext', level: 1 };
}

/** Is a line other than `i` a title set in bold with `marker` (`*3. Budget*`)? */
function boldTitleElsewhere(lines: Line[], i: number, marker: string): boolean {
  const m = marker.replace(/\*/g, '\\*');
  const tight = new RegExp(String.raw`^\s*${m}[^*_\s](?:[^*]{0,70}[^*\s])?${m}\s*:?\s*$`);
  return lines.some((l, j) => j !== i && isText(l) && tight.test(l.text) && !labelOf(l.text));
}

function tildesUnderline(above: Line | undefined, rule: Line): boolean {
  if (!above || !isText(above) || !/^\s*~+\s*$/.test(rule.text)) return false;
  const t = above.text.trim().length;
  return t > 0 && Math.abs(rule.text.trim().length - t) <= 1;
}

function fencedLines(lines: Line[]): Set<number> | null {
  let fenced: Set<number> | null = null;
  let open: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!isText(l)) continue;
    const c = l.text.charCodeAt(l.indent);
    if (c !== 96 && c !== 126 && open === null) continue;
    const m = /^\s{0,3}(`{3,}|~{3,})/.exec(l.text);
    // (a line of tildes under a title of about its length underlines it, as reStructuredText does, and fences
    // nothing: the Python language summit's notes underline each part so, `Release Management` / 18 tildes)
    if (m && open === null && m[1][0] === '~' && tildesUnderline(lines[i - 1], l)) continue;
    if (m && (open === null || (m[1][0] === open[0] && m[1].length >= open.length && /^\s*$/.test(l.text.slice(l.text.indexOf(m[1]) + m[1].length))))) {
      (fenced ??= new Set()).add(i);
      open = open === null ? m[1] : null;
      continue;
    }
    if (open !== null) (fenced ??= new Set()).add(i);
  }
  // (an unclosed fence is a stray line of backticks: nothing is fenced after it)
  return open === null ? fenced : null;
}

/** A speaker's turn in notes kept as a transcript: `**Jason**:` over what Jason said, or `**Tomasz**: We agree ...`. */
const SPEAKER_TURN = /^\s{0,3}\*\*([\p{L}][\p{L}.' -]{0,30}?)\*\*\s*:/u;

/**
 * The lines that open a speaker's turn, in notes where a name in bold before a colon says who speaks (Ethereum's core
 * developers' call notes, 2019: `**Jason**:`, `**Wei**:`, `**Jason**:` again): three or more such lines, one name at
 * least twice. Null when the post is not so written. (`**DECISION 70.1**:` holds a number: a decision, not a speaker.)
 */
function speakerTurns(lines: Line[]): Set<number> | null {
  const turns: Array<[number, string]> = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!isText(l) || l.text.charCodeAt(l.indent) !== 42) continue;
    const m = SPEAKER_TURN.exec(l.text);
    if (m && m[1].trim().split(/\s+/).length <= 3) turns.push([i, m[1].trim().toLowerCase()]);
  }
  if (turns.length < 3) return null;
  const names = turns.map(([, n]) => n);
  return names.some((n, k) => names.indexOf(n) !== k) ? new Set(turns.map(([i]) => i)) : null;
}

export function detectHeadings(lines: Line[]): Heading[] {
  const org = orgHeadings(lines);
  const found = marked(lines, org.length ? org : [...openEqualsHeadings(lines), ...dashedHeadings(lines)]);
  const fenced = fencedLines(lines);
  if (fenced) {
    found.strong = found.strong.filter((h) => !fenced.has(h.index));
    found.weak = found.weak.filter((h) => !fenced.has(h.index));
  }
  const roman = romanTopics(lines).filter((r) => !found.strong.some((h) => r.index >= h.index && r.index <= h.end));
  if (roman.length) found.weak = found.weak.filter((w) => !roman.some((r) => r.index === w.index)).concat(roman).sort((a, b) => a.index - b.index);
  // `= minutes for the 2009-11-27 meeting =` alone on the first line titles the post: the topics
  // under it are found as in a post with no marked heading
  // (underlined as well: Freenet's `PROGRESS REPORT` over `===========`, then `FINANCIAL STATUS:` over its paragraph)
  const firstText = lines.findIndex((l) => isText(l));
  const only = found.strong.length === 1 ? found.strong[0] : null;
  // (a title that names a report: `= NSR =` over its items is the section of a project)
  const lone = only && (only.index === firstText || handedOver(lines, firstText, only.index)) && (only.style === 'equals' || only.style === 'markdown' || only.style === 'setext') && TITLE_WORD.test(only.title) ? only : null;
  const under = lone ? chooseHeadings(lines, [], found.weak) : [];
  const chosen = lone && under.length >= 2 ? under : chooseHeadings(lines, found.strong, found.weak);
  if (lone && chosen === under && !under.some((h) => lone.index >= h.index && lone.index <= h.end)) chosen.push(lone);
  chosen.sort((a, b) => a.index - b.index);
  const speakers = chosen.some((h) => h.style === 'bold') ? speakerTurns(lines) : null;
  const tagline = wikiTagline(lines);
  // A plain heading that is also a setext/other line already taken: drop overlaps.
  const out: Heading[] = [];
  for (const h of chosen) {
    const last = out[out.length - 1];
    if ((last && h.index <= last.end) || fenced?.has(h.index) || speakers?.has(h.index) || h.index === tagline || PAGE_CHROME.test(lines[h.index].text.trim())) continue;
    const t = headingTitle(wrappedOn(lines, h));
    // (a sentence cut where its line wrapped, `The AC is continuing to work on` over a list, `A full log of this meeting is
    // available at` over a link: a title does not end on such a word; a marked heading is its writer's, as written)
    if (!STRONG.has(t.style) && t.style !== 'numbered' && CUT_SENTENCE.test(t.title)) continue;
    out.push(t);
  }
  return out;
}

/**
 * What a saved web page shows around its text, for moving about the site: GitHub's `Skip to content` over a wiki
 * page (Spack's telcon notes), Confluence's `Compare with Current View Page History` and `Version 1 Next »` over an
 * old version of a page (RISE's TSC minutes). It heads nothing.
 */
const PAGE_CHROME = /^(?:skip to (?:main )?content|compare with current\s+view page history|(?:«\s*previous\s+)?version \d+\s+next\s*»|«\s*previous\s+version \d+)$/i;

/** MediaWiki's tagline in the languages of the corpus's wikis: `From OSGeo`, `Aus Hackerspace Ffm`, `Uit Hack42`, `De Garoa Hacker Clube`, `Kohteesta Linux-aktivaattori`. */
export const WIKI_TAGLINE = /^(?:From|Aus|Uit|De|Da|Fra|Från|Kohteesta|Z)\s+(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*){0,4})!?$/u;
/** MediaWiki's line under its tagline, for screen readers: `Jump to navigation`, `Ga naar: navigatie, zoeken`, `Wechseln zu: Navigation, Suche`. */
export const WIKI_JUMP = /^(?:jump to(?::)?\s+navigation|ga naar:|wechseln zu:|zur navigation springen|aller à\s?:|ir para\s+(?:navegação|a navegação)|saltar a\s?:|vai a:|loikkaa:|hoppa till|gå til)/i;

/**
 * The line where a saved wiki page names its site, under the page's title: `From OSGeo`, `From HacDC Wiki`
 * (MediaWiki's tagline; projectNames' wikiSite reads the name). It heads nothing. -1 when there is none.
 */
function wikiTagline(lines: Line[]): number {
  const text: number[] = [];
  for (let i = 0; i < lines.length && i < 12 && text.length < 3; i++) if (isText(lines[i])) text.push(i);
  // (the first line when the copy starts under the page's title, MediaWiki's jump line under it: `Uit Hack42`)
  const first = text[1] !== undefined && WIKI_JUMP.test(lines[text[1]].text.trim());
  const i = first ? text[0] : text[1];
  if (i === undefined || (!first && lines[text[0]].text.trim().length > 120)) return -1;
  return WIKI_TAGLINE.test(lines[i].text.trim()) && !/\.$/.test(lines[i].text.trim()) ? i : -1;
}

/** A sentence cut where its line wrapped: it ends on a word no title ends on. */
const CUT_SENTENCE = /\s(?:to|of|for|and|or|the|a|an|with|from|by|at|that)\s*$/i;

/** Words a title cannot end on: a mail client wrapped it after them. */
const DANGLING_END = /\s(?:to|of|for|and|or|the|a|an|in|on|with|from|by|at|into|via|about)\s*$/i;

/**
 * A heading's title that a mail client wrapped onto the next line, cut after a word a title cannot end on:
 * `* Agenda Item: How to effectively advocate/market Edubuntu to` / `schools/school districts` / blank line
 * (Edubuntu's minutes, 2009), `### Update on Landlock: Lifting the File Reparenting Limits and` / `Supporting
 * Network Rules`. Only a short rest that ends its paragraph: a sentence begun under a title is its text.
 */
function wrappedOn(lines: Line[], h: Heading): Heading {
  if (h.end !== h.index || h.rest !== undefined || !DANGLING_END.test(h.title)) return h;
  const next = lines[h.index + 1];
  const after = lines[h.index + 2];
  if (!next || !isText(next) || BULLET_RE.test(next.text) || next.indent > lines[h.index].indent + 4 || (after && isText(after))) return h;
  const rest = next.text.trim();
  if (rest.length > 60 || /[.!?:]$/.test(rest) || !/^[\p{L}\d"'(]/u.test(rest)) return h;
  return { ...h, end: h.index + 1, title: `${h.title.trimEnd()} ${rest}` };
}

/**
 * A heading's title without the markup around its name: a heading that is one Markdown link,
 * `### [Update --init behavior](https://github.com/...)` or `1. [ProgPow Audit](https://...)`, is
 * titled by the link's text (the link stays on the heading's line, where its reference is read);
 * MeetBot's `agenda bashing (rpaik, 13:03:54)` ends with who set the topic and when; a page's
 * `<span style="...">Projects </span>` keeps its tags; a `(2)` before the name numbers it, as `2.` does.
 */
function headingTitle(h: Heading): Heading {
  let t = h.title;
  if (t.includes('{%')) t = t.replace(LIQUID_TITLE, '$1');
  // (Pandoc's attribute after a title, `## [New plugins](#new-plugins) {#new-plugins}`: the heading's anchor)
  if (t.endsWith('}')) t = t.replace(/\s*\{#[\w:.-]{1,80}\}$/, '');
  // (a page's picture before its title, `![Header Picture](/wp-content/uploads/2010/12/Marketing.png)Announcements`
  // (openSUSE Weekly News), and a permalink's mark after it, `New videos #`, `Agenda ¶`: no part of the name)
  if (t.startsWith('![')) t = t.replace(/^!\[[^\]]{0,200}\]\([^()\s]{0,300}\)\s*(?=\S)/, '');
  if (/\s[#¶]$/.test(t)) t = t.slice(0, -2).trimEnd();
  if (t.includes('<')) t = t.replace(INLINE_TAG, '').replace(/\s+/g, ' ').trim();
  const link = t.includes('](') ? MARKDOWN_LINK_TITLE.exec(t) : null;
  if (link) t = `${link[1] ?? ''}${link[2].trim()}`;
  if (t.endsWith(')')) t = t.replace(MEETBOT_STAMP, '');
  if (t.charCodeAt(0) === 40) t = t.replace(/^\(\d{1,2}\)\s+(?=\S)/, '');
  return t !== h.title && t !== '' ? { ...h, title: t } : h;
}

// (a Jekyll/Octopress page's `## {% linkable_title Videos %}`: the tag that makes the heading a link wraps its title)
const LIQUID_TITLE = /^\{%-?\s*linkable_title\s+(\S.{0,200}?)\s*-?%\}$/;

const INLINE_TAG = /<\/?(?:span|b|i|u|em|strong|font|small|big|code|tt)\b[^<>]{0,200}>/gi;

const MEETBOT_STAMP = /\s+\([\w.|[\]`^{}-]{1,30}, \d{1,2}:\d{2}:\d{2}\)$/;

const MARKDOWN_LINK_TITLE = /^(\d{1,2}[.)]\s+)?\[([^\]]{2,200})\]\(\s*(?:https?:\/\/|\/|#)\S*\s*\)$/;

/** The strong (marked) headings, `strong` given first, and the weak candidates between them. */
function marked(lines: Line[], strong: Heading[]): { strong: Heading[]; weak: Heading[] } {
  const open = new Set(strong.map((h) => h.index));
  const weak: Heading[] = [];
  const boldLabels: Heading[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isText(lines[i]) || open.has(i)) continue;
    const h = strongAt(lines, i);
    if (h) {
      strong.push(h);
      i = h.end;
      continue;
    }
    const b = startsPlain(lines[i].text, MARK_OPENERS) ? null : /^\s{0,3}(\*\*?|__?)([A-Za-z][A-Za-z' ]{0,40}?)\1\s*$/.exec(lines[i].text);
    if (b) boldLabels.push({ index: i, end: i, title: b[2].trim(), style: 'bold', level: 1 });
    const w = weakAt(lines, i);
    if (w) weak.push(w);
  }
  // `*In progress*` among `*Highlights*`-style headings is a heading; under `= X =` it is a label
  if (strong.length > 0 && strong.every((h) => h.style === 'bold')) strong.push(...boldLabels);
  return { strong, weak };
}

/** The headings of a post: its strong ones with what survives of the weak, or the weak ones and unmarked topics. */
function chooseHeadings(lines: Line[], strong: Heading[], weak: Heading[]): Heading[] {
  let chosen: Heading[];
  if (strong.length > 0) {
    // weak headings survive only as rule-led bare words and contents lists (`In this bits:`)
    chosen = strong.concat(weak.filter((w) => w.style === 'plain' || (w.style === 'colon' && !w.prose && CONTENTS_COLON.test(w.title))));
    // `* New initscripts in testing` over its paragraph under `== Completed Tasks ==`: the topics of a section
    const first = Math.min(...strong.map((h) => h.index));
    // (and two or more `Label:` lines over prose above the first of them: the preamble's own parts, a stats mail's
    // `Previous cycle:` / `Current cycle:` over their figures above its `Developer rankings` (bpf development stats); not
    // a commit mail's `Commits:` and `Changes:` above the one file its diff underlines)
    const preamble = weak.filter((w) => w.style === 'colon' && w.prose && w.index < first);
    if (preamble.length >= 2 && strong.length >= 2) chosen = chosen.concat(preamble);
    // (or over a block indented under it: FESCo's `* Architecture Support` / blank / `  FESCo tabled this...`)
    // (or a name right over its bullets: Coda's `coda-7.0.2` / `- A lot of code cleanups` under `===== SUMMARY OF CHANGES =====`;
    // a remark in brackets over a group of them, `(Not sure)`, names nothing)
    const topics = [...starTopics(lines, true), ...blockTopics(lines), ...topicsOverBullets(lines).filter((t) => /^[\p{L}\d]/u.test(t.title))].filter((t, k, all) => all.findIndex((u) => u.index === t.index) === k)
      .filter((t) => t.index > first && !chosen.some((c) => t.index >= c.index && t.index <= c.end)).sort((a, b) => a.index - b.index);
    // (style `topic`: an area of its section's project, never a project of its own under a generic heading)
    const over = (t: Heading) => strong.filter((h) => h.index < t.index).reduce((a, b) => (b.index > a.index ? b : a));
    if (topics.length >= 2) chosen = chosen.concat(topics.map((t) => ({ ...t, style: 'topic', level: over(t).level + 1 })));
    // `Short term:` / `Medium term:` / `Long term:` over their bullets under `### Roadmap`: two or more
    // labels over lists in one marked section divide it
    const labels = weak.filter((w) => w.style === 'colon' && !w.prose && w.index > first && !chosen.some((c) => w.index >= c.index && w.index <= c.end)
      && BULLET_RE.test(lines[nextText(lines, w.index, 1)]?.text ?? '')
      // (`First some infra:` / `Then the rest:` walk through the list: they name nothing)
      && !/^(?:first(?:ly)?|then|next|also|finally|and|but|now|after(?:wards| that)?|second(?:ly)?|third(?:ly)?|lastly)\b/i.test(w.title));
    const bySection = new Map<Heading, Heading[]>();
    for (const l of labels) bySection.set(over(l), [...(bySection.get(over(l)) ?? []), l]);
    for (const [h, ls] of bySection) if (ls.length >= 2) chosen = chosen.concat(ls.map((l) => ({ ...l, level: h.level + 1 })));
  } else {
    const numbered = weak.filter((w) => w.style === 'numbered');
    chosen = numbered.length >= 2 ? weak : weak.filter((w) => w.style !== 'numbered');
    // `Label:` lines over prose count only when the post has two or more `Label:` lines
    if (chosen.filter((w) => w.style === 'colon').length < 2) chosen = chosen.filter((w) => !w.prose);
    // a post with no marked or labelled heading at all: short unmarked title lines over their content
    let lone: Heading | null = null;
    if (chosen.length === 0) {
      // a lone `Label:` over prose counts beside them (`Changes since 20240627:`)
      const proseColons = [...weak.filter((w) => w.style === 'colon' && w.prose), ...labelsOverProse(lines)].sort((a, b) => a.index - b.index);
      const bare = [...lineHeadings(lines), ...proseColons];
      const periodLabel = proseColons.length === 1 && /\b(changes|since|news|updates?|progress|status|summary|highlights)\b/i.test(proseColons[0].title);
      if (bare.length >= 2 || (bare.length === 1 && periodLabel)) chosen = bare;
      else if (bare.length === 1) lone = loneTitle(lines, bare[0]);
    }
    // topics of a call over their points, beside the `Label:` or caps headings the notes also use
    const overBullets = topicsOverBullets(lines).filter((t) => !chosen.some((c) => t.index >= c.index && t.index <= c.end));
    if (overBullets.length >= 2) chosen = chosen.concat(overBullets);
    // and short unmarked title lines beside the headings a post has (`Review 1.10` under minutes'
    // `Attendees:`), two or more of them
    if (chosen.length > 0) {
      // (two or more in the post, one of which may be a heading already: `A. DITA 1.3 ...` numbered, `B. Brainstorming ...` not)
      const bare = lineHeadings(lines);
      const more = bare.filter((t) => !chosen.some((c) => t.index >= c.index && t.index <= c.end));
      // (or one, below the post's first heading: `Team changes` among GNOME's `Label:` topics; not a greeting's `Here are
      // the notes` above them, a log's `STEP PC 0040569c` or the end of a wrapped line, `5 minutes)`)
      const first = Math.min(...chosen.filter((c) => c.style !== 'title').map((c) => c.index));
      const one = bare.length === 1 && more.length === 1 && more[0].index > first && !LEAD_IN_START.test(more[0].title) &&
        !/\b(?=[\da-f]*\d)[\da-f]{6,}\b/i.test(more[0].title) && !/^[^(]*\)/.test(more[0].title.replace(/^\w{1,3}[.)]\s+/, ''));
      if ((bare.length >= 2 || one) && more.length > 0) chosen = chosen.concat(more);
    }
    const topicRun = numberedTopicRun(lines);
    if (topicRun.length >= 3) chosen = chosen.filter((w) => !topicRun.some((b) => w.index === b.index)).concat(topicRun);
    let tight = tightNumberedTopics(lines);
    if (tight.length < 2 && chosen.length === 0) tight = flushNumberedTopics(lines);
    if (tight.length >= 2) chosen = chosen.filter((w) => !tight.some((b) => w.index === b.index)).concat(tight);
    const topics = starTopics(lines);
    if (topics.length >= 2) chosen = chosen.filter((w) => !topics.some((b) => w.index === b.index)).concat(topics);
    const blocks = [...blockTopics(lines), ...tripleStarTopics(lines)];
    if (blocks.length >= 2) chosen = chosen.filter((w) => !blocks.some((b) => w.index === b.index)).concat(blocks);
    // paragraphs that open with their topic's name (`Security Support for Woody ending. The Debian ...`), in a post with no other topics
    if (chosen.length === 0) {
      const runIn = runInHeadings(lines);
      // (the one title line of a post that has one, below its opening paragraph: beside its run-in topics too,
      // a board's minutes' `Public Part` over `1. Q&A: Answering Questions from the community ...`)
      if (runIn.length >= 3) chosen = lone && !runIn.some((h) => h.index === lone?.index) ? [...runIn, lone] : runIn;
      else if (lone) chosen = [lone];
    }
    const overPlus = bulletHeadings(lines);
    if (overPlus.length >= 2) chosen = chosen.filter((w) => !overPlus.some((b) => w.index >= b.index && w.index <= b.end)).concat(overPlus);
    // (in a post that is one outline and nothing else, its top-level points)
    if (chosen.length === 0) chosen = outlineTopics(lines);
    // among `Label:` headings, a label-word line at the same place (`Upcoming:`) is one more heading
    const colons = chosen.filter((w) => w.style === 'colon');
    if (colons.length > 0) {
      const col = Math.min(...colons.map((w) => lines[w.index].indent));
      for (let i = 0; i < lines.length; i++) {
        const h = isText(lines[i]) ? labelHeadingAt(lines, i) : null;
        if (h && lines[i].indent <= col) chosen.push(h);
      }
    }
  }
  // `Attendees:` over a list of names, `Next Meeting` over its date: the parts every set of minutes has
  for (const h of minutesLabels(lines)) if (!chosen.some((c) => h.index >= c.index && h.index <= c.end)) chosen.push(h);
  const title = documentTitle(lines);
  if (title && !chosen.some((h) => title.index >= h.index && title.index <= h.end)) chosen.push(title);
  return chosen;
}
