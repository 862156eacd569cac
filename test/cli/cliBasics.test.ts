/**
 * The CLI as a person and a script meet it: help that teaches, usage errors with exit 2 and no
 * stack trace, `archive parse` without a database, URL forms, --dry-run, --max-requests,
 * --quiet and --json, and `archive reindex` rebuilding an identical index.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startFixtureServer, type FixtureServer } from '../../fixtures/server/fixtureServer.js';
import { runArchive, tempDir, FAST, FIXTURES } from '../support/cli.js';
import { ARCHIVES } from '../support/fixtureArchive.js';
import { openDatabase, SCHEMA_VERSION } from '../../src/store/index.js';
import { writeOlderDatabase } from '../support/olderDatabase.js';

const COMMANDS = ['sync', 'query', 'projects', 'status', 'stats', 'show', 'parse', 'reindex'];

describe('help', () => {
  it('every command has a summary and an example', async () => {
    const top = await runArchive(['--help']);
    expect(top.code).toBe(0);
    for (const c of COMMANDS) expect(top.stdout).toMatch(new RegExp(`^  ${c}\\b.*\\S`, 'm'));
    expect(top.stdout).toMatch(/Exit status: 0 ok; 1 something was missed/);
    expect(top.stdout).toContain('data/archive.db');
    for (const c of COMMANDS) {
      const h = await runArchive([c, '--help']);
      expect({ c, code: h.code }).toEqual({ c, code: 0 });
      expect(h.stdout).toMatch(/Examples?:\n\s+\$ archive /);
    }
  });

  it('usage errors exit 2 with the problem and a hint, never a stack trace', async () => {
    for (const argv of [['frobnicate'], ['query'], ['sync', '--since', '2014-13'], ['sync', '--max-requests', 'lots'], ['sync', 'ftp://example.org/pipermail/x/']]) {
      const r = await runArchive(argv);
      expect({ argv, code: r.code }).toEqual({ argv, code: 2 });
      expect(r.stderr).toMatch(/error|Error/);
      expect(r.stderr).not.toMatch(/\n\s+at \S+ \(/);
    }
    // Nothing was created by a usage error (no default database appeared).
    const { existsSync } = await import('node:fs');
    expect(existsSync('data/archive.db')).toBe(false);
    const q = await runArchive(['query']);
    expect(q.stderr).toMatch(/required option '-p, --project <name>' not specified/);
  });

  it('a query on a database that does not exist says what to do', async () => {
    const tmp = tempDir();
    const r = await runArchive(['--db', join(tmp.dir, 'none.db'), 'query', '--project', 'NSR']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Error: no database at .*none\.db\nrun `archive sync <list-url>` first/);
    tmp.cleanup();
  });
});

describe('archive parse', () => {
  it('parses the reference post given as a file with a few headers on top', async () => {
    const tmp = tempDir();
    const seed = readFileSync(join(FIXTURES, 'seed/jdarcy-status-2014-10.txt'), 'utf8').split('\n').slice(5).join('\n');
    const file = join(tmp.dir, 'seed.txt');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, `Subject: [Gluster-devel] jdarcy status (October 2014)\nFrom: Jeff Darcy <jdarcy@redhat.com>\nDate: Wed, 08 Oct 2014 16:20:34 -0400\n\n${seed}`);
    const r = await runArchive(['parse', '--format', 'json', file]);
    expect(r.code).toBe(0);
    const p = JSON.parse(r.stdout);
    expect(p).toMatchObject({ subject: '[Gluster-devel] jdarcy status (October 2014)', author: 'Jeff Darcy', date: '2014-10-08T20:20:34.000Z', isReport: true });
    expect(p.sections.map((s: { title: string; isContents: boolean }) => [s.title, s.isContents])).toEqual([
      ['Contents', true], ['NSR', false], ['SSL and multi-threading', false], ['GlusterFS 4.0', false],
    ]);
    expect(p.sections[1].items).toHaveLength(5);
    expect(p.sections[1].style).toBe('equals');
    expect(p.reviews.map((x: { id: string }) => x.id)).toEqual(['8769', '8812', '8887', '8913', '8915']);
    tmp.cleanup();
  });

  it('reads an mbox on stdin and prints one JSON object per message', async () => {
    const mbox = readFileSync(join(ARCHIVES, 'pipermail/gluster-devel/2014-October.txt'), 'latin1');
    const r = await runArchive(['parse', '--format', 'json', '-'], { stdin: mbox });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(18);
    expect(lines.filter((x) => x.isReport).map((x) => x.subject)).toContain('[Gluster-devel] jdarcy status (October 2014)');
    // A reply quoting the report is not a report.
    const replies = lines.filter((x) => /jdarcy status \(October 2014\)/.test(x.subject) && !x.isReport);
    expect(replies.length).toBeGreaterThan(0);
  });

  it('a missing file is a usage error', async () => {
    const r = await runArchive(['parse', '/nonexistent/post.eml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Error: cannot read /nonexistent/post.eml: no such file\n');
  });
});

describe('sync options', () => {
  let server: FixtureServer;
  beforeAll(async () => { server = await startFixtureServer({ root: ARCHIVES }); });
  afterAll(async () => { await server.close(); });

  it('accepts the list root without its slash or as index.html, and registers it once', async () => {
    const tmp = tempDir();
    expect((await runArchive(['--db', tmp.db, 'sync', ...FAST, `${server.url}/pipermail/weekly-dev`])).code).toBe(0);
    expect((await runArchive(['--db', tmp.db, 'sync', ...FAST, `${server.url}/pipermail/weekly-dev/index.html`])).code).toBe(0);
    const s = JSON.parse((await runArchive(['--db', tmp.db, 'status', '--format', 'json'])).stdout);
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ list: 'weekly-dev', url: `${server.url}/pipermail/weekly-dev/`, periods: 4, messages: 10 });
    tmp.cleanup();
  });

  it('--dry-run lists the periods it would fetch and stores nothing', async () => {
    const tmp = tempDir();
    server.resetLog();
    const r = await runArchive(['--db', tmp.db, 'sync', ...FAST, '--dry-run', `${server.url}/pipermail/gluster-devel/`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^gluster-devel: 7 period\(s\) would be fetched\n {2}2015-March {2}\(new\)/);
    // robots.txt, then the archive table: nothing else.
    expect(server.requests.map((q) => q.path)).toEqual(['/robots.txt', '/pipermail/gluster-devel/']);
    // Not even a database file (issue 10).
    expect(existsSync(tmp.db)).toBe(false);
    tmp.cleanup();
  });

  it('--max-requests stops the run, reports it, and the next run completes the job', async () => {
    const tmp = tempDir();
    const url = `${server.url}/pipermail/gluster-devel/`;
    const r = await runArchive(['--db', tmp.db, 'sync', ...FAST, '--max-requests', '5', url]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/budget|max-requests/i);
    const again = await runArchive(['--db', tmp.db, 'sync', ...FAST, '--json']);
    expect(again.code).toBe(0);
    const s = JSON.parse((await runArchive(['--db', tmp.db, 'stats', '--format', 'json'])).stdout);
    expect(s.messages).toBe(99);
    tmp.cleanup();
  });

  it('--quiet prints nothing on success; --json prints a summary for scripts', async () => {
    const tmp = tempDir();
    const url = `${server.url}/pipermail/weekly-dev/`;
    const quiet = await runArchive(['--db', tmp.db, 'sync', ...FAST, '--quiet', url]);
    expect(quiet).toEqual({ code: 0, stdout: '', stderr: '' });
    const json = JSON.parse((await runArchive(['--db', tmp.db, 'sync', ...FAST, '--json'])).stdout);
    expect(json).toMatchObject({ ok: true, newMessages: 0, lists: [{ list: 'weekly-dev', newMessages: 0, failures: [] }] });
    expect(json.requests).toBeLessThanOrEqual(2);
    tmp.cleanup();
  });
});

describe('messages stored but not indexed (a run killed between the two)', () => {
  it('are indexed by the next sync, even when it finds nothing new', async () => {
    const server = await startFixtureServer({ root: ARCHIVES });
    const tmp = tempDir();
    const url = `${server.url}/pipermail/gluster-devel/`;
    await runArchive(['--db', tmp.db, 'sync', ...FAST, url]);
    // Our connection: deleting search texts tells FTS5 what it indexed (the SQL function unpack_text, migration 13).
    const rw = openDatabase(tmp.db);
    const reportsBefore = rw.prepare('SELECT COUNT(*) AS n FROM analyses WHERE is_report = 1').get();
    // What a run killed after committing 2014-October and before indexing it leaves: its messages
    // stored, listed as pending, with no derived rows.
    rw.exec("DELETE FROM search_docs; DELETE FROM mentions; DELETE FROM refs; DELETE FROM items; DELETE FROM sections; DELETE FROM analyses WHERE message_rowid IN (SELECT id FROM messages WHERE period = '2014-October'); INSERT INTO pending_index SELECT id FROM messages WHERE period = '2014-October'");
    rw.close();
    expect((await runArchive(['--db', tmp.db, 'sync', ...FAST])).code).toBe(0);
    const d = new Database(tmp.db, { readonly: true });
    expect(d.prepare('SELECT COUNT(*) AS n FROM analyses').get()).toEqual({ n: 99 });
    expect(d.prepare("SELECT COUNT(*) AS n FROM analyses a JOIN messages m ON m.id = a.message_rowid WHERE a.is_report = 1 AND m.period = '2014-October'").get()).toEqual({ n: 3 });
    expect(reportsBefore).toEqual({ n: 15 });
    d.close();
    await server.close();
    tmp.cleanup();
  });
});

describe('archive reindex', () => {
  it('rebuilds every derived row from the stored raw messages, identical to what sync derived', async () => {
    const server = await startFixtureServer({ root: ARCHIVES });
    const tmp = tempDir();
    await runArchive(['--db', tmp.db, 'sync', ...FAST, `${server.url}/pipermail/gluster-devel/`]);
    await server.close();
    const dump = () => {
      const d = new Database(tmp.db, { readonly: true });
      const out = {
        analyses: d.prepare('SELECT message_rowid, is_report, r.reason FROM analyses a JOIN reasons r ON r.id = a.reason_id ORDER BY message_rowid').all(),
        sections: d.prepare('SELECT message_rowid, ord, title, project_key, style, start_line, end_line FROM sections ORDER BY message_rowid, ord').all(),
        items: d.prepare('SELECT s.message_rowid, s.ord, i.ord AS iord, i.text, i.label, i.urls, i.start_line FROM items i JOIN sections s ON s.id = i.section_id ORDER BY 1, 2, 3, i.id').all(),
        refs: d.prepare('SELECT s.message_rowid, r.ref_key, r.status FROM refs r JOIN sections s ON s.id = r.section_id ORDER BY 1, r.id').all(),
        projectGroups: d.prepare('SELECT * FROM project_groups ORDER BY project_key').all(),
        projectSummaries: d.prepare('SELECT * FROM project_summaries ORDER BY group_key').all(),
        projectReports: d.prepare('SELECT * FROM project_reports ORDER BY group_key, ord').all(),
        projectDirty: d.prepare('SELECT * FROM project_dirty').all(),
      };
      d.close();
      return out;
    };
    const before = dump();
    expect(before.analyses).toHaveLength(99);
    expect(before.projectReports.length).toBeGreaterThan(10);
    expect(before.projectDirty).toEqual([]);
    const r = await runArchive(['--db', tmp.db, 'reindex']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^reindexed 99 messages: reports 15 -> 15 \(\+0 -0\), items (\d+) -> \1, 0 section\(s\) changed, 0 unparsed$/m);
    expect(dump()).toEqual(before);
    // the search index written again from empty answers as the one kept in place
    const search = async () => (await runArchive(['--db', tmp.db, 'search', '--sort', 'relevance', '-n', '50', 'status'])).stdout;
    const kept = await search();
    expect(kept).toContain('status');
    const rebuilt = await runArchive(['--db', tmp.db, 'reindex', '--rebuild-search']);
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    expect(dump()).toEqual(before);
    expect(await search()).toBe(kept);
    tmp.cleanup();
  });

  it('says when it brings a database up to a newer schema, which can take a while', async () => {
    const tmp = tempDir();
    writeOlderDatabase(tmp.db);
    const first = await runArchive(['--db', tmp.db, 'stats']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain(`note: upgrading ${tmp.db} from schema version ${SCHEMA_VERSION - 1} to ${SCHEMA_VERSION} (once; on a big archive this takes a minute or more)`);
    expect((await runArchive(['--db', tmp.db, 'stats'])).stderr).not.toContain('upgrading');
    tmp.cleanup();
  });

  it('says when the database was indexed by an older parser, until a reindex reads it again', async () => {
    const server = await startFixtureServer({ root: ARCHIVES });
    const tmp = tempDir();
    await runArchive(['--db', tmp.db, 'sync', ...FAST, `${server.url}/pipermail/gluster-devel/`]);
    await server.close();
    const current = await runArchive(['--db', tmp.db, 'projects']);
    expect(current.stderr).not.toContain('parser version');
    // as a database indexed before this parser was released looks
    const d = new Database(tmp.db);
    d.prepare('UPDATE project_summaries SET parser_version = parser_version - 1').run();
    d.close();
    const older = await runArchive(['--db', tmp.db, 'projects']);
    expect(older.code).toBe(0);
    expect(older.stderr).toMatch(/^note: this database was indexed by parser version \d+ \(this archive has version \d+\): run `archive reindex`/m);
    expect(older.stdout).toBe(current.stdout);
    expect((await runArchive(['--db', tmp.db, 'reindex'])).code).toBe(0);
    expect((await runArchive(['--db', tmp.db, 'projects'])).stderr).not.toContain('parser version');
    tmp.cleanup();
  });
});
