/**
 * Raw DEFLATE (RFC 1951) decoded in JavaScript, with an optional preset dictionary: the bytes
 * `zlib.inflateRawSync(input, { dictionary })` gives, for the few stored messages a query shows.
 *
 * Why: node:zlib loads Node's stream modules with it, about 5-9 ms of a process's start, which
 * `archive search` paid for the 20 messages it makes snippets of (issue 12.3: the whole process
 * within 150 ms on a million messages). Decoding those few kilobytes here costs well under a
 * millisecond; bulk work (a reindex reads every message) goes to zlib (rawDeflate.ts hands over
 * after a few dozen inputs).
 *
 * Strict: anything zlib might read differently (a malformed block, an incomplete code, a distance
 * beyond the data and dictionary, input that ends early) throws, and the caller asks zlib, which
 * gives its own answer or error. Only the last 32 KiB of the dictionary can be referred to, as in
 * zlib. Bytes after the last block are ignored, as the one-shot inflate does.
 */

/** Length base and extra bits of length symbols 257..285. */
const LBASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LEXT = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
/** Distance base and extra bits of distance symbols 0..29. */
const DBASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DEXT = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
/** The order code length code lengths are sent in. */
const CLORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

const WINDOW = 32 * 1024;
const MAXBITS = 15;
/** Codes up to this long are decoded by one table lookup; longer ones bit by bit. */
const FAST = 9;

class Invalid extends Error {}

/** A canonical Huffman code: counts per length and symbols in code order (as zlib's puff.c), and a lookup table for short codes. */
interface Huffman {
  count: Uint16Array;
  symbol: Uint16Array;
  /** Indexed by the next FAST bits of input: symbol << 4 | code length, or 0 (a longer code, or none). */
  fast: Int32Array;
}

/**
 * The code for `lengths[0..n)`. `allowSingle`: an incomplete code is accepted when it is one code
 * of length 1 (zlib's rule for literal/length and distance codes; none for the code length code).
 */
function huffman(lengths: Uint8Array | number[], n: number, allowSingle: boolean): Huffman {
  const count = new Uint16Array(MAXBITS + 1);
  for (let s = 0; s < n; s++) count[lengths[s]]++;
  const symbol = new Uint16Array(n);
  const fast = new Int32Array(1 << FAST);
  if (count[0] === n) return { count, symbol, fast }; // no codes: any symbol decoded from it is invalid
  let left = 1;
  let max = 0;
  for (let len = 1; len <= MAXBITS; len++) {
    left = (left << 1) - count[len];
    if (left < 0) throw new Invalid('over-subscribed code');
    if (count[len]) max = len;
  }
  if (left > 0 && !(allowSingle && max === 1)) throw new Invalid('incomplete code');
  const offs = new Uint16Array(MAXBITS + 2);
  for (let len = 1; len <= MAXBITS; len++) offs[len + 1] = offs[len] + count[len];
  for (let s = 0; s < n; s++) if (lengths[s]) symbol[offs[lengths[s]]++] = s;
  // Canonical codes in symbol order, each written into the table bit-reversed (input is read LSB first).
  let code = 0;
  let index = 0;
  for (let len = 1; len <= MAXBITS; len++) {
    for (let k = 0; k < count[len]; k++, index++, code++) {
      if (len > FAST) continue;
      let rev = 0;
      for (let b = 0; b < len; b++) rev |= ((code >>> b) & 1) << (len - 1 - b);
      const entry = (symbol[index] << 4) | len;
      for (let i = rev; i < 1 << FAST; i += 1 << len) fast[i] = entry;
    }
    code <<= 1;
  }
  return { count, symbol, fast };
}

let fixed: { lit: Huffman; dist: Huffman } | null = null;

function fixedCodes(): { lit: Huffman; dist: Huffman } {
  if (fixed) return fixed;
  const l = new Uint8Array(288);
  l.fill(8, 0, 144);
  l.fill(9, 144, 256);
  l.fill(7, 256, 280);
  l.fill(8, 280, 288);
  // (32 distance codes, as zlib's fixed table: 30 and 31 are read, then refused)
  const d = new Uint8Array(32).fill(5);
  fixed = { lit: huffman(l, 288, false), dist: huffman(d, 32, false) };
  return fixed;
}

/** The inflated bytes of raw DEFLATE `input`, with `dictionary` before them; throws on anything zlib might not read the same way. */
export function inflateRawJs(input: Uint8Array, dictionary?: Uint8Array): Buffer {
  const dict = dictionary && dictionary.length > WINDOW ? dictionary.subarray(dictionary.length - WINDOW) : dictionary;
  const start = dict ? dict.length : 0;
  let out = Buffer.allocUnsafe(start + Math.max(1024, input.length * 4));
  if (dict) out.set(dict, 0);
  let op = start;
  let ip = 0;
  let bitbuf = 0;
  let bitcnt = 0;

  const need = (n: number): void => {
    while (bitcnt < n) {
      if (ip >= input.length) throw new Invalid('unexpected end of input');
      bitbuf |= input[ip++] << bitcnt;
      bitcnt += 8;
    }
  };
  const bits = (n: number): number => {
    need(n);
    const v = bitbuf & ((1 << n) - 1);
    bitbuf >>>= n;
    bitcnt -= n;
    return v;
  };
  const room = (n: number): void => {
    if (op + n <= out.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(out.length * 2, op + n));
    out.copy(bigger, 0, 0, op);
    out = bigger;
  };
  const decode = (h: Huffman): number => {
    // as many bits as there are, up to FAST, for the table
    while (bitcnt < FAST && ip < input.length) {
      bitbuf |= input[ip++] << bitcnt;
      bitcnt += 8;
    }
    const entry = h.fast[bitbuf & ((1 << FAST) - 1)];
    if (entry !== 0) {
      const len = entry & 15;
      if (len > bitcnt) throw new Invalid('unexpected end of input');
      bitbuf >>>= len;
      bitcnt -= len;
      return entry >>> 4;
    }
    // a longer code (or none): bit by bit, as puff.c
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len <= MAXBITS; len++) {
      code |= bits(1);
      const count = h.count[len];
      if (code - count < first) return h.symbol[index + (code - first)];
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    throw new Invalid('invalid code');
  };

  let last = 0;
  do {
    last = bits(1);
    const type = bits(2);
    if (type === 0) {
      // stored: to the byte boundary (whole bytes read ahead into the bit buffer are read again), then LEN and its complement
      ip -= bitcnt >>> 3;
      bitbuf = 0;
      bitcnt = 0;
      if (ip + 4 > input.length) throw new Invalid('unexpected end of input');
      const len = input[ip] | (input[ip + 1] << 8);
      const nlen = input[ip + 2] | (input[ip + 3] << 8);
      if (len !== (~nlen & 0xffff)) throw new Invalid('invalid stored block lengths');
      ip += 4;
      if (ip + len > input.length) throw new Invalid('unexpected end of input');
      room(len);
      out.set(input.subarray(ip, ip + len), op);
      op += len;
      ip += len;
      continue;
    }
    let lit: Huffman;
    let dist: Huffman;
    if (type === 1) ({ lit, dist } = fixedCodes());
    else if (type === 2) {
      const nlen = bits(5) + 257;
      const ndist = bits(5) + 1;
      const ncode = bits(4) + 4;
      if (nlen > 286 || ndist > 30) throw new Invalid('too many length or distance symbols');
      const cl = new Uint8Array(19);
      for (let i = 0; i < ncode; i++) cl[CLORDER[i]] = bits(3);
      const lencode = huffman(cl, 19, false);
      const lengths = new Uint8Array(nlen + ndist);
      for (let i = 0; i < nlen + ndist;) {
        const sym = decode(lencode);
        if (sym < 16) {
          lengths[i++] = sym;
          continue;
        }
        let value = 0;
        let repeat: number;
        if (sym === 16) {
          if (i === 0) throw new Invalid('repeat with no first length');
          value = lengths[i - 1];
          repeat = 3 + bits(2);
        } else if (sym === 17) repeat = 3 + bits(3);
        else repeat = 11 + bits(7);
        if (i + repeat > nlen + ndist) throw new Invalid('too many lengths');
        while (repeat--) lengths[i++] = value;
      }
      if (lengths[256] === 0) throw new Invalid('missing end-of-block code');
      lit = huffman(lengths, nlen, true);
      dist = huffman(lengths.subarray(nlen), ndist, true);
    } else throw new Invalid('invalid block type');

    for (;;) {
      const sym = decode(lit);
      if (sym < 256) {
        if (op >= out.length) room(1);
        out[op++] = sym;
      } else if (sym === 256) break;
      else {
        const li = sym - 257;
        if (li >= 29) throw new Invalid('invalid literal/length code');
        const len = LBASE[li] + bits(LEXT[li]);
        const ds = decode(dist);
        if (ds >= 30) throw new Invalid('invalid distance code');
        const d = DBASE[ds] + bits(DEXT[ds]);
        if (d > op) throw new Invalid('invalid distance too far back');
        room(len);
        for (let k = 0; k < len; k++, op++) out[op] = out[op - d];
      }
    }
  } while (!last);
  return out.subarray(start, op);
}
