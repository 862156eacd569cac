/** Byte-to-text decoding for mail whose charset is declared, undeclared, or wrong. */
import { isAscii, isUtf8 } from 'node:buffer';

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/** windows-1252 code points for bytes 0x80-0x9F (0 = undefined, kept as the C1 control). */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Decode windows-1252 by hand, as the WHATWG Encoding Standard does: Node 20's
 * TextDecoder('windows-1252') takes a Latin-1 fast path and leaves 0x80-0x9F as C1 controls, and
 * iconv-lite turns the five bytes the table leaves undefined into U+FFFD (and is slower on
 * header-sized input, where this runs most).
 */
export function decodeCp1252(buf: Uint8Array): string {
  let out = '';
  for (let i = 0; i < buf.length; i += 8192) {
    const codes: number[] = [];
    const end = Math.min(buf.length, i + 8192);
    for (let j = i; j < end; j++) {
      const b = buf[j];
      codes.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || b : b);
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}
const cp1252 = { decode: decodeCp1252 };

/** Normalise a charset label; returns null when TextDecoder does not know it. */
export function knownCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (!l) return null;
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return null;
  }
}

/** Decode as UTF-8 if the bytes are valid UTF-8, else null. */
export function tryUtf8(buf: Uint8Array): string | null {
  // checked first: the decoder's exception costs far more than the check, on every Latin-1 line
  if (!isUtf8(buf)) return null;
  try {
    return utf8Strict.decode(buf);
  } catch {
    return null;
  }
}

/** The bytes read as Latin-1 (one character a byte), without copying them. */
function latin1(buf: Uint8Array): string {
  return (Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength)).toString('latin1');
}

/**
 * Decode undeclared bytes: UTF-8 if the whole buffer is valid, else line by line
 * (UTF-8 where valid, windows-1252 otherwise). `mixed` is true when any line needed the fallback.
 */
export function decodeUndeclared(buf: Uint8Array): { text: string; fallback: boolean } {
  if (isAscii(buf)) return { text: latin1(buf), fallback: false };
  const whole = tryUtf8(buf);
  if (whole !== null) return { text: whole, fallback: false };
  const parts: string[] = [];
  let start = 0;
  while (start <= buf.length) {
    let end = buf.indexOf(0x0a, start);
    if (end < 0) end = buf.length;
    const line = buf.subarray(start, end);
    parts.push(tryUtf8(line) ?? cp1252.decode(line));
    start = end + 1;
  }
  return { text: parts.join('\n'), fallback: true };
}

/**
 * Decode with a declared charset when TextDecoder knows it (us-ascii is read as UTF-8/1252 since
 * mislabelled 8-bit is common); otherwise as undeclared. Never throws.
 */
export function decodeBytes(
  buf: Uint8Array,
  charset: string | null | undefined,
): { text: string; warning: string | null } {
  const enc = knownCharset(charset);
  if (enc && enc !== 'windows-1252' && enc !== 'utf-8') {
    return { text: new TextDecoder(enc).decode(buf), warning: null };
  }
  if (enc === 'utf-8') {
    const t = tryUtf8(buf);
    if (t !== null) return { text: t, warning: null };
    const u = decodeUndeclared(buf);
    return { text: u.text, warning: 'invalid utf-8 in a utf-8 body; windows-1252 used for some lines' };
  }
  // windows-1252 is also what TextDecoder returns for us-ascii / iso-8859-1 labels
  const declaredAscii = !!charset && /^(us-)?ascii$/i.test(charset.trim());
  if (enc === 'windows-1252' && !declaredAscii) return { text: cp1252.decode(buf), warning: null };
  const u = decodeUndeclared(buf);
  const what = charset ? `${charset} declared but` : 'undeclared';
  return { text: u.text, warning: u.fallback ? `${what} 8-bit bytes; windows-1252 used for some lines` : null };
}
