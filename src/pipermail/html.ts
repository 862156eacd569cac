/** HTML text helpers for pipermail pages: entity decoding and charset-aware byte decoding. */
import { decodeBytes, knownCharset } from '../mail/index.js';

/** Named entities pipermail or mail bodies can contain (HTML 4 Latin-1 set + common punctuation). */
const NAMED: Record<string, number> = { AElig: 198, Aacute: 193, Acirc: 194, Agrave: 192, Aring: 197, Atilde: 195, Auml: 196, Ccedil: 199, Dagger: 8225, ETH: 208, Eacute: 201, Ecirc: 202, Egrave: 200, Euml: 203, Iacute: 205, Icirc: 206, Igrave: 204, Iuml: 207, Ntilde: 209, OElig: 338, Oacute: 211, Ocirc: 212, Ograve: 210, Oslash: 216, Otilde: 213, Ouml: 214, Prime: 8243, Scaron: 352, THORN: 222, Uacute: 218, Ucirc: 219, Ugrave: 217, Uuml: 220, Yacute: 221, Yuml: 376, aacute: 225, acirc: 226, acute: 180, aelig: 230, agrave: 224, amp: 38, apos: 39, aring: 229, atilde: 227, auml: 228, bdquo: 8222, brvbar: 166, bull: 8226, ccedil: 231, cedil: 184, cent: 162, circ: 710, copy: 169, curren: 164, dagger: 8224, deg: 176, divide: 247, eacute: 233, ecirc: 234, egrave: 232, emsp: 8195, ensp: 8194, eth: 240, euml: 235, euro: 8364, fnof: 402, frac12: 189, frac14: 188, frac34: 190, gt: 62, hellip: 8230, iacute: 237, icirc: 238, iexcl: 161, igrave: 236, iquest: 191, iuml: 239, laquo: 171, ldquo: 8220, lrm: 8206, lsaquo: 8249, lsquo: 8216, lt: 60, macr: 175, mdash: 8212, micro: 181, middot: 183, nbsp: 160, ndash: 8211, not: 172, ntilde: 241, oacute: 243, ocirc: 244, oelig: 339, ograve: 242, ordf: 170, ordm: 186, oslash: 248, otilde: 245, ouml: 246, para: 182, permil: 8240, plusmn: 177, pound: 163, prime: 8242, quot: 34, raquo: 187, rdquo: 8221, reg: 174, rlm: 8207, rsaquo: 8250, rsquo: 8217, sbquo: 8218, scaron: 353, sect: 167, shy: 173, sup1: 185, sup2: 178, sup3: 179, szlig: 223, thinsp: 8201, thorn: 254, tilde: 732, times: 215, trade: 8482, uacute: 250, ucirc: 251, ugrave: 249, uml: 168, uuml: 252, yacute: 253, yen: 165, yuml: 255, zwj: 8205, zwnj: 8204 };

/** Decode `&name;`, `&#NNN;` and `&#xHH;`; unknown or invalid references are left as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(cp) || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return whole;
      if (cp === 0) return ' ';
      return String.fromCodePoint(cp);
    }
    const cp = NAMED[ref];
    return cp === undefined ? whole : String.fromCodePoint(cp);
  });
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
