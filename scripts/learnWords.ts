/**
 * `npm run learn:words`: does the wording of a post's own text tell reports from the rest where
 * the detector's structural evidence does not (prose reports: "I've committed...", "Bits from")?
 * Fits a weight per word (logistic regression on top of the detector's own score, which stays as
 * it is: the words learn only what the evidence misses), each round held out in turn, and prints
 * detection with and without the wording evidence, capped at ±cap points.
 *
 *   --cap N         the most the wording may add or take (default 1.5 points)
 *   --lambda N      L2 pull of each word's weight towards 0 (default 4)
 *   --min-posts N   a word must be in N training posts (default 8) of 3 communities or more
 *   --both-ways     let wording also take points (measured: fewer look-alikes, many more reports lost)
 *   --write FILE    fit on every round and write the table (src/status/reportWords.ts)
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { numberFlag } from './eval/args.js';
import { loadRealCorpus, type RealPost } from './eval/corpus.js';
import { samplesOf, type Sample } from './eval/evidence.js';
import { readStoredMessage } from '../src/index/index.js';
import { reportWordsOf } from '../src/status/index.js';
import { WORDING_MIN_WORDS } from '../src/status/wording.js';
import { REPORT_WORDS } from '../src/status/reportWords.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const argv = process.argv.slice(2);
const num = (flag: string, d: number): number => numberFlag(argv, flag, d);
const cap = num('--cap', 1.5);
const lambda = num('--lambda', 4);
const minPosts = num('--min-posts', 8);
const beta = 0.5;
// wording may add to a post's score, never take from it (taking cost more reports than it saved look-alikes)
const floor = argv.includes('--both-ways') ? -cap : 0;
const THRESHOLD = 3;
const MIN_WORDS = num('--min-words', WORDING_MIN_WORDS);
const write = argv.includes('--write') ? argv[argv.indexOf('--write') + 1] : '';

const posts = loadRealCorpus(path.join(root, 'fixtures', 'real-corpus'));
// the detector's evidence without its own wording (the table being learned)
const samples = samplesOf(posts).map((s) => ({ ...s, evidence: s.evidence.filter((e) => e.key !== 'body.wording') }));
const wordsOf = new Map<RealPost, Set<string>>();
for (const p of posts) wordsOf.set(p, reportWordsOf(readStoredMessage(p.raw, 'mbox').cleanText));

interface Model { weights: Map<string, number> }

function fit(train: Sample[]): Model {
  const used = train.filter((s) => !s.settled);
  const postsOf = new Map<string, Set<RealPost>>();
  for (const s of used) for (const w of wordsOf.get(s.post)!) {
    if (!postsOf.has(w)) postsOf.set(w, new Set());
    postsOf.get(w)!.add(s.post);
  }
  const vocab = [...postsOf].filter(([, ps]) => ps.size >= minPosts && new Set([...ps].map((p) => p.community)).size >= 3).map(([w]) => w);
  const index = new Map(vocab.map((w, i) => [w, i]));
  const rows = used.map((s) => ({
    y: s.want ? 1 : 0,
    offset: beta * (s.evidence.reduce((n, e) => n + e.weight, 0) - THRESHOLD),
    x: [...wordsOf.get(s.post)!].map((w) => index.get(w)).filter((k): k is number => k !== undefined),
  }));
  const w = new Array<number>(vocab.length).fill(0);
  const grad = new Array<number>(vocab.length).fill(0);
  const rate = num('--rate', 2);
  for (let it = 0; it < num('--iterations', 3000); it++) {
    grad.fill(0);
    for (const r of rows) {
      let z = r.offset;
      for (const k of r.x) z += w[k];
      const g = 1 / (1 + Math.exp(-z)) - r.y;
      for (const k of r.x) grad[k] += g;
    }
    // gradient descent on the mean log-loss plus lambda/n times the weights' squares over two
    for (let k = 0; k < w.length; k++) w[k] -= rate * (grad[k] + lambda * w[k]) / rows.length;
  }
  return { weights: new Map(vocab.map((v, i) => [v, w[i]]).filter(([, x]) => Math.abs(x as number) >= 0.01) as Array<[string, number]>) };
}

function wording(s: Sample, m: Model | null): number {
  if (!m || wordsOf.get(s.post)!.size < MIN_WORDS) return 0;
  let z = 0;
  for (const w of wordsOf.get(s.post)!) z += m.weights.get(w) ?? 0;
  return Math.max(floor, Math.min(cap, z / beta));
}

function pr(ss: Sample[], model: (s: Sample) => Model | null): string {
  const f = (subset: Sample[]) => {
    let tp = 0, fp = 0, fn = 0;
    for (const s of subset) {
      const got = !s.settled && s.evidence.reduce((n, e) => n + e.weight, 0) + wording(s, model(s)) >= THRESHOLD;
      if (got && s.want) tp++;
      else if (got) fp++;
      else if (s.want) fn++;
    }
    const p = tp + fp ? tp / (tp + fp) : 1;
    const r = tp + fn ? tp / (tp + fn) : 1;
    return `${(p * 100).toFixed(0)}/${(r * 100).toFixed(0)} (fp ${fp})`;
  };
  return `${f(ss.filter((s) => s.withSubject)).padStart(14)} ${f(ss.filter((s) => !s.withSubject)).padStart(14)}`;
}

if (write) {
  const m = fit(samples);
  const ranked = [...m.weights].sort((a, b) => b[1] - a[1]);
  const body = ranked.map(([w, x]) => `  [${JSON.stringify(w)}, ${(x / beta).toFixed(2)}],`).join('\n');
  writeFileSync(write, `/**\n * Generated by \`npm run learn:words -- --write src/status/reportWords.ts\` (scripts/learnWords.ts) from the\n * labelled real posts of fixtures/real-corpus: how much each word of a post's own text says\n * "report" (points of detection score, before the cap), learned on top of the detector's other\n * evidence. Do not edit by hand: change the corpus or the script and generate it again.\n */\nexport const REPORT_WORDS: ReadonlyArray<readonly [string, number]> = [\n${body}\n];\n`);
  console.log(`${ranked.length} words written to ${write}; cap ${cap}, lambda ${lambda}, min posts ${minPosts}`);
} else {
  const rounds = [...new Set(posts.map((p) => p.round))].sort((a, b) => a - b);
  // the table the detector ships (src/status/reportWords.ts), scored beside: on the rounds it was
  // not learned from, its own held-out figure
  const shipped: Model = { weights: new Map(REPORT_WORDS.map(([w, x]) => [w, x * beta])) };
  console.log(`cap ${cap}, lambda ${lambda}, min posts ${minPosts}: detection P/R with subject, body alone`);
  console.log('held out        evidence only                 + wording learned without the round   + the shipped table');
  const models = new Map<number, Model>();
  const from = num('--from-round', 0);
  for (const r of rounds.filter((r) => r >= from)) {
    const m = fit(samples.filter((s) => s.post.round !== r));
    models.set(r, m);
    const test = samples.filter((s) => s.post.round === r);
    console.log(`round ${r}  ${pr(test, () => null)}   ${pr(test, () => m)}   ${pr(test, () => shipped)}`);
  }
  const held = samples.filter((s) => models.has(s.post.round));
  console.log(`all held  ${pr(held, () => null)}   ${pr(held, (s) => models.get(s.post.round)!)}   ${pr(held, () => shipped)}`);
}
