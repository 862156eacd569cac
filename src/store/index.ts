export { openDatabase, APPLICATION_ID, type Db, type OpenOptions } from './db.js';
export { describeDbError } from './dbErrors.js';
export { acquireRunLock, type RunLock } from './lock.js';
export { RawStore, type ListRow, type PeriodRow, type PeriodState, type NewMessage } from './rawStore.js';
export { SCHEMA_VERSION } from './migrations/index.js';
export { SEARCH_TRIGGERS, DROP_SEARCH_TRIGGERS } from './migrations/0013_size.js';
export { PROJECT_TRIGGERS, DROP_PROJECT_TRIGGERS } from './migrations/0011_project_rollup.js';
export { packRaw, unpackRaw, RAW_AS_FETCHED, RAW_DEFLATE, RAW_DEFLATE_DICT } from './rawCodec.js';
export { packText, unpackText } from './textCodec.js';
