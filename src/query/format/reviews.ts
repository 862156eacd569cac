/** Renderer of `archive reviews`: each review or bug with its lifecycle, for the terminal. */
import type { ReviewPage } from '../reviews.js';
import { safeData } from './safeText.js';

/**
 * Reviews as text, oldest first: the page's shown ones (a project's whole history can hold
 * thousands, more than a person reads: reviewsPage picks the most recently mentioned); the last
 * line says how many there are in all.
 */
export function reviewsToText(page: ReviewPage, opts: { color: boolean }): string {
  const { shown, total, noun } = page;
  const revs = safeData(shown);
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
  const all = `${thousands(total)} ${noun}${total === 1 ? '' : 's'}`;
  out.push(shown.length < total ? `${all}; shown: the ${shown.length} mentioned most recently (--all for every one)` : all);
  return out.join('\n') + '\n';
}

/**
 * 1964 -> "1,964". Not toLocaleString: the first use of Intl in a process loads ICU's data, 35-70 ms
 * of a command that has 300 (issue 12.3).
 */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
