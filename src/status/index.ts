/** Public surface of the status stage (pure: no I/O). */
export type { Ref, RefSystem, SeriesHint, StatusInput, StatusItem, StatusParse, StatusSection } from './types.js';
export { PARSER_VERSION, parseStatusPost, type ParseReuse } from './parseStatusPost.js';
export { seriesTemplate, type SeriesTemplate } from './seriesKey.js';
export { detectReport, fileNameWords, quickVerdict, seriesEvidence, stripTags, THRESHOLD, WAS_SUBJECT, RELEASE_MILESTONE, type Detection, type Evidence } from './detectReport.js';
export { projectKey, parseAliasDeclarations, type AliasDeclaration } from './projectKey.js';
export { extractUrls, findUrls, normalizeUrl, trimUrl, type FoundUrl } from './urls.js';
export { classifyUrl, statusNear } from './reviewUrl.js';
export { labelOf } from './labels.js';
export { findTextRefs, type TextRef } from './textRefs.js';
export { isGenericHeading, isPartHeading, isAspectName } from './genericHeading.js';
export { WIKI_TAGLINE, WIKI_JUMP } from './headings.js';
export { reportWordsOf, wordingEvidence, WORDING_CAP, WORDING_MIN_WORDS } from './wording.js';
