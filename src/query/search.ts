/**
 * `archive search`: full-text search over stored messages (subject, author, body) and report
 * items, ranked by bm25, one hit per message with a snippet and the items that matched.
 *
 * What the user types is never handed to FTS5 as is: it is read as words, "quoted phrases",
 * prefix*, -excluded words, OR between alternatives and column:word (subject, author, body),
 * and rewritten with every term quoted, so stray FTS syntax cannot break the query.
 */
import type { Db } from '../store/index.js';
import { unpackRaw } from '../store/rawCodec.js';
import { unpackText } from '../store/textCodec.js';
import { ArchiveError } from '../errors.js';
import { stripListPrefix } from '../mail/subject.js'; // not the folder index: queries need not load the MIME decoders
import type { ReportRef } from '../index/reportRef.js';

export interface SearchQuery {
  text: string;
  list?: string;
  author?: string;
  since?: string;
  until?: string;
  reportsOnly?: boolean;
  limit?: number;
  /**
   * `relevance` (default): best matches first (bm25). `date`: the newest matching messages first
   * (newestMatching; with filters, or past its limits, the newest among the most recently stored
   * matching texts), and unranked: bm25 needs how many texts hold each word, which FTS5 counts by
   * reading the word's whole list (a common word on a million messages: ~570 pages, 25-55 ms of a
   * cold search).
   */
  sort?: 'relevance' | 'date';
  /** How many of the most recently stored matching texts a search weighs (default 1,000, 50,000 with filters): for tests. */
  window?: number;
  /** Markers put around matched words in snippets. */
  highlight?: { open: string; close: string };
}

export interface SearchItemHit {
  project: string;
  text: string;
  snippet: string;
}

export interface SearchHit extends ReportRef {
  isReport: boolean;
  /** bm25 of the best matching text (lower is better, as FTS5 ranks); null sorted by date (nothing is ranked then). */
  score: number | null;
  snippet: string;
  items: SearchItemHit[];
}

export interface SearchResult {
  /** The FTS5 query actually run. */
  match: string;
  hits: SearchHit[];
  /** False when the search index is empty although messages are stored (run `archive reindex`). */
  indexed: boolean;
}

const COLUMNS: Record<string, string> = { subject: 'title', title: 'title', author: 'author', from: 'author', body: 'body', text: 'body' };

/** Column weights for bm25: a word in the subject counts more than one in the body. */
const BM25 = 'bm25(search_fts, 8.0, 4.0, 1.0)';

function quote(term: string): string {
  return `"${term.replace(/"/g, ' ').trim()}"`;
}

function hasWord(s: string): boolean {
  return /[\p{L}\p{N}]/u.test(s);
}

export interface FtsQuery {
  /** What a message (or item) must match. */
  match: string;
  /** Messages matching this are left out (`-word`), or null. */
  exclude: string | null;
}

/**
 * Rewrite a user's query as safe FTS5 expressions (every term quoted). Throws E_USAGE when
 * nothing searchable is left (only punctuation, or only excluded words).
 */
export function parseSearchQuery(input: string): FtsQuery {
  const groups: string[][] = [];
  const excluded: string[] = [];
  let orNext = false;
  const re = /(-?)(?:(\w+):)?(?:"([^"]*)("?)|(\S+))/gu;
  for (const m of input.matchAll(re)) {
    const [, neg, col, phrase, , word] = m;
    if (word === 'OR' && !neg && !col) {
      if (groups.length > 0) orNext = true;
      continue;
    }
    if ((word === 'AND' || word === 'NOT') && !neg && !col) continue;
    let term: string;
    if (phrase !== undefined) {
      if (!hasWord(phrase)) continue;
      term = quote(phrase);
    } else {
      const prefix = /[\p{L}\p{N}]\*$/u.test(word);
      const w = word.replace(/\*+$/, '').replace(/"/g, '');
      if (!hasWord(w)) continue;
      term = quote(w) + (prefix ? '*' : '');
    }
    const column = col ? COLUMNS[col.toLowerCase()] : undefined;
    if (col && !column) {
      // Not a column name (e.g. `http:` of a URL, `tests/bugs:`): search the whole token.
      const whole = `${col}:${phrase ?? word}`;
      if (!hasWord(whole)) continue;
      term = quote(whole);
    } else if (column) term = `${column} : ${term}`;
    if (neg) {
      excluded.push(term);
      orNext = false;
    } else if (orNext) {
      groups[groups.length - 1].push(term);
      orNext = false;
    } else groups.push([term]);
  }
  if (groups.length === 0) {
    throw new ArchiveError('E_USAGE', excluded.length ? `nothing to search for in "${input}": a search needs at least one word that is not excluded`
      : `nothing to search for in "${input}"`, 'give words or a "quoted phrase", e.g. archive search "etcd support"');
  }
  const match = groups.map((g) => (g.length > 1 ? `(${g.join(' OR ')})` : g[0])).join(' AND ');
  return { match, exclude: excluded.length ? excluded.join(' OR ') : null };
}

/** The whole query as one FTS5 expression (what `search` runs, for display). */
export function toFtsQuery(input: string): string {
  const q = parseSearchQuery(input);
  return q.exclude ? `(${q.match}) NOT (${q.exclude})` : q.match;
}

interface HitRow {
  message_rowid: number; score: number | null; list: string; lists: string; subject: string | null; author_name: string | null;
  date: string | null; month: string | null; url: string | null; message_id: string | null; is_report: number | null;
  /** JSON [[doc, message row, bm25 or null], ...]: the hit's texts that matched in the window. */
  matched: string;
  /** How many texts the window holds, and its lowest text id. */
  ranked: number; floor: number;
}
/** A matching text of a shown message, as the index stores it (search_docs, migration 13). */
interface StoredDoc {
  id: number; message_rowid: number; item_id: number | null; title: string; author: string;
  packed: Buffer | null; raw: Buffer | null; raw_codec: number | null; item_text: string | null;
}
interface DocRow { message_rowid: number; kind: 'message' | 'item'; title: string; body: string; snip: string; body_snip: string }

/** The FTS5 table snippets are made in: the search index keeps no text (contentless), so the few shown texts are put here. */
const SHOWN = `CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_shown USING fts5(title, author, body, tokenize = 'unicode61 remove_diacritics 2')`;

/**
 * Snippets of the given texts for `match`, made by FTS5's snippet() as the search index made
 * them when it kept the text: the same texts, tokenizer and query in a temporary table of their
 * own (per connection, emptied each time).
 */
function snippets(db: Db, docs: Array<{ id: number; title: string; author: string; body: string }>, match: string, mark: { open: string; close: string }): Map<number, { snip: string; body_snip: string }> {
  db.exec(SHOWN);
  const put = db.prepare('INSERT INTO temp.search_shown (rowid, title, author, body) VALUES (?, ?, ?, ?)');
  const snip = db.prepare(`SELECT rowid AS id, snippet(search_shown, -1, @open, @close, '…', 14) AS snip, snippet(search_shown, 2, @open, @close, '…', 14) AS body_snip
    FROM temp.search_shown WHERE search_shown MATCH @match`);
  // One transaction: FTS5 writes its index once, not once per text.
  const rows = db.transaction(() => {
    for (const d of docs) put.run(d.id, d.title, d.author, d.body);
    const found = snip.all({ match, open: mark.open, close: mark.close }) as Array<{ id: number; snip: string; body_snip: string }>;
    db.exec('DELETE FROM temp.search_shown');
    return found;
  })();
  return new Map(rows.map((r) => [r.id, r]));
}

const MONTH = 'substr(COALESCE(m.date, p.start), 1, 7)';

/**
 * newestMatching's limits: messages whose texts it asks the index about (a common word), then
 * messages it walks past (a rarer one), and the most matching texts it reads (see there); and how
 * far apart two texts' ids may be for one question about both (`gap`).
 */
const LIMITS = { ask: 100, walk: 30_000, texts: 100_000, gap: 256 };

/**
 * The matching texts of the `want` newest messages that match (and of every other message of the
 * last one's date), newest first, and whether those are all that match (`complete`): what a
 * date-sorted search shows. Null when the window (the `window` most recently stored matching
 * texts) holds every match: the join orders those exactly. A first sync stores a list's newest
 * period first, so the most recently stored texts are not the newest: on the bench's million
 * messages the window's newest hit for `rebalance` was from August while December's matched.
 * Walks messages_by_date from the newest message down, and asks, for a common word, the index
 * which of each run of messages' texts match (a stretch of ids at a time), until `limits.ask`
 * messages (or fewer for a word that turns out rare: see `gaveUp`); then, for a rarer word, reads
 * its every matching text (up to `limits.texts`) and looks each message's texts up in those, until
 * `limits.walk` messages (undated messages last). Null (the window, then)
 * past those. On the bench's million messages: `rebalance` (414k texts) within 100 messages,
 * `München` (14k) within 3,000, `nsr` (10k, reports early in the month) within 30,000. Exported
 * for tests.
 */
export function newestMatching(db: Db, match: string, window: number, want: number, limits: { ask: number; walk: number; texts: number; gap?: number } = LIMITS): { docs: number[]; complete: boolean } | null {
  const full = db.prepare('SELECT COUNT(*) FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT ?)').pluck().get(match, window) as number;
  if (full < window) return null;
  // messages newest first, 512 at a time (a row at a time through an iterator cost more than the rest of the walk)
  const first = db.prepare('SELECT id, date FROM messages INDEXED BY messages_by_date WHERE date IS NOT NULL ORDER BY date DESC, id DESC LIMIT 512').raw();
  const next = db.prepare('SELECT id, date FROM messages INDEXED BY messages_by_date WHERE (date, id) < (?, ?) ORDER BY date DESC, id DESC LIMIT 512').raw();
  // (then the undated, as a date-sorted query puts them: last)
  const undated = db.prepare('SELECT id, date FROM messages INDEXED BY messages_by_date WHERE date IS NULL AND id < ? ORDER BY id DESC LIMIT 512').raw();
  function* walk(): Generator<[number, string | null]> {
    let rows = first.all() as Array<[number, string | null]>;
    while (rows.length) {
      yield* rows;
      const [id, date] = rows[rows.length - 1];
      rows = next.all(date, id) as Array<[number, string | null]>;
    }
    for (let below = Number.MAX_SAFE_INTEGER; (rows = undated.all(below) as Array<[number, null]>).length; below = rows[rows.length - 1][0]) yield* rows;
  }
  // each message's texts, for a run of messages at once (one statement per message cost more than the walk)
  const textsOf = db.prepare('SELECT message_rowid, id FROM search_docs WHERE message_rowid IN (SELECT value FROM json_each(?)) ORDER BY id').raw();
  const texts = (ids: number[]): Map<number, number[]> => {
    const out = new Map<number, number[]>();
    for (const [mid, id] of textsOf.all(JSON.stringify(ids)) as Array<[number, number]>) {
      const mine = out.get(mid);
      if (mine) mine.push(id);
      else out.set(mid, [id]);
    }
    return out;
  };
  // Which of a run's texts match, asked of the index a stretch of ids at a time: a message's texts
  // are stored together, and the newest messages of a list near each other, so the newest 32
  // messages' texts lie in about one stretch a list (8 on the bench's million messages, for 32
  // texts). One question a stretch, not one a text: the index reads the word's list once for each
  // (a cold process paid ~10 ms for `rebalance` asking text by text).
  // (the rowids as BigInts: bound as JS numbers, REALs, FTS5 drops the constraint and answers every match)
  const inStretch = db.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid BETWEEN ? AND ?').pluck();
  let matchingInRun = new Set<number>();
  const askTexts = (ids: number[]): Map<number, number[]> => {
    const out = texts(ids);
    const all = [...out.values()].flat().sort((a, b) => a - b);
    matchingInRun = new Set<number>();
    for (let i = 0; i < all.length;) {
      let j = i;
      while (j + 1 < all.length && all[j + 1] - all[j] <= (limits.gap ?? LIMITS.gap)) j++;
      for (const id of inStretch.all(match, BigInt(all[i]), BigInt(all[j])) as number[]) matchingInRun.add(id);
      i = j + 1;
    }
    return out;
  };
  const ask = (giveUp?: (read: number, found: number) => boolean) => collect(walk(), limits.ask, want, 32,
    askTexts, (id) => matchingInRun.has(id), giveUp);
  // A rarer word is given up on after the first 32 messages when they hold under half the share
  // of matches that `want` within `limits.ask` needs: München (1 message in 70) cost 100 questions
  // to the index before its every match was read. Were the word too common to read every match,
  // the questions are asked after all: the same answer as asking them first.
  let gaveUp = false;
  const asked = ask((read, found) => (gaveUp = tooRareToAsk(read, found, want, limits.ask)));
  if (asked) return asked;
  const all = db.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT ?').pluck().all(match, limits.texts + 1) as number[];
  if (all.length > limits.texts) return gaveUp ? ask() : null;
  // looked up by halving (the ids in order): a Set of München's 14,000 ids took 2.7 ms to build, the
  // halving 0.7 ms with the walk's lookups (in process, warm)
  const matching = Float64Array.from(all).sort();
  return collect(walk(), limits.walk, want, 512,
    (ids) => texts(ids), (id) => holds(matching, id));
}

/** Whether the ascending `sorted` holds `id`. */
function holds(sorted: Float64Array, id: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid];
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Whether a word whose matches are in `found` of the newest `read` messages is too rare for
 * newestMatching to ask about message by message: fewer than half the share that finding `want`
 * within `ask` messages needs. Exported for tests.
 */
export function tooRareToAsk(read: number, found: number, want: number, ask: number): boolean {
  return found * 2 * ask < want * read;
}

/**
 * Newest first: the matching texts of the first `want` messages that have any, and of the rest of
 * the last one's date; null past `cap` messages, or when `giveUp` says so after a run. Reads the
 * messages' texts `run` messages at a time.
 */
function collect(rows: IterableIterator<[number, string | null]>, cap: number, want: number, run: number,
  textsOf: (ids: number[]) => Map<number, number[]>, matches: (text: number) => boolean,
  giveUp?: (read: number, found: number) => boolean): { docs: number[]; complete: boolean } | null {
  const docs: number[] = [];
  let found = 0;
  let cut: string | null | undefined;
  let read = 0;
  let batch: Array<[number, string | null]> = [];
  // the batch in order; true when the walk is over (enough found, or given up: `given`)
  let given: { docs: number[]; complete: boolean } | null = null;
  const take = (): boolean => {
    const texts = textsOf(batch.map(([id]) => id));
    for (const [id, date] of batch) {
      if (cut !== undefined && date !== cut) {
        given = { docs, complete: false };
        return true;
      }
      const mine = (texts.get(id) ?? []).filter(matches);
      if (mine.length === 0) continue;
      docs.push(...mine);
      if (++found === want) cut = date;
    }
    batch = [];
    return false;
  };
  for (const row of rows) {
    if (++read > cap) {
      // (what is before it in the batch may end the walk first)
      if (batch.length && take()) return given;
      if (cut !== undefined && row[1] !== cut) return { docs, complete: false };
      return null;
    }
    batch.push(row);
    if (batch.length === run && take()) return given;
    if (batch.length === 0 && cut === undefined && giveUp?.(read, found)) return null;
  }
  if (batch.length && take()) return given;
  return { docs, complete: true };
}

/** `make()`, called the first time it is asked for. */
function once<T>(make: () => T): () => T {
  let made: { v: T } | null = null;
  return () => (made ??= { v: make() }).v;
}

export function search(db: Db, q: SearchQuery): SearchResult {
  const { match, exclude } = parseSearchQuery(q.text);
  const limit = q.limit ?? 20;
  const mark = q.highlight ?? { open: '[', close: ']' };
  const filters = `
      AND (@list IS NULL OR l.name = @list COLLATE NOCASE)
      AND (@author IS NULL OR instr(lower(COALESCE(m.author_name, '') || ' ' || COALESCE(m.author_address, '')), lower(@author)) > 0)
      AND (@since IS NULL OR ${MONTH} >= @since)
      AND (@until IS NULL OR ${MONTH} <= @until)
      AND (@reportsOnly = 0 OR EXISTS (SELECT 1 FROM analyses a WHERE a.message_rowid = m.id AND a.is_report = 1))
      AND (@exclude IS NULL OR h.mid NOT IN (SELECT x.message_rowid FROM search_fts JOIN search_docs x ON x.id = search_fts.rowid
        WHERE search_fts MATCH @exclude))`;
  // 1. The best messages: each message's best matching text (its own, or one of its items).
  // Only the best-ranked matching texts are joined to their messages: a common word matches
  // a large part of a big archive, and joining every match cost seconds on a million messages.
  // The window is wider when filters may discard many of them.
  const byDate = q.sort === 'date';
  // Each hit also says which of its texts matched in the window, with their bm25 (JSON renders a
  // double with 17 digits: the same number back), and how far the window reached. Whether a hit
  // is a report is read for the hits shown only (`reports`, below): the window's every message
  // is read once already, and a lookup in analyses for each of them cost 1-2 ms cold.
  const reports = db.prepare('SELECT message_rowid AS mid, is_report FROM analyses WHERE message_rowid IN (SELECT value FROM json_each(@ids))');
  const SCORE = byDate ? 'NULL' : BM25;
  // (or, sorted by date, the matching texts of the newest messages: newestMatching)
  const topOf = (given: boolean) => db.prepare(`WITH ranked AS MATERIALIZED (${given ? 'SELECT value AS doc, NULL AS score FROM json_each(@docs)' : `
        SELECT search_fts.rowid AS doc, ${SCORE} AS score FROM search_fts
        WHERE search_fts MATCH @match ORDER BY ${byDate ? 'search_fts.rowid DESC' : 'score'} LIMIT @window`}),
      hits AS MATERIALIZED (SELECT d.message_rowid AS mid, rk.doc, rk.score FROM ranked rk JOIN search_docs d ON d.id = rk.doc)
      SELECT MIN(h.score) AS score, h.mid AS message_rowid, l.name AS list, group_concat(DISTINCT l.name) AS lists,
        m.subject, m.author_name, m.date, ${MONTH} AS month, m.url, m.message_id,
        json_group_array(json_array(h.doc, h.mid, h.score)) AS matched,
        (SELECT COUNT(*) FROM ranked) AS ranked, (SELECT MIN(doc) FROM ranked) AS floor
      FROM hits h
      JOIN messages m ON m.id = h.mid
      JOIN lists l ON l.id = m.list_id
      LEFT JOIN periods p ON p.list_id = m.list_id AND p.period = m.period
      WHERE 1 ${filters}
      GROUP BY COALESCE(m.message_id, m.msg_key)
      ORDER BY ${byDate ? 'm.date DESC, MAX(h.doc) DESC' : 'score, m.date'}
      LIMIT @limit`);
  // (each statement prepared when it is first needed: a date-sorted search most often runs a few of them)
  const top = once(() => topOf(false));
  // 2. The matching texts of those messages, best first. The window holds every match when it
  // is not full, and, newest first, every match from its oldest text on: those are known from
  // step 1. Otherwise (best first, or a message whose texts begin below the window) the index is
  // asked again, for only the rows between the messages' first and last text (a message's texts
  // are stored together), which for a common word on a million messages costs tens of ms.
  const firsts = once(() => db.prepare('SELECT message_rowid AS mid, MIN(id) AS lo, MAX(id) AS hi FROM search_docs WHERE message_rowid IN (SELECT value FROM json_each(@ids)) GROUP BY message_rowid'));
  const scored = once(() => db.prepare(`SELECT d.id, d.message_rowid AS mid, ${SCORE} AS score
      FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid
      WHERE search_fts MATCH @match AND search_fts.rowid BETWEEN @lo AND @hi AND d.message_rowid IN (SELECT value FROM json_each(@ids))`));
  // Each text as it was indexed: a message's subject, author and cleaned body (packed against
  // its raw mail), an item's project, author and text.
  const stored = db.prepare(`SELECT d.id, d.message_rowid, d.item_id, m.author_name AS author,
        CASE WHEN d.item_id IS NULL THEN m.subject ELSE COALESCE(NULLIF(s.project, ''), s.title) END AS title,
        d.body AS packed, CASE WHEN d.item_id IS NULL THEN m.raw END AS raw, m.raw_codec, i.text AS item_text
      FROM search_docs d
      JOIN messages m ON m.id = d.message_rowid
      LEFT JOIN items i ON i.id = d.item_id LEFT JOIN sections s ON s.id = i.section_id
      WHERE d.id IN (SELECT value FROM json_each(@docs))`);
  let rows: HitRow[];
  let docRows: DocRow[];
  try {
    const filtered = Boolean(q.list || q.author || q.since || q.until || q.reportsOnly || exclude);
    const window = q.window ?? (filtered ? Math.max(50_000, limit * 100) : Math.max(1_000, limit * 20));
    const args = { match, list: q.list ?? null, author: q.author ?? null, since: q.since ?? null, until: q.until ?? null, reportsOnly: q.reportsOnly ? 1 : 0, limit, exclude, window };
    // Newest first, unfiltered: the newest messages that match, found by date (newestMatching);
    // else (filters, or a word newestMatching leaves) the window's, the most recently stored.
    const newest = byDate && !filtered ? newestMatching(db, match, window, limit) : null;
    rows = newest ? topOf(true).all({ ...args, docs: JSON.stringify(newest.docs) }) as HitRow[] : [];
    // (fewer hits than asked while more match: copies of one post on several lists made one hit of several)
    const fromNewest = newest !== null && (rows.length >= limit || newest.complete);
    if (!fromNewest) rows = top().all(args) as HitRow[];
    const shown = new Set(rows.map((r) => r.message_rowid));
    const isReport = new Map((rows.length ? reports.all({ ids: JSON.stringify([...shown]) }) as Array<{ mid: number; is_report: number }> : []).map((a) => [a.mid, a.is_report]));
    for (const r of rows) r.is_report = isReport.get(r.message_rowid) ?? null;
    let again = [...shown];
    const matched: Array<{ id: number; mid: number; score: number | null }> = [];
    if (fromNewest || (rows.length && rows[0].ranked < window)) again = [];
    else if (rows.length && byDate) {
      const floor = rows[0].floor;
      again = (firsts().all({ ids: JSON.stringify(again) }) as Array<{ mid: number; lo: number }>).filter((f) => f.lo < floor).map((f) => f.mid);
    }
    const asked = new Set(again);
    for (const r of rows) {
      for (const [id, mid, score] of JSON.parse(r.matched) as Array<[number, number, number | null]>) if (mid === r.message_rowid && !asked.has(mid)) matched.push({ id, mid, score });
    }
    if (again.length) {
      const ids = JSON.stringify(again);
      const range = (firsts().all({ ids }) as Array<{ lo: number; hi: number }>).reduce((a, f) => ({ lo: Math.min(a.lo, f.lo), hi: Math.max(a.hi, f.hi) }), { lo: Infinity, hi: -Infinity });
      if (range.lo <= range.hi) matched.push(...scored().all({ match, ids, lo: range.lo, hi: range.hi }) as typeof matched);
    }
    // As the index ranks them (bm25, then the order they were stored); by date, as stored (a
    // message's own text, then its items in the post's order).
    matched.sort((a, b) => (a.score ?? 0) - (b.score ?? 0) || a.id - b.id);
    const order = new Map(matched.map((m, i) => [m.id, i]));
    const texts = (matched.length ? stored.all({ docs: JSON.stringify(matched.map((m) => m.id)) }) as StoredDoc[] : [])
      .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
      .map((d) => ({
        id: d.id, message_rowid: d.message_rowid, kind: d.item_id === null ? 'message' as const : 'item' as const, title: d.title ?? '', author: d.author ?? '',
        body: d.item_id === null ? unpackText(d.packed!, unpackRaw(d.raw!, d.raw_codec)) : d.item_text ?? '',
      }));
    const snips = snippets(db, texts, match, mark);
    docRows = texts.map((t) => ({ ...t, snip: snips.get(t.id)?.snip ?? '', body_snip: snips.get(t.id)?.body_snip ?? '' }));
  } catch (e) {
    if (/fts5|syntax error/i.test((e as Error).message)) {
      throw new ArchiveError('E_USAGE', `cannot search for "${q.text}": ${(e as Error).message}`, 'put words with punctuation in "double quotes"');
    }
    throw e;
  }
  const byMessage = new Map<number, DocRow[]>();
  for (const d of docRows) byMessage.set(d.message_rowid, [...(byMessage.get(d.message_rowid) ?? []), d]);
  const hits = rows.map((r): SearchHit => {
    const mine = byMessage.get(r.message_rowid) ?? [];
    const own = mine.find((d) => d.kind === 'message');
    // Items whose own text matched (not only their section title).
    const items = mine.filter((d) => d.kind === 'item' && d.body_snip.includes(mark.open)).map((d) => ({ project: d.title, text: d.body, snippet: d.body_snip }));
    return {
      list: r.list, lists: r.lists.split(','), month: r.month ?? '', date: r.date, author: r.author_name ?? '',
      subject: stripListPrefix(r.subject ?? ''), url: r.url, messageId: r.message_id, isReport: r.is_report === 1,
      score: r.score, snippet: own?.snip ?? items[0]?.snippet ?? '', items,
    };
  });
  const indexed = hits.length > 0 || (db.prepare('SELECT EXISTS (SELECT 1 FROM search_docs) AS x').get() as { x: number }).x === 1
    || (db.prepare('SELECT EXISTS (SELECT 1 FROM analyses) AS x').get() as { x: number }).x === 0;
  return { match: exclude ? `(${match}) NOT (${exclude})` : match, hits, indexed };
}

/**
 * Highlight marks for terminal output: search with these and `searchToText` shows the matches in
 * colour (or [brackets]) after making the text around them safe for the terminal.
 */
export const TEXT_HIGHLIGHT = { open: '\ue000', close: '\ue001' } as const;
