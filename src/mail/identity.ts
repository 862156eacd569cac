/** Message identity: content hash and the key used to de-duplicate messages. */
import { createHash } from 'node:crypto';

/** sha256 hex of the raw bytes. */
export function contentHash(raw: Uint8Array): string {
  return createHash('sha256').update(raw).digest('hex');
}

/** `mid:<Message-ID>` when there is one, else `sha256:<hash>`. */
export function messageKey(messageId: string | null, hash: string): string {
  const id = messageId?.trim().replace(/^<|>$/g, '').trim();
  return id ? `mid:${id}` : `sha256:${hash}`;
}
