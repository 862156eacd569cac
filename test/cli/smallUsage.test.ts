/**
 * Issue 10, item 12: smaller usage defects, each reproduced through the program factory.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { startFixtureServer, type FixtureServer } from '../../fixtures/server/fixtureServer.js';
import { runArchive, tempDir, FAST, ROOT } from '../support/cli.js';
import { ARCHIVES } from '../support/fixtureArchive.js';

let server: FixtureServer;
const tmp = tempDir('archive-usage-');
const archive = (...args: string[]) => runArchive(['--db', tmp.db, ...args]);

beforeAll(async () => {
  server = await startFixtureServer({ root: ARCHIVES });
  const r = await archive('sync', ...FAST, `${server.url}/pipermail/gluster-devel/`);
  expect(r.code).toBe(0);
});
afterAll(async () => {
  await server.close();
  tmp.cleanup();
});

describe('search: excluding a word that looks like an option', () => {
  it('`search etcd -nfs` is a usage error that says to use --', async () => {
    const r = await archive('search', 'etcd', '-nfs');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('To exclude the word "-nfs", put the query after --: archive search -- WORDS -nfs');
  });

  it('after --, -nfs is an excluded word', async () => {
    const all = JSON.parse((await archive('search', '--format', 'json', '--', 'etcd')).stdout) as unknown[];
    const r = await archive('search', '--format', 'json', '--', 'etcd', '-nfs');
    expect(r.code, r.stderr).toBe(0);
    const some = JSON.parse(r.stdout) as Array<{ snippet: string }>;
    expect(some.length).toBeGreaterThan(0);
    expect(some.length).toBeLessThanOrEqual(all.length);
    const help = await archive('search', '--help');
    expect(help.stdout).toContain('archive search --reports-only -- etcd -nfs');
  });
});

describe('numbers and files in options', () => {
  it('--limit beyond 2^53 is a usage error', async () => {
    const r = await archive('search', 'etcd', '--limit', '99999999999999999999');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/99999999999999999999 is too large/);
    expect(r.stderr).not.toMatch(/looks like a bug/);
  });

  it('--aliases naming a folder, or a file that is not there, is a usage error', async () => {
    const d = await archive('--aliases', tmp.dir, 'query', '--project', 'NSR');
    expect(d.code).toBe(2);
    expect(d.stderr).toMatch(/^Error: .* is not a file: give --aliases a file/);
    const m = await archive('--aliases', join(tmp.dir, 'nope.conf'), 'query', '--project', 'NSR');
    expect(m.code).toBe(2);
    expect(m.stderr).toMatch(/^Error: no aliases file at .*nope\.conf/);
  });

  it('a malformed aliases file is an error naming the file and line', async () => {
    const f = join(tmp.dir, 'bad.conf');
    writeFileSync(f, '# aliases\nNSR = JBR\nthis line has no equals sign\n');
    for (const cmd of [['query', '--project', 'NSR'], ['month', '2014-10'], ['reviews'], ['export', '--format', 'jsonl']]) {
      const r = await archive('--aliases', f, ...cmd);
      expect(r.code, cmd.join(' ')).toBe(2);
      expect(r.stderr).toBe(`Error: ${f}:3: expected "NAME = OTHER" (e.g. NSR = JBR), got "this line has no equals sign"\n`);
    }
    writeFileSync(f, 'NSR = \n');
    expect((await archive('--aliases', f, 'query', '--project', 'NSR')).stderr).toMatch(/bad\.conf:1: expected/);
    // The default aliases.conf beside the database is optional, and used when there.
    writeFileSync(join(tmp.dir, 'aliases.conf'), 'NSR = JBR\n');
    expect((await archive('query', '--project', 'NSR')).code).toBe(0);
  });
});

describe('archive with no arguments', () => {
  it('prints the help on stderr and exits 2', async () => {
    const r = await runArchive([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Usage: archive \[options\] \[command\]/);
    expect(r.stderr).toContain('Commands:');
  });

  it('`archive help` and `--help` still exit 0', async () => {
    expect((await runArchive(['help'])).code).toBe(0);
    expect((await runArchive(['--help'])).code).toBe(0);
  });
});

describe('sync --dry-run', () => {
  it('creates no database file', async () => {
    const t = tempDir('archive-dry-');
    mkdirSync(join(t.dir, 'data'));
    const db = join(t.dir, 'data', 'new.db');
    const r = await runArchive(['--db', db, 'sync', ...FAST, '--dry-run', `${server.url}/pipermail/gluster-devel/`]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^gluster-devel: \d+ period\(s\) would be fetched/);
    expect(existsSync(db)).toBe(false);
    expect(existsSync(`${db}-wal`)).toBe(false);
    t.cleanup();
  });
});

describe('parse', () => {
  it('inflates a .txt.gz period archive', async () => {
    const txt = join(ARCHIVES, 'pipermail/gluster-devel/2014-October.txt');
    const gz = join(tmp.dir, '2014-October.txt.gz');
    writeFileSync(gz, gzipSync(readFileSync(txt)));
    const plain = await runArchive(['parse', '--format', 'json', txt]);
    const zipped = await runArchive(['parse', '--format', 'json', gz]);
    expect(zipped.code, zipped.stderr).toBe(0);
    expect(zipped.stdout).toBe(plain.stdout);
    expect(zipped.stdout.split('\n').length).toBeGreaterThan(2);
  });

  it('a damaged gzip is a clear input error', async () => {
    const gz = join(tmp.dir, 'broken.txt.gz');
    writeFileSync(gz, gzipSync(Buffer.from('From x\n'.repeat(1000))).subarray(0, 40));
    const r = await runArchive(['parse', gz]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Error: cannot decompress .*broken\.txt\.gz/);
  });
});

describe('README and repository', () => {
  it("the cron line runs a file that exists after npm ci's build", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).not.toContain('./node_modules/.bin/archive');
    const cron = readme.split('\n').find((l) => /^17 \* \* \* \*/.test(l))!;
    const bin = /node (\S+\.js) sync/.exec(cron)![1];
    expect(existsSync(join(ROOT, bin))).toBe(true);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: { archive: string } };
    expect(pkg.bin.archive).toBe(bin);
  });

  it('logs under data/ are git-ignored', () => {
    const out = execFileSync('git', ['check-ignore', 'data/sync.log', 'data/archive.db'], { cwd: ROOT, encoding: 'utf8' });
    expect(out.trim().split('\n')).toEqual(['data/sync.log', 'data/archive.db']);
  });
});
