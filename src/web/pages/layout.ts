/** The frame of every page: header with navigation and a search box, main, footer. No script anywhere. */
import { html, pathWithQuery, type Html, type HtmlValue } from '../../query/format/html.js';

export type Section = 'projects' | 'month' | 'search' | 'message' | 'error';

export interface PageOptions {
  title: string;
  section: Section;
  /** What the footer names as the database (its file name). */
  dbName: string;
  /** Text already in the header search box. */
  query?: string;
}

export function page(o: PageOptions, body: HtmlValue): string {
  const current = (s: Section) => (o.section === s ? html` aria-current="page"` : '');
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<title>${o.title} · archive</title>
<link rel="stylesheet" href="/style.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
<a class="brand" href="/">archive</a>
<nav aria-label="Main"><a href="/"${current('projects')}>Projects</a><a href="/month"${current('month')}>Months</a><a href="/search"${current('search')}>Search</a></nav>
<form action="/search" method="get" role="search"><label for="top-q" class="muted small">Search</label><input id="top-q" type="search" name="q" value="${o.query ?? ''}" size="22"><button type="submit">Go</button></form>
</header>
<main id="main" tabindex="-1">
${body}
</main>
<footer>Read-only view of <code>${o.dbName}</code>. Everything quoted here comes from mailing-list posts and is shown as text.</footer>
</body>
</html>
`.value;
}

/** Link to a project's page (with optional query string). */
export function projectPath(name: string, params: Record<string, string | undefined> = {}): string {
  return pathWithQuery(`/project/${encodeURIComponent(name)}`, params);
}

/** Link to a stored message's page, by Message-ID or, without one, by its archived URL; lines highlighted. */
export function messagePath(ref: { messageId: string | null; url: string | null }, lines?: [number, number] | number | null): string | null {
  const id = ref.messageId ?? ref.url;
  if (!id) return null;
  const range = typeof lines === 'number' ? [lines, lines] : lines;
  const path = pathWithQuery('/message', { id, lines: range ? `${range[0]}-${range[1]}` : undefined });
  return range ? `${path}#L${range[0]}` : path;
}

export function monthPath(month: string, list?: string): string {
  return pathWithQuery(`/month/${month}`, { list });
}

/** A short date: 2014-10-08 20:20 UTC. */
export function when(date: string | null): string {
  return date ? `${date.slice(0, 10)} ${date.slice(11, 16)} UTC` : 'undated';
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function errorPage(o: Omit<PageOptions, 'section'>, status: number, message: string, hint?: HtmlValue): string {
  const head = status === 404 ? 'Not found' : status === 400 ? 'Bad request' : status === 405 ? 'Method not allowed' : 'Something went wrong';
  return page({ ...o, section: 'error' }, html`<h1>${head}</h1><div class="error" role="alert"><p>${message}</p>${hint ?? ''}</div><p><a href="/">All projects</a></p>`);
}

export type { Html };
