/**
 * `/project/NAME`: the timeline, then the reports (sections, items with their status, each item
 * linking to the line of the message it came from), the review lifecycles and the names the
 * project was reported under. The reports come a page at a time, newest first
 * (`?before=YYYY-MM` for older ones); the timeline spans every month, its lanes the items of the
 * page's reports; the reviews are those the page's reports mention. `?diff=FROM..TO` shows the
 * direct comparison of two reports.
 */
import type { ProjectHistory, HistoryReport } from '../../query/history.js';
import type { ReportPage } from '../../query/reportPages.js';
import type { ReviewLifecycle } from '../../query/reviews.js';
import type { ReportComparison } from '../../query/compareReports.js';
import type { Timeline } from '../../query/timeline.js';
import { html, linkify, externalLink, type Html } from '../../query/format/html.js';
import { timelineSvg } from '../../query/format/timeline.js';
import { page, projectPath, messagePath, monthPath, when, plural } from './layout.js';

export interface ProjectFilter {
  since?: string;
  until?: string;
  list?: string;
}

/** What the project page shows: the whole history, its timeline, the page of reports shown and the reviews they mention. */
export interface ProjectView {
  history: ProjectHistory;
  timeline: Timeline;
  page: ReportPage;
  reviews: ReviewLifecycle[];
  /** Names joined to it by the aliases file. */
  aliases: string[];
  filter: ProjectFilter;
  /** The page's `before`, as asked. */
  before?: string;
}

const MERGED = /\bmerged\b/i;

function monthsBetween(a: string, b: string): number {
  const [ya, ma] = a.split('-').map(Number);
  const [yb, mb] = b.split('-').map(Number);
  return (yb - ya) * 12 + (mb - ma);
}

/** Months from a review's first mention to the first report calling it merged, or null. */
export function monthsToMerge(r: ReviewLifecycle): number | null {
  const merged = r.reports.find((m) => m.status && MERGED.test(m.status));
  return merged && r.first ? monthsBetween(r.first, merged.month) : null;
}

function reportAnchor(i: number): string {
  return `r${i + 1}`;
}

function reportBlock(r: HistoryReport, i: number, projectName: string): Html {
  const msg = messagePath(r);
  const items = r.items.map((it) => {
    const kind = it.stale && it.status === 'carried' ? 'stale' : it.status;
    const prov = messagePath(r, it.lines);
    return html`<li class="item ${kind}"><span class="badge s-${kind}">${kind}</span>${it.label ? html`<span class="label">${it.label}: </span>` : ''}<span class="text">${linkify(it.text)}</span>${it.stale && it.status === 'carried' ? html` <span class="muted small">(unchanged in ${it.carriedFor + 1} reports)</span>` : ''}${prov ? html`<a class="prov" href="${prov}" title="where this item stands in the message">line ${it.lines[0]}</a>` : ''}${it.children.length ? html`<ul>${it.children.map((c) => html`<li>${linkify(c)}</li>`)}</ul>` : ''}</li>`;
  });
  const dropped = r.dropped.map((d) => html`<li class="item dropped"><span class="badge s-dropped">dropped</span><span class="text">${linkify(d)}</span></li>`);
  const refs = [...r.reviews.map((x) => externalLink(x.url, `${x.system} ${x.id ?? ''}`.trim())), ...r.bugs.map((x) => externalLink(x.url, `${x.system} bug ${x.id ?? ''}`.trim()))];
  return html`${r.gapBefore.length ? html`<p class="gap-note">No report in ${r.gapBefore.join(', ')}.</p>` : ''}
<article class="report" id="${reportAnchor(i)}" aria-labelledby="${reportAnchor(i)}-h">
<h3 id="${reportAnchor(i)}-h"><a href="${monthPath(r.month)}">${r.month}</a> · ${r.author || 'unknown author'} <span class="muted small">${when(r.date)}</span></h3>
<p>${msg ? html`<a href="${msg}">${r.subject || '(no subject)'}</a>` : r.subject} <span class="muted small">[${r.lists.join(', ')}]</span>${r.url ? html` <span class="small">${externalLink(r.url, 'archived post')}</span>` : ''}</p>
${r.section && r.section !== projectName ? html`<p class="muted small">section: ${r.section}</p>` : ''}
${items.length || dropped.length ? html`<ul class="items">${items}${dropped}</ul>` : r.summary ? '' : html`<p class="muted">(no items)</p>`}
${items.length === 0 && r.summary ? html`<p class="summary">${linkify(r.summary)}</p>` : ''}
${refs.length ? html`<p class="small muted">refs: ${refs.map((x, n) => html`${n ? ', ' : ''}${x}`)}</p>` : ''}
</article>`;
}

function reviewsTable(reviews: ReviewLifecycle[]): Html {
  if (reviews.length === 0) return html`<p class="muted">No code reviews mentioned.</p>`;
  const rows = reviews.map((r) => {
    const merge = monthsToMerge(r);
    return html`<tr><td>${externalLink(r.url, `${r.system} ${r.id ?? r.key}`)}</td><td>${r.first}</td><td>${r.last}</td>
<td>${r.statuses.length ? r.statuses.join(' → ') : html`<span class="muted">none given</span>`}</td>
<td class="num">${merge === null ? html`<span class="muted">—</span>` : merge === 0 ? 'same month' : plural(merge, 'month')}</td>
<td class="num">${r.reports.length}</td></tr>`;
  });
  return html`<table class="reviews"><thead><tr><th scope="col">Review</th><th scope="col">First seen</th><th scope="col">Last seen</th><th scope="col">Status words over time</th><th scope="col" class="num">Time to merge</th><th scope="col" class="num">Reports</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function filterForm(name: string, f: ProjectFilter, lists: string[], months: string[]): Html {
  const opt = (m: string, sel: string | undefined) => html`<option${m === sel ? html` selected` : ''}>${m}</option>`;
  return html`<form class="filters" method="get" action="${projectPath(name)}">
<label for="p-since">Since<input id="p-since" name="since" value="${f.since ?? ''}" pattern="\\d{4}-\\d{2}" placeholder="YYYY-MM" size="8"></label>
<label for="p-until">Until<input id="p-until" name="until" value="${f.until ?? ''}" pattern="\\d{4}-\\d{2}" placeholder="YYYY-MM" size="8"></label>
${lists.length > 1 ? html`<label for="p-list">List<select id="p-list" name="list"><option value="">any</option>${lists.map((l) => opt(l, f.list))}</select></label>` : ''}
<button type="submit">Show</button>
</form>
${months.length > 1 ? html`<form class="filters" method="get" action="${projectPath(name)}">
<label for="d-from">Compare the report of<select id="d-from" name="from">${months.map((m) => opt(m, months[0]))}</select></label>
<label for="d-to">with that of<select id="d-to" name="to">${months.map((m) => opt(m, months[months.length - 1]))}</select></label>
<button type="submit">Compare</button></form>` : ''}`;
}

function pager(name: string, v: ProjectView): Html {
  const { page: p, filter: f } = v;
  if (p.older === null && p.newer === null) return html``;
  const at = (before: string | undefined) => projectPath(name, { ...f, before }) + '#reports';
  const span = p.first === null ? 'no reports' : html`reports ${p.start + 1}–${p.end} of ${p.total} (${p.first === p.last ? p.first : `${p.first} to ${p.last}`})`;
  return html`<nav class="pager" aria-label="Pages of reports">${p.older !== null ? html`<a href="${at(p.older)}" rel="next">← Older reports</a>` : ''}<span class="muted">${span}</span>${p.newer !== null ? html`<a href="${at(p.newer || undefined)}" rel="prev">Newer reports →</a>` : ''}${p.newer ? html`<a href="${at(undefined)}">Newest</a>` : ''}</nav>`;
}

export function projectPage(v: ProjectView, dbName: string): string {
  const { history: h, timeline: t, page: p, reviews, filter: f } = v;
  const name = h.names[h.names.length - 1] ?? h.project;
  const lists = [...new Set(h.reports.flatMap((r) => r.lists))].sort();
  const months = [...new Set(h.reports.map((r) => r.month))];
  const other = [...new Set([...h.names, ...v.aliases])].filter((n) => n.toLowerCase() !== name.toLowerCase());
  const paged = p.older !== null || p.newer !== null;
  // Paged: the lanes of the items the page's reports mention (or drop), across every month.
  const shown = paged ? { ...t, lanes: t.lanes.filter((l) => l.marks.some((m) => m.report >= p.start && m.report < p.end)) } : t;
  const lanes = timelineSvg(shown, { laneHref: (lane) => {
    const first = lane.marks[0];
    const rep = first ? t.reports[first.report] : undefined;
    return rep ? messagePath(rep, first.line) : null;
  } });
  const reports = h.reports.slice(p.start, p.end);
  const body = html`<h1>${name}</h1>
<p>${plural(h.reports.length, 'report')}${months.length ? ` from ${months[0]} to ${months[months.length - 1]}` : ''} on ${lists.join(', ')}${other.length ? html`; also reported as <strong>${other.join(', ')}</strong>` : ''}.
<a href="${projectPath(name) + '/timeline.svg'}">Timeline as SVG</a></p>
${filterForm(name, f, lists, months)}
<h2 id="timeline">Timeline</h2>
<p class="muted small">One lane per item, from its first mention to its last; its label links to where it was first written.${paged ? ` Every month; the lanes of the ${plural(shown.lanes.length, 'item')} the reports below mention (${t.lanes.length} in all).` : ''} <a href="#reports">Skip to the reports</a>.</p>
<div class="scroll" tabindex="0" role="region" aria-label="Timeline, scrolls sideways">${lanes}</div>
<h2 id="reviews">Reviews</h2>
${paged ? html`<p class="muted small">The reviews the reports below mention, each over its whole life.</p>` : ''}
${reviewsTable(reviews)}
<h2 id="reports">Reports</h2>
${pager(name, v)}
${reports.map((r, i) => reportBlock(r, p.start + i, name))}
${reports.length ? pager(name, v) : html`<p class="muted">No reports before ${v.before ?? ''}.</p>`}
${h.mentions.length ? html`<h2 id="mentions">Mentioned elsewhere</h2><ul>${h.mentions.map((m) => {
    const path = messagePath(m);
    return html`<li>${m.month}, ${m.author}, under “${m.section}”: ${linkify(m.text)}${path ? html` <a class="prov" href="${path}">message</a>` : ''}</li>`;
  })}</ul>` : ''}`;
  return page({ title: name, section: 'projects', dbName }, body);
}

export function comparisonPage(c: ReportComparison, dbName: string): string {
  const name = c.names[c.names.length - 1] ?? c.project;
  const side = (x: ReportComparison['from']) => {
    const p = messagePath(x);
    return html`<a href="${monthPath(x.month)}">${x.month}</a> · ${x.author} · ${p ? html`<a href="${p}">${x.subject}</a>` : x.subject}`;
  };
  const items = c.items.map((i) => html`<li class="item ${i.status}"><span class="badge s-${i.status}">${i.status}</span><span class="text">${linkify(i.text)}</span>${i.status === 'changed' && i.was ? html`<div class="muted small">was: ${i.was}</div>` : ''}</li>`);
  const dropped = c.dropped.map((d) => html`<li class="item dropped"><span class="badge s-dropped">dropped</span><span class="text">${linkify(d)}</span></li>`);
  const body = html`<p><a href="${projectPath(name)}">← ${name}</a></p>
<h1>${name}: ${c.from.month} → ${c.to.month}</h1>
<p>From ${side(c.from)}<br>to ${side(c.to)}</p>
<p><strong>${c.counts.added} added, ${c.counts.changed} changed, ${c.counts.carried} carried, ${c.counts.dropped} dropped.</strong></p>
<ul class="items">${items}${dropped}</ul>`;
  return page({ title: `${name} ${c.from.month}..${c.to.month}`, section: 'projects', dbName }, body);
}
