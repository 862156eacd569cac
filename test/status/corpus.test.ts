/**
 * Corpus test: the parser over every hand-labelled post in fixtures/status-corpus.
 *
 * Bars (the test fails below them):
 *   - report detection: precision 1.0 and recall 1.0 (every post is labelled; no excuses);
 *   - sections: >= 90% of expected sections found with the same title and isContents, in order;
 *   - items: >= 90% of top-level item texts exactly equal (continuation lines joined by one space,
 *     whitespace runs collapsed), counted against the larger of expected and found;
 *   - refs (review and bug ids as `system:id` in first-appearance order, plus `otherRefs` and
 *     `reviewStatus` where labelled): >= 90% of report posts exact.
 * The reference post (jdarcy status, October 2014) must match exactly.
 * Posts 49-64 were written blind (before looking at the parser); their scores are printed apart.
 */
import { describe, expect, it } from 'vitest';
import { parseStatusPost } from '../../src/status/index.js';
import { loadCorpus } from './corpusHarness.js';
import { measure, score, summary } from './corpusScore.js';

const BAR = { precision: 1, recall: 1, sections: 0.9, items: 0.9, refs: 0.9 };
const BLIND_FROM = 49;

describe('status corpus', () => {
  const corpus = loadCorpus();
  const results = corpus.map((post) => ({ post, got: parseStatusPost(post.input) }));

  it('has at least 40 labelled posts, with reports and look-alikes', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    expect(corpus.filter((p) => p.expected.isReport).length).toBeGreaterThanOrEqual(28);
    expect(corpus.filter((p) => !p.expected.isReport).length).toBeGreaterThanOrEqual(12);
  });

  it('meets the detection and extraction bars', () => {
    const m = measure(results);
    const blind = measure(results.filter((r) => Number.parseInt(r.post.name, 10) >= BLIND_FROM));
    console.log(
      [
        ...summary('status corpus', m),
        ...summary(`  of which blind set (${BLIND_FROM}+)`, blind).map((l) => `  ${l}`),
        ...(m.lines.length ? ['  mismatches:', ...m.lines.map((l) => `    ${l}`)] : []),
      ].join('\n'),
    );
    expect(m.precision).toBeGreaterThanOrEqual(BAR.precision);
    expect(m.recall).toBeGreaterThanOrEqual(BAR.recall);
    expect(m.sections).toBeGreaterThanOrEqual(BAR.sections);
    expect(m.items).toBeGreaterThanOrEqual(BAR.items);
    expect(m.refs).toBeGreaterThanOrEqual(BAR.refs);
  });

  it('parses the reference post exactly', () => {
    const r = results.find((x) => x.post.name === '01-jdarcy-status-2014-10');
    expect(r).toBeDefined();
    const s = score(r!.post, r!.got);
    expect(s.problems).toEqual([]);
    expect(r!.got.isReport).toBe(true);
  });

  it('gives every post a readable reason', () => {
    for (const { got } of results) {
      expect(got.reason).toMatch(/^[a-z"(].{8,}/i);
      expect(got.reason).not.toMatch(/undefined|NaN|\[object/);
    }
  });
});
