/** Public API of the pipermail page parsers (pure: no I/O). */
export type { PeriodKind, TocEntry, PeriodIndexEntry, MessagePage } from './types.js';
export { parseToc, parseTocDetailed, type TocParse } from './toc.js';
export { periodFromName, MONTH_NAMES, type PeriodRange } from './period.js';
export { parsePeriodIndex } from './periodIndex.js';
export { parseMessagePage, extractBody } from './messagePage.js';
export { decodeHtml, decodeEntities, metaCharset, foldWhitespace, dirUrl, scanTags, plainText } from './html.js';
export { normalizeListUrl, type ListRoot } from './listUrl.js';
export { parseListIndex, isPipermailIndexUrl } from './listIndex.js';
