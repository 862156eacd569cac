/** Renderer of `archive search` for the terminal, with the TEXT_HIGHLIGHT marks shown as colour or [brackets]. */
import type { SearchResult } from '../search.js';
import { safeData, safeText } from './safeText.js';

/** Terminal output: one block per message, best first. */
export function searchToText(input: SearchResult, opts: { color: boolean }): string {
  const c = (code: string, s: string) => (opts.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  if (input.hits.length === 0) return 'no matches\n';
  // Snippets keep their TEXT_HIGHLIGHT marks through the filter; each marked run is made safe on its own.
  const snip = (s: string) => s.split(/\ue000([^\ue000\ue001]*)\ue001/).map((part, i) => (i % 2 === 1 ? (opts.color ? c('1;33', safeText(part)) : `[${safeText(part)}]`) : safeText(part))).join('');
  const r = { ...input, hits: input.hits.map((h) => ({ ...safeData({ ...h, snippet: '', items: [] }), snippet: snip(h.snippet), items: h.items.map((i) => ({ project: safeText(i.project ?? ''), snippet: snip(i.snippet) })) })) };
  const out: string[] = [];
  for (const h of r.hits) {
    out.push(`${c('1', h.month)}  ${h.author}  ${h.subject}${h.isReport ? '' : c('2', '  (not a report)')}`);
    out.push(`  ${h.lists.join(', ')}  ${h.url ? c('36', h.url) : h.messageId ? `<${h.messageId}>` : ''}`);
    if (h.snippet) out.push(`  ${h.snippet.replace(/\s+/g, ' ')}`);
    for (const i of h.items.slice(0, 5)) out.push(`   * ${i.project ? c('2', i.project + ': ') : ''}${i.snippet.replace(/\s+/g, ' ')}`);
    if (h.items.length > 5) out.push(c('2', `   (${h.items.length - 5} more matching items)`));
    out.push('');
  }
  out.push(`${r.hits.length} message${r.hits.length === 1 ? '' : 's'}`);
  return out.join('\n') + '\n';
}
