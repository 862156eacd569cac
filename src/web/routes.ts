/**
 * What each URL answers: read the data through the query stage (and, for a message page, the
 * parser through the index stage), then render it with a page of pages/. No handler writes.
 * Errors are thrown as ArchiveError (E_NOT_FOUND -> 404, E_USAGE -> 400); the server maps them.
 */
import type { Db } from '../store/index.js';
import { ArchiveError } from '../errors.js';
import { listProjects, listNames, type ProjectSummary } from '../query/overview.js';
import { projectHistory } from '../query/history.js';
import { projectTimeline } from '../query/timeline.js';
import { reviewLifecycles } from '../query/reviews.js';
import { compareReports } from '../query/compareReports.js';
import { monthDigest, reportMonths } from '../query/monthDigest.js';
import { search } from '../query/search.js';
import { findStoredMessage } from '../query/storedMessage.js';
import { projectKey } from '../status/index.js';
import type { AliasPair } from '../query/projectNames.js';
import { timelineToSvg } from '../query/format/timeline.js';
import { deriveMessage, listHint, type DerivedItem } from '../index/index.js';
import { parseStatusPost, type StatusItem } from '../status/index.js';
import { projectsPage } from './pages/projects.js';
import { projectPage, comparisonPage } from './pages/project.js';
import { reportPage, monthCounts, REPORTS_PER_PAGE } from '../query/reportPages.js';
import { monthPage } from './pages/month.js';
import { searchPage, HIGHLIGHT, type SearchForm } from './pages/search.js';
import { messagePage, type MessageViewItem } from './pages/message.js';
import { STYLE_CSS } from './pages/style.js';
import { projectPath, monthPath } from './pages/layout.js';

export interface Answer {
  status: number;
  type: string;
  body: string;
  /** Extra headers (a redirect's Location, a cache policy). */
  headers?: Record<string, string>;
}

export interface RouteContext {
  db: Db;
  aliases: AliasPair[];
  dbName: string;
  /** Reports on a page of a project's page (REPORTS_PER_PAGE unless a test asks for fewer). */
  reportsPerPage?: number;
}

const HTML = 'text/html; charset=utf-8';
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const RAW_CAP = 512 * 1024;

const ok = (body: string, type = HTML, headers?: Record<string, string>): Answer => ({ status: 200, type, body, headers });
const redirect = (location: string): Answer => ({ status: 302, type: 'text/plain; charset=utf-8', body: `See ${location}\n`, headers: { Location: location } });

/** A query-string month, or undefined; anything else is a 400. */
function monthParam(q: URLSearchParams, name: string): string | undefined {
  const v = q.get(name)?.trim();
  if (!v) return undefined;
  if (!MONTH.test(v)) throw new ArchiveError('E_USAGE', `${name} must be a month as YYYY-MM (e.g. 2014-10), got "${v.slice(0, 40)}"`);
  return v;
}

function textParam(q: URLSearchParams, name: string, max = 200): string | undefined {
  const v = q.get(name)?.trim();
  return v ? v.slice(0, max) : undefined;
}

export function route(ctx: RouteContext, url: URL): Answer {
  const path = url.pathname;
  if (path === '/style.css') return ok(STYLE_CSS, 'text/css; charset=utf-8', { 'Cache-Control': 'public, max-age=300' });
  if (path === '/' || path === '/projects') return projects(ctx, url.searchParams);
  let m = /^\/project\/([^/]+)\/timeline\.svg$/.exec(path);
  if (m) return timelineFile(ctx, decodeSegment(m[1]), url.searchParams);
  m = /^\/project\/([^/]+)\/?$/.exec(path);
  if (m) return project(ctx, decodeSegment(m[1]), url.searchParams);
  if (path === '/month' || path === '/month/') {
    const months = reportMonths(ctx.db);
    if (months.length === 0) throw new ArchiveError('E_NOT_FOUND', 'no reports yet', 'run `archive sync <list-url>` first');
    return redirect(monthPath(months[months.length - 1].month));
  }
  m = /^\/month\/(\d{4}-\d{2})\/?$/.exec(path);
  if (m) return month(ctx, m[1], url.searchParams);
  if (path === '/search') return searchRoute(ctx, url.searchParams);
  if (path === '/message') return message(ctx, url.searchParams);
  throw new ArchiveError('E_NOT_FOUND', `nothing at ${path.slice(0, 200)}`);
}

function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    throw new ArchiveError('E_USAGE', 'the address has a malformed %-escape');
  }
}

function listsOf(rows: ProjectSummary[]): string[] {
  return [...new Set(rows.flatMap((p) => p.lists))].sort();
}

function projects(ctx: RouteContext, q: URLSearchParams): Answer {
  const f = { q: textParam(q, 'q'), list: textParam(q, 'list'), since: monthParam(q, 'since') };
  const all = listProjects(ctx.db, { aliases: ctx.aliases });
  let shown = all;
  if (f.q) {
    const needle = f.q.toLowerCase();
    shown = shown.filter((p) => [p.name, ...p.aliases].some((n) => n.toLowerCase().includes(needle)));
  }
  if (f.list) shown = shown.filter((p) => p.lists.some((l) => l.toLowerCase() === f.list!.toLowerCase()));
  if (f.since) shown = shown.filter((p) => p.last >= f.since!);
  return ok(projectsPage(all, shown, listsOf(all), f, ctx.dbName));
}

function project(ctx: RouteContext, name: string, q: URLSearchParams): Answer {
  const from = monthParam(q, 'from');
  const to = monthParam(q, 'to');
  if (from && to) return redirect(projectPath(name, { diff: `${from}..${to}` }));
  const diff = textParam(q, 'diff');
  if (diff) {
    const d = /^(\d{4}-\d{2})\.\.(\d{4}-\d{2})$/.exec(diff);
    if (!d || !MONTH.test(d[1]) || !MONTH.test(d[2])) throw new ArchiveError('E_USAGE', `diff must be two months as FROM..TO (e.g. 2014-10..2015-02), got "${diff}"`);
    return ok(comparisonPage(compareReports(ctx.db, { project: name, from: d[1], to: d[2], aliases: ctx.aliases }), ctx.dbName));
  }
  const f = { since: monthParam(q, 'since'), until: monthParam(q, 'until'), list: textParam(q, 'list') };
  const before = monthParam(q, 'before');
  const h = projectHistory(ctx.db, { project: name, ...f, aliases: ctx.aliases });
  const p = reportPage(monthCounts(h.reports), before, ctx.reportsPerPage ?? REPORTS_PER_PAGE);
  const paged = p.older !== null || p.newer !== null;
  // Paged: the reviews the page's reports mention, and the mentions of its months (from its
  // first month when older pages follow, up to the month it stops before).
  const reviews = p.first === null ? [] : reviewLifecycles(ctx.db, { project: name, aliases: ctx.aliases, months: paged ? { from: p.first, to: p.last! } : undefined })
    .filter((r) => (!f.since || r.last >= f.since) && (!f.until || r.first <= f.until));
  const mentions = paged ? h.mentions.filter((m) => (p.older === null || m.month >= p.first!) && (before === undefined || m.month < before)) : h.mentions;
  // Names joined to it by the aliases file (the names reports used are in the history already).
  const keys = new Set(h.names.map(projectKey).concat(projectKey(name)));
  const aliases = ctx.aliases.flatMap((a) => (keys.has(projectKey(a.a)) ? [a.b] : keys.has(projectKey(a.b)) ? [a.a] : []));
  return ok(projectPage({ history: { ...h, mentions }, timeline: projectTimeline(h), page: p, reviews, aliases, filter: f, before }, ctx.dbName));
}

function timelineFile(ctx: RouteContext, name: string, q: URLSearchParams): Answer {
  const h = projectHistory(ctx.db, { project: name, since: monthParam(q, 'since'), until: monthParam(q, 'until'), list: textParam(q, 'list'), aliases: ctx.aliases });
  // A document of its own: its embedded <style> needs style-src 'unsafe-inline' (still no script).
  return ok(timelineToSvg(projectTimeline(h)), 'image/svg+xml; charset=utf-8', { 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'" });
}

function month(ctx: RouteContext, m: string, q: URLSearchParams): Answer {
  if (!MONTH.test(m)) throw new ArchiveError('E_USAGE', `not a month: ${m} (expected YYYY-MM)`);
  const list = textParam(q, 'list');
  return ok(monthPage(monthDigest(ctx.db, m, { list, aliases: ctx.aliases }), reportMonths(ctx.db, { list }), list, ctx.dbName));
}

function searchRoute(ctx: RouteContext, q: URLSearchParams): Answer {
  const limit = Number(q.get('limit') ?? 20);
  const f: SearchForm = {
    q: textParam(q, 'q', 500) ?? '', list: textParam(q, 'list'), author: textParam(q, 'author'),
    since: monthParam(q, 'since'), until: monthParam(q, 'until'), reportsOnly: q.get('reports') === '1',
    limit: Number.isInteger(limit) && limit > 0 ? Math.min(limit, 500) : 20,
    sort: q.get('sort') === 'relevance' ? 'relevance' : 'date',
  };
  const lists = listNames(ctx.db);
  if (!f.q) return ok(searchPage(f, lists, null, null, ctx.dbName));
  try {
    const result = search(ctx.db, { text: f.q, list: f.list, author: f.author, since: f.since, until: f.until, reportsOnly: f.reportsOnly, limit: f.limit, sort: f.sort, highlight: HIGHLIGHT });
    return ok(searchPage(f, lists, result, null, ctx.dbName));
  } catch (e) {
    if (e instanceof ArchiveError && e.code === 'E_USAGE') return { status: 400, type: HTML, body: searchPage(f, lists, null, e.message, ctx.dbName) };
    throw e;
  }
}

function viewItem(i: DerivedItem | StatusItem): MessageViewItem {
  return {
    text: i.text, label: i.label, startLine: i.startLine, endLine: i.endLine,
    refs: i.refs.map((r) => ({ kind: r.kind, system: r.system, id: r.id, url: r.url, status: r.status })),
    children: i.children.map(viewItem),
  };
}

function message(ctx: RouteContext, q: URLSearchParams): Answer {
  const id = textParam(q, 'id', 2000);
  if (!id) throw new ArchiveError('E_USAGE', 'which message? give ?id=MESSAGE-ID');
  const row = findStoredMessage(ctx.db, id);
  if (!row) throw new ArchiveError('E_NOT_FOUND', `no stored message ${id}`);
  const d = deriveMessage(row.raw, row.source, undefined, listHint(row.listUrl, row.list));
  const isReport = row.isReport === null ? d.isReport : row.isReport === 1;
  // The index's sections when it kept them (with their projects); otherwise what the parser sees.
  const sections = d.sections.length
    ? d.sections.map((s) => ({ title: s.title, project: s.isContents ? null : s.projectName, style: s.style, isContents: s.isContents, startLine: s.startLine, endLine: s.endLine, items: s.items.map(viewItem) }))
    : parseStatusPost({ subject: d.message.subject, body: d.message.cleanText, bodyLines: d.message.lineKinds, isReply: d.message.isReply }).sections
      .map((s) => ({ title: s.title, project: null, style: s.style, isContents: s.isContents, startLine: s.startLine, endLine: s.endLine, items: s.items.map(viewItem) }));
  const lines = /^(\d{1,6})-(\d{1,6})$/.exec(q.get('lines') ?? '');
  const raw = row.raw.subarray(0, RAW_CAP).toString('utf8');
  return ok(messagePage({
    list: row.list, period: row.period, url: row.url, messageId: d.message.messageId,
    subject: d.message.subject, author: d.message.authorName, authorAddress: d.message.authorAddress, date: d.message.date,
    body: d.message.body.replace(/\r\n/g, '\n'), raw, rawTruncated: row.raw.length > RAW_CAP,
    isReport, reason: row.reason ?? d.reason, indexed: row.isReport !== null, sections,
    highlight: lines ? [Number(lines[1]), Number(lines[2])] : null,
  }, ctx.dbName));
}
