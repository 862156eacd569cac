/**
 * Full-text search over a synced Gluster-devel sample: ranking and snippets, filters, exclusion,
 * user input that is not valid FTS5 syntax, and the index rebuilt by reindex.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { openDatabase, type Db } from '../../src/store/index.js';
import { search, toFtsQuery, parseSearchQuery } from '../../src/query/index.js';
import { newestMatching, tooRareToAsk } from '../../src/query/search.js';
import { reindexAll } from '../../src/index/index.js';
import { isArchiveError } from '../../src/errors.js';
import { syncSampleArchive, type SampleDb } from './sampleArchive.js';

let sample: SampleDb;
let db: Db;
beforeAll(async () => {
  sample = await syncSampleArchive();
  db = openDatabase(sample.db);
});
afterAll(async () => {
  db.close();
  await sample.close();
});

describe('toFtsQuery', () => {
  it('quotes every term so punctuation is literal', () => {
    expect(toFtsQuery('etcd support')).toBe('"etcd" AND "support"');
    expect(toFtsQuery('"multi-threaded epoll" ssl')).toBe('"multi-threaded epoll" AND "ssl"');
    expect(toFtsQuery('http://review.gluster.org/#/c/8913/')).toBe('"http://review.gluster.org/#/c/8913/"');
    expect(toFtsQuery('tests/bugs/bug-1112559.t')).toBe('"tests/bugs/bug-1112559.t"');
  });
  it('keeps OR, prefix*, -exclusion and field:word', () => {
    expect(toFtsQuery('nsr OR jbr status')).toBe('("nsr" OR "jbr") AND "status"');
    expect(toFtsQuery('reconcil*')).toBe('"reconcil"*');
    expect(parseSearchQuery('nsr -etcd -"needs review"')).toEqual({ match: '"nsr"', exclude: '"etcd" OR "needs review"' });
    expect(toFtsQuery('author:darcy subject:status')).toBe('author : "darcy" AND title : "status"');
  });
  it('closes an unbalanced quote and drops lone operators and punctuation', () => {
    expect(toFtsQuery('"etcd support')).toBe('"etcd support"');
    expect(toFtsQuery('etcd - * ( ) AND')).toBe('"etcd"');
    expect(toFtsQuery('NEAR(a b)')).toBe('"NEAR(a" AND "b)"');
  });
  it('refuses a query with nothing to search for, as a usage error', () => {
    for (const q of ['-', '""', '* -', '-etcd', '   ']) {
      let err: unknown;
      try {
        toFtsQuery(q);
      } catch (e) {
        err = e;
      }
      expect(isArchiveError(err) && err.code).toBe('E_USAGE');
    }
  });
});

describe('search', () => {
  it('finds every message that mentions a word, with snippets and the matching report items', () => {
    const r = search(db, { text: 'etcd' });
    expect(r.indexed).toBe(true);
    expect(r.hits.map((h) => h.month).sort()).toEqual(['2014-10', '2014-10', '2015-02', '2016-03']);
    const reply = r.hits.find((h) => h.author === 'Vijay Bellur')!;
    expect(reply.isReport).toBe(false);
    // The reply's own words, not the line it quotes.
    expect(reply.snippet).toContain('Is [etcd] packaged');
    expect(reply.items).toEqual([]);
    const oct = r.hits.find((h) => h.messageId === 'jdarcy-status-2014-10@redhat.com')!;
    expect(oct.subject).toBe('jdarcy status (October 2014)');
    expect(oct.url).toMatch(/\/pipermail\/gluster-devel\/2014-October\/\d{6}\.html$/);
    expect(oct.items).toEqual([{ project: 'NSR', text: 'http://review.gluster.org/#/c/8887/ etcd support', snippet: 'http://review.gluster.org/#/c/8887/ [etcd] support' }]);
  });

  it('sorts newest first with sort: date, the same messages as by relevance', () => {
    const byDate = search(db, { text: 'etcd', sort: 'date' });
    expect(byDate.hits.map((h) => h.month)).toEqual(['2016-03', '2015-02', '2014-10', '2014-10']);
    const dates = byDate.hits.map((h) => h.date ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(new Set(byDate.hits.map((h) => h.messageId))).toEqual(new Set(search(db, { text: 'etcd' }).hits.map((h) => h.messageId)));
    expect(search(db, { text: 'etcd', sort: 'date', limit: 1 }).hits.map((h) => h.month)).toEqual(['2016-03']);
  });

  it('ranks nothing sorted by date: no score, and a message\'s matching items in the post\'s order', () => {
    // bm25 needs how many texts hold each word: FTS5 reads the word's whole list for it, the
    // larger part of a cold search for a common word on a million messages.
    const words = ['review', 'nsr', 'etcd', 'reconcil*'];
    const inPostOrder = db.prepare('SELECT i.text FROM items i JOIN sections s ON s.id = i.section_id JOIN messages m ON m.id = s.message_rowid WHERE m.message_id = ? ORDER BY s.ord, i.id');
    let multi = 0;
    for (const text of words) {
      const byDate = search(db, { text, sort: 'date' });
      const best = search(db, { text });
      expect(byDate.hits.length, text).toBeGreaterThan(0);
      expect(byDate.hits.every((h) => h.score === null), text).toBe(true);
      expect(best.hits.every((h) => typeof h.score === 'number'), text).toBe(true);
      for (const h of byDate.hits) {
        const order = (inPostOrder.all(h.messageId) as Array<{ text: string }>).map((r) => r.text);
        const positions = h.items.map((it) => order.indexOf(it.text));
        expect(positions.every((p) => p >= 0), h.subject).toBe(true);
        expect([...positions].sort((a, b) => a - b), h.subject).toEqual(positions);
        // the same items as when ranked
        const ranked = best.hits.find((b) => b.messageId === h.messageId);
        if (ranked) expect(ranked.items.map((it) => it.text).sort()).toEqual(h.items.map((it) => it.text).sort());
        if (h.items.length > 1) multi++;
      }
    }
    expect(multi).toBeGreaterThan(0);
  });

  it('shows the newest matching messages first when more match than the window holds (a first sync stores the newest period first)', () => {
    // A window of 2 texts is full for each of these words, as 1,000 are for a common word on a
    // million messages; the most recently stored texts are then the oldest posts' (the sample was
    // synced newest period first). With a window that holds every match, the join orders them all.
    const checked = ['etcd', 'nsr', 'review', 'status', 'gluster'].filter((text) => {
      const all = search(db, { text, sort: 'date', window: 1_000_000, limit: 5 });
      const inWindow = search(db, { text, sort: 'date', window: 2, limit: 5 });
      expect(inWindow.hits.map((h) => [h.date, h.messageId]), text).toEqual(all.hits.map((h) => [h.date, h.messageId]));
      expect(inWindow.hits.map((h) => h.items), text).toEqual(all.hits.map((h) => h.items));
      return all.hits.length === 5;
    });
    expect(checked.length).toBeGreaterThanOrEqual(3);
    // each way of finding them (asking the index message by message, or reading the word's every
    // text) gives the same texts; past either's limit, none (the window then)
    for (const text of checked) {
      const match = parseSearchQuery(text).match;
      const asked = newestMatching(db, match, 2, 4);
      expect(asked, text).not.toBeNull();
      expect(newestMatching(db, match, 2, 4, { ask: 0, walk: 1_000_000, texts: 1_000_000 }), text).toEqual(asked);
      expect(newestMatching(db, match, 2, 4, { ask: 0, walk: 1_000_000, texts: 1 }), text).toBeNull();
    }
  });

  it('gives up asking about a rare word early, with the same answer; a word too common to read is asked about after all', () => {
    // (on a million messages: München, 1 message in 70, was asked about for 100 messages before
    // its every match was read)
    expect(tooRareToAsk(32, 0, 20, 100)).toBe(true);
    expect(tooRareToAsk(32, 3, 20, 100)).toBe(true);
    expect(tooRareToAsk(32, 4, 20, 100)).toBe(false);
    expect(tooRareToAsk(32, 13, 20, 100)).toBe(false); // rebalance: 4 messages in 10
    let rare = 0;
    for (const text of ['etcd', 'nsr', 'review', 'status', 'gluster', 'regression', 'reconcil*', 'patch']) {
      const match = parseSearchQuery(text).match;
      for (const want of [1, 2, 4, 8]) {
        for (const ask of [32, 64, 1_000]) {
          // every match read: the answer; only asked (the texts too many to read): the same, or none past `ask` messages
          const read = newestMatching(db, match, 2, want, { ask, walk: 1_000_000, texts: 1_000_000 });
          const asked = newestMatching(db, match, 2, want, { ask, walk: 1_000_000, texts: 1 });
          if (asked !== null) expect(asked, `${text} ${want} ${ask}`).toEqual(read);
          else rare++;
          // asked only, from the first message (never given up on): what it answers when the texts are too many
          const never = newestMatching(db, match, 2, want, { ask: Math.max(ask, 1_000_000), walk: 1_000_000, texts: 1 });
          expect(never, `${text} ${want}`).toEqual(read);
        }
      }
    }
    expect(rare).toBeGreaterThan(0);
  });

  it('asks the index about a run of messages\' texts a stretch of ids at a time, with the answer of asking text by text', () => {
    // (gap 0: each text a stretch of its own, as it was asked about before)
    for (const text of ['etcd', 'nsr', 'review', 'status', 'gluster', 'reconcil*']) {
      const match = parseSearchQuery(text).match;
      for (const want of [1, 4, 8]) {
        const byText = newestMatching(db, match, 2, want, { ask: 1_000, walk: 1_000_000, texts: 1, gap: 0 });
        const read = newestMatching(db, match, 2, want, { ask: 0, walk: 1_000_000, texts: 1_000_000 });
        expect(byText, `${text} ${want}`).toEqual(read);
        for (const gap of [1, 3, 40, 256, 1_000_000]) {
          expect(newestMatching(db, match, 2, want, { ask: 1_000, walk: 1_000_000, texts: 1, gap }), `${text} ${want} ${gap}`).toEqual(byText);
        }
      }
    }
  });

  it('ranks a message whose subject matches above one that mentions the word in passing', () => {
    const r = search(db, { text: 'regression' });
    expect(r.hits[0].subject).toBe('Spurious regression failure in tests/bugs/bug-1112559.t');
  });

  it('filters by reports only, author, list and month range', () => {
    expect(search(db, { text: 'etcd', reportsOnly: true }).hits.every((h) => h.isReport)).toBe(true);
    expect(search(db, { text: 'etcd', reportsOnly: true }).hits).toHaveLength(3);
    expect(search(db, { text: 'etcd', author: 'bellur' }).hits.map((h) => h.author)).toEqual(['Vijay Bellur']);
    expect(search(db, { text: 'etcd', since: '2014-11', until: '2015-12' }).hits.map((h) => h.month)).toEqual(['2015-02']);
    expect(search(db, { text: 'etcd', list: 'Gluster-Devel' }).hits).toHaveLength(4);
    expect(search(db, { text: 'etcd', list: 'gluster-users' }).hits).toHaveLength(0);
    expect(search(db, { text: 'etcd', limit: 2 }).hits).toHaveLength(2);
  });

  it('excludes whole messages that contain an excluded word', () => {
    // NSR is in four reports; only November's never mentions etcd.
    const r = search(db, { text: 'nsr -etcd' });
    expect(r.hits.map((h) => h.subject)).toEqual(['jdarcy status (November 2014)']);
  });

  it('searches phrases, prefixes, URLs and file names as written', () => {
    expect(search(db, { text: '"full data logging"' }).hits.map((h) => h.month).sort()).toEqual(['2014-10', '2015-02']);
    expect(search(db, { text: 'reconcil*', reportsOnly: true }).hits.length).toBeGreaterThanOrEqual(3);
    expect(search(db, { text: 'https://review.gluster.org/c/glusterfs/+/8913' }).hits.map((h) => h.month)).toEqual(['2014-11']);
    expect(search(db, { text: 'bug-1112559.t' }).hits.map((h) => h.author)).toEqual(['Niels de Vos']);
    expect(search(db, { text: 'author:vijay' }).hits.map((h) => h.author)).toEqual(['Vijay Bellur']);
  });

  it('does not crash on input that is not FTS5 syntax', () => {
    for (const q of ['"etcd', 'etcd"', 'etcd AND', 'OR etcd', '(etcd', 'etcd)', 'etcd:', ':etcd', '^etcd', 'e*tcd', '{title}: etcd', 'NOT etcd nsr']) {
      expect(() => search(db, { text: q }), q).not.toThrow();
    }
    expect(search(db, { text: '"etcd' }).hits).toHaveLength(4);
  });

  it('is rebuilt by reindex, without duplicates', async () => {
    const docs = () => (db.prepare('SELECT COUNT(*) AS n FROM search_docs').get() as { n: number }).n;
    const before = docs();
    expect(before).toBeGreaterThan(7);
    const hits = search(db, { text: 'etcd' }).hits.map((h) => h.messageId);
    db.exec('DELETE FROM search_docs');
    expect(search(db, { text: 'etcd' })).toMatchObject({ hits: [], indexed: false });
    await reindexAll(db);
    expect(docs()).toBe(before);
    expect(search(db, { text: 'etcd' }).hits.map((h) => h.messageId)).toEqual(hits);
    // The FTS index agrees with its content table.
    expect(() => db.exec("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
  });
});
