/**
 * How far two readers agree (`npm run eval -- --second-reader`): a second person labelled a fixed
 * sample of the corpus's posts from the posts alone, without the first labels
 * (fixtures/real-corpus/second-reader.jsonl). Their agreement bounds what any parser can be shown
 * to reach against one reader's labels: a second careful reader, scored as the parser is, is
 * the ceiling the figures are read against.
 */
import { readFileSync } from 'node:fs';
import type { RealPost } from './corpus.js';
import { judgeProjects, scorePost } from './score.js';
import { projectKey } from '../../src/status/index.js';

export interface SecondLabel {
  /** `community/slug`, as RealPost.name. */
  name: string;
  isReport: boolean;
  kind?: string;
  projects?: string[];
  confidence?: 'sure' | 'unsure';
  notes?: string;
}

export interface Agreement {
  posts: number;
  /** Both readers call it a report; only the first; only the second; neither. */
  both: number;
  firstOnly: number;
  secondOnly: number;
  neither: number;
  /** The share of posts both readers judge alike, and Cohen's kappa (agreement beyond chance). */
  agreement: number;
  kappa: number;
  /** The second reader scored against the first as the parser is: precision and recall. */
  precision: number;
  recall: number;
  /** The parser on the same posts, against the first reader. */
  parserPrecision: number;
  parserRecall: number;
  unsure: number;
  unsureDisagreed: number;
  /** Project names: the second reader's, judged by the scorer's rule, on the reports both call reports. */
  namesJudged: number;
  namesRight: number;
  /** The parser's names right on the same reports (one it did not take for a report names nothing). */
  parserNamesRight: number;
  disagreements: Array<{ name: string; first: boolean; second: SecondLabel }>;
}

export function loadSecondReader(file: string): SecondLabel[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as SecondLabel);
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/** Cohen's kappa of a 2x2 table: (observed - chance) / (1 - chance). */
export function kappaOf(both: number, firstOnly: number, secondOnly: number, neither: number): number {
  const n = both + firstOnly + secondOnly + neither;
  if (n === 0) return 1;
  const observed = (both + neither) / n;
  const chance = ((both + firstOnly) / n) * ((both + secondOnly) / n) + ((secondOnly + neither) / n) * ((firstOnly + neither) / n);
  return chance === 1 ? 1 : (observed - chance) / (1 - chance);
}

export function agreementOf(posts: RealPost[], second: SecondLabel[]): Agreement {
  const byName = new Map(posts.map((p) => [p.name, p]));
  const a: Agreement = {
    posts: 0, both: 0, firstOnly: 0, secondOnly: 0, neither: 0, agreement: 0, kappa: 0, precision: 0, recall: 0,
    parserPrecision: 0, parserRecall: 0, unsure: 0, unsureDisagreed: 0, namesJudged: 0, namesRight: 0,
    parserNamesRight: 0, disagreements: [],
  };
  let tp = 0, fp = 0, fn = 0;
  for (const s of second) {
    const post = byName.get(s.name);
    if (!post) throw new Error(`second reader: no post ${s.name} in the corpus`);
    a.posts++;
    const first = post.label.isReport;
    if (first && s.isReport) a.both++;
    else if (first) a.firstOnly++;
    else if (s.isReport) a.secondOnly++;
    else a.neither++;
    if (s.confidence === 'unsure') {
      a.unsure++;
      if (first !== s.isReport) a.unsureDisagreed++;
    }
    if (first !== s.isReport) a.disagreements.push({ name: s.name, first, second: s });
    const r = scorePost(post).withSubject;
    if (r.got.isReport && first) tp++;
    else if (r.got.isReport) fp++;
    else if (first) fn++;
    if (first && s.isReport) {
      const right = judgeProjects(post, (s.projects ?? []).map((n) => projectKey(n)).filter(Boolean));
      if (right !== null) {
        a.namesJudged++;
        if (right) a.namesRight++;
        // (the parser's names on the same reports: a report it missed names nothing)
        if (r.projectRight) a.parserNamesRight++;
      }
    }
  }
  a.agreement = ratio(a.both + a.neither, a.posts);
  a.kappa = kappaOf(a.both, a.firstOnly, a.secondOnly, a.neither);
  a.precision = ratio(a.both, a.both + a.secondOnly);
  a.recall = ratio(a.both, a.both + a.firstOnly);
  a.parserPrecision = ratio(tp, tp + fp);
  a.parserRecall = ratio(tp, tp + fn);
  return a;
}

export function formatAgreement(a: Agreement): string {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return [
    `second reader: ${a.posts} posts labelled again from the posts alone (fixtures/real-corpus/second-reader.jsonl)`,
    `is it a report: both ${a.both}, first reader only ${a.firstOnly}, second only ${a.secondOnly}, neither ${a.neither}; agreement ${pct(a.agreement)}, Cohen's kappa ${a.kappa.toFixed(2)}`,
    `the second reader scored as the parser is: detection ${pct(a.precision)} / ${pct(a.recall)}; the parser on the same posts: ${pct(a.parserPrecision)} / ${pct(a.parserRecall)}`,
    `marked unsure: ${a.unsure} (${a.unsureDisagreed} of the ${a.firstOnly + a.secondOnly} disagreements)`,
    `project names by the scorer's rule: the second reader's right on ${a.namesRight} of ${a.namesJudged} reports both call reports (${pct(ratio(a.namesRight, a.namesJudged))}); the parser's on ${a.parserNamesRight} of the same (${pct(ratio(a.parserNamesRight, a.namesJudged))})`,
    ...a.disagreements.map((d) => `  ${d.first ? 'report' : 'not'} -> ${d.second.isReport ? 'report' : 'not'} (${d.second.confidence ?? '?'}): ${d.name}: ${d.second.notes ?? ''}`),
  ].join('\n');
}
