/**
 * Public surface of the sync stage: one run over lists, source -> store -> index. The only
 * stage that uses crawl, store and index together; the CLI calls it.
 */
export { runSync, type RunSyncOptions, type RunSyncSummary } from './runSync.js';
export { syncList, type ListSyncReport, type PeriodOutcome, type SyncEvents, type SyncOptions } from './syncList.js';
export { planSync, type PlannedPeriod } from './planSync.js';
export type { ArchiveSource, ArchivePeriod, ListRoot, PeriodMail, PeriodTable } from './source.js';
export { createPipermailSource } from './pipermail/pipermailSource.js';
/** The list root of what a user typed, for the one source kind there is (pipermail). */
export { normalizeListUrl } from '../pipermail/index.js';
export { importMail, importListUrl, type ImportSummary, type ImportEvents, type ImportOptions } from './importMail.js';
