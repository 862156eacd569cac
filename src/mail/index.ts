/** Public API of the mail stage (pure: no I/O). */
export type { ParsedMail, CleanedBody, RemovedBlock, RemovedKind, DateParse } from './types.js';
export { splitMbox, splitMailbox, classifyMailFile, isFromLine, separatorOffsets, STRICT_FROM_LINE, OLD_FROM_LINE, LOOSE_FROM_LINE } from './splitMbox.js';
export { parseMail } from './parseMail.js';
export { parseDate, parseDateDetailed, ZONE_OFFSETS } from './date.js';
export { contentHash, messageKey } from './identity.js';
export { stripListPrefix, isReplySubject, isForwardSubject } from './subject.js';
export { cleanBody, cleanFromKinds } from './cleanBody.js';
export { classifyBodyLines, startsPlain, charTable, signatureEndsAt, isQuotedLine, isSignatureSeparator, isAttributionLine, isFooterStart, outlookHeaderAt, PGP, undashEscaped, ORIGINAL_MESSAGE, FORWARDED_DASHES, FORWARDED_BEGIN, FORWARD_NOTE_LINES, type BodyLineKind } from './bodyLines.js';
export { parseFrom, deobfuscate, type Author } from './address.js';
export { decodeWords, parseIds, parseMessageId } from './headers.js';
export { decodeBytes, decodeUndeclared, knownCharset } from './charset.js';
export { decodeBody, parseContentType, decodeTransfer, decodeQuotedPrintable } from './mime.js';
