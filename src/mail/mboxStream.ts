/** Streaming variant of splitMbox: same entries, memory bounded by the largest entry. */
import { Transform, type TransformCallback } from 'node:stream';
import { isFromLine } from './splitMbox.js';

const NL = 0x0a;

/**
 * Incremental splitter. `push` returns the entries completed by this chunk; `end` returns the
 * last one. Feeding a buffer in any chunking yields exactly what splitMbox(buffer) returns.
 */
export class MboxSplitter {
  private parts: Buffer[] = []; // bytes of the current entry, complete lines only
  private partsLen = 0;
  private tail: Buffer = Buffer.alloc(0); // an unfinished line

  push(chunk: Buffer): Buffer[] {
    const out: Buffer[] = [];
    let data = this.tail.length ? Buffer.concat([this.tail, chunk]) : chunk;
    let pos = 0;
    for (;;) {
      const nl = data.indexOf(NL, pos);
      if (nl < 0) break;
      this.takeLine(data.subarray(pos, nl + 1), out);
      pos = nl + 1;
    }
    this.tail = Buffer.from(data.subarray(pos));
    data = Buffer.alloc(0);
    return out;
  }

  end(): Buffer[] {
    const out: Buffer[] = [];
    if (this.tail.length) this.takeLine(this.tail, out);
    this.tail = Buffer.alloc(0);
    if (this.partsLen > 0) out.push(Buffer.concat(this.parts, this.partsLen));
    this.parts = [];
    this.partsLen = 0;
    return out;
  }

  private takeLine(line: Buffer, out: Buffer[]): void {
    if (this.partsLen > 0 && line.length >= 5 && line[0] === 0x46 /* F */) {
      const text = line.toString('latin1', 0, line[line.length - 1] === NL ? line.length - 1 : line.length);
      if (isFromLine(text)) {
        out.push(Buffer.concat(this.parts, this.partsLen));
        this.parts = [];
        this.partsLen = 0;
      }
    }
    this.parts.push(Buffer.from(line));
    this.partsLen += line.length;
  }
}

/** An object-mode Transform: write Buffers (any chunking), read one Buffer per entry. */
export function createMboxSplitter(): Transform {
  const s = new MboxSplitter();
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback) {
      for (const e of s.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk))) this.push(e);
      cb();
    },
    flush(cb: TransformCallback) {
      for (const e of s.end()) this.push(e);
      cb();
    },
  });
}

/** Async-generator form: split an async iterable of chunks into entries. */
export async function* splitMboxStream(chunks: AsyncIterable<Buffer | Uint8Array>): AsyncGenerator<Buffer> {
  const s = new MboxSplitter();
  for await (const c of chunks) yield* s.push(Buffer.isBuffer(c) ? c : Buffer.from(c));
  yield* s.end();
}
