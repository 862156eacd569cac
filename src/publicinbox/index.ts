/** Public surface of public-inbox's URLs, manifest and repository contents: pure, no I/O. */
export { publicInboxUrl, isPublicInboxUrl, midEscape, messageUrl, epochUrl, type PublicInbox } from './inboxUrl.js';
export { parseManifest, inboxRepos, ManifestError, type InboxRepo } from './manifest.js';
export { parseOidLines, parseDiffTree, parseCatFileBatch, isOid, type CommitMessages, type BatchObject } from './gitOutput.js';
