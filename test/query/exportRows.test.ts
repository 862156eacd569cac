/** `archive export`: every report with its items, statuses computed over the whole history. */
import { describe, it, expect } from 'vitest';
import type { Db } from '../../src/store/index.js';
import { exportReports, exportJsonLine, exportCsvRows, EXPORT_CSV_HEADER } from '../../src/query/index.js';
import { useSampleDb } from './sampleArchive.js';

let db: Db;
useSampleDb((d) => {
  db = d;
});

describe('exportReports', () => {
  it('gives every (project, report) pair oldest first', () => {
    const rows = exportReports(db);
    expect(rows.map((r) => `${r.report.month} ${r.project}`)).toEqual([
      '2014-10 GlusterFS 4.0', '2014-10 NSR', '2014-10 SSL and multi-threading',
      '2014-11 GlusterFS 4.0', '2014-11 jdarcy', '2014-11 NSR', '2014-11 SSL',
      '2015-02 NSR', '2015-02 SSL',
      '2015-10 Gluster', // "[Gluster-devel] Weekly status (week 41)": no project in the subject, so the list's
      '2016-03 JBR', // "JBR status": one project's report, its headings (Code, Docs, Testing) are areas
    ]);
  });

  it('keeps statuses relative to reports before --since', () => {
    const rows = exportReports(db, { project: 'NSR', since: '2015-01' });
    expect(rows).toHaveLength(1);
    const line = JSON.parse(exportJsonLine(rows[0]));
    expect(line).toMatchObject({ project: 'NSR', section: 'NSR', month: '2015-02', author: 'Jeff Darcy', messageId: 'jdarcy-status-2015-02@redhat.com' });
    expect(line.items.map((i: { status: string }) => i.status)).toEqual(['changed', 'changed', 'added', 'added']);
    expect(line.items[0].urls).toEqual(['http://review.gluster.org/#/c/8913/']);
    expect(line.dropped).toEqual(['http://review.gluster.org/#/c/8915/ design (merged)']);
    expect(line.reviews.map((r: { id: string }) => r.id)).toEqual(['8913', '9102', '8887']);
  });

  it('writes one CSV row per item with RFC 4180 quoting', () => {
    const rows = exportReports(db, { project: 'NSR', until: '2014-10' });
    const csv = rows.flatMap(exportCsvRows);
    expect(EXPORT_CSV_HEADER.join(',')).toBe('project,section,list,month,date,author,subject,url,message_id,item,status,label,stale,text,urls');
    expect(csv).toHaveLength(5);
    expect(csv[4]).toMatch(/^NSR,NSR,gluster-devel,2014-10,2014-10-08T20:20:34.000Z,Jeff Darcy,jdarcy status \(October 2014\),http:\/\/127\.0\.0\.1:\d+\/pipermail\/gluster-devel\/2014-October\/\d{6}\.html,jdarcy-status-2014-10@redhat\.com,5,added,,,http:\/\/review\.gluster\.org\/#\/c\/8915\/ design,http:\/\/review\.gluster\.org\/#\/c\/8915\/$/);
    const nov = exportReports(db, { project: 'NSR', since: '2014-11', until: '2014-11' }).flatMap(exportCsvRows);
    expect(nov[0]).toContain(',changed,,,"https://review.gluster.org/c/glusterfs/+/8913 code (I/O path and glusterd), now rebased on master",');
  });

  it('refuses an empty range and an unknown project', () => {
    expect(() => exportReports(db, { since: '2015-01', until: '2014-01' })).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
    expect(() => exportReports(db, { project: 'nope' })).toThrow(expect.objectContaining({ code: 'E_NOT_FOUND' }));
  });
});
