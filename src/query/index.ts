export { projectHistory, STALE_AFTER, type ProjectHistory, type HistoryReport, type HistoryItem, type HistoryQuery } from './history.js';
export { diffItems, similarity, foldText, type ItemStatus } from './diffItems.js';
export { listProjects, stats, listStatus, type ProjectSummary, type Stats, type ListStatus } from './overview.js';
export { parseAliasFile, aliasClosure, closestProjects } from './projectNames.js';
export { historyToJson } from './format/json.js';
export { historyToCsv, csvRow } from './format/csv.js';
export { historyToMarkdown } from './format/markdown.js';
export { historyToText } from './format/text.js';
