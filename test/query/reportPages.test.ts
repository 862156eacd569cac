/** Pages of a project's reports (the project page, issue 14): whole months, newest first, addressed by the month they stop before. */
import { describe, it, expect } from 'vitest';
import { reportPage, monthCounts } from '../../src/query/reportPages.js';

const months = monthCounts(['2020-01', '2020-01', '2020-02', '2020-04', '2020-04', '2020-04', '2020-05'].map((month) => ({ month })));

describe('reportPage', () => {
  it('counts reports per month, oldest first', () => {
    expect(months).toEqual([{ month: '2020-01', reports: 2 }, { month: '2020-02', reports: 1 }, { month: '2020-04', reports: 3 }, { month: '2020-05', reports: 1 }]);
  });

  it('takes whole months back from the newest until the page holds at least its size', () => {
    expect(reportPage(months, undefined, 3)).toEqual({ start: 3, end: 7, first: '2020-04', last: '2020-05', older: '2020-04', newer: null, total: 7 });
    expect(reportPage(months, '2020-04', 3)).toEqual({ start: 0, end: 3, first: '2020-01', last: '2020-02', older: null, newer: '2020-05', total: 7 });
    expect(reportPage(months, '2020-05', 3)).toMatchObject({ start: 3, end: 6, older: '2020-04', newer: '' });
  });

  it('links the newer page by the month it stops before, and every report is on some page', () => {
    const p = reportPage(months, '2020-02', 1);
    expect(p).toMatchObject({ start: 0, end: 2, first: '2020-01', older: null, newer: '2020-04' });
    expect(reportPage(months, p.newer!, 1)).toMatchObject({ start: 2, end: 3, older: '2020-02', newer: '2020-05' });
    const seen: number[] = [];
    for (let before: string | undefined, i = 0; i < 10; i++) {
      const q = reportPage(months, before, 2);
      for (let r = q.start; r < q.end; r++) seen.push(r);
      if (q.older === null) break;
      before = q.older;
    }
    expect(seen.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('is empty before the first month; everything on one page when it fits', () => {
    expect(reportPage(months, '2019-12', 3)).toMatchObject({ start: 0, end: 0, first: null, older: null, newer: '' });
    expect(reportPage(months, undefined, 24)).toMatchObject({ start: 0, end: 7, older: null, newer: null });
    expect(reportPage([], undefined, 24)).toMatchObject({ start: 0, end: 0, older: null, newer: null, total: 0 });
  });
});
