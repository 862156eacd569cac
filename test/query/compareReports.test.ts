/** `query --diff FROM..TO`: two reports of a project compared directly, by the history's rule. */
import { describe, it, expect } from 'vitest';
import type { Db } from '../../src/store/index.js';
import { compareReports, comparisonToText, comparisonToCsv } from '../../src/query/index.js';
import { useSampleDb } from './sampleArchive.js';

let db: Db;
useSampleDb((d) => {
  db = d;
});

describe('compareReports', () => {
  it('compares the first month\'s report directly with the second\'s, skipping those between', () => {
    const c = compareReports(db, { project: 'NSR', from: '2014-10', to: '2015-02' });
    expect(c.from).toMatchObject({ month: '2014-10', subject: 'jdarcy status (October 2014)', messageId: 'jdarcy-status-2014-10@redhat.com' });
    expect(c.to).toMatchObject({ month: '2015-02', subject: 'jdarcy status (February 2015)' });
    expect(c.items.map((i) => [i.status, i.was])).toEqual([
      ['changed', 'http://review.gluster.org/#/c/8913/ code (I/O path and glusterd)'],
      // 9102 first appeared in November, so it is new compared with October.
      ['added', null],
      // etcd was dropped in November and is back: the same review as October's.
      ['changed', 'http://review.gluster.org/#/c/8887/ etcd support'],
      ['added', null],
    ]);
    expect(c.dropped).toEqual([
      'http://review.gluster.org/#/c/8769/ xdata support in GFAPI',
      'http://review.gluster.org/#/c/8812/ GF_FOP_IPC',
      'http://review.gluster.org/#/c/8915/ design',
    ]);
    expect(c.counts).toEqual({ added: 2, changed: 2, carried: 0, dropped: 3 });
  });

  it('matches reviews written as different URLs (old and new Gerrit UI)', () => {
    const c = compareReports(db, { project: 'NSR', from: '2014-11', to: '2015-02' });
    // November wrote 8913 as https://review.gluster.org/c/glusterfs/+/8913, February as /#/c/8913/.
    expect(c.items[0]).toMatchObject({ status: 'changed', was: 'https://review.gluster.org/c/glusterfs/+/8913 code (I/O path and glusterd), now rebased on master' });
    expect(c.items[1]).toMatchObject({ status: 'changed', was: 'http://review.gluster.org/#/c/9102/ reconciliation, WIP' });
  });

  it('can compare backwards in time too', () => {
    const c = compareReports(db, { project: 'NSR', from: '2015-02', to: '2014-10' });
    expect(c.counts).toEqual({ added: 3, changed: 2, carried: 0, dropped: 2 });
  });

  it('says which months have reports when one has none', () => {
    expect(() => compareReports(db, { project: 'NSR', from: '2014-10', to: '2014-12' }))
      .toThrow(expect.objectContaining({ code: 'E_NOT_FOUND', message: 'no NSR report in 2014-12', hint: 'NSR has reports in: 2014-10, 2014-11, 2015-02' }));
    expect(() => compareReports(db, { project: 'NSR', from: '2014-10', to: '2014-10' })).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
    expect(() => compareReports(db, { project: 'Nope', from: '2014-10', to: '2014-11' })).toThrow(expect.objectContaining({ code: 'E_NOT_FOUND' }));
  });

  it('renders text and csv', () => {
    const c = compareReports(db, { project: 'NSR', from: '2014-10', to: '2015-02' });
    const text = comparisonToText(c, { color: false });
    expect(text).toMatch(/^NSR: 2014-10 -> 2015-02\n/);
    expect(text).toContain('   ~ http://review.gluster.org/#/c/8913/ code (I/O path and glusterd), merged\n       was: http://review.gluster.org/#/c/8913/ code (I/O path and glusterd)\n');
    expect(text).toContain('   - http://review.gluster.org/#/c/8915/ design\n');
    expect(text).toMatch(/2 added, 2 changed, 0 carried, 3 dropped\n$/);
    const csv = comparisonToCsv(c).trim().split('\n');
    expect(csv[0]).toBe('project,from,to,status,text,was,urls');
    expect(csv).toHaveLength(1 + 4 + 3);
    expect(csv[1]).toBe('NSR,2014-10,2015-02,changed,"http://review.gluster.org/#/c/8913/ code (I/O path and glusterd), merged",http://review.gluster.org/#/c/8913/ code (I/O path and glusterd),http://review.gluster.org/#/c/8913/');
  });
});
