/** `archive month`: one month's reports by project, items compared with each project's previous report. */
import { describe, it, expect } from 'vitest';
import type { Db } from '../../src/store/index.js';
import { monthDigest, digestToText, digestToMarkdown } from '../../src/query/index.js';
import { useSampleDb } from './sampleArchive.js';

let db: Db;
useSampleDb((d) => {
  db = d;
});

describe('monthDigest', () => {
  it('groups the month\'s report sections by project, compared with the previous report', () => {
    const d = monthDigest(db, '2014-11');
    // The question posted in November is not a report.
    expect(d.reports).toBe(1);
    expect(d.authors).toEqual(['Jeff Darcy']);
    // "= Other =" is a generic heading: its items belong to the post's own project (the subject's "jdarcy").
    expect(d.projects.map((p) => p.project)).toEqual(['GlusterFS 4.0', 'jdarcy', 'NSR', 'SSL']);
    const nsr = d.projects.find((p) => p.project === 'NSR')!.reports[0];
    expect(nsr).toMatchObject({ author: 'Jeff Darcy', subject: 'jdarcy status (November 2014)', previousMonth: '2014-10', messageId: 'jdarcy-status-2014-11@redhat.com' });
    expect(nsr.url).toMatch(/\/2014-November\/\d{6}\.html$/);
    expect(nsr.items.map((i) => i.status)).toEqual(['changed', 'changed', 'added']);
    expect(nsr.dropped).toEqual([
      'http://review.gluster.org/#/c/8769/ xdata support in GFAPI',
      'http://review.gluster.org/#/c/8812/ GF_FOP_IPC',
      'http://review.gluster.org/#/c/8887/ etcd support',
    ]);
    // SSL was "SSL and multi-threading" in October: a different project, so a first report.
    const ssl = d.projects.find((p) => p.project === 'SSL')!.reports[0];
    expect(ssl.previousMonth).toBeNull();
    expect(ssl.items.map((i) => i.status)).toEqual(['added', 'added']);
  });

  it('compares across months without reports', () => {
    const d = monthDigest(db, '2015-02');
    const nsr = d.projects.find((p) => p.project === 'NSR')!.reports[0];
    expect(nsr.previousMonth).toBe('2014-11');
    expect(nsr.items.map((i) => [i.status, i.text.replace(/^https?:\/\/\S+ /, '')])).toEqual([
      ['changed', 'code (I/O path and glusterd), merged'],
      ['changed', 'reconciliation, under review'],
      ['added', 'etcd support, rebased'],
      ['added', 'journal translator for full data logging, design in progress'],
    ]);
    const ssl = d.projects.find((p) => p.project === 'SSL')!.reports[0];
    expect(ssl.items.map((i) => i.status)).toEqual(['carried']);
    expect(ssl.dropped).toEqual(['http://review.gluster.org/#/c/9043/ doc: SSL setup and troubleshooting (merged)']);
  });

  it('names a report whose subject names no project after its list ("[Gluster-devel] Weekly status")', () => {
    const d = monthDigest(db, '2015-10');
    expect(d.reports).toBe(1);
    expect(d.projects).toHaveLength(1);
    expect(d.projects[0].project).toBe('Gluster');
    const r = d.projects[0].reports[0];
    expect(r.author).toBe('Niels de Vos');
    expect(r.previousMonth).toBeNull();
    expect(r.items).toHaveLength(4);
    expect(r.items.every((i) => i.status === 'added')).toBe(true);
    expect(r.items[0].urls).toEqual(['http://review.gluster.org/11914', 'http://review.gluster.org/12037']);
  });

  it('says so when a month has no reports', () => {
    const d = monthDigest(db, '2015-01');
    expect(d).toEqual({ month: '2015-01', reports: 0, authors: [], projects: [] });
    expect(digestToText(d, { color: false })).toBe('2015-01: no reports\n');
  });

  it('renders text and markdown', () => {
    const d = monthDigest(db, '2014-11');
    const text = digestToText(d, { color: false });
    expect(text).toContain('2014-11: 1 report on 4 projects by Jeff Darcy');
    expect(text).toMatch(/\nNSR\n {2}Jeff Darcy {2}jdarcy status \(November 2014\) {2}\[gluster-devel\]/);
    expect(text).toContain('  compared with 2014-10\n   ~ https://review.gluster.org/c/glusterfs/+/8913 code (I/O path and glusterd), now rebased on master');
    expect(text).toContain('   - http://review.gluster.org/#/c/8887/ etcd support');
    const md = digestToMarkdown(d);
    expect(md).toMatch(/^# Status reports, 2014-11\n/);
    expect(md).toContain('## NSR');
    expect(md).toContain('- **new** http://review.gluster.org/#/c/9102/ reconciliation, WIP');
    expect(md).toContain('- ~~http://review.gluster.org/#/c/8769/ xdata support in GFAPI~~ (dropped)');
  });
});
