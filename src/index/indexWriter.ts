/**
 * Writes the derived (rebuildable) rows for stored messages: analyses, sections, items, refs,
 * aliases declared in posts. A message the parser cannot read goes to quarantine, the run goes on.
 */
import { unpackRaw, packText, UNINDEX_TEXTS, type Db } from '../store/index.js';
import { projectKey } from '../status/index.js';
import { deriveMessage, type DerivedItem } from './deriveMessage.js';
import { compactRaw, errorText, searchBody, takeAhead, type Prepared, type StoredRow, type Written } from './prepareMessage.js';
import { SeriesIndex } from './seriesIndex.js';
import { ListHints } from './listHint.js';
import { refreshProjects } from './projectRollup.js';
import { SearchInPlace } from './searchInPlace.js';

/** What the derivations kept ahead may hold (see IndexWriter.ahead), about: their texts. */
const KEEP_AHEAD_BYTES = 32 * 1024 * 1024;

/** The bytes of a derivation made ahead, about: its search text (twice: a string), packed text and the sections' texts. */
function sizeOf(p: Prepared): number {
  const d = p.derived!;
  let n = 512 + (d.search ? d.search.text.length * 2 + d.search.packed.length : 0);
  for (const w of p.asMember ? [d, p.asMember.derived] : [d]) for (const s of w.sections) n += s.text.length * 2 + 256;
  return n;
}

export interface IndexOutcome {
  indexed: number;
  reports: number;
  quarantined: number;
}

export class IndexWriter {
  private readonly s;
  readonly series: SeriesIndex;
  /** Each list's List-Id for the messages that carry none (listHint.ts). */
  private readonly hints: ListHints;
  /**
   * The ids of the verdict sentences met so far, when the caller holds one transaction for the
   * whole run (`oneTransaction`): nothing else writes `reasons` meanwhile, and a rollback ends
   * the run and this writer with it (a reindex of the bench's 150k messages meets 36k distinct ones).
   */
  private readonly reasons: Map<string, number> | null;
  /** The search index written in place (a reindex, from `searchInPlace` on; see searchInPlace.ts). */
  private place: SearchInPlace | null = null;
  /**
   * A reindex's derivations made ahead of the posts in series (`oneTransaction`), the most
   * recent ones up to KEEP_AHEAD_BYTES of text: a series' members derived again when its weight
   * changes (mostly its first posts, as it grows) take one where it is what the new hint gives
   * (takeAhead), as the first time, instead of being parsed again here (on the bench's 150k
   * messages, 1,490 posts, a fifth of what the writer did besides writing).
   */
  private readonly ahead: Map<number, Prepared> | null;
  private aheadBytes = 0;
  /** Posts derived again whose derivation kept ahead was taken. */
  takenAgain = 0;
  /**
   * `deferProjects`: a run that indexes many batches (a sync, an import) brings the stored
   * per-project rows up to date once, at its end (`finishProjects`), instead of after every batch:
   * a project reported in every period would otherwise be diffed again at each one (quadratic).
   * Until then queries compute what is marked (project_dirty), so nothing reads stale rows.
   * `oneTransaction`: the caller holds one transaction for the whole run (see `tx`).
   * `fromEmpty`: the series table is empty and this writer makes every change to it from now on
   * (a reindex; a first sync or import, under the run lock): the series are weighed from a copy in
   * memory (see SeriesIndex).
   * `searchTriggersOff`: the caller has dropped the search index's triggers (a reindex): the
   * writer takes the texts of a message it derives again out of the index itself.
   */
  constructor(private readonly db: Db, private readonly opts: { deferProjects?: boolean; oneTransaction?: boolean; fromEmpty?: boolean; searchTriggersOff?: boolean } = {}) {
    this.series = new SeriesIndex(db, { fromEmpty: opts.fromEmpty });
    this.hints = new ListHints(db);
    this.reasons = opts.oneTransaction ? new Map() : null;
    this.ahead = opts.oneTransaction ? new Map() : null;
    this.s = {
      // a batch's rows in one statement (ids as a JSON array)
      rows: db.prepare('SELECT id, list_id, source, raw, raw_codec FROM messages WHERE id IN (SELECT value FROM json_each(?))'),
      derived: db.prepare('SELECT 1 FROM analyses WHERE message_rowid = ? UNION ALL SELECT 1 FROM quarantine WHERE message_rowid = ?'),
      delMentions: db.prepare('DELETE FROM mentions WHERE message_rowid = ?'),
      mention: db.prepare('INSERT INTO mentions (message_rowid, section_id, item_id, project_key, parser_version) VALUES (?, ?, ?, ?, ?)'),
      knownProject: db.prepare('SELECT 1 FROM sections WHERE project_key = ? LIMIT 1'),
      delSearch: db.prepare('DELETE FROM search_docs WHERE message_rowid = ?'),
      unindex: db.prepare(UNINDEX_TEXTS),
      // search_docs row, then its text into the (contentless) FTS index under the same id (migration 13)
      searchDoc: db.prepare('INSERT INTO search_docs (message_rowid, item_id, body) VALUES (?, ?, ?)'),
      searchText: db.prepare('INSERT INTO search_fts (rowid, title, author, body) VALUES (?, ?, ?, ?)'),
      delRefs: db.prepare('DELETE FROM refs WHERE section_id IN (SELECT id FROM sections WHERE message_rowid = ?)'),
      delItems: db.prepare('DELETE FROM items WHERE section_id IN (SELECT id FROM sections WHERE message_rowid = ?)'),
      delSections: db.prepare('DELETE FROM sections WHERE message_rowid = ?'),
      delAnalysis: db.prepare('DELETE FROM analyses WHERE message_rowid = ?'),
      delAliases: db.prepare("DELETE FROM aliases WHERE source = 'post' AND message_rowid = ?"),
      delQuarantine: db.prepare('DELETE FROM quarantine WHERE message_rowid = ?'),
      analysis: db.prepare('INSERT INTO analyses (message_rowid, is_report, reason_id, parser_version, base_score) VALUES (?, ?, ?, ?, ?)'),
      // each verdict sentence once (migration 13)
      reasonId: db.prepare('SELECT id FROM reasons WHERE reason = ?'),
      reason: db.prepare('INSERT INTO reasons (reason) VALUES (?)'),
      section: db.prepare(`INSERT INTO sections (message_rowid, ord, title, project, project_key, level, style, is_contents, text,
        start_line, end_line, parser_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      item: db.prepare(`INSERT INTO items (section_id, parent_id, ord, text, label, urls, start_line, end_line, parser_version)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      ref: db.prepare(`INSERT INTO refs (item_id, section_id, url, system, kind, ref_id, ref_key, status, parser_version)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      alias: db.prepare(`INSERT OR IGNORE INTO aliases (name_key, other_key, name, other, source, message_rowid)
        VALUES (?, ?, ?, ?, 'post', ?)`),
      pending: db.prepare('SELECT message_rowid AS id FROM pending_index ORDER BY message_rowid'),
      indexed: db.prepare('DELETE FROM pending_index WHERE message_rowid = ?'),
      compact: db.prepare('UPDATE messages SET raw = ?, raw_codec = ? WHERE id = ?'),
      quarantine: db.prepare(`INSERT OR REPLACE INTO quarantine (message_rowid, error, parser_version, at) VALUES (?, ?, ?, ?)`),
      // Only when something differs: an UPDATE rewrites the whole row, raw message included.
      meta: db.prepare(`UPDATE messages SET subject = @subject, author_name = @author_name, author_address = @author_address,
        date = COALESCE(@date, date), in_reply_to = @in_reply_to WHERE id = @id AND (subject IS NOT @subject
        OR author_name IS NOT @author_name OR author_address IS NOT @author_address
        OR (@date IS NOT NULL AND date IS NOT @date) OR in_reply_to IS NOT @in_reply_to)`),
    };
  }

  /**
   * Index every stored message that has no analysis yet: messages a killed run committed but
   * did not get to index. The store lists them in pending_index as it commits them, so this
   * reads that (usually empty) table, not the messages.
   */
  indexPending(): IndexOutcome {
    const ids = (this.s.pending.all() as Array<{ id: number }>).map((r) => r.id);
    return this.indexMessages(ids);
  }

  /**
   * Parse and index the given message rows (batched in transactions). Their series are recorded
   * first, so detection weighs them; afterwards the members of any series whose weight changed
   * are derived again (reindex what changed, not everything).
   */
  indexMessages(ids: number[], opts: { fresh?: boolean; again?: boolean; compact?: boolean; prepared?: Map<number, Prepared> } = {}): IndexOutcome {
    const out: IndexOutcome = { indexed: 0, reports: 0, quarantined: 0 };
    // A reindex (fresh) takes its chunks whole: a series is weighed once per batch, for every batch it has posts in.
    const BATCH = opts.fresh ? 2000 : 500;
    const touched = new Set<string>();
    // posts that share a new post's subject: the lead among them (the one the series' evidence is for) may change
    const siblings = opts.again ? undefined : new Set<number>();
    for (let i = 0; i < ids.length; i += BATCH) {
      const batch = ids.slice(i, i + BATCH);
      // A reindex (fresh) has recorded no series for these yet (again, below, is not fresh): nothing
      // to forget. (Not for posts derived again: their rows may have changed since they were read.)
      const known = opts.fresh && opts.prepared ? (id: number) => opts.prepared!.get(id)?.stored : undefined;
      this.tx(() => { for (const k of this.series.record(batch, siblings, opts.fresh, known)) touched.add(k); });
      const compacted: Array<{ id: number; raw: Buffer; codec: number }> = [];
      // Parse outside the transaction (pure work), then write the batch synchronously. A batch
      // derived ahead (worker threads, during a reindex) is taken wherever it is what the
      // series' hint gives, the one thing a derivation reads from the database (takeAhead); the
      // rest (a post the hint changes otherwise, an error) is derived here.
      const prepared = opts.prepared ?? (opts.again ? this.ahead ?? undefined : undefined);
      if (opts.prepared) this.keepAhead(batch, opts.prepared);
      const ready = new Map<number, { id: number; derived: Written; metaSame?: boolean }>();
      const todo: number[] = [];
      for (const id of batch) {
        const p = prepared?.get(id);
        const derived = p && takeAhead(p, (t) => this.series.hint(p.listId, p.derived!.message.subject, id, t));
        if (derived) {
          ready.set(id, { id, derived, metaSame: p.metaSame });
          if (opts.again) this.takenAgain++;
          if (p.packed && opts.compact) compacted.push({ id, ...p.packed });
        } else todo.push(id);
      }
      const rows = todo.length ? new Map((this.s.rows.all(JSON.stringify(todo)) as StoredRow[]).map((r) => [r.id, r])) : new Map<number, StoredRow>();
      const results = batch.map((id) => {
        const done = ready.get(id);
        if (done) return done;
        const row = rows.get(id);
        if (!row) return null;
        try {
          const raw = unpackRaw(row.raw, row.raw_codec);
          const packed = opts.compact ? compactRaw(row, raw) : null;
          if (packed) compacted.push({ id, ...packed });
          return { id, raw, derived: deriveMessage(raw, row.source, (subject) => this.series.hint(row.list_id, subject, row.id), this.hints.of(row.list_id)) as Written };
        } catch (e) {
          return { id, error: errorText(e) };
        }
      });
      this.tx(() => {
        // Derived in this transaction (or gone): no longer pending. A reindex empties the table at once.
        if (!opts.fresh) for (const id of batch) this.s.indexed.run(id);
        // The triggers off, the batch's texts leave the index here (their rows are deleted by
        // clear, message by message: the ids of the rows written after them are those SQLite
        // gives then). In one statement: per message, FTS5 would write out what it holds each
        // time, to delete a text it has written (an id below the last), see reindex.ts.
        if (!opts.fresh && this.opts.searchTriggersOff) {
          const ids = results.flatMap((r) => (r ? [r.id] : []));
          if (this.place) this.place.unindexWritten(ids);
          else this.s.unindex.run(JSON.stringify(ids));
        }
        for (const c of compacted) this.s.compact.run(c.raw, c.codec, c.id);
        for (const r of results) {
          if (!r) continue;
          if (!opts.fresh) this.clear(r.id);
          if ('error' in r && r.error !== undefined) {
            this.s.quarantine.run(r.id, r.error, 0, new Date().toISOString());
            out.quarantined++;
            continue;
          }
          const { derived: d, raw, metaSame } = r as { derived: Written; raw?: Buffer; metaSame?: boolean };
          this.write(r.id, d, raw ?? null, metaSame);
          out.indexed++;
          if (d.isReport) out.reports++;
        }
      });
    }
    const again = new Set(this.tx(() => this.series.changed(touched)));
    if (siblings) {
      const mine = new Set(ids);
      for (const id of siblings) if (!mine.has(id)) again.add(id);
    }
    if (again.size) this.indexMessages([...again].sort((a, b) => a - b), { again: true });
    // What queries read per project (stored for the groups whose rows changed; none during a reindex).
    if (!this.opts.deferProjects) refreshProjects(this.db);
    return out;
  }

  /** Keep the derivations made ahead of these posts that are in a series (see `ahead`), dropping the oldest beyond the budget. */
  private keepAhead(batch: number[], prepared: Map<number, Prepared>): void {
    if (!this.ahead) return;
    for (const id of batch) {
      const p = prepared.get(id);
      if (!p?.template || !p.derived) continue;
      this.ahead.delete(id);
      this.ahead.set(id, p);
      this.aheadBytes += sizeOf(p);
    }
    for (const [id, p] of this.ahead) {
      if (this.aheadBytes <= KEEP_AHEAD_BYTES) break;
      this.ahead.delete(id);
      this.aheadBytes -= sizeOf(p);
    }
  }

  /**
   * `f` in a transaction of its own, or, when the caller holds one for the whole run
   * (`oneTransaction`: a reindex, which rolls back everything on an error), in the caller's: a
   * savepoint per batch would undo nothing the caller's rollback does not, and cost the writer
   * about 5% of its time (the search index is written the same either way).
   */
  private tx<T>(f: () => T): T {
    if (this.opts.oneTransaction && this.db.inTransaction) return f();
    try {
      // IMMEDIATE: the write lock first, waited for as any write is (busy_timeout). A deferred
      // transaction reads first, and when another connection commits before its first write
      // SQLite answers SQLITE_BUSY at once, without waiting (a stale snapshot cannot be upgraded).
      return this.db.transaction(f).immediate();
    } catch (e) {
      // rolled back: ids added in it are gone
      this.reasons?.clear();
      throw e;
    }
  }

  /**
   * From now on, write the search index in place (a reindex, which has dropped the search
   * triggers: `searchTriggersOff`): call before the items are deleted (their texts as indexed are
   * read here), and `finishSearch` after the last message.
   */
  searchInPlace(): void {
    this.place = new SearchInPlace(this.db);
  }

  /** The texts of the search index written in place that no message wrote again leave it; how many were kept and moved. */
  finishSearch(): { kept: number; moved: number } {
    const p = this.place;
    if (!p) return { kept: 0, moved: 0 };
    p.finish();
    this.place = null;
    return { kept: p.kept, moved: p.moved };
  }

  /** Bring the stored per-project rows up to date with everything indexed so far (see deferProjects). */
  finishProjects(): number {
    return refreshProjects(this.db);
  }

  /** Derive a series' members again on every list (after a user pins or unpins it). */
  refreshSeries(key: string): number {
    const again = this.db.transaction(() => this.series.changed(this.series.pairsOf(key))).immediate();
    if (again.length) this.indexMessages(again, { again: true });
    return again.length;
  }

  /**
   * An item that is just a project's name (`NSR` under `= GlusterFS 4.0 =`) mentions that
   * project when the post or an earlier one reports on it under that name.
   */
  private mentionOf(text: string, ownKey: string, postProjects: Set<string>): string | null {
    if (text.length > 60 || text.split(/\s+/).length > 5) return null;
    const key = projectKey(text);
    if (!key || key === ownKey) return null;
    return postProjects.has(key) || this.s.knownProject.get(key) ? key : null;
  }

  private clear(id: number): void {
    // Every indexed message has an analysis or a quarantine row: none means nothing to delete.
    if (!this.s.derived.get(id, id)) return;
    this.s.delMentions.run(id);
    if (this.place) this.place.removeWritten(id);
    else this.s.delSearch.run(id);
    this.s.delRefs.run(id);
    this.s.delItems.run(id);
    this.s.delSections.run(id);
    this.s.delAnalysis.run(id);
    this.series.scored(id, undefined);
    this.s.delAliases.run(id);
    this.s.delQuarantine.run(id);
  }

  /** The id of a verdict sentence in `reasons`, added when new. */
  private reasonId(reason: string): number {
    const cached = this.reasons?.get(reason);
    if (cached !== undefined) return cached;
    const known = this.s.reasonId.get(reason) as { id: number } | undefined;
    const id = known ? known.id : Number(this.s.reason.run(reason).lastInsertRowid);
    this.reasons?.set(reason, id);
    return id;
  }

  /** A searchable text: its row (the text itself only for a message, packed) and its FTS entry. */
  private searchDoc(id: number, itemId: number | null, packed: Buffer | null, title: string, author: string, body: string): void {
    if (this.place) return this.place.put(id, itemId, packed, title, author, body);
    const doc = this.s.searchDoc.run(id, itemId, packed).lastInsertRowid;
    this.s.searchText.run(doc, title, author, body);
  }

  /**
   * `raw`: the message's bytes, to pack its search text against (null when a worker packed it:
   * `d.search`). `metaSame`: the message's row is known to hold the derived subject, author,
   * date and In-Reply-To already.
   */
  private write(id: number, d: Written, raw: Buffer | null, metaSame = false): void {
    const v = d.parserVersion;
    const m = d.message;
    if (!metaSame) this.place?.beforeMeta(id, m.subject, m.authorName);
    if (!metaSame && this.s.meta.run({ subject: m.subject, author_name: m.authorName, author_address: m.authorAddress, date: m.date, in_reply_to: m.inReplyTo, id }).changes) {
      this.series.messageChanged(id, m.subject, m.date, m.inReplyTo);
    }
    this.s.analysis.run(id, d.isReport ? 1 : 0, this.reasonId(d.reason), v, d.baseScore);
    this.series.scored(id, d.baseScore);
    // Full-text search: the message (quotes, signature and footer blanked), then each report item.
    const body = d.search ? d.search.text : searchBody(d.message.cleanText);
    this.searchDoc(id, null, d.search ? d.search.packed : packText(body, raw as Buffer), m.subject, m.authorName, body);
    const postProjects = new Set(d.sections.filter((x) => !x.isContents && x.projectKey).map((x) => x.projectKey));
    d.sections.forEach((sec, ord) => {
      const sid = Number(this.s.section.run(id, ord, sec.title, sec.projectName, sec.projectKey, sec.level, sec.style,
        sec.isContents ? 1 : 0, sec.text, sec.startLine, sec.endLine, v).lastInsertRowid);
      const writeItems = (items: DerivedItem[], parent: number | null) => {
        items.forEach((it, iord) => {
          const iid = Number(this.s.item.run(sid, parent, iord, it.text, it.label ?? (parent === null ? sec.itemLabel : null), JSON.stringify(it.urls),
            it.startLine, it.endLine, v).lastInsertRowid);
          if (!sec.isContents) this.searchDoc(id, iid, null, sec.projectName || sec.title, m.authorName, it.text);
          const mentioned = sec.isContents ? null : this.mentionOf(it.text, sec.projectKey, postProjects);
          if (mentioned) this.s.mention.run(id, sid, iid, mentioned, v);
          for (const ref of it.refs) {
            this.s.ref.run(iid, sid, ref.url, ref.system, ref.kind, ref.id, ref.key, ref.status, v);
          }
          writeItems(it.children, iid);
        });
      };
      writeItems(sec.items, null);
      for (const ref of sec.refs) this.s.ref.run(null, sid, ref.url, ref.system, ref.kind, ref.id, ref.key, ref.status, v);
      for (const old of sec.formerly) {
        const ok = projectKey(old);
        if (ok && ok !== sec.projectKey) {
          this.s.alias.run(sec.projectKey, ok, sec.projectName, old, id);
          this.s.alias.run(ok, sec.projectKey, old, sec.projectName, id);
        }
      }
    });
  }
}
