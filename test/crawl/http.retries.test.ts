import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHttpClient, type HttpClient } from '../../src/crawl/http.js';
import { FetchError, StopRunError } from '../../src/crawl/errors.js';
import { ArchiveError } from '../../src/errors.js';
import { startServer, withRobots, type TestServer } from './servers.js';

const REAL = new URL('../../fixtures/pipermail/real/twistedmatrix.com/twisted-python/', import.meta.url);
const page = readFileSync(new URL('2020-January/065000.html', REAL));
const LIST = '/pipermail/twisted-python/';
const PAGE = `${LIST}2020-January/065000.html`;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function server(handler: Parameters<typeof startServer>[0]): Promise<TestServer> {
  const s = await startServer(withRobots(null, handler));
  cleanups.push(() => s.close());
  return s;
}

type Init = Parameters<typeof createHttpClient>[0];
function client(s: TestServer, extra: Partial<Init> = {}): HttpClient & { retries: { delayMs: number; reason: string }[] } {
  const retries: { delayMs: number; reason: string }[] = [];
  const c = createHttpClient({
    allowedPrefixes: [`${s.origin}${LIST}`],
    userAgent: 'archive-test/0.1',
    minDelayMs: 0,
    backoffMs: 10,
    onRetry: (i) => retries.push({ delayMs: i.delayMs, reason: i.reason }),
    ...extra,
  });
  cleanups.push(() => c.close());
  return Object.assign(c, { retries });
}

async function rejection(p: Promise<unknown>): Promise<FetchError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FetchError);
  return err as FetchError;
}

const ok = (res: import('node:http').ServerResponse) => res.writeHead(200, { 'content-type': 'text/html', 'content-length': page.length }).end(page);

describe('retries', () => {
  it('retries a 500 once and then succeeds', async () => {
    const s = await server((_req, res) => {
      if (s.pages().length === 1) res.writeHead(500).end('Internal Server Error');
      else ok(res);
    });
    const c = client(s);
    const r = await c.get(`${s.origin}${PAGE}`);
    expect(r.status).toBe(200);
    expect(r.attempts).toBe(2);
    expect(r.body.equals(page)).toBe(true);
    expect(c.stats()).toMatchObject({ requests: 3, retries: 1 }); // robots.txt + 2 attempts
    expect(c.retries.map((x) => x.reason)).toEqual(['HTTP 500']);
  });

  it('gives up with E_HTTP_RETRYABLE after maxAttempts of 502', async () => {
    const s = await server((_req, res) => res.writeHead(502).end('Bad Gateway'));
    const c = client(s, { maxAttempts: 3 });
    const err = await rejection(c.get(`${s.origin}${PAGE}`));
    expect(err.code).toBe('E_HTTP_RETRYABLE');
    expect(err.status).toBe(502);
    expect(err.attempts).toBe(3);
    expect(s.pages()).toHaveLength(3);
  });

  it('retries a connection dropped mid-body (shorter than Content-Length)', async () => {
    const s = await server((_req, res) => {
      if (s.pages().length === 1) {
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': page.length });
        res.write(page.subarray(0, 200));
        setTimeout(() => res.socket?.destroy(), 20);
        return;
      }
      ok(res);
    });
    const c = client(s);
    const r = await c.get(`${s.origin}${PAGE}`);
    expect(r.attempts).toBe(2);
    expect(r.body.equals(page)).toBe(true);
  });

  it('retries a connection reset before any response', async () => {
    const s = await server((req, res) => {
      if (s.pages().length === 1) req.socket.destroy();
      else ok(res);
    });
    const c = client(s);
    const r = await c.get(`${s.origin}${PAGE}`);
    expect(r.attempts).toBe(2);
  });

  it('retries a header timeout, then gives up with E_TIMEOUT', async () => {
    const s = await server(() => {
      /* never answer */
    });
    const c = client(s, { timeoutMs: 150, maxAttempts: 2 });
    const err = await rejection(c.get(`${s.origin}${PAGE}`));
    expect(err.code).toBe('E_TIMEOUT');
    expect(err.attempts).toBe(2);
    expect(s.pages()).toHaveLength(2);
  });

  it('recovers from a body that stalls once', async () => {
    const s = await server((_req, res) => {
      if (s.pages().length === 1) {
        res.writeHead(200, { 'content-length': page.length });
        res.write(page.subarray(0, 100)); // then stall
        return;
      }
      ok(res);
    });
    const c = client(s, { timeoutMs: 150 });
    const r = await c.get(`${s.origin}${PAGE}`);
    expect(r.attempts).toBe(2);
    expect(r.body.equals(page)).toBe(true);
    expect(c.retries[0]!.reason).toMatch(/UND_ERR_BODY_TIMEOUT/);
  });

  it('does not retry 404 and 410', async () => {
    const s = await server((req, res) => res.writeHead(req.url!.endsWith('gone.html') ? 410 : 404).end('Not Found'));
    const c = client(s);
    const e404 = await rejection(c.get(`${s.origin}${LIST}2020-January/999999.html`));
    expect(e404.code).toBe('E_HTTP_NOT_FOUND');
    expect(e404.status).toBe(404);
    expect(e404.attempts).toBe(1);
    const e410 = await rejection(c.get(`${s.origin}${LIST}gone.html`));
    expect(e410.code).toBe('E_HTTP_NOT_FOUND');
    expect(s.pages()).toHaveLength(2);
    expect(c.stats().retries).toBe(0);
  });

  it('does not retry other 4xx (E_HTTP_PERMANENT)', async () => {
    const s = await server((_req, res) => res.writeHead(403).end('Forbidden'));
    const c = client(s);
    const err = await rejection(c.get(`${s.origin}${PAGE}`));
    expect(err.code).toBe('E_HTTP_PERMANENT');
    expect(err.status).toBe(403);
    expect(s.pages()).toHaveLength(1);
  });
});

describe('throttling', () => {
  it('honours 503 + Retry-After: waits what the server asked, then retries', async () => {
    const s = await server((_req, res) => {
      if (s.pages().length === 1) res.writeHead(503, { 'retry-after': '1' }).end('busy');
      else ok(res);
    });
    const c = client(s);
    const r = await c.get(`${s.origin}${PAGE}`);
    expect(r.status).toBe(200);
    expect(s.pages().map((q) => q.path)).toEqual([PAGE, PAGE]);
    expect(c.retries).toEqual([{ delayMs: 1000, reason: 'HTTP 503 (Retry-After 1)' }]);
  });

  it('gives up at once with E_HTTP_THROTTLED when Retry-After exceeds the cap', async () => {
    const s = await server((_req, res) => res.writeHead(429, { 'retry-after': '3600' }).end());
    const c = client(s, { maxRetryAfterMs: 5000 });
    const err = await rejection(c.get(`${s.origin}${PAGE}`));
    expect(err.code).toBe('E_HTTP_THROTTLED');
    expect(err.status).toBe(429);
    expect(s.pages()).toHaveLength(1);
  });

  it('429 without Retry-After backs off and ends as E_HTTP_THROTTLED', async () => {
    const s = await server((_req, res) => res.writeHead(429).end());
    const c = client(s, { maxAttempts: 3 });
    const err = await rejection(c.get(`${s.origin}${PAGE}`));
    expect(err.code).toBe('E_HTTP_THROTTLED');
    expect(err.attempts).toBe(3);
    expect(c.stats().retries).toBe(2);
  });
});

describe('budget', () => {
  it('counts every HTTP attempt (robots.txt and retries included) and stops with E_BUDGET', async () => {
    const s = await server((_req, res) => {
      if (s.pages().length === 1) res.writeHead(500).end();
      else ok(res);
    });
    const c = client(s, { maxRequests: 4 });
    await c.get(`${s.origin}${PAGE}`); // robots + 500 + 200 = 3
    await c.get(`${s.origin}${LIST}2020-January/064999.html`); // 4
    const err = await rejection(c.get(`${s.origin}${LIST}2020-January/064998.html`));
    expect(err.code).toBe('E_BUDGET');
    // One error family: stopping the run is its own class, a FetchError and an ArchiveError.
    expect(err).toBeInstanceOf(StopRunError);
    expect(err).toBeInstanceOf(ArchiveError);
    expect(s.seen).toHaveLength(4);
    expect(c.stats().requests).toBe(4);
  });

  it('a retry that would exceed the budget ends with E_BUDGET, not more requests', async () => {
    const s = await server((_req, res) => res.writeHead(500).end());
    const c = client(s, { maxRequests: 2, respectRobots: false });
    const err = await rejection(c.get(`${s.origin}${PAGE}`));
    expect(err.code).toBe('E_BUDGET');
    expect(s.pages()).toHaveLength(2);
  });
});
