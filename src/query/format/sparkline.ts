/** A sparkline of reports per month as inline SVG (projects page): one bar per month of a shared range. */
import { html, type Html } from './html.js';
import { monthRange } from '../timeline.js';

/**
 * Bars for `byMonth` (YYYY-MM -> count) over every month from `first` to `last`, so sparklines
 * of different projects share one axis. Heights are relative to `max` (the tallest bar drawn).
 */
export function sparklineSvg(byMonth: Record<string, number>, range: { first: string; last: string; max: number }, size = { width: 160, height: 24 }): Html {
  const { months, index } = axis(range.first, range.last);
  const n = Math.max(1, months.length);
  const w = size.width / n;
  const max = Math.max(1, range.max);
  const total = Object.values(byMonth).reduce((a, b) => a + b, 0);
  const active = Object.keys(byMonth).sort();
  const label = `${total} report${total === 1 ? '' : 's'}${active.length ? `, ${active[0]} to ${active[active.length - 1]}` : ''}`;
  // Only the months with reports are drawn (a projects page draws thousands of sparklines over hundreds of months).
  const bars = active.map((m) => {
    const c = byMonth[m] ?? 0;
    const i = index.get(m);
    if (!c || i === undefined) return '';
    const h = Math.max(2, (c / max) * (size.height - 2));
    return html`<rect x="${(i * w).toFixed(2)}" y="${(size.height - h).toFixed(2)}" width="${Math.max(1, w - (w > 3 ? 1 : 0)).toFixed(2)}" height="${h.toFixed(2)}"><title>${m}: ${c}</title></rect>`;
  });
  return html`<svg class="spark" role="img" aria-label="${label}" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}"><title>${label}</title><line class="axis" x1="0" x2="${size.width}" y1="${size.height - 0.5}" y2="${size.height - 0.5}"/>${bars}</svg>`;
}

let lastAxis: { key: string; months: string[]; index: Map<string, number> } | null = null;

/** The months of a range and each one's position; the last one asked for is kept (every sparkline of a page shares it). */
function axis(first: string, last: string): { months: string[]; index: Map<string, number> } {
  const key = `${first}..${last}`;
  if (lastAxis?.key !== key) {
    const months = monthRange(first, last);
    lastAxis = { key, months, index: new Map(months.map((m, i) => [m, i])) };
  }
  return lastAxis;
}
