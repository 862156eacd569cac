/** Error classes of the crawl stage. Each carries a stable `code` the CLI maps to exit codes. */
import type { FetchErrorCode } from './types.js';

export interface FetchErrorInit {
  url: string;
  status?: number;
  attempts: number;
  cause?: unknown;
}

/** A fetch that failed for good (after retries where retrying made sense). */
export class FetchError extends Error {
  readonly code: FetchErrorCode;
  readonly url: string;
  readonly status?: number;
  readonly attempts: number;

  constructor(code: FetchErrorCode, message: string, init: FetchErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'FetchError';
    this.code = code;
    this.url = init.url;
    if (init.status !== undefined) this.status = init.status;
    this.attempts = init.attempts;
  }
}

/** Is this the request budget running out (--max-requests), which stops the run rather than failing one fetch? */
export const isStopRun = (err: unknown): err is FetchError => err instanceof FetchError && err.code === 'E_BUDGET';

/** A gzip stream that ended early or is corrupt. `partial` holds what could be inflated before the damage. */
export class TruncatedGzipError extends Error {
  readonly code = 'E_GZIP_TRUNCATED' as const;
  readonly partial: Buffer;
  constructor(message: string, partial: Buffer, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'TruncatedGzipError';
    this.partial = partial;
  }
}

/** Inflated data would exceed the size cap. */
export class GzipTooLargeError extends Error {
  readonly code = 'E_TOO_LARGE' as const;
  readonly maxBytes: number;
  constructor(maxBytes: number) {
    super(`gzip data inflates to more than ${maxBytes} bytes`);
    this.name = 'GzipTooLargeError';
    this.maxBytes = maxBytes;
  }
}
