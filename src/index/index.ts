export { IndexWriter, type IndexOutcome } from './indexWriter.js';
export { seriesTableEmpty } from './seriesIndex.js';
export { deriveMessage, type Derived, type DerivedSection, type DerivedItem } from './deriveMessage.js';
export { readStoredMessage, type ReadMessage } from './readMessage.js';
export { listHint, ListHints } from './listHint.js';
export { projectFromSubject, sectionProject } from './projectNames.js';
export { reindexAll, type ReindexSummary } from './reindex.js';
