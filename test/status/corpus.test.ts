/**
 * Corpus test: the parser over every hand-labelled post in fixtures/status-corpus.
 *
 * Bars (the test fails below them):
 *   - report detection: precision 1.0 and recall 1.0 (every post is labelled; no excuses);
 *   - sections: >= 90% of expected sections found with the same title and isContents, in order;
 *   - items: >= 90% of top-level item texts exactly equal (continuation lines joined by one space,
 *     whitespace runs collapsed), counted against the larger of expected and found;
 *   - review and bug ids (`system:id`, first-appearance order): >= 90% of report posts exact.
 * The reference post (jdarcy status, October 2014) must match exactly.
 */
import { describe, expect, it } from 'vitest';
import { parseStatusPost, type StatusParse, type Ref } from '../../src/status/index.js';
import { loadCorpus, type CorpusPost } from './corpusHarness.js';

const BAR = { precision: 1, recall: 1, sections: 0.9, items: 0.9, refs: 0.9 };

const ids = (refs: Ref[]) => refs.map((r) => `${r.system}:${r.id}`);

interface Score {
  sectionsExpected: number;
  sectionsMatched: number;
  itemsMatched: number;
  itemsDenominator: number;
  labelsChecked: number;
  labelsMatched: number;
  refsExact: boolean;
  problems: string[];
}

function score(post: CorpusPost, got: StatusParse): Score {
  const exp = post.expected.sections ?? [];
  const s: Score = { sectionsExpected: exp.length, sectionsMatched: 0, itemsMatched: 0, itemsDenominator: 0, labelsChecked: 0, labelsMatched: 0, refsExact: false, problems: [] };
  let expItems = 0;
  let gotItems = got.sections.reduce((n, x) => n + x.items.length, 0);
  exp.forEach((e, k) => {
    expItems += e.items.length;
    const g = got.sections[k];
    if (!g || g.title !== e.title || g.isContents !== e.isContents) {
      s.problems.push(`section ${k}: expected "${e.title}"${e.isContents ? ' (contents)' : ''}, got ${g ? `"${g.title}"${g.isContents ? ' (contents)' : ''}` : 'nothing'}`);
      return;
    }
    s.sectionsMatched++;
    e.items.forEach((text, j) => {
      const gi = g.items[j];
      if (gi && gi.text === text) s.itemsMatched++;
      else s.problems.push(`section "${e.title}" item ${j}: expected ${JSON.stringify(text)}, got ${JSON.stringify(gi?.text)}`);
      if (e.labels) {
        s.labelsChecked++;
        if (gi && gi.label === e.labels[j]) s.labelsMatched++;
        else s.problems.push(`section "${e.title}" item ${j}: expected label ${e.labels[j]}, got ${gi?.label}`);
      }
    });
    if (g.items.length > e.items.length) s.problems.push(`section "${e.title}": ${g.items.length - e.items.length} extra items`);
  });
  if (got.sections.length > exp.length) s.problems.push(`${got.sections.length - exp.length} extra sections: ${got.sections.slice(exp.length).map((x) => `"${x.title}"`).join(', ')}`);
  s.itemsDenominator = Math.max(expItems, gotItems);
  const wantReviews = post.expected.reviews ?? [];
  const wantBugs = post.expected.bugs ?? [];
  const r = JSON.stringify(ids(got.reviews)) === JSON.stringify(wantReviews);
  const b = JSON.stringify(ids(got.bugs)) === JSON.stringify(wantBugs);
  if (!r) s.problems.push(`reviews: expected ${wantReviews.join(' ')}, got ${ids(got.reviews).join(' ')}`);
  if (!b) s.problems.push(`bugs: expected ${wantBugs.join(' ')}, got ${ids(got.bugs).join(' ')}`);
  s.refsExact = r && b;
  return s;
}

const pct = (a: number, b: number) => (b === 0 ? 1 : a / b);

describe('status corpus', () => {
  const corpus = loadCorpus();
  const results = corpus.map((post) => ({ post, got: parseStatusPost(post.input) }));

  it('has at least 40 labelled posts, with reports and look-alikes', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    expect(corpus.filter((p) => p.expected.isReport).length).toBeGreaterThanOrEqual(28);
    expect(corpus.filter((p) => !p.expected.isReport).length).toBeGreaterThanOrEqual(12);
  });

  it('meets the detection and extraction bars', () => {
    let tp = 0, fp = 0, fn = 0, tn = 0;
    let secExp = 0, secOk = 0, itOk = 0, itDen = 0, labOk = 0, labDen = 0, refsOk = 0, reports = 0;
    const lines: string[] = [];
    for (const { post, got } of results) {
      const want = post.expected.isReport;
      if (want && got.isReport) tp++;
      else if (!want && got.isReport) fp++;
      else if (want && !got.isReport) fn++;
      else tn++;
      if (want !== got.isReport) lines.push(`${post.name}: detection expected ${want}, got ${got.isReport} (${got.reason})`);
      if (!want) continue;
      reports++;
      const s = score(post, got);
      secExp += s.sectionsExpected;
      secOk += s.sectionsMatched;
      itOk += s.itemsMatched;
      itDen += s.itemsDenominator;
      labOk += s.labelsMatched;
      labDen += s.labelsChecked;
      if (s.refsExact) refsOk++;
      for (const p of s.problems) lines.push(`${post.name}: ${p}`);
    }
    const m = {
      precision: pct(tp, tp + fp),
      recall: pct(tp, tp + fn),
      sections: pct(secOk, secExp),
      items: pct(itOk, itDen),
      labels: pct(labOk, labDen),
      refs: pct(refsOk, reports),
    };
    const f = (x: number) => `${(x * 100).toFixed(1)}%`;
    console.log(
      [
        `status corpus: ${results.length} posts (${tp + fn} reports, ${fp + tn} look-alikes)`,
        `  detection  precision ${f(m.precision)}  recall ${f(m.recall)}  (tp ${tp}, fp ${fp}, fn ${fn}, tn ${tn})`,
        `  sections   ${secOk}/${secExp} exact (${f(m.sections)})`,
        `  items      ${itOk}/${itDen} exact (${f(m.items)})`,
        `  labels     ${labOk}/${labDen} exact (${f(m.labels)})`,
        `  refs       ${refsOk}/${reports} posts with exact review and bug ids (${f(m.refs)})`,
        ...(lines.length ? ['  mismatches:', ...lines.map((l) => `    ${l}`)] : []),
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
