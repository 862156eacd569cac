/** Public surface of the HyperKitty (Mailman 3) pages and URLs: pure, no I/O. */
export { hyperkittyListUrl, isHyperKittyUrl, fqdnOf, type HyperKittyList } from './listUrl.js';
export { parseListMonths, looksLikeHyperKitty, monthBounds, monthExportUrl, messageIdHash, messagePageUrl, withFixedBoundary, type HyperKittyMonth } from './pages.js';
export { parseListsPage, hyperkittyIndexPrefix, type ListsPage } from './listIndex.js';
