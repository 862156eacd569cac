/**
 * How far two readers agree (`npm run eval -- --second-reader`): a second person labelled fixed
 * samples of the corpus's posts from the posts alone, without the first labels
 * (fixtures/real-corpus/second-reader.jsonl): whether each of 160 posts is a report; and the
 * section headings, references and projects of 120 posts the first reader labelled reports. Their
 * agreement bounds what any parser can be shown to reach against one reader's labels: a second
 * careful reader, scored as the parser is, is the ceiling the figures are read against.
 */
import { readFileSync } from 'node:fs';
import type { RealPost } from './corpus.js';
import { judgeProjects, refMatches, scorePost, titleKey } from './score.js';
import { projectKey, type Ref } from '../../src/status/index.js';

export interface SecondLabel {
  /** `community/slug`, as RealPost.name. */
  name: string;
  /** The second reader's verdict (the first sample); absent where the reader was told it is a report (the second). */
  isReport?: boolean;
  kind?: string;
  projects?: string[];
  projectMode?: 'single' | 'multi';
  /** Section headings as written and `system:id` references (the second sample). */
  sections?: string[];
  refs?: string[];
  confidence?: 'sure' | 'unsure';
  notes?: string;
}

/** Found of wanted: the second reader's, and the parser's on the same posts. */
export interface Recall { wanted: number; second: number; parser: number }

export interface Agreement {
  /** Posts given a verdict by both readers. */
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
  /** Project names, by the scorer's rule, on the reports both readers call reports (a report the parser missed names nothing). */
  names: Recall;
  /** The first reader's section titles and references the second found, on the second sample. */
  sectionPosts: number;
  titles: Recall;
  refs: Recall;
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

/** A reader's `system:id` label as a reference the scorer's refMatches can hold a label against. */
function asRef(label: string): Ref {
  const colon = label.indexOf(':');
  const id = (colon > 0 ? label.slice(colon + 1) : label).trim().replace(/^<|>$/g, '');
  return { url: '', system: 'other', kind: 'bug', id, key: label } as Ref;
}

export function agreementOf(posts: RealPost[], second: SecondLabel[]): Agreement {
  const byName = new Map(posts.map((p) => [p.name, p]));
  const zero = (): Recall => ({ wanted: 0, second: 0, parser: 0 });
  const a: Agreement = {
    posts: 0, both: 0, firstOnly: 0, secondOnly: 0, neither: 0, agreement: 0, kappa: 0, precision: 0, recall: 0,
    parserPrecision: 0, parserRecall: 0, unsure: 0, unsureDisagreed: 0, names: zero(), sectionPosts: 0,
    titles: zero(), refs: zero(), disagreements: [],
  };
  let tp = 0, fp = 0, fn = 0;
  for (const s of second) {
    const post = byName.get(s.name);
    if (!post) throw new Error(`second reader: no post ${s.name} in the corpus`);
    const first = post.label.isReport;
    const r = scorePost(post).withSubject;
    if (typeof s.isReport === 'boolean') {
      a.posts++;
      if (first && s.isReport) a.both++;
      else if (first) a.firstOnly++;
      else if (s.isReport) a.secondOnly++;
      else a.neither++;
      if (s.confidence === 'unsure') {
        a.unsure++;
        if (first !== s.isReport) a.unsureDisagreed++;
      }
      if (first !== s.isReport) a.disagreements.push({ name: s.name, first, second: s });
      if (r.got.isReport && first) tp++;
      else if (r.got.isReport) fp++;
      else if (first) fn++;
    }
    if (!first || s.isReport === false) continue;
    const right = judgeProjects(post, (s.projects ?? []).map((n) => projectKey(n)).filter(Boolean));
    if (right !== null) {
      a.names.wanted++;
      if (right) a.names.second++;
      if (r.projectRight) a.names.parser++;
    }
    if (!s.sections) continue;
    a.sectionPosts++;
    const theirs = new Set(s.sections.map(titleKey));
    for (const t of post.label.sections ?? []) {
      a.titles.wanted++;
      if (theirs.has(titleKey(t))) a.titles.second++;
    }
    a.titles.parser += r.titlesFound;
    // (either way round: `github:18739` and `github:Perl/perl5#18739` are one reference, whichever reader wrote which)
    const refs = (s.refs ?? []).map(asRef);
    for (const want of post.label.refs ?? []) {
      a.refs.wanted++;
      if (refMatches(want, refs) || (s.refs ?? []).some((theirs) => refMatches(theirs, [asRef(want)]))) a.refs.second++;
    }
    a.refs.parser += r.refsFound;
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
  const recall = (r: Recall) => `the second reader's ${r.second} of ${r.wanted} (${pct(ratio(r.second, r.wanted))}), the parser's ${r.parser} (${pct(ratio(r.parser, r.wanted))})`;
  return [
    `second reader: posts labelled again from the posts alone (fixtures/real-corpus/second-reader.jsonl)`,
    `is it a report (${a.posts} posts): both ${a.both}, first reader only ${a.firstOnly}, second only ${a.secondOnly}, neither ${a.neither}; agreement ${pct(a.agreement)}, Cohen's kappa ${a.kappa.toFixed(2)}`,
    `the second reader scored as the parser is: detection ${pct(a.precision)} / ${pct(a.recall)}; the parser on the same posts: ${pct(a.parserPrecision)} / ${pct(a.parserRecall)}`,
    `marked unsure: ${a.unsure} (${a.unsureDisagreed} of the ${a.firstOnly + a.secondOnly} disagreements)`,
    `project names by the scorer's rule, on the reports both call reports: ${recall(a.names)}`,
    `section titles of ${a.sectionPosts} reports: ${recall(a.titles)}`,
    `review and bug references of the same: ${recall(a.refs)}`,
    ...a.disagreements.map((d) => `  ${d.first ? 'report' : 'not'} -> ${d.second.isReport ? 'report' : 'not'} (${d.second.confidence ?? '?'}): ${d.name}: ${d.second.notes ?? ''}`),
  ].join('\n');
}

/** Two readers' verdicts on the posts both judged (neither of them the labels'): agreement and kappa. */
export function readersAgreement(one: SecondLabel[], other: SecondLabel[]): { posts: number; agreement: number; kappa: number; table: [number, number, number, number] } {
  const theirs = new Map(other.filter((s) => typeof s.isReport === 'boolean').map((s) => [s.name, s.isReport!]));
  const t: [number, number, number, number] = [0, 0, 0, 0];
  for (const s of one) {
    if (typeof s.isReport !== 'boolean' || !theirs.has(s.name)) continue;
    const b = theirs.get(s.name)!;
    t[s.isReport ? (b ? 0 : 1) : (b ? 2 : 3)]++;
  }
  const posts = t[0] + t[1] + t[2] + t[3];
  return { posts, agreement: ratio(t[0] + t[3], posts), kappa: kappaOf(...t), table: t };
}
