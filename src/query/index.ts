/**
 * Public surface of the query stage. The data modules (this folder) read the database and return
 * data; every renderer (text, markdown, CSV, JSON lines, HTML and SVG) lives in format/, and this file is the
 * one place that exposes both. test/architecture.test.ts keeps data modules from importing format/.
 */
export { projectHistory, STALE_AFTER, type ProjectHistory, type HistoryReport, type HistoryItem, type HistoryQuery } from './history.js';
export { diffItems, similarity, foldText, type ItemStatus } from '../index/diffItems.js';
export { listProjects, listProjectLines, listNames, stats, listStatus, type ProjectSummary, type ProjectLine, type Stats, type ListStatus } from './overview.js';
export { aliasClosure, closestProjects } from './projectNames.js';
export { parseAliasFile } from './aliasFile.js';
export { search, TEXT_HIGHLIGHT, toFtsQuery, parseSearchQuery, type FtsQuery, type SearchQuery, type SearchHit, type SearchItemHit, type SearchResult } from './search.js';
export { reviewLifecycles, reviewsPage, type ReviewsQuery, type ReviewLifecycle, type ReviewMention, type ReviewPage } from './reviews.js';
export { monthDigest, reportMonths, type MonthDigest, type DigestProject, type DigestReport, type DigestItem } from './monthDigest.js';
export { exportReports, type ExportQuery, type ExportReport } from './exportRows.js';
export { compareReports, type CompareQuery, type ReportComparison, type ComparedItem, type ComparedReport } from './compareReports.js';
export { listSeries, resolveSeries, pinSeries, type SeriesRow } from './series.js';
export { findStoredMessage, type StoredMessageRef } from './storedMessage.js';
export { projectTimeline, monthRange, type Timeline, type TimelineLane, type TimelineMark, type TimelineMonth, type TimelineReport, type MarkKind } from './timeline.js';

// Renderers.
export { safeText, safeData, toJson, type SafeTextOptions } from './format/safeText.js';
export { historyToJson } from './format/json.js';
export { historyToCsv, csvRow } from './format/csv.js';
export { historyToMarkdown, mdEscape, mdUrl, mdLink } from './format/markdown.js';
export { historyToText } from './format/text.js';
export { searchToText } from './format/search.js';
export { reviewsToText } from './format/reviews.js';
export { digestToText, digestToMarkdown } from './format/digest.js';
export { exportJsonLine, exportCsvRows, EXPORT_CSV_HEADER } from './format/export.js';
export { comparisonToText, comparisonToMarkdown, comparisonToCsv } from './format/comparison.js';
export { html, Html, escapeHtml, textBlock, safeHref, externalLink, linkify, marked, pathWithQuery, type HtmlValue } from './format/html.js';
export { timelineSvg, timelineToSvg, timelineToHtml, TIMELINE_CSS, type TimelineSvgOptions } from './format/timeline.js';
export { sparklineSvg } from './format/sparkline.js';
