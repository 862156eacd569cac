/** How many messages each list gets each month: uneven, with a few heavy periods, summing exactly to the total. */
import { Rng } from './prng.js';
import { monthsOf, type ArchiveParams } from './params.js';

export interface MonthPlan {
  list: number;
  year: number;
  month: number;
  count: number;
  heavy: boolean;
}

export const HEAVY_FACTOR = 8;

export function planCounts(p: ArchiveParams): MonthPlan[] {
  const rng = new Rng(`${p.seed}:plan`);
  const months = monthsOf(p);
  const out: MonthPlan[] = [];
  const cells = p.lists * months.length;
  // Heavy periods: spread over lists and time, never the newest month.
  const heavy = new Set<number>();
  for (let h = 0; h < Math.min(p.heavyPeriods, cells); h++) {
    const list = h % p.lists;
    const m = Math.floor(((h + 1) / (p.heavyPeriods + 1)) * (months.length - 1));
    heavy.add(list * months.length + m);
  }
  const weights: number[] = [];
  for (let l = 0; l < p.lists; l++) {
    // Lists differ in volume; traffic grows over the years.
    const listWeight = 1 + 0.5 * Math.cos(l);
    months.forEach(([, ], k) => {
      const trend = 0.6 + 0.8 * (k / Math.max(1, months.length - 1));
      const w = listWeight * trend * (0.7 + 0.6 * rng.next()) * (heavy.has(l * months.length + k) ? HEAVY_FACTOR : 1);
      weights.push(w);
    });
  }
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.max(1, Math.floor((w / sum) * p.messages)));
  let diff = p.messages - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; diff !== 0 && i < counts.length * 4; i++) {
    const j = i % counts.length;
    if (diff > 0) { counts[j]++; diff--; } else if (counts[j] > 1) { counts[j]--; diff++; }
  }
  for (let l = 0; l < p.lists; l++) {
    months.forEach(([year, month], k) => {
      const idx = l * months.length + k;
      out.push({ list: l, year, month, count: counts[idx], heavy: heavy.has(idx) });
    });
  }
  return out;
}
