/**
 * The series table (message_series) held in memory alongside the database during a reindex,
 * with what SeriesIndex's queries read of each member's message (subject, date, whether it is a
 * reply) and analysis (base score): the same answers as those queries (a series' size, lead
 * posts, counted leads, name; a subject's lead; a subject's other posts) without a query per
 * post or a window query per series per batch. Exact only while every change to those rows goes
 * through it, which holds for a reindex: it empties the table first, and its one writer makes
 * every change (SeriesIndex.record, IndexWriter's analyses and message rows).
 */

/** One row of message_series, with its message's fields that rank it. */
interface Member {
  id: number;
  series: string;
  name: string;
  subject: string | null;
  /** in_reply_to IS NOT NULL */
  reply: boolean;
  date: string | null;
}

/** What the stats query of SeriesIndex answers for a series. */
export interface MemberStats {
  /** Distinct subjects (each judged by its lead post). */
  n: number;
  /** Leads whose analysis has a base score at least the threshold. */
  r: number;
  /** Leads with a base score. */
  k: number;
  /** The series name of the newest member (highest row id). */
  name: string | null;
}

/** SQLite's order of two TEXT values (BINARY: their UTF-8 bytes), NULL first. */
function compareText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  // UTF-16 order is code point order (so UTF-8 byte order) unless a surrogate meets U+E000..U+FFFF.
  if (/[\ud800-\uffff]/.test(a) || /[\ud800-\uffff]/.test(b)) return Buffer.compare(Buffer.from(a), Buffer.from(b));
  return a < b ? -1 : 1;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A string as it reads back from SQLite: better-sqlite3 writes a lone surrogate as its three
 * UTF-8-like bytes, which read back as three U+FFFD (the mail parsers make none: a subject is
 * decoded from bytes and never cut).
 */
function stored(s: string): string {
  return /[\ud800-\udfff]/.test(s) ? s.replace(LONE_SURROGATE, '\ufffd\ufffd\ufffd') : s;
}

/** LEADS' order within a subject: posts first, then by date, then by row id. */
function before(a: Member, b: Member): boolean {
  if (a.reply !== b.reply) return !a.reply;
  const d = compareText(a.date, b.date);
  return d !== 0 ? d < 0 : a.id < b.id;
}

export class SeriesMembers {
  private readonly byId = new Map<number, Member>();
  /** series (`list\0key`) -> subject -> its members */
  private readonly series = new Map<string, Map<string | null, Member[]>>();
  /** base score of each member's analysis (null: a score SQLite keeps as NULL); absent: no analysis */
  private readonly scores = new Map<number, number | null>();

  /**
   * `id` recorded in a series (INSERT OR REPLACE): `row` is its message as stored now, `score`
   * reads its analysis' base score (undefined: none) when the message is not a member yet.
   */
  record(id: number, series: string, name: string, row: { subject: string | null; date: string | null; reply: boolean }, score: () => number | null | undefined): void {
    const known = this.byId.get(id);
    if (known) this.remove(known);
    else {
      const s = score();
      if (s !== undefined) this.scores.set(id, s);
    }
    const m: Member = { id, series, name, subject: row.subject, reply: row.reply, date: row.date };
    this.byId.set(id, m);
    this.add(m);
  }

  /** `id` no longer in any series (its row deleted). */
  forget(id: number): void {
    const m = this.byId.get(id);
    if (!m) return;
    this.remove(m);
    this.byId.delete(id);
    this.scores.delete(id);
  }

  /** The message's row was updated (IndexWriter's meta statement: the date kept when none was read). */
  messageChanged(id: number, subject: string | null, date: string | null, inReplyTo: string | null): void {
    const m = this.byId.get(id);
    if (!m) return;
    this.remove(m);
    m.subject = subject === null ? null : stored(subject);
    if (date !== null) m.date = stored(date);
    m.reply = inReplyTo !== null;
    this.add(m);
  }

  /** The message's analysis was written (`baseScore`) or deleted (undefined). */
  scored(id: number, baseScore: number | undefined): void {
    if (!this.byId.has(id)) return;
    if (baseScore === undefined) this.scores.delete(id);
    else this.scores.set(id, Number.isNaN(baseScore) ? null : baseScore);
  }

  size(series: string): number {
    let n = 0;
    for (const same of this.series.get(series)?.values() ?? []) n += same.length;
    return n;
  }

  stats(series: string, threshold: number): MemberStats {
    const out: MemberStats = { n: 0, r: 0, k: 0, name: null };
    let newest = -Infinity;
    for (const same of this.series.get(series)?.values() ?? []) {
      out.n++;
      const lead = this.leadOf(same);
      const s = this.scores.get(lead.id);
      if (s !== undefined && s !== null) {
        out.k++;
        if (s >= threshold) out.r++;
      }
      for (const m of same) {
        if (m.id > newest) {
          newest = m.id;
          out.name = m.name;
        }
      }
    }
    return out;
  }

  /** The lead post among the members of `series` with this subject, if any. */
  lead(series: string, subject: string): number | undefined {
    const same = this.series.get(series)?.get(stored(subject));
    return same && this.leadOf(same).id;
  }

  /** The other members of `series` with this subject (none for no subject: NULL equals nothing). */
  sameSubject(series: string, subject: string | null, id: number): number[] {
    if (subject === null) return [];
    const same = this.series.get(series)?.get(stored(subject));
    return same ? same.filter((m) => m.id !== id).map((m) => m.id) : [];
  }

  /** Every member of `series`, by row id. */
  members(series: string): number[] {
    const out: number[] = [];
    for (const same of this.series.get(series)?.values() ?? []) for (const m of same) out.push(m.id);
    return out.sort((a, b) => a - b);
  }

  private leadOf(same: Member[]): Member {
    let lead = same[0];
    for (let i = 1; i < same.length; i++) if (before(same[i], lead)) lead = same[i];
    return lead;
  }

  private add(m: Member): void {
    let subjects = this.series.get(m.series);
    if (!subjects) this.series.set(m.series, (subjects = new Map()));
    const same = subjects.get(m.subject);
    if (same) same.push(m);
    else subjects.set(m.subject, [m]);
  }

  private remove(m: Member): void {
    const subjects = this.series.get(m.series);
    const same = subjects?.get(m.subject);
    if (!subjects || !same) return;
    const i = same.indexOf(m);
    if (i >= 0) same.splice(i, 1);
    if (same.length === 0) subjects.delete(m.subject);
    if (subjects.size === 0) this.series.delete(m.series);
  }
}
