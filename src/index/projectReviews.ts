/**
 * The reviews (and bugs) a project's reports mention, as the index stores them per group
 * (migration 17, project_reviews): each one's identity key, kind, system and last month, in the
 * order `archive reviews` lists lifecycles. With it the default text of `archive reviews
 * --project` (the most recently mentioned few, and how many there are) reads the lifecycles of
 * the reviews it shows, not every mention of every review of the project (issue 12.3: 8,321
 * refs of 1,920 reports for NSR at a million messages).
 */
import type { Db } from '../store/index.js';
import type { SectionRow } from './projectHistory.js';
import { compareText } from '../textOrder.js';

/** What ordering a review lifecycle needs. */
export interface ReviewOrderKey {
  key: string;
  system: string;
  id: string | null;
  /** YYYY-MM of its first mention, '' when none is dated. */
  first: string;
}

const num = (id: string | null) => (id && /^\d+$/.test(id) ? Number(id) : Number.MAX_SAFE_INTEGER);

/** The order reviews are listed in: first mentioned, then system, number and key (a total order: keys are unique). */
export function compareReviews(a: ReviewOrderKey, b: ReviewOrderKey): number {
  return compareText(a.first, b.first) || compareText(a.system, b.system) || num(a.id) - num(b.id) || compareText(a.key, b.key);
}

/** One stored review of a group: [ref_key, kind, system, last month ('' when undated)]. */
export type StoredReview = [key: string, kind: 'review' | 'bug', system: string, last: string];

interface RefRow { section_id: number; ref_key: string; kind: 'review' | 'bug'; system: string; ref_id: string | null }

const statements = new WeakMap<Db, ReturnType<Db['prepare']>>();

/**
 * A group's reviews and bugs in listing order, from its report sections in history order (what
 * historyRows gives): each review's kind, system and number as its first mention writes them,
 * as the query does, and the months of all its mentions.
 */
export function groupReviews(db: Db, rows: SectionRow[]): StoredReview[] {
  let refsOf = statements.get(db);
  if (!refsOf) {
    refsOf = db.prepare(`SELECT section_id, ref_key, kind, system, ref_id FROM refs
      WHERE section_id IN (SELECT value FROM json_each(?)) AND kind IN ('review', 'bug') ORDER BY id`);
    statements.set(db, refsOf);
  }
  // The query's order: message by message in history order, each message's refs as stored.
  const place = new Map<number, number>();
  const messageOf = new Map<number, SectionRow>();
  for (const r of rows) {
    if (!place.has(r.message_rowid)) place.set(r.message_rowid, place.size);
    messageOf.set(r.section_id, r);
  }
  const byMessage: RefRow[][] = Array.from({ length: place.size }, () => []);
  for (const ref of refsOf.all(JSON.stringify(rows.map((r) => r.section_id))) as RefRow[]) {
    byMessage[place.get(messageOf.get(ref.section_id)!.message_rowid)!].push(ref);
  }
  const reviews = new Map<string, ReviewOrderKey & { kind: 'review' | 'bug'; last: string }>();
  byMessage.forEach((refs) => {
    for (const ref of refs) {
      const at = messageOf.get(ref.section_id)!;
      const month = (at.date ?? at.period_start ?? '').slice(0, 7);
      const rev = reviews.get(ref.ref_key);
      if (!rev) reviews.set(ref.ref_key, { key: ref.ref_key, kind: ref.kind, system: ref.system, id: ref.ref_id, first: month, last: month });
      else if (month) {
        if (!rev.first || month < rev.first) rev.first = month;
        if (month > rev.last) rev.last = month;
      }
    }
  });
  return [...reviews.values()].sort(compareReviews).map((r) => [r.key, r.kind, r.system, r.last]);
}
