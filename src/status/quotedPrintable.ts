/**
 * Raw MIME bodies stored as text (a `multipart/signed` post whose parts the mail stage did not
 * decode): inside a part whose headers say `Content-Transfer-Encoding: quoted-printable`, join
 * soft line breaks (`=` at the end of a line) and decode `=XX` escapes (UTF-8, else Latin-1), so
 * `commit 3445139e3a594b=` / ` ("x86/c=` / `pu-policy...` reads as one line. Each logical line
 * keeps the 1-based number of its first physical line. Other bodies are returned unchanged.
 * The escapes are decoded by the mail stage's one QP decoder.
 */
import { decodeQuotedPrintable } from '../mail/index.js';

export interface LogicalLines {
  lines: string[];
  /** 1-based body line number of each logical line. */
  nos: number[];
}

const CTE_QP = /^content-transfer-encoding\s*:\s*quoted-printable\s*$/i;
const BOUNDARY = /^--[-=_.\w+/]{8,}(--)?\s*$/;
const ESCAPES = /(?:=[0-9A-F]{2})+/g;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('iso-8859-1');

function decodeEscapes(text: string): string {
  return text.replace(ESCAPES, (run) => {
    const bytes = decodeQuotedPrintable(run);
    try {
      return utf8.decode(bytes);
    } catch {
      return latin1.decode(bytes);
    }
  });
}

/** Every `=` is an `=XX` escape or a soft break: the part really is quoted-printable. */
function isValidQp(part: string[]): boolean {
  return part.every((l) => !/=(?![0-9A-F]{2}|[ \t]*$)/.test(l));
}

function decodePart(part: string[], firstNo: number, out: LogicalLines): void {
  let pending: string | null = null;
  let pendingNo = 0;
  part.forEach((line, k) => {
    let end = line.length;
    while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
    const text = line.slice(0, end);
    if (pending === null) pendingNo = firstNo + k;
    const soft = text.endsWith('=');
    pending = (pending ?? '') + (soft ? text.slice(0, -1) : text);
    if (!soft) {
      out.lines.push(decodeEscapes(pending));
      out.nos.push(pendingNo);
      pending = null;
    }
  });
  if (pending !== null) {
    out.lines.push(decodeEscapes(pending));
    out.nos.push(pendingNo);
  }
}

export function decodeQuotedPrintableParts(raw: string[]): LogicalLines {
  if (!raw.some((l) => CTE_QP.test(l))) return { lines: raw, nos: raw.map((_, i) => i + 1) };
  const out: LogicalLines = { lines: [], nos: [] };
  let inHeaders = false;
  let qp = false;
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i];
    const boundary = BOUNDARY.test(line.trim());
    if (boundary || inHeaders || !qp) {
      if (boundary) {
        inHeaders = true;
        qp = false;
      } else if (inHeaders) {
        if (line.trim() === '') inHeaders = false;
        else if (CTE_QP.test(line)) qp = true;
      }
      out.lines.push(line);
      out.nos.push(i + 1);
      continue;
    }
    let j = i;
    while (j < raw.length && !BOUNDARY.test(raw[j].trim())) j++;
    const part = raw.slice(i, j);
    if (isValidQp(part)) decodePart(part, i + 1, out);
    else part.forEach((l, k) => { out.lines.push(l); out.nos.push(i + 1 + k); });
    qp = false;
    i = j - 1;
  }
  return out;
}
