/**
 * Errors of the crawl stage, all of the one family (ArchiveError, src/errors.ts), each with a
 * stable `code`. What a caller does next follows from the class: a FetchError failed one fetch
 * (after retries where retrying made sense); a StopRunError stops the whole run (the request
 * budget is spent, or a signal came) and is never recorded as a failure.
 */
import { ArchiveError } from '../errors.js';
import type { FetchErrorCode } from './types.js';

export interface FetchErrorInit {
  url: string;
  status?: number;
  attempts: number;
  cause?: unknown;
}

/** A fetch that failed for good (after retries where retrying made sense). */
export class FetchError extends ArchiveError<FetchErrorCode> {
  readonly url: string;
  readonly status?: number;
  readonly attempts: number;

  constructor(code: FetchErrorCode, message: string, init: FetchErrorInit) {
    super(code, message, undefined, init.cause);
    this.name = 'FetchError';
    this.url = init.url;
    if (init.status !== undefined) this.status = init.status;
    this.attempts = init.attempts;
  }
}

/**
 * Stop the run, leave what was not started to the next one: the request budget (--max-requests)
 * ran out (E_BUDGET), or the run was interrupted by a signal (E_INTERRUPTED).
 */
export class StopRunError extends FetchError {
  declare readonly code: 'E_BUDGET' | 'E_INTERRUPTED';
  constructor(message: string, url: string, code: 'E_BUDGET' | 'E_INTERRUPTED' = 'E_BUDGET') {
    super(code, message, { url, attempts: 0 });
    this.name = 'StopRunError';
  }
}

/** Does this error stop the run, rather than fail one fetch? */
export const isStopRun = (err: unknown): err is StopRunError => err instanceof StopRunError;

/** A response body that ended before its Content-Length: a broken connection, retried. */
export class ShortBodyError extends ArchiveError<'E_SHORT_BODY'> {
  constructor(got: number, expected: number) {
    super('E_SHORT_BODY', `connection closed after ${got} of ${expected} bytes`);
    this.name = 'ShortBodyError';
  }
}

/** An attempt that ran past its total deadline (the reason its request is aborted with). */
export class DeadlineError extends ArchiveError<'E_DEADLINE'> {
  constructor(url: string, ms: number) {
    super('E_DEADLINE', `${url}: no complete answer within the ${ms / 1000} s deadline`);
    this.name = 'DeadlineError';
  }
}

/** A gzip stream that ended early or is corrupt. `partial` holds what could be inflated before the damage. */
export class TruncatedGzipError extends ArchiveError<'E_GZIP_TRUNCATED'> {
  readonly partial: Buffer;
  constructor(message: string, partial: Buffer, cause?: unknown) {
    super('E_GZIP_TRUNCATED', message, undefined, cause);
    this.name = 'TruncatedGzipError';
    this.partial = partial;
  }
}

/** Inflated data would exceed the size cap. */
export class GzipTooLargeError extends ArchiveError<'E_TOO_LARGE'> {
  readonly maxBytes: number;
  constructor(maxBytes: number) {
    super('E_TOO_LARGE', `gzip data inflates to more than ${maxBytes} bytes`);
    this.name = 'GzipTooLargeError';
    this.maxBytes = maxBytes;
  }
}
