/**
 * `npm run bench [-- --quick]`: generate a large pipermail archive, serve it on 127.0.0.1 from a
 * separate server process (bench/serve.ts), and measure the real CLI the way a user feels it,
 * beside wget and notmuch served the same way.
 * Prints the figures and writes them to BENCHMARKS.md (the quick run: bench/data/BENCHMARKS.quick.md).
 */
import { mkdirSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { startServerProcess } from './serverProcess.js';
import { repoRoot, type BenchContext } from './context.js';
import { configFrom } from './config.js';
import { ensureArchive, ensureBigDb, listUrls, dbBytes } from './data.js';
import { firstSync, pairingRun, resyncNoChange, resyncOneNew, resyncAfterTouch, copyDb, removeDb } from './stages/sync.js';
import { leads } from './stages/leads.js';
import { which } from './measure/proc.js';
import { reindex, parserAlone } from './stages/reindex.js';
import { queries, searchAvailable } from './stages/queries.js';
import { pages } from './stages/pages.js';
import { ensureTools, wgetMirror, notmuchIndex, version } from './stages/tools.js';
import { setNewestExtra } from './generate/writeArchive.js';
import { summarizeProfile } from './measure/cpuProfile.js';
import { archive, check } from './context.js';
import { spread } from './measure/stats.js';
import { growthPoint, growthQueries, growthSvg, type GrowthPoint } from './stages/growth.js';
import { machineInfo, renderReport, type Results } from './report.js';
import { ingestKinds } from './stages/kinds.js';

const cfg = configFrom(process.argv.slice(2));
const root = repoRoot();
const data = path.join(root, 'bench', 'data');
const work = path.join(root, 'bench', '.work');
mkdirSync(data, { recursive: true });
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const started = Date.now();
const server = await startServerProcess(data);
const ctx: BenchContext = {
  root, cli: path.join(root, 'dist', 'bundle', 'archive.js'), work, data, runs: cfg.runs, quick: cfg.quick, server, notes: [],
  log: (line) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${line}\n`),
};

let exitCode = 0;
try {
  const results: Results = { mode: cfg.quick ? 'quick' : 'full', runs: cfg.runs, machine: await machineInfo(), notes: ctx.notes, archive: cfg.archive, bigParams: cfg.bigDb,
    server: server.how, nginx: await which('nginx'), loadStart: os.loadavg() };
  // After each stage the figures so far go to bench/data/BENCHMARKS.partial.md (a long run that fails late keeps them).
  const partial = path.join(data, 'BENCHMARKS.partial.md');
  const checkpoint = (): void => {
    results.totalSeconds = (Date.now() - started) / 1000;
    writeFileSync(partial, renderReport(results));
  };
  if (cfg.onlyBigDb) {
    // The query database alone: built (or reused), its queries and web pages measured and printed.
    if (cfg.bigDb) {
      const big = await ensureBigDb(ctx, cfg.bigDb);
      ctx.log('the big database: queries and web pages');
      results.big = { messages: big.messages, bytes: dbBytes(big.db), build: big.build, builtNow: big.builtNow };
      results.queries = await queries(ctx, big.db, cfg.project, [cfg.word, cfg.rareWord]);
      results.pages = await pages(ctx, big.db, cfg.project, cfg.word);
    }
  } else {
    const { dir, summary } = await ensureArchive(ctx, cfg.archive, 'archive');
    results.summary = summary;
    const tools = await ensureTools(ctx, ['wget', 'notmuch'], cfg.install);
    results.versions = {
      node: process.version,
      wget: tools.wget ? await version('wget', ['--version']) : null,
      notmuch: tools.notmuch ? await version('notmuch', ['--version']) : null,
    };

    ctx.log('1. first sync of the whole archive');
    results.first = await firstSync(ctx, dir, summary, { name: 'first-sync' });
    // What a user gets: the default politeness (one run: it only adds the pauses).
    results.firstDefault = await firstSync(ctx, dir, summary, { name: 'first-sync-default', runs: 1, politeness: 'default' });
    // Issue 12.2: the texts only (one request a period), then the run that pairs the page URLs.
    results.firstDeferred = await firstSync(ctx, dir, summary, { name: 'first-sync-deferred', runs: 1, args: ['--defer-urls'] });
    results.pairing = await pairingRun(ctx, results.firstDeferred.db, results.first.db);
    removeDb(results.firstDeferred.db);
    checkpoint();
    ctx.log('2. re-syncs');
    results.resync = await resyncNoChange(ctx, results.first.db, summary.lists.length);
    results.resyncDefault = await resyncNoChange(ctx, results.first.db, summary.lists.length, 'default');
    // Both one-new-message cases start from the same database (each run's message is new to it).
    const copy = path.join(work, 'one-new-default.db');
    copyDb(results.first.db, copy);
    results.resyncNew = await resyncOneNew(ctx, results.first.db, dir, summary);
    results.resyncNewDefault = await resyncOneNew(ctx, copy, dir, summary, 'default');
    removeDb(copy);
    results.touch = await resyncAfterTouch(ctx, results.first.db, dir, summary);
    checkpoint();
    ctx.log('3. reindex and parser');
    results.reindex = await reindex(ctx, results.first.db, results.first.messages + ctx.runs, ctx.runs, true);
    results.leads = leads(results.first.db, cfg.quick ? 3 : 5);
    results.parser = parserAlone(ctx, results.first.db, cfg.quick ? 2000 : 20000);
    checkpoint();

    ctx.log('side by side: one list');
    const list0 = summary.lists[0];
    results.oneList = summary.lists.length === 1 ? results.first : await firstSync(ctx, dir, summary, { name: 'one-list', lists: [0] });
    // Reindex of exactly the messages notmuch indexes (list 0), for the ratio the goal asks for.
    results.oneListReindex = summary.lists.length === 1 ? results.reindex : await reindex(ctx, results.oneList.db, list0.messages, ctx.runs, true);
    const hasSearch = await searchAvailable(ctx);
    if (hasSearch) {
      results.oneListSearch = [];
      for (const w of [cfg.word, cfg.rareWord]) {
        const xs: number[] = [];
        await archive(ctx, ['--db', results.oneList.db, 'search', w]);
        for (let i = 0; i < Math.max(5, ctx.runs); i++) xs.push(check(await archive(ctx, ['--db', results.oneList.db, 'search', w]), 'search').wallMs);
        results.oneListSearch.push({ word: w, wallMs: spread(xs) });
      }
    }
    if (tools.wget) {
      results.wget = await wgetMirror(ctx, listUrls(ctx, dir, summary)[0], ctx.runs, (k) => setNewestExtra(dir, summary, 0, k));
      // Ours on the same list: nothing new, then one new message (the figures to set beside a wget re-mirror).
      if (results.oneList === results.first) {
        results.oneListResync = results.resync;
        results.oneListResyncNew = results.resyncNew;
      } else {
        // The mirror's last step restored the archive (the table was rewritten): take that in first.
        check(await archive(ctx, ['--db', results.oneList.db, 'sync', '--delay', '0', '--quiet']), 're-sync');
        results.oneListResync = await resyncNoChange(ctx, results.oneList.db, 1);
        results.oneListResyncNew = await resyncOneNew(ctx, results.oneList.db, dir, summary);
      }
    }
    if (tools.notmuch) results.notmuch = await notmuchIndex(ctx, path.join(dir, 'maildir'), list0.messages, [cfg.word, cfg.rareWord], ctx.runs);
    checkpoint();
    ctx.log('issue 13: ingest of list 0 by kind (HyperKitty, mbox import, public-inbox folder)');
    results.kinds = await ingestKinds(ctx, path.join(dir, 'maildir'), list0.name, list0.messages, results.notmuch, results.oneList);
    checkpoint();

    if (cfg.profile) {
      ctx.log('profiles: one first sync and one reindex under --cpu-prof');
      const profDir = path.join(work, 'prof');
      const profile = async (name: string, f: (args: string[]) => Promise<unknown>): Promise<void> => {
        const d = path.join(profDir, name);
        mkdirSync(d, { recursive: true });
        await f([`--cpu-prof`, `--cpu-prof-dir=${d}`]);
        const file = readdirSync(d).find((x) => x.endsWith('.cpuprofile'));
        if (file) (results.profiles ??= {})[name] = summarizeProfile(path.join(d, file));
      };
      await profile('first sync', (args) => firstSync(ctx, dir, summary, { name: 'profiled-sync', runs: 1, nodeArgs: args }));
      await profile('reindex', (args) => archive(ctx, ['--db', results.first!.db, 'reindex'], args));
    }

    if (cfg.bigDb) {
      ctx.log('4. the big database: build (or reuse), reindex, queries');
      const big = await ensureBigDb(ctx, cfg.bigDb);
      // Reindex first: it also brings a cached database to the current schema before the read-only queries.
      results.bigReindex = await reindex(ctx, big.db, big.messages, 1);
      results.leadsBig = leads(big.db, 3);
      results.big = { messages: big.messages, bytes: dbBytes(big.db), build: big.build, builtNow: big.builtNow };
      checkpoint();
      results.queries = await queries(ctx, big.db, cfg.project, [cfg.word, cfg.rareWord]);
      results.pages = await pages(ctx, big.db, cfg.project, cfg.word);
      if (cfg.profile) {
        const d = path.join(work, 'prof', 'query');
        mkdirSync(d, { recursive: true });
        await archive(ctx, ['--db', big.db, 'query', '--project', cfg.project], ['--cpu-prof', `--cpu-prof-dir=${d}`]);
        const file = readdirSync(d).find((x) => x.endsWith('.cpuprofile'));
        if (file) (results.profiles ??= {})[`query --project ${cfg.project} (whole process)`] = summarizeProfile(path.join(d, file));
      }
    }
  }
  if (cfg.growth.length && results.big && results.bigReindex && results.queries) {
    ctx.log('6. growth: the same figures at smaller sizes');
    const points: GrowthPoint[] = [];
    for (const p of cfg.growth) points.push(await growthPoint(ctx, p, cfg.project, cfg.word));
    const wanted = new Set(growthQueries(cfg.project, cfg.word).map((q) => q.join(' ')));
    const b = results.big;
    points.push({
      messages: b.messages, textBytes: b.build?.textBytes ?? null, firstSyncMs: b.build?.wallMs ?? null, reindexMs: results.bigReindex.wallMs.median, dbBytes: b.bytes,
      queries: Object.fromEntries(results.queries.figures.filter((f) => !f.skipped && wanted.has(f.command.replace(/^archive /, ''))).map((f) => [f.command.replace(/^archive /, ''), f.wallMs.median])),
      load: results.bigReindex.load.median, source: 'the query database (section 4)',
    });
    results.growth = points;
  }
  results.totalSeconds = (Date.now() - started) / 1000;
  results.loadEnd = os.loadavg();
  const out = cfg.onlyBigDb ? null : cfg.out ? path.resolve(root, cfg.out) : path.join(data, 'BENCHMARKS.quick.md');
  // The growth plot is a file beside the report, which shows it as an image.
  if (results.growth && out) results.growthSvg = `${path.basename(out, '.md')}-growth.svg`;
  const md = renderReport(results);
  process.stdout.write(md);
  if (out) {
    writeFileSync(out, md);
    if (results.growth && results.growthSvg) writeFileSync(path.join(path.dirname(out), results.growthSvg), growthSvg(results.growth));
    rmSync(partial, { force: true });
    ctx.log(`wrote ${path.relative(root, out)}`);
  }
} catch (e) {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? e}\n`);
  exitCode = 1;
} finally {
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = exitCode;
