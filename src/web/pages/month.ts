/** `/month/YYYY-MM`: the digest of one month, every report grouped by project, items marked against each project's previous report. */
import type { MonthDigest } from '../../query/monthDigest.js';
import { html, linkify } from '../../query/format/html.js';
import { page, projectPath, messagePath, monthPath, when, plural } from './layout.js';

export function monthPage(d: MonthDigest, months: Array<{ month: string; reports: number }>, list: string | undefined, dbName: string): string {
  const i = months.findIndex((m) => m.month === d.month);
  const before = [...months].reverse().find((m) => m.month < d.month);
  const after = months.find((m) => m.month > d.month);
  const projects = d.projects.map((p) => html`<section class="project">
<h2>${p.project ? html`<a href="${projectPath(p.project)}">${p.project}</a>` : html`<span class="muted">(no project name)</span>`}</h2>
${p.reports.map((r) => {
    const msg = messagePath(r);
    return html`<article class="report">
<h3>${r.author || 'unknown author'} · ${msg ? html`<a href="${msg}">${r.subject || '(no subject)'}</a>` : r.subject} <span class="muted small">${when(r.date)} [${r.lists.join(', ')}]</span></h3>
${p.project ? html`<p class="muted small">${r.previousMonth ? html`compared with <a href="${monthPath(r.previousMonth)}">${r.previousMonth}</a>` : 'first report'}</p>` : ''}
<ul class="items">${r.items.map((it) => {
      const kind = it.status === null ? null : it.stale && it.status === 'carried' ? 'stale' : it.status;
      return html`<li class="item">${kind ? html`<span class="badge s-${kind}">${kind}</span>` : html`<span class="badge">item</span>`}${it.label ? html`<span class="label">${it.label}: </span>` : ''}<span class="text">${linkify(it.text)}</span></li>`;
    })}${r.dropped.map((t) => html`<li class="item dropped"><span class="badge s-dropped">dropped</span><span class="text">${linkify(t)}</span></li>`)}</ul>
</article>`;
  })}
</section>`);
  const body = html`<h1>Status reports, ${d.month}${list ? html` <span class="muted">on ${list}</span>` : ''}</h1>
<nav class="pager" aria-label="Months">${before ? html`<a href="${monthPath(before.month, list)}" rel="prev">← ${before.month}</a>` : ''}${after ? html`<a href="${monthPath(after.month, list)}" rel="next">${after.month} →</a>` : ''}</nav>
<p>${d.reports === 0 ? 'No reports this month.' : html`${plural(d.reports, 'report')} on ${plural(d.projects.length, 'project')} by ${d.authors.join(', ')}.`}</p>
${projects}
<h2>Every month with reports</h2>
<nav class="months-nav" aria-label="All months">${months.map((m, n) => html`<a href="${monthPath(m.month, list)}"${n === i ? html` aria-current="page"` : ''}>${m.month}</a> <span class="muted">(${m.reports})</span>`)}</nav>`;
  return page({ title: `Month ${d.month}`, section: 'month', dbName }, body);
}
