/** The one stylesheet, served at /style.css (the Content-Security-Policy allows no inline style). */
import { TIMELINE_CSS } from '../../query/format/timeline.js';

export const STYLE_CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --border: #d1d9e0;
  --link: #0969da; --focus: #8250df; --mark: #fff8c5; --added: #1a7f37; --changed: #9a6700; --carried: #59636e;
  --stale: #bc4c00; --dropped: #cf222e; --merged: #8250df; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --border: #3d444d; --link: #4493f8;
    --focus: #a371f7; --mark: #4d3d00; --added: #3fb950; --changed: #d29922; --carried: #9198a1; --stale: #f0883e;
    --dropped: #f85149; --merged: #a371f7; }
}
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--link); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible, [tabindex]:focus-visible {
  outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--bg); padding: .5rem 1rem; z-index: 1; }
.skip:focus { left: .5rem; }
header.top { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; padding: .6rem 1.5rem; border-bottom: 1px solid var(--border); background: var(--panel); }
header.top .brand { font-weight: 700; color: var(--fg); text-decoration: none; }
header.top nav a { margin-right: 1rem; }
header.top nav a[aria-current="page"] { font-weight: 700; color: var(--fg); }
header.top form { margin-left: auto; display: flex; gap: .4rem; }
main { padding: 1rem 1.5rem 3rem; max-width: 1200px; }
footer { padding: 1rem 1.5rem; color: var(--muted); border-top: 1px solid var(--border); font-size: 13px; }
h1 { font-size: 1.6rem; margin: .4rem 0 .6rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .6rem; border-bottom: 1px solid var(--border); padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .3rem; }
.muted { color: var(--muted); }
.small { font-size: 13px; }
input, select, button { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--border); border-radius: 6px; padding: .25rem .5rem; }
button { background: var(--panel); cursor: pointer; }
form.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin: .5rem 0 1rem; padding: .6rem .8rem; background: var(--panel); border: 1px solid var(--border); border-radius: 8px; }
form.filters label { display: flex; flex-direction: column; font-size: 13px; color: var(--muted); }
form.filters label.check { flex-direction: row; gap: .3rem; align-items: center; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid var(--border); vertical-align: top; }
th { font-size: 13px; color: var(--muted); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
svg.spark rect { fill: var(--link); }
svg.spark .axis { stroke: var(--border); }
.scroll { overflow-x: auto; border: 1px solid var(--border); border-radius: 8px; padding: .3rem; }
.badge { display: inline-block; min-width: 4.6em; font-size: 12px; font-weight: 600; padding: 0 .35rem; border-radius: 4px; border: 1px solid currentColor; text-align: center; margin-right: .4rem; }
.s-added { color: var(--added); } .s-changed { color: var(--changed); } .s-carried { color: var(--carried); }
.s-stale { color: var(--stale); } .s-dropped { color: var(--dropped); } .s-merged { color: var(--merged); }
ul.items { list-style: none; padding-left: 0; margin: .3rem 0; }
ul.items > li { padding: .15rem 0; overflow-wrap: anywhere; }
ul.items ul { margin: .1rem 0 .1rem 5.4rem; padding-left: 1rem; }
li.dropped .text { text-decoration: line-through; color: var(--muted); }
.label { color: var(--muted); font-style: italic; }
a.prov { font-size: 12px; color: var(--muted); margin-left: .4rem; }
article.report { border-left: 3px solid var(--border); padding: .1rem 0 .4rem 1rem; margin: 1rem 0; }
article.report:target { border-left-color: var(--focus); }
.gap-note { color: var(--muted); font-style: italic; margin: .8rem 0; }
mark { background: var(--mark); color: inherit; padding: 0 1px; }
.hit { margin: 1rem 0; }
.hit .snippet { margin: .2rem 0; }
.error { border: 1px solid var(--dropped); border-radius: 8px; padding: .6rem 1rem; }
.verdict { border: 1px solid var(--border); border-radius: 8px; padding: .5rem 1rem; background: var(--panel); }
.verdict.yes { border-color: var(--added); } .verdict.no { border-color: var(--muted); }
.two { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; }
@media (max-width: 900px) { .two { grid-template-columns: 1fr; } }
pre.body { margin: 0; font: 13px/1.45 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; background: var(--panel); border: 1px solid var(--border); border-radius: 8px; padding: .5rem 0; overflow-x: auto; }
pre.body { font-size: 12.5px; }
pre.body .line { display: grid; grid-template-columns: 3.4em minmax(0, 1fr); column-gap: .8em; padding-right: .8rem; }
pre.body .tx { white-space: pre-wrap; overflow-wrap: anywhere; min-height: 1.45em; }
pre.body .ln { text-align: right; color: var(--muted); user-select: none; }
pre.body .line.hl { background: var(--mark); }
pre.body .line:target { background: var(--mark); outline: 2px solid var(--focus); }
pre.raw { font: 12px/1.4 ui-monospace, Menlo, Consolas, monospace; white-space: pre-wrap; overflow-wrap: anywhere; background: var(--panel); padding: .6rem; border-radius: 8px; }
dl.headers { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .5rem 0; }
dl.headers dt { color: var(--muted); } dl.headers dd { margin: 0; overflow-wrap: anywhere; }
.structure section { margin-bottom: .8rem; }
.pager { display: flex; gap: 1rem; margin: .5rem 0; }
.months-nav { display: flex; flex-wrap: wrap; gap: .2rem .6rem; font-size: 13px; }
${TIMELINE_CSS}`;
