/**
 * Worker threads that derive stored messages for a reindex (src/index/deriveWorker.ts) while
 * the main thread, the one writer, writes what they derived before. A batch goes to a worker as
 * soon as it is asked for (to the one with the fewest messages still to do), and waits in that
 * worker's queue: the main thread, busy writing, does not turn its event loop to hand out work,
 * so the workers must never wait for it. The caller bounds how many batches it asks for ahead.
 * A worker that fails (it could not start, it died) ends the pool: every batch not yet derived
 * resolves to null, and the caller derives those itself.
 */
import { Worker } from 'node:worker_threads';
import type { DeriveDone, DeriveTask } from './deriveWorker.js';
import type { Prepared, StoredRow } from './prepareMessage.js';
import { fromWire } from './preparedWire.js';

/** The worker's module beside this one; run from the sources (the tests), the built one. */
function workerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('../../dist/src/index/deriveWorker.js', here) : new URL('./deriveWorker.js', here);
}

interface Job {
  rows: number;
  resolve: (results: Prepared[] | null) => void;
}

interface Slot {
  worker: Worker;
  jobs: Map<number, Job>;
  /** Messages sent and not yet back. */
  rows: number;
}

export class DerivePool {
  private readonly slots: Slot[] = [];
  private seq = 0;
  private failed = false;
  private closing = false;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const slot: Slot = { worker: new Worker(workerUrl()), jobs: new Map(), rows: 0 };
      slot.worker.on('message', (done: DeriveDone) => this.finished(slot, done));
      slot.worker.on('error', () => this.fail());
      slot.worker.on('exit', () => { if (!this.closing) this.fail(); });
      this.slots.push(slot);
    }
  }

  /** True once a worker failed: what is asked from then on resolves to null at once. */
  get broken(): boolean {
    return this.failed;
  }

  /** Derive these rows (no series hint), in their order; null when the pool failed. */
  derive(rows: StoredRow[], compact: boolean): Promise<Prepared[] | null> {
    return this.send({ seq: this.seq++, rows, compact }, rows.length);
  }

  /**
   * Derive the stored messages with ids `from` to `to` (`count` of them), which the worker
   * reads from the database file `db` itself; null when the pool failed or the worker could not
   * read them.
   */
  deriveRange(db: string, from: number, to: number, count: number, compact: boolean): Promise<Prepared[] | null> {
    return this.send({ seq: this.seq++, range: { db, from, to }, compact }, count);
  }

  private send(task: DeriveTask, rows: number): Promise<Prepared[] | null> {
    if (this.failed) return Promise.resolve(null);
    return new Promise((resolve) => {
      const slot = this.slots.reduce((a, b) => (b.rows < a.rows ? b : a));
      slot.jobs.set(task.seq, { rows, resolve });
      slot.rows += rows;
      slot.worker.postMessage(task);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    this.fail();
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private finished(slot: Slot, done: DeriveDone): void {
    const job = slot.jobs.get(done.seq);
    if (!job) return;
    slot.jobs.delete(done.seq);
    slot.rows -= job.rows;
    job.resolve(done.results && done.results.map(fromWire));
  }

  private fail(): void {
    if (this.failed) return;
    this.failed = true;
    for (const slot of this.slots) {
      for (const job of slot.jobs.values()) job.resolve(null);
      slot.jobs.clear();
    }
  }
}
