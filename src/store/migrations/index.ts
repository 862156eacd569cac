import { sql as init } from './0001_init.js';
import { sql as search } from './0002_search.js';
import { sql as fkIndexes } from './0003_fk_indexes.js';
import { sql as mentions } from './0004_mentions.js';
import { sql as series } from './0005_series.js';
import { sql as failures } from './0006_failures.js';
import { sql as dropSyncRuns } from './0007_drop_sync_runs.js';
import { sql as listKind } from './0008_list_kind.js';
import { sql as periodKeyIndex } from './0009_period_key_index.js';
import { sql as pendingIndex } from './0010_pending_index.js';
import { sql as projectRollup } from './0011_project_rollup.js';
import { sql as ingest } from './0012_ingest.js';
import { sql as size } from './0013_size.js';
import { sql as messageIndexes } from './0014_message_indexes.js';
import { sql as seriesOrder } from './0015_series_order.js';
import { sql as summaryParserIndex } from './0016_summary_parser_index.js';
import { sql as projectReviews } from './0017_project_reviews.js';
import { SCHEMA_VERSION } from './version.js';

export { SCHEMA_VERSION };

/** Numbered migrations; the database records the last one applied in PRAGMA user_version. */
export const migrations: ReadonlyArray<{ version: number; name: string; sql: string }> = [
  { version: 1, name: 'init', sql: init },
  { version: 2, name: 'search', sql: search },
  { version: 3, name: 'fk_indexes', sql: fkIndexes },
  { version: 4, name: 'mentions', sql: mentions },
  { version: 5, name: 'series', sql: series },
  { version: 6, name: 'failures', sql: failures },
  { version: 7, name: 'drop_sync_runs', sql: dropSyncRuns },
  { version: 8, name: 'list_kind', sql: listKind },
  { version: 9, name: 'period_key_index', sql: periodKeyIndex },
  { version: 10, name: 'pending_index', sql: pendingIndex },
  { version: 11, name: 'project_rollup', sql: projectRollup },
  { version: 12, name: 'ingest', sql: ingest },
  { version: 13, name: 'size', sql: size },
  { version: 14, name: 'message_indexes', sql: messageIndexes },
  { version: 15, name: 'series_order', sql: seriesOrder },
  { version: 16, name: 'summary_parser_index', sql: summaryParserIndex },
  { version: 17, name: 'project_reviews', sql: projectReviews },
];

// A new migration moves SCHEMA_VERSION (./version.ts) with it: readers compare a database with that
// number without loading this list.
if (migrations[migrations.length - 1].version !== SCHEMA_VERSION) {
  throw new Error(`SCHEMA_VERSION in src/store/migrations/version.ts is ${SCHEMA_VERSION}; the last migration is ${migrations[migrations.length - 1].version}: make them agree`);
}
