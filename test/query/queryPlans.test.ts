/**
 * The hot queries use an index or the FTS table, never a full scan of messages, sections or
 * refs. The SQL is captured from the real query functions (not copied), then explained.
 */
import { captureSql } from '../support/captureSql.js';
import { describe, it, expect } from 'vitest';
import type { Db } from '../../src/store/index.js';
import { projectHistory, search, reviewLifecycles, reviewsPage, monthDigest, findStoredMessage } from '../../src/query/index.js';
import { historyOf } from '../../src/index/projectHistory.js';
import { useSampleDb } from './sampleArchive.js';
import { olderParserNote } from '../../src/cli/database.js';

let db: Db;
useSampleDb((d) => {
  db = d;
});


function plan(sql: string): string[] {
  const named = [...new Set(sql.match(/@\w+/g) ?? [])];
  const stmt = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  const rows = named.length
    ? stmt.all(Object.fromEntries(named.map((n) => [n.slice(1), '[]'])))
    : stmt.all(...Array((sql.match(/\?/g) ?? []).length).fill('[]'));
  return (rows as Array<{ detail: string }>).map((r) => r.detail);
}

const FULL_SCAN = /^SCAN (m|messages|s|sections|r|refs|i|items|d|search_docs)\b/;

function the(sqls: string[], marker: RegExp): string {
  const hits = sqls.filter((s) => marker.test(s));
  expect(hits, `one statement matching ${marker}`).toHaveLength(1);
  return hits[0];
}

describe('query plans of the hot queries', () => {
  it('project history (as the index computes it) finds its sections by project_key', () => {
    const sqls = captureSql(db, (d) => historyOf(d, ['nsr', 'jbr']));
    const p = plan(the(sqls, /FROM sections s[\s\S]*project_key IN/));
    expect(p).toContain('SEARCH s USING INDEX sections_by_project (project_key=?)');
    expect(p.filter((l) => FULL_SCAN.test(l))).toEqual([]);
    expect(plan(the(sqls, /FROM items\s+WHERE section_id IN/))).toContain('SEARCH items USING INDEX items_by_section (section_id=?)');
    expect(plan(the(sqls, /FROM refs\s+WHERE section_id IN/))).toContain('SEARCH refs USING INDEX refs_by_section (section_id=?)');
  });

  it('a stored project history is read by its group, a stored month by month', () => {
    const sqls = captureSql(db, (d) => projectHistory(d, { project: 'NSR' }));
    expect(plan(the(sqls, /FROM project_reports WHERE group_key = \?/))).toEqual(['SEARCH project_reports USING INDEX sqlite_autoindex_project_reports_1 (group_key=?)']);
    expect(plan(the(sqls, /FROM project_groups WHERE project_key IN/))).toEqual(['SEARCH project_groups USING PRIMARY KEY (project_key=?)']);
    const month = captureSql(db, (d) => monthDigest(d, '2014-11'));
    // once for the whole month, by its index: a group's own rows span its whole history
    expect(plan(the(month, /FROM project_reports WHERE month = \?/))).toEqual(['SEARCH project_reports USING INDEX project_reports_by_month (month=?)', 'USE TEMP B-TREE FOR ORDER BY']);
    expect(month.filter((s) => /FROM project_reports WHERE group_key/.test(s))).toEqual([]);
  });

  it("the older-parser note reads the oldest project line's version from its index, not the whole table", () => {
    const sqls = captureSql(db, (d) => olderParserNote(d));
    expect(plan(the(sqls, /MIN\(parser_version\)/))).toEqual(['SEARCH project_summaries USING COVERING INDEX project_summaries_by_parser']);
  });

  it('a message page finds its message by the message key, not by reading all mail', () => {
    const sqls = captureSql(db, (d) => findStoredMessage(d, '<jdarcy-status-2015-02@redhat.com>'));
    const p = plan(the(sqls, /msg_key = 'mid:'/));
    expect(p).toContain('SEARCH m USING INDEX sqlite_autoindex_messages_1 (list_id=? AND msg_key=?)');
    expect(p.filter((l) => FULL_SCAN.test(l))).toEqual([]);
    expect(findStoredMessage(db, '<jdarcy-status-2015-02@redhat.com>')?.period).toBe('2015-February');
  });

  it('one review is found by ref_key', () => {
    const sqls = captureSql(db, (d) => reviewLifecycles(d, { ref: 'http://review.gluster.org/#/c/8913/' }));
    const p = plan(the(sqls, /r\.ref_key = @key/));
    expect(p[0]).toBe('SEARCH r USING INDEX refs_by_key (ref_key=?)');
    expect(p.filter((l) => FULL_SCAN.test(l))).toEqual([]);
  });

  it("a project's reviews go through its sections, then refs by section", () => {
    const sqls = captureSql(db, (d) => reviewLifecycles(d, { project: 'NSR' }));
    const sections = plan(the(sqls, /FROM sections s[\s\S]*project_key IN/));
    expect(sections).toContain('SEARCH s USING INDEX sections_by_project (project_key=?)');
    expect(sections.filter((l) => FULL_SCAN.test(l))).toEqual([]);
    const refs = plan(the(sqls, /FROM refs r\s+WHERE r\.section_id IN/));
    expect(refs).toContain('SEARCH r USING INDEX refs_by_section (section_id=?)');
    expect(refs.filter((l) => FULL_SCAN.test(l))).toEqual([]);
  });

  it("a page of a project's reviews reads its stored list, then only the shown reviews' rows by key", () => {
    const sqls = captureSql(db, (d) => reviewsPage(d, { project: 'NSR' }, 2));
    expect(sqls.filter((s) => /FROM sections s/.test(s))).toEqual([]);
    expect(plan(the(sqls, /FROM project_reviews/))).toEqual(['SEARCH project_reviews USING INDEX sqlite_autoindex_project_reviews_1 (group_key=?)']);
    const p = plan(the(sqls, /FROM refs r[\s\S]*ref_key IN/));
    expect(p[0]).toBe('SEARCH r USING INDEX refs_by_key (ref_key=?)');
    expect(p.filter((l) => FULL_SCAN.test(l))).toEqual([]);
  });

  it("the reviews of some months of a project's reports: their keys through its sections, then each key's rows by key", () => {
    const sqls = captureSql(db, (d) => reviewLifecycles(d, { project: 'NSR', months: { from: '2015-02', to: '2015-03' } }));
    const p = plan(the(sqls, /FROM refs r[\s\S]*ref_key IN/));
    expect(p[0]).toBe('SEARCH r USING INDEX refs_by_key (ref_key=?)');
    expect(p).toContain('SEARCH s2 USING INDEX sections_by_project (project_key=?)');
    expect(p).toContain('SEARCH r2 USING INDEX refs_by_section (section_id=?)');
    expect(p.filter((l) => FULL_SCAN.test(l) || /^SCAN (m2|s2|r2)\b/.test(l))).toEqual([]);
  });

  it('search matches through the FTS index, excluded words too', () => {
    // (each order's statements; since the search prepares only the statements of the path it takes, one each here)
    const sqls = (['date', 'relevance'] as const).flatMap((sort) => captureSql(db, (d) => search(d, { text: 'etcd -wip', author: 'darcy', since: '2014-10', reportsOnly: true, sort })));
    expect(new Set(sqls.filter((s) => /search_fts MATCH/.test(s))).size).toBeGreaterThanOrEqual(2);
    for (const sql of sqls.filter((s) => /search_fts MATCH/.test(s))) {
      const p = plan(sql);
      expect(p.filter((l) => /^SCAN search_fts VIRTUAL TABLE INDEX \d+:M/.test(l)).length).toBeGreaterThanOrEqual(1);
      // `rk` is the window of best-ranked matches (LIMIT @window), not a table.
      expect(p.filter((l) => FULL_SCAN.test(l))).toEqual([]);
      expect(p).toContain('SEARCH d USING INTEGER PRIMARY KEY (rowid=?)');
    }
  });

  it("a month's reports are found by message date", () => {
    const sqls = captureSql(db, (d) => monthDigest(d, '2014-11'));
    const p = plan(the(sqls, /m\.date >= @month/));
    expect(p).toContain('SEARCH m USING INDEX messages_by_date (date>? AND date<?)');
    expect(p).toContain('SEARCH s USING INDEX sections_by_message (message_rowid=?)');
    expect(p.filter((l) => FULL_SCAN.test(l))).toEqual([]);
  });
});
