/**
 * Issue 12.1: a reindex weighs series from a copy of the series table kept in memory
 * (src/index/seriesMembers.ts) instead of the database's queries. Every answer must be the
 * queries' one whatever happens in between: posts recorded into series and moved out of them,
 * their subject, date and In-Reply-To read again, their analyses written and deleted.
 */
import { describe, it, expect } from 'vitest';
import { openDatabase, RawStore } from '../../src/store/index.js';
import { SeriesIndex } from '../../src/index/seriesIndex.js';

/** A small deterministic generator (mulberry32). */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Few series and few subjects per series: many posts share a subject, leads change often.
const SUBJECTS = [
  'Gluster weekly status #1', 'Gluster weekly status #2', 'Gluster weekly status #3', 'Gluster weekly status #4',
  'Keystone team update week 1', 'Keystone team update week 2', 'Keystone team update week 3',
  'NSR status 2018-01', 'NSR status 2018-02', 'no series here', 'Re: Gluster weekly status #1', '',
];
const DATES = [null, '2018-01-01T00:00:00.000Z', '2018-01-02T00:00:00.000Z', '2018-01-03T00:00:00.000Z', '2018-01-03T00:00:00.000Z', '2018-01-04T00:00:00.000Z', '2017-12-31T00:00:00.000Z'];

describe('series weighed from memory', () => {
  it.each([12, 29, 7411])('answers as the queries do, step after step (seed %i)', (seed) => {
    const db = openDatabase(':memory:');
    const store = new RawStore(db);
    const lists = [store.ensureList('http://h/pipermail/a/', 'a').id, store.ensureList('http://h/pipermail/b/', 'b').id];
    const rnd = prng(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
    const insert = db.prepare(`INSERT INTO messages (list_id, period, msg_key, content_hash, source, raw, fetched_at, subject, date, in_reply_to)
      VALUES (?, '2018-January', ?, ?, 'mbox', x'00', 'now', ?, ?, ?)`);
    const ids: Array<{ id: number; list: number }> = [];
    for (let i = 0; i < 160; i++) {
      const list = pick(lists);
      ids.push({ id: Number(insert.run(list, `mid:${i}`, `h${i}`, pick(SUBJECTS), pick(DATES), rnd() < 0.3 ? `<r${i}>` : null).lastInsertRowid), list });
    }
    const queried = new SeriesIndex(db);
    const memory = new SeriesIndex(db, { fromEmpty: true });
    const update = db.prepare('UPDATE messages SET subject = ?, date = COALESCE(?, date), in_reply_to = ? WHERE id = ?');
    const analysis = db.prepare('INSERT OR REPLACE INTO analyses (message_rowid, is_report, parser_version, base_score) VALUES (?, 0, 1, ?)');
    const unanalysed = db.prepare('DELETE FROM analyses WHERE message_rowid = ?');
    const touched = new Set<string>();
    let compared = 0;
    let hinted = 0;
    let changedSome = false;
    for (let step = 0; step < 150; step++) {
      const what = rnd();
      if (what < 0.3) {
        // record a batch (the first time for most, again for some), as the writer does
        const batch = [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 12) }, () => pick(ids).id))].sort((a, b) => a - b);
        const s1 = new Set<number>();
        const s2 = new Set<number>();
        for (const k of queried.record(batch, s1)) touched.add(k);
        memory.record(batch, s2);
        expect([...s2].sort()).toEqual([...s1].sort());
      } else if (what < 0.5) {
        // a message read again with another date or In-Reply-To, or subject (most of them posts of a series)
        const recorded = db.prepare('SELECT message_rowid FROM message_series').pluck().all() as number[];
        const id = recorded.length && rnd() < 0.8 ? pick(recorded) : pick(ids).id;
        const subject = rnd() < 0.5 ? (db.prepare('SELECT subject FROM messages WHERE id = ?').pluck().get(id) as string | null) : pick(SUBJECTS);
        const date = pick(DATES);
        const inReplyTo = rnd() < 0.3 ? '<x>' : null;
        update.run(subject, date, inReplyTo, id);
        if (rnd() < 0.25) {
          // the row rewritten by the store (a message page's copy replaced by the text archive's), then indexed again
          for (const k of queried.record([id])) touched.add(k);
          memory.record([id]);
        } else {
          queried.messageChanged(id, subject, date, inReplyTo);
          memory.messageChanged(id, subject, date, inReplyTo);
        }
      } else if (what < 0.85) {
        // its analysis written (a report's score or not) or deleted
        const { id } = pick(ids);
        if (rnd() < 0.2) {
          unanalysed.run(id);
          queried.scored(id, undefined);
          memory.scored(id, undefined);
        } else {
          const score = pick([-10, 0, 2, 3, 3, 4]); // THRESHOLD is 3
          analysis.run(id, score);
          queried.scored(id, score);
          memory.scored(id, score);
        }
      } else {
        // what changed since: the same members to derive again (the queries' answer taken back:
        // both record the weights they apply in the same table)
        let asked: number[] = [];
        try {
          db.transaction(() => {
            asked = queried.changed(new Set(touched));
            throw new Error('undo');
          })();
        } catch { /* undone */ }
        expect(memory.changed(new Set(touched))).toEqual(asked);
        changedSome ||= asked.length > 0;
      }
      // The series table keeps each member's subject, date and reply-ness as its message has them
      // (what ranks the posts of a subject: migration 15).
      expect(db.prepare(`SELECT ms.message_rowid FROM message_series ms JOIN messages m ON m.id = ms.message_rowid
        WHERE ms.subject IS NOT m.subject OR ms.date IS NOT m.date OR ms.reply <> (m.in_reply_to IS NOT NULL)`).all()).toEqual([]);
      // Every hint, for every post, under each subject it could be read with.
      queried.changed(new Set());
      memory.changed(new Set());
      for (const { id, list } of ids) {
        for (const subject of SUBJECTS.slice(0, 9)) {
          const h = queried.hint(list, subject, id);
          expect(memory.hint(list, subject, id), `${id} ${subject}`).toEqual(h);
          compared++;
          if (h) hinted++;
        }
      }
    }
    // Not vacuous: many hints were given (series of three subjects and more).
    expect(compared).toBeGreaterThan(150_000);
    expect(hinted).toBeGreaterThan(1000);
    expect(changedSome).toBe(true);
    db.close();
  }, 120_000); // ~10 s alone; three times that on a slower machine under load
});
