/**
 * The text of an HTML mail body (mail sent as text/html only, as Outlook, IBM Notes and webmail
 * often do): block elements become line breaks, list items `- ` lines indented by their depth,
 * `<blockquote>` lines quoted with `> ` (so the cleaner sees quotes as quotes), links followed by
 * their address (`text <https://...>`, so references are read), entities decoded,
 * script, style and head dropped. One linear scan with indexOf (hostile input: no backtracking),
 * at most MAX_HTML characters read. Pure.
 */
import { decodeHTML } from 'entities';

const MAX_HTML = 4_000_000;
/** Elements whose start and end break the line. */
const BLOCK = new Set(['p', 'div', 'br', 'tr', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'hr', 'section', 'article', 'header', 'footer', 'dl', 'dt', 'dd', 'center', 'form', 'address', 'body']);
/** Blocks that end a paragraph: a blank line follows them. */
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'pre', 'ul', 'ol', 'blockquote']);
/** Elements dropped with everything inside them. */
const SKIP = new Set(['script', 'style', 'head', 'title', 'template']);

export function htmlToText(html: string): string {
  const src = html.length > MAX_HTML ? html.slice(0, MAX_HTML) : html;
  const lower = src.toLowerCase();
  const out: string[] = [];
  let line = '';
  let listDepth = 0;
  let quoteDepth = 0;
  let pre = 0;
  let pendingItem = false;
  let href = '';
  let nbspLine = false;

  const breakLine = () => {
    out.push(line.trimEnd());
    line = '';
  };
  const text = (raw: string) => {
    let t = decodeHTML(raw);
    // `<div>&nbsp;</div>`: how HTML mail writes a blank line
    if (line === '' && t.includes('\u00a0') && !t.replace(/[\s\u00a0]+/g, '')) nbspLine = true;
    t = t.replace(/\u00a0/g, ' ');
    if (!pre) t = t.replace(/\s+/g, ' ');
    if (!t) return;
    const parts = pre ? t.split(/\r?\n/) : [t];
    parts.forEach((part, k) => {
      if (k > 0) breakLine();
      let p = part;
      if (line === '') {
        if (!pre) p = p.trimStart();
        if (!p) return;
        const indent = pendingItem ? `${'  '.repeat(Math.max(0, listDepth - 1))}- ` : '';
        line = `${'> '.repeat(quoteDepth)}${indent}`;
        pendingItem = false;
      }
      line += p;
    });
  };

  let i = 0;
  while (i < src.length) {
    const lt = src.indexOf('<', i);
    if (lt < 0) {
      text(src.slice(i));
      break;
    }
    if (lt > i) text(src.slice(i, lt));
    // `a < b`: a `<` that opens no tag is text
    const c = lower.charCodeAt(lt + 1);
    if (!((c >= 97 && c <= 122) || c === 47 || c === 33)) {
      text('<');
      i = lt + 1;
      continue;
    }
    if (lower.startsWith('<!--', lt)) {
      const end = lower.indexOf('-->', lt + 4);
      i = end < 0 ? src.length : end + 3;
      continue;
    }
    const gt = src.indexOf('>', lt + 1);
    if (gt < 0) {
      text(src.slice(lt));
      break;
    }
    const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9]*)/.exec(src.slice(lt, Math.min(gt + 1, lt + 40)));
    i = gt + 1;
    if (!m) continue;
    const closing = m[1] === '/';
    const name = m[2].toLowerCase();
    // a link keeps its address: `text <https://...>` unless the text already shows it
    if (name === 'a') {
      if (!closing) {
        const h = /\shref\s*=\s*(?:"([^"]{1,2000})"|'([^']{1,2000})'|([^\s>]{1,2000}))/i.exec(src.slice(lt, gt));
        href = h ? decodeHTML(h[1] ?? h[2] ?? h[3] ?? '') : '';
      } else if (href) {
        if (/^https?:\/\//i.test(href) && !line.includes(href)) text(` <${href}>`);
        href = '';
      }
      continue;
    }
    if (!closing && SKIP.has(name)) {
      const end = lower.indexOf(`</${name}`, i);
      const close = end < 0 ? -1 : lower.indexOf('>', end);
      i = close < 0 ? src.length : close + 1;
      continue;
    }
    if (name === 'li') {
      if (line.trim()) breakLine();
      else line = '';
      if (!closing) pendingItem = true;
      continue;
    }
    if (name === 'ul' || name === 'ol') {
      if (line.trim()) breakLine();
      listDepth = Math.max(0, listDepth + (closing ? -1 : 1));
      if (closing && listDepth === 0) out.push('');
      continue;
    }
    if (name === 'blockquote') {
      if (line.trim()) breakLine();
      quoteDepth = Math.max(0, quoteDepth + (closing ? -1 : 1));
      if (closing) out.push('');
      continue;
    }
    if (name === 'pre') pre = Math.max(0, pre + (closing ? -1 : 1));
    if (name === 'td' || name === 'th') {
      if (!closing && line.trim()) line += ' ';
      continue;
    }
    if (BLOCK.has(name)) {
      if (name === 'br' || line.trim()) breakLine();
      else if (nbspLine) out.push('');
      line = line.trim() ? line : '';
      nbspLine = false;
    }
    if (closing && PARAGRAPH.has(name)) out.push('');
  }
  if (line.trim()) breakLine();
  // at most one blank line in a row, none at the ends
  const lines: string[] = [];
  for (const l of out) {
    const blank = l.replace(/^(> )+/, '').trim() === '';
    if (blank && (lines.length === 0 || lines[lines.length - 1] === '')) continue;
    lines.push(blank ? '' : l);
  }
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}
