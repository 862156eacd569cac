/**
 * Issue 10: fuzz the pipermail page parsers and the mail parser with random and adversarial
 * input. Deterministic (seeded), each case bounded in time: a parser may return anything
 * sensible for garbage, but it must return, without throwing, and quickly.
 */
import { describe, expect, it } from 'vitest';
import { parseTocDetailed, parsePeriodIndex, parseMessagePage, decodeHtml } from '../../src/pipermail/index.js';
import { splitMbox, parseMail } from '../../src/mail/index.js';

/** mulberry32: small, fast, deterministic. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces of the shapes the parsers look for, and of what breaks naive parsers. */
const FRAGMENTS = [
  '<tr>', '</tr>', '<td>', '</td>', '<table>', '</table>', '<A href="2014-October/thread.html">', '<a href="javascript:x//thread.html">',
  '<A href="2014-%ZZ/thread.html">', '<a href="2014-October.txt.gz">', '[ Gzip\'d Text 2 KB ]', '</a>', '<LI>', '<A HREF="002260.html">',
  '<A NAME="2260">', '&nbsp;', '<I>', '</I>', '<H1>', '</H1>', '<TITLE>', '<B>', '</B>', '<A HREF="mailto:a%40b?Subject=Re%3A&In-Reply-To=%3Cx%40y%3E">',
  '<!--beginarticle-->', '<!--endarticle-->', '<PRE>', '</PRE>', '<div>', '<', '>', '"', "'", '&#27;', '&#x1F;', '&amp;', '&#99999999;', '%',
  '\n', '\r\n', ' ', '\t', '\u0000', '\u00e9', '\ud800', 'From x at y  Mon Oct  6 10:00:00 2014\n', 'From nobody@example.com Mon, 6 Oct 2014 10:00:00 +0000\n',
  'Subject: =?utf-8?B?w6k=?=\n', 'Subject: =?x-unknown?Q?a=ZZ?=\n', 'From: "a" <b@c>\n', 'Message-ID: <a@b>\n', 'Date: Mon, 32 Foo 99999 99:99\n',
  'Content-Type: multipart/mixed; boundary="b"\n', '--b\n', '--b--\n', 'Content-Transfer-Encoding: base64\n', 'Content-Transfer-Encoding: quoted-printable\n',
  '=3D=\n', '=?', '?=', 'charset=utf-7', ' wrote:', '> ', '-------------- next part --------------\n', '_______________________________________________\n',
];

function randomInput(r: () => number, maxLen: number): string {
  const parts: string[] = [];
  let len = 0;
  const target = Math.floor(r() * maxLen);
  while (len < target) {
    const p = r() < 0.8 ? FRAGMENTS[Math.floor(r() * FRAGMENTS.length)] : String.fromCharCode(Math.floor(r() * 0x3000));
    const times = r() < 0.1 ? 1 + Math.floor(r() * 200) : 1;
    const s = p.repeat(times);
    parts.push(s);
    len += s.length;
  }
  return parts.join('');
}

const BASE = 'http://127.0.0.1/pipermail/demo/';
const PARSERS: Array<[string, (s: string) => unknown]> = [
  ['parseTocDetailed', (s) => parseTocDetailed(s, BASE)],
  ['parsePeriodIndex', (s) => parsePeriodIndex(s, `${BASE}2014-October/date.html`)],
  ['parseMessagePage', (s) => parseMessagePage(s)],
  ['decodeHtml', (s) => decodeHtml(Buffer.from(s, 'utf8'))],
  ['splitMbox', (s) => splitMbox(Buffer.from(s, 'utf8'))],
  ['parseMail', (s) => parseMail(Buffer.from(s, 'utf8'))],
];

function check(name: string, f: (s: string) => unknown, input: string, budgetMs: number, label: string): void {
  const t0 = performance.now();
  try {
    f(input);
  } catch (e) {
    throw new Error(`${name} threw on ${label} (${input.length} chars): ${(e as Error).message}`);
  }
  const ms = performance.now() - t0;
  expect(ms, `${name} took ${ms.toFixed(0)} ms on ${label} (${input.length} chars)`).toBeLessThan(budgetMs);
}

describe('fuzz: random input', () => {
  it('300 random documents up to 20 KB: every parser returns, within 1 s each', () => {
    const r = rng(20141008);
    for (let i = 0; i < 300; i++) {
      const input = randomInput(r, 20_000);
      for (const [name, f] of PARSERS) check(name, f, input, 1000, `case ${i}`);
    }
  });
});

describe('fuzz: adversarial repetition', () => {
  it('every fragment repeated to ~300 KB: every parser returns within 5 s', () => {
    for (const [fi, frag] of FRAGMENTS.entries()) {
      const input = frag.repeat(Math.ceil(300_000 / frag.length));
      for (const [name, f] of PARSERS) check(name, f, input, 5000, `fragment ${fi} ${JSON.stringify(frag.slice(0, 30))}`);
    }
  });

  it('pairs of fragments alternated to ~300 KB: every parser returns within 5 s', () => {
    const r = rng(42);
    for (let i = 0; i < 40; i++) {
      const a = FRAGMENTS[Math.floor(r() * FRAGMENTS.length)];
      const b = FRAGMENTS[Math.floor(r() * FRAGMENTS.length)];
      const input = (a + b).repeat(Math.ceil(300_000 / (a + b).length));
      for (const [name, f] of PARSERS) check(name, f, input, 5000, `pair ${JSON.stringify(a.slice(0, 20))} + ${JSON.stringify(b.slice(0, 20))}`);
    }
  });
});
