/**
 * Issue 12, target 6: the same figures at several sizes (10k, 100k and 1M messages in the full
 * run), so that a reader sees how each cost grows. The smaller archives are generated and synced
 * here (one run each: first sync, reindex, size, and the queries whole-process); the largest point
 * is the query database the other stages measured.
 */
import { archive, check, type BenchContext } from '../context.js';
import { ensureArchive, dbBytes, listUrls } from '../data.js';
import { removeDb } from './sync.js';
import { spread } from '../measure/stats.js';
import type { ArchiveParams } from '../generate/params.js';
import path from 'node:path';

/** One figure at one size; null when it was not measured at that size. */
export interface GrowthPoint {
  messages: number;
  /** Bytes of PERIOD.txt over all periods (null when the archive is gone, e.g. a cached query database). */
  textBytes: number | null;
  firstSyncMs: number | null;
  reindexMs: number | null;
  dbBytes: number;
  /** Whole-process medians by command, e.g. 'query --project NSR'. */
  queries: Record<string, number>;
  /** 1-minute load when the point's first run started. */
  load: number;
  /** Where the figures come from. */
  source: string;
}

/** The queries measured at every size (whole process, median of 3 after a warm-up). */
export function growthQueries(project: string, word: string): string[][] {
  return [['query', '--project', project], ['projects'], ['search', word], ['reviews', '--project', project]];
}

export async function growthPoint(ctx: BenchContext, params: ArchiveParams, project: string, word: string): Promise<GrowthPoint> {
  const { dir, summary } = await ensureArchive(ctx, params, `growth ${params.messages}`);
  const db = path.join(ctx.work, `growth-${params.messages}.db`);
  removeDb(db);
  const sync = check(await archive(ctx, ['--db', db, 'sync', '--delay', '0', '--quiet', ...listUrls(ctx, dir, summary)]), `growth sync of ${params.messages}`);
  const re = check(await archive(ctx, ['--db', db, 'reindex']), `growth reindex of ${params.messages}`);
  const queries: Record<string, number> = {};
  for (const q of growthQueries(project, word)) {
    await archive(ctx, ['--db', db, ...q]);
    const xs: number[] = [];
    for (let i = 0; i < 3; i++) xs.push(check(await archive(ctx, ['--db', db, ...q]), q.join(' ')).wallMs);
    queries[q.join(' ')] = spread(xs).median;
  }
  const point: GrowthPoint = {
    messages: summary.messages, textBytes: summary.lists.reduce((a, l) => a + l.textBytes, 0), firstSyncMs: sync.wallMs, reindexMs: re.wallMs,
    dbBytes: dbBytes(db), queries, load: sync.load[0], source: `${params.lists} list(s) x ${params.years} year(s), generated and measured here`,
  };
  ctx.log(`  growth ${summary.messages}: sync ${(sync.wallMs / 1000).toFixed(1)} s, reindex ${(re.wallMs / 1000).toFixed(1)} s, ${(point.dbBytes / 1048576).toFixed(0)} MiB`);
  removeDb(db);
  return point;
}

export interface GrowthSeries {
  label: string;
  unit: 'ms' | 'bytes';
  values: Array<number | null>;
}

/** The figures of every point as series, in the order of `points` (sorted by size). */
export function growthSeries(points: GrowthPoint[]): GrowthSeries[] {
  const out: GrowthSeries[] = [
    { label: 'first sync', unit: 'ms', values: points.map((p) => p.firstSyncMs) },
    { label: 'reindex', unit: 'ms', values: points.map((p) => p.reindexMs) },
    { label: 'database size', unit: 'bytes', values: points.map((p) => p.dbBytes) },
  ];
  const names = [...new Set(points.flatMap((p) => Object.keys(p.queries)))];
  for (const q of names) out.push({ label: q, unit: 'ms', values: points.map((p) => p.queries[q] ?? null) });
  return out;
}

const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf'];

/**
 * The growth plot: each figure divided by its value at the smallest size, against messages, both
 * on log scales; the dashed line is cost proportional to messages. A figure under it grows slower
 * than linearly, one above it faster. Our own drawing from numbers: no input from mail.
 */
export function growthSvg(points: GrowthPoint[]): string {
  const W = 720, H = 420, L = 60, R = 210, T = 30, B = 50;
  const xs = points.map((p) => p.messages);
  const series = growthSeries(points).map((s) => ({ ...s, rel: s.values.map((v) => (v !== null && s.values[0] ? v / s.values[0] : null)) }));
  const rels = series.flatMap((s) => s.rel.filter((v): v is number => v !== null && v > 0));
  const xMin = Math.log10(xs[0]), xMax = Math.log10(xs[xs.length - 1]);
  const linearTop = xs[xs.length - 1] / xs[0];
  const yMin = Math.floor(Math.log10(Math.min(1, ...rels)) * 2) / 2, yMax = Math.ceil(Math.log10(Math.max(linearTop, ...rels)) * 2) / 2;
  const px = (m: number): number => L + ((Math.log10(m) - xMin) / (xMax - xMin || 1)) * (W - L - R);
  const py = (v: number): number => T + (1 - (Math.log10(v) - yMin) / (yMax - yMin || 1)) * (H - T - B);
  const fmtM = (m: number): string => (m >= 1e6 ? `${m / 1e6}M` : m >= 1e3 ? `${m / 1e3}k` : String(m));
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`);
  parts.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
  parts.push(`<text x="${L}" y="18" font-size="13">Cost against size, relative to ${fmtM(xs[0])} messages (log-log; dashed: proportional to messages)</text>`);
  for (let e = Math.ceil(yMin); e <= yMax; e++) {
    const y = py(10 ** e).toFixed(1);
    parts.push(`<line x1="${L}" x2="${W - R}" y1="${y}" y2="${y}" stroke="#ddd"/><text x="${L - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${10 ** e}×</text>`);
  }
  for (const m of xs) {
    const x = px(m).toFixed(1);
    parts.push(`<line x1="${x}" x2="${x}" y1="${T}" y2="${H - B}" stroke="#ddd"/><text x="${x}" y="${H - B + 16}" text-anchor="middle">${fmtM(m)}</text>`);
  }
  parts.push(`<text x="${(L + W - R) / 2}" y="${H - 12}" text-anchor="middle">messages</text>`);
  parts.push(`<line x1="${px(xs[0]).toFixed(1)}" y1="${py(1).toFixed(1)}" x2="${px(xs[xs.length - 1]).toFixed(1)}" y2="${py(linearTop).toFixed(1)}" stroke="#555" stroke-dasharray="5 4"/>`);
  series.forEach((s, i) => {
    const c = COLORS[i % COLORS.length];
    const pts = s.rel.map((v, k) => (v !== null && v > 0 ? `${px(xs[k]).toFixed(1)},${py(v).toFixed(1)}` : null)).filter(Boolean);
    if (pts.length > 1) parts.push(`<polyline points="${pts.join(' ')}" fill="none" stroke="${c}" stroke-width="2"/>`);
    for (const p of pts) { const [x, y] = p!.split(','); parts.push(`<circle cx="${x}" cy="${y}" r="3" fill="${c}"/>`); }
    const ly = T + 10 + i * 18;
    parts.push(`<line x1="${W - R + 12}" x2="${W - R + 32}" y1="${ly}" y2="${ly}" stroke="${c}" stroke-width="2"/><text x="${W - R + 38}" y="${ly}" dominant-baseline="middle">${escapeXml(s.label)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
