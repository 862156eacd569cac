/**
 * The polite HTTP client: undici with a dedicated Agent, per-host concurrency and start spacing,
 * retries (see retryPolicy.ts), conditional and Range requests, manual same-prefix redirects,
 * a streamed size cap, a request budget and robots.txt. Bodies are returned as sent (no
 * Content-Encoding decoding); callers sniff gzip with gzip.ts.
 */
import { setFlagsFromString } from 'node:v8';
import { Agent, request } from './undici.js';
import type { FetchOptions, FetchResult, HttpClientOptions } from './types.js';
import { DeadlineError, FetchError, ShortBodyError, StopRunError } from './errors.js';
import { HostLimiter, sleep } from './hostLimiter.js';
import { backoffDelay, classify, MAX_BACKOFF_MS, type RetryDecision } from './retryPolicy.js';
import { isHttpsUpgrade, isRobotsUrlFor, isWithinPrefixes } from './urlScope.js';
import { ALLOW_ALL, parseRobots, type RobotsRules } from './robots.js';

export const DEFAULT_USER_AGENT = 'archive/0.1 (+mailing-list status indexer)';

export const HTTP_DEFAULTS = {
  concurrency: 4,
  minDelayMs: 100,
  timeoutMs: 30_000,
  deadlineMs: 300_000,
  maxBackoffMs: MAX_BACKOFF_MS,
  retryBudgetMs: 300_000,
  maxAttempts: 4,
  backoffMs: 500,
  maxRetryAfterMs: 120_000,
  maxBytes: 256 * 1024 * 1024,
  respectRobots: true,
} as const;

export const MAX_REDIRECTS = 5;
/** RFC 9309: crawlers may ignore robots.txt content beyond 500 KiB; we do not even read it. */
export const ROBOTS_PARSE_LIMIT = 500 * 1024;
/** How much of an error response body we read (and throw away) before reusing the connection. */
const ERROR_BODY_DUMP_LIMIT = 64 * 1024;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export interface HttpStats {
  requests: number;
  bytes: number;
  retries: number;
}

export interface HttpClient {
  get(url: string, o?: FetchOptions): Promise<FetchResult>;
  /**
   * Throws the FetchError a request to `url` would meet before being sent (outside the lists'
   * URLs, disallowed by robots.txt), for URLs another program fetches (git, for public-inbox).
   */
  permit(url: string): Promise<void>;
  stats(): HttpStats;
  /**
   * Stop: every request after this, and every one in flight (aborted), throws a StopRunError
   * (E_INTERRUPTED) with `reason`, as when the request budget runs out.
   */
  interrupt(reason: string): void;
  close(): Promise<void>;
}

export type HttpClientInit = Partial<HttpClientOptions> & { allowedPrefixes: string[]; userAgent: string };

/** One answered HTTP attempt, body already read (or dumped). */
interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function header(h: RawResponse['headers'], name: string): string | null {
  const v = h[name];
  if (v === undefined) return null;
  return Array.isArray(v) ? (v[0] ?? null) : v;
}

function intOrNull(s: string | null): number | null {
  if (s === null || !/^\s*\d+\s*$/.test(s)) return null;
  return Number(s);
}

/** `bytes START-END/TOTAL` (TOTAL may be `*`) or `bytes * /TOTAL` (416). */
export function parseContentRange(v: string | null): { start: number | null; total: number | null } | null {
  if (v === null) return null;
  const m = /^\s*bytes\s+(?:(\d+)-\d+|\*)\/(\d+|\*)\s*$/i.exec(v);
  if (!m) return null;
  return { start: m[1] !== undefined ? Number(m[1]) : null, total: m[2] === '*' ? null : Number(m[2]) };
}

/** How a body is read: at most `maxBytes`; with `truncate`, what lies beyond is dropped instead of failing. */
interface BodyLimit {
  maxBytes: number;
  truncate?: boolean;
}

/**
 * undici parses HTTP with llhttp compiled to WebAssembly when its first connection opens. V8 then
 * recompiles the hot parser with its optimizing tier in the background, and a process waits for
 * that compilation before it can exit: some 200 ms at the end of every sync on the bench's host,
 * most of a no-change re-sync's wall time after its requests (issue 12.4). Liftoff, V8's baseline
 * WebAssembly compiler, alone parses as fast for what a sync reads (a few thousand responses, the
 * bodies passed through, not scanned: a first sync of 25k messages took as long either way), so
 * the optimizing tier is turned off before the first connection. WebAssembly is only undici's here.
 */
let wasmTiered = false;
function baselineWasmOnly(): void {
  if (wasmTiered) return;
  wasmTiered = true;
  setFlagsFromString('--liftoff-only');
}

export function createHttpClient(init: HttpClientInit): HttpClient {
  baselineWasmOnly();
  const o: HttpClientOptions = { ...HTTP_DEFAULTS, ...init };
  const prefixes = [...o.allowedPrefixes];
  const agent = new Agent({
    connections: o.concurrency,
    headersTimeout: o.timeoutMs,
    bodyTimeout: o.timeoutMs,
    connect: { timeout: o.timeoutMs },
  });
  const limiter = new HostLimiter({ concurrency: o.concurrency, minDelayMs: o.minDelayMs });
  const counters: HttpStats = { requests: 0, bytes: 0, retries: 0 };
  const robotsCache = new Map<string, Promise<RobotsRules>>();
  /** Allowed prefixes (lists) where a request ran past its deadline: the rest of them is skipped this run. */
  const stalled = new Map<string, string>();
  const prefixOf = (url: string): string | undefined =>
    prefixes.filter((p) => isWithinPrefixes(url, [p])).sort((a, b) => b.length - a.length)[0];
  let closing: Promise<void> | null = null;
  /** Why the run was interrupted (then no request is sent), and the attempts in flight to abort. */
  let interrupted: string | null = null;
  const inFlight = new Set<AbortController>();
  const interruption = (url: string) => new StopRunError(interrupted ?? 'interrupted', url, 'E_INTERRUPTED');

  const hostKey = (url: string): string => new URL(url).hostname;

  /** Read a body up to the size cap; a body shorter than Content-Length is a network error. */
  async function readBody(res: Awaited<ReturnType<typeof request>>, url: string, limit: BodyLimit): Promise<Buffer> {
    const cap = limit.maxBytes;
    const expected = intOrNull(header(res.headers, 'content-length'));
    if (expected !== null && expected > cap && !limit.truncate) {
      res.body.destroy();
      throw new FetchError('E_TOO_LARGE', `${url}: Content-Length ${expected} exceeds the ${cap}-byte cap`, { url, status: res.statusCode, attempts: 0 });
    }
    const chunks: Buffer[] = [];
    let n = 0;
    for await (const chunk of res.body as AsyncIterable<Buffer>) {
      n += chunk.length;
      counters.bytes += chunk.length;
      if (n > cap) {
        res.body.destroy();
        if (limit.truncate) {
          chunks.push(chunk.subarray(0, chunk.length - (n - cap)));
          return Buffer.concat(chunks, cap);
        }
        throw new FetchError('E_TOO_LARGE', `${url}: body exceeds the ${cap}-byte cap`, { url, status: res.statusCode, attempts: 0 });
      }
      chunks.push(chunk);
    }
    if (expected !== null && n < expected) throw new ShortBodyError(n, expected);
    return Buffer.concat(chunks, n);
  }

  /** One HTTP attempt under the host limiter (and the budget). */
  function sendOnce(url: string, headers: Record<string, string>, ctx: { attempts: number }, limit: BodyLimit): Promise<RawResponse> {
    return limiter.run(hostKey(url), async () => {
      if (interrupted !== null) throw interruption(url);
      if (o.maxRequests !== undefined && counters.requests >= o.maxRequests) {
        throw new StopRunError(`request budget of ${o.maxRequests} exhausted before ${url}`, url);
      }
      counters.requests++;
      ctx.attempts++;
      o.onRequest?.({ url, method: 'GET', attempt: ctx.attempts });
      // The idle timeouts catch a silent server; the deadline catches one that trickles.
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(new DeadlineError(url, o.deadlineMs)), o.deadlineMs);
      inFlight.add(abort);
      try {
        const res = await request(url, {
          dispatcher: agent,
          method: 'GET',
          headers,
          headersTimeout: o.timeoutMs,
          bodyTimeout: o.timeoutMs,
          signal: abort.signal,
        });
        const status = res.statusCode;
        const keep = (status >= 200 && status < 300) || status === 304 || status === 416;
        if (keep) return { status, headers: res.headers, body: await readBody(res, url, limit) };
        await res.body.dump({ limit: ERROR_BODY_DUMP_LIMIT }).catch(() => undefined);
        return { status, headers: res.headers, body: Buffer.alloc(0) };
      } catch (err) {
        if (interrupted !== null && abort.signal.aborted) throw interruption(url);
        if (abort.signal.aborted && !(err instanceof FetchError)) {
          const prefix = prefixOf(url);
          if (prefix && !stalled.has(prefix)) stalled.set(prefix, url);
          throw new FetchError('E_TIMEOUT', new DeadlineError(url, o.deadlineMs).message, { url, attempts: ctx.attempts, cause: err });
        }
        throw err;
      } finally {
        clearTimeout(timer);
        inFlight.delete(abort);
      }
    });
  }

  /** Attempts for one URL until an answer we hand back (2xx, 304, 416, redirect) or a final error. */
  async function fetchWithRetries(url: string, headers: Record<string, string>, ctx: { attempts: number }, limit: BodyLimit): Promise<RawResponse> {
    let waited = 0;
    for (let attempt = 1; ; attempt++) {
      let decision: RetryDecision;
      let status: number | undefined;
      let cause: unknown;
      try {
        const raw = await sendOnce(url, headers, ctx, limit);
        if ((raw.status >= 200 && raw.status < 300) || raw.status === 304 || raw.status === 416 || REDIRECT_STATUSES.has(raw.status)) return raw;
        status = raw.status;
        decision = classify({ status, retryAfter: header(raw.headers, 'retry-after') });
      } catch (err) {
        if (err instanceof StopRunError) throw err;
        if (err instanceof FetchError) {
          throw new FetchError(err.code, err.message, { url, ...(err.status !== undefined ? { status: err.status } : {}), attempts: ctx.attempts, cause: err.cause });
        }
        decision = classify({ error: err });
        cause = err;
      }
      const fail = (code: RetryDecision['code'], msg: string) =>
        new FetchError(code, `${url}: ${msg}`, { url, ...(status !== undefined ? { status } : {}), attempts: ctx.attempts, cause });
      if (decision.action === 'permanent') throw fail(decision.code, decision.reason);
      if (attempt >= o.maxAttempts) throw fail(decision.code, `${decision.reason} (gave up after ${attempt} attempts)`);
      let delayMs: number;
      if (decision.action === 'throttle' && decision.retryAfterMs !== undefined) {
        if (decision.retryAfterMs > o.maxRetryAfterMs) {
          throw fail('E_HTTP_THROTTLED', `${decision.reason}: server asks us to wait longer than ${o.maxRetryAfterMs} ms`);
        }
        if (waited + decision.retryAfterMs > o.retryBudgetMs) {
          throw fail('E_HTTP_THROTTLED', `${decision.reason}: waiting again would exceed the ${o.retryBudgetMs / 1000} s retry budget`);
        }
        delayMs = decision.retryAfterMs;
        limiter.pauseUntil(hostKey(url), Date.now() + delayMs);
      } else {
        delayMs = Math.min(backoffDelay(attempt, o.backoffMs, Math.random, o.maxBackoffMs), o.retryBudgetMs - waited);
        if (delayMs <= 0) throw fail(decision.code, `${decision.reason} (gave up after ${attempt} attempts: retry budget of ${o.retryBudgetMs / 1000} s spent)`);
      }
      waited += delayMs;
      counters.retries++;
      o.onRetry?.({ url, attempt, delayMs, reason: decision.reason });
      await sleep(delayMs);
      if (interrupted !== null) throw interruption(url);
    }
  }

  const baseHeaders = (): Record<string, string> => ({
    'user-agent': o.userAgent,
    accept: '*/*',
    // Ask for the bytes as stored; a server that still sends Content-Encoding gets its body returned as is.
    'accept-encoding': 'identity',
  });

  /** robots.txt text of an origin, or null when it has none (4xx, or a redirect elsewhere). */
  async function loadRobots(origin: string): Promise<string | null> {
    let url = `${origin}/robots.txt`;
    const ctx = { attempts: 0 };
    for (let hops = 0; ; hops++) {
      const raw = await fetchWithRetries(url, baseHeaders(), ctx, { maxBytes: ROBOTS_PARSE_LIMIT, truncate: true });
      if (REDIRECT_STATUSES.has(raw.status)) {
        const loc = header(raw.headers, 'location');
        const next = loc ? new URL(loc, url).href : null;
        // Follow only to a robots.txt we may fetch (e.g. http -> https); otherwise act as if there were none.
        if (!next || hops >= MAX_REDIRECTS || !isRobotsUrlFor(next, prefixes)) return null;
        url = next;
        continue;
      }
      if (raw.status >= 200 && raw.status < 300) return raw.body.toString('utf8');
      return null; // 304/416 cannot happen without validators; treat like 4xx
    }
  }

  const rulesOf = (text: string | null): RobotsRules => (text === null ? ALLOW_ALL : parseRobots(text, o.userAgent));

  function robotsFor(url: string): Promise<RobotsRules> {
    const origin = new URL(url).origin;
    let p = robotsCache.get(origin);
    if (!p) {
      // A robots.txt remembered from an earlier run (the caller decides for how long) costs no request.
      const remembered = o.robotsStore?.get(origin);
      p = remembered !== undefined
        ? Promise.resolve(rulesOf(remembered))
        : loadRobots(origin).then((text) => {
          o.robotsStore?.set(origin, text);
          return rulesOf(text);
        }).catch((err: unknown) => {
          // 4xx (missing, forbidden): no rules. Server or network trouble: every fetch from that origin
          // fails at once for the rest of this client's life (one run), rather than paying the
          // retries and timeouts again per URL; the next run asks again.
          if (err instanceof FetchError && (err.code === 'E_HTTP_NOT_FOUND' || err.code === 'E_HTTP_PERMANENT')) {
            o.robotsStore?.set(origin, null);
            return ALLOW_ALL;
          }
          throw err;
        });
      robotsCache.set(origin, p);
    }
    return p;
  }

  async function checkRobots(url: string, attempts: number): Promise<void> {
    if (!o.respectRobots) return;
    const u = new URL(url);
    const rules = await robotsFor(url);
    if (!rules.isAllowed(u.pathname + u.search)) {
      throw new FetchError('E_ROBOTS', `${url}: disallowed by ${u.origin}/robots.txt`, { url, attempts });
    }
  }

  function offHost(url: string, target: string, attempts: number, why: string): FetchError {
    return new FetchError('E_OFF_HOST', `${why}: ${target} is outside ${prefixes.join(', ')}`, { url, attempts });
  }

  /** Errors name the URL the caller asked for (the message names the hop that failed). */
  async function get(url: string, fo: FetchOptions = {}): Promise<FetchResult> {
    try {
      return await getInner(url, fo);
    } catch (err) {
      if (err instanceof FetchError && !(err instanceof StopRunError) && err.url !== url) {
        throw new FetchError(err.code, err.message, { url, ...(err.status !== undefined ? { status: err.status } : {}), attempts: err.attempts, cause: err.cause });
      }
      throw err;
    }
  }

  async function getInner(url: string, fo: FetchOptions): Promise<FetchResult> {
    if (closing) throw new Error('HTTP client is closed');
    let current: string;
    try {
      current = new URL(url).href;
    } catch {
      throw offHost(url, url, 0, 'invalid URL');
    }
    if (!isWithinPrefixes(current, prefixes) && !isRobotsUrlFor(current, prefixes)) throw offHost(url, current, 0, 'refused');
    const stalledBy = stalled.get(prefixOf(current) ?? '');
    if (stalledBy !== undefined) {
      throw new FetchError('E_TIMEOUT', `${url}: skipped, ${stalledBy} ran past the ${o.deadlineMs / 1000} s deadline earlier in this run`, { url, attempts: 0 });
    }
    const limit: BodyLimit = { maxBytes: Math.min(o.maxBytes, fo.maxBytes ?? Infinity) };
    const ctx = { attempts: 0 };
    let useRange = fo.rangeStart !== undefined && fo.rangeStart > 0;
    for (let redirects = 0; ; ) {
      await checkRobots(current, ctx.attempts);
      const headers = baseHeaders();
      if (fo.etag) headers['if-none-match'] = fo.etag;
      if (fo.lastModified) headers['if-modified-since'] = fo.lastModified;
      if (useRange) headers['range'] = `bytes=${fo.rangeStart}-`;
      const raw = await fetchWithRetries(current, headers, ctx, limit);

      if (REDIRECT_STATUSES.has(raw.status)) {
        const loc = header(raw.headers, 'location');
        if (!loc) throw new FetchError('E_HTTP_PERMANENT', `${current}: HTTP ${raw.status} without Location`, { url, status: raw.status, attempts: ctx.attempts });
        if (++redirects > MAX_REDIRECTS) throw new FetchError('E_HTTP_PERMANENT', `${url}: more than ${MAX_REDIRECTS} redirects`, { url, status: raw.status, attempts: ctx.attempts });
        let next: string;
        try {
          next = new URL(loc, current).href;
        } catch {
          throw offHost(url, loc, ctx.attempts, 'invalid redirect');
        }
        if (!isWithinPrefixes(next, prefixes) && !isHttpsUpgrade(current, next)) throw offHost(url, next, ctx.attempts, `redirect from ${current} refused`);
        current = next;
        continue;
      }

      const contentRange = parseContentRange(header(raw.headers, 'content-range'));
      if (useRange && raw.status === 206 && contentRange?.start !== fo.rangeStart) {
        // The server answered a different range than asked: fetch the whole thing instead.
        useRange = false;
        continue;
      }
      const partial = useRange && raw.status === 206;
      const totalLength =
        raw.status === 206 || raw.status === 416 ? (contentRange?.total ?? null) : raw.status === 304 ? null : (intOrNull(header(raw.headers, 'content-length')) ?? raw.body.length);
      return {
        url,
        finalUrl: current,
        status: raw.status,
        notModified: raw.status === 304,
        partial,
        body: raw.body,
        etag: header(raw.headers, 'etag'),
        lastModified: header(raw.headers, 'last-modified'),
        contentType: header(raw.headers, 'content-type'),
        totalLength,
        attempts: ctx.attempts,
      };
    }
  }

  async function permit(url: string): Promise<void> {
    let current: string;
    try {
      current = new URL(url).href;
    } catch {
      throw offHost(url, url, 0, 'invalid URL');
    }
    if (!isWithinPrefixes(current, prefixes)) throw offHost(url, current, 0, 'refused');
    await checkRobots(current, 0);
  }

  return {
    get,
    permit,
    stats: () => ({ ...counters }),
    interrupt: (reason) => {
      interrupted ??= reason;
      for (const a of inFlight) a.abort(interruption(''));
    },
    close: () => (closing ??= agent.close()),
  };
}
