/** Markdown output of `archive query`: something to paste into release notes. */
import type { ProjectHistory } from '../history.js';
import { safeData } from './safeText.js';

const MARK = { added: '**new**', carried: '', changed: '**changed**' } as const;

const URL_IN_TEXT = /([a-z][a-z0-9+.-]*:\/\/[^\s<>()]+)/i;

/**
 * Escape text from mail for markdown: markdown punctuation is backslash-escaped and HTML is
 * written as entities (`<script>` becomes `&lt;script&gt;`), so neither raw HTML nor a forged
 * link reaches a renderer. URLs are left as they are (without < > or brackets they are safe) so
 * they stay clickable. Every markdown renderer uses this one function.
 */
export function mdEscape(s: string): string {
  return s.split(URL_IN_TEXT).map((part, i) => (i % 2 === 1 ? part : part
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]])/g, '\\$1'))).join('');
}

/**
 * A link target for markdown: only http(s) URLs, with the characters that could end the link or
 * open HTML percent-encoded; anything else (javascript:, data:) gives no link.
 */
export function mdUrl(url: string | null | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return url.replace(/[\s<>()"'`\\]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/** `[text](url)` when the URL is safe, else just the (already escaped) text. */
export function mdLink(escapedText: string, url: string | null | undefined): string {
  const u = mdUrl(url);
  return u ? `[${escapedText}](${u})` : escapedText;
}

export function historyToMarkdown(input: ProjectHistory): string {
  const h = safeData(input);
  const esc = mdEscape;
  const out: string[] = [`# ${esc(h.names[0] ?? h.project)}: status history`, ''];
  if (h.names.length > 1) out.push(`Also reported as: ${h.names.map(esc).join(', ')}`, '');
  for (const r of h.reports) {
    if (r.gapBefore.length) out.push(`_No report in ${r.gapBefore.join(', ')}._`, '');
    const link = mdLink(esc(r.subject), r.url);
    out.push(`## ${r.month} — ${esc(r.author)}`, '', `${link} (${esc(r.list)}, ${r.date?.slice(0, 10) ?? 'undated'})`, '');
    for (const i of r.items) {
      const tag = [MARK[i.status], i.stale ? '_stale_' : ''].filter(Boolean).join(' ');
      out.push(`- ${tag ? tag + ' ' : ''}${esc(i.text)}`);
    }
    for (const d of r.dropped) out.push(`- ~~${esc(d)}~~ (dropped)`);
    if (r.reviews.length) out.push('', `Reviews: ${r.reviews.map((x) => mdLink(esc(`${x.system} ${x.id}`), x.url)).join(', ')}`);
    if (r.bugs.length) out.push('', `Bugs: ${r.bugs.map((x) => mdLink(esc(`${x.system} ${x.id}`), x.url)).join(', ')}`);
    out.push('');
  }
  if (h.mentions.length) {
    out.push('## Mentioned elsewhere', '');
    for (const m of h.mentions) out.push(`- ${m.month}, ${esc(m.author)}, under "${esc(m.section)}"${mdUrl(m.url) ? ` ([post](${mdUrl(m.url)}))` : ''}: ${esc(m.text)}`);
    out.push('');
  }
  return out.join('\n');
}
