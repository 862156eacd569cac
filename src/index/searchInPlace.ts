/**
 * The search index written in place by `archive reindex` (issue 12.1): a text whose search_docs
 * row, and so its FTS entry, is already the one the reindex writes, at the id it gives it, is
 * kept, not taken out of the index and added again. Adding a text to FTS5 is the costliest thing a
 * reindex writes (some 15 us a message on the one writer thread), and a reindex of an archive
 * indexed by the same parser finds nearly every text as it was.
 *
 * Why the rows and what the index answers are those of a reindex from an empty index:
 *
 * - Ids. From empty, SQLite gives each text the highest id of the rows there plus one; here every
 *   text gets that id explicitly: `top` is the highest id among the rows this run wrote or kept
 *   that are still there. Every row up to `frontier` is this run's (the ids above `top` are
 *   reached one after the other, each once); the rows above it are the old ones, each looked at
 *   when its id is reached: kept when it is the text to write there, else taken out.
 * - FTS entries. A kept row's entry is the one written for it before. A message's text was
 *   indexed with its row's subject and author as they are (the search triggers take a message's
 *   texts out before either changes; during this run, with the triggers off, `beforeMeta` does)
 *   and its body is the same bytes, packed against the same raw bytes (search_docs.body: the same
 *   bytes, the same text). An item's text is compared with the one it was indexed with, read at
 *   the start (`oldItems`), before the reindex deletes the items (their ids are given again).
 * - FTS5 wants its writes in the order of their ids (a lower id makes it write out what it holds
 *   pending): old rows are taken out as their ids are reached, just before the text that
 *   replaces them, and the rest at the end (`finish`).
 *
 * A database last indexed by a sync or an import holds its texts in the order they were written
 * then, not a reindex's: nearly every text is on another id, and taking each out and adding it
 * again would be twice the work of an index built from empty. When that is seen early
 * (SWITCH texts not where they would be, more than a quarter of those kept), this run empties the
 * index and adds again the texts it wrote so far (a few hundred), then writes the rest as from
 * empty; seen late, it goes on in place (the rest it does twice is then smaller than what it
 * would add again).
 *
 * A batch derived again (a series' members, whose weight changed) takes the texts this run wrote
 * for them out of the index: ids below the last one written, and FTS5 writes out everything it
 * holds pending before a write to a lower id, then merges what it wrote (on the bench's 100,000
 * messages, 49 batches derived again cost 3.5 s, 5% of the run's time, for 744 messages). So their
 * texts as indexed are read then (before the items are deleted) and kept, and taken out of the
 * index later, all in the order of their ids (one write-out): at the end, when they reach
 * DEFER_BYTES, or before a text is written at an id not above theirs (a row deleted at the top
 * gives its id again: FTS5 must see the old text leave before the new one comes).
 *
 * An old text that cannot be taken out (its packed body does not unpack: a damaged row, whose
 * FTS entry cannot be known) makes this run start from an empty index too, as a reindex did
 * before: the index is rebuilt, not left damaged.
 */
import { WRITTEN_TEXTS, INDEX_TEXTS, unpackRaw, unpackText, type Db } from '../store/index.js';

/** A search_docs row: id, message_rowid, item_id, body. */
type DocRow = [number, number, number | null, Buffer | null];
/** An item's FTS entry as indexed: title, author, body. */
type ItemText = [string | null, string | null, string | null];

/** Old rows read ahead at a time. */
const READ_AHEAD = 1024;
/** Texts found not where they are written before this run may start from an empty index (see above). */
const SWITCH = 256;
/** The texts taken out of the index later (see above) may hold this many characters before they are. */
const DEFER_BYTES = 16 * 1024 * 1024;

export class SearchInPlace {
  private readonly s;
  private top = 0;
  private frontier = 0;
  /** Old rows from the next id above `frontier` on, read ahead; `ended`: none after them. */
  private ahead: DocRow[] = [];
  private at = 0;
  private ended = false;
  /** What each old item's text was indexed with (null once there are no old rows). */
  private oldItems: Map<number, ItemText> | null;
  /** The highest id taken out by `unindexWritten`: the rows of its messages to delete go up to it. */
  private cut = 0;
  /** Messages whose texts `unindexWritten` took out and whose rows `removeWritten` has not deleted yet. */
  private unindexed = new Set<number>();
  /** Texts `unindexWritten` took out, as indexed (id first), not yet out of FTS5; the highest id among them; their characters. */
  private later: Array<[number, ...ItemText]> = [];
  private laterTop = 0;
  private laterSize = 0;
  /** Texts kept, and old rows taken out when their id was reached. */
  kept = 0;
  moved = 0;

  constructor(private readonly db: Db) {
    this.s = {
      ahead: db.prepare('SELECT id, message_rowid, item_id, body FROM search_docs WHERE id >= ? ORDER BY id LIMIT ?').raw(),
      doc: db.prepare('INSERT INTO search_docs (id, message_rowid, item_id, body) VALUES (?, ?, ?, ?)'),
      text: db.prepare('INSERT INTO search_fts (rowid, title, author, body) VALUES (?, ?, ?, ?)'),
      delDoc: db.prepare('DELETE FROM search_docs WHERE id = ?'),
      // FTS5's 'delete' takes the text as indexed: a message's from its row (see the header), an item's
      // as read at the start. One row of VALUES: an INSERT ... SELECT runs in a statement savepoint,
      // at which FTS5 writes out what it holds pending (see reindex.ts).
      message: db.prepare('SELECT subject, author_name, raw, raw_codec FROM messages WHERE id = ?').raw(),
      unindexText: db.prepare("INSERT INTO search_fts (search_fts, rowid, title, author, body) VALUES ('delete', ?, ?, ?, ?)"),
      stored: db.prepare('SELECT subject, author_name FROM messages WHERE id = ?').raw(),
      oldOf: db.prepare('SELECT id, message_rowid, item_id, body FROM search_docs WHERE message_rowid = ? AND id > ? ORDER BY id').raw(),
      written: db.prepare(WRITTEN_TEXTS).raw(),
      removeWritten: db.prepare('DELETE FROM search_docs WHERE message_rowid = ? AND id <= ?'),
      top: db.prepare('SELECT MAX(id) FROM search_docs WHERE id <= ?').pluck(),
      tail: db.prepare('SELECT id, message_rowid, item_id, body FROM search_docs WHERE id > ? ORDER BY id').raw(),
      delTail: db.prepare('DELETE FROM search_docs WHERE id > ?'),
      indexTexts: db.prepare(INDEX_TEXTS),
    };
    // What indexedText (migration 13) gives for an item's row, read while the items are there.
    this.oldItems = new Map((db.prepare(`SELECT d.id, COALESCE(NULLIF(s.project, ''), s.title), m.author_name, i.text
      FROM search_docs d JOIN messages m ON m.id = d.message_rowid LEFT JOIN items i ON i.id = d.item_id LEFT JOIN sections s ON s.id = i.section_id
      WHERE d.item_id IS NOT NULL`).raw().all() as Array<[number, ...ItemText]>).map((r) => [r[0], [r[1], r[2], r[3]]]));
  }

  /** Write a text (its row and its FTS entry) at the id a reindex from an empty index gives it, or keep it there. */
  put(message: number, item: number | null, packed: Buffer | null, title: string | null, author: string | null, body: string): void {
    const id = this.top + 1;
    if (id > this.frontier) {
      this.frontier = id;
      const old = this.oldAt(id);
      if (old) {
        if (this.same(old, message, item, packed, title, author, body)) {
          this.top = id;
          this.kept++;
          return;
        }
        this.s.delDoc.run(id);
        if (!this.unindex(old) || (++this.moved >= SWITCH && this.moved * 4 > this.kept)) this.startEmpty();
      }
    }
    if (id <= this.laterTop) this.unindexLater();
    this.s.doc.run(id, message, item, packed);
    this.s.text.run(id, title, author, body);
    this.top = id;
  }

  /**
   * The message's subject and author are about to be written: when they change, its old texts
   * (indexed with the old ones) are taken out first, as the search trigger on messages does.
   */
  beforeMeta(message: number, subject: string | null, author: string | null): void {
    if (!this.oldItems) return;
    const was = this.s.stored.get(message) as [string | null, string | null] | undefined;
    if (!was || (was[0] === subject && was[1] === author)) return;
    const rows = this.s.oldOf.all(message, this.frontier) as DocRow[];
    if (rows.length === 0) return;
    for (const r of rows) {
      this.s.delDoc.run(r[0]);
      if (!this.unindex(r)) return this.startEmpty();
    }
    this.readAgain();
  }

  /**
   * Take the texts this run wrote for these messages out of the index (a batch derived again; their
   * rows go in `removeWritten`): read as indexed now, taken out of FTS5 later (see the header).
   */
  unindexWritten(messages: number[]): void {
    this.cut = this.frontier;
    this.unindexed = new Set(messages);
    for (const r of this.s.written.all(JSON.stringify(messages), this.cut) as Array<[number, ...ItemText]>) {
      this.later.push(r);
      if (r[0] > this.laterTop) this.laterTop = r[0];
      this.laterSize += (r[1]?.length ?? 0) + (r[2]?.length ?? 0) + (r[3]?.length ?? 0);
    }
    if (this.laterSize > DEFER_BYTES) this.unindexLater();
  }

  /** Take the texts `unindexWritten` kept out of FTS5, in the order of their ids. */
  private unindexLater(): void {
    this.later.sort((a, b) => a[0] - b[0]);
    for (const r of this.later) this.s.unindexText.run(r[0], r[1], r[2], r[3]);
    this.dropLater();
  }

  private dropLater(): void {
    this.later = [];
    this.laterTop = 0;
    this.laterSize = 0;
  }

  /** Delete the rows this run wrote for a message derived again (taken out of the index by `unindexWritten`). */
  removeWritten(message: number): void {
    this.unindexed.delete(message);
    if (this.s.removeWritten.run(message, this.cut).changes) this.top = (this.s.top.get(this.frontier) as number | null) ?? 0;
  }

  /** Take out the texts kept to be taken out later, and the old texts no id reached. */
  finish(): void {
    this.unindexLater();
    if (!this.oldItems) return;
    for (const r of this.s.tail.all(this.frontier) as DocRow[]) {
      if (!this.unindex(r)) return this.startEmpty();
    }
    this.s.delTail.run(this.frontier);
    this.oldItems = null;
  }

  private oldAt(id: number): DocRow | undefined {
    if (!this.oldItems) return undefined;
    for (;;) {
      if (this.at >= this.ahead.length) {
        if (this.ended) return undefined;
        this.ahead = this.s.ahead.all(id, READ_AHEAD) as DocRow[];
        this.at = 0;
        this.ended = this.ahead.length < READ_AHEAD;
        if (this.ahead.length === 0) return undefined;
      }
      const r = this.ahead[this.at];
      if (r[0] > id) return undefined;
      this.at++;
      if (r[0] === id) return r;
    }
  }

  private readAgain(): void {
    this.ahead = [];
    this.at = 0;
    this.ended = false;
  }

  private same(old: DocRow, message: number, item: number | null, packed: Buffer | null, title: string | null, author: string | null, body: string): boolean {
    if (old[1] !== message || old[2] !== item) return false;
    if (item === null) return packed !== null && old[3] !== null && packed.equals(old[3]);
    const t = this.oldItems!.get(old[0]);
    return packed === null && old[3] === null && t !== undefined && t[0] === title && t[1] === author && t[2] === body;
  }

  /** Take an old row's text out of the index; false when its text cannot be known (its body does not unpack). */
  private unindex(r: DocRow): boolean {
    let t: ItemText | undefined;
    if (r[2] !== null) t = this.oldItems!.get(r[0]);
    else {
      // what indexedText (migration 13) gives: no text for a row of no message, a NULL body for none stored
      const m = this.s.message.get(r[1]) as [string | null, string | null, Buffer | null, number] | undefined;
      if (!m) return true;
      try {
        t = [m[0], m[1], r[3] === null || m[2] === null ? null : unpackText(r[3], unpackRaw(m[2], m[3]))];
      } catch {
        return false;
      }
    }
    this.s.unindexText.run(r[0], t?.[0] ?? null, t?.[1] ?? null, t?.[2] ?? null);
    return true;
  }

  /**
   * From here on as a reindex from an empty index: the index emptied, the old rows gone, this
   * run's texts added again (but those taken out already whose rows are still to be deleted).
   */
  private startEmpty(): void {
    this.db.exec("INSERT INTO search_fts (search_fts) VALUES ('delete-all')");
    // the texts to take out later left with the rest (their rows are deleted, or not indexed again below)
    this.dropLater();
    this.s.delTail.run(this.frontier);
    this.s.indexTexts.run(JSON.stringify([...this.unindexed]));
    this.oldItems = null;
    this.ahead = [];
    this.ended = true;
  }
}
