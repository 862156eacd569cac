/** Public surface of the sync stage: one run over lists, source -> store -> index. */
export { planSync, type PlannedPeriod } from './planSync.js';
export { pairArchivedPages } from './pipermail/pairArchivedPages.js';
export { syncList, type ListSyncReport, type PeriodOutcome, type SyncEvents, type SyncOptions } from './syncList.js';
export { runSync, type RunSyncOptions, type RunSyncSummary } from './runSync.js';
