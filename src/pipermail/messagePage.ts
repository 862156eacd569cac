/** A message page `NNNNNN.html` read back into its parts (FORMAT.md §4, §5). */
import type { MessagePage } from './types.js';
import { parseDate, deobfuscate } from '../mail/index.js';
import { decodeEntities, foldWhitespace } from './html.js';

function safeDecodeURIComponent(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s.replace(/%([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  }
}

/** Query parameters of a mailto href (values still percent-encoded). */
function mailtoParams(href: string): Map<string, string> {
  const params = new Map<string, string>();
  const q = href.indexOf('?');
  if (q < 0) return params;
  for (const part of href.slice(q + 1).split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0) params.set(part.slice(0, eq).toLowerCase(), part.slice(eq + 1));
  }
  return params;
}

/** The article body: between the markers, without PRE, with `<A>`, `<i>`, `</I>` removed and entities decoded. */
export function extractBody(html: string): string {
  const begin = html.indexOf('<!--beginarticle-->');
  if (begin < 0) return '';
  const endIdx = html.indexOf('<!--endarticle-->', begin);
  let seg = html.slice(begin + '<!--beginarticle-->'.length, endIdx < 0 ? undefined : endIdx);
  const pre = /<PRE>/i.exec(seg);
  if (!pre) return '';
  seg = seg.slice(pre.index + pre[0].length);
  const close = seg.search(/<\/PRE>\s*$/i);
  if (close >= 0) seg = seg.slice(0, close);
  else {
    const last = seg.toLowerCase().lastIndexOf('</pre>');
    if (last >= 0) seg = seg.slice(0, last);
  }
  seg = seg.replace(/<A\s+HREF="[^"]*"\s*>/gi, '').replace(/<\/A>/gi, '').replace(/<\/?i>/gi, '');
  return decodeEntities(seg).trimEnd();
}

/**
 * The first `open` element and its content up to the next `close`, found with two forward scans
 * (a lazy `([\s\S]*?)</X>` regex would rescan the rest of the page for every unclosed `<X>`).
 */
function firstElement(html: string, open: RegExp, close: RegExp): { index: number; length: number; 1: string; 0: string } | null {
  const o = open.exec(html);
  if (!o) return null;
  const from = o.index + o[0].length;
  const c = new RegExp(close.source, 'gi');
  c.lastIndex = from;
  const e = c.exec(html);
  if (!e) return null;
  const whole = html.slice(o.index, e.index + e[0].length);
  return { index: o.index, length: whole.length, 0: whole, 1: html.slice(from, e.index) };
}

/** The first `<A HREF="mailto:...">TEXT</A>`: [whole, href, text] and its index, or null. */
function mailtoLink(html: string): (string[] & { index: number }) | null {
  const open = /<A\s+HREF="(mailto:[^"]*)"/i.exec(html);
  if (!open) return null;
  const gt = html.indexOf('>', open.index + open[0].length);
  if (gt < 0) return null;
  const close = /<\/A>/gi;
  close.lastIndex = gt + 1;
  const end = close.exec(html);
  if (!end) return null;
  return Object.assign([html.slice(open.index, end.index + end[0].length), open[1], html.slice(gt + 1, end.index)], { index: open.index });
}

export function parseMessagePage(html: string): MessagePage {
  const h1 = firstElement(html, /<H1>/i, /<\/H1>/);
  const title = h1 ? null : firstElement(html, /<TITLE>/i, /<\/TITLE>/);
  const subject = foldWhitespace(decodeEntities((h1 ?? title)?.[1] ?? ''));
  const after = h1 ? html.slice(h1.index + h1.length) : html;

  const b = /^\s*<B>/i.test(after) ? firstElement(after, /<B>/i, /<\/B>/) : null;
  const authorRaw = b ? foldWhitespace(decodeEntities(b[1])) : '';

  const link = mailtoLink(after);
  let authorAddress: string | null = null;
  let messageId: string | null = null;
  let rest = after;
  if (link) {
    const text = foldWhitespace(decodeEntities(link[2]));
    const addr = deobfuscate(text);
    authorAddress = addr.includes('@') ? addr : null;
    const params = mailtoParams(decodeEntities(link[1]));
    const subj = params.get('subject') ?? '';
    const irt = params.get('in-reply-to') ?? '';
    if (/^Re(%3A|:)/i.test(subj) && irt) {
      const id = safeDecodeURIComponent(irt).trim().replace(/^<|>$/g, '').trim();
      messageId = id || null;
    }
    rest = after.slice(link.index + link[0].length);
  }
  const i = /<I>([^<]*)<\/I>/i.exec(rest);
  const dateText = i ? foldWhitespace(decodeEntities(i[1])) || null : null;

  const authorName = authorRaw ? deobfuscateName(authorRaw, authorAddress) : authorAddress ?? '';
  return {
    subject,
    authorName,
    authorAddress,
    dateText,
    date: dateText ? parseDate(dateText) : null,
    messageId,
    body: extractBody(html),
  };
}

/** A name that is just the obfuscated address (`jenkins at imagej.net`) becomes the address. */
function deobfuscateName(name: string, address: string | null): string {
  return address && deobfuscate(name) === address ? address : name;
}
