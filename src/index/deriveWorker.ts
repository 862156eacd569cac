/**
 * A reindex's worker thread (started by src/index/derivePool.ts): derives batches of stored
 * messages and sends them back, in the order asked. It reads no database and writes nothing.
 */
import { parentPort } from 'node:worker_threads';
import { prepareMessage, type Prepared, type StoredRow } from './prepareMessage.js';

export interface DeriveTask {
  seq: number;
  rows: StoredRow[];
  compact: boolean;
}

export interface DeriveDone {
  seq: number;
  results: Prepared[];
}

parentPort?.on('message', (task: DeriveTask) => {
  // A Buffer arrives as a plain Uint8Array: the parsers read it as a Buffer (no copy).
  const asBuffer = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  const done: DeriveDone = { seq: task.seq, results: task.rows.map((r) => prepareMessage({ ...r, raw: asBuffer(r.raw) }, task.compact)) };
  parentPort!.postMessage(done);
});
