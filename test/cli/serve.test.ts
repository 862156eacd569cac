/**
 * Issue 14 from the command line: `archive query --format svg|html` writes the timeline the web
 * view draws, and `archive serve` (the real bin, dist/) prints its URL, warns when it listens
 * beyond loopback, answers, and stops cleanly on SIGTERM.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { startFixtureServer } from '../../fixtures/server/fixtureServer.js';
import { runArchive, tempDir, FAST, BIN } from '../support/cli.js';
import { ARCHIVES } from '../support/fixtureArchive.js';
import { lanesOf } from '../web/support.js';

const tmp = tempDir('archive-serve-');

beforeAll(async () => {
  const server = await startFixtureServer({ root: ARCHIVES });
  try {
    const r = await runArchive(['--db', tmp.db, 'sync', ...FAST, `${server.url}/pipermail/gluster-devel/`]);
    expect(r.code).toBe(0);
  } finally {
    await server.close();
  }
});
afterAll(() => tmp.cleanup());

describe('archive query --format svg|html', () => {
  it('writes the timeline as an SVG file: one lane per item, its own style, links only to the archived posts', async () => {
    const r = await runArchive(['--db', tmp.db, 'query', '--project', 'NSR', '--format', 'svg']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="timeline"/);
    expect(r.stdout).toContain('<style>');
    expect(r.stdout).toContain('prefers-color-scheme: dark');
    const lanes = lanesOf(r.stdout);
    expect(lanes).toHaveLength(9);
    expect(lanes[3]).toEqual({ first: '2014-10', last: '2015-03', months: ['2014-10', '2014-11', '2014-12', '2015-02', '2015-03'], dropped: '' });
    expect([...r.stdout.matchAll(/<a href="([^"]+)"/g)].every((m) => /^http:\/\/127\.0\.0\.1:\d+\/pipermail\/gluster-devel\//.test(m[1]))).toBe(true);
  });

  it('writes it as a page of its own, which allows no script', async () => {
    const r = await runArchive(['--db', tmp.db, 'query', '--project', 'NSR', '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/);
    expect(r.stdout).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(lanesOf(r.stdout)).toHaveLength(9);
  });

  it('refuses svg with --diff', async () => {
    const r = await runArchive(['--db', tmp.db, 'query', '--project', 'NSR', '--format', 'svg', '--diff', '2014-10..2014-11']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/does not go with --diff/);
  });
});

function startServe(args: string[]): { stdout: () => string; stderr: () => string; exited: Promise<number | null>; kill(sig: NodeJS.Signals): void; url: Promise<string> } {
  const child = spawn(process.execPath, [BIN, '--db', tmp.db, 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let found: (u: string) => void;
  const url = new Promise<string>((res) => { found = res; });
  child.stdout.on('data', (c) => {
    out += c;
    const m = /at (http:\/\/\S+?)\/ /.exec(out);
    if (m) found(m[1]);
  });
  child.stderr.on('data', (c) => { err += c; });
  return {
    stdout: () => out, stderr: () => err, url,
    exited: new Promise((res) => child.on('exit', (code) => res(code))),
    kill: (sig) => child.kill(sig),
  };
}

describe('archive serve', () => {
  it('listens on 127.0.0.1, answers, and stops cleanly on SIGTERM', async () => {
    const s = startServe(['--port', '0']);
    const url = await s.url;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(s.stderr()).toBe('');
    const res = await fetch(url + '/project/NSR');
    expect(res.status).toBe(200);
    expect(lanesOf(await res.text())).toHaveLength(9);
    s.kill('SIGTERM');
    expect(await s.exited).toBe(0);
    expect(s.stdout()).toContain('stopped (SIGTERM)');
  });

  it('warns when told to listen on every address', async () => {
    const s = startServe(['--port', '0', '--host', '0.0.0.0']);
    const url = await s.url;
    expect(s.stderr()).toMatch(/^warning: listening on 0\.0\.0\.0: anyone who can reach this machine/);
    expect((await fetch(url + '/')).status).toBe(200);
    s.kill('SIGINT');
    expect(await s.exited).toBe(0);
  });

  it('rejects a malformed port as a usage error', async () => {
    const r = await runArchive(['--db', tmp.db, 'serve', '--port', '70000']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/expected a port from 0 to 65535/);
  });
});
