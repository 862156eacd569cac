/** HTML text helpers for pipermail pages: entity decoding and charset-aware byte decoding. */
import { decodeHTMLStrict } from 'entities';
import { decodeBytes, knownCharset } from '../mail/index.js';

/**
 * Decode `&name;`, `&#NNN;` and `&#xHH;` as HTML5 does (the whole named table, numeric
 * references per the spec: `&#0;`, surrogates and out-of-range code points become U+FFFD,
 * `&#128;`-`&#159;` the windows-1252 characters); a reference without its `;` is left as
 * written. The entities package's decoder is a trie walk, linear in the text.
 */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return decodeHTMLStrict(s);
}

/** Charset named by a `<META ... charset=...>` in the first part of the page, or null. */
export function metaCharset(buf: Uint8Array): string | null {
  const head = Buffer.from(buf.subarray(0, 4096)).toString('latin1');
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  return m ? m[1] : null;
}

/**
 * Decode page bytes: by the META charset when it is known, else by the HTTP header charset,
 * else UTF-8 when valid, else windows-1252 (line by line). A us-ascii label is treated as
 * "undeclared" since mislabelled 8-bit pages exist. Never throws.
 */
export function decodeHtml(buf: Uint8Array, headerCharset?: string | null): string {
  const meta = metaCharset(buf);
  const label = knownCharset(meta) ? meta : knownCharset(headerCharset) ? headerCharset : null;
  return decodeBytes(buf, label).text.replace(/\r\n/g, '\n');
}

/** Collapse TABs and line breaks (from folded headers) to single spaces, and trim. */
export function foldWhitespace(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Make sure a directory URL ends with "/" so relative links resolve inside it. */
export function dirUrl(baseUrl: string): string {
  const u = new URL(baseUrl);
  const last = u.pathname.split('/').pop() ?? '';
  if (last && !last.includes('.')) u.pathname += '/';
  u.search = '';
  u.hash = '';
  return u.toString();
}

/** One start or end tag found by scanTags. */
export interface Tag {
  /** Lower-cased tag name. */
  name: string;
  closing: boolean;
  /** Text between the name and the `>` (attributes, unparsed). */
  attrs: string;
  /** Offset of the `<` and one past the `>`. */
  start: number;
  end: number;
}

const TAG_NAME = /<(\/?)([A-Za-z][A-Za-z0-9]*)/y;

/**
 * The start and end tags of `html` in order, in one linear pass and without building a tree:
 * each `<` is looked at once, and the position of the next `>` is remembered, so no input
 * (200,000 unclosed `<a`, a page without any `>`) costs more than a few passes over it.
 * Comments and `<!DOCTYPE>` are skipped as text; a `<` without a `>` after it ends the scan.
 */
export function* scanTags(html: string): Generator<Tag> {
  let i = 0;
  let gt = -1;
  for (;;) {
    const lt = html.indexOf('<', i);
    if (lt < 0) return;
    TAG_NAME.lastIndex = lt;
    const m = TAG_NAME.exec(html);
    if (!m) {
      i = lt + 1;
      continue;
    }
    // The first '>' after an earlier '<' is also the first after this one while it lies beyond it.
    if (gt < lt) {
      gt = html.indexOf('>', lt);
      if (gt < 0) return;
    }
    yield { name: m[2].toLowerCase(), closing: m[1] === '/', attrs: html.slice(lt + m[0].length, gt), start: lt, end: gt + 1 };
    i = gt + 1;
  }
}

/** The value of attribute `name` in a tag's attribute text (entities decoded), or null. */
export function attrValue(attrs: string, name: string): string | null {
  const re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i');
  const m = re.exec(attrs);
  if (!m) return null;
  return decodeEntities(m[1] ?? m[2] ?? m[3] ?? '');
}

/** Tags removed, entities decoded, whitespace collapsed. */
export function plainText(fragment: string): string {
  return decodeEntities(fragment.replace(/<[^<>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}
