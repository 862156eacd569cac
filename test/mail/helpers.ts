import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const REAL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/pipermail/real');

/** Read a real capture; `.gz` files are gunzipped. */
export function real(rel: string): Buffer {
  const buf = readFileSync(path.join(REAL, rel));
  return rel.endsWith('.gz') ? gunzipSync(buf) : buf;
}

export const TP = 'twistedmatrix.com/twisted-python';
export const IJB = 'imagej.net/imagej-builds';
