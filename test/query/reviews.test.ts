/** Review lifecycles over the synced Gluster-devel sample (three NSR reports, then JBR). */
import { describe, it, expect } from 'vitest';
import type { Db } from '../../src/store/index.js';
import { reviewLifecycles, reviewsPage, reviewsToText } from '../../src/query/index.js';
import { useSampleDb } from './sampleArchive.js';

let db: Db;
useSampleDb((d) => {
  db = d;
});

describe('reviewLifecycles', () => {
  it('follows a review across months, whatever URL form each report uses', () => {
    const revs = reviewLifecycles(db, { project: 'NSR' });
    expect(revs.map((r) => r.id)).toEqual(['8769', '8812', '8887', '8913', '8915', '9102']);
    const r8913 = revs.find((r) => r.id === '8913')!;
    expect(r8913).toMatchObject({ key: 'review.gluster.org/8913', system: 'gerrit', kind: 'review', first: '2014-10', last: '2015-02', statuses: ['merged'], lastStatus: 'merged', projects: ['NSR'] });
    expect(r8913.reports.map((m) => [m.month, m.status])).toEqual([['2014-10', null], ['2014-11', null], ['2015-02', 'merged']]);
    expect(r8913.reports[1].subject).toBe('jdarcy status (November 2014)');
    expect(r8913.reports[1].messageId).toBe('jdarcy-status-2014-11@redhat.com');
    expect(r8913.reports[1].url).toMatch(/2014-November\/\d{6}\.html$/);
  });

  it('records how the status words changed over time', () => {
    const r9102 = reviewLifecycles(db, { project: 'nsr' }).find((r) => r.id === '9102')!;
    expect(r9102).toMatchObject({ first: '2014-11', last: '2015-02', statuses: ['WIP', 'under review'], lastStatus: 'under review' });
    const r8887 = reviewLifecycles(db, { project: 'NSR' }).find((r) => r.id === '8887')!;
    // Mentioned in October, absent in November, back in February.
    expect(r8887.reports.map((m) => m.month)).toEqual(['2014-10', '2015-02']);
    expect(r8887.statuses).toEqual([]);
  });

  it('lists every review of every project, and bugs only on request', () => {
    const all = reviewLifecycles(db);
    expect(all.every((r) => r.kind === 'review')).toBe(true);
    expect(all.find((r) => r.id === '9044')).toMatchObject({ projects: ['SSL'], first: '2014-11', last: '2015-02', statuses: ['needs review'] });
    const bugs = reviewLifecycles(db, { bugs: true, system: 'bugzilla' });
    expect(bugs.map((b) => [b.id, b.first])).toEqual([['1259992', '2015-10'], ['1311209', '2016-03']]);
    // A bug in a question (not a report) is not listed.
    expect(bugs.find((b) => b.id === '1112559')).toBeUndefined();
  });

  it('looks one review up by any of its URLs, or by number', () => {
    const byNewUrl = reviewLifecycles(db, { ref: 'https://review.gluster.org/c/glusterfs/+/8913' });
    expect(byNewUrl.map((r) => [r.id, r.reports.length])).toEqual([['8913', 3]]);
    expect(reviewLifecycles(db, { ref: '9102' }).map((r) => r.key)).toEqual(['review.gluster.org/9102']);
    expect(() => reviewLifecycles(db, { ref: '424242' })).toThrow(/no report mentions 424242/);
    expect(() => reviewLifecycles(db, { ref: 'https://example.org/about' })).toThrow(/not a review or bug URL/);
  });

  it('names the closest projects when the project is unknown', () => {
    expect(() => reviewLifecycles(db, { project: 'NSRR' })).toThrow(/no reports for project "NSRR"/);
  });

  it('prints one block per review', () => {
    const shown = reviewLifecycles(db, { project: 'NSR' }).filter((r) => r.id === '9102');
    const text = reviewsToText({ shown, total: 1, noun: 'review' }, { color: false });
    expect(text).toContain('gerrit 9102  http://review.gluster.org/#/c/9102/');
    expect(text).toContain('2014-11 .. 2015-02, 2 reports: WIP -> under review');
    expect(text).toMatch(/2015-02 {2}jdarcy status \(February 2015\) {2}\[under review\]/);
  });

  it('shows the reviews mentioned most recently when asked for fewer, and says how many there are', () => {
    const revs = reviewLifecycles(db, { project: 'NSR' });
    const text = reviewsToText(reviewsPage(db, { project: 'NSR' }, 2), { color: false });
    // 8913 and 9102 were last mentioned in 2015-02 (so was 8887: the later in the list wins the tie)
    const shown = [...text.matchAll(/^gerrit (\d+)/gm)].map((m) => m[1]);
    expect(shown).toHaveLength(2);
    for (const id of shown) expect(revs.find((r) => r.id === id)!.last).toBe('2015-02');
    expect(text.trimEnd().split('\n').at(-1)).toBe('6 reviews; shown: the 2 mentioned most recently (--all for every one)');
    expect(reviewsToText(reviewsPage(db, { project: 'NSR' }, 10), { color: false }).trimEnd().split('\n').at(-1)).toBe('6 reviews');
    expect(reviewsToText(reviewsPage(db, { project: 'NSR' }), { color: false }).trimEnd().split('\n').at(-1)).toBe('6 reviews');
  });
});
