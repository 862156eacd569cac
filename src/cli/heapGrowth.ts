/**
 * How far V8 lets its heap grow past what a full garbage collection leaves alive, for the
 * commands that write for a long time (sync, import, reindex).
 *
 * Left to itself V8 grows the heap by a factor of up to 4 when collecting seldom looks cheap, and
 * never gives the room back: a first sync of the bench's 150k-message archive lived in 30-60 MB of
 * objects, each period's parse turning over 50-100 MB more, while the heap grew to 160-180 MB and
 * the process peaked at 315-345 MB (issue 12.2: < 300 MB). Growing by half each time kept that
 * heap at 85-100 MB and the peak at 235-240 MB, for 34 full collections instead of 23 (their time
 * 350 ms instead of 285, of a run of about a minute).
 *
 * V8 reads the factor at each collection, so setting it once the process has started takes
 * effect (a flag on the command line could not be: the CLI is run as `archive ...` and as
 * `node archive.js ...`). It is the process's, so a reindex's worker threads grow the same way.
 */
import { setFlagsFromString } from 'node:v8';

export const HEAP_GROWING_PERCENT = 50;

export function boundHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
