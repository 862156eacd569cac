/**
 * `archive reviews`: every code review (and, on request, bug) mentioned in reports, with its
 * lifecycle: first and last month mentioned, the status words seen over time
 * (`under review` -> `merged`), the projects and the reports that mention it.
 * A review's identity is refs.ref_key (the same change written as two URLs is one review).
 */
import type { Db } from '../store/index.js';
import { projectKey } from '../status/projectKey.js'; // not the folder index: a query need not load the parser
import { classifyUrl } from '../status/reviewUrl.js';
import { stripListPrefix } from '../mail/subject.js'; // not the folder index: queries need not load the MIME decoders
import { ArchiveError } from '../errors.js';
import { aliasClosure, closestProjects, type AliasPair } from './projectNames.js';
import { storedGroup, storedReviews } from './storedProjects.js';
import { compareReviews } from '../index/projectReviews.js';
import { compareText } from '../textOrder.js';

export interface ReviewsQuery {
  project?: string;
  system?: string;
  /** Also bugs (kind 'bug'). */
  bugs?: boolean;
  /** Only this review: its URL (any spelling) or its number. */
  ref?: string;
  /**
   * With `project`: only the reviews its reports mention in these months (YYYY-MM, inclusive;
   * either end open), each with its whole lifecycle. What a page of reports shows.
   */
  months?: { from?: string; to?: string };
  aliases?: AliasPair[];
}

export interface ReviewMention {
  month: string;
  date: string | null;
  list: string;
  subject: string;
  messageId: string | null;
  url: string | null;
  projects: string[];
  /** Status words next to the link in this report, or null. */
  status: string | null;
}

export interface ReviewLifecycle {
  key: string;
  kind: 'review' | 'bug';
  system: string;
  id: string | null;
  /** The URL as first written. */
  url: string;
  first: string;
  last: string;
  /** Status words in the order they appeared, repeats collapsed: ['under review', 'merged']. */
  statuses: string[];
  /** The last status word seen, or null when no report gave one. */
  lastStatus: string | null;
  projects: string[];
  reports: ReviewMention[];
}

interface Row {
  ref_key: string; kind: 'review' | 'bug'; system: string; ref_id: string | null; ref_url: string; status: string | null;
  project: string; mk: string; message_id: string | null; page: string | null; date: string | null; month: string | null;
  list: string; subject: string | null;
}

const SELECT = `SELECT r.ref_key, r.kind, r.system, r.ref_id, r.url AS ref_url, r.status, COALESCE(NULLIF(s.project, ''), s.title) AS project,
    COALESCE(m.message_id, m.msg_key) AS mk, m.message_id, m.url AS page, m.date,
    substr(COALESCE(m.date, p.start), 1, 7) AS month, l.name AS list, m.subject
  FROM refs r
  JOIN sections s ON s.id = r.section_id
  JOIN analyses a ON a.message_rowid = s.message_rowid AND a.is_report = 1
  JOIN messages m ON m.id = s.message_rowid
  JOIN lists l ON l.id = m.list_id
  LEFT JOIN periods p ON p.list_id = m.list_id AND p.period = m.period`;
const ORDER = 'ORDER BY COALESCE(m.date, p.start), m.id, r.id';
const KINDS_AND_SYSTEM = `r.kind IN (SELECT value FROM json_each(@kinds)) AND (@system IS NULL OR r.system = @system COLLATE NOCASE)`;

/** The rows of one review, by its identity key (uses refs_by_key). */
export const REVIEW_BY_KEY_SQL = `${SELECT} WHERE r.ref_key = @key AND ${KINDS_AND_SYSTEM} ${ORDER}`;
/**
 * A project's report sections with their messages, in history order (sections_by_project): read
 * once per section, not once per review the section names.
 */
export const PROJECT_SECTIONS_SQL = `SELECT s.id AS section_id, m.id AS message_rowid, COALESCE(NULLIF(s.project, ''), s.title) AS project,
    COALESCE(m.message_id, m.msg_key) AS mk, m.message_id, m.url AS page, m.date,
    substr(COALESCE(m.date, p.start), 1, 7) AS month, l.name AS list, m.subject
  FROM sections s
  JOIN analyses a ON a.message_rowid = s.message_rowid AND a.is_report = 1
  JOIN messages m ON m.id = s.message_rowid
  JOIN lists l ON l.id = m.list_id
  LEFT JOIN periods p ON p.list_id = m.list_id AND p.period = m.period
  WHERE s.project_key IN (SELECT value FROM json_each(@keys)) AND s.is_contents = 0
  ORDER BY COALESCE(m.date, p.start), m.id`;
/** The reviews of those sections (refs_by_section), in the order they were stored. */
export const SECTION_REFS_SQL = `SELECT r.section_id, r.ref_key, r.kind, r.system, r.ref_id, r.url AS ref_url, r.status FROM refs r
  WHERE r.section_id IN (SELECT value FROM json_each(@sections)) AND ${KINDS_AND_SYSTEM} ORDER BY r.id`;
/**
 * The rows of the reviews a project's reports mention in some months: their keys from those
 * reports (sections_by_project, the month read before any ref), then each key's rows (refs_by_key).
 */
export const REVIEWS_IN_MONTHS_SQL = `${SELECT} WHERE r.ref_key IN (
    SELECT r2.ref_key FROM sections s2
    JOIN analyses a2 ON a2.message_rowid = s2.message_rowid AND a2.is_report = 1
    JOIN messages m2 ON m2.id = s2.message_rowid
    LEFT JOIN periods p2 ON p2.list_id = m2.list_id AND p2.period = m2.period
    JOIN refs r2 ON r2.section_id = s2.id
    WHERE s2.project_key IN (SELECT value FROM json_each(@keys)) AND s2.is_contents = 0
      AND (@from IS NULL OR substr(COALESCE(m2.date, p2.start), 1, 7) >= @from) AND (@to IS NULL OR substr(COALESCE(m2.date, p2.start), 1, 7) <= @to))
  AND +s.project_key IN (SELECT value FROM json_each(@keys)) AND s.is_contents = 0 AND ${KINDS_AND_SYSTEM} ${ORDER}`;

/** Reviews a person reads: the `shown` most recently mentioned of `total`, all of them one kind or not. */
export interface ReviewPage {
  shown: ReviewLifecycle[];
  total: number;
  /** 'review' or 'bug' when every one of the total is of that kind; 'review/bug' when mixed. */
  noun: 'review' | 'bug' | 'review/bug';
}

/** The rows of some reviews (refs_by_key), only where the project's reports mention them. */
export const REVIEWS_OF_PROJECT_SQL = `${SELECT} WHERE r.ref_key IN (SELECT value FROM json_each(@refKeys))
  AND +s.project_key IN (SELECT value FROM json_each(@keys)) AND s.is_contents = 0 AND ${KINDS_AND_SYSTEM} ${ORDER}`;

/**
 * The `last` reviews mentioned most recently (ties: the later listed), in listing order, and how
 * many match; every one when `last` is undefined. For a project whose group the index stores
 * (src/index/projectReviews.ts) only the shown ones' rows are read.
 */
export function reviewsPage(db: Db, q: ReviewsQuery, last?: number): ReviewPage {
  const stored = last !== undefined ? storedPage(db, q, last) : null;
  if (stored) return stored;
  const all = reviewLifecycles(db, q);
  const shown = last !== undefined && all.length > last ? mostRecent(all, last) : all;
  return { shown, total: all.length, noun: nounOf(all.map((r) => r.kind)) };
}

function nounOf(kinds: Array<'review' | 'bug'>): ReviewPage['noun'] {
  return kinds.every((k) => k === 'bug') ? 'bug' : kinds.every((k) => k === 'review') ? 'review' : 'review/bug';
}

/** The `n` most recently mentioned (ties: the later listed), kept in listing order. */
export function mostRecent<T extends { last: string }>(revs: T[], n: number): T[] {
  const keep = new Set(revs.map((r, i) => ({ r, i })).sort((a, b) => compareText(b.r.last, a.r.last) || b.i - a.i).slice(0, n).map((x) => x.i));
  return revs.filter((_, i) => keep.has(i));
}

function storedPage(db: Db, q: ReviewsQuery, last: number): ReviewPage | null {
  if (!q.project || q.ref || q.months) return null;
  const keys = aliasClosure(db, projectKey(q.project), q.aliases);
  const stored = storedGroup(db, keys);
  const list = stored === null ? null : storedReviews(db, stored);
  if (!list) return null;
  const system = q.system?.toLowerCase();
  const matching = list
    .filter(([, kind, sys]) => (q.bugs || kind === 'review') && (system === undefined || sys.toLowerCase() === system))
    .map(([key, kind, , lastMonth]) => ({ key, kind, last: lastMonth }));
  const picked = mostRecent(matching, last);
  const rows = db.prepare(REVIEWS_OF_PROJECT_SQL).all({
    kinds: JSON.stringify(q.bugs ? ['review', 'bug'] : ['review']), system: q.system ?? null,
    refKeys: JSON.stringify(picked.map((r) => r.key)), keys: JSON.stringify(keys),
  }) as Row[];
  return { shown: group(rows, rows), total: matching.length, noun: nounOf(matching.map((r) => r.kind)) };
}

export function reviewLifecycles(db: Db, q: ReviewsQuery = {}): ReviewLifecycle[] {
  const kinds = JSON.stringify(q.bugs ? ['review', 'bug'] : ['review']);
  const system = q.system ?? null;
  let rows: Row[];
  if (q.ref) {
    const ref = q.ref.trim();
    if (/^#?\d+$/.test(ref)) {
      rows = db.prepare(`${SELECT} WHERE r.ref_id = @id AND ${KINDS_AND_SYSTEM} ${ORDER}`).all({ kinds, system, id: ref.replace('#', '') }) as Row[];
    } else {
      const c = classifyUrl(ref);
      if (c.kind === 'link') throw new ArchiveError('E_USAGE', `"${ref}" is not a review or bug URL this tool recognises`, 'give the review URL as written in a report, or its number');
      rows = db.prepare(REVIEW_BY_KEY_SQL).all({ kinds, system, key: c.key }) as Row[];
    }
    if (rows.length === 0) throw new ArchiveError('E_NOT_FOUND', `no report mentions ${ref}`);
  } else if (q.project) {
    const keys = aliasClosure(db, projectKey(q.project), q.aliases);
    const known = db.prepare('SELECT 1 FROM sections WHERE project_key IN (SELECT value FROM json_each(?)) LIMIT 1').get(JSON.stringify(keys));
    if (!known) {
      const close = closestProjects(db, q.project);
      throw new ArchiveError('E_NOT_FOUND', `no reports for project "${q.project}"`, close.length ? `closest names: ${close.join(', ')}` : undefined);
    }
    if (!q.months) {
      const p = projectRows(db, keys, kinds, system);
      return group(p.refs, p.sections);
    }
    rows = db.prepare(REVIEWS_IN_MONTHS_SQL).all({ kinds, system, keys: JSON.stringify(keys), from: q.months.from ?? null, to: q.months.to ?? null }) as Row[];
  } else {
    rows = db.prepare(`${SELECT} WHERE ${KINDS_AND_SYSTEM} ${ORDER}`).all({ kinds, system }) as Row[];
  }
  return group(rows, rows);
}

type RefPart = Pick<Row, 'ref_key' | 'kind' | 'system' | 'ref_id' | 'ref_url' | 'status'>;
type MessagePart = Pick<Row, 'project' | 'mk' | 'message_id' | 'page' | 'date' | 'month' | 'list' | 'subject'>;
type SectionRow = MessagePart & { section_id: number; message_rowid: number };
type RefRow = RefPart & { section_id: number };

/**
 * The refs of the reviews a project's reports mention, each with its section and message
 * (`sections[i]` is where `refs[i]` stands), in the order SELECT ... ORDER gives the joined rows:
 * the sections with their messages read once, then their refs, joined here.
 */
function projectRows(db: Db, keys: string[], kinds: string, system: string | null): { refs: RefRow[]; sections: SectionRow[] } {
  const sections = db.prepare(PROJECT_SECTIONS_SQL).all({ keys: JSON.stringify(keys) }) as SectionRow[];
  const bySection = new Map(sections.map((x) => [x.section_id, x]));
  // Message by message in history order; each message's refs in the order they were stored.
  const place = new Map<number, number>();
  for (const x of sections) if (!place.has(x.message_rowid)) place.set(x.message_rowid, place.size);
  const byMessage: RefRow[][] = Array.from({ length: place.size }, () => []);
  for (const r of db.prepare(SECTION_REFS_SQL).all({ kinds, system, sections: JSON.stringify(sections.map((x) => x.section_id)) }) as RefRow[]) {
    byMessage[place.get(bySection.get(r.section_id)!.message_rowid)!].push(r);
  }
  const refs = byMessage.flat();
  return { refs, sections: refs.map((r) => bySection.get(r.section_id)!) };
}

/** Reviews from their refs, `at[i]` being the section and message of `refs[i]` (a joined row: the row itself). */
function group(refs: RefPart[], at: MessagePart[]): ReviewLifecycle[] {
  const byKey = new Map<string, ReviewLifecycle & { seen: Map<string, ReviewMention> }>();
  // A report names several reviews: its subject is stripped once.
  const subjects = new Map<string, string>();
  const subjectOf = (raw: string): string => {
    let s = subjects.get(raw);
    if (s === undefined) subjects.set(raw, (s = stripListPrefix(raw)));
    return s;
  };
  refs.forEach((r, i) => {
    const x = at[i];
    let rev = byKey.get(r.ref_key);
    if (!rev) {
      rev = {
        key: r.ref_key, kind: r.kind, system: r.system, id: r.ref_id, url: r.ref_url, first: x.month ?? '', last: x.month ?? '',
        statuses: [], lastStatus: null, projects: [], reports: [], seen: new Map(),
      };
      byKey.set(r.ref_key, rev);
    }
    let mention = rev.seen.get(x.mk);
    if (!mention) {
      mention = {
        month: x.month ?? '', date: x.date, list: x.list, subject: subjectOf(x.subject ?? ''), messageId: x.message_id,
        url: x.page, projects: [], status: null,
      };
      rev.seen.set(x.mk, mention);
      rev.reports.push(mention);
    }
    if (x.project && !mention.projects.includes(x.project)) mention.projects.push(x.project);
    if (x.project && !rev.projects.includes(x.project)) rev.projects.push(x.project);
    if (r.status && !mention.status) mention.status = r.status;
  });
  const out: ReviewLifecycle[] = [];
  for (const { seen: _seen, ...rev } of byKey.values()) {
    const months = rev.reports.map((m) => m.month).filter(Boolean).sort();
    rev.first = months[0] ?? '';
    rev.last = months[months.length - 1] ?? '';
    for (const m of rev.reports) {
      if (!m.status) continue;
      const norm = m.status.toLowerCase();
      if (rev.statuses[rev.statuses.length - 1]?.toLowerCase() !== norm) rev.statuses.push(m.status);
      rev.lastStatus = m.status;
    }
    out.push(rev);
  }
  return out.sort(compareReviews);
}
