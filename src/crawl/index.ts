export { createHttpClient, DEFAULT_USER_AGENT, type HttpClient } from './http.js';
export { FetchError, ListUrlError } from './errors.js';
export { normalizeListUrl } from './listUrl.js';
export { isGzip, gunzipAll } from './gzip.js';
export { planSync, type PlannedPeriod } from './planSync.js';
export { pairArchivedPages } from './pairArchivedPages.js';
export { syncList, type ListSyncReport, type PeriodOutcome, type SyncEvents, type SyncOptions } from './syncList.js';
export { runSync, type RunSyncOptions, type RunSyncSummary } from './runSync.js';
export type { FetchResult, FetchOptions, HttpClientOptions } from './types.js';
