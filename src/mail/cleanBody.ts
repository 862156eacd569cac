/**
 * Blank out what a status parser must not read, keeping line numbers stable: every removed line
 * becomes an empty line, so line N of the result is line N of the input body. What a line is
 * comes from the one classifier of body lines (bodyLines.ts): every line not 'text' is blanked.
 * (A signed message's text loses its dash-escapes: `- ---` is the writer's `---`.)
 */
import type { CleanedBody, RemovedBlock } from './types.js';
import { classifyBodyLines, PGP, undashEscaped, type BodyLineKind } from './bodyLines.js';

export function cleanBody(body: string, opts: { forward?: boolean } = {}): CleanedBody {
  const lines = body.split('\n');
  return cleanFromKinds(lines, classifyBodyLines(lines, opts));
}

/** The cleaned body of `lines` given their kinds (runs of one kind are one removed block). */
export function cleanFromKinds(lines: string[], kinds: BodyLineKind[]): CleanedBody {
  const out = lines.slice();
  const removed: RemovedBlock[] = [];
  let quotedLines = 0;
  let sawAttribution = false;
  let last: RemovedBlock | undefined;
  // inside a PGP-signed message's text: its dash-escapes taken off (RFC 4880 7.1)
  let signed = false;
  for (let i = 0; i < lines.length; i++) {
    const kind = kinds[i];
    if (kind === 'text') {
      if (signed) out[i] = undashEscaped(lines[i]);
      last = undefined;
      continue;
    }
    if (kind === 'pgp') {
      if (PGP.signedStart.test(lines[i]) || PGP.hashOnly.test(lines[i])) signed = true;
      else if (PGP.signatureStart.test(lines[i])) signed = false;
    }
    // a forwarded original counts its non-blank lines as quoted; a quote line is never blank
    if (kind === 'quote' || (kind === 'forwarded' && lines[i].trim())) quotedLines++;
    if (kind === 'attribution') sawAttribution = true;
    out[i] = '';
    if (last && last.kind === kind) last.endLine = i + 1;
    else removed.push((last = { kind, startLine: i + 1, endLine: i + 1 }));
  }
  return { text: out.join('\n'), quotedLines, sawAttribution, removed, nonBlank: countNonBlank(lines), lineKinds: kinds };
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
