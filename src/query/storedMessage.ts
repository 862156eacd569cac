/** One stored message by its Message-ID (with or without <>) or its archived page URL, for `archive show`. */
import type { Db } from '../store/index.js';

export interface StoredMessageRef {
  id: number;
  raw: Buffer;
  source: 'mbox' | 'html';
  url: string | null;
  period: string;
  list: string;
  /** The index's verdict (null when the message was never analysed). */
  isReport: 0 | 1 | null;
  reason: string | null;
}

/** The first stored copy (lowest row id), or undefined. */
export function findStoredMessage(db: Db, ref: string): StoredMessageRef | undefined {
  const id = ref.trim().replace(/^<|>$/g, '');
  return db.prepare(`SELECT m.id, raw_message(m.raw, m.raw_codec) AS raw, m.source, m.url, m.period, l.name AS list, a.is_report AS isReport, a.reason
    FROM messages m JOIN lists l ON l.id = m.list_id LEFT JOIN analyses a ON a.message_rowid = m.id
    WHERE m.message_id = ? OR m.url = ? ORDER BY m.id LIMIT 1`).get(id, ref.trim()) as StoredMessageRef | undefined;
}
