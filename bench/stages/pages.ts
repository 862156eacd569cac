/**
 * Web page timings on the big database (issue 14: pages answer in < 200 ms): the real
 * `archive serve` runs as a child process on 127.0.0.1 and this process asks it for each page,
 * one request at a time, after one warm-up request; the time is from sending the request to the
 * last byte of the page.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import os from 'node:os';
import { TIMED_ENV, type BenchContext } from '../context.js';
import { spread, type Spread } from '../measure/stats.js';
import { openDatabase } from '../../src/store/index.js';
import { projectHistory } from '../../src/query/index.js';

export interface PageFigure {
  page: string;
  path: string;
  wallMs: Spread;
  status: number;
  bytes: number;
  load: Spread;
}

function get(url: string): Promise<{ status: number; bytes: number; ms: number }> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    http.get(url, { agent: false }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => { bytes += c.length; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, ms: Number(process.hrtime.bigint() - t0) / 1e6 }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

/** Start `archive serve --port 0` on the database; resolves with its URL and a stop function. */
function serve(ctx: BenchContext, db: string): Promise<{ url: string; stop: () => Promise<void> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ctx.cli, '--db', db, 'serve', '--port', '0'], { env: { ...TIMED_ENV, NO_COLOR: '1', ARCHIVE_DB: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const stop = () => new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
    const timer = setTimeout(() => { void stop(); reject(new Error(`archive serve did not start within 60 s: ${err.slice(-500)}`)); }, 60_000);
    child.stderr.on('data', (c: Buffer) => { err += c.toString(); });
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], stop });
      }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`archive serve exited (${code}): ${err.slice(-500)}`)); });
  });
}

export async function pages(ctx: BenchContext, db: string, project: string, word: string): Promise<PageFigure[]> {
  const runs = ctx.quick ? 3 : Math.max(5, ctx.runs);
  const conn = openDatabase(db, { readonly: true });
  let month: string | undefined;
  let messageId: string | undefined;
  try {
    month = (conn.prepare(`SELECT substr(m.date, 1, 7) AS month FROM analyses a JOIN messages m ON m.id = a.message_rowid
      WHERE a.is_report = 1 AND m.date IS NOT NULL ORDER BY m.date DESC LIMIT 1`).get() as { month: string } | undefined)?.month;
    // The newest report of the project: the message page a reader reaches from its project page.
    messageId = projectHistory(conn, { project }).reports.filter((r) => r.messageId).at(-1)?.messageId ?? undefined;
  } finally {
    conn.close();
  }
  const wanted: Array<[string, string]> = [
    ['projects page', '/'],
    [`project page (${project})`, `/project/${encodeURIComponent(project)}`],
  ];
  if (month) wanted.push([`month page (${month})`, `/month/${month}`]);
  wanted.push([`search page (${word}, top 20)`, `/search?q=${encodeURIComponent(word)}`]);
  if (messageId) wanted.push([`message page (${project}'s newest report)`, `/message?id=${encodeURIComponent(messageId)}`]);
  const server = await serve(ctx, db);
  const out: PageFigure[] = [];
  try {
    for (const [page, path] of wanted) {
      const first = await get(server.url + path);
      const xs: number[] = [], load: number[] = [];
      for (let i = 0; i < runs; i++) {
        load.push(os.loadavg()[0]);
        xs.push((await get(server.url + path)).ms);
      }
      out.push({ page, path, wallMs: spread(xs), status: first.status, bytes: first.bytes, load: spread(load) });
    }
  } finally {
    await server.stop();
  }
  return out;
}
