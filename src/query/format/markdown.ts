/** Markdown output of `archive query`: something to paste into release notes. */
import type { ProjectHistory } from '../history.js';

const MARK = { added: '**new**', carried: '', changed: '**changed**' } as const;

/** Escape markdown in prose, but leave URLs alone so they stay clickable (autolinks). */
function esc(s: string): string {
  return s.split(/([a-z][a-z0-9+.-]*:\/\/[^\s<>()]+)/i).map((part, i) => (i % 2 === 1 ? part : part.replace(/([\\`*_[\]])/g, '\\$1'))).join('');
}

export function historyToMarkdown(h: ProjectHistory): string {
  const out: string[] = [`# ${esc(h.names[0] ?? h.project)}: status history`, ''];
  if (h.names.length > 1) out.push(`Also reported as: ${h.names.map(esc).join(', ')}`, '');
  for (const r of h.reports) {
    if (r.gapBefore.length) out.push(`_No report in ${r.gapBefore.join(', ')}._`, '');
    const link = r.url ? `[${esc(r.subject)}](${r.url})` : esc(r.subject);
    out.push(`## ${r.month} — ${esc(r.author)}`, '', `${link} (${r.list}, ${r.date?.slice(0, 10) ?? 'undated'})`, '');
    for (const i of r.items) {
      const tag = [MARK[i.status], i.stale ? '_stale_' : ''].filter(Boolean).join(' ');
      out.push(`- ${tag ? tag + ' ' : ''}${esc(i.text)}`);
    }
    for (const d of r.dropped) out.push(`- ~~${esc(d)}~~ (dropped)`);
    if (r.reviews.length) out.push('', `Reviews: ${r.reviews.map((x) => `[${x.system} ${x.id}](${x.url})`).join(', ')}`);
    if (r.bugs.length) out.push('', `Bugs: ${r.bugs.map((x) => `[${x.system} ${x.id}](${x.url})`).join(', ')}`);
    out.push('');
  }
  if (h.mentions.length) {
    out.push('## Mentioned elsewhere', '');
    for (const m of h.mentions) out.push(`- ${m.month}, ${esc(m.author)}, under "${esc(m.section)}"${m.url ? ` ([post](${m.url}))` : ''}: ${esc(m.text)}`);
    out.push('');
  }
  return out.join('\n');
}
