/**
 * processIo's writer for output that is not a terminal: written to the descriptor directly (no
 * Node stream to make at start), every byte in order, EPIPE as "the reader went away", and a
 * descriptor someone left non-blocking handed over to a stream once it would block.
 */
import { describe, it, expect } from 'vitest';
import { closeSync, constants, openSync, readFileSync, readSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fdWriter } from '../../src/cli/io.js';
import { tempDir } from '../support/cli.js';

const text = (n: number) => Array.from({ length: n }, (_, i) => `line ${i} ünïcödé\n`).join('');

describe('fdWriter', () => {
  it('writes every byte of every call, in order, to a file', () => {
    const tmp = tempDir();
    const file = join(tmp.dir, 'out.txt');
    const fd = openSync(file, 'w');
    const w = fdWriter(fd, () => { throw new Error('not gone'); }, () => { throw new Error('no fallback'); });
    const a = text(5000), b = text(3);
    w(a);
    w(b);
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe(a + b);
    tmp.cleanup();
  });

  it('hands the rest to the fallback when a non-blocking pipe is full (EAGAIN), and all later output', () => {
    const tmp = tempDir();
    const fifo = join(tmp.dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const r = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const fd = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
    const later: Buffer[] = [];
    const w = fdWriter(fd, () => { throw new Error('not gone'); }, () => (s) => { later.push(Buffer.from(s)); });
    const big = text(40_000); // ~800 KB: more than a pipe holds
    w(big);
    w('after\n');
    const piped: Buffer[] = [];
    const buf = Buffer.alloc(65536);
    for (;;) {
      let n = 0;
      try { n = readSync(r, buf); } catch { break; } // EAGAIN: drained
      if (n === 0) break;
      piped.push(Buffer.from(buf.subarray(0, n)));
    }
    closeSync(fd);
    closeSync(r);
    expect(piped.length).toBeGreaterThan(0);
    expect(later.length).toBe(2);
    expect(Buffer.concat([...piped, ...later]).toString('utf8')).toBe(big + 'after\n');
    tmp.cleanup();
  });

  it('calls gone on EPIPE (the reader closed) and throws nothing', () => {
    const tmp = tempDir();
    const fifo = join(tmp.dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const r = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const fd = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
    closeSync(r);
    let gone = 0;
    const w = fdWriter(fd, () => { gone++; }, () => { throw new Error('no fallback'); });
    w('nobody reads this\n');
    closeSync(fd);
    expect(gone).toBe(1);
    tmp.cleanup();
  });
});
