/**
 * Scoring of parser output against the hand-labelled corpus (used by corpus.test.ts).
 * Reviews/bugs are compared as `system:id` in first-appearance order; `otherRefs` (optional in the
 * expectation) lists the `mail`/`commit` refs of all items, distinct, in order; `reviewStatus`
 * (optional) lists the status of each post-level review.
 */
import type { Ref, StatusItem, StatusParse } from '../../src/status/index.js';
import type { CorpusPost } from './corpusHarness.js';

export const ids = (refs: Ref[]) => refs.map((r) => `${r.system}:${r.id}`);

export interface Score {
  sectionsExpected: number;
  sectionsMatched: number;
  itemsMatched: number;
  itemsDenominator: number;
  labelsChecked: number;
  labelsMatched: number;
  refsExact: boolean;
  problems: string[];
}

function otherRefs(got: StatusParse): string[] {
  const out: string[] = [];
  const walk = (items: StatusItem[]) => {
    for (const it of items) {
      for (const r of it.refs) {
        const k = `${r.system}:${r.id}`;
        if ((r.system === 'mail' || r.system === 'commit') && !out.includes(k)) out.push(k);
      }
      walk(it.children);
    }
  };
  for (const s of got.sections) walk(s.items);
  return out;
}

export function score(post: CorpusPost, got: StatusParse): Score {
  const exp = post.expected.sections ?? [];
  const s: Score = { sectionsExpected: exp.length, sectionsMatched: 0, itemsMatched: 0, itemsDenominator: 0, labelsChecked: 0, labelsMatched: 0, refsExact: false, problems: [] };
  let expItems = 0;
  const gotItems = got.sections.reduce((n, x) => n + x.items.length, 0);
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
  const checks: Array<[string, string[] | undefined, string[]]> = [
    ['reviews', post.expected.reviews ?? [], ids(got.reviews)],
    ['bugs', post.expected.bugs ?? [], ids(got.bugs)],
    ['otherRefs', post.expected.otherRefs, otherRefs(got)],
    ['reviewStatus', post.expected.reviewStatus, got.reviews.map((r) => String(r.status))],
  ];
  s.refsExact = true;
  for (const [name, want, have] of checks) {
    if (!want || JSON.stringify(want) === JSON.stringify(have)) continue;
    s.refsExact = false;
    s.problems.push(`${name}: expected ${want.join(' ')}, got ${have.join(' ')}`);
  }
  return s;
}

export interface Metrics {
  posts: number; tp: number; fp: number; fn: number; tn: number;
  precision: number; recall: number; sections: number; items: number; labels: number; refs: number;
  counts: { secOk: number; secExp: number; itOk: number; itDen: number; labOk: number; labDen: number; refsOk: number; reports: number };
  lines: string[];
}

const pct = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function measure(results: Array<{ post: CorpusPost; got: StatusParse }>): Metrics {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  const c = { secOk: 0, secExp: 0, itOk: 0, itDen: 0, labOk: 0, labDen: 0, refsOk: 0, reports: 0 };
  const lines: string[] = [];
  for (const { post, got } of results) {
    const want = post.expected.isReport;
    if (want && got.isReport) tp++;
    else if (!want && got.isReport) fp++;
    else if (want && !got.isReport) fn++;
    else tn++;
    if (want !== got.isReport) lines.push(`${post.name}: detection expected ${want}, got ${got.isReport} (${got.reason})`);
    if (!want) continue;
    c.reports++;
    const s = score(post, got);
    c.secExp += s.sectionsExpected;
    c.secOk += s.sectionsMatched;
    c.itOk += s.itemsMatched;
    c.itDen += s.itemsDenominator;
    c.labOk += s.labelsMatched;
    c.labDen += s.labelsChecked;
    if (s.refsExact) c.refsOk++;
    for (const p of s.problems) lines.push(`${post.name}: ${p}`);
  }
  return {
    posts: results.length, tp, fp, fn, tn,
    precision: pct(tp, tp + fp), recall: pct(tp, tp + fn), sections: pct(c.secOk, c.secExp),
    items: pct(c.itOk, c.itDen), labels: pct(c.labOk, c.labDen), refs: pct(c.refsOk, c.reports),
    counts: c, lines,
  };
}

export function summary(title: string, m: Metrics): string[] {
  const f = (x: number) => `${(x * 100).toFixed(1)}%`;
  const c = m.counts;
  return [
    `${title}: ${m.posts} posts (${m.tp + m.fn} reports, ${m.fp + m.tn} look-alikes)`,
    `  detection  precision ${f(m.precision)}  recall ${f(m.recall)}  (tp ${m.tp}, fp ${m.fp}, fn ${m.fn}, tn ${m.tn})`,
    `  sections   ${c.secOk}/${c.secExp} exact (${f(m.sections)})`,
    `  items      ${c.itOk}/${c.itDen} exact (${f(m.items)})`,
    `  labels     ${c.labOk}/${c.labDen} exact (${f(m.labels)})`,
    `  refs       ${c.refsOk}/${c.reports} posts with exact refs (${f(m.refs)})`,
  ];
}
