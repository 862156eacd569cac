/** Types of the crawl stage (HTTP I/O). */

export interface FetchOptions {
  /** Validators from a previous fetch, for a conditional request. */
  etag?: string | null;
  lastModified?: string | null;
  /** Ask for bytes from this offset on (HTTP Range); the result says whether the server honoured it. */
  rangeStart?: number;
  /** A smaller size cap for this request (HTML pages are capped far below archives). */
  maxBytes?: number;
}

export interface FetchResult {
  url: string;
  /** URL after redirects (same host only). */
  finalUrl: string;
  status: number;
  /** True for a 304 answer to a conditional request (body is empty). */
  notModified: boolean;
  /** True when a Range request was answered with 206 for the requested offset. */
  partial: boolean;
  body: Buffer;
  etag: string | null;
  lastModified: string | null;
  contentType: string | null;
  /** Total length when known (Content-Length, or the total of a Content-Range). */
  totalLength: number | null;
  /** How many HTTP attempts this fetch took. */
  attempts: number;
}

/** What the caller should do about a failed fetch; one stable code each. */
export type FetchErrorCode =
  | 'E_HTTP_RETRYABLE'   // 5xx, reset, timeout: retried, then gave up
  | 'E_HTTP_THROTTLED'   // 429 / 503 with Retry-After beyond what we wait
  | 'E_HTTP_NOT_FOUND'   // 404 / 410
  | 'E_HTTP_PERMANENT'   // other 4xx
  | 'E_OFF_HOST'         // a redirect or URL outside the list's host/path
  | 'E_TOO_LARGE'        // body above the size cap
  | 'E_TIMEOUT'          // request or idle timeout, after retries
  | 'E_ROBOTS'           // disallowed by robots.txt
  | 'E_BUDGET'           // --max-requests exhausted
  | 'E_INTERRUPTED';     // the run was told to stop (SIGINT, SIGTERM)

export interface HttpClientOptions {
  userAgent: string;
  /** Concurrent requests per host (default 4). */
  concurrency: number;
  /** Minimum delay between request starts to one host, ms (default 100). */
  minDelayMs: number;
  /** Per-request header timeout and body idle timeout, ms. */
  timeoutMs: number;
  /**
   * Total time one attempt may take, headers and body, ms: a server trickling a byte at a time
   * never trips the idle timeout but trips this. Not retried; the rest of that list is skipped
   * for this run.
   */
  deadlineMs: number;
  /** Longest single backoff wait between attempts, ms. */
  maxBackoffMs: number;
  /** Most time one fetch may spend waiting between its attempts (backoff and Retry-After), ms. */
  retryBudgetMs: number;
  /** Attempts in all for retryable failures (default 4). */
  maxAttempts: number;
  /** Base backoff ms (exponential with jitter). */
  backoffMs: number;
  /** Longest Retry-After we honour before giving up, ms. */
  maxRetryAfterMs: number;
  /** Size cap on any response body, bytes. */
  maxBytes: number;
  /** URL prefixes requests may go to (the list root); anything else is refused with E_OFF_HOST. robots.txt at the host root is allowed too. */
  allowedPrefixes: string[];
  /** Optional budget of HTTP requests for the whole client (--max-requests). */
  maxRequests?: number;
  /** Respect robots.txt (default true). */
  respectRobots: boolean;
  /**
   * Remembers robots.txt across runs: get() returns the text, null for "none", or undefined when
   * nothing fresh is remembered (then it is fetched and set() is called).
   */
  robotsStore?: { get(origin: string): string | null | undefined; set(origin: string, text: string | null): void };
  /** Called for every HTTP attempt made (for counts and logs). */
  onRequest?: (info: { url: string; method: string; attempt: number }) => void;
  /** Called when a retry is scheduled (for logs). */
  onRetry?: (info: { url: string; attempt: number; delayMs: number; reason: string }) => void;
}
