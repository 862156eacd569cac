/**
 * Issue 10, item 10: `archive export | head` and friends. When the reader goes away, archive
 * ends quietly with status 0 like other Unix tools, instead of an EPIPE stack trace and 1.
 * These spawn the real bin (dist/): EPIPE needs a real pipe.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { startFixtureServer, type FixtureServer } from '../../fixtures/server/fixtureServer.js';
import { runArchive, tempDir, FAST, BIN } from '../support/cli.js';
import { ARCHIVES } from '../support/fixtureArchive.js';

let server: FixtureServer;
const tmp = tempDir('archive-epipe-');

beforeAll(async () => {
  server = await startFixtureServer({ root: ARCHIVES });
  const r = await runArchive(['--db', tmp.db, 'sync', ...FAST, `${server.url}/pipermail/gluster-devel/`]);
  expect(r.code).toBe(0);
});
afterAll(async () => {
  await server.close();
  tmp.cleanup();
});

/** Run with stdout a pipe whose reader has gone: after `keep` bytes (0: before anything is written). */
function runClosed(args: string[], keep: number): Promise<{ code: number | null; signal: string | null; stderr: string; got: number }> {
  const child = spawn(process.execPath, [BIN, '--db', tmp.db, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let got = 0;
  child.stderr.on('data', (c) => { stderr += c; });
  if (keep === 0) child.stdout.destroy();
  else child.stdout.on('data', (c: Buffer) => { got += c.length; if (got >= keep) child.stdout.destroy(); });
  return new Promise((res) => child.on('close', (code, signal) => res({ code, signal, stderr, got })));
}

describe('a reader that goes away', () => {
  const commands = [
    ['export', '--format', 'jsonl'],
    ['export', '--format', 'csv'],
    ['query', '--project', 'NSR'],
    ['query', '--project', 'NSR', '--format', 'json'],
    ['search', 'status'],
    ['status'],
    ['projects'],
    ['show', '5407F961.1826918@redhat.com', '--body'],
  ];
  for (const argv of commands) {
    it(`${argv.join(' ')}: exit 0, nothing on stderr`, async () => {
      const r = await runClosed(argv, 0);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }, 30_000);
  }

  it('export | head: after some output was read too', async () => {
    const r = await runClosed(['export', '--format', 'jsonl'], 100);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  }, 30_000);

  it('a shell pipeline into head', async () => {
    const child = spawn('sh', ['-c', `"${process.execPath}" "${BIN}" --db "${tmp.db}" export --format csv | head -n 1 >/dev/null; echo "status=$?"`], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => { out += c; });
    child.stderr.on('data', (c) => { err += c; });
    await new Promise((res) => child.on('close', res));
    expect(err).toBe('');
    expect(out).toBe('status=0\n');
  }, 30_000);
});
