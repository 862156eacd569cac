/** Renderers of `archive month`: the terminal digest and the markdown monthly summary. */
import type { MonthDigest } from '../monthDigest.js';
import type { ItemStatus } from '../monthDigest.js';
import { safeData } from './safeText.js';
import { mdEscape, mdLink } from './markdown.js';

const MARK: Record<ItemStatus, string> = { added: '+', changed: '~', carried: '=' };

export function digestToText(input: MonthDigest, opts: { color: boolean }): string {
  const d = safeData(input);
  const c = (code: string, s: string) => (opts.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  if (d.reports === 0) return `${d.month}: no reports\n`;
  const out = [c('1', `${d.month}: ${d.reports} report${d.reports === 1 ? '' : 's'} on ${d.projects.length} project${d.projects.length === 1 ? '' : 's'} by ${d.authors.join(', ')}`), ''];
  for (const p of d.projects) {
    out.push(c('1', p.project || '(no project name)'));
    for (const r of p.reports) {
      out.push(`  ${r.author}  ${r.subject}  [${r.lists.join(', ')}]${r.date ? c('2', '  ' + r.date.slice(0, 10)) : ''}`);
      if (r.url) out.push(`  ${c('36', r.url)}`);
      if (p.project) out.push(c('2', r.previousMonth ? `  compared with ${r.previousMonth}` : '  first report'));
      for (const i of r.items) {
        const mark = i.status ? MARK[i.status] : '*';
        out.push(`   ${i.status === 'added' ? c('32', mark) : i.status === 'changed' ? c('33', mark) : mark} ${i.text}${i.stale ? c('2', ' (stale)') : ''}`);
      }
      for (const t of r.dropped) out.push(`   ${c('31', '-')} ${c('2', t)}`);
      if (r.items.length === 0 && r.summary) out.push(`   ${r.summary}`);
      else if (r.items.length === 0 && r.dropped.length === 0) out.push(c('2', '   (no items)'));
    }
    out.push('');
  }
  return out.join('\n');
}

export function digestToMarkdown(input: MonthDigest): string {
  const d = safeData(input);
  const esc = mdEscape;
  const out = [`# Status reports, ${d.month}`, ''];
  if (d.reports === 0) return out.concat('No reports this month.', '').join('\n');
  out.push(`${d.reports} report${d.reports === 1 ? '' : 's'} by ${d.authors.map(esc).join(', ')}.`, '');
  for (const p of d.projects) {
    out.push(`## ${esc(p.project || '(no project name)')}`, '');
    for (const r of p.reports) {
      const link = mdLink(esc(r.subject), r.url);
      const since = p.project ? (r.previousMonth ? `, changes since ${r.previousMonth}` : ', first report') : '';
      out.push(`${link} — ${esc(r.author)} (${r.lists.join(', ')}${since})`, '');
      for (const i of r.items) {
        const tag = i.status === 'added' ? '**new** ' : i.status === 'changed' ? '**changed** ' : '';
        out.push(`- ${tag}${esc(i.text)}${i.stale ? ' _stale_' : ''}`);
      }
      for (const t of r.dropped) out.push(`- ~~${esc(t)}~~ (dropped)`);
      if (r.items.length === 0 && r.summary) out.push(`> ${esc(r.summary)}`);
      out.push('');
    }
  }
  return out.join('\n');
}
