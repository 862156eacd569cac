/** Public surface of the crawl stage: polite HTTP only (client, host limiter, retries, robots.txt, gzip, URL scope). */
export { createHttpClient, DEFAULT_USER_AGENT, HTTP_DEFAULTS, type HttpClient, type HttpClientInit } from './http.js';
export { FetchError, StopRunError, TruncatedGzipError, GzipTooLargeError, isStopRun } from './errors.js';
export { isGzip, gunzipAll } from './gzip.js';
export type { FetchResult, FetchOptions, HttpClientOptions } from './types.js';
