/** The web view over the sample archive (fixtures/archives, what `npm run demo` syncs), served in process on an ephemeral port. */
import { join } from 'node:path';
import { request } from 'node:http';
import { startFixtureServer, type FixtureServer } from '../../fixtures/server/fixtureServer.js';
import { runArchive, tempDir, FAST } from '../support/cli.js';
import { ARCHIVES } from '../support/fixtureArchive.js';
import { startServer, type WebServer } from '../../src/web/index.js';

export interface SampleView {
  web: WebServer;
  db: string;
  close(): Promise<void>;
}

/** Sync the three sample lists into a fresh database, then serve it read-only on 127.0.0.1:0. */
export async function serveSampleArchive(): Promise<SampleView> {
  const tmp = tempDir('archive-web-');
  const fixtures: FixtureServer = await startFixtureServer({ root: ARCHIVES });
  try {
    const lists = ['gluster-devel', 'gluster-users', 'weekly-dev'].map((l) => `${fixtures.url}/pipermail/${l}/`);
    const r = await runArchive(['--db', tmp.db, 'sync', ...FAST, ...lists]);
    if (r.code !== 0) throw new Error(`sync of the sample archive failed (${r.code}): ${r.stderr}`);
  } finally {
    await fixtures.close();
  }
  const web = await startServer({ dbPath: tmp.db, host: '127.0.0.1', port: 0 });
  return { web, db: tmp.db, close: async () => { await web.close(); tmp.cleanup(); } };
}

/** A raw request with headers fetch will not send (Host), answering status, headers and body. */
export function rawRequest(url: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** The lanes of a timeline SVG: first and last month, the months mentioned, the month it was dropped. */
export function lanesOf(svg: string): Array<{ first: string; last: string; months: string[]; dropped: string }> {
  return [...svg.matchAll(/<g class="lane" data-first="([^"]*)" data-last="([^"]*)" data-months="([^"]*)" data-dropped="([^"]*)">/g)]
    .map((m) => ({ first: m[1], last: m[2], months: m[3].split(' '), dropped: m[4] }));
}

export { join };
