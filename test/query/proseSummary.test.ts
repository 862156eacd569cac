/**
 * Many real reports are prose: a TSC chair's weekly status, meeting minutes in paragraphs. They
 * have no items for `archive query` to list, so each such report in a project's story says what
 * its first lines say instead of "(no items)" (HistoryReport.summary), in text, JSON, the month
 * digest and the web page; a report with items keeps its items and has no summary.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, RawStore, type NewMessage } from '../../src/store/index.js';
import { IndexWriter } from '../../src/index/index.js';
import { summaryOf, SUMMARY_CHARS } from '../../src/index/projectHistory.js';
import { projectHistory, historyToText, monthDigest, digestToText } from '../../src/query/index.js';
import { FIXTURES, tempDir } from '../support/cli.js';
import { startServer } from '../../src/web/index.js';

// Real posts (sources beside them): the OpenDaylight TSC chair's weekly status, in paragraphs.
const DIR = join(FIXTURES, 'real-corpus', 'opendaylight');
const POSTS = [
  ['2013-08-tsc-status-for-the-week-of-08-19-2013.eml', '2013-08-23T20:00:00Z', '2013-August'],
  ['2013-12-tsc-status-for-the-week-of-12-02-2013.eml', '2013-12-06T20:00:00Z', '2013-December'],
  ['2013-12-tsc-status-for-the-week-of-12-16-2013.eml', '2013-12-20T20:00:00Z', '2013-December'],
] as const;

function archive(path = ':memory:') {
  const db = openDatabase(path);
  const store = new RawStore(db);
  const l = store.ensureList('https://lists.opendaylight.org/pipermail/tsc/', 'tsc');
  POSTS.forEach(([file, date, period], i) => {
    const raw = readFileSync(join(DIR, file));
    const m: NewMessage = {
      period, messageId: `tsc${i}@example.org`, msgKey: `mid:tsc${i}@example.org`, contentHash: `h${i}`, source: 'mbox', raw, seq: i, url: null,
      subject: /^Subject: (.*)$/m.exec(raw.toString('latin1'))![1], authorName: 'David Meyer', authorAddress: null, date, inReplyTo: null,
    };
    const state = { period, kind: 'month', start: null, end: null, label: period, size_label: null, text_url: `https://lists.opendaylight.org/pipermail/tsc/${period}.txt`,
      etag: null, last_modified: null, text_length: 10, text_hash: `x${i}`, tail_hash: `y${i}`, source: 'mbox' };
    new IndexWriter(db).indexMessages(store.commitPeriod(l.id, state, [m]));
  });
  return db;
}

describe('a prose report in a project\'s story', () => {
  it('says what its first lines say', () => {
    const db = archive();
    const h = projectHistory(db, { project: 'OpenDaylight' });
    expect(h.reports).toHaveLength(3);
    // two in paragraphs; the third lists the projects proposed that week
    expect(h.reports.map((r) => r.items.length > 0)).toEqual([false, false, true]);
    expect(h.reports[2].summary).toBeUndefined();
    expect(h.reports[1].summary).toMatch(/^The TSC met on 12\.05\.2013\./);
    expect(h.reports[0].summary).toMatch(/^The TSC met on 08\.22\.2013 with a fairly light agenda\. The main topics of discussion included whether we should have a hackfest/);
    expect(h.reports[0].summary!.length).toBeLessThanOrEqual(SUMMARY_CHARS + 1);
    expect(h.reports[0].summary!.endsWith('…')).toBe(true);
    const text = historyToText(h, { color: false, width: 100 });
    expect(text).not.toContain('(no items)');
    expect(text).toContain('The TSC met on 08.22.2013 with a fairly light agenda.');
    // the month digest too
    const digest = digestToText(monthDigest(db, '2013-12'), { color: false });
    expect(digest).toContain('The TSC met on');
    expect(digest).not.toContain('(no items)');
  });

  it('shows on the project\'s web page', async () => {
    const tmp = tempDir();
    archive(tmp.db).close();
    const web = await startServer({ dbPath: tmp.db, host: '127.0.0.1', port: 0 });
    try {
      const body = await (await fetch(`${web.url}/project/OpenDaylight`)).text();
      expect(body).toContain('<p class="summary">The TSC met on 08.22.2013 with a fairly light agenda.');
      expect(body).not.toContain('(no items)');
    } finally {
      await web.close();
      tmp.cleanup();
    }
  });

  it('is the text itself when short, folded; nothing without text', () => {
    expect(summaryOf(['', '  Done:\n  shipped the   release.  '])).toBe('Done: shipped the release.');
    expect(summaryOf(['', '  '])).toBeUndefined();
    expect(summaryOf(['Hi Team,\nApparmor does not work with the openbmc stack.'])).toBe('Apparmor does not work with the openbmc stack.');
    expect(summaryOf(['Board,\nThe TSC met on 12.19.2013.'])).toBe('The TSC met on 12.19.2013.');
    // a sentence with a comma is no greeting
    expect(summaryOf(['We shipped 2.1, and 2.2 is next.\nMore to come.'])).toBe('We shipped 2.1, and 2.2 is next. More to come.');
    const long = 'word '.repeat(100);
    expect(summaryOf([long])).toBe(`${'word '.repeat(48).trim()}…`);
  });
});
