/**
 * Durable tables: lists, periods (sync state) and raw messages. Statements are prepared once.
 * A period's messages and the state saying it is done are written in one transaction.
 */
import type { Db } from './db.js';
import { packRaw } from './rawCodec.js';

export interface ListRow {
  id: number;
  url: string;
  name: string;
  /** The archive kind: 'pipermail', 'hyperkitty', or 'mbox' (imported from files). */
  kind: string;
  toc_etag: string | null;
  toc_last_modified: string | null;
  toc_hash: string | null;
  last_sync_at: string | null;
  last_ok_at: string | null;
  /** Why the last run could not read the list itself, or null. */
  last_error: string | null;
  last_error_at: string | null;
}

export interface PeriodRow {
  list_id: number;
  period: string;
  kind: string;
  start: string | null;
  end: string | null;
  label: string | null;
  size_label: string | null;
  text_url: string | null;
  etag: string | null;
  last_modified: string | null;
  text_length: number | null;
  text_hash: string | null;
  tail_hash: string | null;
  source: string | null;
  messages: number;
  status: 'ok' | 'failed' | 'pending';
  error: string | null;
  attempts: number;
  synced_at: string | null;
  /** Runs in a row that found nothing at all for the period (HTTP 404 for its text and its index). */
  missing: number;
  /** A missing period is not asked for again before this time (ISO-8601), or null. */
  next_try_at: string | null;
}

/** What is known about a period after a successful fetch. */
export type PeriodState = Omit<PeriodRow, 'list_id' | 'messages' | 'status' | 'error' | 'attempts' | 'synced_at' | 'missing' | 'next_try_at'>;

export interface NewMessage {
  period: string;
  messageId: string | null;
  msgKey: string;
  contentHash: string;
  source: 'mbox' | 'html';
  raw: Buffer;
  seq: number | null;
  url: string | null;
  subject: string | null;
  authorName: string | null;
  authorAddress: string | null;
  date: string | null;
  inReplyTo: string | null;
  /**
   * Identities the same entry may have been stored under by an older version (its bytes hashed
   * as they ended in the file then): when one is present, this message is already stored.
   */
  aliases?: Array<{ msgKey: string; contentHash: string }>;
}

/** First retry interval of a missing period; it doubles with each miss, up to MISSING_MAX_MS. */
export const MISSING_RETRY_MS = 24 * 3600_000;
export const MISSING_MAX_MS = 32 * 24 * 3600_000;

/**
 * messages.content_hash as stored (migration 14): a sha256 in hex, what every source computes,
 * is kept as its 32 bytes (a BLOB, half the size in the row and in the unique index); any other
 * value as the text it is. Rows stored before keep the hex text: lookups ask for both forms.
 */
const HEX_SHA256 = /^[0-9a-f]{64}$/;
export function hashToDb(hash: string): string | Buffer {
  return HEX_SHA256.test(hash) ? Buffer.from(hash, 'hex') : hash;
}
export function hashFromDb(stored: string | Buffer): string {
  return typeof stored === 'string' ? stored : stored.toString('hex');
}

export class RawStore {
  private readonly s;
  constructor(private readonly db: Db) {
    this.s = {
      listByUrl: db.prepare('SELECT * FROM lists WHERE url = ?'),
      insertList: db.prepare('INSERT INTO lists (url, name, kind, added_at) VALUES (?, ?, ?, ?)'),
      lists: db.prepare('SELECT * FROM lists ORDER BY id'),
      periods: db.prepare('SELECT * FROM periods WHERE list_id = ?'),
      tocState: db.prepare('UPDATE lists SET toc_etag = ?, toc_last_modified = ?, toc_hash = ? WHERE id = ?'),
      listSynced: db.prepare('UPDATE lists SET last_sync_at = ?, last_ok_at = CASE WHEN ? THEN ? ELSE last_ok_at END, last_error = NULL, last_error_at = NULL WHERE id = ?'),
      listFailed: db.prepare('UPDATE lists SET last_sync_at = ?, last_error = ?, last_error_at = ? WHERE url = ?'),
      periodMissing: db.prepare('SELECT missing FROM periods WHERE list_id = ? AND period = ?'),
      insertMessage: db.prepare(`INSERT OR IGNORE INTO messages
        (list_id, period, message_id, msg_key, content_hash, source, raw, raw_codec, seq, url, subject, author_name,
         author_address, date, in_reply_to, fetched_at)
        VALUES (@list_id, @period, @message_id, @msg_key, @content_hash, @source, @raw, @raw_codec, @seq, @url, @subject,
         @author_name, @author_address, @date, @in_reply_to, @fetched_at)`),
      htmlTwin: db.prepare(`SELECT id FROM messages WHERE list_id = ? AND msg_key = ? AND source = 'html'`),
      upgradeHtml: db.prepare(`UPDATE messages SET content_hash = @content_hash, source = @source, raw = @raw, raw_codec = @raw_codec,
         subject = @subject, author_name = @author_name, author_address = @author_address, date = @date,
         in_reply_to = @in_reply_to, fetched_at = @fetched_at, seq = COALESCE(@seq, seq), url = COALESCE(@url, url)
         WHERE id = @id`),
      pending: db.prepare('INSERT OR IGNORE INTO pending_index (message_rowid) VALUES (?)'),
      setUrl: db.prepare('UPDATE messages SET seq = ?, url = ? WHERE id = ? AND url IS NULL'),
      findIdOf: db.prepare('SELECT id FROM messages WHERE list_id = ? AND msg_key = ? AND content_hash IN (?, ?)'),
      // Named: left to itself, SQLite counts through the unique index by list_id (msg_key in
      // order for the DISTINCT), visiting every message of the list (migrations 0009, 0014).
      countPeriod: db.prepare('SELECT COUNT(DISTINCT msg_key) AS n FROM messages INDEXED BY messages_by_period WHERE list_id = ? AND period = ?'),
      periodOk: db.prepare(`INSERT INTO periods (list_id, period, kind, start, "end", label, size_label, text_url, etag,
          last_modified, text_length, text_hash, tail_hash, source, messages, status, error, attempts, synced_at)
        VALUES (@list_id, @period, @kind, @start, @end, @label, @size_label, @text_url, @etag, @last_modified,
          @text_length, @text_hash, @tail_hash, @source, @messages, 'ok', NULL, 0, @synced_at)
        ON CONFLICT (list_id, period) DO UPDATE SET kind = excluded.kind, start = excluded.start, "end" = excluded."end",
          label = excluded.label, size_label = excluded.size_label, text_url = excluded.text_url, etag = excluded.etag,
          last_modified = excluded.last_modified, text_length = excluded.text_length, text_hash = excluded.text_hash,
          tail_hash = excluded.tail_hash, source = excluded.source, messages = excluded.messages, status = 'ok',
          error = NULL, attempts = 0, synced_at = excluded.synced_at, missing = 0, next_try_at = NULL`),
      periodFailed: db.prepare(`INSERT INTO periods (list_id, period, kind, start, "end", label, status, error, attempts, missing, next_try_at)
        VALUES (@list_id, @period, @kind, @start, @end, @label, 'failed', @error, 1, @missing, @next_try_at)
        ON CONFLICT (list_id, period) DO UPDATE SET status = 'failed', error = excluded.error, attempts = attempts + 1,
          missing = excluded.missing, next_try_at = excluded.next_try_at`),
      periodValidators: db.prepare('UPDATE periods SET etag = ?, last_modified = ? WHERE list_id = ? AND period = ?'),
      periodChecked: db.prepare('UPDATE periods SET synced_at = ?, size_label = COALESCE(?, size_label) WHERE list_id = ? AND period = ?'),
      messagesOfPeriod: db.prepare('SELECT id, msg_key, content_hash, seq, url, subject, author_name FROM messages WHERE list_id = ? AND period = ? ORDER BY id'),
      robotsGet: db.prepare('SELECT body, fetched_at FROM robots WHERE origin = ?'),
      robotsSet: db.prepare('INSERT OR REPLACE INTO robots (origin, body, fetched_at) VALUES (?, ?, ?)'),
    };
  }

  ensureList(url: string, name: string, kind = 'pipermail'): ListRow {
    const found = this.s.listByUrl.get(url) as ListRow | undefined;
    if (found) return found;
    this.s.insertList.run(url, name, kind, new Date().toISOString());
    return this.s.listByUrl.get(url) as ListRow;
  }

  findList(url: string): ListRow | undefined {
    return this.s.listByUrl.get(url) as ListRow | undefined;
  }

  lists(): ListRow[] {
    return this.s.lists.all() as ListRow[];
  }

  periods(listId: number): Map<string, PeriodRow> {
    const rows = this.s.periods.all(listId) as PeriodRow[];
    return new Map(rows.map((r) => [r.period, r]));
  }

  setTocState(listId: number, etag: string | null, lastModified: string | null, hash: string | null): void {
    this.s.tocState.run(etag, lastModified, hash, listId);
  }

  markListSynced(listId: number, ok: boolean): void {
    const now = new Date().toISOString();
    this.s.listSynced.run(now, ok ? 1 : 0, now, listId);
  }

  /** A period whose text did not change: only note that it was checked. */
  markPeriodChecked(listId: number, period: string, sizeLabel: string | null): void {
    this.s.periodChecked.run(new Date().toISOString(), sizeLabel, listId, period);
  }

  /** A period whose text did not change but whose validators did (the file was rewritten with the same bytes). */
  setPeriodValidators(listId: number, period: string, etag: string | null, lastModified: string | null): void {
    this.s.periodValidators.run(etag, lastModified, listId, period);
  }

  /** Why the last run could not read a registered list itself (no-op for a list not registered). */
  markListFailed(url: string, error: string): void {
    const now = new Date().toISOString();
    this.s.listFailed.run(now, error, now, url);
  }

  /**
   * A period that could not be fetched; retried next run. With `missing` (nothing at all was
   * found for it: HTTP 404 for its text and its index), it is not asked for again before an
   * interval that doubles with each miss (1 day, 2, 4, ... up to 32), so a partial archive does
   * not cost its full price every run. Returns when it will be tried again (null: next run).
   */
  markPeriodFailed(listId: number, p: { period: string; kind: string; start: string | null; end: string | null; label: string | null }, error: string, opts: { missing?: boolean; now?: Date } = {}): string | null {
    let missing = 0;
    let next: string | null = null;
    if (opts.missing) {
      const prev = this.s.periodMissing.get(listId, p.period) as { missing: number } | undefined;
      missing = (prev?.missing ?? 0) + 1;
      const wait = Math.min(MISSING_RETRY_MS * 2 ** Math.min(30, missing - 1), MISSING_MAX_MS);
      next = new Date((opts.now ?? new Date()).getTime() + wait).toISOString();
    }
    this.s.periodFailed.run({ list_id: listId, ...p, error, missing, next_try_at: next });
    return next;
  }

  /**
   * Store a period's messages and its new sync state in ONE transaction, so that a crash leaves
   * either both or neither. With `failure`, the messages are kept but the period stays failed
   * (retried next run). Returns the row ids of messages that were new.
   */
  commitPeriod(listId: number, state: PeriodState, messages: NewMessage[], failure: string | null = null): number[] {
    const fetchedAt = new Date().toISOString();
    const inserted: number[] = [];
    this.db.transaction(() => {
      for (const m of messages) {
        // Stored before under the identity an older version gave it: nothing new.
        const alias = m.aliases?.map((a) => this.findId(listId, a.msgKey, a.contentHash)).find(Boolean);
        if (alias) {
          if (m.url) this.s.setUrl.run(m.seq, m.url, alias.id);
          continue;
        }
        // Stored compressed (src/store/rawCodec.ts), only once it is known to be new; the hash and
        // the identity are of the original bytes.
        const row = (): Record<string, unknown> => {
          const packed = packRaw(m.raw);
          return {
            list_id: listId, period: m.period, message_id: m.messageId, msg_key: m.msgKey, content_hash: hashToDb(m.contentHash),
            source: m.source, raw: packed.raw, raw_codec: packed.codec, seq: m.seq, url: m.url, subject: m.subject, author_name: m.authorName,
            author_address: m.authorAddress, date: m.date, in_reply_to: m.inReplyTo, fetched_at: fetchedAt,
          };
        };
        if (m.source === 'mbox' && m.messageId) {
          // The same message fetched earlier from its HTML page: replace it by the fuller mbox copy.
          const twin = this.s.htmlTwin.get(listId, m.msgKey) as { id: number } | undefined;
          if (twin) {
            this.s.upgradeHtml.run({ ...row(), id: twin.id });
            this.s.pending.run(twin.id);
            inserted.push(twin.id);
            continue;
          }
        }
        const existing = this.findId(listId, m.msgKey, m.contentHash);
        if (existing) {
          if (m.url) this.s.setUrl.run(m.seq, m.url, existing.id);
          continue;
        }
        const r = this.s.insertMessage.run(row());
        if (r.changes > 0) {
          // Indexed after this commit; until then (a run killed in between) the next sync finds it here.
          this.s.pending.run(r.lastInsertRowid);
          inserted.push(Number(r.lastInsertRowid));
        }
      }
      const n = (this.s.countPeriod.get(listId, state.period) as { n: number }).n;
      this.s.periodOk.run({ list_id: listId, ...state, messages: n, synced_at: fetchedAt });
      // Part of the period could not be fetched: keep what was, and say the period is not done.
      if (failure) this.s.periodFailed.run({ list_id: listId, period: state.period, kind: state.kind, start: state.start, end: state.end, label: state.label, error: failure, missing: 0, next_try_at: null });
    }).immediate();
    return inserted;
  }

  /**
   * Forget a list: its messages, everything derived from them, its periods and the list itself,
   * in one transaction. Returns how many messages were removed.
   */
  removeList(listId: number): { messages: number; periods: number } {
    const mine = 'SELECT id FROM messages WHERE list_id = ?';
    return this.db.transaction(() => {
      const messages = (this.db.prepare('SELECT COUNT(*) AS n FROM messages WHERE list_id = ?').get(listId) as { n: number }).n;
      const periods = (this.db.prepare('SELECT COUNT(*) AS n FROM periods WHERE list_id = ?').get(listId) as { n: number }).n;
      for (const sql of [
        `DELETE FROM search_docs WHERE message_rowid IN (${mine})`,
        `DELETE FROM mentions WHERE message_rowid IN (${mine})`,
        `DELETE FROM refs WHERE section_id IN (SELECT id FROM sections WHERE message_rowid IN (${mine}))`,
        `DELETE FROM items WHERE section_id IN (SELECT id FROM sections WHERE message_rowid IN (${mine}))`,
        `DELETE FROM sections WHERE message_rowid IN (${mine})`,
        `DELETE FROM analyses WHERE message_rowid IN (${mine})`,
        `DELETE FROM aliases WHERE message_rowid IN (${mine})`,
        `DELETE FROM quarantine WHERE message_rowid IN (${mine})`,
        `DELETE FROM pending_index WHERE message_rowid IN (${mine})`,
        'DELETE FROM message_series WHERE list_id = ?',
        'DELETE FROM series_state WHERE list_id = ?',
        'DELETE FROM messages WHERE list_id = ?',
        'DELETE FROM periods WHERE list_id = ?',
        'DELETE FROM lists WHERE id = ?',
      ]) this.db.prepare(sql).run(listId);
      return { messages, periods };
    }).immediate();
  }

  messagesOfPeriod(listId: number, period: string): Array<{ id: number; msg_key: string; content_hash: string; seq: number | null; url: string | null; subject: string | null; author_name: string | null }> {
    return (this.s.messagesOfPeriod.all(listId, period) as Array<{ content_hash: string | Buffer }>).map((r) => ({ ...r, content_hash: hashFromDb(r.content_hash) })) as never;
  }

  /** The stored message with this identity, in either form its hash may be stored in. */
  private findId(listId: number, msgKey: string, contentHash: string): { id: number } | undefined {
    return this.s.findIdOf.get(listId, msgKey, hashToDb(contentHash), contentHash) as { id: number } | undefined;
  }

  /** robots.txt remembered for an origin if fetched less than maxAgeMs ago (undefined otherwise). */
  robots(origin: string, maxAgeMs: number): string | null | undefined {
    const r = this.s.robotsGet.get(origin) as { body: string | null; fetched_at: string } | undefined;
    if (!r || Date.now() - Date.parse(r.fetched_at) > maxAgeMs) return undefined;
    return r.body;
  }

  rememberRobots(origin: string, body: string | null): void {
    this.s.robotsSet.run(origin, body, new Date().toISOString());
  }
}
