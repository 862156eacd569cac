/** `/`: every project with its report count, first and last month, lists and a sparkline; filters in the query string. */
import type { ProjectSummary } from '../../query/overview.js';
import { html } from '../../query/format/html.js';
import { sparklineSvg } from '../../query/format/sparkline.js';
import { page, projectPath, monthPath, plural } from './layout.js';

export interface ProjectsFilter {
  /** Name (or alias) contains this, case-insensitively. */
  q?: string;
  list?: string;
  since?: string;
}

export function projectsPage(all: ProjectSummary[], shown: ProjectSummary[], lists: string[], f: ProjectsFilter, dbName: string): string {
  const months = all.flatMap((p) => [p.first, p.last]).filter(Boolean).sort();
  const range = { first: months[0] ?? '', last: months[months.length - 1] ?? '', max: Math.max(1, ...all.flatMap((p) => Object.values(p.byMonth))) };
  const rows = shown.map((p) => html`<tr>
<td><a href="${projectPath(p.name)}">${p.name}</a>${p.aliases.length ? html`<div class="muted small">also ${p.aliases.join(', ')}</div>` : ''}</td>
<td class="num">${p.reports}</td>
<td>${p.first ? html`<a href="${monthPath(p.first)}">${p.first}</a>` : ''}</td>
<td>${p.last ? html`<a href="${monthPath(p.last)}">${p.last}</a>` : ''}</td>
<td>${p.lists.join(', ')}</td>
<td>${sparklineSvg(p.byMonth, range)}</td>
</tr>`);
  const filtered = Boolean(f.q || f.list || f.since);
  const body = html`<h1>Projects</h1>
<p class="muted">${plural(all.length, 'project')} with status reports${months.length ? `, ${range.first} to ${range.last}` : ''}. Each sparkline shows reports per month over that whole range.</p>
<form class="filters" method="get" action="/">
<label for="f-q">Name or alias contains<input id="f-q" type="search" name="q" value="${f.q ?? ''}"></label>
<label for="f-list">List<select id="f-list" name="list"><option value="">any list</option>${lists.map((l) => html`<option${l === f.list ? html` selected` : ''}>${l}</option>`)}</select></label>
<label for="f-since">Active since (YYYY-MM)<input id="f-since" name="since" value="${f.since ?? ''}" pattern="\\d{4}-\\d{2}" placeholder="2014-10" size="8"></label>
<button type="submit">Filter</button>${filtered ? html` <a href="/">clear</a>` : ''}
</form>
${shown.length === 0
    ? html`<p>${all.length === 0 ? html`No projects yet: run <code>archive sync &lt;list-url&gt;</code> first.` : 'No project matches these filters.'}</p>`
    : html`${filtered ? html`<p class="muted">${plural(shown.length, 'project')} shown.</p>` : ''}
<table class="projects"><thead><tr><th scope="col">Project</th><th scope="col" class="num">Reports</th><th scope="col">First</th><th scope="col">Last</th><th scope="col">Lists</th><th scope="col">Reports per month</th></tr></thead>
<tbody>${rows}</tbody></table>`}`;
  return page({ title: 'Projects', section: 'projects', dbName }, body);
}
