/**
 * Body preparation: split a cleaned body into lines and blank what a status parser must not
 * read. The mail stage's classifier of body lines (src/mail/bodyLines.ts) owns the patterns of
 * quotes, attributions, original-message blocks, signatures, footers and PGP armour; they are
 * applied here too for a body the mail stage did not clean, and the cleaner's per-line kinds
 * (`kinds`) say why its blank lines are blank. The parser's own rules: a forward under a short
 * note read as the post, a forward separator (`Forwarded message`) as an original otherwise, raw
 * MIME part headers (kept by the cleaner: the quoted-printable parts are found by them), quotes
 * indented 4 spaces, a ` - name` sign-off.
 * Line numbers stay those of the given body. Flattened one-line posts are split at ` * ` bullets
 * (every piece keeps line number 1).
 */
import { startsPlain, charTable, signatureEndsAt, isQuotedLine, isSignatureSeparator, isAttributionLine, isFooterStart, outlookHeaderAt, PGP, undashEscaped, ORIGINAL_MESSAGE, FORWARDED_DASHES, FORWARDED_BEGIN, FORWARD_NOTE_LINES, type BodyLineKind } from '../mail/index.js';
import { decodeQuotedPrintableParts } from './quotedPrintable.js';

export interface Line {
  /** 1-based line number in the given body. */
  no: number;
  /** Text with tabs kept, trailing whitespace removed; '' when blanked. */
  text: string;
  /** Column of the first non-space character (tabs expanded to 8), or -1 when blank. */
  indent: number;
  /** Why the line was blanked, or null when it is readable. */
  masked: null | 'quote' | 'signature' | 'footer' | 'pgp' | 'mime' | 'empty';
}

export interface PreparedBody {
  lines: Line[];
  /** Non-blank lines in the input. */
  nonBlank: number;
  /** Non-blank lines that were quoted (`>` or inside an Outlook original-message block). */
  quoted: number;
  sawOriginalMessage: boolean;
  /** A forwarded message under a short note of the forwarder's own: its text was read as the post's. */
  forwardedContent: boolean;
}

const MAX_LINES = 50_000;
const MAX_LINE_CHARS = 20_000;

export function indentOf(text: string): number {
  let col = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ' ') col++;
    else if (c === '\t') col = col + 8 - (col % 8);
    else if (c === '\u00a0') col++;
    else return col;
  }
  return -1;
}

const FORWARD_HEADER = /^\s*(from|date|sent|subject|to|cc|reply-to|message-id)\s*:/i;
const MIME_HEADER = /^(content-(type|transfer-encoding|disposition|description|id)|mime-version)\s*:/i;
/**
 * What the marked lines below start with (after white space): `-` (forward and original-message
 * separators, signature, PGP, MIME boundary), b/B (`Begin forwarded message:`), `*` and f/F
 * (Outlook's `From:`), `>` and `|` (quotes), `_` and m/M (footer, `MIME-Version:`), c/C (`Content-`).
 * A line starting with another visible ASCII character is prose (or an attribution).
 */
const MARK_OPENERS = charTable('-bB*fF>|_mMcC');
const MIME_BOUNDARY = /^--(?=[-=_.\w]*[A-Za-z0-9=_.])[-=_.\w+/]{8,}(--)?\s*$/;

/** A body that is one long line (a mirror collapsed its newlines), ignoring a final line end. */
export function isFlattened(body: string): boolean {
  const t = body.trim();
  return t.length >= 300 && !t.includes('\n');
}

/**
 * Split a flattened post into pseudo-lines at ` * ` / ` • ` bullets and ` = X = ` headings.
 * ` - ` is not a split point: on one line it cannot be told from a dash in prose.
 */
function unflatten(body: string): string[] {
  if (!isFlattened(body)) return [body];
  // `(?<!\s)`: a split starts only at the first space of a run, so long space runs stay linear
  const parts = body.trim().split(/(?<!\s)\s+(?=[*•]\s+\S)|(?<!\s)\s+(?==+\s[^=]{1,60}\s=+(?:\s|$))/);
  return parts.length > 1 ? parts : [body];
}

/** `## Membership Data: ` inside a line, after other text: a Markdown heading and its label's colon. */
const RUN_ON_HEADING = /(?<=\S)\s+(?=#{2,4}\s+\p{Lu}[\p{L}\d &/-]{1,40}:\s)/u;
const RUN_ON_HEADING_ALL = new RegExp(RUN_ON_HEADING.source, 'gu');

/**
 * Sections an archive's copy ran onto one long line, each `## Title:` then its text (`## Description:
 * Apache Felix is ... ## Issues: There are no issues ... ## Membership Data: ...`, Apache board
 * report drafts as a web archive shows them): split before each heading, when the post has two or
 * more of them. Each piece keeps its line's number.
 */
function splitRunOnHeadings(raw: string[], nos: number[]): { lines: string[]; nos: number[] } {
  let marks = 0;
  for (const l of raw) {
    if (l.length < 120 || !l.includes('#')) continue;
    marks += (l.match(RUN_ON_HEADING_ALL) ?? []).length + (/^#{2,4}\s+\p{Lu}[\p{L}\d &/-]{1,40}:\s/u.test(l) ? 1 : 0);
    if (marks >= 2) break;
  }
  if (marks < 2) return { lines: raw, nos };
  const lines: string[] = [];
  const out: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const pieces = raw[i].length >= 120 && RUN_ON_HEADING.test(raw[i]) ? raw[i].split(RUN_ON_HEADING_ALL) : [raw[i]];
    for (const p of pieces) {
      lines.push(p);
      out.push(nos[i]);
    }
  }
  return { lines, nos: out };
}

/**
 * `kinds`: what the mail stage found each line of `body` to be, when `body` is its cleaned text
 * (src/mail/bodyLines.ts). Its blanked lines stay blank here; an attribution among them still
 * opens a quote indented 4 spaces below it.
 */
export function prepareLines(body: string, kinds?: readonly BodyLineKind[]): PreparedBody {
  const src = typeof body === 'string' ? body : '';
  let raw: string[];
  let nos: number[] | null = null;
  let flat = false;
  let mailKinds: readonly BodyLineKind[] | undefined;
  const pieces = unflatten(src);
  if (pieces.length > 1) {
    raw = pieces;
    flat = true;
  } else {
    // (the same lines: a string split is faster than a RegExp split, and most bodies hold no CR)
    raw = src.includes('\r') ? src.split(/\r\n|\r|\n/) : src.split('\n');
    // the kinds are by `\n` line: a body with bare CRs is numbered otherwise here
    if (kinds && raw.length === kinds.length) mailKinds = kinds;
    if (raw.length > MAX_LINES) raw = raw.slice(0, MAX_LINES);
    const logical = decodeQuotedPrintableParts(raw);
    raw = logical.lines;
    nos = logical.nos;
    const split = splitRunOnHeadings(raw, nos);
    raw = split.lines;
    nos = split.nos;
  }
  if (raw.length > MAX_LINES) raw = raw.slice(0, MAX_LINES);
  const lines: Line[] = [];
  let nonBlank = 0;
  let quoted = 0;
  let sawOriginalMessage = false;
  let forwardedContent = false;
  let forwardHeaders = false;
  let rest: Line['masked'] = null; // everything from here on is masked with this reason
  let inPgpSig = false;
  // inside a PGP-signed message's text (its BEGIN line read here, not blanked by the mail stage): dash-escapes come off
  let signed = false;
  let inMimeHeaders = false;
  for (let i = 0; i < raw.length; i++) {
    let text = raw[i].trimEnd();
    if (text.length > MAX_LINE_CHARS) text = text.slice(0, MAX_LINE_CHARS);
    const no = flat ? 1 : nos ? nos[i] : i + 1;
    const blank = text.trim() === '';
    if (!blank) nonBlank++;
    let masked: Line['masked'] = blank ? 'empty' : null;
    if (!blank) {
      const marked = !startsPlain(text, MARK_OPENERS);
      if (rest === 'signature' && signatureEndsAt(raw, i)) rest = null;
      if (rest) {
        masked = rest;
        if (rest === 'quote') quoted++;
      } else if (marked && !forwardedContent && ((nonBlank - 1 <= FORWARD_NOTE_LINES && (FORWARDED_DASHES.test(text) || FORWARDED_BEGIN.test(text)))
        || (ORIGINAL_MESSAGE.test(text) && (nonBlank === 1 || (nonBlank - 1 <= FORWARD_NOTE_LINES && mailKinds !== undefined && mailKinds[no - 1] === 'text'))))) {
        // `---------- Forwarded message ---------` under a short note: the forward is what is
        // published here (meeting notes sent on to the list), read as the post's own text; the
        // forwarded headers are not. So is Outlook's `-----Original Message-----` with nothing
        // of the sender's own above it (Outlook forwards under the same line as it replies), or under a
        // short note where the mail stage read the mail as a forward (its subject's `Fwd:`) and left the line as text
        forwardedContent = true;
        forwardHeaders = true;
        masked = 'quote';
      } else if (forwardHeaders && FORWARD_HEADER.test(text)) {
        masked = 'quote';
      } else if (marked && (ORIGINAL_MESSAGE.test(text) || FORWARDED_DASHES.test(text) || outlookHeaderAt(raw, i))) {
        rest = 'quote';
        sawOriginalMessage = true;
        masked = 'quote';
        quoted++;
      } else if (marked && isQuotedLine(text) && !(mailKinds && mailKinds[no - 1] === 'text')) {
        // (unless the mail stage read it as the writer's own: a link set off with `>`)
        masked = 'quote';
        quoted++;
      } else if (marked && isSignatureSeparator(text)) {
        rest = 'signature';
        masked = 'signature';
      } else if (marked && isFooterStart(raw, i)) {
        rest = 'footer';
        masked = 'footer';
      } else if (marked && PGP.signedStart.test(text)) {
        masked = 'pgp';
        signed = true;
        if (i + 1 < raw.length && PGP.hash.test(raw[i + 1])) raw[i + 1] = '';
      } else if (nonBlank === 1 && PGP.hashOnly.test(text) && (i + 1 >= raw.length || raw[i + 1].trim() === '')) {
        // (`Hash: SHA256` atop the body: the armour of a signed message whose BEGIN line its archive dropped)
        masked = 'pgp';
        signed = true;
      } else if (marked && PGP.signatureStart.test(text)) {
        inPgpSig = true;
        signed = false;
        masked = 'pgp';
      } else if (inPgpSig) {
        masked = 'pgp';
        if (PGP.signatureEnd.test(text)) inPgpSig = false;
      } else if (marked && MIME_BOUNDARY.test(text)) {
        masked = 'mime';
        inMimeHeaders = true;
      } else if ((marked && MIME_HEADER.test(text)) || (inMimeHeaders && /^\s/.test(text))) {
        masked = 'mime';
        inMimeHeaders = true;
      } else if (isAttributionLine(text) && nextNonBlankQuoted(raw, i)) {
        masked = 'quote';
      }
      if (masked !== 'mime') inMimeHeaders = false;
      if (masked !== 'quote') forwardHeaders = false;
    } else {
      inMimeHeaders = false;
    }
    // (a signed message's line as its writer wrote it: the signer's `- ` escape taken off)
    if (signed && !masked) text = undashEscaped(text);
    lines.push({ no, text: masked ? '' : text, indent: masked ? -1 : indentOf(text), masked });
  }
  maskDashSignoff(lines);
  quoted += maskIndentedQuotes(lines, mailKinds && ((no) => mailKinds[no - 1] === 'attribution'));
  return { lines, nonBlank, quoted, sawOriginalMessage, forwardedContent };
}

const MAIL_HEADER = /^(from|date|sent|to|cc|subject):\s/i;

/**
 * A block indented 4+ spaces that quotes another mail, the way some clients quote instead of `>`:
 * after an `On ... wrote:` attribution, or starting with two mail header lines (`From:`, `Date:`,
 * `Subject:`...). The attribution and the block (to the next line indented less than 4) are
 * masked as quotes. `mailAttribution(no)`: body line `no` is an attribution the mail stage
 * already blanked. One pass; returns how many non-blank lines it masked.
 */
function maskIndentedQuotes(lines: Line[], mailAttribution?: (no: number) => boolean): number {
  let n = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const blankedAttribution = l.masked === 'empty' && mailAttribution !== undefined && mailAttribution(l.no);
    if (!isText(l) && !blankedAttribution) continue;
    let from = -1;
    if (blankedAttribution || (l.indent < 4 && isAttributionLine(l.text))) {
      let k = i + 1;
      while (k < lines.length && k <= i + 3 && lines[k].indent < 0) k++;
      if (isText(lines[k]) && lines[k].indent >= 4) from = i;
    } else if (l.indent >= 4 && MAIL_HEADER.test(l.text.trim()) && isText(lines[i + 1]) && lines[i + 1].indent >= 4 &&
        MAIL_HEADER.test(lines[i + 1].text.trim())) {
      from = i;
    }
    if (from < 0) continue;
    let k = from;
    for (; k < lines.length; k++) {
      const q = lines[k];
      if (q.masked === 'empty') continue;
      if (k > from && (q.indent < 4 || q.masked)) break;
      lines[k] = { ...q, text: '', indent: -1, masked: 'quote' };
      n++;
    }
    i = k - 1;
  }
  return n;
}

/** A ` - name` sign-off as the last line of a post, after a blank line, is a signature, not a bullet. */
function maskDashSignoff(lines: Line[]): void {
  let k = lines.length - 1;
  while (k >= 0 && lines[k].indent < 0) k--;
  if (k < 1 || lines[k - 1].indent >= 0) return;
  if (/^\s*--?\s*[\p{L}.'-]{1,20}(\s[\p{L}.'-]{1,20})?$/u.test(lines[k].text)) {
    lines[k] = { ...lines[k], text: '', indent: -1, masked: 'signature' };
  }
}

function nextNonBlankQuoted(raw: string[], i: number): boolean {
  for (let j = i + 1; j < raw.length && j < i + 4; j++) {
    if (raw[j].trim() === '') continue;
    return isQuotedLine(raw[j]);
  }
  return false;
}

/** True for a readable, non-blank line. */
/**
 * A page's YAML front matter at the top of a post (`---` / `layout: default` / `title: 2022 Q1 Hyperledger Indy` /
 * `parent: 2022` / `---`, a Jekyll page of Hyperledger's quarterly project updates, pasted whole): its lines' indices,
 * metadata for a site generator, neither a title nor a list; empty when the post has none.
 */
const FRONT_MATTER_KEY = /^(?:title|tags|layout|permalink|categories|parent|nav_order|description)\s*:/;
export function frontMatterLines(lines: Line[]): Set<number> {
  const out = new Set<number>();
  let i = 0;
  while (i < lines.length && i < 20 && !isText(lines[i])) i++;
  if (i >= lines.length || lines[i].text.trim() !== '---') return out;
  let k = i + 1;
  let keys = 0;
  let known = false;
  for (; k < lines.length && k <= i + 30; k++) {
    const t = lines[k].text;
    if (t.trim() === '---') break;
    // (and a key's list or folded value below it: `tags:` over `    - newsletter`)
    if (keys > 0 && isText(lines[k]) && /^(?:\s+\S|-\s+\S)/.test(t)) continue;
    if (!isText(lines[k]) || !/^[A-Za-z_][\w-]{0,40}:(?:\s|$)/.test(t)) return out;
    if (FRONT_MATTER_KEY.test(t)) known = true;
    keys++;
  }
  // (one key alone when it is a site generator's own: `---` / `tags: weekly, rustc` / `---`, the Rust compiler team's HackMD agendas)
  if (k >= lines.length || lines[k].text.trim() !== '---' || keys < (known ? 1 : 2)) return out;
  for (let n = i; n <= k; n++) out.add(n);
  return out;
}

export function isText(line: Line | undefined): line is Line {
  return !!line && line.indent >= 0;
}

/** A horizontal rule (`-----`, `=====`, `_____`, `*****`), used as a separator. */
export function isRule(text: string): boolean {
  return /^\s{0,3}(-{3,}|={3,}|_{3,}|\*{3,}|(?:- ){3,}-?|(?:\* ){3,}\*?|(?:-=){3,}-?|(?:=-){3,}=?)\s*$/.test(text);
}
