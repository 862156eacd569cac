/**
 * One-shot raw DEFLATE (RFC 1951) with a preset dictionary, for the many small buffers the
 * store packs and unpacks (a stored message, a message's search text): the same bytes as
 * `deflateRawSync` / `inflateRawSync` at zlib's defaults, for a fraction of their cost.
 *
 * Why: a message is about 1.3 kB (0.6 kB packed), and node:zlib's one-shot functions build a
 * stream object, a zlib state and a 16 kB output buffer for each call: three quarters of their
 * time on the bench archive was that, not (de)compressing (issue 12). Here the work goes to
 * zlib's native handle, the one node:zlib's own streams drive (`_handle`: writeSync, reset,
 * close), through one output buffer reused from call to call; an inflater for a fixed
 * dictionary keeps its handle and resets it between messages (zlib's inflateReset, then the
 * same dictionary again).
 *
 * An inflater may also take another dictionary for each input (a message's search text is
 * unpacked against that message's own raw mail: textCodec.ts): `init` again on the kept handle
 * with the new dictionary, then `reset`. node:zlib keeps the new dictionary and sets it at the
 * reset (zlib's inflateReset, then inflateSetDictionary; a Node that starts zlib afresh on a
 * second `init` gives the same bytes, only slower). Not for deflate: a deflate state kept from
 * message to message packs the same text differently now and then (its window still holds the
 * last message beyond the end of this one, where a fresh state holds zeros: 3 in 30,000 bench
 * messages), so every deflate has a handle of its own.
 *
 * That handle is node:zlib's internal API. It is checked once, on first use, against the
 * public functions (a round trip of a known text must give their very bytes, and an inflater
 * given another dictionary must read what was packed with it); if it is not there or not what
 * this expects, every call takes the public functions instead (or a handle of its own per
 * dictionary). A call that zlib fails (corrupt data) is repeated with the public function,
 * which throws its own error.
 */
import zlib from 'node:zlib';

const { Z_FINISH, Z_DEFAULT_COMPRESSION, Z_DEFAULT_STRATEGY, Z_DEFAULT_WINDOWBITS, Z_DEFAULT_MEMLEVEL, DEFLATERAW, INFLATERAW } = zlib.constants;

/** What node:zlib's native handle offers (the methods node:zlib itself calls). */
interface NativeHandle {
  init(windowBits: number, level: number, memLevel: number, strategy: number, writeState: Uint32Array, processCallback: () => void, dictionary: Buffer | undefined): boolean;
  writeSync(flush: number, input: Uint8Array, inOff: number, inLen: number, output: Uint8Array, outOff: number, outLen: number): void;
  reset(): void;
  close(): void;
  onerror?: (message: string, errno: number) => void;
}
type HandleClass = new (mode: number) => NativeHandle;

/** Output buffer shared by every call on this thread; grown when a result needs more. */
let out = Buffer.allocUnsafe(64 * 1024);
/** zlib writes [avail_out, avail_in] after each write here. */
const state = new Uint32Array(2);

/**
 * Run `input` through `h` to the end of the stream (Z_FINISH); the output, copied out of the
 * shared buffer, or null when zlib reported an error.
 */
function run(h: NativeHandle, input: Uint8Array): Buffer | null {
  const n = runInPlace(h, input);
  return n === null ? null : Buffer.from(out.subarray(0, n));
}

/** `run`, the output left at the start of the shared buffer: its length, or null when zlib reported an error. */
function runInPlace(h: NativeHandle, input: Uint8Array): number | null {
  let failed = false;
  h.onerror = () => { failed = true; };
  let inOff = 0;
  let inLen = input.length;
  let outOff = 0;
  for (;;) {
    h.writeSync(Z_FINISH, input, inOff, inLen, out, outOff, out.length - outOff);
    if (failed) return null;
    const availOut = state[0];
    const availIn = state[1];
    outOff = out.length - availOut;
    inOff += inLen - availIn;
    inLen = availIn;
    // Room left over: zlib reached the end of the stream (or can go no further).
    if (availOut > 0) break;
    const bigger = Buffer.allocUnsafe(out.length * 2);
    out.copy(bigger, 0, 0, outOff);
    out = bigger;
  }
  return outOff;
}

/** (Re)initialise `h` in `mode` with `dictionary`: on a handle used before, the dictionary its next reset() sets. */
function initHandle(h: NativeHandle, mode: number, dictionary: Buffer | undefined): void {
  const level = mode === DEFLATERAW ? Z_DEFAULT_COMPRESSION : 0;
  h.init(Z_DEFAULT_WINDOWBITS, level, Z_DEFAULT_MEMLEVEL, Z_DEFAULT_STRATEGY, state, () => undefined, dictionary);
}

function newHandle(Handle: HandleClass, mode: number, dictionary: Buffer | undefined): NativeHandle {
  const h = new Handle(mode);
  initHandle(h, mode, dictionary);
  return h;
}

/** The native handle class, when it behaves as expected (checked once); null: use the public functions. */
let native: HandleClass | null | undefined;
/** Whether an inflater's handle takes another dictionary (init again, then reset), checked with `native`. */
let redictionary = false;

/** The class of the native handle behind a zlib stream (the stream closed), or null where there is none. */
function handleOf(probe: zlib.DeflateRaw | zlib.InflateRaw): HandleClass | null {
  const Handle = (probe as unknown as { _handle?: object })._handle?.constructor as HandleClass | undefined;
  probe.close();
  return typeof Handle === 'function' ? Handle : null;
}

function handleClass(): HandleClass | null {
  if (native !== undefined) return native;
  native = null;
  redictionary = false;
  try {
    const Handle = handleOf(zlib.createDeflateRaw());
    if (!Handle) return null;
    const text = Buffer.from('Subject: [Gluster-devel] weekly status\n\nThe weekly status of the project: done, next, blocked.\n'.repeat(40));
    const dictionary = Buffer.from('Subject: status of the project weekly');
    const d = newHandle(Handle, DEFLATERAW, dictionary);
    const packed = run(d, text);
    d.close();
    const i = newHandle(Handle, INFLATERAW, dictionary);
    const back = run(i, packed ?? Buffer.alloc(0));
    i.reset();
    const again = run(i, packed ?? Buffer.alloc(0));
    // The same handle for a text packed with another dictionary (what it refers to is there only).
    const other = Buffer.from('Subject: [Openbmc] minutes of the weekly call\n');
    const otherText = Buffer.concat([other, text.subarray(0, 200), other]);
    const otherPacked = zlib.deflateRawSync(otherText, { dictionary: other });
    initHandle(i, INFLATERAW, other);
    i.reset();
    const otherBack = run(i, otherPacked);
    i.close();
    const expected = zlib.deflateRawSync(text, { dictionary });
    if (packed && back && again && packed.equals(expected) && back.equals(text) && again.equals(text)) {
      native = Handle;
      redictionary = otherBack !== null && otherBack.equals(otherText);
    }
  } catch {
    native = null;
  }
  return native;
}

/**
 * What an inflater checks of the handle instead (`inflateClass`): two texts packed once by
 * `deflateRawSync`, each against its own dictionary. Any zlib inflates them back to the texts
 * (DEFLATE is a format: whichever deflater made the bytes, they mean these texts); only deflating
 * depends on zlib's version, which `handleClass` compares with the public function's bytes.
 */
const PROBE = {
  text: Buffer.from('Subject: [Gluster-devel] weekly status\n\nThe weekly status of the project: done, next, blocked.\n'.repeat(4)),
  dictionary: Buffer.from('Subject: status of the project weekly'),
  packed: Buffer.from('C4YpinbPKS0uSS3STUktS82JhUpD9XJxhWSkogqhGWelkJKfl6qjkJdaUaKjkJSTn5ydmqLHNWo8HuMB', 'base64'),
  other: Buffer.from('Subject: [Openbmc] minutes of the weekly call\n'),
  otherPacked: Buffer.from('CyZTtXtOaXFJapFuSmpZak4sTFFxSWJJaTEXVwhCH0QIZlhBUT7EgJT8vFQdhbzUihIdhaSc/OTs1BQ9+hlPmq8B', 'base64'),
};

/** The native handle class for inflating, when it inflates as expected (checked once); null: use the public functions. */
let inflateNative: HandleClass | null | undefined;
/** Whether an inflater's handle takes another dictionary (init again, then reset), checked with `inflateNative`. */
let inflateRedictionary = false;

/**
 * `handleClass` for inflaters, checked without deflating: reading mail (every query that shows a
 * message) needs no deflater, and the full check, a deflate on the handle and two through the
 * public functions (a stream each), was ~3 ms of a fresh process's `archive search`.
 */
function inflateClass(): HandleClass | null {
  if (inflateNative !== undefined) return inflateNative;
  if (native) {
    // (the full check passed already)
    inflateRedictionary = redictionary;
    return (inflateNative = native);
  }
  inflateNative = null;
  inflateRedictionary = false;
  try {
    const Handle = handleOf(zlib.createInflateRaw());
    if (!Handle) return null;
    const i = newHandle(Handle, INFLATERAW, PROBE.dictionary);
    const back = run(i, PROBE.packed);
    i.reset();
    const again = run(i, PROBE.packed);
    // The same handle for a text packed with another dictionary (what it refers to is there only).
    initHandle(i, INFLATERAW, PROBE.other);
    i.reset();
    const otherBack = run(i, PROBE.otherPacked);
    i.close();
    const otherText = Buffer.concat([PROBE.other, PROBE.text.subarray(0, 200), PROBE.other]);
    if (back && again && back.equals(PROBE.text) && again.equals(PROBE.text)) {
      inflateNative = Handle;
      inflateRedictionary = otherBack !== null && otherBack.equals(otherText);
    }
  } catch {
    inflateNative = null;
  }
  return inflateNative;
}

/** Whether the calls go to zlib's handle (false: the public functions; the same bytes either way). */
export function onZlibHandle(): boolean {
  return handleClass() !== null && inflateClass() !== null;
}

/** `input` through a handle of its own in `mode`, else (no handle, or zlib failed) through `publicFn`. */
function once(mode: number, input: Buffer, dictionary: Buffer | undefined, publicFn: () => Buffer): Buffer {
  const Handle = mode === INFLATERAW ? inflateClass() : handleClass();
  if (Handle) {
    const h = newHandle(Handle, mode, dictionary);
    try {
      const r = run(h, input);
      if (r) return r;
    } finally {
      h.close();
    }
  }
  return publicFn();
}

/** `deflateRawSync(input, { dictionary })`, the same bytes. */
export function deflateRawWith(input: Buffer, dictionary?: Buffer): Buffer {
  return once(DEFLATERAW, input, dictionary, () => zlib.deflateRawSync(input, { level: Z_DEFAULT_COMPRESSION, dictionary }));
}

/** `inflateRawSync(input, { dictionary })`, the same bytes (or its error). */
export function inflateRawWith(input: Buffer, dictionary?: Buffer): Buffer {
  return once(INFLATERAW, input, dictionary, () => zlib.inflateRawSync(input, dictionary ? { dictionary } : {}));
}

/**
 * An inflater that keeps its zlib state from message to message: `inflateRawSync(input,
 * { dictionary })` for each input, the same bytes (or its error). Its dictionary is the one it
 * was made with (or none), or the one given with an input (another for each message).
 */
export class RawInflater {
  private handle: NativeHandle | null = null;
  /** The dictionary the handle holds (set again at each reset). */
  private current: Buffer | undefined;

  constructor(private readonly dictionary?: Buffer) {}

  inflate(input: Buffer, dictionary: Buffer | undefined = this.dictionary): Buffer {
    const h = this.ready(dictionary);
    if (h) {
      const r = run(h, input);
      if (r) return r;
      this.failed();
    }
    return zlib.inflateRawSync(input, dictionary ? { dictionary } : {});
  }

  /**
   * Whether `input` inflates to exactly the bytes of `expected` (false for data that does not
   * inflate), without copying the result out.
   */
  inflatesTo(input: Buffer, expected: Uint8Array, dictionary: Buffer | undefined = this.dictionary): boolean {
    const h = this.ready(dictionary);
    if (h) {
      const n = runInPlace(h, input);
      if (n !== null) return n === expected.length && out.compare(expected, 0, n, 0, n) === 0;
      this.failed();
      return false;
    }
    let back: Buffer;
    try {
      back = zlib.inflateRawSync(input, dictionary ? { dictionary } : {});
    } catch {
      return false;
    }
    return back.equals(expected);
  }

  /** The handle, reset for a new input with `dictionary`; null: use the public functions. */
  private ready(dictionary: Buffer | undefined): NativeHandle | null {
    const Handle = inflateClass();
    if (!Handle) return null;
    if (this.handle && dictionary !== this.current) {
      if (inflateRedictionary) initHandle(this.handle, INFLATERAW, dictionary);
      else {
        this.handle.close();
        this.handle = null;
      }
    }
    if (this.handle) this.handle.reset();
    else this.handle = newHandle(Handle, INFLATERAW, dictionary);
    this.current = dictionary;
    return this.handle;
  }

  /** zlib failed on an input: a fresh handle next time (the public function says why). */
  private failed(): void {
    this.handle?.close();
    this.handle = null;
  }
}
