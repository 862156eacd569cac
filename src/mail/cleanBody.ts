/**
 * Blank out what a status parser must not read, keeping line numbers stable: every removed line
 * becomes an empty line, so line N of the result is line N of the input body.
 *
 * Removed: quoted lines (`>`, `|`), attribution lines (`On ... wrote:`), Outlook/forward
 * "Original Message" blocks and everything after, the signature (`-- ` to the end, or to a list
 * after a blank line: linux-next's merge log), pipermail's
 * attachment separator and everything after, scrubbed-attachment blocks, and the list footer.
 */
import type { CleanedBody, RemovedBlock, RemovedKind } from './types.js';

/** `-------------- next part --------------` in the languages Mailman ships. */
const NEXT_PART = /^-{5,}\s*(?:next part|section suivante|n[äa]chster Teil|pr[óo]xima parte|parte successiva|volgend deel|nast[eę]pna cz[eę][sś][cć]|следующая часть|n[äa]sta del|seuraava osa|n[ée]xt part)\s*-{5,}\s*$/i;
/** Outlook / webmail original-message and forwarded-message separators. */
const ORIGINAL = /^\s*-{2,}\s*(?:Original Message|Urspr[üu]ngliche Nachricht|Message d'origine|Mensaje original|Messaggio originale|Oorspronkelijk bericht|Originalmeddelande)\s*-{2,}\s*$/i;
const SCRUBBED = /^(?:An HTML attachment was scrubbed\.\.\.|A non-text attachment was scrubbed\.\.\.|An embedded message was scrubbed\.\.\.|An embedded and charset-unspecified text was scrubbed\.\.\.|HTML attachment scrubbed and removed|Skipped content of type .*)\s*$/;
const SCRUB_FIELD = /^(?:Name|Type|Size|Desc|URL|Url|From|Subject|Date)\s*:/;
const SIGNATURE = /^-- ?$/;
const FOOTER_RULE = /^_{20,}\s*$/;
const QUOTED = /^\s{0,3}(?:>|\|(?:\s|$))/;
const TABLE_ROW = /^\s*\|.*\|\s*$/; // `| a | b |` is a table, not a quote
const ATTRIBUTION_ON = /^\s*On\b.*\bwrote:\s*$/i;
const ATTRIBUTION = /\b(?:wrote|writes|schrieb|a écrit|escribió|scrive|skrev):\s*$/i;

export function cleanBody(body: string): CleanedBody {
  const lines = body.split('\n');
  const out = lines.slice();
  const removed: RemovedBlock[] = [];
  let quotedLines = 0;
  let sawAttribution = false;

  const blank = (from: number, to: number, kind: RemovedKind) => {
    for (let i = from; i <= to; i++) out[i] = '';
    const last = removed[removed.length - 1];
    if (last && last.kind === kind && last.endLine === from) last.endLine = to + 1;
    else removed.push({ kind, startLine: from + 1, endLine: to + 1 });
  };
  const isQuoted = (l: string) => QUOTED.test(l) && !TABLE_ROW.test(l);
  const nextNonBlank = (i: number) => {
    let j = i + 1;
    while (j < lines.length && !lines[j].trim()) j++;
    return j;
  };

  const end = lines.length - 1;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const l = raw.charCodeAt(raw.length - 1) === 13 ? raw.slice(0, -1) : raw;
    if (NEXT_PART.test(l)) {
      blank(i, end, 'attachment');
      break;
    }
    if (ORIGINAL.test(l)) {
      for (let j = i; j <= end; j++) if (lines[j].trim()) quotedLines++;
      blank(i, end, 'forwarded');
      break;
    }
    if (SIGNATURE.test(l)) {
      let j = i + 1;
      while (j <= end && !signatureEndsAt(lines, j)) j++;
      blank(i, j - 1, 'signature');
      if (j > end) break;
      i = j - 1;
      continue;
    }
    if (SCRUBBED.test(l)) {
      let j = i;
      while (j + 1 <= end && SCRUB_FIELD.test(lines[j + 1])) j++;
      blank(i, j, 'scrubbed');
      i = j;
      continue;
    }
    if (FOOTER_RULE.test(l) && i + 1 <= end && /mailing list\s*$/i.test(lines[i + 1])) {
      let j = i + 1;
      while (j + 1 <= end && lines[j + 1].trim() && j - i < 8) j++;
      blank(i, j, 'footer');
      i = j;
      continue;
    }
    if (isQuoted(l)) {
      quotedLines++;
      blank(i, i, 'quote');
      continue;
    }
    // both attribution forms end with `:` (cheap test first: most lines do not)
    const attrOn = endsWithColon(l) && ATTRIBUTION_ON.test(l);
    if (attrOn || (endsWithColon(l) && ATTRIBUTION.test(l))) {
      // "On Tue, 3 Aug 1999, X wrote:" or "X <x at y> wrote:" introducing quoted text
      const j = nextNonBlank(i);
      if (attrOn || (j <= end && isQuoted(lines[j]))) {
        sawAttribution = true;
        blank(i, i, 'attribution');
      }
      continue;
    }
    // a two-line attribution: "On Tue, 3 Aug 1999, Michael Dartt" / "<x at y> wrote:"
    if (/^\s*On\b/.test(l) && i + 1 <= end && ATTRIBUTION.test(lines[i + 1]) && isQuoted(lines[nextNonBlank(i + 1)] ?? '')) {
      sawAttribution = true;
      blank(i, i + 1, 'attribution');
      i++;
    }
  }
  return { text: out.join('\n'), quotedLines, sawAttribution, removed, nonBlank: countNonBlank(lines) };
}

/**
 * After `-- `, the signature normally runs to the end. It stops at a blank line followed by a
 * list: three of the next twelve lines start with the same word (linux-next appends its merge log,
 * `Merging tree (hash subject)` lines, after the signature).
 */
export function signatureEndsAt(lines: string[], i: number): boolean {
  if (lines[i - 1]?.trim() !== '' || lines[i].trim() === '') return false;
  const seen = new Map<string, number>();
  for (let j = i; j < lines.length && j < i + 12; j++) {
    const w = /^([A-Za-z$]\S*)\s/.exec(lines[j])?.[1];
    if (!w) continue;
    const n = (seen.get(w) ?? 0) + 1;
    if (n >= 3) return true;
    seen.set(w, n);
  }
  return false;
}

/** Lines holding a character other than space, tab or CR. */
function countNonBlank(lines: string[]): number {
  let n = 0;
  for (const l of lines) {
    for (let k = 0; k < l.length; k++) {
      const c = l.charCodeAt(k);
      if (c !== 32 && c !== 9 && c !== 13) {
        n++;
        break;
      }
    }
  }
  return n;
}

/** True when the line ends with `:` and optional white space (what `/:\s*$/` matches). */
function endsWithColon(l: string): boolean {
  const last = l.charCodeAt(l.length - 1);
  if (last === 58) return true;
  return (last <= 32 || last > 127) && /:\s*$/.test(l);
}
