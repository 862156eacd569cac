/** BENCHMARKS.md: the machine, the data, the goals, every figure with its spread, ratios and floors. */
import os from 'node:os';
import Database from 'better-sqlite3';
import type { ArchiveParams } from './generate/params.js';
import type { ArchiveSummary } from './generate/writeArchive.js';
import { politenessLabel, type SyncFigures, type ResyncFigures, type PairingFigures } from './stages/sync.js';
import type { LeadFigures } from './stages/leads.js';
import type { BuildFigures } from './stamp.js';
import type { ReindexFigures, ParserFigures } from './stages/reindex.js';
import type { QueryFigures } from './stages/queries.js';
import type { PageFigure } from './stages/pages.js';
import type { WgetFigures, NotmuchFigures } from './stages/tools.js';
import type { ProfileSummary } from './measure/cpuProfile.js';
import { growthSeries, type GrowthPoint } from './stages/growth.js';
import { fmtBytes, fmtMs, fmtNum, fmtSpread, ratio, type Spread } from './measure/stats.js';
import { hasGnuTime } from './measure/proc.js';
import { PARSER_VERSION } from '../src/status/index.js';
import type { KindsFigures } from './stages/kinds.js';
import { renderKinds } from './reportKinds.js';

export interface Machine {
  cores: number;
  cpu: string;
  memoryBytes: number;
  os: string;
  sqlite: string;
}

export interface Results {
  mode: 'full' | 'quick';
  runs: number;
  machine: Machine;
  notes: string[];
  archive: ArchiveParams;
  bigParams: ArchiveParams | null;
  /** How the archive was served. */
  server: string;
  /** Path of nginx when installed (it is not used: the same server process serves everyone). */
  nginx: string | null;
  loadStart: number[];
  loadEnd?: number[];
  summary?: ArchiveSummary;
  versions?: { node: string; wget: string | null; notmuch: string | null };
  first?: SyncFigures;
  firstDefault?: SyncFigures;
  /** First sync with --defer-urls (one run, `--delay 0`), and the next run, which pairs the page URLs. */
  firstDeferred?: SyncFigures;
  pairing?: PairingFigures;
  resync?: ResyncFigures;
  resyncDefault?: ResyncFigures;
  resyncNew?: ResyncFigures;
  resyncNewDefault?: ResyncFigures;
  touch?: { first: ResyncFigures; second: ResyncFigures };
  reindex?: ReindexFigures;
  leads?: LeadFigures;
  leadsBig?: LeadFigures;
  parser?: ParserFigures;
  oneList?: SyncFigures;
  oneListReindex?: ReindexFigures;
  oneListSearch?: Array<{ word: string; wallMs: Spread }>;
  oneListResync?: ResyncFigures;
  oneListResyncNew?: ResyncFigures;
  wget?: WgetFigures;
  notmuch?: NotmuchFigures;
  kinds?: KindsFigures;
  profiles?: Record<string, ProfileSummary>;
  big?: { messages: number; bytes: number; build: BuildFigures | null; builtNow: boolean };
  bigReindex?: ReindexFigures;
  queries?: QueryFigures;
  /** Web pages of `archive serve` on the query database. */
  pages?: PageFigure[];
  growth?: GrowthPoint[];
  /** File name of the growth plot, beside the report. */
  growthSvg?: string;
  totalSeconds?: number;
}

export async function machineInfo(): Promise<Machine> {
  const db = new Database(':memory:');
  const sqlite = (db.prepare('select sqlite_version() as v').get() as { v: string }).v;
  db.close();
  return { cores: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', memoryBytes: os.totalmem(), os: `${os.type()} ${os.release()} ${os.arch()}`, sqlite };
}

const s = (x: Spread | undefined, f: (n: number) => string): string => (x ? fmtSpread(x, f) : 'n/a');
const n0 = (x: number): string => fmtNum(x, 0);
const perSec = (x: number): string => `${fmtNum(x, 0)}/s`;
/** Memory in MB (10^6 bytes), as the goals state it. */
const mb = (x: number): string => (Number.isFinite(x) ? `${fmtNum(x / 1e6, 0)} MB` : 'n/a');
const rss = (x: Spread | undefined): string => (x && x.n ? s(x, mb) : 'n/a');
const ld = (x: Spread | undefined): string => (x && x.n ? s(x, (v) => v.toFixed(2)) : 'n/a');
const loads = (l: number[] | undefined): string => (l ? l.map((x) => x.toFixed(2)).join(' / ') : 'n/a');
const MET = '**met**';
const NOT = '**not met**';
const verdict = (ok: boolean): string => (ok ? MET : NOT);

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') + '\n';
}

/** Issue 12's targets, word for word (its line breaks joined). */
export const ISSUE_12_TARGETS = [
  'Reindex (stored raw -> derived tables + search index) >= 20,000 messages/s, >= 40x notmuch new on the same messages: find what rawStore and indexWriter spend their time on (per-row work, hashing, JSON, statement churn, indexes maintained row by row, FTS5 inserted row by row), batch it, and use both cores (worker_threads for decoding and parsing, one writer).',
  'First sync of the 150k-message archive < 60 s with requests = periods + 1; bytes within 1.5x of the compressed archive; peak RSS < 300 MB.',
  "On the 1M-message database, whole process: `query --project` < 300 ms for a project with up to 100 reports and < 1 s for the 1,920-report NSR (default text output paged or limited as a person can read it, `--all` for everything); `projects` < 300 ms; `search WORD` top 20 < 150 ms (notmuch shows newest first; offer `--sort date|relevance` and make the default fast); `month`, `reviews --project` < 300 ms. Store at index time what queries now recompute (stripped subjects, generic-heading flags, per-project report lists, item diffs against the previous report).",
  "Startup: `archive --version` within 1.3x of `node -e ''`; a no-change re-sync of 3 lists < 1 s whole-process (lists in parallel, requests conditional).",
  'Size: database <= 1.5x the raw text at 150k messages, search index included (compress stored raw mail, e.g. per-message deflate or zstd where the runtime has it, without losing the byte-exact original).',
  'Growth: the bench prints each figure at 10k, 100k and 1M messages so a reader sees that cost grows linearly (or better for queries), and a plot of it (an SVG or PNG in BENCHMARKS.md) is where people would rather look than read.',
];
export const ISSUE_12_PREAMBLE = 'Targets, each measured by `npm run bench` side by side with notmuch and wget in the same run (ratios, not absolute times) and written to BENCHMARKS.md with the profile that explains it:';
/** Issue 14's measurable condition, word for word (the last clause of its "Done when"). */
export const ISSUE_14_DONE = "`npm run demo` ends by printing the URL to open; pages answer in < 200 ms on the 1M-message bench database (measured in `npm run bench`, not in a test).";
/** Issue 6's goals, word for word: the older goals this file still tracks. */
export const ISSUE_6_GOALS = "First sync of 150k messages from loopback in under 60 s on 2 cores with peak RSS under 300 MB; no-change re-sync in at most 2 requests per list and under 1 s; reindex at 20k messages/s or more; `query --project` on one million messages in under 200 ms whole-process; faster than notmuch at ingest.";

/** How each figure grew from the smallest to the largest point, against the growth in messages. */
function growthSlopes(gp: GrowthPoint[]): string {
  const k = gp[gp.length - 1].messages / gp[0].messages;
  const parts = growthSeries(gp).filter((g) => g.values[0] && g.values[g.values.length - 1]).map((g) => `${g.label} ${ratio(g.values[g.values.length - 1]!, g.values[0]!)}`);
  return `messages ${ratio(gp[gp.length - 1].messages, gp[0].messages)}; ${parts.join(', ')} (growing slower than ${ratio(k, 1)} is better than linear)`;
}

/** A clause must be a piece of the goal's text as written: checked when the report is rendered. */
function clause(goal: string, words: string): string {
  if (!goal.includes(words)) throw new Error(`goal clause not in the goal as written: ${words}`);
  return words;
}

interface GoalRow { id: string; words: string; measured: string; verdict: string }

function goalRows(r: Results): { g12: GoalRow[]; g6: GoalRow[]; g14: GoalRow[] } {
  const full = r.mode === 'full';
  const sized = (ok: boolean, what: string): string => (full ? verdict(ok) : `not judged (quick run: ${what})`);
  const g12: GoalRow[] = [];
  const g6: GoalRow[] = [];
  const T = ISSUE_12_TARGETS;
  const sm = r.summary;
  const msgs = r.first ? `${n0(r.first.messages)} messages` : '';
  const nm = r.notmuch;

  // 1. Reindex.
  if (r.reindex) {
    const rate = r.reindex.messagesPerSecond.median;
    g12.push({ id: '12.1', words: clause(T[0], 'Reindex (stored raw -> derived tables + search index) >= 20,000 messages/s'),
      measured: `${perSec(rate)} on ${n0(r.reindex.messages)} stored messages (as the sync left them: the search index written from empty)${r.reindex.again ? `, ${perSec(r.reindex.again.messagesPerSecond.median)} once more (search texts kept in place)` : ''}${r.bigReindex ? `; ${perSec(r.bigReindex.messagesPerSecond.median)} on ${n0(r.bigReindex.messages)}` : ''}`, verdict: sized(rate >= 20_000, msgs) });
  }
  const same = r.oneListReindex;
  g12.push({ id: '12.1', words: clause(T[0], '>= 40x notmuch new on the same messages'),
    measured: same && nm ? `reindex of list 0 (${n0(same.messages)} messages) ${perSec(same.messagesPerSecond.median)} vs \`notmuch new\` on the same ${n0(nm.messages)} messages ${perSec(nm.messagesPerSecond.median)}: ${ratio(same.messagesPerSecond.median, nm.messagesPerSecond.median)}` : 'notmuch not measured in this run',
    verdict: same && nm ? sized(same.messagesPerSecond.median >= 40 * nm.messagesPerSecond.median, 'small data') : 'not measured' });
  g12.push({ id: '12.1', words: clause(T[0], 'use both cores (worker_threads for decoding and parsing, one writer)'),
    measured: `reindex derives on ${r.machine.cores} worker thread(s), one per core (for 60,000 messages or more; fewer below: src/index/reindex.ts workersFor), while the main thread writes every chunk in order (src/index/derivePool.ts)`, verdict: r.machine.cores > 1 ? MET : NOT });

  // 2. First sync.
  if (r.first && sm) {
    const periods = sm.lists.reduce((a, l) => a + l.periods, 0);
    const compressed = sm.lists.reduce((a, l) => a + l.compressedBytes, 0);
    const f = r.first, d = r.firstDefault;
    g12.push({ id: '12.2', words: clause(T[1], 'First sync of the 150k-message archive < 60 s'),
      measured: `${fmtMs(f.wallMs.median)} with ${politenessLabel('delay0')}${d ? `; ${fmtMs(d.wallMs.median)} with the ${politenessLabel('default')}` : ''} (${msgs})`,
      verdict: full ? `${verdict(f.wallMs.median < 60_000)} with \`--delay 0\`${d ? `; ${verdict(d.wallMs.median < 60_000)} with the default` : ''}` : sized(false, msgs) });
    g12.push({ id: '12.2', words: clause(T[1], 'with requests = periods + 1'),
      measured: `${n0(f.requests.median)} requests for ${n0(periods)} periods (periods + 1 = ${n0(periods + 1)}; what is fetched: each list's table, and each period's text and its date.html)`,
      verdict: verdict(f.requests.median === periods + 1) });
    const fd = r.firstDeferred, pr = r.pairing;
    if (fd) {
      const lists = sm.lists.length;
      g12.push({ id: '12.2', words: clause(T[1], 'with requests = periods + 1'),
        measured: `with \`--defer-urls\` (each period's text only; page URLs left to the next run): ${n0(fd.requests.median)} requests = ${n0(periods)} periods + ${lists} table(s) + robots.txt, ${fmtMs(fd.wallMs.median)}${pr ? `; the next run pairs the URLs from each period's date.html: ${n0(pr.requests)} requests, ${fmtMs(pr.wallMs)}, ${n0(pr.urls)} URLs (${n0(pr.urlsWithoutDeferring)} without deferring)` : ''}. No page URL is derived from the texts: pipermail numbers pages per list in arrival order but files messages by Date, so a late message's number lies among the next period's (src/sync/pipermail/pipermailSource.ts)`,
        verdict: `${verdict(fd.requests.median === periods + lists + 1)} with \`--defer-urls\`, counting one table per list and robots.txt; not by default` });
    }
    g12.push({ id: '12.2', words: clause(T[1], 'bytes within 1.5x of the compressed archive'),
      measured: `${fmtBytes(f.bytes.median)} received, compressed archive ${fmtBytes(compressed)}: ${ratio(f.bytes.median, compressed)}`, verdict: verdict(f.bytes.median <= 1.5 * compressed) });
    g12.push({ id: '12.2', words: clause(T[1], 'peak RSS < 300 MB'),
      measured: `${rss(f.maxRss)}${d ? ` (default politeness: ${rss(d.maxRss)})` : ''}`, verdict: f.maxRss.n ? sized(f.maxRss.median < 300e6, msgs) : 'not measured' });
  }

  // 3. Queries on the 1M-message database.
  const q = r.queries;
  const big = r.big;
  const bigOk = Boolean(big && big.messages >= 1_000_000);
  const bigSized = (ok: boolean): string => (bigOk ? verdict(ok) : `not judged (the query database has ${big ? n0(big.messages) : 'no'} messages, not 1M)`);
  const fig = (role: string) => q?.figures.find((x) => x.role === role);
  if (q && big) {
    const small = fig('small');
    g12.push({ id: '12.3', words: clause(T[2], '`query --project` < 300 ms for a project with up to 100 reports'),
      measured: small ? `\`${small.command.replace(/^archive /, '')}\` (${small.output.split(',')[0]}): ${fmtMs(small.wallMs.median)}` : 'no project with up to 100 reports in the query database', verdict: small ? bigSized(small.wallMs.median < 300) : 'not measured' });
    const nsr = fig('nsr');
    if (nsr) {
      // The goal names NSR with 1,920 reports: with another count it is not the case the goal states.
      g12.push({ id: '12.3', words: clause(T[2], '< 1 s for the 1,920-report NSR'),
        measured: `${fmtMs(nsr.wallMs.median)} for ${n0(q.reports)} reports`,
        verdict: q.reports === 1920 ? bigSized(nsr.wallMs.median < 1000) : `not judged: NSR has ${n0(q.reports)} reports in this database, not 1,920` });
      g12.push({ id: '12.3', words: clause(T[2], '(default text output paged or limited as a person can read it, `--all` for everything)'),
        measured: q.allOption
          ? `\`query --help\`: \`${q.allOption}\`${q.textLimit ? `; for NSR the default text output ends with \`${q.textLimit}\`` : `; NSR's ${n0(q.reports)} reports are all shown`}`
          : `the default text output is every report (${nsr.output.split(';')[0]}); there is no \`--all\``,
        verdict: q.allOption ? MET : NOT });
    }
    const pr = fig('projects');
    if (pr) g12.push({ id: '12.3', words: clause(T[2], '`projects` < 300 ms'), measured: fmtMs(pr.wallMs.median), verdict: bigSized(pr.wallMs.median < 300) });
    const searches = q.figures.filter((x) => x.role === 'search');
    const byDefault = searches.filter((x) => !x.sort);
    if (byDefault.length) {
      const h = q.hostEnv?.search;
      g12.push({ id: '12.3', words: clause(T[2], '`search WORD` top 20 < 150 ms'),
        measured: byDefault.map((x) => `\`${x.command.replace(/^archive /, '')}\` ${fmtMs(x.wallMs.median)} (${x.output.split(' matching')[0]} matches)`).join('; ') +
          (h ? `; with this host's NODE_EXTRA_CA_CERTS, which Node 20 parses at every process start (\`node -e ''\` ${fmtMs(q.hostEnv!.nodeStartMs.median)} with it, ${fmtMs(q.nodeStartMs.median)} without): \`${h.command.replace(/^archive /, '')}\` ${fmtMs(h.wallMs.median)}` : ''),
        verdict: bigSized(byDefault.every((x) => x.wallMs.median < 150)) + (h ? `; with the host's NODE_EXTRA_CA_CERTS ${verdict(h.wallMs.median < 150)}` : '') });
    }
    const sorted = searches.filter((x) => x.sort);
    g12.push({ id: '12.3', words: clause(T[2], 'offer `--sort date|relevance` and make the default fast'),
      measured: q.searchSort ? `\`--sort date|relevance\`, default \`${q.searchSort}\`${sorted.length ? `; ${sorted.map((x) => `\`${x.command.replace(/^archive /, '')}\` ${fmtMs(x.wallMs.median)}`).join('; ')}` : ''}` : '`archive search` has no `--sort`',
      verdict: q.searchSort && searches.length ? bigSized(searches.filter((x) => !x.sort).every((x) => x.wallMs.median < 150)) : NOT });
    const mo = fig('month'), rv = fig('reviews');
    if (mo || rv) {
      g12.push({ id: '12.3', words: clause(T[2], '`month`, `reviews --project` < 300 ms'),
        measured: [mo, rv].filter(Boolean).map((x) => `\`${x!.command.replace(/^archive /, '')}\` ${fmtMs(x!.wallMs.median)}`).join('; '),
        verdict: bigSized([mo, rv].every((x) => !x || x.wallMs.median < 300)) });
    }
    g12.push({ id: '12.3', words: clause(T[2], 'Store at index time what queries now recompute'),
      measured: q.storedReports ? `the index stores per project its reports, each with its stripped subject, its section named unless generic, and its items diffed against the previous report (${n0(q.storedReports)} reports of ${n0(q.storedProjects ?? 0)} projects in the query database), and its line of \`projects\`; \`query\`, \`projects\` and \`month\` read them` : 'not done: `query` and `month` still assemble and diff a project\'s history on every call',
      verdict: q.storedReports ? MET : NOT });
  }

  // 4. Startup and re-sync.
  if (q) {
    const v = q.cliVersionMs.median, nd = q.nodeStartMs.median;
    g12.push({ id: '12.4', words: clause(T[3], "Startup: `archive --version` within 1.3x of `node -e ''`"),
      measured: `${fmtMs(v)} vs ${fmtMs(nd)}: ${ratio(v, nd)}`, verdict: verdict(v <= 1.3 * nd) });
  }
  if (r.resync) {
    const d = r.resyncDefault;
    g12.push({ id: '12.4', words: clause(T[3], 'a no-change re-sync of 3 lists < 1 s whole-process'),
      measured: `${r.resync.lists} list(s): ${fmtMs(r.resync.wallMs.median)} with \`--delay 0\`${d ? `, ${fmtMs(d.wallMs.median)} with the default politeness` : ''}; ${n0(r.resync.requests.median)} requests`,
      verdict: r.resync.lists === 3 ? `${verdict(r.resync.wallMs.median < 1000)} with \`--delay 0\`${d ? `; ${verdict(d.wallMs.median < 1000)} with the default` : ''}` : `not judged (quick run: ${r.resync.lists} list)` });
  }

  // 5. Size.
  if (r.first && sm) {
    const text = sm.lists.reduce((a, l) => a + l.textBytes, 0);
    g12.push({ id: '12.5', words: clause(T[4], 'Size: database <= 1.5x the raw text at 150k messages, search index included'),
      measured: `${fmtBytes(r.first.dbBytes)} for ${fmtBytes(text)} of text: ${ratio(r.first.dbBytes, text)}`, verdict: sized(r.first.dbBytes <= 1.5 * text, msgs) });
  }
  // 6. Growth.
  const gp = r.growth ?? [];
  const sizes = gp.map((p) => p.messages);
  const allSizes = [10_000, 100_000, 1_000_000].every((n) => sizes.some((m) => Math.abs(m - n) / n < 0.01));
  g12.push({ id: '12.6', words: clause(T[5], 'the bench prints each figure at 10k, 100k and 1M messages'),
    measured: gp.length ? `first sync, reindex, database size and ${Object.keys(gp[0].queries).length} queries at ${sizes.map(n0).join(', ')} messages (section 6)` : 'no growth figures in this run',
    verdict: gp.length ? (full ? verdict(allSizes) : `not judged (quick run: ${sizes.map(n0).join(', ')} messages)`) : NOT });
  g12.push({ id: '12.6', words: clause(T[5], 'so a reader sees that cost grows linearly (or better for queries)'),
    measured: gp.length > 1 ? growthSlopes(gp) : 'no growth figures in this run', verdict: gp.length > 1 ? 'see the plot' : NOT });
  g12.push({ id: '12.6', words: clause(T[5], 'a plot of it (an SVG or PNG in BENCHMARKS.md)'),
    measured: r.growthSvg && gp.length ? `\`${r.growthSvg}\`, shown in section 6` : 'no plot', verdict: verdict(Boolean(r.growthSvg && gp.length)) });

  // Issue 14: the web pages.
  const g14: GoalRow[] = [];
  if (r.pages?.length) {
    const p = r.pages;
    g14.push({ id: '14', words: clause(ISSUE_14_DONE, 'pages answer in < 200 ms on the 1M-message bench database'),
      measured: p.map((x) => `${x.page} ${fmtMs(x.wallMs.median)}${x.status !== 200 ? ` (HTTP ${x.status})` : ''}`).join('; '),
      verdict: bigSized(p.every((x) => x.status === 200 && x.wallMs.median < 200)) });
  }

  // Issue 6.
  const G = ISSUE_6_GOALS;
  if (r.first) {
    const f = r.first, d = r.firstDefault;
    g6.push({ id: '6', words: clause(G, 'First sync of 150k messages from loopback in under 60 s on 2 cores'),
      measured: `${fmtMs(f.wallMs.median)} with \`--delay 0\`${d ? `, ${fmtMs(d.wallMs.median)} with the default politeness` : ''}, ${msgs}, ${r.machine.cores} cores`,
      verdict: full ? `${verdict(f.wallMs.median < 60_000)} with \`--delay 0\`${d ? `; ${verdict(d.wallMs.median < 60_000)} with the default` : ''}` : sized(false, msgs) });
    g6.push({ id: '6', words: clause(G, 'with peak RSS under 300 MB'), measured: rss(f.maxRss), verdict: f.maxRss.n ? sized(f.maxRss.median < 300e6, msgs) : 'not measured' });
  }
  if (r.resync) {
    const perList = r.resync.requests.median / r.resync.lists;
    const d = r.resyncDefault;
    g6.push({ id: '6', words: clause(G, 'no-change re-sync in at most 2 requests per list and under 1 s'),
      measured: `${fmtNum(perList, 1)} requests per list; ${fmtMs(r.resync.wallMs.median)} with \`--delay 0\`${d ? `, ${fmtMs(d.wallMs.median)} with the default politeness` : ''}`,
      verdict: `${verdict(perList <= 2 && r.resync.wallMs.median < 1000)} with \`--delay 0\`${d ? `; ${verdict(perList <= 2 && d.wallMs.median < 1000)} with the default` : ''}` });
  }
  if (r.reindex) g6.push({ id: '6', words: clause(G, 'reindex at 20k messages/s or more'), measured: perSec(r.reindex.messagesPerSecond.median), verdict: sized(r.reindex.messagesPerSecond.median >= 20_000, msgs) });
  const nsr = fig('nsr');
  if (nsr && big) g6.push({ id: '6', words: clause(G, '`query --project` on one million messages in under 200 ms whole-process'), measured: `NSR (${n0(q!.reports)} reports): ${fmtMs(nsr.wallMs.median)}`, verdict: bigSized(nsr.wallMs.median < 200) });
  if (nm && r.oneList) {
    const ours = r.oneList.messagesPerSecond.median;
    g6.push({ id: '6', words: clause(G, 'faster than notmuch at ingest'),
      measured: `first sync of list 0 (fetch + store + parse + index, \`--delay 0\`) ${perSec(ours)} vs \`notmuch new\` ${perSec(nm.messagesPerSecond.median)}: ${ratio(ours, nm.messagesPerSecond.median)}`, verdict: verdict(ours > nm.messagesPerSecond.median) });
  } else g6.push({ id: '6', words: clause(G, 'faster than notmuch at ingest'), measured: 'notmuch not available', verdict: 'not measured' });
  return { g12, g6, g14 };
}

export function renderReport(r: Results): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(`# Benchmarks\n`);
  out.push(`**Machine:** ${m.cores} cores (${m.cpu}), ${fmtBytes(m.memoryBytes)} memory, ${m.os}; Node ${r.versions?.node ?? process.version}, SQLite ${m.sqlite}` +
    `${r.versions?.wget ? `, ${r.versions.wget}` : ''}${r.versions?.notmuch ? `, ${r.versions.notmuch}` : ''}. ` +
    `**Load** (\`os.loadavg()\`, 1 / 5 / 15 min) at the start: ${loads(r.loadStart)}; at the end: ${loads(r.loadEnd)}. The machine is shared: each table also gives the 1-minute load when each measured run started (it includes the benchmark's own previous run; above ${m.cores} something else was competing for the cores).\n`);
  out.push(`**Run:** \`npm run bench${r.mode === 'quick' ? ' -- --quick' : ''}\` (${r.mode}) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${r.totalSeconds ? `${Math.round(r.totalSeconds)} s in all` : ''}. ` +
    `Each figure is the median of ${r.runs} runs, with (min – max). The archive is served by ${r.server}; the benchmark's own process only starts the commands and reads the server's request log over IPC. ` +
    `${r.nginx ? `nginx is installed (${r.nginx}) but not used, so that every figure comes from the same server.` : 'nginx is not installed on this machine (`which nginx` finds nothing); the benchmark does not need it.'} ` +
    `The real CLI runs as a child process (\`node dist/bundle/archive.js ...\`, the bundle \`npm run build\` makes), and so do \`wget\` and \`notmuch\`; wall times are whole-process, peak RSS from ${hasGnuTime ? '`/usr/bin/time -v`' : "the child's resource usage"} in MB (10^6 bytes), requests and bytes from the server's request log.\n`);
  out.push(`**Politeness:** every sync says how it ran. \`--delay 0\`: no pause between requests to a host (the tool's own cost; what the ratios against wget use, since wget runs without a pause too). The default a user gets: \`--delay 100\` ms between requests to one host, 4 at a time. Where it matters (the first sync and the re-syncs) both are reported.\n`);

  const sm = r.summary;
  if (sm) {
    const periods = sm.lists.reduce((a, l) => a + l.periods, 0);
    const compressed = sm.lists.reduce((a, l) => a + l.compressedBytes, 0);
    const text = sm.lists.reduce((a, l) => a + l.textBytes, 0);
    const largest = sm.lists.reduce((a, l) => (l.largestPeriodBytes > a.b ? { b: l.largestPeriodBytes, n: `${l.name}/${l.largestPeriod}` } : a), { b: 0, n: '' });
    out.push(`## Data\n`);
    out.push(`Generated by \`bench/generate/\` (seed ${sm.params.seed}; cached under \`bench/data/\`, never in git, with a stamp file beside each cached archive and database: the hash of the generator's sources and, for the query database, the parser version; stale data is built again) and rendered by the fixture renderer into a Mailman 2.1 pipermail archive: ` +
      `${sm.params.lists} list(s) x ${sm.params.years} year(s) up to ${sm.params.endMonth}, threads of replies quoting their parents, questions, patch mails, ` +
      `8-bit and RFC 2047 headers, ${sm.params.heavyPeriods} heavy period(s) of big patch series, and status posts in 8 styles of the parser corpus.\n`);
    out.push(table(['', 'value'], [
      ['messages', n0(sm.messages)],
      ['status posts', `${n0(sm.statusPosts)} (${((sm.statusPosts / sm.messages) * 100).toFixed(1)}%)`],
      ['periods (monthly)', n0(periods)],
      ['PERIOD.txt, all periods', fmtBytes(text)],
      ['largest period', `${fmtBytes(largest.b)} (${largest.n})`],
      ['compressed archive (the .txt.gz the tables link, newest .txt)', fmtBytes(compressed)],
      ['files in the archive (what a mirror fetches)', n0(sm.lists.reduce((a, l) => a + l.files, 0))],
    ]));
  }

  const { g12, g6, g14 } = goalRows(r);
  out.push(`## Goals\n`);
  out.push(`Each goal as it was written, then each of its measurable clauses (quoted from it word for word) with what this run measured and the verdict. Nothing is restated: a clause the tool does not do is **not met**. ${r.mode === 'quick' ? 'This is a quick run on small data: goals stated for 150k or 1M messages are not judged.' : ''}\n`);
  out.push(`### Issue 12: make ingest, reindex and queries fast at a million messages\n`);
  out.push(`> ${ISSUE_12_PREAMBLE}\n${ISSUE_12_TARGETS.map((t, i) => `> ${i + 1}. ${t}`).join('\n')}\n`);
  out.push(table(['target', 'as written', 'measured (median)', 'verdict'], g12.map((g) => [g.id, g.words, g.measured, g.verdict])));
  if (g14.length) {
    out.push(`### Issue 14: a local web view (its last condition)\n`);
    out.push(`> ${ISSUE_14_DONE}\n`);
    out.push(table(['goal', 'as written', 'measured (median)', 'verdict'], g14.map((g) => [g.id, g.words, g.measured, g.verdict])));
  }
  out.push(`### Issue 6: the goals the benchmark was first written against (still tracked)\n`);
  out.push(`> ${ISSUE_6_GOALS}\n`);
  out.push(table(['goal', 'as written', 'measured (median)', 'verdict'], g6.map((g) => [g.id, g.words, g.measured, g.verdict])));

  if (r.leads || r.touch) {
    out.push(`## Issue 15's leads 1, 2 and 5: before and after\n`);
    out.push(`Measured in this run on its own databases. Leads 1 and 2 in the benchmark's process (read-only, warm page cache; "before" is the statement as it ran before migrations 7 and 8, the old plan reproduced with \`INDEXED BY\`, which only this measurement uses). Lead 5 through the CLI against the server.\n`);
    const rows: string[][] = [];
    for (const [label, l] of [['first-sync database', r.leads], ['query database', r.leadsBig]] as const) {
      if (!l) continue;
      rows.push([`1. the per-period count of a commit, run for ${l.sampled === l.periods ? `all ${n0(l.periods)} periods` : `${n0(l.sampled)} of the ${n0(l.periods)} periods (evenly spread)`} (${label}, ${n0(l.messages)} messages)`, s(l.countBefore, fmtMs), s(l.countAfter, fmtMs), ratio(l.countBefore.median, l.countAfter.median) + ' faster']);
      rows.push([`2. finding unindexed mail at the start of a sync (${label}, ${n0(l.pendingRows)} pending)`, s(l.pendingBefore, fmtMs), s(l.pendingAfter, fmtMs), ratio(l.pendingBefore.median, Math.max(l.pendingAfter.median, 0.001)) + ' faster']);
    }
    if (r.touch) {
      const st = (x: ResyncFigures): string => `${n0(x.requests.median)} requests (${Object.entries(x.byStatus).map(([k, v]) => `${v}× ${k}`).join(', ')})`;
      rows.push([`5. the second re-sync after ${sm?.lists[0].name ?? 'list 0'}'s newest PERIOD.txt and its TOC were rewritten with the same bytes (new ETags), all ${r.touch.first.lists} list(s), \`--delay 0\``, `${st(r.touch.first)}: the first re-sync after the rewrite, and before the fix every one after it (a 206 again: test/cli/resync.test.ts)`, st(r.touch.second), '']);
    }
    out.push(table(['lead', 'before', 'after', ''], rows));
    if (r.leads) out.push(`Plans: before \`${r.leads.planBefore}\`; after \`${r.leads.planAfter}\`.\n`);
  }

  if (r.first) {
    const f = r.first, d = r.firstDefault;
    out.push(`## 1. First sync of the whole archive\n`);
    out.push(`\`archive sync URL...\` of all ${sm?.lists.length ?? ''} lists into a new database.\n`);
    const col = (x: SyncFigures | undefined, g: (x: SyncFigures) => string): string => (x ? g(x) : 'n/a');
    out.push(table(['figure', `${politenessLabel('delay0')}, ${f.wallMs.n} runs`, `${politenessLabel('default')}, ${d?.wallMs.n ?? 0} run`], [
      ['wall time', s(f.wallMs, fmtMs), col(d, (x) => s(x.wallMs, fmtMs))],
      ['requests', s(f.requests, n0), col(d, (x) => s(x.requests, n0))],
      ['bytes received', s(f.bytes, fmtBytes), col(d, (x) => s(x.bytes, fmtBytes))],
      ['messages per second', s(f.messagesPerSecond, perSec), col(d, (x) => s(x.messagesPerSecond, perSec))],
      ['peak RSS', rss(f.maxRss), col(d, (x) => rss(x.maxRss))],
      ['load (1 min) at start', ld(f.load), col(d, (x) => ld(x.load))],
    ]));
    const fd = r.firstDeferred, pr = r.pairing;
    if (fd) {
      out.push(`With \`--defer-urls\` (${politenessLabel('delay0')}, 1 run): ${fmtMs(fd.wallMs.median)}, ${n0(fd.requests.median)} requests, ${fmtBytes(fd.bytes.median)} received, peak RSS ${rss(fd.maxRss)}, load ${ld(fd.load)} at start; no message has its page URL yet.${pr ? ` The next run (\`archive sync\`, ${politenessLabel('delay0')}) reads each period's date.html and nothing else new: ${fmtMs(pr.wallMs)}, ${n0(pr.requests)} requests (${Object.entries(pr.byStatus).map(([k, v]) => `${v}× ${k}`).join(', ')}), ${fmtBytes(pr.bytes)}; ${n0(pr.urls)} messages then have their page URL, as after a first sync without the flag (${n0(pr.urlsWithoutDeferring)}).` : ''}\n`);
    }
  }
  if (r.resync || r.resyncNew) {
    out.push(`## 2. Re-sync\n`);
    out.push(`\`archive sync\` with no URL (what cron runs) on the database of the first sync. "One new message": before each run one more message arrives in ${sm?.lists[0].name ?? 'list 0'}'s newest period (the current month); the TOC and that period are rewritten as Mailman does. "Nothing new": each list's TOC answers 304, and since Mailman rewrites the TOC each time it archives mail, no period is asked about; when the TOC has changed, the newest period is checked, and in the first five days of a month the previous one too (one more conditional request per list); this run was on day ${new Date().getUTCDate()}.\n`);
    const rows: string[][] = [];
    const row = (name: string, x: ResyncFigures | undefined): void => {
      if (x) rows.push([name, politenessLabel(x.politeness), s(x.requests, n0), s(x.bytes, fmtBytes), s(x.wallMs, fmtMs), rss(x.maxRss), ld(x.load)]);
    };
    row('nothing new', r.resync);
    row('nothing new', r.resyncDefault);
    row('one new message', r.resyncNew);
    row('one new message', r.resyncNewDefault);
    out.push(table(['case', 'politeness', 'requests', 'bytes', 'wall time', 'peak RSS', 'load (1 min)'], rows));
  }
  if (r.reindex || r.parser) {
    out.push(`## 3. Reindex and parser\n`);
    const rows: string[][] = [];
    const row = (what: string, x: ReindexFigures | undefined): void => {
      if (x) rows.push([what, s(x.messagesPerSecond, perSec), s(x.wallMs, fmtMs), rss(x.maxRss), ld(x.load)]);
    };
    row(`\`archive reindex\` of the first-sync database (${n0(r.reindex?.messages ?? 0)} stored messages, whole process; each run from the database as the sync left it: the search index written from empty)`, r.reindex);
    row(`the same once more, on the database that reindex wrote (unchanged search texts kept in place; 1 run)`, r.reindex?.again);
    if (r.oneListReindex && r.oneListReindex !== r.reindex) {
      row(`\`archive reindex\` of list 0 alone (${n0(r.oneListReindex.messages)} messages: those notmuch indexes; from the database as the sync left it)`, r.oneListReindex);
      row(`the same once more (search texts kept in place; 1 run)`, r.oneListReindex.again);
    }
    row(`\`archive reindex\` of the query database (${n0(r.bigReindex?.messages ?? 0)} messages, 1 run)`, r.bigReindex);
    if (r.parser) {
      rows.push([`parser alone: \`parseStatusPost\` on the ${n0(r.parser.statusPosts)} status posts (in process)`, `${s(r.parser.postsPerSecond, perSec)} posts`, '', '', '']);
      rows.push([`parse alone: \`deriveMessage\` (mail + body cleaning + detection + status parse) on ${n0(r.parser.sampleMessages)} messages`, `${s(r.parser.messagesPerSecond, perSec)} messages`, '', '', '']);
    }
    out.push(table(['what', 'rate', 'wall time', 'peak RSS', 'load (1 min)'], rows));
  }
  if (r.queries && r.big) {
    const q = r.queries;
    const b = r.big.build;
    out.push(`## 4. Queries on ${n0(r.big.messages)} messages\n`);
    out.push(`A second generated archive (${r.bigParams?.lists} lists x ${r.bigParams?.years} years, message pages not written) synced through \`archive sync --delay 0\` (the real ingest path)` +
      (b ? `: ${fmtMs(b.wallMs)}, peak RSS ${b.maxRss ? mb(b.maxRss) : 'n/a'}, load ${loads(b.load)} at its start, ${r.big.builtNow ? 'built in this run' : `measured when it was built (${b.at.slice(0, 16).replace('T', ' ')} UTC${b.commit ? `, at ${b.commit}` : ''}) and read from its stamp`}` : ', cached from before stamps recorded the build') +
      `. Project ${q.project}: ${q.reports} reports. ` +
      `Whole process = spawn to exit, after one warm-up run; inside = the same library call in the benchmark process with the database open. ` +
      `For scale: \`node -e ''\` takes ${s(q.nodeStartMs, fmtMs)}, \`archive --version\` ${s(q.cliVersionMs, fmtMs)}.` +
      (q.hostEnv ? ` Every timed Node process (these, and \`node -e ''\`) runs without this host's NODE_EXTRA_CA_CERTS (${q.hostEnv.extraCaCerts}): Node 20 reads and parses that file of certificates at every process start, before the program runs (\`node -e ''\` ${s(q.hostEnv.nodeStartMs, fmtMs)} with it), and a user's machine seldom sets it${q.hostEnv.search ? `; \`${q.hostEnv.search.command}\` with it: ${s(q.hostEnv.search.wallMs, fmtMs)}` : ''}.` : '') + '\n');
    out.push(table(['command', 'whole process', 'inside the query', 'peak RSS', 'load (1 min)', 'output'], q.figures.map((f) => f.skipped ? [`\`${f.command}\``, 'skipped', 'skipped', '', '', f.skipped] : [`\`${f.command}\``, s(f.wallMs, fmtMs), s(f.insideMs, fmtMs), rss(f.maxRss), ld(f.load), f.output])));
  }
  if (r.pages?.length && r.big) {
    out.push(`### Web pages on ${n0(r.big.messages)} messages\n`);
    out.push(`\`archive serve\` on the query database, a child process on 127.0.0.1; this process asks for each page once to warm up, then ${r.pages[0].wallMs.n} times, one request at a time: from sending the request to the page's last byte.\n`);
    out.push(table(['page', 'path', 'time', 'status', 'size', 'load (1 min)'], r.pages.map((x) => [x.page, `\`${x.path}\``, s(x.wallMs, fmtMs), String(x.status), fmtBytes(x.bytes), ld(x.load)])));
  }
  if (r.first || r.big) {
    out.push(`## 5. Database size\n`);
    const rows: string[][] = [];
    if (r.first) rows.push([`after the first sync (${n0(r.first.messages)} messages)`, fmtBytes(r.first.dbBytes), `${fmtNum(r.first.dbBytes / r.first.messages, 0)} B`,
      sm ? `${ratio(r.first.dbBytes, sm.lists.reduce((a, l) => a + l.textBytes, 0))} of the raw text` : '']);
    if (r.big) rows.push([`query database (${n0(r.big.messages)} messages)`, fmtBytes(r.big.bytes), `${fmtNum(r.big.bytes / r.big.messages, 0)} B`, '']);
    out.push(table(['database', 'size', 'per message', ''], rows));
  }

  if (r.growth?.length) {
    const gp = r.growth;
    out.push(`## 6. Growth\n`);
    out.push(`The same figures at each size, one run each (whole process; queries: median of 3 after a warm-up, or of section 4 at the largest size). ` +
      `Points: ${gp.map((p) => `${n0(p.messages)} messages (${p.source}, load ${p.load.toFixed(2)})`).join('; ')}. ` +
      `The first sync at the largest size is the sync that built the query database.\n`);
    const head = ['figure', ...gp.map((p) => `${n0(p.messages)} messages`), `per message at ${n0(gp[0].messages)} → ${n0(gp[gp.length - 1].messages)}`];
    const rows = growthSeries(gp).map((g) => {
      const f = g.unit === 'bytes' ? fmtBytes : fmtMs;
      const first = g.values[0], last = g.values[g.values.length - 1];
      const per = (v: number, m: number): string => (g.unit === 'bytes' ? `${fmtNum(v / m, 0)} B` : `${fmtNum((v * 1000) / m, 1)} µs`);
      return [g.label.startsWith('query') || g.label.startsWith('projects') || g.label.startsWith('search') || g.label.startsWith('reviews') ? `\`${g.label}\`` : g.label,
        ...g.values.map((v) => (v === null ? 'n/a' : f(v))),
        // Per message for what is done per message; a query's cost is per answer.
        first !== null && last !== null && ['first sync', 'reindex', 'database size'].includes(g.label) ? `${per(first, gp[0].messages)} → ${per(last, gp[gp.length - 1].messages)}` : ''];
    });
    const text = gp.map((p) => (p.textBytes ? ratio(p.dbBytes, p.textBytes) : 'n/a'));
    rows.push(['database / raw text', ...text, '']);
    out.push(table(head, rows));
    if (r.growthSvg) out.push(`![Each figure relative to its value at ${n0(gp[0].messages)} messages, against messages, log-log; the dashed line is cost proportional to messages](${r.growthSvg})\n`);
  }

  if (r.oneList && sm) {
    const l0 = sm.lists[0];
    const floorReq = l0.periods + 1;
    const floorBytes = l0.compressedBytes;
    out.push(`## Side by side: list ${l0.name} (${n0(l0.messages)} messages, ${l0.periods} periods)\n`);
    out.push(`What a user without this tool would do, on the same data in the same run, served by the same server process. Our syncs here run with \`--delay 0\` (wget pauses between requests no more than that). The physical floor of a crawl is one request per period plus the table, and the bytes of the compressed archive.\n`);
    const rows: string[][] = [];
    const o = r.oneList;
    const w = r.wget;
    rows.push(['crawl: requests', s(o.requests, n0), w ? s(w.requests, n0) : 'n/a', w ? ratio(o.requests.median, w.requests.median) : '', n0(floorReq), ratio(o.requests.median, floorReq)]);
    rows.push(['crawl: bytes', s(o.bytes, fmtBytes), w ? s(w.bytes, fmtBytes) : 'n/a', w ? ratio(o.bytes.median, w.bytes.median) : '', fmtBytes(floorBytes), ratio(o.bytes.median, floorBytes)]);
    rows.push(['crawl: wall time', s(o.wallMs, fmtMs), w ? s(w.wallMs, fmtMs) : 'n/a', w ? ratio(o.wallMs.median, w.wallMs.median) : '', '', '']);
    rows.push(['crawl: peak RSS', rss(o.maxRss), w ? rss(w.maxRss) : 'n/a', w ? ratio(o.maxRss.median, w.maxRss.median) : '', '', '']);
    rows.push(['crawl: load (1 min) at start', ld(o.load), w ? ld(w.load) : 'n/a', '', '', '']);
    if (w?.again && r.oneListResync) {
      rows.push(['again, nothing new: requests', s(r.oneListResync.requests, n0), s(w.again.requests, n0), ratio(r.oneListResync.requests.median, w.again.requests.median), '1', ratio(r.oneListResync.requests.median, 1)]);
      rows.push(['again, nothing new: wall time', s(r.oneListResync.wallMs, fmtMs), s(w.again.wallMs, fmtMs), ratio(r.oneListResync.wallMs.median, w.again.wallMs.median), '', '']);
    }
    if (w?.oneNew && r.oneListResyncNew) {
      rows.push(['again, one new message: requests', s(r.oneListResyncNew.requests, n0), s(w.oneNew.requests, n0), ratio(r.oneListResyncNew.requests.median, w.oneNew.requests.median), '2', ratio(r.oneListResyncNew.requests.median, 2)]);
      rows.push(['again, one new message: bytes', s(r.oneListResyncNew.bytes, fmtBytes), s(w.oneNew.bytes, fmtBytes), ratio(r.oneListResyncNew.bytes.median, w.oneNew.bytes.median), '', '']);
      rows.push(['again, one new message: wall time', s(r.oneListResyncNew.wallMs, fmtMs), s(w.oneNew.wallMs, fmtMs), ratio(r.oneListResyncNew.wallMs.median, w.oneNew.wallMs.median), '', '']);
    }
    const nm = r.notmuch;
    rows.push(['ingest: messages/s (ours: whole first sync, `--delay 0`)', s(o.messagesPerSecond, perSec), nm ? s(nm.messagesPerSecond, perSec) : 'n/a', nm ? ratio(o.messagesPerSecond.median, nm.messagesPerSecond.median) : '', '', '']);
    const ri = r.oneListReindex;
    if (ri) rows.push([`ingest: messages/s (ours: reindex of the same ${n0(ri.messages)} messages)`, s(ri.messagesPerSecond, perSec), nm ? s(nm.messagesPerSecond, perSec) : 'n/a', nm ? ratio(ri.messagesPerSecond.median, nm.messagesPerSecond.median) : '', '', '']);
    if (ri) rows.push(['ingest: peak RSS (ours: reindex)', rss(ri.maxRss), nm ? rss(nm.maxRss) : 'n/a', nm ? ratio(ri.maxRss.median, nm.maxRss.median) : '', '', '']);
    if (nm) rows.push(['ingest: load (1 min) at start', ri ? ld(ri.load) : 'n/a', ld(nm.load), '', '', '']);
    for (const q of r.oneListSearch ?? []) {
      const theirs = nm?.searches.find((x) => x.word === q.word);
      rows.push([`search \`${q.word}\` (top 20): whole process`, s(q.wallMs, fmtMs), theirs ? `${s(theirs.wallMs, fmtMs)} (${n0(theirs.hits)} matches)` : 'n/a', theirs ? ratio(q.wallMs.median, theirs.wallMs.median) : '', '', '']);
    }
    rows.push(['index size on disk', fmtBytes(o.dbBytes) + ' (raw mail included)', nm ? `${fmtBytes(nm.indexBytes)} (+ the maildir)` : 'n/a', nm ? ratio(o.dbBytes, nm.indexBytes) : '', '', '']);
    out.push(table(['', 'archive', `theirs (${w ? '`wget --mirror --no-parent`' : 'wget n/a'} / ${nm ? '`notmuch new`, `notmuch search`' : 'notmuch n/a'})`, 'ours / theirs', 'floor', 'ours / floor'], rows));
    if (w) out.push(`wget fetched ${n0(w.files)} files (every message page and index); ours reads each period's text archive and its date index. wget's re-mirror sends If-Modified-Since; when the table answers 304 it stops there (it would miss a change below an unchanged table), so its "nothing new" figure is one request.\n`);
    if (nm) out.push(`notmuch indexed the same ${n0(nm.messages)} messages as a maildir (one file each, as generated; \`notmuch new\` into an empty database). Searches: \`archive search WORD\` vs \`notmuch search --limit=20 WORD\`.\n`);
  }

  if (r.kinds) out.push(renderKinds(r.kinds));
  if (r.profiles) {
    out.push(`## Where the time goes\n`);
    out.push(`\`node --cpu-prof\` of one extra run of each (not counted above; \`--delay 0\`); share of the CPU samples by self time.\n`);
    for (const [name, p] of Object.entries(r.profiles)) {
      out.push(`### ${name} (${fmtMs(p.totalMs)} sampled)\n`);
      out.push(table(['by source file', 'share'], p.files.slice(0, 10).map((x) => [x.name, `${(x.share * 100).toFixed(1)}%`])));
      out.push(table(['by function', 'share'], p.functions.slice(0, 12).map((x) => [x.name, `${(x.share * 100).toFixed(1)}%`])));
    }
  }
  const notes = [...r.notes];
  if (r.queries && r.big && r.big.messages >= 1_000_000 && r.queries.reports !== 1920) {
    const projects = r.queries.figures.find((f) => f.role === 'projects')?.output;
    notes.push(`The goals were set when the query database's NSR had 1,920 reports; with this parser (version ${PARSER_VERSION}) the generated NSR posts make ${n0(r.queries.reports)} NSR reports${projects ? ` and the database lists ${projects}` : ''}. The \`query --project\` figures above are for that data.`);
  }
  if (notes.length) out.push(`## Notes\n\n${notes.map((x) => `- ${x}`).join('\n')}\n`);
  return out.join('\n');
}
