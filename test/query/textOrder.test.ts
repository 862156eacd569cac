/** compareText and compareTextBase order as localeCompare does, without ICU for plain strings (months, keys, names). */
import { describe, it, expect } from 'vitest';
import { compareText, compareTextBase } from '../../src/textOrder.js';

let seed = 7;
const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
// the plain alphabet, and characters localeCompare must answer for: accents, a combining mark,
// ignorable ones (zero-width space, soft hyphen), punctuation whose place differs from its code's
const chars = [...'abmzABMZ0159 ./-', 'é', 'É', 'ß', ':', '_', '\t', '\u0301', '\u200b', '\u00ad'];
const word = () => Array.from({ length: rand(7) }, () => chars[rand(chars.length)]).join('');
/** Often the same letters in another case: the comparisons that case decides. */
const pair = (): [string, string] => {
  const a = word();
  const k = rand(3);
  return [a, k === 0 ? [...a].map((c) => (rand(2) ? c.toUpperCase() : c.toLowerCase())).join('') : k === 1 ? a.slice(0, rand(a.length + 1)) + word() : word()];
};

describe('compareText', () => {
  it('agrees with localeCompare: case, prefixes, space, punctuation, and other characters after or before the first difference', () => {
    for (let i = 0; i < 30000; i++) {
      const [a, b] = pair();
      expect([a, b, Math.sign(compareText(a, b))]).toEqual([a, b, Math.sign(a.localeCompare(b))]);
    }
  });

  it('agrees with localeCompare(b, "en", { sensitivity: "base" }) as compareTextBase', () => {
    for (let i = 0; i < 30000; i++) {
      const [a, b] = pair();
      expect([a, b, Math.sign(compareTextBase(a, b))]).toEqual([a, b, Math.sign(a.localeCompare(b, 'en', { sensitivity: 'base' }))]);
    }
  });

  it('orders as the collation does where the code units do not, and hands other strings to localeCompare', () => {
    // code units: "B" (66) < "a" (97); the collation puts case after the letter
    expect(compareText('a', 'B')).toBeLessThan(0);
    expect(compareText('nsr', 'NSR')).toBeLessThan(0);
    expect(compareTextBase('nsr', 'NSR')).toBe(0);
    expect(compareText('2014-10', '2014-11')).toBeLessThan(0);
    expect(compareText('review.gluster.org/8913', 'github.com/gluster/glusterfs/pull/3')).toBeGreaterThan(0);
    // not plain: ":" (58) after the digits in code units, before them in the collation
    expect(compareText('x:1', 'x1')).toBeLessThan(0);
    expect(compareText('Éclair', 'Ezra')).toBe('Éclair'.localeCompare('Ezra'));
  });
});
