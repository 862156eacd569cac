/**
 * `npm run eval -- --second-reader`: a second reader's labels of corpus posts, read from the posts
 * alone, against the corpus's own (fixtures/real-corpus/second-reader.jsonl): verdicts of 160,
 * headings, references and projects of 120 more.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadRealCorpus } from '../../scripts/eval/corpus.js';
import { agreementOf, formatAgreement, kappaOf, loadSecondReader, readersAgreement } from '../../scripts/eval/agreement.js';
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
    const verdicts = second.filter((s) => typeof s.isReport === 'boolean');
    expect(verdicts).toHaveLength(160);
    const posts = loadRealCorpus(dir);
    const sample = new Set(second.map((s) => s.name));
    const a = agreementOf(posts.filter((p) => sample.has(p.name)), second);
    expect(a.posts).toBe(160);
    expect(a.both + a.firstOnly + a.secondOnly + a.neither).toBe(160);
    // the figures the corpus README quotes (they change only when a label does)
    expect([a.both, a.firstOnly, a.secondOnly, a.neither]).toEqual([74, 3, 7, 76]);
    expect(a.disagreements).toHaveLength(10);
    expect(a.kappa).toBeCloseTo(kappaOf(74, 3, 7, 76), 10);
    // (names of the first sample's reports both call reports, and of the second sample's)
    expect(a.names.wanted).toBe(74 + second.filter((s) => s.isReport === undefined).length);
    expect(formatAgreement(a)).toContain("Cohen's kappa 0.88");
    // the second sample: headings and references of 119 posts the first reader labelled reports (120 until a
    // cross-posted copy, linux-cifs/2024-01-roadmap-for-netfslib-and-local-caching, left the corpus on 2026-12-05)
    expect(a.sectionPosts).toBe(119);
    expect(a.titles.wanted).toBe(444);
    expect(a.titles.second).toBeLessThanOrEqual(a.titles.wanted);
    expect(a.refs.second).toBeLessThanOrEqual(a.refs.wanted);
  }, 120_000);

  it('takes a reference written either way round as the same (`github:18739`, `github:Perl/perl5#18739`)', () => {
    const post = loadRealCorpus(join(FIXTURES, 'real-corpus')).find((p) => p.name === 'perl/2021-05-psc-019-2021-05-06')!;
    expect(post.label.refs).toContain('github:18739');
    const a = agreementOf([post], [{ name: post.name, sections: [], refs: ['github:Perl/perl5#18739', 'github:Perl/perl5#18764'] }]);
    expect(a.refs).toMatchObject({ wanted: post.label.refs!.length, second: 2 });
  });

  it('compares two readers with each other, on the posts both judged', () => {
    const two = [{ name: 'a/1', isReport: true }, { name: 'a/2', isReport: false }, { name: 'a/3', isReport: true }, { name: 'a/4', isReport: true }];
    const three = [{ name: 'a/1', isReport: true }, { name: 'a/2', isReport: false }, { name: 'a/3', isReport: false }, { name: 'a/5', isReport: true }];
    const r = readersAgreement(two, three);
    expect(r.posts).toBe(3);
    expect(r.table).toEqual([1, 1, 0, 1]);
    expect(r.agreement).toBeCloseTo(2 / 3, 10);
    expect(r.kappa).toBeCloseTo(kappaOf(1, 1, 0, 1), 10);
  });

  it('reads a third reader\'s verdicts of the same 160 posts', () => {
    const dir = join(FIXTURES, 'real-corpus');
    const second = loadSecondReader(join(dir, 'second-reader.jsonl'));
    const third = loadSecondReader(join(dir, 'third-reader.jsonl'));
    expect(third).toHaveLength(160);
    expect(new Set(third.map((s) => s.name))).toEqual(new Set(second.filter((s) => typeof s.isReport === 'boolean').map((s) => s.name)));
    // the figures the corpus README quotes (they change only when a label does)
    expect(readersAgreement(second, third).table).toEqual([78, 3, 3, 76]);
  });

  it('says which post it cannot find', () => {
    expect(() => agreementOf([], [{ name: 'nowhere/post', isReport: true }])).toThrow(/no post nowhere\/post/);
  });
});
