/**
 * Issue 13 item 5: a host's index of lists, a Mailman 2 `.../pipermail/` listing or a HyperKitty
 * `.../archives/`, registers every list in it (or those `--match GLOB` chooses), each synced and
 * shown by `archive lists` with its kind.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFixtureServer, type FixtureServer } from '../../fixtures/server/fixtureServer.js';
import { apacheIndex } from '../../fixtures/server/pipermailIndex.js';
import { startHyperKittyServer, hkMessageFromEml, type HyperKittyServer } from '../../fixtures/server/hyperkittyServer.js';
import { runArchive, tempDir, FAST, FIXTURES } from '../support/cli.js';
import { ARCHIVES, LISTS } from '../support/fixtureArchive.js';
import { query } from '../support/killedSync.js';

describe('a Mailman 2 host\'s index of lists (.../pipermail/)', () => {
  let server: FixtureServer;
  const site = tempDir('pipermail-index-');
  beforeAll(async () => {
    mkdirSync(join(site.dir, 'pipermail'));
    writeFileSync(join(site.dir, 'pipermail', 'index.html'), apacheIndex([...LISTS]));
    const mounts = Object.fromEntries(LISTS.map((l) => [`/pipermail/${l}/`, join(ARCHIVES, 'pipermail', l)]));
    server = await startFixtureServer({ root: site.dir, mounts });
  });
  afterAll(async () => { await server.close(); site.cleanup(); });

  it('--match chooses lists of the index: those are registered as pipermail lists and synced, the others not', async () => {
    const tmp = tempDir();
    try {
      const r = await runArchive(['--db', tmp.db, 'sync', ...FAST, '--match', 'gluster-*', `${server.url}/pipermail/`]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`gluster-devel: registered as a pipermail list (${server.url}/pipermail/gluster-devel/)\n`);
      expect(r.stdout).toContain(`gluster-users: registered as a pipermail list (${server.url}/pipermail/gluster-users/)\n`);
      expect(query(tmp.db, 'SELECT name, kind FROM lists ORDER BY name')).toEqual([{ name: 'gluster-devel', kind: 'pipermail' }, { name: 'gluster-users', kind: 'pipermail' }]);
      const lists = await runArchive(['--db', tmp.db, 'lists']);
      expect(lists.stdout.trim().split('\n').map((l) => l.split(/\s{2,}/).slice(0, 2))).toEqual([
        [`${server.url}/pipermail/gluster-devel/`, 'pipermail'], [`${server.url}/pipermail/gluster-users/`, 'pipermail']]);
      // A later cron run re-syncs the registered lists, not the index.
      server.resetLog();
      expect((await runArchive(['--db', tmp.db, 'sync', ...FAST])).code).toBe(0);
      expect(server.requests.some((q) => q.path === '/pipermail/')).toBe(false);
    } finally {
      tmp.cleanup();
    }
  });

  it('without --match every list of the index (a dry run plans each and stores nothing)', async () => {
    const tmp = tempDir();
    try {
      const r = await runArchive(['--db', tmp.db, 'sync', ...FAST, '--dry-run', `${server.url}/pipermail`]);
      expect(r.code).toBe(0);
      expect(r.stdout.split('\n').filter((l) => /would be fetched/.test(l)).map((l) => l.split(':')[0])).toEqual([...LISTS]);
    } finally {
      tmp.cleanup();
    }
  });

  it('a --match that keeps nothing, --match without an index, an index with no lists: one-line errors', async () => {
    const tmp = tempDir();
    try {
      const none = await runArchive(['--db', tmp.db, 'sync', ...FAST, '--match', 'nope*', `${server.url}/pipermail/`]);
      expect(none.code).toBe(1);
      expect(none.stderr).toBe(`error: ${server.url}/pipermail/: no list in this index matches nope*\n`);
      const noIndex = await runArchive(['--db', tmp.db, 'sync', '--match', 'x', `${server.url}/pipermail/weekly-dev/`]);
      expect(noIndex.code).toBe(2);
      expect(noIndex.stderr).toMatch(/--match chooses among the lists of a host's index/);
      writeFileSync(join(site.dir, 'pipermail', 'index.html'), '<html><head><title>Welcome</title></head><body>Hello</body></html>');
      const empty = await runArchive(['--db', tmp.db, 'sync', ...FAST, `${server.url}/pipermail/`]);
      expect(empty.code).toBe(1);
      expect(empty.stderr).toBe(`error: ${server.url}/pipermail/: ${server.url}/pipermail/ links to no list archive: found an HTML page titled "Welcome"\n`);
      expect(query(tmp.db, 'SELECT name FROM lists')).toEqual([]);
    } finally {
      writeFileSync(join(site.dir, 'pipermail', 'index.html'), apacheIndex([...LISTS]));
      tmp.cleanup();
    }
  });
});

describe('a HyperKitty host\'s lists (.../archives/)', () => {
  let server: HyperKittyServer;
  const dir = join(FIXTURES, 'sources', 'gluster-devel');
  const messages = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort().slice(0, 3).map((f) => hkMessageFromEml(f, readFileSync(join(dir, f))));
  const FQDNS = ['gluster-devel@lists.gluster.org', 'gluster-users@lists.gluster.org', 'infra@lists.gluster.org', 'dev@other.example.org'];
  beforeAll(async () => {
    server = await startHyperKittyServer({ lists: FQDNS.map((fqdn) => ({ fqdn, messages })), now: new Date('2014-10-15T00:00:00Z'), maxLimit: 2 });
  });
  afterAll(async () => { await server.close(); });

  it('the API\'s list of lists, page by page: the lists --match keeps are registered as HyperKitty lists', async () => {
    const tmp = tempDir();
    try {
      const r = await runArchive(['--db', tmp.db, 'sync', ...FAST, '--match', 'gluster-*', `${server.url}/archives/`]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      // Two lists a page: the API was read to its end.
      expect(server.requests.filter((q) => q.path === '/archives/api/lists/').map((q) => q.url)).toEqual([
        '/archives/api/lists/?format=json&limit=100', '/archives/api/lists/?format=json&limit=2&offset=2']);
      expect(query(tmp.db, 'SELECT url, kind FROM lists ORDER BY url')).toEqual([
        { url: server.listUrl(FQDNS[0]), kind: 'hyperkitty' }, { url: server.listUrl(FQDNS[1]), kind: 'hyperkitty' }]);
      expect(query<{ n: number }>(tmp.db, 'SELECT COUNT(*) AS n FROM messages')[0].n).toBe(2 * messages.length);
      // A glob on NAME@HOST chooses by host.
      const byHost = await runArchive(['--db', tmp.db, 'sync', ...FAST, '--dry-run', '--match', '*@other.example.org', `${server.url}/archives/api/lists/`]);
      expect(byHost.stdout).toMatch(/^dev: \d+ period\(s\) would be fetched/);
    } finally {
      tmp.cleanup();
    }
  });
});
