import { describe, expect, it } from 'vitest';
import { memoized } from '../../src/mail/memo.js';
import { parseMail } from '../../src/mail/index.js';

describe('memoized', () => {
  it('answers a repeated argument without calling again, and forgets everything when full', () => {
    const calls: string[] = [];
    const upper = memoized((s: string) => { calls.push(s); return s.toUpperCase(); }, 2);
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(calls).toEqual(['a', 'b']);
    upper('c'); // full: dropped whole, then 'c' kept
    upper('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });

  it('gives a sender and an encoded subject seen before the same reading as the first time', () => {
    const raw = (n: number) => Buffer.from(`From: =?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <jm@example.org>\nSubject: =?iso-8859-1?q?Gr=FC=DFe?= #${n}\nMessage-ID: <m${n}@example.org>\n\nbody ${n}\n`);
    const [a, b] = [parseMail(raw(1)), parseMail(raw(2))];
    expect([a.authorName, a.authorAddress, a.subject]).toEqual(['Jürgen Müller', 'jm@example.org', 'Grüße #1']);
    expect([b.authorName, b.authorAddress, b.subject]).toEqual(['Jürgen Müller', 'jm@example.org', 'Grüße #2']);
  });
});
