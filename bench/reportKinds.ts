/** BENCHMARKS.md's section for issue 13: ingest rate by kind of archive, beside `notmuch new` on the same messages. */
import type { KindsFigures } from './stages/kinds.js';
import { fmtBytes, fmtMs, fmtNum, fmtSpread, ratio, type Spread } from './measure/stats.js';

/** Issue 13's clause this section answers, word for word. */
export const ISSUE_13_CLAUSE = 'BENCHMARKS.md adds ingest rates for HyperKitty and mbox import';

const sp = (x: Spread | null | undefined, f: (n: number) => string): string => (x && x.n ? fmtSpread(x, f) : 'n/a');
const rate = (x: number): string => `${fmtNum(x, 0)}/s`;
const mb = (x: number): string => `${fmtNum(x / 1e6, 0)} MB`;

export function renderKinds(k: KindsFigures): string {
  const nm = k.notmuch;
  const p = k.pipermail;
  const out: string[] = [];
  out.push(`## Issue 13: ingest by kind of archive\n`);
  out.push(`> ${ISSUE_13_CLAUSE}\n`);
  out.push(`The same ${fmtNum(k.messages, 0)} messages (list ${k.list}, as its maildir holds them: the messages \`notmuch new\` indexes above) ingested through each kind into a new database: ` +
    `a Mailman 3 HyperKitty list served on 127.0.0.1 by the fixture HyperKitty server in its own process (\`bench/serveHyperKitty.ts\`: the list page, then each month's mbox export, gzipped per request as HyperKitty does), ` +
    `\`archive import\` of one mbox file, and \`archive sync\` of a local public-inbox folder (a v2 inbox of one epoch built with \`git fast-import\`). ` +
    `Inputs are built before the runs and not timed. Whole process (spawn to exit: fetch or read, store, parse, index), median of ${k.rows[0]?.wallMs.n ?? 0} runs with (min – max); "vs notmuch" is the rate over \`notmuch new\`'s on the same maildir.\n`);
  const head = ['kind', 'command', 'input', 'stored', 'messages/s', 'wall time', 'peak RSS', 'load (1 min)', 'requests, bytes', 'vs `notmuch new`: rate', 'peak RSS'];
  const rows: string[][] = k.rows.map((r) => [r.kind, `\`${r.command}\``, r.input, fmtNum(r.stored, 0), sp(r.messagesPerSecond, rate), sp(r.wallMs, fmtMs), sp(r.maxRss, mb), sp(r.load, (v) => v.toFixed(2)),
    r.requests && r.bytes ? `${sp(r.requests, (v) => fmtNum(v, 0))}, ${fmtBytes(r.bytes.median)}` : '',
    nm ? ratio(r.messagesPerSecond.median, nm.messagesPerSecond.median) : 'n/a', nm && r.maxRss.n && nm.maxRss.n ? ratio(r.maxRss.median, nm.maxRss.median) : 'n/a']);
  if (p) rows.push(['pipermail (section "Side by side")', '`archive sync --delay 0 URL`', 'the TOC, each period\'s text and date index, over HTTP', fmtNum(p.messages, 0), sp(p.messagesPerSecond, rate), sp(p.wallMs, fmtMs), sp(p.maxRss, mb), sp(p.load, (v) => v.toFixed(2)),
    `${sp(p.requests, (v) => fmtNum(v, 0))}, ${fmtBytes(p.bytes.median)}`, nm ? ratio(p.messagesPerSecond.median, nm.messagesPerSecond.median) : 'n/a', nm && p.maxRss.n && nm.maxRss.n ? ratio(p.maxRss.median, nm.maxRss.median) : 'n/a']);
  if (nm) rows.push(['`notmuch new`', '`notmuch new` (empty database)', 'the maildir, one file a message', fmtNum(nm.messages, 0), sp(nm.messagesPerSecond, rate), sp(nm.wallMs, fmtMs), sp(nm.maxRss, mb), sp(nm.load, (v) => v.toFixed(2)), '', '1×', '1×']);
  out.push([`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') + '\n');
  const notes = [...k.skipped.map((x) => `Not measured: ${x}.`)];
  if (!nm) notes.push('notmuch was not measured in this run: no ratios.');
  if (notes.length) out.push(notes.join(' ') + '\n');
  return out.join('\n');
}
