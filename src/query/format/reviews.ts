/** Renderer of `archive reviews`: each review or bug with its lifecycle, for the terminal. */
import type { ReviewLifecycle } from '../reviews.js';
import { safeData } from './safeText.js';

/**
 * Reviews as text, oldest first. `last`: at most this many, the ones mentioned most recently (a
 * project's whole history can hold thousands, more than a person reads); the last line says how
 * many there are in all.
 */
export function reviewsToText(input: ReviewLifecycle[], opts: { color: boolean; last?: number }): string {
  const shown = opts.last !== undefined && input.length > opts.last ? mostRecent(input, opts.last) : input;
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
  const noun = input.every((r) => r.kind === 'bug') ? 'bug' : input.every((r) => r.kind === 'review') ? 'review' : 'review/bug';
  const all = `${input.length.toLocaleString('en-US')} ${noun}${input.length === 1 ? '' : 's'}`;
  out.push(shown.length < input.length ? `${all}; shown: the ${shown.length} mentioned most recently (--all for every one)` : all);
  return out.join('\n') + '\n';
}

/** The `n` reviews last mentioned most recently, in their list order. */
function mostRecent(revs: ReviewLifecycle[], n: number): ReviewLifecycle[] {
  const keep = new Set(revs.map((r, i) => ({ r, i })).sort((a, b) => b.r.last.localeCompare(a.r.last) || b.i - a.i).slice(0, n).map((x) => x.i));
  return revs.filter((_, i) => keep.has(i));
}
