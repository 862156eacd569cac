export { createHttpClient, DEFAULT_USER_AGENT, type HttpClient } from './http.js';
export { FetchError, ListUrlError } from './errors.js';
export { normalizeListUrl } from './listUrl.js';
export { isGzip, gunzipAll } from './gzip.js';
export type { FetchResult, FetchOptions, HttpClientOptions } from './types.js';
