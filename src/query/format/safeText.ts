/**
 * Making untrusted text (subjects, authors, items, names from strangers' mail and servers) safe
 * to print on a terminal. This is the one place that decides it; every human-facing renderer
 * (text and markdown output, `status`, `show`, sync's stderr, error messages) goes through it.
 *
 * - C0 controls (U+0000-U+001F), DEL and C1 controls (U+0080-U+009F) are made visible:
 *   ESC becomes `␛` (the Unicode control pictures), C1 and DEL become `<U+009B>`. So a mail can
 *   neither clear the screen nor retitle the terminal, forge colours or hyperlinks (OSC 8), nor
 *   hide text; entity-encoded escapes (`&#27;`) are caught too, since they arrive here decoded.
 * - Bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069: "Trojan Source") are
 *   made visible the same way.
 * - One-line fields turn TAB, LF, CR, VT, FF and U+2028/U+2029 into a space; multi-line text
 *   (a message body) keeps TAB and LF, turns CRLF into LF and shows a lone CR as `␍`.
 * - U+E000-U+E001 (private use) are removed: renderers use them as their own highlight marks.
 *
 * JSON output is not filtered: JSON escapes controls itself (see `toJson`).
 */

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029\ue000\ue001]/g;
const ANY_UNSAFE = new RegExp(UNSAFE.source);

function visible(c: string): string {
  const n = c.charCodeAt(0);
  if (n < 0x20) return String.fromCharCode(0x2400 + n);
  if (n === 0xe000 || n === 0xe001) return '';
  return `<U+${n.toString(16).toUpperCase().padStart(4, '0')}>`;
}

export interface SafeTextOptions {
  /** Keep LF and TAB (a message body); otherwise the text is made one line. */
  multiline?: boolean;
}

/** The string with every terminal control made visible (see the module comment). */
export function safeText(s: string, opts: SafeTextOptions = {}): string {
  // Most text has none of these: one scan, no copy (TAB, LF, CR and the rest are in UNSAFE too).
  if (!ANY_UNSAFE.test(s)) return s;
  if (opts.multiline) s = s.replace(/\r\n/g, '\n');
  else s = s.replace(/\r\n|[\t\n\r\v\f\u2028\u2029]/g, ' ');
  return s.replace(UNSAFE, (c) => (opts.multiline && (c === '\n' || c === '\t') ? c : visible(c)));
}

/**
 * A copy of a plain data value (objects, arrays, strings, numbers...) with every string made
 * one-line safe by `safeText`. Text renderers call it on their input first, so no field of it
 * can reach the terminal unfiltered, whichever fields a renderer later prints.
 */
export function safeData<T>(v: T): T {
  if (typeof v === 'string') return safeText(v) as T;
  if (Array.isArray(v)) return v.map(safeData) as T;
  if (v && typeof v === 'object' && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) out[k] = safeData((v as Record<string, unknown>)[k]);
    return out as T;
  }
  return v;
}

/**
 * JSON for output: JSON.stringify, with the characters it leaves raw but a terminal may act on
 * (DEL, C1 controls, bidi overrides, line separators) written as \u escapes too. The data is
 * unchanged for any JSON reader.
 */
export function toJson(v: unknown, indent?: number): string {
  // eslint-disable-next-line no-control-regex
  return JSON.stringify(v, null, indent).replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
