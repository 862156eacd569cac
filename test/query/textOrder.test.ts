/** compareText orders as localeCompare does, without ICU for plain strings (months, review keys). */
import { describe, it, expect } from 'vitest';
import { compareText } from '../../src/textOrder.js';

describe('compareText', () => {
  it('agrees with localeCompare on strings of the plain alphabet, prefixes and punctuation included', () => {
    const chars = 'abmz0159./-';
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const word = () => Array.from({ length: rand(7) }, () => chars[rand(chars.length)]).join('');
    for (let i = 0; i < 20000; i++) {
      const a = word();
      const b = word();
      expect([a, b, Math.sign(compareText(a, b))]).toEqual([a, b, Math.sign(a.localeCompare(b))]);
    }
  });

  it('hands anything else to localeCompare, whose order is not the code units\'', () => {
    // code units: "B" (66) < "a" (97) and ":" (58) > "1" (49); the root collation says otherwise
    expect(compareText('a', 'B')).toBeLessThan(0);
    expect(compareText('x:1', 'x1')).toBeLessThan(0);
    expect(compareText('2014-10', '2014-11')).toBeLessThan(0);
    expect(compareText('review.gluster.org/8913', 'github.com/gluster/glusterfs/pull/3')).toBeGreaterThan(0);
  });
});
