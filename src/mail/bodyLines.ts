/**
 * The one classifier of body lines: what each line of a mail body is, so the mail cleaner blanks
 * from it and the status parser masks from it (src/status/lines.ts) with the same reasons instead
 * of re-deriving them from blanked text. Pure, one linear pass.
 *
 * Kinds: ordinary text; quoted lines (`>`, `|`); attribution lines (`On ... wrote:`, `X wrote:`
 * over a quote, and the two-line form); an Outlook/webmail "Original Message" block or Outlook
 * header block (From:/Sent:/To:) and everything after ('forwarded'); the signature (`-- ` to the end, or to a list after a blank line:
 * linux-next's merge log); pipermail's attachment separator and everything after ('attachment');
 * scrubbed-attachment blocks; the list footer; PGP armour (the signed-message line and its `Hash:`,
 * the signature block).
 */

/** What a body line is. Every kind but 'text' is something a status parser must not read. */
export type BodyLineKind =
  | 'text' | 'quote' | 'attribution' | 'forwarded' | 'signature' | 'attachment' | 'scrubbed' | 'footer' | 'pgp';

/** Inline PGP: the armour lines around a signed message and its signature block. */
export const PGP = {
  signedStart: /^-----BEGIN PGP SIGNED MESSAGE-----/,
  hash: /^Hash:/i,
  /**
   * `Hash: SHA256` alone atop a body, a blank line under it: a signed message's armour whose BEGIN
   * line its archive dropped (gmane's pages of the Tahoe-LAFS Weekly News, 2012).
   */
  hashOnly: /^Hash:\s*[A-Za-z0-9-]{2,20}(?:\s*,\s*[A-Za-z0-9-]{2,20})*\s*$/,
  signatureStart: /^-----BEGIN PGP SIGNATURE-----/,
  signatureEnd: /^-----END PGP SIGNATURE-----/,
};

/** `-------------- next part --------------` in the languages Mailman ships. */
const NEXT_PART = /^-{5,}\s*(?:next part|section suivante|n[äa]chster Teil|pr[óo]xima parte|parte successiva|volgend deel|nast[eę]pna cz[eę][sś][cć]|следующая часть|n[äa]sta del|seuraava osa|n[ée]xt part)\s*-{5,}\s*$/i;
/** Outlook / webmail original-message separators. */
export const ORIGINAL_MESSAGE = /^\s*-{2,}\s*(?:Original Message|Urspr[üu]ngliche Nachricht|Message d'origine|Mensaje original|Messaggio originale|Oorspronkelijk bericht|Originalmeddelande)\s*-{2,}\s*$/i;
/**
 * Gmail's `---------- Forwarded message ---------` and Apple Mail's `Begin forwarded message:`.
 * The cleaner keeps a forward (it may be what the post publishes); the status parser decides.
 */
export const FORWARDED_DASHES = /^\s*-{2,}\s*forwarded message\s*-{2,}\s*$/i;
export const FORWARDED_BEGIN = /^\s*begin forwarded message:\s*$/i;
const SCRUBBED = /^(?:An HTML attachment was scrubbed\.\.\.|A non-text attachment was scrubbed\.\.\.|An embedded message was scrubbed\.\.\.|An embedded and charset-unspecified text was scrubbed\.\.\.|HTML attachment scrubbed and removed|Skipped content of type .*)\s*$/;
const SCRUB_FIELD = /^(?:Name|Type|Size|Desc|URL|Url|From|Subject|Date)\s*:/;
/** The rule above Mailman's list footer (`____...`). */
const FOOTER_RULE = /^_{20,}\s*$/;
/** The footer line of an archived message page. */
const FOOTER_TEXT = /^\s*more information about the .{1,100} mailing list\s*$/i;
const FOOTER_NAMES = /mailing list|listinfo|mailman/i;

/**
 * Line `i` starts the list footer: Mailman's rule with the list named within three lines after
 * it (`Foo-dev mailing list`, a listinfo or mailman URL), or a page's "More information about the
 * X mailing list" line.
 */
export function isFooterStart(lines: readonly string[], i: number): boolean {
  const l = lines[i];
  if (FOOTER_RULE.test(l)) return FOOTER_NAMES.test(lines.slice(i + 1, i + 4).join(' '));
  return FOOTER_TEXT.test(l);
}
/** A table of the ASCII characters in `chars`, for startsPlain. */
export function charTable(chars: string): Uint8Array {
  const t = new Uint8Array(128);
  for (const ch of chars) t[ch.charCodeAt(0)] = 1;
  return t;
}

/**
 * True when the first character of `l` after spaces and TABs is visible ASCII and not in
 * `openers`: no pattern anchored at the line's start (after white space) whose first other
 * character is in `openers` can match it. Blank lines and lines whose first such character is
 * other white space or non-ASCII are never plain. Most lines of prose are, and skip those patterns.
 */
export function startsPlain(l: string, openers: Uint8Array): boolean {
  let i = 0;
  let c = l.charCodeAt(0);
  while (c === 32 || c === 9) c = l.charCodeAt(++i);
  return c > 32 && c < 127 && openers[c] === 0;
}

/**
 * What the kinds other than attributions start with (after white space): `-` (next part, original
 * message, signature, PGP), `*` and f/F (Outlook's `From:`), A/H/S (scrubbed), `_` and m/M (footer),
 * `>` and `|` (quotes), O (a two-line `On ...` attribution).
 */
const KIND_OPENERS = charTable('-*fFAHS_mM>|O');
const ON_OPENER = charTable('O');

/** `>` or `|` at most 3 columns in (deeper, it is code: `    > socat ...`, a shell prompt). */
const QUOTED = /^\s{0,3}(?:>|\|(?:\s|$))/;
const TABLE_ROW = /^\s*\|.*\|\s*$/; // `| a | b |` is a table, not a quote
/** `    > text`: an indenting mail reader's quote (Emacs MH), taken as one only under an attribution (see classifyBodyLines). */
const DEEP_QUOTED = /^\s{4,8}>/;
const ATTRIBUTION_ON = /^\s*On\b.*\bwrote:\s*$/i;
// (and in Italian, Portuguese, Dutch, Finnish, Polish, Czech and Russian: `29.10.2014 23:07, Egmont Koblinger пишет:`)
const ATTRIBUTION = /(?:\b(?:wrote|writes|schrieb|a écrit|escribió|scrive|ha scritto|escreveu|schreef|kirjoitti|skrev|napisał|napsal)|(?<!\S)(?:пишет|написал|написала)):\s*$/i;

/** A quoted line: `> text`, `| text` (not a `| a | b |` table row). */
export function isQuotedLine(l: string): boolean {
  return QUOTED.test(l) && !TABLE_ROW.test(l);
}

/** The signature separator `-- ` (also without its space, or with more white space after it). */
export function isSignatureSeparator(l: string): boolean {
  return /^--\s*$/.test(l);
}

/** `On ... wrote:`, `X wrote:`, `X schrieb:`... (whether a quote follows is the caller's to see). */
export function isAttributionLine(l: string): boolean {
  return endsWithColon(l) && (ATTRIBUTION_ON.test(l) || ATTRIBUTION.test(l));
}

/**
 * The writer's own words say the attachment below is the report: `I've attached minutes for our meeting`,
 * `I've attached a very brief version of the Karlsruhe meeting minutes` (Kamailio 2008), `A draft of minutes
 * from our meeting yesterday, 19 February, are attached` (FSG Accessibility 2003), `A short summary of the
 * meeting in attachment`, `Meeting notes follow.` (TinyOS Alliance 2007).
 */
const ATTACHED_REPORT = /\battach(?:ed|ing)\b.{0,60}\b(?:minutes|notes|report|summary|status|newsletter)\b|\b(?:minutes|notes|report|summary)\b.{0,50}\b(?:(?:is|are)\s+)?(?:attached|in (?:the )?attachment)\b|\b(?:minutes|notes)\s+follows?\b/i;

function announcesAttachedReport(lines: readonly string[], at: number): boolean {
  const own = lines.slice(0, at).filter((l) => l.trim() !== '' && !isQuotedLine(l));
  return own.length <= 15 && ATTACHED_REPORT.test(own.join(' '));
}

/** A diff or patch in the attachment after line `at`, before the next one. */
function diffFollows(lines: readonly string[], at: number): boolean {
  for (let j = at + 1; j < lines.length && j < at + 2000; j++) {
    const l = lines[j];
    if (NEXT_PART.test(l)) return false;
    if (/^(?:diff --git |Index: |--- a\/|\+\+\+ b\/|@@ -\d)/.test(l)) return true;
  }
  return false;
}

/** At most this many lines of the forwarder's own above a forwarded message make it a forward of content (here and in src/status/lines.ts). */
export const FORWARD_NOTE_LINES = 6;

/**
 * The kind of every line of `lines` (a body split at `\n`; a trailing CR is ignored). `forward`: the
 * subject says the mail forwards another (`Fwd:`), so an `Original Message` line under a short note
 * opens what it passes on, not a quoted original (Thunderbird forwards inline under it).
 */
export function classifyBodyLines(lines: string[], opts: { forward?: boolean } = {}): BodyLineKind[] {
  const kinds: BodyLineKind[] = new Array<BodyLineKind>(lines.length).fill('text');
  const mark = (from: number, to: number, kind: BodyLineKind) => {
    for (let i = from; i <= to; i++) kinds[i] = kind;
  };
  const isQuoted = isQuotedLine;
  const nextNonBlank = (i: number) => {
    let j = i + 1;
    while (j < lines.length && !lines[j].trim()) j++;
    return j;
  };

  const end = lines.length - 1;
  // set once an attribution stands over `    > ` lines: this writer's reader indents its quotes
  let deepQuotes = false;
  let first = true;
  // non-blank lines read so far (this one included)
  let own = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const l = raw.charCodeAt(raw.length - 1) === 13 ? raw.slice(0, -1) : raw;
    // a blank line is none of the kinds; a line of prose only maybe an attribution (below)
    if (l === '') continue;
    own++;
    const atFirst = first;
    if (first) {
      first = false;
      if (PGP.hashOnly.test(l) && (i === end || lines[i + 1].trim() === '')) {
        kinds[i] = 'pgp';
        continue;
      }
    }
    if (!startsPlain(l, KIND_OPENERS)) {
      if (NEXT_PART.test(l)) {
        // `I've attached minutes for our meeting` over minutes sent as a text attachment, which
        // pipermail shows inline: the minutes are the post (a patch or a log never is)
        if (announcesAttachedReport(lines, i) && !diffFollows(lines, i)) {
          kinds[i] = 'attachment';
          continue;
        }
        mark(i, end, 'attachment');
        break;
      }
      // an Outlook header block opens the original too, but not the headers of a forward (under a
      // `Forwarded message` line: the status parser decides whether the forward is the post). Nor
      // does an `Original Message` line with nothing of the sender's own above it: Outlook forwards
      // under the same line as it replies, and a reply of nothing is a forward.
      // (a forward's `-------- Original Message --------` under a short note opens what it forwards, as a
      // `Forwarded message` line does)
      const forwardOpens = opts.forward === true && own - 1 <= FORWARD_NOTE_LINES && ORIGINAL_MESSAGE.test(l);
      if ((ORIGINAL_MESSAGE.test(l) && !atFirst && !forwardOpens) || (outlookHeaderAt(lines, i) && !afterForwardSeparator(lines, i, opts.forward === true))) {
        mark(i, end, 'forwarded');
        break;
      }
      if (isSignatureSeparator(l)) {
        let j = i + 1;
        while (j <= end && !signatureEndsAt(lines, j)) j++;
        mark(i, j - 1, 'signature');
        if (j > end) break;
        i = j - 1;
        continue;
      }
      if (SCRUBBED.test(l)) {
        let j = i;
        while (j + 1 <= end && SCRUB_FIELD.test(lines[j + 1])) j++;
        mark(i, j, 'scrubbed');
        i = j;
        continue;
      }
      if (isFooterStart(lines, i)) {
        // through the line naming the list (blank lines between kept in), then the lines after it
        let j = i;
        while (j < i + 3 && j < end && !FOOTER_NAMES.test(lines[j])) j++;
        if (!FOOTER_NAMES.test(lines[j])) j = i;
        while (j + 1 <= end && lines[j + 1].trim() && j - i < 8) j++;
        mark(i, j, 'footer');
        i = j;
        continue;
      }
      if (isQuoted(l) || (deepQuotes && DEEP_QUOTED.test(l))) {
        kinds[i] = 'quote';
        continue;
      }
      if (PGP.signedStart.test(l)) {
        const j = i + 1 <= end && PGP.hash.test(lines[i + 1]) ? i + 1 : i;
        mark(i, j, 'pgp');
        i = j;
        continue;
      }
      if (PGP.signatureStart.test(l)) {
        let j = i;
        while (j < end && !PGP.signatureEnd.test(lines[j])) j++;
        mark(i, j, 'pgp');
        i = j;
        continue;
      }
    }
    // both attribution forms end with `:` (cheap test first: most lines do not)
    const attrOn = endsWithColon(l) && ATTRIBUTION_ON.test(l);
    if (attrOn || (endsWithColon(l) && ATTRIBUTION.test(l))) {
      // "On Tue, 3 Aug 1999, X wrote:" or "X <x at y> wrote:" introducing quoted text
      const j = nextNonBlank(i);
      // (`Joseph Reynolds <jrey@...> wrote:` over `    > 1. Security impacts of ...`: deeper than a
      // quote is taken elsewhere, where `    > socat ...` is a shell prompt in a code block)
      if (j <= end && DEEP_QUOTED.test(lines[j])) deepQuotes = true;
      if (attrOn || (j <= end && (isQuoted(lines[j]) || deepQuotes))) kinds[i] = 'attribution';
      continue;
    }
    // a two-line attribution: "On Tue, 3 Aug 1999, Michael Dartt" / "<x at y> wrote:"
    if (!startsPlain(l, ON_OPENER) && /^\s*On\b/.test(l) && i + 1 <= end && ATTRIBUTION.test(lines[i + 1]) && isQuoted(lines[nextNonBlank(i + 1)] ?? '')) {
      mark(i, i + 1, 'attribution');
      i++;
    }
  }
  linksSetOff(lines, kinds);
  return kinds;
}

const QUOTED_LINK = /^>[ \t]?<?https?:\/\/\S+>?[ \t\r]*$/;

/**
 * `> https://github.com/.../issues/325` alone between the writer's own lines, in a mail that
 * quotes nobody (no attribution): a link set off with `>` (Nick Desaulniers' notes of the
 * ClangBuiltLinux meetings put each link so under its item), the writer's own text.
 */
function linksSetOff(lines: string[], kinds: BodyLineKind[]): void {
  if (!kinds.includes('quote') || kinds.includes('attribution')) return;
  let i = 0;
  while (i < lines.length) {
    if (kinds[i] !== 'quote') { i++; continue; }
    let j = i;
    let links = true;
    // the block: quote lines and the blank lines between them
    while (j < lines.length && (kinds[j] === 'quote' || (!lines[j].trim() && kinds[j + 1] === 'quote'))) {
      if (kinds[j] === 'quote' && !QUOTED_LINK.test(lines[j])) links = false;
      j++;
    }
    let before = i - 1;
    while (before >= 0 && !lines[before].trim()) before--;
    let after = j;
    while (after < lines.length && !lines[after].trim()) after++;
    const ownAround = before >= 0 && kinds[before] === 'text' && (after >= lines.length || kinds[after] === 'text');
    if (links && ownAround) for (let k = i; k < j; k++) if (kinds[k] === 'quote') kinds[k] = 'text';
    i = j;
  }
}

/**
 * Outlook's quote without a marker line: `From: X` then, within the next four lines, `Sent:` and
 * `To:` or `Subject:` header lines. Everything from there on is the quoted mail.
 */
export function outlookHeaderAt(raw: readonly string[], i: number): boolean {
  if (!/^\s*\*?from:\*?\s+\S/i.test(raw[i])) return false;
  let sent = false;
  let other = false;
  for (let j = i + 1; j < raw.length && j <= i + 4; j++) {
    if (/^\s*\*?(sent|date):\*?\s/i.test(raw[j])) sent = true;
    if (/^\s*\*?(to|subject|cc):\*?\s/i.test(raw[j])) other = true;
  }
  return sent && other;
}

/**
 * After `-- `, the signature normally runs to the end. It stops at a blank line followed by a
 * list: three of the next twelve lines start with the same word (linux-next appends its merge log,
 * `Merging tree (hash subject)` lines, after the signature).
 */
export function signatureEndsAt(lines: string[], i: number): boolean {
  if (lines[i - 1]?.trim() !== '' || lines[i].trim() === '') return false;
  // (or by the links a mail client numbered and listed under the signature, `Links:` over `  1. https://...`: FastMail's
  // footnotes to the post's `[1]` markers, Sumana Harihareswara's PyPI updates on distutils-sig, 2018)
  if (/^Links:\s*$/.test(lines[i]) && lines.slice(i + 1, i + 4).some((l) => /^\s*\d{1,3}\.\s+(?:https?|ftp):\/\/\S/.test(l))) return true;
  const seen = new Map<string, number>();
  for (let j = i; j < lines.length && j < i + 12; j++) {
    const w = /^([A-Za-z$]\S*)\s/.exec(lines[j])?.[1];
    if (!w) continue;
    const n = (seen.get(w) ?? 0) + 1;
    if (n >= 3) return true;
    seen.set(w, n);
  }
  // (or by a document longer than any signature: minutes attached as text after the writer's
  // signature, `Minutes from our last meeting are attached` on debconf-team)
  let own = 0;
  for (let j = i; j < lines.length && j < i + LONG_AFTER_SIGNATURE * 3; j++) {
    if (lines[j].trim() && !isQuotedLine(lines[j]) && ++own >= LONG_AFTER_SIGNATURE) return true;
  }
  return false;
}

/** Lines of its own text after a signature's blank line that make it a document, not a signature. */
const LONG_AFTER_SIGNATURE = 20;

/** The last non-blank line before `i` is a forward separator. */
function afterForwardSeparator(lines: readonly string[], i: number, forward = false): boolean {
  let j = i - 1;
  while (j >= 0 && !lines[j].trim()) j--;
  if (j < 0) return false;
  if (FORWARDED_DASHES.test(lines[j]) || FORWARDED_BEGIN.test(lines[j])) return true;
  // `-----Original Message-----` as the body's first line (see classifyBodyLines), or a forward's under a short note
  if (!ORIGINAL_MESSAGE.test(lines[j])) return false;
  let above = 0;
  while (--j >= 0) if (lines[j].trim() && ++above > (forward ? FORWARD_NOTE_LINES : 0)) return false;
  return true;
}

/** True when the line ends with `:` and optional white space (what `/:\s*$/` matches). */
function endsWithColon(l: string): boolean {
  const last = l.charCodeAt(l.length - 1);
  if (last === 58) return true;
  return (last <= 32 || last > 127) && /:\s*$/.test(l);
}

/**
 * A line of a PGP-signed message as written: the signer dash-escapes each line that starts with
 * `-` (RFC 4880 7.1: `- ----------` under a heading, `- - item`); the escape is not the writer's.
 */
export function undashEscaped(line: string): string {
  return line.charCodeAt(0) === 45 && line.charCodeAt(1) === 32 ? line.slice(2) : line;
}
