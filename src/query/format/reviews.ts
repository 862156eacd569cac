/** Renderer of `archive reviews`: each review or bug with its lifecycle, for the terminal. */
import type { ReviewLifecycle } from '../reviews.js';
import { safeData } from './safeText.js';

export function reviewsToText(input: ReviewLifecycle[], opts: { color: boolean }): string {
  const revs = safeData(input);
  const c = (code: string, s: string) => (opts.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  if (revs.length === 0) return 'no reviews found\n';
  const out: string[] = [];
  for (const r of revs) {
    const span = r.first === r.last ? r.first : `${r.first} .. ${r.last}`;
    out.push(`${c('1', `${r.system}${r.kind === 'bug' ? ' bug' : ''} ${r.id ?? ''}`.trim())}  ${c('36', r.url)}`);
    const life = r.statuses.length ? r.statuses.join(' -> ') : 'no status given';
    out.push(`  ${span}, ${r.reports.length} report${r.reports.length === 1 ? '' : 's'}: ${life}`);
    if (r.projects.length) out.push(`  projects: ${r.projects.join(', ')}`);
    for (const m of r.reports) {
      out.push(`   ${m.month}  ${m.subject}${m.status ? c('2', `  [${m.status}]`) : ''}`);
      if (m.url) out.push(`            ${c('2', m.url)}`);
    }
    out.push('');
  }
  const noun = revs.every((r) => r.kind === 'bug') ? 'bug' : revs.every((r) => r.kind === 'review') ? 'review' : 'review/bug';
  out.push(`${revs.length} ${noun}${revs.length === 1 ? '' : 's'}`);
  return out.join('\n') + '\n';
}
