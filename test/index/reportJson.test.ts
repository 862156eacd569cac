/**
 * A stored report (project_reports.report) is written with its items, reviews and bugs as arrays
 * of their fields and read back to the same objects, fields in the same order; a report stored
 * as objects before is read as it is.
 */
import { describe, it, expect } from 'vitest';
import { reportToJson, reportFromJson } from '../../src/index/reportJson.js';
import type { HistoryReport } from '../../src/index/projectHistory.js';

const report: HistoryReport = {
  list: 'gluster-devel', lists: ['gluster-devel', 'gluster-users'], month: '2014-11', date: '2014-11-06T15:02:00.000Z', author: 'Jeff Darcy',
  subject: 'jdarcy status (November 2014)', url: 'http://h/pipermail/gluster-devel/2014-November/008401.html', messageId: 'a@redhat.com',
  section: 'NSR', lines: [3, 12], gapBefore: [],
  items: [
    { text: 'http://review.gluster.org/#/c/8769/ xdata support in GFAPI (merged)', urls: ['http://review.gluster.org/#/c/8769/'], status: 'changed', label: null,
      carriedFor: 0, stale: false, children: [], lines: [4, 4], previous: 0 },
    { text: 'etcd support', urls: [], status: 'carried', label: 'NSR', carriedFor: 2, stale: true, children: ['first cut', 'tests'], lines: [5, 7], previous: 1 },
  ],
  reviews: [{ url: 'http://review.gluster.org/#/c/8769/', system: 'gerrit', id: '8769' }],
  bugs: [{ url: 'https://bugzilla.redhat.com/show_bug.cgi?id=1', system: 'bugzilla', id: null }],
  dropped: ['GF_FOP_IPC'],
};

describe('stored report JSON', () => {
  it('reads back the same report, field for field in the same order, from shorter text', () => {
    const json = reportToJson(report);
    expect(reportFromJson(json)).toEqual(report);
    expect(JSON.stringify(reportFromJson(json))).toBe(JSON.stringify(report));
    expect(json.length).toBeLessThan(JSON.stringify(report).length * 0.8);
    expect(json).not.toContain('"carriedFor"');
  });

  it('reads a report stored as plain JSON before', () => {
    expect(JSON.stringify(reportFromJson(JSON.stringify(report)))).toBe(JSON.stringify(report));
  });

  it('keeps an item with other fields than the known ones as an object', () => {
    const odd = { ...report, items: [{ ...report.items[0], extra: 1 } as never] };
    expect(JSON.stringify(reportFromJson(reportToJson(odd)))).toBe(JSON.stringify(odd));
  });
});
