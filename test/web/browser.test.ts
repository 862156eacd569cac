/**
 * The web view in a real browser (issue 14): headless Chromium from the system's packages
 * (`apt-get install chromium`; no browser is downloaded at install), driven through its own
 * command line: `--dump-dom` gives the page as the browser built it, `--enable-logging` its
 * console (where a Content-Security-Policy violation would be reported), `--screenshot` a PNG.
 * Skipped, saying so, when no chromium binary is on PATH.
 *
 * Screenshots go to a temporary folder; with UPDATE_SCREENSHOTS=1 they replace the ones in
 * docs/screenshots/ that README shows.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, copyFileSync, mkdirSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { tmpdir } from 'node:os';
import { ROOT } from '../support/cli.js';
import { serveSampleArchive, lanesOf, type SampleView } from './support.js';
import { syncHostileArchive, type HostileDb } from '../support/hostileArchive.js';
import { startServer, type WebServer } from '../../src/web/index.js';

function findChromium(): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
      const p = join(dir, name);
      if (dir && existsSync(p)) return p;
    }
  }
  return null;
}

const CHROMIUM = findChromium();
if (!CHROMIUM) {
  console.warn('test/web/browser.test.ts skipped: no chromium binary on PATH (apt-get install chromium)');
}

const profile = mkdtempSync(join(tmpdir(), 'archive-chromium-'));
const shots = mkdtempSync(join(tmpdir(), 'archive-shots-'));

/** Run headless Chromium on a URL; resolves with its stdout and stderr (killed after 45 s). */
function chromium(args: string[], url: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(CHROMIUM!, ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-extensions',
      `--user-data-dir=${profile}`, '--enable-logging=stderr', '--v=0', ...args, url], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => { stdout += c; });
    child.stderr.on('data', (c) => { stderr += c; });
    const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Console lines reporting a Content-Security-Policy violation or a failed load of our own resources. */
function problems(stderr: string): string[] {
  return stderr.split('\n').filter((l) => /Content Security Policy|Refused to|Failed to load resource/i.test(l));
}

async function screenshot(name: string, url: string, size: string, dark = false): Promise<string> {
  const file = join(shots, `${name}.png`);
  const r = await chromium(['--hide-scrollbars', `--window-size=${size}`, `--screenshot=${file}`, ...(dark ? ['--force-dark-mode'] : [])], url);
  expect(r.code).toBe(0);
  expect(existsSync(file)).toBe(true);
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.length).toBeGreaterThan(5_000); // a blank page compresses to a few hundred bytes
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    mkdirSync(join(ROOT, 'docs', 'screenshots'), { recursive: true });
    copyFileSync(file, join(ROOT, 'docs', 'screenshots', `${name}.png`));
  }
  return file;
}

describe.skipIf(!CHROMIUM)('in headless Chromium', () => {
  let view: SampleView;
  let hostile: HostileDb;
  let evil: WebServer;
  beforeAll(async () => {
    view = await serveSampleArchive();
    hostile = await syncHostileArchive();
    evil = await startServer({ dbPath: hostile.db, host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await view?.close();
    await evil?.close();
    await hostile?.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(shots, { recursive: true, force: true });
  });

  it('builds the projects page with NSR under JBR, and no policy violation', async () => {
    const r = await chromium(['--dump-dom'], view.web.url + '/');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<a href="/project/JBR">JBR</a>');
    expect(r.stdout).toContain('also NSR');
    expect(problems(r.stderr)).toEqual([]);
  });

  it('draws one timeline lane per item with the right months, styled by our stylesheet only', async () => {
    const r = await chromium(['--dump-dom'], view.web.url + '/project/NSR');
    expect(r.code).toBe(0);
    const lanes = lanesOf(r.stdout);
    expect(lanes).toHaveLength(9);
    expect(lanes.map((l) => `${l.first}..${l.last}`)).toEqual([
      '2014-10..2014-11', '2014-10..2014-11', '2014-10..2014-11', '2014-10..2015-03', '2014-10..2014-12',
      '2014-11..2015-02', '2014-12..2015-03', '2015-02..2015-03', '2015-03..2015-03',
    ]);
    expect(r.stdout).toMatch(/<g class="month nomonth" data-month="2015-01" data-reports="0">/);
    expect(problems(r.stderr)).toEqual([]);
  });

  it('renders a hostile subject and items as text: no element made from mail', async () => {
    for (const path of ['/message?id=evil-1@example.org', '/project/EVIL', '/search?q=alert']) {
      const r = await chromium(['--dump-dom'], evil.url + path);
      expect(r.code, path).toBe(0);
      expect(r.stdout, path).not.toMatch(/<script|<img/i);
      expect(r.stdout, path).toContain('&lt;script&gt;');
      expect(problems(r.stderr), path).toEqual([]);
    }
    const msg = await chromium(['--dump-dom'], evil.url + '/message?id=evil-1@example.org');
    expect(msg.stdout).toContain('<h1>[Evil-devel] mallory status ␛]0;pwned␇(October 2014)␛[2J</h1>');
  });

  it('takes screenshots of the pages, light and dark', async () => {
    await screenshot('projects', view.web.url + '/', '1000,640');
    await screenshot('project-timeline', view.web.url + '/project/NSR', '1000,780');
    await screenshot('project-timeline-dark', view.web.url + '/project/NSR', '1000,780', true);
    await screenshot('message', view.web.url + '/message?id=917183.2610.1412799634282.JavaMail.zimbra%40redhat.com&lines=30-40', '1000,760');
    await screenshot('search', view.web.url + '/search?q=etcd&reports=1', '1000,540');
    const shot = statSync(join(shots, 'project-timeline.png'));
    expect(shot.size).toBeLessThan(400_000);
  });
});
