import { describe, it, expect } from 'vitest';
import { planSync, inRange, URLS_PENDING, type StoredPeriod } from '../../src/sync/planSync.js';
import type { TocEntry } from '../../src/pipermail/types.js';

function entry(period: string, start: string, end: string, sizeLabel: string): TocEntry {
  return {
    period, kind: 'month', label: period, start, end, textUrl: `http://h/pipermail/l/${period}.txt.gz`, textKind: 'gz',
    sizeLabel, dateIndexUrl: `http://h/pipermail/l/${period}/date.html`, threadIndexUrl: `http://h/pipermail/l/${period}/thread.html`,
  };
}

const toc = [
  entry('2014-December', '2014-12-01', '2015-01-01', "Gzip'd Text 9 KB"),
  entry('2014-November', '2014-11-01', '2014-12-01', "Gzip'd Text 8 KB"),
  entry('2014-October', '2014-10-01', '2014-11-01', "Gzip'd Text 23 KB"),
];

const ok = (period: string, size: string, start: string): [string, StoredPeriod] => [period, { period, status: 'ok', size_label: size, start }];

describe('planSync', () => {
  it('fetches every period on a first sync', () => {
    const plan = planSync(toc, new Map());
    expect(plan.map((p) => [p.entry.period, p.reason])).toEqual([
      ['2014-December', 'new'], ['2014-November', 'new'], ['2014-October', 'new'],
    ]);
    expect(plan[0].newest).toBe(true);
  });

  it('re-checks only the newest period when nothing changed', () => {
    const stored = new Map([ok('2014-December', "Gzip'd Text 9 KB", '2014-12-01'), ok('2014-November', "Gzip'd Text 8 KB", '2014-11-01'), ok('2014-October', "Gzip'd Text 23 KB", '2014-10-01')]);
    const plan = planSync(toc, stored, { now: new Date('2014-12-20T00:00:00Z') });
    expect(plan.map((p) => p.entry.period)).toEqual(['2014-December']);
  });

  it('re-checks the previous period for a few days after the month rolls over, and changed or failed periods', () => {
    const stored = new Map([ok('2014-December', "Gzip'd Text 9 KB", '2014-12-01'), ok('2014-November', "Gzip'd Text 8 KB", '2014-11-01'), ['2014-October', { period: '2014-October', status: 'failed', size_label: null, start: '2014-10-01' }] as [string, StoredPeriod]]);
    const plan = planSync(toc, stored, { now: new Date('2014-12-02T00:00:00Z') });
    expect(plan.map((p) => [p.entry.period, p.reason])).toEqual([['2014-December', 'newest'], ['2014-November', 'recent'], ['2014-October', 'retry']]);
    const changed = new Map([...stored, ok('2014-October', "Gzip'd Text 24 KB", '2014-10-01')]);
    expect(planSync(toc, changed, { now: new Date('2014-12-20T00:00:00Z') }).map((p) => p.reason)).toEqual(['newest', 'changed']);
  });

  it('plans neither the newest nor the previous period when the table is unchanged and says so (tableQuiet), but still failed and pending ones', () => {
    const pending = (period: string, size: string, start: string): [string, StoredPeriod] => [period, { period, status: 'ok', size_label: size, start, source: URLS_PENDING }];
    const now = new Date('2014-12-02T00:00:00Z'); // within the days the previous period is re-checked
    const quiet = new Map([ok('2014-December', "Gzip'd Text 9 KB", '2014-12-01'), ok('2014-November', "Gzip'd Text 8 KB", '2014-11-01'), ok('2014-October', "Gzip'd Text 23 KB", '2014-10-01')]);
    expect(planSync(toc, quiet, { now }).map((p) => p.reason)).toEqual(['newest', 'recent']);
    expect(planSync(toc, quiet, { now, tableQuiet: true })).toEqual([]);
    const left = new Map([pending('2014-December', "Gzip'd Text 9 KB", '2014-12-01'), ok('2014-November', "Gzip'd Text 8 KB", '2014-11-01'),
      ['2014-October', { period: '2014-October', status: 'failed', size_label: null, start: '2014-10-01' }] as [string, StoredPeriod]]);
    expect(planSync(toc, left, { now, tableQuiet: true }).map((p) => [p.entry.period, p.reason])).toEqual([['2014-December', 'pages'], ['2014-October', 'retry']]);
    expect(planSync(toc, quiet, { now, tableQuiet: true, full: true }).map((p) => p.reason)).toEqual(['full', 'full', 'full']);
  });

  it('plans a period stored with --defer-urls for its page URLs (reason pages), unless this run defers them too', () => {
    const pending = (period: string, size: string, start: string): [string, StoredPeriod] => [period, { period, status: 'ok', size_label: size, start, source: URLS_PENDING }];
    const stored = new Map([pending('2014-December', "Gzip'd Text 9 KB", '2014-12-01'), pending('2014-November', "Gzip'd Text 8 KB", '2014-11-01'), ok('2014-October', "Gzip'd Text 23 KB", '2014-10-01')]);
    const now = new Date('2014-12-20T00:00:00Z');
    expect(planSync(toc, stored, { now }).map((p) => [p.entry.period, p.reason])).toEqual([['2014-December', 'newest'], ['2014-November', 'pages']]);
    expect(planSync(toc, stored, { now, deferUrls: true }).map((p) => [p.entry.period, p.reason])).toEqual([['2014-December', 'newest']]);
  });

  it('bounds periods by --since/--until months, including weeks that straddle a month', () => {
    expect(planSync(toc, new Map(), { since: '2014-11', until: '2014-11' }).map((p) => p.entry.period)).toEqual(['2014-November']);
    expect(inRange({ start: '2014-09-29', end: '2014-10-06' }, '2014-10')).toBe(true);
    expect(inRange({ start: '2014-09-22', end: '2014-09-29' }, '2014-10')).toBe(false);
  });
});
