/**
 * The project timeline as SVG, drawn by our code: months across (months with no report hatched),
 * one lane per item from its first mention to its last, a mark per mention (added, changed,
 * carried, stale, merged) and one where it was dropped. One renderer for the web page (styled by
 * the server's stylesheet) and for `archive query --format svg|html` (standalone: its own style,
 * light and dark). Every text from mail goes through `html` (format/html.ts).
 */
import type { MarkKind, Timeline, TimelineLane } from '../timeline.js';
import { html, Html, type HtmlValue } from './html.js';

export interface TimelineSvgOptions {
  /** A file of its own (`--format svg`): XML namespace and an embedded stylesheet. */
  standalone?: boolean;
  /** Where a lane's label links to (its first mention), or null for no link. */
  laneHref?: (lane: TimelineLane) => string | null;
  /** Lanes drawn at most (the rest are counted in a note). */
  maxLanes?: number;
}

const LABEL_W = 300;
const LANE_H = 22;
const TOP = 64;
const MAX_LABEL_CHARS = 44;

/** Colours and shapes of the timeline, light and dark; the server's stylesheet includes it too. */
export const TIMELINE_CSS = `
svg.timeline { font: 12px system-ui, -apple-system, "Segoe UI", sans-serif; --tl-fg: #1f2328; --tl-muted: #656d76; --tl-col: #f6f8fa;
  --tl-gap: #d0d7de; --tl-line: #8c959f; --tl-added: #1a7f37; --tl-changed: #9a6700; --tl-carried: #57606a; --tl-stale: #bc4c00;
  --tl-merged: #8250df; --tl-dropped: #cf222e; --tl-bg: #ffffff; }
@media (prefers-color-scheme: dark) {
  svg.timeline { --tl-fg: #e6edf3; --tl-muted: #8d96a0; --tl-col: #161b22; --tl-gap: #30363d; --tl-line: #6e7681;
    --tl-added: #3fb950; --tl-changed: #d29922; --tl-carried: #8d96a0; --tl-stale: #f0883e; --tl-merged: #a371f7; --tl-dropped: #f85149; --tl-bg: #0d1117; }
}
svg.timeline .bg { fill: var(--tl-bg); }
svg.timeline text { fill: var(--tl-fg); }
svg.timeline .muted, svg.timeline .mlabel { fill: var(--tl-muted); }
svg.timeline .col { fill: var(--tl-col); }
svg.timeline .hatch { stroke: var(--tl-gap); stroke-width: 1.5; }
svg.timeline .tick { stroke: var(--tl-muted); stroke-width: 2; }
svg.timeline .span { stroke: var(--tl-line); stroke-width: 2; }
svg.timeline .tail { stroke: var(--tl-dropped); stroke-width: 1.5; stroke-dasharray: 3 3; }
svg.timeline .m-added { fill: var(--tl-added); }
svg.timeline .m-changed { fill: var(--tl-changed); }
svg.timeline .m-carried { fill: var(--tl-carried); }
svg.timeline .m-stale { fill: var(--tl-bg); stroke: var(--tl-stale); stroke-width: 2; }
svg.timeline .m-merged { fill: var(--tl-merged); }
svg.timeline .m-dropped { stroke: var(--tl-dropped); stroke-width: 2.5; fill: none; }
svg.timeline a text { fill: var(--tl-fg); text-decoration: underline; text-decoration-color: var(--tl-gap); }
svg.timeline a:hover text, svg.timeline a:focus text { text-decoration-color: currentColor; fill: var(--tl-merged); }
svg.timeline a:focus { outline: 2px solid var(--tl-merged); outline-offset: 1px; }
svg.timeline .lane:hover .lanebg { fill: var(--tl-col); }
svg.timeline .lanebg { fill: transparent; }
`;

const KIND_WORD: Record<MarkKind, string> = {
  added: 'added', changed: 'changed', carried: 'carried', stale: 'carried, stale', merged: 'merged', dropped: 'dropped',
};

/** The shape of a mark, centred on (x, y): shape and colour both tell the kind. */
function markShape(kind: MarkKind, x: number, y: number, title: string): Html {
  const t = html`<title>${title}</title>`;
  const f = (n: number) => n.toFixed(1);
  switch (kind) {
    case 'added': return html`<circle class="m-added" cx="${f(x)}" cy="${f(y)}" r="5.5">${t}</circle>`;
    case 'changed': return html`<path class="m-changed" d="M${f(x)} ${f(y - 6)}L${f(x + 6)} ${f(y)}L${f(x)} ${f(y + 6)}L${f(x - 6)} ${f(y)}Z">${t}</path>`;
    case 'carried': return html`<circle class="m-carried" cx="${f(x)}" cy="${f(y)}" r="3.5">${t}</circle>`;
    case 'stale': return html`<circle class="m-stale" cx="${f(x)}" cy="${f(y)}" r="4.5">${t}</circle>`;
    case 'merged': return html`<rect class="m-merged" x="${f(x - 5)}" y="${f(y - 5)}" width="10" height="10" rx="1.5">${t}</rect>`;
    case 'dropped': return html`<path class="m-dropped" d="M${f(x - 4.5)} ${f(y - 4.5)}L${f(x + 4.5)} ${f(y + 4.5)}M${f(x + 4.5)} ${f(y - 4.5)}L${f(x - 4.5)} ${f(y + 4.5)}">${t}</path>`;
  }
}

/** A lane label: URLs shortened to their change or bug number (`#8769`), or their host. */
export function shortLabel(s: string): string {
  return s.replace(/https?:\/\/([^\s/]+)\S*/gi, (url, host: string) => {
    const n = /(?:[/=#]|\bid=)(\d{2,})\/?$/.exec(url.replace(/[).,;:]+$/, ''));
    return n ? `#${n[1]}` : host;
  });
}

function truncate(s: string, n: number): string {
  const one = shortLabel(s).replace(/\s+/g, ' ').trim();
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
}

/** Width of one month column: the whole range fits about 900 px, between 14 and 64 px a month. */
export function monthWidth(months: number): number {
  return Math.max(14, Math.min(64, Math.floor(900 / Math.max(1, months))));
}

export function timelineSvg(t: Timeline, opts: TimelineSvgOptions = {}): Html {
  const mw = monthWidth(t.months.length);
  const maxLanes = opts.maxLanes ?? 400;
  const lanes = t.lanes.slice(0, maxLanes);
  const hidden = t.lanes.length - lanes.length;
  const width = LABEL_W + t.months.length * mw + 20;
  const height = TOP + Math.max(1, lanes.length) * LANE_H + (hidden ? LANE_H : 0) + 10;
  const monthIndex = new Map(t.months.map((m, i) => [m.month, i]));
  const xOf = (month: string, slot: number): number => {
    const i = monthIndex.get(month) ?? 0;
    const n = Math.max(1, t.months[i]?.reports ?? 1);
    return LABEL_W + i * mw + ((slot + 0.5) * mw) / n;
  };
  const step = Math.max(1, Math.ceil(56 / mw));
  const bottom = height - 10;
  const columns = t.months.map((m, i) => {
    const x = LABEL_W + i * mw;
    const title = m.reports ? `${m.month}: ${m.reports} report${m.reports === 1 ? '' : 's'}` : `${m.month}: no report`;
    const label = i % step === 0 ? html`<text class="mlabel" x="${x + mw / 2}" y="${TOP - 10}" text-anchor="middle">${m.month}</text>` : '';
    const fill = m.reports ? '' : html` fill="url(#tl-hatch)"`;
    return html`<g class="month${m.reports ? '' : ' nomonth'}" data-month="${m.month}" data-reports="${m.reports}"><title>${title}</title><rect class="${m.reports ? 'col' : 'gap'}" x="${x + 1}" y="${TOP - 4}" width="${mw - 2}" height="${bottom - TOP + 4}"${fill}/>${label}</g>`;
  });
  const ticks = t.reports.map((r) => {
    const x = xOf(r.month, r.slot).toFixed(1);
    return html`<line class="tick" x1="${x}" x2="${x}" y1="${TOP - 4}" y2="${TOP + 2}"><title>${r.month} ${r.author}: ${r.subject}</title></line>`;
  });
  const laneRows = lanes.map((lane, i) => {
    const y = TOP + i * LANE_H + LANE_H / 2;
    const mentions = lane.marks.filter((m) => m.kind !== 'dropped');
    const dropped = lane.marks.find((m) => m.kind === 'dropped');
    const x1 = xOf(mentions[0].month, mentions[0].slot);
    const x2 = xOf(mentions[mentions.length - 1].month, mentions[mentions.length - 1].slot);
    const label = truncate((lane.label ? `${lane.label}: ` : '') + lane.text, MAX_LABEL_CHARS);
    const href = opts.laneHref?.(lane) ?? null;
    const text = html`<text x="8" y="${(y + 4).toFixed(1)}">${label}<title>${lane.text}${lane.lastText !== lane.text ? ` (last: ${lane.lastText})` : ''}</title></text>`;
    const months = [...new Set(mentions.map((m) => m.month))].join(' ');
    const span = x2 > x1 ? html`<line class="span" x1="${x1.toFixed(1)}" x2="${x2.toFixed(1)}" y1="${y}" y2="${y}"/>` : '';
    const tail = dropped ? html`<line class="tail" x1="${x2.toFixed(1)}" x2="${xOf(dropped.month, dropped.slot).toFixed(1)}" y1="${y}" y2="${y}"/>` : '';
    const marks = lane.marks.map((m) => markShape(m.kind, xOf(m.month, m.slot), y, `${m.month}: ${KIND_WORD[m.kind]}: ${m.text}`));
    return html`<g class="lane" data-first="${lane.first}" data-last="${lane.last}" data-months="${months}" data-dropped="${dropped?.month ?? ''}"><rect class="lanebg" x="0" y="${y - LANE_H / 2}" width="${LABEL_W - 4}" height="${LANE_H}"/>${href ? html`<a href="${href}">${text}</a>` : text}${span}${tail}${marks}</g>`;
  });
  const legend = (['added', 'changed', 'carried', 'stale', 'merged', 'dropped'] as MarkKind[]).map((k, i) => {
    const x = 8 + i * 92;
    return html`<g class="legend">${markShape(k, x + 6, 16, k)}<text x="${x + 16}" y="20">${k}</text></g>`;
  });
  const gapLegendX = 8 + 6 * 92;
  const names = t.names.length > 1 ? ` (reported as ${t.names.join(', ')})` : '';
  const summary = `${t.names[0] ?? t.project}${names}: ${t.reports.length} report${t.reports.length === 1 ? '' : 's'}`
    + (t.months.length ? ` from ${t.months[0].month} to ${t.months[t.months.length - 1].month}` : '')
    + `, ${t.lanes.length} item${t.lanes.length === 1 ? '' : 's'}`
    + (t.months.some((m) => !m.reports) ? `; no report in ${t.months.filter((m) => !m.reports).map((m) => m.month).join(', ')}` : '');
  const attrs = opts.standalone ? html` xmlns="http://www.w3.org/2000/svg"` : html``;
  const style: HtmlValue = opts.standalone ? html`<style>${new Html(TIMELINE_CSS)}</style><rect class="bg" x="0" y="0" width="${width}" height="${height}"/>` : '';
  const more = hidden ? html`<text class="muted" x="8" y="${TOP + lanes.length * LANE_H + 16}">… ${hidden} more item${hidden === 1 ? '' : 's'} not drawn</text>` : '';
  const none = lanes.length === 0 ? html`<text class="muted" x="8" y="${TOP + 15}">(no items)</text>` : '';
  return html`<svg${attrs} class="timeline" role="group" aria-label="${summary}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title>${summary}</title>${style}<defs><pattern id="tl-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line class="hatch" x1="0" y1="0" x2="0" y2="6"/></pattern></defs>${legend}<g class="legend"><rect class="gap" x="${gapLegendX}" y="10" width="12" height="12" fill="url(#tl-hatch)"/><text x="${gapLegendX + 16}" y="20">no report</text></g><g class="months">${columns}</g><g class="ticks">${ticks}</g><g class="lanes">${laneRows}</g>${more}${none}</svg>`;
}

/** `archive query --format svg`: the timeline as an SVG file (links to the archived posts). */
export function timelineToSvg(t: Timeline): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${timelineSvg(t, { standalone: true, laneHref: archivedHref(t) }).value}\n`;
}

/** `archive query --format html`: the timeline in a page of its own, safe to open or host (no script allowed). */
export function timelineToHtml(t: Timeline): string {
  const title = `${t.names[0] ?? t.project}: status timeline`;
  const svg = timelineSvg(t, { laneHref: archivedHref(t) });
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
<style>body { font: 15px/1.5 system-ui, sans-serif; margin: 1.5rem; } @media (prefers-color-scheme: dark) { body { background: #0d1117; color: #e6edf3; } }
.scroll { overflow-x: auto; }${new Html(TIMELINE_CSS)}</style></head>
<body><h1>${title}</h1>
<div class="scroll">${svg}</div>
</body></html>
`.value;
}

/** A lane links to the archived page of the report that first mentioned it, when that is an http(s) URL. */
function archivedHref(t: Timeline): (lane: TimelineLane) => string | null {
  return (lane) => {
    const first = lane.marks[0];
    const url = first ? t.reports[first.report]?.url : null;
    return url && /^https?:\/\/\S+$/i.test(url) ? url : null;
  };
}
