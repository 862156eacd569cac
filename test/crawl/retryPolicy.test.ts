import { describe, expect, it } from 'vitest';
import { backoffDelay, classify, parseRetryAfter } from '../../src/crawl/retryPolicy.js';
import { FetchError } from '../../src/crawl/errors.js';

const NOW = Date.parse('2024-03-01T12:00:00Z');
const err = (code: string) => Object.assign(new Error(code), { code });

describe('classify', () => {
  it.each([
    [500, 'retry', 'E_HTTP_RETRYABLE'],
    [502, 'retry', 'E_HTTP_RETRYABLE'],
    [503, 'retry', 'E_HTTP_RETRYABLE'],
    [429, 'throttle', 'E_HTTP_THROTTLED'],
    [404, 'permanent', 'E_HTTP_NOT_FOUND'],
    [410, 'permanent', 'E_HTTP_NOT_FOUND'],
    [403, 'permanent', 'E_HTTP_PERMANENT'],
    [400, 'permanent', 'E_HTTP_PERMANENT'],
  ] as const)('status %i -> %s %s', (status, action, code) => {
    expect(classify({ status }, NOW)).toMatchObject({ action, code });
  });

  it('503 and 429 with Retry-After are throttles carrying the wait', () => {
    expect(classify({ status: 503, retryAfter: '120' }, NOW)).toMatchObject({ action: 'throttle', code: 'E_HTTP_THROTTLED', retryAfterMs: 120_000 });
    expect(classify({ status: 429, retryAfter: 'Fri, 01 Mar 2024 12:00:30 GMT' }, NOW)).toMatchObject({ action: 'throttle', retryAfterMs: 30_000 });
    // unusable value: a 503 falls back to plain retry
    expect(classify({ status: 503, retryAfter: 'soon' }, NOW)).toMatchObject({ action: 'retry' });
  });

  it('transport errors: resets and early closes retry, timeouts retry as E_TIMEOUT', () => {
    for (const c of ['ECONNRESET', 'ECONNREFUSED', 'UND_ERR_SOCKET', 'EPIPE', 'E_SHORT_BODY']) {
      expect(classify({ error: err(c) }), c).toMatchObject({ action: 'retry', code: 'E_HTTP_RETRYABLE' });
    }
    for (const c of ['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT', 'ETIMEDOUT']) {
      expect(classify({ error: err(c) }), c).toMatchObject({ action: 'retry', code: 'E_TIMEOUT' });
    }
    const wrapped = Object.assign(new Error('fetch failed'), { cause: err('ECONNRESET') });
    expect(classify({ error: wrapped })).toMatchObject({ action: 'retry' });
  });

  it('our own FetchErrors and unknown errors are permanent', () => {
    const tooLarge = new FetchError('E_TOO_LARGE', 'x', { url: 'http://h/', attempts: 1 });
    expect(classify({ error: tooLarge })).toMatchObject({ action: 'permanent', code: 'E_TOO_LARGE' });
    expect(classify({ error: new TypeError('bug') })).toMatchObject({ action: 'permanent' });
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP-dates, past dates mean now, junk is null', () => {
    expect(parseRetryAfter('0', NOW)).toBe(0);
    expect(parseRetryAfter(' 7 ', NOW)).toBe(7000);
    expect(parseRetryAfter('Fri, 01 Mar 2024 12:01:00 GMT', NOW)).toBe(60_000);
    expect(parseRetryAfter('Thu, 01 Feb 2024 12:00:00 GMT', NOW)).toBe(0);
    expect(parseRetryAfter('-5', NOW)).toBeNull();
    expect(parseRetryAfter('1.5', NOW)).toBeNull();
    expect(parseRetryAfter('tomorrow-ish', NOW)).toBeNull();
  });
});

describe('backoffDelay', () => {
  it('is full jitter under an exponentially growing ceiling', () => {
    expect(backoffDelay(1, 500, () => 1)).toBe(500);
    expect(backoffDelay(2, 500, () => 1)).toBe(1000);
    expect(backoffDelay(4, 500, () => 1)).toBe(4000);
    expect(backoffDelay(3, 500, () => 0.5)).toBe(1000);
    expect(backoffDelay(3, 500, () => 0)).toBe(1);
  });
});
