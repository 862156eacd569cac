/**
 * The identity of an mbox entry (a period text archive's, a HyperKitty export's, an imported
 * file's): its bytes without the From_ line, hashed as they read in the middle of the file. Pure.
 */
import { createHash } from 'node:crypto';

export const sha256 = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');

function withoutFromLine(entry: Buffer): Buffer {
  if (entry.subarray(0, 5).toString('latin1') !== 'From ') return entry;
  const nl = entry.indexOf(0x0a);
  return nl >= 0 ? entry.subarray(nl + 1) : Buffer.alloc(0);
}

/**
 * An entry's bytes as they read in the middle of a period file, ending in a blank line. The
 * last entry of a file may end in a single newline, or none, until the next message is appended
 * after it; hashed as is, the same message would get a new identity then.
 */
function asMidFile(b: Buffer): Buffer {
  const n = b.length;
  if (n === 0) return b;
  if (b[n - 1] === 0x0a && (b[n - 2] === 0x0a || (b[n - 2] === 0x0d && b[n - 3] === 0x0a))) return b;
  return Buffer.concat([b, Buffer.from(b[n - 1] === 0x0a ? '\n' : '\n\n')]);
}

/**
 * sha256 of an mbox entry without its From_ line (whose time differs between re-imports), as it
 * reads in the middle of the file: the same whatever the file's last bytes were when it was read.
 */
export function entryHash(entry: Buffer): string {
  return sha256(asMidFile(withoutFromLine(entry)));
}

/** The hash versions before 0.2 gave an entry (its bytes as they ended), when it differs from entryHash. */
export function legacyEntryHashes(entry: Buffer): string[] {
  const body = withoutFromLine(entry);
  const out = new Set([sha256(body)]);
  // A file that ended in a single newline when the entry was stored, and has grown since.
  const n = body.length;
  if (n >= 2 && body[n - 1] === 0x0a && body[n - 2] === 0x0a) out.add(sha256(body.subarray(0, n - 1)));
  out.delete(entryHash(entry));
  return [...out];
}

/** Bytes of no message at all: a Range answer that starts with the blank line ending the previous entry. */
export function isBlank(b: Buffer): boolean {
  for (const c of b) if (c !== 0x0a && c !== 0x0d && c !== 0x20 && c !== 0x09) return false;
  return true;
}
