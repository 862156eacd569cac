import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createHttpClient, type HttpClient } from '../../src/crawl/http.js';
import { FetchError } from '../../src/crawl/errors.js';
import { isGzip } from '../../src/crawl/gzip.js';
import { startServer, withRobots, type TestServer } from './servers.js';

const REAL = new URL('../../fixtures/pipermail/real/twistedmatrix.com/twisted-python/', import.meta.url);
const periodTxt = readFileSync(new URL('2020-January.txt', REAL));
const tocHtml = readFileSync(new URL('index.html', REAL));

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function server(handler: Parameters<typeof startServer>[0]): Promise<TestServer> {
  const s = await startServer(withRobots(null, handler));
  cleanups.push(() => s.close());
  return s;
}

function client(prefix: string, extra: Partial<Parameters<typeof createHttpClient>[0]> = {}): HttpClient {
  const c = createHttpClient({ allowedPrefixes: [prefix], userAgent: 'archive-test/0.1', minDelayMs: 0, backoffMs: 10, ...extra });
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

describe('conditional requests', () => {
  it('sends If-None-Match / If-Modified-Since and reports 304 as notModified', async () => {
    const etag = '"5e1b-59c1f0"';
    const lastModified = 'Fri, 31 Jan 2020 23:59:01 GMT';
    const s = await server((req, res) => {
      if (req.headers['if-none-match'] === etag || req.headers['if-modified-since'] === lastModified) {
        res.writeHead(304, { etag }).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/plain', etag, 'last-modified': lastModified }).end(periodTxt);
    });
    const c = client(`${s.origin}/pipermail/twisted-python/`);
    const url = `${s.origin}/pipermail/twisted-python/2020-January.txt`;

    const first = await c.get(url);
    expect(first.status).toBe(200);
    expect(first.notModified).toBe(false);
    expect(first.body.equals(periodTxt)).toBe(true);
    expect(first.etag).toBe(etag);
    expect(first.lastModified).toBe(lastModified);
    expect(first.totalLength).toBe(periodTxt.length);

    const again = await c.get(url, { etag: first.etag, lastModified: first.lastModified });
    expect(again.status).toBe(304);
    expect(again.notModified).toBe(true);
    expect(again.body.length).toBe(0);
    const last = s.pages().at(-1)!;
    expect(last.headers['if-none-match']).toBe(etag);
    expect(last.headers['if-modified-since']).toBe(lastModified);

    const byDate = await c.get(url, { lastModified });
    expect(byDate.notModified).toBe(true);
    expect(s.pages().at(-1)!.headers['if-none-match']).toBeUndefined();
  });

  it('sends our User-Agent and asks for identity encoding', async () => {
    const s = await server((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(tocHtml));
    const c = client(`${s.origin}/pipermail/twisted-python/`);
    await c.get(`${s.origin}/pipermail/twisted-python/`);
    const req = s.pages()[0]!;
    expect(req.headers['user-agent']).toBe('archive-test/0.1');
    expect(req.headers['accept-encoding']).toBe('identity');
  });

  it('returns a Content-Encoding: gzip body as the raw bytes sent', async () => {
    const gz = gzipSync(periodTxt);
    const s = await server((_req, res) => res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(gz));
    const c = client(`${s.origin}/pipermail/twisted-python/`);
    const r = await c.get(`${s.origin}/pipermail/twisted-python/2020-January.txt.gz`);
    expect(isGzip(r.body)).toBe(true);
    expect(r.body.equals(gz)).toBe(true);
  });
});

describe('range requests', () => {
  const offset = 700;
  const rangeServer = (mode: 'honour' | 'ignore' | 'wrong') =>
    server((req, res) => {
      const m = /^bytes=(\d+)-$/.exec(String(req.headers.range ?? ''));
      if (m && mode !== 'ignore') {
        const start = mode === 'wrong' ? 0 : Number(m[1]);
        if (start >= periodTxt.length) {
          res.writeHead(416, { 'content-range': `bytes */${periodTxt.length}` }).end();
          return;
        }
        res.writeHead(206, { 'content-range': `bytes ${start}-${periodTxt.length - 1}/${periodTxt.length}` }).end(periodTxt.subarray(start));
        return;
      }
      res.writeHead(200, { 'content-type': 'text/plain' }).end(periodTxt);
    });

  it('206 for the requested offset -> partial body', async () => {
    const s = await rangeServer('honour');
    const c = client(`${s.origin}/pipermail/twisted-python/`);
    const r = await c.get(`${s.origin}/pipermail/twisted-python/2020-January.txt`, { rangeStart: offset });
    expect(s.pages()[0]!.headers.range).toBe(`bytes=${offset}-`);
    expect(r.status).toBe(206);
    expect(r.partial).toBe(true);
    expect(r.body.equals(periodTxt.subarray(offset))).toBe(true);
    expect(r.totalLength).toBe(periodTxt.length);
  });

  it('200 from a server that ignores Range -> full body, partial=false', async () => {
    const s = await rangeServer('ignore');
    const c = client(`${s.origin}/pipermail/twisted-python/`);
    const r = await c.get(`${s.origin}/pipermail/twisted-python/2020-January.txt`, { rangeStart: offset });
    expect(r.status).toBe(200);
    expect(r.partial).toBe(false);
    expect(r.body.equals(periodTxt)).toBe(true);
  });

  it('206 for another offset -> refetched without Range', async () => {
    const s = await rangeServer('wrong');
    const c = client(`${s.origin}/pipermail/twisted-python/`);
    const r = await c.get(`${s.origin}/pipermail/twisted-python/2020-January.txt`, { rangeStart: offset });
    expect(s.pages().map((q) => q.headers.range)).toEqual([`bytes=${offset}-`, undefined]);
    expect(r.status).toBe(200);
    expect(r.partial).toBe(false);
    expect(r.body.equals(periodTxt)).toBe(true);
  });

  it('416 is returned (not thrown) with the total length', async () => {
    const s = await rangeServer('honour');
    const c = client(`${s.origin}/pipermail/twisted-python/`);
    const r = await c.get(`${s.origin}/pipermail/twisted-python/2020-January.txt`, { rangeStart: periodTxt.length + 10 });
    expect(r.status).toBe(416);
    expect(r.partial).toBe(false);
    expect(r.totalLength).toBe(periodTxt.length);
    expect(s.pages()).toHaveLength(1);
  });
});

describe('redirects and the allowed prefixes', () => {
  it('follows a redirect inside the list root and reports finalUrl', async () => {
    const s = await server((req, res) => {
      if (req.url === '/pipermail/twisted-python') res.writeHead(301, { location: '/pipermail/twisted-python/' }).end();
      else if (req.url === '/pipermail/twisted-python/') res.writeHead(302, { location: 'index.html' }).end();
      else res.writeHead(200, { 'content-type': 'text/html' }).end(tocHtml);
    });
    const c = client(`${s.origin}/pipermail/twisted-python/`);
    // The bare list path (no slash) is allowed: it names the prefix directory itself.
    const r = await c.get(`${s.origin}/pipermail/twisted-python`);
    expect(r.finalUrl).toBe(`${s.origin}/pipermail/twisted-python/index.html`);
    expect(r.body.equals(tocHtml)).toBe(true);
    expect(r.attempts).toBe(3);
  });

  it('refuses a redirect to another host; that host gets no request', async () => {
    const other = await server((_req, res) => res.writeHead(200).end('elsewhere'));
    const s = await server((_req, res) => res.writeHead(302, { location: `${other.origin}/pipermail/twisted-python/index.html` }).end());
    const c = client(`${s.origin}/pipermail/twisted-python/`);
    const err = await rejection(c.get(`${s.origin}/pipermail/twisted-python/index.html`));
    expect(err.code).toBe('E_OFF_HOST');
    expect(err.url).toBe(`${s.origin}/pipermail/twisted-python/index.html`);
    expect(other.seen).toHaveLength(0);
  });

  it('refuses a redirect out of the list path on the same host', async () => {
    const s = await server((req, res) => {
      if (req.url!.startsWith('/pipermail/twisted-python/')) res.writeHead(301, { location: '/mailman/listinfo/twisted-python' }).end();
      else res.writeHead(200).end('listinfo');
    });
    const c = client(`${s.origin}/pipermail/twisted-python/`);
    expect((await rejection(c.get(`${s.origin}/pipermail/twisted-python/`))).code).toBe('E_OFF_HOST');
    expect(s.pages().map((q) => q.path)).toEqual(['/pipermail/twisted-python/']);
  });

  it('refuses a URL outside the prefixes without sending anything', async () => {
    const s = await server((_req, res) => res.writeHead(200).end('x'));
    const c = client(`${s.origin}/pipermail/twisted-python/`);
    for (const bad of [
      `${s.origin}/pipermail/twisted-python-dev/`,
      `${s.origin}/pipermail/twisted-python/../other/`,
      `${s.origin.replace('127.0.0.1', 'localhost')}/pipermail/twisted-python/`,
      'ftp://127.0.0.1/pipermail/twisted-python/',
    ]) {
      expect((await rejection(c.get(bad))).code).toBe('E_OFF_HOST');
    }
    expect(s.seen).toHaveLength(0);
    expect(c.stats().requests).toBe(0);
  });

  it('gives up after 5 redirects', async () => {
    const s = await server((req, res) => {
      const n = Number(/(\d+)$/.exec(req.url!)?.[1] ?? 0);
      res.writeHead(302, { location: `/pipermail/twisted-python/hop${n + 1}` }).end();
    });
    const c = client(`${s.origin}/pipermail/twisted-python/`);
    const err = await rejection(c.get(`${s.origin}/pipermail/twisted-python/hop0`));
    expect(err.code).toBe('E_HTTP_PERMANENT');
    expect(s.pages()).toHaveLength(6);
  });
});

describe('errors after a redirect', () => {
  it('name the URL the caller asked for, and count every attempt', async () => {
    const s = await server((req, res) => {
      if (req.url === '/pipermail/twisted-python/2020-January/') res.writeHead(301, { location: 'thread.html' }).end();
      else res.writeHead(404).end();
    });
    const c = client(`${s.origin}/pipermail/twisted-python/`);
    const asked = `${s.origin}/pipermail/twisted-python/2020-January/`;
    const err = await rejection(c.get(asked));
    expect(err.code).toBe('E_HTTP_NOT_FOUND');
    expect(err.url).toBe(asked);
    expect(err.message).toContain('thread.html');
    expect(err.attempts).toBe(2);
  });
});
