/**
 * Public surface of the sync stage: one run over lists, source -> store -> index. The only
 * stage that uses crawl, store and index together; the CLI calls it.
 */
export { runSync, type RunSyncOptions, type RunSyncSummary } from './runSync.js';
export { syncList, type ListSyncReport, type PeriodOutcome, type SyncEvents, type SyncOptions } from './syncList.js';
export { planSync, type PlannedPeriod } from './planSync.js';
export type { ArchiveSource, ArchivePeriod, ArchiveKind, ListRoot, PeriodMail, PeriodTable } from './source.js';
export { SYNC_KINDS } from './source.js';
export { createPipermailSource } from './pipermail/pipermailSource.js';
export { createHyperKittySource } from './hyperkitty/hyperkittySource.js';
export { createPublicInboxSource } from './publicinbox/publicInboxSource.js';
/** The list root and kind of what a user typed (`--kind` forces the kind). */
export { resolveListUrl } from './listKind.js';
export { importMail, importListUrl, type ImportSummary, type ImportEvents, type ImportOptions } from './importMail.js';
