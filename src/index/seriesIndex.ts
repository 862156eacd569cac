/**
 * The archive's view of series: which messages share a subject template on a list, how many
 * there are, what their own evidence says, and the user's pins. Detection weighs membership
 * (src/status/detectReport.ts, seriesEvidence); when a series grows or its verdict changes, only
 * its members are derived again.
 */
import type { Db } from '../store/index.js';
import { seriesTemplate, seriesEvidence, THRESHOLD, type SeriesHint, type SeriesTemplate } from '../status/index.js';
import { SeriesMembers } from './seriesMembers.js';
import { LEADS } from './seriesLeads.js';

interface Stats { n: number; r: number | null; k: number; name: string | null }

/** A subject's series template, worked out ahead. */
export interface KnownTemplate {
  subject: string | null;
  template: SeriesTemplate | null;
  /**
   * The rest of what `record` reads of the message's row, read with the subject, when the row
   * cannot have changed since (a reindex's chunk, read before it is written): not read again.
   */
  row?: { listId: number; date: string | null; reply: boolean };
}

interface SeriesRow { id: number; list_id: number; subject: string | null; date: string | null; reply: number }

/**
 * No message is in a series yet (a first sync or import into a new database): a writer that holds
 * the run lock and makes every change to the series table from now on may weigh the series from
 * its copy in memory (`fromEmpty`), the same answers as the queries (test/index/seriesMembers.test.ts).
 */
export function seriesTableEmpty(db: Db): boolean {
  return !db.prepare('SELECT 1 FROM message_series LIMIT 1').get();
}

export class SeriesIndex {
  private readonly s;
  private readonly cache = new Map<string, SeriesHint | null>();
  /** The series table in memory, when the caller starts from an empty one (see `fromEmpty`). */
  private readonly mem: SeriesMembers | null;

  /**
   * `fromEmpty`: message_series is empty and every change to it, to the messages' subject, date
   * and In-Reply-To and to their analyses goes through this index and its writer from now on
   * (a reindex): the series are then weighed from a copy kept in memory (SeriesMembers), the
   * same answers as the queries without a query per post.
   */
  constructor(private readonly db: Db, opts: { fromEmpty?: boolean } = {}) {
    this.mem = opts.fromEmpty ? new SeriesMembers() : null;
    this.s = {
      subjects: db.prepare(`SELECT id, list_id, subject, date, in_reply_to IS NOT NULL AS reply FROM messages
        WHERE id IN (SELECT value FROM json_each(?))`),
      score: db.prepare('SELECT base_score FROM analyses WHERE message_rowid = ?'),
      record: db.prepare('INSERT OR REPLACE INTO message_series (message_rowid, list_id, series_key, series_name, subject, date, reply) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      // A message with no series row yet (a reindex): a plain INSERT. INSERT OR REPLACE runs in a
      // statement savepoint (its REPLACE may delete a row), and at every savepoint FTS5 writes out
      // what the search index holds pending, in a reindex at the start of every batch: a small
      // segment each time, which its automerge then merges again (issue 12.1).
      add: db.prepare('INSERT INTO message_series (message_rowid, list_id, series_key, series_name, subject, date, reply) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      // messages.subject, date and In-Reply-To as the index re-read them: kept in step (migrations
      // 12 and 15; the date kept when none was read, as IndexWriter's update of messages keeps it)
      meta: db.prepare(`UPDATE message_series SET subject = @subject, date = COALESCE(@date, date), reply = @reply
        WHERE message_rowid = @id AND (subject IS NOT @subject OR (@date IS NOT NULL AND date IS NOT @date) OR reply IS NOT @reply)`),
      forget: db.prepare('DELETE FROM message_series WHERE message_rowid = ?'),
      recorded: db.prepare('SELECT list_id, series_key, series_name, subject, date, reply FROM message_series WHERE message_rowid = ?'),
      // A series is counted by its distinct subjects, each judged by its lead: the first post
      // that is not a reply (else the first). Replies that keep a report's subject are not more
      // posts of the series, and the series' evidence is not theirs.
      stats: db.prepare(`SELECT COUNT(*) AS n, SUM(a.base_score >= ${THRESHOLD}) AS r, COUNT(a.base_score) AS k,
        (SELECT series_name FROM message_series WHERE list_id = ? AND series_key = ? ORDER BY message_rowid DESC LIMIT 1) AS name
        FROM (${LEADS} WHERE ms.list_id = ? AND ms.series_key = ?) lead
        LEFT JOIN analyses a ON a.message_rowid = lead.id WHERE lead.rank = 1`),
      // rank 1 of LEADS among the posts with this subject, read through the index on the subject
      lead: db.prepare(`SELECT message_rowid AS id FROM message_series
        WHERE list_id = ? AND series_key = ? AND subject = ? ORDER BY reply, date, message_rowid LIMIT 1`),
      pin: db.prepare('SELECT pin FROM series_pins WHERE series_key = ?'),
      // at least as many as the subjects counted above: fewer than 3 settles it without them
      size: db.prepare('SELECT COUNT(*) AS n FROM message_series WHERE list_id = ? AND series_key = ?'),
      applied: db.prepare('SELECT weight FROM series_state WHERE list_id = ? AND series_key = ?'),
      apply: db.prepare('INSERT OR REPLACE INTO series_state (list_id, series_key, weight) VALUES (?, ?, ?)'),
      members: db.prepare('SELECT message_rowid AS id FROM message_series WHERE list_id = ? AND series_key = ? ORDER BY message_rowid'),
      listsOf: db.prepare('SELECT DISTINCT list_id FROM message_series WHERE series_key = ?'),
      sameSubject: db.prepare(`SELECT message_rowid AS id FROM message_series
        WHERE list_id = ? AND series_key = ? AND subject = ? AND message_rowid <> ?`),
    };
  }

  /**
   * Record the series of these stored messages; the (list, series) pairs they touch. `siblings`
   * receives the other posts with the same subject: which of them leads may change with a new one.
   * `unrecorded`: none of them has a series row yet (a reindex emptied the table), none to forget.
   * `known`: templates worked out already (by a reindex's workers), each for the subject it names,
   * and the rows as the workers read them (not read again when every one of `ids` has its row).
   */
  record(ids: number[], siblings?: Set<number>, unrecorded = false, known?: (id: number) => KnownTemplate | undefined): Set<string> {
    const touched = new Set<string>();
    const rows = this.rowsOf(ids, known);
    for (const id of ids) {
      const row = rows.get(id);
      if (!row) continue;
      const k = known?.(id);
      const t = k && k.subject === row.subject ? k.template : seriesTemplate(row.subject ?? '');
      if (!t) {
        if (!unrecorded) {
          this.s.forget.run(id);
          this.mem?.forget(id);
        }
        continue;
      }
      if (unrecorded) this.s.add.run(id, row.list_id, t.key, t.name, row.subject, row.date, row.reply);
      else if (!this.same(id, row, t)) this.s.record.run(id, row.list_id, t.key, t.name, row.subject, row.date, row.reply);
      const series = `${row.list_id}\u0000${t.key}`;
      touched.add(series);
      if (this.mem) {
        this.mem.record(id, series, t.name, { subject: row.subject, date: row.date, reply: row.reply === 1 },
          () => (this.s.score.get(id) as { base_score: number | null } | undefined)?.base_score);
        if (siblings) for (const other of this.mem.sameSubject(series, row.subject, id)) siblings.add(other);
      } else if (siblings) for (const r of this.s.sameSubject.all(row.list_id, t.key, row.subject, id) as Array<{ id: number }>) siblings.add(r.id);
    }
    this.cache.clear();
    return touched;
  }

  /**
   * The message's series row holds these already: nothing to write (a post derived again,
   * recorded again with the subject it had; see `add` for what a REPLACE would cost).
   */
  private same(id: number, row: SeriesRow, t: SeriesTemplate): boolean {
    const r = this.s.recorded.get(id) as { list_id: number; series_key: string; series_name: string; subject: string | null; date: string | null; reply: number } | undefined;
    return r !== undefined && r.list_id === row.list_id && r.series_key === t.key && r.series_name === t.name && r.subject === row.subject
      && r.date === row.date && r.reply === row.reply;
  }

  /** The rows of `ids` that `record` reads: as known already when every one of them is, else from the database. */
  private rowsOf(ids: number[], known?: (id: number) => KnownTemplate | undefined): Map<number, SeriesRow> {
    const rows = new Map<number, SeriesRow>();
    if (known) {
      for (const id of ids) {
        const k = known(id);
        if (!k?.row) break;
        rows.set(id, { id, list_id: k.row.listId, subject: k.subject, date: k.row.date, reply: k.row.reply ? 1 : 0 });
      }
      if (rows.size === ids.length) return rows;
    }
    return new Map((this.s.subjects.all(JSON.stringify(ids)) as SeriesRow[]).map((r) => [r.id, r]));
  }

  /**
   * The index read a stored message's subject, date or In-Reply-To differently from how they
   * were stored (and updated its row, the date kept when none was read): keep its series row in step.
   */
  messageChanged(id: number, subject: string | null, date: string | null, inReplyTo: string | null): void {
    this.s.meta.run({ id, subject, date, reply: inReplyTo !== null ? 1 : 0 });
    this.mem?.messageChanged(id, subject, date, inReplyTo);
  }

  /** The message's analysis was written with this base score, or deleted (undefined). */
  scored(id: number, baseScore: number | undefined): void {
    this.mem?.scored(id, baseScore);
  }

  /** The hint detection weighs for a post (undefined when it is no lead post of a series). */
  hint(listId: number, subject: string, id: number, t = seriesTemplate(subject)): SeriesHint | undefined {
    if (!t) return undefined;
    const k = `${listId}\u0000${t.key}`;
    const lead = this.mem ? this.mem.lead(k, subject) : (this.s.lead.get(listId, t.key, subject) as { id: number } | undefined)?.id;
    if (lead !== undefined && lead !== id) return undefined;
    if (!this.cache.has(k)) this.cache.set(k, this.compute(listId, t.key));
    return this.cache.get(k) ?? undefined;
  }

  private compute(listId: number, key: string): SeriesHint | null {
    const pin = ((this.s.pin.get(key) as { pin: 'include' | 'exclude' } | undefined)?.pin) ?? null;
    // Most series are one or two posts (a subject with a number in it): no hint, and no need to rank their posts.
    const series = `${listId}\u0000${key}`;
    if (!pin && (this.mem ? this.mem.size(series) : (this.s.size.get(listId, key) as { n: number }).n) < 3) return null;
    const st = this.mem ? this.mem.stats(series, THRESHOLD) : this.s.stats.get(listId, key, listId, key) as Stats;
    const name = st.name ?? key;
    if (pin) return { name, count: st.n, reportShare: st.k ? (st.r ?? 0) / st.k : null, pin };
    if (st.n < 3) return null;
    return { name, count: st.n, reportShare: st.k ? (st.r ?? 0) / st.k : null, pin: null };
  }

  /**
   * The members to derive again: those of the touched series whose weight differs from the one
   * their posts were last derived with. Records the new weights.
   */
  changed(touched: Set<string>): number[] {
    this.cache.clear();
    const out: number[] = [];
    for (const k of touched) {
      const [list, key] = k.split('\u0000');
      const listId = Number(list);
      const weight = seriesEvidence(this.compute(listId, key) ?? undefined)?.weight ?? 0;
      const applied = (this.s.applied.get(listId, key) as { weight: number } | undefined)?.weight ?? 0;
      if (weight === applied) continue;
      this.s.apply.run(listId, key, weight);
      if (this.mem) for (const id of this.mem.members(k)) out.push(id);
      else for (const r of this.s.members.all(listId, key) as Array<{ id: number }>) out.push(r.id);
    }
    this.cache.clear();
    return out;
  }

  /** Every (list, series) pair of a series key, for a pin that applies on all lists. */
  pairsOf(key: string): Set<string> {
    return new Set((this.s.listsOf.all(key) as Array<{ list_id: number }>).map((r) => `${r.list_id}\u0000${key}`));
  }
}
