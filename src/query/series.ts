/** `archive series`: the series the archive sees (subjects recurring with only numbers or dates changing). */
import type { Db } from '../store/index.js';
import { ArchiveError } from '../errors.js';
import { THRESHOLD } from '../status/threshold.js'; // not the folder index: a query need not load the parser
import { LEADS } from '../index/seriesLeads.js';

export interface SeriesRow {
  name: string;
  key: string;
  list: string;
  posts: number;
  reports: number;
  authors: string[];
  first: string;
  last: string;
  /** 'report' when most posts are reports by their own evidence, 'not a report' otherwise. */
  verdict: 'report' | 'not a report';
  pin: 'include' | 'exclude' | null;
}

export function listSeries(db: Db, opts: { list?: string; all?: boolean } = {}): SeriesRow[] {
  // Counted by distinct subjects, each judged by its lead post (a reply that keeps a report's
  // subject is not one more post of the series).
  const rows = db.prepare(`SELECT lead.series_key AS key, l.name AS list, COUNT(*) AS posts,
      SUM(a.is_report) AS reports, SUM(a.base_score >= ${THRESHOLD}) AS own, COUNT(a.base_score) AS judged,
      MIN(substr(m.date, 1, 7)) AS first, MAX(substr(m.date, 1, 7)) AS last,
      (SELECT series_name FROM message_series x WHERE x.list_id = lead.list_id AND x.series_key = lead.series_key ORDER BY x.message_rowid DESC LIMIT 1) AS name,
      (SELECT pin FROM series_pins p WHERE p.series_key = lead.series_key) AS pin,
      group_concat(DISTINCT m.author_name) AS authors
    FROM (${LEADS}) lead
    JOIN messages m ON m.id = lead.id JOIN lists l ON l.id = lead.list_id
    LEFT JOIN analyses a ON a.message_rowid = lead.id
    WHERE lead.rank = 1
    GROUP BY lead.list_id, lead.series_key
    HAVING posts >= 3 OR pin IS NOT NULL
    ORDER BY last DESC, posts DESC`).all() as Array<{ key: string; list: string; posts: number; reports: number | null; own: number | null; judged: number; first: string | null; last: string | null; name: string; pin: 'include' | 'exclude' | null; authors: string | null }>;
  return rows
    .filter((r) => !opts.list || r.list.toLowerCase() === opts.list.toLowerCase())
    .map((r): SeriesRow => ({
      name: r.name, key: r.key, list: r.list, posts: r.posts, reports: r.reports ?? 0,
      authors: (r.authors ?? '').split(',').filter(Boolean).slice(0, 5),
      first: r.first ?? '', last: r.last ?? '',
      verdict: r.judged > 0 && (r.own ?? 0) / r.judged >= 0.5 ? 'report' : 'not a report',
      pin: r.pin,
    }))
    .filter((r) => opts.all || r.verdict === 'report' || r.pin !== null || r.reports > 0);
}

/** The series key a user's NAME means: an exact name, else the one series whose name contains it. */
export function resolveSeries(db: Db, name: string): { key: string; name: string } {
  const want = name.trim().toLowerCase();
  if (!want) throw new ArchiveError('E_USAGE', 'a series name is needed (see `archive series --all`)');
  const all = listSeries(db, { all: true });
  const exact = all.find((s) => s.key === want);
  if (exact) return exact;
  const keys = new Map<string, string>();
  for (const s of all) if (s.key.includes(want)) keys.set(s.key, s.name);
  if (keys.size === 1) {
    const [[key, n]] = [...keys];
    return { key, name: n };
  }
  if (keys.size === 0) throw new ArchiveError('E_NOT_FOUND', `no series named "${name}"`, 'list them with `archive series --all`');
  throw new ArchiveError('E_USAGE', `"${name}" names ${keys.size} series: ${[...keys.values()].slice(0, 5).map((n) => `"${n}"`).join(', ')}${keys.size > 5 ? ', ...' : ''}`, 'give more of the name');
}

/** Pin a series as reports ('include'), as not reports ('exclude'), or clear the pin (null). */
export function pinSeries(db: Db, key: string, pin: 'include' | 'exclude' | null): void {
  if (pin) db.prepare('INSERT OR REPLACE INTO series_pins (series_key, pin, at) VALUES (?, ?, ?)').run(key, pin, new Date().toISOString());
  else db.prepare('DELETE FROM series_pins WHERE series_key = ?').run(key);
}
