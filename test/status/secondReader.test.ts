/**
 * `npm run eval -- --second-reader`: a second reader's labels of 160 corpus posts, read from the
 * posts alone, against the corpus's own (fixtures/real-corpus/second-reader.jsonl).
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadRealCorpus } from '../../scripts/eval/corpus.js';
import { agreementOf, formatAgreement, kappaOf, loadSecondReader } from '../../scripts/eval/agreement.js';
import { FIXTURES } from '../support/cli.js';

describe('agreement between two readers', () => {
  it("measures Cohen's kappa as agreement beyond chance", () => {
    // 35 of 50 alike; chance alone would make 25 alike (half and half, three fifths and two fifths)
    expect(kappaOf(20, 5, 10, 15)).toBeCloseTo(0.4, 10);
    expect(kappaOf(10, 0, 0, 10)).toBe(1);
    // (readers who agree no more than chance would)
    expect(kappaOf(5, 5, 5, 5)).toBeCloseTo(0, 10);
  });

  it('reads the second reader\'s labels of real posts and counts where the two readers part', () => {
    const dir = join(FIXTURES, 'real-corpus');
    const second = loadSecondReader(join(dir, 'second-reader.jsonl'));
    expect(second).toHaveLength(160);
    const posts = loadRealCorpus(dir);
    const sample = new Set(second.map((s) => s.name));
    const a = agreementOf(posts.filter((p) => sample.has(p.name)), second);
    expect(a.both + a.firstOnly + a.secondOnly + a.neither).toBe(160);
    // the figures the corpus README quotes (they change only when a label does)
    expect([a.both, a.firstOnly, a.secondOnly, a.neither]).toEqual([74, 3, 7, 76]);
    expect(a.disagreements).toHaveLength(10);
    expect(a.kappa).toBeCloseTo(kappaOf(74, 3, 7, 76), 10);
    expect(a.namesJudged).toBe(74);
    expect(formatAgreement(a)).toContain("Cohen's kappa 0.88");
  }, 120_000);

  it('says which post it cannot find', () => {
    expect(() => agreementOf([], [{ name: 'nowhere/post', isReport: true }])).toThrow(/no post nowhere\/post/);
  });
});
