/** The text history a person reads: the last reports, and a line saying how many are left out. */
import { describe, it, expect } from 'vitest';
import { projectHistory, historyToText } from '../../src/query/index.js';
import type { Db } from '../../src/store/index.js';
import { useSampleDb } from './sampleArchive.js';
import { storedGroup } from '../../src/query/storedProjects.js';
import { aliasClosure } from '../../src/query/projectNames.js';
import { projectKey } from '../../src/status/projectKey.js';

let db: Db;
useSampleDb((d) => {
  db = d;
});

describe('historyToText', () => {
  it('shows every report by default, and only the last N with `last`, saying how many are not shown', () => {
    const h = projectHistory(db, { project: 'NSR' });
    expect(h.reports.length).toBeGreaterThanOrEqual(3);
    const all = historyToText(h, { color: false, width: 100 });
    expect(all).not.toContain('not shown');
    for (const r of h.reports) expect(all).toContain(`${r.month}  ${r.author}`);
    const last2 = historyToText(h, { color: false, width: 100, last: 2 });
    expect(last2).toContain(`… ${h.reports.length - 2} earlier report(s) not shown (--all shows every one; --since narrows)`);
    const months = [...last2.matchAll(/^(\d{4}-\d\d) {2}/gm)].map((m) => m[1]);
    expect(months).toEqual(h.reports.slice(-2).map((r) => r.month));
    // statuses are still those computed against the whole history
    expect(last2).toContain(historyToText(h, { color: false, width: 100 }).split('\n').filter((l) => /^ {3}[+~=-] /.test(l)).slice(-1)[0]);
  });
});

describe('a history read for its last reports only (the text output by default)', () => {
  it('reads the last N reports, counts the others, and prints what the whole history prints', () => {
    expect(storedGroup(db, aliasClosure(db, projectKey('NSR')))).not.toBeNull(); // read as the index stored it
    const whole = projectHistory(db, { project: 'NSR' });
    expect(whole.earlier).toBeUndefined();
    const last2 = projectHistory(db, { project: 'NSR', last: 2 });
    expect(last2.reports).toEqual(whole.reports.slice(-2));
    expect(last2.earlier).toBe(whole.reports.length - 2);
    expect(historyToText(last2, { color: false, width: 100, last: 2 })).toBe(historyToText(whole, { color: false, width: 100, last: 2 }));
    // more than there are: every report, none left out
    const many = projectHistory(db, { project: 'NSR', last: 1000 });
    expect(many.reports).toEqual(whole.reports);
    expect(many.earlier).toBe(0);
    expect(historyToText(many, { color: false, width: 100, last: 1000 })).not.toContain('not shown');
  });

  it('does the same when the history is computed, not read as stored (a filter)', () => {
    const since = whole2014();
    const last1 = projectHistory(db, { project: 'NSR', since: '2014-10', last: 1 });
    expect(last1.reports).toEqual(since.reports.slice(-1));
    expect(last1.earlier).toBe(since.reports.length - 1);
    expect(historyToText(last1, { color: false, width: 100, last: 1 })).toBe(historyToText(since, { color: false, width: 100, last: 1 }));
  });
  const whole2014 = () => projectHistory(db, { project: 'NSR', since: '2014-10' });
});

describe('the names a project was reported as', () => {
  it('lists each name once, whatever its case', () => {
    const h = { project: 'sec', names: ['OpenBMC Security Working Group', 'OpenBMC Security working group', 'Security WG'], reports: [], mentions: [] };
    expect(historyToText(h, { color: false, width: 100 }).split('\n')[0]).toBe('OpenBMC Security Working Group (reported as OpenBMC Security Working Group, Security WG): 0 reports');
    const one = { ...h, names: ['NSR', 'nsr'] };
    expect(historyToText(one, { color: false, width: 100 }).split('\n')[0]).toBe('NSR: 0 reports');
  });
});
