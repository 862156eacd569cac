/**
 * `npm run learn`: would detection do better with its evidence weighed by what the labelled real
 * posts say rather than by hand? Learns the weight of each kind of evidence (Evidence.key;
 * scripts/eval/fitWeights.ts) with each round held out in turn (trained on the others, scored on
 * it) and prints both side by side. A measuring tool: the detector keeps the weights written in
 * src/status/detectReport.ts (see fixtures/real-corpus/README.md for what this found).
 *
 *   npm run learn -- --weights          also each learned weight beside the written one
 *   npm run learn -- --blind            also the blind round, scored by weights learned from all the others
 *   --min-support N                     learn only the kinds seen in N samples or more
 *   --lambda N, --temperature N         the prior's pull towards the written weights (default 3) and
 *                                       the logistic's slope per point of score (default 0.5)
 *
 * The blind round (the newest, see fixtures/real-corpus/README.md) is never trained on.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { numberFlag } from './eval/args.js';
import { loadRealCorpus } from './eval/corpus.js';
import { samplesOf, type Sample } from './eval/evidence.js';
import { fitWeights, verdict } from './eval/fitWeights.js';
import { BLIND_ROUND } from './eval/rounds.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const argv = process.argv.slice(2);
const num = (flag: string, d: number): number => numberFlag(argv, flag, d);
const lambda = num('--lambda', 3);
const beta = num('--temperature', 0.5);
const iterations = num('--iterations', 2000);
/** Learn only the kinds seen in at least this many samples; the others keep their written weight. */
const minSupport = num('--min-support', 0);
const learnt = (fit: ReturnType<typeof fitWeights>): Map<string, number> =>
  new Map([...fit.weights].filter(([k]) => (fit.support.get(k) ?? 0) >= minSupport));
const everything = loadRealCorpus(path.join(root, 'fixtures', 'real-corpus'));
const corpus = everything.filter((p) => p.round < BLIND_ROUND);
const samples = samplesOf(corpus);
const rounds = [...new Set(corpus.map((p) => p.round))].sort((a, b) => a - b);

function pr(ss: Sample[], weights: Map<string, number> | null): string {
  const f = (subset: Sample[]) => {
    let tp = 0, fp = 0, fn = 0;
    for (const s of subset) {
      const got = verdict(s, weights);
      if (got && s.want) tp++;
      else if (got) fp++;
      else if (s.want) fn++;
    }
    const p = tp + fp ? tp / (tp + fp) : 1;
    const r = tp + fn ? tp / (tp + fn) : 1;
    return `${(p * 100).toFixed(0)}/${(r * 100).toFixed(0)}`;
  };
  return `${f(ss.filter((s) => s.withSubject)).padStart(7)} ${f(ss.filter((s) => !s.withSubject)).padStart(7)}`;
}

console.log(`lambda ${lambda}, temperature ${beta}: detection P/R with subject, body alone`);
console.log('held out   hand weights      learned');
// every post scored by weights learned without its round: the estimate of how learning carries to new posts
const heldOut: Sample[] = [];
for (const r of rounds) {
  const train = samples.filter((s) => s.post.round !== r);
  const test = samples.filter((s) => s.post.round === r);
  const fit = fitWeights(train, { lambda, temperature: beta, iterations });
  const w = learnt(fit);
  console.log(`round ${r}   ${pr(test, null)}   ${pr(test, w)}`);
  for (const s of test) heldOut.push({ ...s, settled: s.settled || !verdict(s, w), evidence: verdict(s, w) ? [{ key: 'held-out', what: '', weight: 99 }] : [] });
}
console.log(`each round held out ${pr(samples, null)}   ${pr(heldOut, null)}`);
const all = fitWeights(samples, { lambda, temperature: beta, iterations });
console.log(`all (trained on all) ${pr(samples, null)}   ${pr(samples, learnt(all))}`);
if (argv.includes('--blind')) {
  // the blind round scored by the weights learned from all the others (never trained on)
  const blind = samplesOf(everything.filter((p) => p.round === BLIND_ROUND));
  console.log(`blind round ${BLIND_ROUND} ${pr(blind, null)}   ${pr(blind, learnt(all))}`);
}
if (argv.includes('--weights')) {
  const rows = [...all.weights].map(([k, w]) => ({ k, w, h: all.prior.get(k) as number, n: all.support.get(k) as number }))
    .sort((a, b) => Math.abs(b.w - b.h) - Math.abs(a.w - a.h));
  for (const r of rows) console.log(`${String(r.h).padStart(5)} -> ${String(r.w).padStart(5)}  (${r.n})  ${r.k}`);
}
