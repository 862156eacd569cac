/**
 * The one place that decides what a failed HTTP attempt means: retry with backoff, wait for the
 * server's Retry-After (throttle), or give up (permanent). Pure: no I/O.
 */
import type { FetchErrorCode } from './types.js';
import { FetchError } from './errors.js';

export type RetryAction = 'retry' | 'throttle' | 'permanent';

export interface RetryDecision {
  action: RetryAction;
  /** Error code to report if we give up now (permanent) or after the last attempt. */
  code: FetchErrorCode;
  /** Short human-readable reason, for logs and error messages. */
  reason: string;
  /** For 'throttle' with a usable Retry-After: how long the server asked us to wait, ms. */
  retryAfterMs?: number;
}

/** An attempt's outcome: an HTTP status (non-success) or an error thrown by the transport. */
export type AttemptOutcome = { status: number; retryAfter?: string | null } | { error: unknown };

/** Transport error codes that mean "try again later": the connection broke or never came up. */
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EAI_AGAIN',
  'ENOTFOUND',
  'UND_ERR_SOCKET', // "other side closed" (socket closed before the body ended)
  'UND_ERR_CLOSED',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
  'E_SHORT_BODY', // ours: body shorter than Content-Length
]);

const TIMEOUT_CODES = new Set([
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'ETIMEDOUT',
]);

function errorCode(err: unknown): string | undefined {
  // undici sometimes wraps the socket error; look one level down too.
  let e: unknown = err;
  for (let i = 0; i < 3 && e && typeof e === 'object'; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || TIMEOUT_CODES.has(code))) return code;
    e = (e as { cause?: unknown }).cause;
  }
  const top = err && typeof err === 'object' ? (err as { code?: unknown }).code : undefined;
  return typeof top === 'string' ? top : undefined;
}

export function classify(outcome: AttemptOutcome, now: number = Date.now()): RetryDecision {
  if ('error' in outcome) return classifyError(outcome.error);
  return classifyStatus(outcome.status, outcome.retryAfter ?? null, now);
}

export function classifyStatus(status: number, retryAfter: string | null, now: number = Date.now()): RetryDecision {
  if (status === 429 || status === 503) {
    const ms = retryAfter == null ? null : parseRetryAfter(retryAfter, now);
    if (ms !== null) return { action: 'throttle', code: 'E_HTTP_THROTTLED', reason: `HTTP ${status} (Retry-After ${retryAfter})`, retryAfterMs: ms };
    if (status === 429) return { action: 'throttle', code: 'E_HTTP_THROTTLED', reason: 'HTTP 429' };
    return { action: 'retry', code: 'E_HTTP_RETRYABLE', reason: 'HTTP 503' };
  }
  if (status >= 500) return { action: 'retry', code: 'E_HTTP_RETRYABLE', reason: `HTTP ${status}` };
  if (status === 404 || status === 410) return { action: 'permanent', code: 'E_HTTP_NOT_FOUND', reason: `HTTP ${status}` };
  if (status === 408) return { action: 'retry', code: 'E_TIMEOUT', reason: 'HTTP 408' };
  return { action: 'permanent', code: 'E_HTTP_PERMANENT', reason: `HTTP ${status}` };
}

export function classifyError(err: unknown): RetryDecision {
  if (err instanceof FetchError) return { action: 'permanent', code: err.code, reason: err.message };
  const code = errorCode(err);
  const msg = err instanceof Error ? err.message : String(err);
  if (code && TIMEOUT_CODES.has(code)) return { action: 'retry', code: 'E_TIMEOUT', reason: `${code}: ${msg}` };
  if (code && NETWORK_CODES.has(code)) return { action: 'retry', code: 'E_HTTP_RETRYABLE', reason: `${code}: ${msg}` };
  return { action: 'permanent', code: 'E_HTTP_PERMANENT', reason: code ? `${code}: ${msg}` : msg };
}

/**
 * Parse a Retry-After value: delta-seconds or an HTTP-date. Returns ms to wait (>= 0), or null if
 * the value is unusable.
 */
export function parseRetryAfter(value: string, now: number = Date.now()): number | null {
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  if (!/[a-z]/i.test(v)) return null; // "-5", "1.5" etc.: not a valid value
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  return Math.max(0, t - now);
}

/** Longest single backoff wait: `--attempts 30` must not mean waiting days. */
export const MAX_BACKOFF_MS = 60_000;

/**
 * Exponential backoff with full jitter: uniform in [0, min(base * 2^(attempt-1), maxMs)], at
 * least 1 ms.
 */
export function backoffDelay(attempt: number, baseMs: number, random: () => number = Math.random, maxMs: number = MAX_BACKOFF_MS): number {
  const ceiling = Math.min(baseMs * 2 ** Math.min(60, Math.max(0, attempt - 1)), maxMs);
  return Math.max(1, Math.round(random() * ceiling));
}
