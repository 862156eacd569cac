/**
 * Issue 10.4 and 10.3 (caps): every request has a total deadline, not only an idle timeout;
 * backoff waits are capped and a fetch has a total retry budget; robots.txt is read only up to
 * 500 KiB; a request can carry a smaller size cap than the client's; a --max-size above 4 GiB
 * still inflates a .txt.gz.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { createHttpClient, ROBOTS_PARSE_LIMIT, type HttpClient } from '../../src/crawl/http.js';
import { FetchError, isStopRun } from '../../src/crawl/errors.js';
import { gunzipAll } from '../../src/crawl/gzip.js';
import { backoffDelay } from '../../src/crawl/retryPolicy.js';
import { startServer, withRobots, type TestServer } from './servers.js';

const LIST = '/pipermail/demo/';
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function server(handler: Parameters<typeof startServer>[0], robots: string | null = null): Promise<TestServer> {
  const s = await startServer(withRobots(robots, handler));
  cleanups.push(() => s.close());
  return s;
}

function client(s: TestServer, extra: Partial<Parameters<typeof createHttpClient>[0]> = {}): HttpClient & { waits: number[] } {
  const waits: number[] = [];
  const c = createHttpClient({ allowedPrefixes: [`${s.origin}${LIST}`], userAgent: 'archive-test/0.1', minDelayMs: 0, backoffMs: 10, onRetry: (i) => waits.push(i.delayMs), ...extra });
  cleanups.push(() => c.close());
  return Object.assign(c, { waits });
}

async function rejection(p: Promise<unknown>): Promise<FetchError> {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(FetchError);
  return err as FetchError;
}

/** A server that sends one byte every `everyMs`, for ever. */
function trickle(everyMs: number): Parameters<typeof startServer>[0] {
  return (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const t = setInterval(() => res.write('x'), everyMs);
    req.socket.on('close', () => clearInterval(t));
  };
}

describe('a total deadline per request', () => {
  it('a server trickling a byte every 50 ms never trips the idle timeout but is cut at the deadline, once', async () => {
    const s = await server(trickle(50));
    const c = client(s, { timeoutMs: 1000, deadlineMs: 600, maxAttempts: 4 });
    const t0 = Date.now();
    const err = await rejection(c.get(`${s.origin}${LIST}index.html`));
    expect(err.code).toBe('E_TIMEOUT');
    expect(err.message).toMatch(/deadline/);
    expect(Date.now() - t0).toBeLessThan(2500);
    expect(s.pages()).toHaveLength(1); // not retried: another try would trickle as well
  });

  it('after one request of a list ran past its deadline, the rest of that list fails at once; other lists go on', async () => {
    const s = await server((req, res) => {
      if (req.url!.startsWith('/pipermail/slow/')) return trickle(50)(req, res, 0);
      res.writeHead(200, { 'content-type': 'text/html' }).end('ok');
    });
    const c = createHttpClient({ allowedPrefixes: [`${s.origin}/pipermail/slow/`, `${s.origin}${LIST}`], userAgent: 'archive-test/0.1', minDelayMs: 0, timeoutMs: 1000, deadlineMs: 400 });
    cleanups.push(() => c.close());
    await rejection(c.get(`${s.origin}/pipermail/slow/index.html`));
    const t0 = Date.now();
    const again = await rejection(c.get(`${s.origin}/pipermail/slow/2014-October.txt`));
    expect(again.message).toMatch(/skipped/);
    // at once: without asking (the server's count below), and sooner than a deadline would end it
    // (not a tighter bound: a loaded CI machine can pause a process for a good part of 100 ms)
    expect(Date.now() - t0).toBeLessThan(400);
    expect((await c.get(`${s.origin}${LIST}index.html`)).body.toString()).toBe('ok');
    expect(s.pages().filter((p) => p.path.startsWith('/pipermail/slow/'))).toHaveLength(1);
  });
});

describe('backoff is capped and a fetch has a retry budget', () => {
  it('no single wait is longer than the cap, whatever the attempt number', () => {
    expect(backoffDelay(30, 500, () => 1)).toBe(60_000);
    expect(backoffDelay(1000, 500, () => 1)).toBe(60_000);
    expect(backoffDelay(3, 500, () => 1, 1500)).toBe(1500);
  });

  it('retries of a failing server stop when the retry budget is spent, even with attempts left', async () => {
    const s = await server((_req, res) => res.writeHead(500).end('oops'));
    const c = client(s, { maxAttempts: 30, backoffMs: 100, maxBackoffMs: 100, retryBudgetMs: 350 });
    const t0 = Date.now();
    const err = await rejection(c.get(`${s.origin}${LIST}index.html`));
    expect(err.code).toBe('E_HTTP_RETRYABLE');
    expect(err.message).toMatch(/retry budget/);
    expect(c.waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(350);
    expect(c.waits.every((w) => w <= 100)).toBe(true);
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it('a Retry-After that would overrun the budget gives up at once', async () => {
    const s = await server((_req, res) => res.writeHead(503, { 'retry-after': '2' }).end());
    const c = client(s, { maxAttempts: 10, retryBudgetMs: 1000 });
    const t0 = Date.now();
    const err = await rejection(c.get(`${s.origin}${LIST}index.html`));
    expect(err.code).toBe('E_HTTP_THROTTLED');
    expect(Date.now() - t0).toBeLessThan(1000);
  });
});

describe('size caps', () => {
  it('robots.txt is read only up to 500 KiB', async () => {
    // 10 MB of comments, then a rule that would forbid everything: never seen.
    const huge = 'User-agent: *\n' + '# padding padding padding padding padding padding padding\n'.repeat(180_000) + 'Disallow: /\n';
    const s = await server((_req, res) => res.writeHead(200).end('ok'), huge);
    const c = client(s);
    expect((await c.get(`${s.origin}${LIST}index.html`)).body.toString()).toBe('ok');
    // What was read of robots.txt stops near the limit (a chunk or two past it at most).
    expect(c.stats().bytes).toBeLessThan(ROBOTS_PARSE_LIMIT + 256 * 1024);
  });

  it('a request may carry a cap below the client one', async () => {
    const s = await server((_req, res) => res.writeHead(200).end(Buffer.alloc(100_000, 0x61)));
    const c = client(s);
    const err = await rejection(c.get(`${s.origin}${LIST}index.html`, { maxBytes: 50_000 }));
    expect(err.code).toBe('E_TOO_LARGE');
    expect(err.message).toMatch(/50000-byte cap/);
    expect((await c.get(`${s.origin}${LIST}index.html`)).body.length).toBe(100_000);
  });

  it('a cap above the largest Buffer (--max-size 5000) still inflates a .txt.gz', () => {
    const text = Buffer.from('From x at y  Mon Oct  6 10:00:00 2014\nSubject: hi\n\nbody\n\n');
    expect(gunzipAll(gzipSync(text), 5000 * 1024 * 1024).equals(text)).toBe(true);
    expect(gunzipAll(gzipSync(gzipSync(text)), 2 ** 53).equals(text)).toBe(true);
  });
});

describe('interrupt (SIGINT / SIGTERM reach the client through runSync)', () => {
  it('abandons a request in flight and refuses the next ones with E_INTERRUPTED, a StopRunError (never recorded as a failure)', async () => {
    const s = await server(trickle(50));
    const c = client(s, { timeoutMs: 5000, deadlineMs: 60_000 });
    const inFlight = rejection(c.get(`${s.origin}${LIST}2014-October.txt`));
    while (s.pages().length === 0) await new Promise((r) => setTimeout(r, 10));
    c.interrupt('interrupted by SIGTERM');
    const err = await inFlight;
    expect(err.code).toBe('E_INTERRUPTED');
    expect(isStopRun(err)).toBe(true);
    const next = await rejection(c.get(`${s.origin}${LIST}2014-November.txt`));
    expect(next.code).toBe('E_INTERRUPTED');
    expect(next.message).toBe('interrupted by SIGTERM');
    expect(s.pages()).toHaveLength(1); // the second was never sent
  });
});
