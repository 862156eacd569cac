/**
 * Every example in `archive --help` and each command's `--help` runs as written on the demo
 * database (the bundled sample archive, synced): a user who copies one gets an answer, not an
 * error. Examples that need the network (a list URL) or change the database are only parsed.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../fixtures/server/fixtureServer.js';
import { runArchive, tempDir, FAST } from '../support/cli.js';
import { ARCHIVES, LISTS } from '../support/fixtureArchive.js';

let server: FixtureServer;
const tmp = tempDir();

beforeAll(async () => {
  server = await startFixtureServer({ root: ARCHIVES });
  const r = await runArchive(['--db', tmp.db, 'sync', ...FAST, ...LISTS.map((l) => `${server.url}/pipermail/${l}/`)]);
  expect(r.code).toBe(0);
});
afterAll(async () => {
  await server.close();
  tmp.cleanup();
});

/** Split an example line the way a shell would (quotes kept together, `#` comments dropped). */
function words(line: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null) {
    if (m[3]?.startsWith('#') || m[3] === '|' || m[3]?.startsWith('>')) break; // a comment, a pipe or a redirection ends the command
    out.push(m[1] ?? m[2] ?? m[3]);
  }
  return out;
}

async function examples(): Promise<string[][]> {
  const top = await runArchive(['--help']);
  const commands = [...top.stdout.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]).filter((c) => c !== 'help');
  const lines: string[] = [...top.stdout.matchAll(/^\s+\$ archive (.+)$/gm)].map((m) => m[1]);
  for (const c of commands) {
    const h = await runArchive([c, '--help']);
    lines.push(...[...h.stdout.matchAll(/^\s+\$ archive (.+)$/gm)].map((m) => m[1]));
  }
  return lines.map(words);
}

describe('help examples', () => {
  it('every command shows at least one example', async () => {
    const top = await runArchive(['--help']);
    const commands = [...top.stdout.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]).filter((c) => c !== 'help');
    expect(commands.length).toBeGreaterThan(10);
    for (const c of commands) expect((await runArchive([c, '--help'])).stdout, c).toMatch(/\$ archive /);
  });

  it('run as written on the demo database', async () => {
    const all = await examples();
    // `serve` runs until stopped: test/cli/serve.test.ts starts and stops it.
    const runnable = all.filter((w) => !w.some((x) => /^https?:\/\//.test(x)) && !['sync', 'import', 'parse', 'reindex'].includes(w[0]) && !w.includes('serve') &&
      !(w[0] === 'lists' && w[1] === 'remove') && !(w[0] === 'series' && w.some((x) => /^--(include|exclude|clear)$/.test(x))));
    expect(runnable.length).toBeGreaterThan(15);
    const failed: string[] = [];
    for (const w of runnable) {
      const r = await runArchive(['--db', tmp.db, ...w]);
      if (r.code !== 0) failed.push(`archive ${w.join(' ')} -> ${r.code}: ${r.stderr.split('\n')[0]}`);
    }
    expect(failed).toEqual([]);
  });
});
