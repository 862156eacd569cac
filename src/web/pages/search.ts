/** `/search`: full-text search (FTS5) with snippets and filters, all in the query string. */
import type { SearchResult } from '../../query/search.js';
import { html, marked, pathWithQuery } from '../../query/format/html.js';
import { page, messagePath, monthPath, plural } from './layout.js';

export interface SearchForm {
  q: string;
  list?: string;
  author?: string;
  since?: string;
  until?: string;
  reportsOnly: boolean;
  limit: number;
  /** Newest first (the default: fast on any archive) or best matches first. */
  sort: 'date' | 'relevance';
}

/** Marks put around matched words by the search (private-use characters, never in escaped output). */
export const HIGHLIGHT = { open: '\ue000', close: '\ue001' } as const;

export function searchPage(f: SearchForm, lists: string[], result: SearchResult | null, error: string | null, dbName: string): string {
  const snip = (s: string) => marked(s, HIGHLIGHT.open, HIGHLIGHT.close);
  const hits = result?.hits.map((h) => {
    const msg = messagePath(h);
    return html`<div class="hit">
<div><a href="${monthPath(h.month)}">${h.month}</a> · ${h.author || 'unknown author'} · ${msg ? html`<a href="${msg}">${h.subject || '(no subject)'}</a>` : h.subject}${h.isReport ? '' : html` <span class="muted small">(not a report)</span>`} <span class="muted small">[${h.lists.join(', ')}]</span></div>
${h.snippet ? html`<p class="snippet">${snip(h.snippet)}</p>` : ''}
${h.items.length ? html`<ul class="small">${h.items.slice(0, 5).map((i) => html`<li>${i.project ? html`<span class="muted">${i.project}: </span>` : ''}${snip(i.snippet)}</li>`)}</ul>` : ''}
</div>`;
  }) ?? [];
  const more = result && result.hits.length >= f.limit
    ? html`<p><a href="${pathWithQuery('/search', { q: f.q, list: f.list, author: f.author, since: f.since, until: f.until, reports: f.reportsOnly ? '1' : undefined, sort: f.sort === 'relevance' ? 'relevance' : undefined, limit: Math.min(500, f.limit * 2) })}">Show more results</a></p>`
    : '';
  const body = html`<h1>Search</h1>
<form class="filters" method="get" action="/search" role="search">
<label for="s-q">Words, "a phrase", prefix*, -excluded, a OR b, subject:word<input id="s-q" type="search" name="q" value="${f.q}" size="40"></label>
<label for="s-list">List<select id="s-list" name="list"><option value="">any</option>${lists.map((l) => html`<option${l === f.list ? html` selected` : ''}>${l}</option>`)}</select></label>
<label for="s-author">Author contains<input id="s-author" name="author" value="${f.author ?? ''}" size="14"></label>
<label for="s-since">Since<input id="s-since" name="since" value="${f.since ?? ''}" pattern="\\d{4}-\\d{2}" placeholder="YYYY-MM" size="8"></label>
<label for="s-until">Until<input id="s-until" name="until" value="${f.until ?? ''}" pattern="\\d{4}-\\d{2}" placeholder="YYYY-MM" size="8"></label>
<label class="check" for="s-reports"><input id="s-reports" type="checkbox" name="reports" value="1"${f.reportsOnly ? html` checked` : ''}> reports only</label>
<label for="s-sort">Order<select id="s-sort" name="sort"><option value="date"${f.sort === 'date' ? html` selected` : ''}>newest first</option><option value="relevance"${f.sort === 'relevance' ? html` selected` : ''}>best match first</option></select></label>
<button type="submit">Search</button>
</form>
${error ? html`<div class="error" role="alert"><p>${error}</p></div>` : ''}
${result && !result.indexed ? html`<p class="error">The search index is empty: run <code>archive reindex</code> once to build it.</p>` : ''}
${result ? html`<p class="muted">${result.hits.length ? plural(result.hits.length, 'message') : 'No matches'} for <code>${result.match}</code>, ${f.sort === 'relevance' ? 'best first' : 'newest first'}.</p>${hits}${more}` : ''}`;
  return page({ title: f.q ? `Search: ${f.q}` : 'Search', section: 'search', dbName, query: f.q }, body);
}
