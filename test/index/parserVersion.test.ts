/** Derived rows say which parser made them, so a parser upgrade knows what `archive reindex` must redo. */
import { describe, it, expect } from 'vitest';
import { openDatabase, RawStore } from '../../src/store/index.js';
import { IndexWriter } from '../../src/index/index.js';
import { PARSER_VERSION } from '../../src/status/index.js';

describe('parser version', () => {
  it('is recorded on every derived row of an indexed report', () => {
    const db = openDatabase(':memory:');
    const store = new RawStore(db);
    const list = store.ensureList('http://h/pipermail/l/', 'l');
    const raw = Buffer.from([
      'From: Jeff Darcy <jdarcy@redhat.com>', 'Subject: [Gluster-devel] jdarcy status (October 2014)',
      'Date: Wed, 08 Oct 2014 16:20:20 -0400', 'Message-ID: <a@example.org>', '',
      'Here is my status for this month.', '', '= NSR =', '',
      ' * http://review.gluster.org/#/c/8769/ xdata support in GFAPI', ' * http://review.gluster.org/#/c/8812/ GF_FOP_IPC', '',
      '= SSL =', '', ' * the docs are finally in the tree', ' * own-thread without SSL is under review', '',
    ].join('\n'));
    const ids = store.commitPeriod(list.id, { period: '2014-October', kind: 'month', start: '2014-10-01', end: '2014-11-01', label: 'October 2014',
      size_label: null, text_url: null, etag: null, last_modified: null, text_length: null, text_hash: null, tail_hash: null, source: 'mbox' }, [{
      period: '2014-October', messageId: 'a@example.org', msgKey: 'mid:a@example.org', contentHash: 'h', source: 'mbox', raw,
      seq: 1, url: null, subject: null, authorName: null, authorAddress: null, date: null, inReplyTo: null,
    }]);
    new IndexWriter(db).indexMessages(ids);
    expect(PARSER_VERSION).toBeGreaterThanOrEqual(1);
    const versions = (table: string) => (db.prepare(`SELECT DISTINCT parser_version AS v FROM ${table}`).all() as Array<{ v: number }>).map((r) => r.v);
    expect(db.prepare('SELECT is_report FROM analyses').get()).toEqual({ is_report: 1 });
    for (const table of ['analyses', 'sections', 'items']) expect(versions(table)).toEqual([PARSER_VERSION]);
  });
});
