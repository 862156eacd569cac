import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHttpClient, type HttpClient } from '../../src/crawl/http.js';
import { FetchError } from '../../src/crawl/errors.js';
import { startServer, withRobots, type Handler, type TestServer } from './servers.js';

const REAL = new URL('../../fixtures/pipermail/real/twistedmatrix.com/twisted-python/', import.meta.url);
const page = readFileSync(new URL('2020-January/065000.html', REAL));
const LIST = '/pipermail/twisted-python/';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function server(handler: Handler, robots: string | null = null): Promise<TestServer> {
  const s = await startServer(withRobots(robots, handler));
  cleanups.push(() => s.close());
  return s;
}

type Init = Parameters<typeof createHttpClient>[0];
function client(s: TestServer, extra: Partial<Init> = {}): HttpClient {
  const c = createHttpClient({ allowedPrefixes: [`${s.origin}${LIST}`], userAgent: 'archive/0.1 (+test)', minDelayMs: 0, backoffMs: 10, ...extra });
  cleanups.push(() => c.close());
  return c;
}

async function rejection(p: Promise<unknown>): Promise<FetchError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FetchError);
  return err as FetchError;
}

describe('size cap', () => {
  it('aborts an endless body with E_TOO_LARGE once it passes maxBytes', async () => {
    let written = 0;
    let closedByClient = false;
    const s = await server((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' }); // chunked, no length
      const chunk = Buffer.alloc(64 * 1024, 'From nobody  Mon Jan  1 00:00:00 2020\n');
      const pump = () => {
        while (!res.destroyed && res.write(chunk)) written += chunk.length;
        if (!res.destroyed) res.once('drain', pump);
      };
      res.on('close', () => (closedByClient = true));
      pump();
    });
    const c = client(s, { maxBytes: 1024 * 1024 });
    const err = await rejection(c.get(`${s.origin}${LIST}2020-January.txt`));
    expect(err.code).toBe('E_TOO_LARGE');
    expect(err.attempts).toBe(1);
    expect(c.stats().bytes).toBeLessThan(2 * 1024 * 1024);
    await new Promise((r) => setTimeout(r, 50));
    expect(closedByClient).toBe(true);
    expect(written).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses a declared Content-Length above the cap without reading it', async () => {
    const s = await server((_req, res) => {
      res.writeHead(200, { 'content-length': 10 * 1024 * 1024 });
      res.write(Buffer.alloc(1024));
    });
    const c = client(s, { maxBytes: 1024 * 1024 });
    const err = await rejection(c.get(`${s.origin}${LIST}2020-January.txt`));
    expect(err.code).toBe('E_TOO_LARGE');
    expect(c.stats().retries).toBe(0);
  });
});

describe('per-host concurrency', () => {
  it('never has more than `concurrency` requests in flight to one host', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const s = await server((_req, res) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      setTimeout(() => {
        inFlight--;
        res.writeHead(200, { 'content-length': page.length }).end(page);
      }, 30);
    });
    const c = client(s, { concurrency: 3 });
    const urls = Array.from({ length: 15 }, (_, i) => `${s.origin}${LIST}2020-January/${String(64990 + i).padStart(6, '0')}.html`);
    const results = await Promise.all(urls.map((u) => c.get(u)));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(s.pages()).toHaveLength(15);
    expect(maxInFlight).toBeLessThanOrEqual(3);
    expect(maxInFlight).toBeGreaterThan(1); // it does run in parallel
  });

  it('with concurrency 1 requests reach the server one at a time, in call order', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const s = await server((_req, res) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      setTimeout(() => {
        inFlight--;
        res.writeHead(200).end('ok');
      }, 5);
    });
    const c = client(s, { concurrency: 1, minDelayMs: 5 });
    const paths = ['a.html', 'b.html', 'c.html', 'd.html'].map((p) => `${LIST}2020-January/${p}`);
    await Promise.all(paths.map((p) => c.get(`${s.origin}${p}`)));
    expect(maxInFlight).toBe(1);
    expect(s.pages().map((q) => q.path)).toEqual(paths);
  });
});

describe('robots.txt', () => {
  const robots = [
    '# pipermail host',
    'User-agent: *',
    'Disallow: /pipermail/twisted-python/attachments/',
    'Disallow: /mailman/',
    '',
  ].join('\n');

  it('refuses a disallowed path with E_ROBOTS, fetches robots.txt once per host', async () => {
    const s = await server((_req, res) => res.writeHead(200).end(page), robots);
    const c = client(s);
    await c.get(`${s.origin}${LIST}2020-January/065000.html`);
    await c.get(`${s.origin}${LIST}2020-January/064999.html`);
    const err = await rejection(c.get(`${s.origin}${LIST}attachments/20200112/00697b8b/attachment.htm`));
    expect(err.code).toBe('E_ROBOTS');
    expect(s.seen.map((q) => q.path)).toEqual([
      '/robots.txt',
      `${LIST}2020-January/065000.html`,
      `${LIST}2020-January/064999.html`,
    ]);
  });

  it('can be overridden with respectRobots: false', async () => {
    const s = await server((_req, res) => res.writeHead(200).end('attachment'), robots);
    const c = client(s, { respectRobots: false });
    const r = await c.get(`${s.origin}${LIST}attachments/20200112/00697b8b/attachment.htm`);
    expect(r.status).toBe(200);
    expect(s.seen.map((q) => q.path)).toEqual([`${LIST}attachments/20200112/00697b8b/attachment.htm`]);
  });

  it('a group for our agent token takes precedence over *', async () => {
    const s = await server((_req, res) => res.writeHead(200).end(page), 'User-agent: *\nDisallow: /\n\nUser-agent: archive\nAllow: /pipermail/\n');
    const c = client(s);
    expect((await c.get(`${s.origin}${LIST}`)).status).toBe(200);
  });

  it('a missing robots.txt (404) allows everything', async () => {
    const s = await server((_req, res) => res.writeHead(200).end(page), null);
    const c = client(s);
    expect((await c.get(`${s.origin}${LIST}attachments/x/y/attachment.htm`)).status).toBe(200);
    expect(s.seen[0]!.path).toBe('/robots.txt');
  });

  it('a robots.txt that keeps failing with 5xx fails every fetch of that run at once, and is retried on the next run', async () => {
    let robotsOk = false;
    const s = await startServer((req, res) => {
      if (req.url === '/robots.txt') {
        if (robotsOk) res.writeHead(200).end('User-agent: *\nDisallow:\n');
        else res.writeHead(500).end();
      } else res.writeHead(200).end(page);
    });
    cleanups.push(() => s.close());
    const c = client(s, { maxAttempts: 2 });
    const err = await rejection(c.get(`${s.origin}${LIST}`));
    expect(err.code).toBe('E_HTTP_RETRYABLE');
    expect(s.pages()).toHaveLength(0);
    const asked = s.seen.length;
    robotsOk = true;
    // Same run: fails at once, without asking again.
    expect((await rejection(c.get(`${s.origin}${LIST}2014-October/`))).code).toBe('E_HTTP_RETRYABLE');
    expect(s.seen.length).toBe(asked);
    // Next run (a new client): asks again, and goes on.
    expect((await client(s, { maxAttempts: 2 }).get(`${s.origin}${LIST}`)).status).toBe(200);
  });
});
