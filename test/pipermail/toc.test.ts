import { describe, expect, it } from 'vitest';
import { parseToc, periodFromName, decodeHtml } from '../../src/pipermail/index.js';
import { realBytes, template, fill, TP, IJB, DIV } from './helpers.js';

const toc = (rel: string, base: string) => parseToc(decodeHtml(realBytes(`${rel}/index.html`)), base);

describe('periodFromName', () => {
  it('handles the five shapes', () => {
    expect(periodFromName('2014')).toEqual({ kind: 'year', start: '2014-01-01', end: '2015-01-01' });
    expect(periodFromName('2014q4')).toEqual({ kind: 'quarter', start: '2014-10-01', end: '2015-01-01' });
    expect(periodFromName('2014q1')).toEqual({ kind: 'quarter', start: '2014-01-01', end: '2014-04-01' });
    expect(periodFromName('2014-October')).toEqual({ kind: 'month', start: '2014-10-01', end: '2014-11-01' });
    expect(periodFromName('2014-December')).toEqual({ kind: 'month', start: '2014-12-01', end: '2015-01-01' });
    expect(periodFromName('1945-February')).toEqual({ kind: 'month', start: '1945-02-01', end: '1945-03-01' });
    expect(periodFromName('Week-of-Mon-20141006')).toEqual({ kind: 'week', start: '2014-10-06', end: '2014-10-13' });
    expect(periodFromName('Week-of-Mon-20141229')).toEqual({ kind: 'week', start: '2014-12-29', end: '2015-01-05' });
    expect(periodFromName('20141008')).toEqual({ kind: 'day', start: '2014-10-08', end: '2014-10-09' });
    expect(periodFromName('20141231')).toEqual({ kind: 'day', start: '2014-12-31', end: '2015-01-01' });
  });
  it('rejects other shapes', () => {
    for (const n of ['2014-Octobre', '2014q5', '20141332', 'Week-of-Mon-2014100', 'attachments', '']) {
      expect(periodFromName(n)).toBeNull();
    }
  });
});

describe('parseToc on real TOCs', () => {
  it('twisted-python: 247 monthly rows + the bogus 1945-February row, all .txt.gz', () => {
    const rows = toc(TP, 'https://twistedmatrix.com/pipermail/twisted-python/');
    expect(rows).toHaveLength(248); // grep -c '<td>[A-Z][a-z]* [0-9]*:</td>' index.html
    expect(rows.every((r) => r.kind === 'month')).toBe(true);
    expect(rows.every((r) => r.textKind === 'gz')).toBe(true);
    const last = rows.at(-1)!;
    expect(last).toEqual({
      period: '1945-February',
      kind: 'month',
      label: 'February 1945',
      start: '1945-02-01',
      end: '1945-03-01',
      textUrl: 'https://twistedmatrix.com/pipermail/twisted-python/1945-February.txt.gz',
      textKind: 'gz',
      sizeLabel: "Gzip'd Text 1 KB",
      dateIndexUrl: 'https://twistedmatrix.com/pipermail/twisted-python/1945-February/date.html',
      threadIndexUrl: 'https://twistedmatrix.com/pipermail/twisted-python/1945-February/thread.html',
    });
    expect(rows[0].period).toBe('2021-August');
    // newest first (apart from the bogus last row)
    const starts = rows.slice(0, -1).map((r) => r.start!);
    expect([...starts].sort().reverse()).toEqual(starts);
    expect(new Set(rows.map((r) => r.period)).size).toBe(248);
  });

  it('imagej-builds: 62 rows, the newest linking a plain .txt', () => {
    const rows = toc(IJB, 'http://imagej.net/pipermail/imagej-builds'); // no trailing slash
    expect(rows).toHaveLength(62);
    expect(rows[0]).toMatchObject({
      period: '2017-August',
      label: 'August 2017',
      textKind: 'txt',
      textUrl: 'http://imagej.net/pipermail/imagej-builds/2017-August.txt',
      sizeLabel: 'Text 497 bytes',
      threadIndexUrl: 'http://imagej.net/pipermail/imagej-builds/2017-August/thread.html',
    });
    expect(rows.filter((r) => r.textKind === 'gz')).toHaveLength(61);
    expect(rows[1]).toMatchObject({ period: '2017-July', sizeLabel: "Gzip'd Text 7 KB" });
  });

  it('divunal-list: 6 rows from 2002-June down to 1999-June', () => {
    const rows = toc(DIV, 'http://twistedmatrix.com/pipermail/divunal-list/index.html');
    expect(rows.map((r) => r.period)).toEqual([
      '2002-June', '2000-January', '1999-December', '1999-September', '1999-August', '1999-June',
    ]);
    expect(rows[1].sizeLabel).toBe("Gzip'd Text 422 bytes");
    expect(rows[4].dateIndexUrl).toBe('http://twistedmatrix.com/pipermail/divunal-list/1999-August/date.html');
  });
});

describe('parseToc on Mailman 2.1.39 templates', () => {
  const entry = (archive: string, label: string, textlink: string) =>
    fill(template('archtocentry.html'), { archive, archivelabel: label, textlink });
  const page = (tpl: string, listing: string, noarchive = '') =>
    fill(template(tpl), {
      listname: 'Demo', listinfo: 'http://example.org/mailman/listinfo/demo', fullarch: '../demo.mbox/demo.mbox',
      size: '12 KB', meta: '<META http-equiv="Content-Type" content="text/html; charset=us-ascii">',
      noarchive_msg: noarchive,
      archive_listing_start: listing ? '<table border=3><tr><td>Archive</td><td>View by:</td><td>Downloadable version</td></tr>' : '',
      archive_listing: listing, archive_listing_end: listing ? '</table>' : '',
    });

  it('reads all period kinds, .txt/.txt.gz/no text cell, with the mbox template', () => {
    const listing = [
      entry('20141008', '8 October 2014', '<td><A href="20141008.txt">[ Text 497 bytes ]</a></td>'),
      entry('Week-of-Mon-20141006', 'The Week Of Monday 6 October 2014', '<td><A href="Week-of-Mon-20141006.txt.gz">[ Gzip\'d Text 2 MB ]</a></td>'),
      entry('2014-October', 'October 2014', ''),
      entry('2014q3', 'Third quarter 2014', '<td><A href="2014q3.txt.gz">[ Gzip\'d Text 23 KB ]</a></td>'),
      entry('2013', '2013', ''),
      entry('junk', 'Junk', ''),
    ].join('');
    const rows = parseToc(page('archtoc.html', listing), 'https://example.org/pipermail/demo/');
    expect(rows.map((r) => [r.period, r.kind, r.label, r.start, r.end, r.textKind, r.sizeLabel])).toEqual([
      ['20141008', 'day', '8 October 2014', '2014-10-08', '2014-10-09', 'txt', 'Text 497 bytes'],
      ['Week-of-Mon-20141006', 'week', 'The Week Of Monday 6 October 2014', '2014-10-06', '2014-10-13', 'gz', "Gzip'd Text 2 MB"],
      ['2014-October', 'month', 'October 2014', '2014-10-01', '2014-11-01', null, null],
      ['2014q3', 'quarter', 'Third quarter 2014', '2014-07-01', '2014-10-01', 'gz', "Gzip'd Text 23 KB"],
      ['2013', 'year', '2013', '2013-01-01', '2014-01-01', null, null],
      ['junk', 'unknown', 'Junk', null, null, null, null],
    ]);
    expect(rows[2].textUrl).toBeNull();
    expect(rows[1].textUrl).toBe('https://example.org/pipermail/demo/Week-of-Mon-20141006.txt.gz');
  });

  it('gives [] for "Currently, there are no archives." and for the emptyarchive page', () => {
    expect(parseToc(page('archtocnombox.html', '', '<P>Currently, there are no archives. </P>'), 'http://example.org/pipermail/demo/')).toEqual([]);
    const empty = fill(template('emptyarchive.html'), { listname: 'Demo', listinfo: 'http://example.org/mailman/listinfo/demo' });
    expect(parseToc(empty, 'http://example.org/pipermail/demo/')).toEqual([]);
  });
});
