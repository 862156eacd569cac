/**
 * Learns the weight of each kind of detection evidence from labelled posts: logistic regression
 * whose score is the detector's own (the sum of the evidence's weights, a report at THRESHOLD or
 * more), pulled towards the hand-set weight of each kind (a Gaussian prior centred on it), so a
 * kind seen in a few posts keeps about the weight a person gave it and a kind seen in many gets
 * the weight the posts say.
 */
import type { Sample } from './evidence.js';

export const THRESHOLD = 3;

export interface Fit {
  /** key -> learned weight. */
  weights: Map<string, number>;
  /** key -> hand weight (the prior's centre). */
  prior: Map<string, number>;
  /** key -> how many training samples hold it. */
  support: Map<string, number>;
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

export function fitWeights(samples: Sample[], opts: { lambda?: number; iterations?: number; rate?: number; temperature?: number } = {}): Fit {
  const lambda = opts.lambda ?? 1;
  const iterations = opts.iterations ?? 2000;
  const rate = opts.rate ?? 0.05;
  const beta = opts.temperature ?? 1;
  const prior = new Map<string, number>();
  const support = new Map<string, number>();
  const used = samples.filter((s) => !s.settled);
  for (const s of used) for (const e of s.evidence) {
    prior.set(e.key, e.weight);
    support.set(e.key, (support.get(e.key) ?? 0) + 1);
  }
  const keys = [...prior.keys()];
  const index = new Map(keys.map((k, i) => [k, i]));
  const w = keys.map((k) => prior.get(k) as number);
  const w0 = w.slice();
  const rows = used.map((s) => ({ y: s.want ? 1 : 0, x: s.evidence.map((e) => index.get(e.key) as number) }));
  const grad = new Array<number>(keys.length).fill(0);
  for (let it = 0; it < iterations; it++) {
    grad.fill(0);
    for (const r of rows) {
      let score = -THRESHOLD;
      for (const k of r.x) score += w[k];
      const g = beta * (sigmoid(beta * score) - r.y);
      for (const k of r.x) grad[k] += g;
    }
    for (let k = 0; k < w.length; k++) w[k] -= (rate * (grad[k] + lambda * (w[k] - w0[k]))) / Math.sqrt(1 + (support.get(keys[k]) ?? 0) / 20);
  }
  return { weights: new Map(keys.map((k, i) => [k, Math.round(w[i] * 10) / 10])), prior, support };
}

/** The verdict with the given weights (kinds the fit never saw keep their hand weight). */
export function verdict(s: Sample, weights: Map<string, number> | null): boolean {
  if (s.settled) return false;
  let score = 0;
  for (const e of s.evidence) score += weights?.get(e.key) ?? e.weight;
  return score >= THRESHOLD;
}
