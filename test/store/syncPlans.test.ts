/**
 * Issue 15: the statements every sync runs per period, or once per run, read only what they
 * need. The SQL is captured from the real classes (not copied), then explained.
 */
import { captureSql } from '../support/captureSql.js';
import { describe, it, expect } from 'vitest';
import { openDatabase, RawStore, type Db, type NewMessage } from '../../src/store/index.js';


function plan(db: Db, sql: string, ...args: unknown[]): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as Array<{ detail: string }>).map((r) => r.detail);
}

const msg = (i: number, period: string): NewMessage => ({
  period, messageId: `m${i}@example.org`, msgKey: `mid:m${i}@example.org`, contentHash: `h${i}`, source: 'mbox',
  raw: Buffer.alloc(2000, 'x'), seq: i, url: null, subject: 's', authorName: 'A', authorAddress: null, date: null, inReplyTo: null,
});
const state = (period: string) => ({ period, kind: 'month', start: null, end: null, label: period, size_label: null,
  text_url: `http://h/l/${period}.txt`, etag: null, last_modified: null, text_length: 10, text_hash: 'x', tail_hash: 'y', source: 'mbox' });

describe('the per-period count of a commit', () => {
  const countSql = (db: Db): string => {
    const hits = captureSql(db, (d) => new RawStore(d)).filter((s) => /COUNT\(DISTINCT msg_key\)/.test(s));
    expect(hits).toHaveLength(1);
    return hits[0];
  };

  it('is answered from an index over (list_id, period), not from every row of the list', () => {
    const db = openDatabase(':memory:');
    expect(plan(db, countSql(db), 1, '2014-October')).toEqual(['USE TEMP B-TREE FOR count(DISTINCT)', 'SEARCH messages USING INDEX messages_by_period (period=? AND list_id=?)']);
  });

  it('keeps that plan on a list with many periods once SQLite has statistics', () => {
    const db = openDatabase(':memory:');
    const store = new RawStore(db);
    const l = store.ensureList('http://h/pipermail/l/', 'l');
    for (let p = 0; p < 24; p++) {
      const period = `20${10 + (p >> 3)}-m${p}`;
      store.commitPeriod(l.id, state(period), Array.from({ length: 40 }, (_, i) => msg(p * 100 + i, period)));
    }
    db.exec('ANALYZE');
    const p = plan(db, countSql(db), l.id, '2010-m0');
    expect(p).toEqual(['USE TEMP B-TREE FOR count(DISTINCT)', 'SEARCH messages USING INDEX messages_by_period (period=? AND list_id=?)']);
    expect(store.periods(l.id).get('2010-m0')!.messages).toBe(40);
  });
});
