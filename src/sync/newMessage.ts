/**
 * A raw mbox entry (or a single message file) as the store takes it, whatever the archive kind:
 * identity (list + Message-ID + content hash, src/sync/mboxEntries.ts), the headers the queries
 * read, and the message's public URL when the source knows it. Pure.
 */
import { parseMail, messageKey, type ParsedMail } from '../mail/index.js';
import type { NewMessage } from '../store/index.js';
import { entryHash, legacyEntryHashes } from './mboxEntries.js';

/** The message's headers, or null when the entry cannot be read as mail (it is still stored raw). */
export function safeParse(raw: Buffer): ParsedMail | null {
  try {
    return parseMail(raw);
  } catch {
    return null;
  }
}

/**
 * `aliases` adds the identities older versions gave a pipermail entry (for a period read again),
 * so a message stored then is not stored twice; `contentHash` replaces the entry's own hash where
 * a source knows the raw bytes vary (HyperKitty's random MIME boundaries).
 */
export function toNewMessage(period: string, raw: Buffer, mail: ParsedMail | null, page: { url: string; seq: number | null } | null, opts: { aliases?: boolean; contentHash?: string } = {}): NewMessage {
  const withAliases = opts.aliases ?? false;
  const contentHash = opts.contentHash ?? entryHash(raw);
  const messageId = mail?.messageId ?? null;
  const aliases = withAliases ? legacyEntryHashes(raw).map((h) => ({ msgKey: messageKey(messageId, h), contentHash: h })) : [];
  return {
    period, messageId, msgKey: messageKey(messageId, contentHash), contentHash, source: 'mbox', raw,
    seq: page?.seq ?? null, url: page?.url ?? null, subject: mail?.subject ?? null, authorName: mail?.authorName ?? null,
    authorAddress: mail?.authorAddress ?? null, date: mail?.date ?? null, inReplyTo: mail?.inReplyTo ?? null,
    ...(aliases.length ? { aliases } : {}),
  };
}
