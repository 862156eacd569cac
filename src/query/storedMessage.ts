/** One stored message by its Message-ID (with or without <>) or its archived page URL, for `archive show`. */
import type { Db } from '../store/index.js';

export interface StoredMessageRef {
  id: number;
  raw: Buffer;
  source: 'mbox' | 'html';
  url: string | null;
  period: string;
  list: string;
  /** The list's archive URL (with `list`, what listHint reads for a message that names no list). */
  listUrl: string;
  /** The index's verdict (null when the message was never analysed). */
  isReport: 0 | 1 | null;
  reason: string | null;
}

/** The first stored copy (lowest row id), or undefined. */
export function findStoredMessage(db: Db, ref: string): StoredMessageRef | undefined {
  const id = ref.trim().replace(/^<|>$/g, '');
  const select = `SELECT m.id, raw_message(m.raw, m.raw_codec) AS raw, m.source, m.url, m.period, l.name AS list, l.url AS listUrl, a.is_report AS isReport, r.reason
    FROM messages m JOIN lists l ON l.id = m.list_id LEFT JOIN analyses a ON a.message_rowid = m.id LEFT JOIN reasons r ON r.id = a.reason_id`;
  // Stored URLs are absolute: anything else is a Message-ID, found through the unique index on
  // (list_id, msg_key, ...), one search per list (every message with that Message-ID has the
  // key mid:ID), instead of a scan of all mail.
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(ref.trim())) {
    return db.prepare(`${select} WHERE m.list_id IN (SELECT id FROM lists) AND m.msg_key = 'mid:' || ? AND m.message_id = ? ORDER BY m.id LIMIT 1`).get(id, id) as StoredMessageRef | undefined;
  }
  return db.prepare(`${select} WHERE m.message_id = ? OR m.url = ? ORDER BY m.id LIMIT 1`).get(id, ref.trim()) as StoredMessageRef | undefined;
}
