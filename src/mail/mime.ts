/** Body decoding: Content-Transfer-Encoding, charset, and the first text/plain part of multipart mail. */
import libmime from 'libmime';
import { decode as decodeQp } from 'libqp';
import { decodeBytes } from './charset.js';
import { parseHeaderBlock, headerRecord } from './headers.js';
import { htmlToText } from './htmlText.js';

export interface ContentType {
  type: string; // lower-case "text/plain"
  params: Record<string, string>;
}

/** Parse a Content-Type value; a missing or broken one gives text/plain without params. */
export function parseContentType(value: string | undefined): ContentType {
  if (!value) return { type: 'text/plain', params: {} };
  try {
    const p = libmime.parseHeaderValue(value);
    const type = String(p.value || 'text/plain').trim().toLowerCase();
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(p.params ?? {})) params[k.toLowerCase()] = String(v);
    return { type: type.includes('/') ? type : 'text/plain', params };
  } catch {
    return { type: 'text/plain', params: {} };
  }
}

/**
 * Undo quoted-printable (RFC 2045: soft line breaks, `=XX` escapes, the whitespace an encoder may
 * leave at a line end) on bytes, or on a string of chars below 256. The one QP decoder: libqp,
 * linear in its input.
 */
export function decodeQuotedPrintable(input: Uint8Array | string): Buffer {
  return decodeQp(input);
}

/** Undo a Content-Transfer-Encoding; unknown encodings pass through. */
export function decodeTransfer(buf: Buffer, cte: string | undefined): Buffer {
  const e = (cte ?? '').trim().toLowerCase();
  if (e === 'quoted-printable') return decodeQuotedPrintable(buf);
  if (e === 'base64') return Buffer.from(buf.toString('latin1').replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  return buf;
}

/** Split a multipart body into its parts' raw bytes (headers + body each). */
export function splitMultipart(body: Buffer, boundary: string): Buffer[] {
  const text = body.toString('latin1');
  const delim = `--${boundary}`;
  const parts: Buffer[] = [];
  const lines = text.split('\n');
  let cur: string[] | null = null;
  for (const line of lines) {
    const l = line.replace(/\r$/, '');
    if (l === `${delim}--`) {
      if (cur) parts.push(Buffer.from(cur.join('\n'), 'latin1'));
      cur = null;
      break;
    }
    if (l === delim) {
      if (cur) parts.push(Buffer.from(cur.join('\n'), 'latin1'));
      cur = [];
      continue;
    }
    if (cur) cur.push(line);
  }
  if (cur && cur.length) parts.push(Buffer.from(cur.join('\n'), 'latin1'));
  return parts;
}

/**
 * Decode a message body given its headers. Multipart: the first text/plain part (searched
 * depth-first), else the first text/* part, else the raw body read as text. An HTML part is
 * turned into its text (htmlText.ts).
 */
export function decodeBody(headers: Record<string, string>, body: Buffer, depth = 0): string {
  const ct = parseContentType(headers['content-type']);
  if (ct.type.startsWith('multipart/') && ct.params.boundary && depth < 5) {
    const parts = splitMultipart(body, ct.params.boundary).map((p) => {
      const hb = parseHeaderBlock(p);
      return { headers: headerRecord(hb.fields), body: p.subarray(hb.bodyStart) };
    });
    const pick = (pred: (t: string) => boolean) => parts.find((p) => pred(parseContentType(p.headers['content-type']).type));
    for (const p of parts) {
      const t = parseContentType(p.headers['content-type']).type;
      if (t === 'text/plain' || t.startsWith('multipart/')) {
        const d = decodeBody(p.headers, p.body, depth + 1);
        if (t === 'text/plain' || d.trim()) return d;
      }
    }
    const anyText = pick((t) => t.startsWith('text/'));
    if (anyText) return decodeBody(anyText.headers, anyText.body, depth + 1);
  }
  const raw = ct.type.startsWith('multipart/') ? body : decodeTransfer(body, headers['content-transfer-encoding']);
  const text = decodeBytes(raw, ct.params.charset ?? null).text.replace(/\r\n/g, '\n');
  // mail sent as HTML only: its text, so that the parser and search read words, not markup
  return ct.type === 'text/html' || (ct.type === 'text/plain' && looksLikeHtml(text)) ? htmlToText(text) : text;
}

const HTML_LINE = /^[ \t]*<(?:p|h[1-6]|div|ul|ol|li|table|tr|td|br|blockquote|section|article)\b[^>]*>/i;

/**
 * A plain body that is HTML written out (a blog's page saved as text, a newsletter pasted with its markup): most of
 * its lines of text open with a block element (`<p>`, `<h3>`, `<li>`), four at least. Bounded: the first 2,000 lines.
 */
function looksLikeHtml(text: string): boolean {
  let tagged = 0;
  let lines = 0;
  let start = 0;
  for (let k = 0; k < 2000 && start < text.length; k++) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    start = end < 0 ? text.length : end + 1;
    if (!line.trim()) continue;
    lines++;
    if (HTML_LINE.test(line)) tagged++;
  }
  return tagged >= 4 && tagged * 2 >= lines;
}
