import { Command, Option, InvalidArgumentError } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RunSyncSummary } from '../../sync/index.js';
import { progressEvents } from '../progress.js';
import { describeDbError } from '../../store/dbErrors.js';
import { month, positiveInt, nonNegativeNumber } from '../options.js';
import { EXIT } from '../io.js';
import type { Context } from '../context.js';
import { safeText, safeData, toJson } from '../../query/format/safeText.js';
import { stage } from '../stages.js';
import { boundHeapGrowth } from '../heapGrowth.js';
import { olderParserNote, upgradeNote } from '../database.js';
import { onStopSignal } from '../signals.js';
import { ArchiveError } from '../../errors.js';

export function syncCommand(ctx: Context): Command {
  return new Command('sync')
    .summary('crawl list archives into the database (incremental; safe from cron)')
    .description(`Crawl list archives into the database: Mailman 2 (pipermail), Mailman 3 (HyperKitty) and public-inbox (lore.kernel.org and its kin, or a local inbox folder).

The kind is told from the URL (HyperKitty lists live at .../list/NAME@HOST/; public-inbox on its known hosts, or a folder) and the first response; --kind forces it. A public-inbox inbox is read through the git repositories it publishes for mirroring (its manifest.js.gz, then each changed epoch fetched with git into a mirror kept beside the database, DB.public-inbox/); this needs the git command. Mail held in mbox files or maildirs is read by \`archive import\` instead.

A host's index of lists (a Mailman 2 .../pipermail/ listing, a HyperKitty .../archives/) registers and syncs every list in it, or those --match chooses.

With URLs, registers those lists and syncs them; with none, re-syncs every list already in the database (what a cron job runs). A re-sync with nothing new costs about two requests per list. Each period is stored in one transaction with its sync state, so an interrupted run resumes where it stopped. Only one sync runs per database at a time.

Exit status: 0 everything fetched, 1 something could not be fetched (listed on stderr and in \`archive status\`; retried next run), 2 usage error, 75 another sync holds the lock, 130 / 143 stopped by SIGINT (Ctrl-C) / SIGTERM (the periods already stored are kept; the next run resumes; a second signal ends it at once).`)
    .argument('[url...]', 'list archive roots, e.g. https://lists.gluster.org/pipermail/gluster-devel/, https://mail.python.org/archives/list/python-dev@python.org/, https://lore.kernel.org/git/, or a public-inbox folder')
    .option('--kind <kind>', 'the archive kind of the URLs given: pipermail, hyperkitty or public-inbox (default: told from the URL)', archiveKind)
    .option('--match <glob>', 'with a host\'s index of lists (.../pipermail/, HyperKitty\'s .../archives/): sync only the lists whose name matches, e.g. \'gluster-*\'')
    .option('--since <YYYY-MM>', 'skip periods before this month (bounds a first sync)', month)
    .option('--until <YYYY-MM>', 'skip periods after this month', month)
    .option('--full', 're-fetch every period (still stores nothing twice)')
    .option('--defer-urls', 'pipermail: read each period\'s text only (one request a period, not two) and store the messages without their archived page URLs; the next run without this flag reads each such period\'s date.html to add them')
    .option('--dry-run', 'fetch only the archive table and print which periods would be fetched')
    .option('--wait <seconds>', 'wait this long for another running sync to finish', nonNegativeNumber, 0)
    .option('--max-requests <n>', 'stop after this many HTTP requests', positiveInt)
    .option('--concurrency <n>', 'requests at once per host', positiveInt, 4)
    .option('--delay <ms>', 'minimum delay between requests to one host', (v) => positiveIntOrZero(v), 100)
    .option('--timeout <seconds>', 'time to connect, to the first byte, and between bytes (more than 0)', positiveSeconds, 30)
    .option('--deadline <seconds>', 'most time one request may take in all, however slowly the server sends', positiveSeconds, 300)
    .option('--attempts <n>', 'tries per request for timeouts, resets, 5xx and 429 (with backoff)', positiveInt, 4)
    .option('--max-size <MB>', 'refuse any single response (or inflated archive) larger than this', positiveInt, 256)
    .option('--ignore-robots', 'do not honour robots.txt (off by default)')
    .option('--quiet', 'print nothing when everything went well')
    .addOption(new Option('--json', 'print a machine-readable summary on stdout'))
    .addHelpText('after', `
Examples:
  $ archive sync https://lists.gluster.org/pipermail/gluster-devel/
  $ archive sync --since 2014-01 https://lists.example.org/pipermail/dev/
  $ archive sync --defer-urls https://lists.example.org/pipermail/dev/   # texts now, page URLs next run
  $ archive sync https://mail.python.org/archives/list/python-dev@python.org/
  $ archive sync https://lore.kernel.org/git/
  $ archive sync https://lists.gluster.org/pipermail/ --match 'gluster-*'   # every list of a host's index
  $ archive sync https://mail.python.org/archives/ --match 'python-*'
  $ archive sync /srv/public-inbox/meta            # a local public-inbox inbox (or git mirror)
  $ archive sync --quiet            # cron: re-sync every known list`)
    .action(async (urls: string[], o) => {
      boundHeapGrowth();
      const { runSync, resolveListUrl } = await stage.sync();
      const { openDatabase } = await stage.store();
      const cfg = ctx.config();
      // A bad URL is a usage error before anything is created; an existing folder is a local public-inbox inbox.
      const lists = urls.map((u) => resolveListUrl(localFolderUrl(u) ?? u, o.kind));
      if (o.match && !lists.some((l) => l.index)) {
        throw new ArchiveError('E_USAGE', '--match chooses among the lists of a host\'s index: give its URL, e.g. https://lists.example.org/pipermail/ or https://mail.example.org/archives/');
      }
      // A dry run writes nothing: with no database yet, it plans against an empty one in memory.
      const db = openDatabase(o.dryRun && !existsSync(cfg.dbPath) ? ':memory:' : cfg.dbPath, { onUpgrade: upgradeNote(ctx, cfg.dbPath) });
      const progress = progressEvents(ctx.io.stderr, cfg.isTTY && !o.quiet && !o.json, (m) => { if (!o.quiet) ctx.io.stderr(`warning: ${m}\n`); });
      // SIGINT / SIGTERM: stop cleanly (what is stored stays stored, the lock is released) and exit
      // 130 / 143, so that cron tells an interrupted run from a complete one; a second signal kills.
      const interrupt = new AbortController();
      const stopListening = onStopSignal((sig) => interrupt.abort(sig));
      let summary: RunSyncSummary;
      try {
        summary = await runSync(db, lists, {
          signal: interrupt.signal,
          since: o.since, until: o.until, match: o.match, full: Boolean(o.full), dryRun: Boolean(o.dryRun), waitSeconds: o.wait, deferUrls: Boolean(o.deferUrls),
          concurrency: o.concurrency, maxBytes: o.maxSize * 1024 * 1024,
          http: {
            maxBytes: o.maxSize * 1024 * 1024, maxAttempts: o.attempts,
            concurrency: o.concurrency, minDelayMs: o.delay, timeoutMs: Math.max(1, Math.round(o.timeout * 1000)), deadlineMs: Math.max(1, Math.round(o.deadline * 1000)),
            maxRequests: o.maxRequests, respectRobots: !o.ignoreRobots,
          },
          events: progress,
          publicInbox: {
            gitPath: cfg.gitPath, env: { ...cfg.childEnv },
            mirrorDir: o.dryRun && !existsSync(cfg.dbPath) ? null : join(dirname(resolve(cfg.dbPath)), `${basename(cfg.dbPath)}.public-inbox`),
          },
        });
        // (mail synced now is read by this parser; what was stored before keeps an older one's verdicts)
        const older = o.quiet ? '' : olderParserNote(db);
        if (older) ctx.io.stderr(older);
      } finally {
        stopListening();
        progress.done();
        db.close();
      }
      report(ctx, summary, o);
      const sig = summary.interrupted;
      ctx.setExit(sig === 'SIGINT' || sig === 'SIGTERM' ? EXIT.INTERRUPTED[sig] : summary.ok ? EXIT.OK : EXIT.MISSED);
    });
}

const KINDS = ['pipermail', 'hyperkitty', 'public-inbox'] as const;

/** `--kind`: the kinds sync reads (mbox files are imported, not synced). */
function archiveKind(v: string): typeof KINDS[number] {
  if ((KINDS as readonly string[]).includes(v)) return v as typeof KINDS[number];
  if (v === 'mbox') throw new InvalidArgumentError('mbox files are read by `archive import PATH --list NAME`, not by sync');
  throw new InvalidArgumentError(`expected pipermail, hyperkitty or public-inbox, got "${v}"`);
}

/** A folder given instead of a URL (a local public-inbox inbox or git mirror), as a file: URL. */
function localFolderUrl(input: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(input)) return null;
  let isDir = false;
  try {
    isDir = statSync(input).isDirectory();
  } catch {
    // A path that names nothing: say so, rather than that it is not a URL.
    if (/^[./~]/.test(input)) throw new ArchiveError('E_USAGE', `${input}: no such folder (give a list's URL, or a public-inbox inbox folder)`);
  }
  return isDir ? pathToFileURL(resolve(input)).href + '/' : null;
}

/** Seconds, more than 0: `--timeout 0` would mean "wait for ever" to some and "fail at once" to others. */
function positiveSeconds(v: string): number {
  const n = nonNegativeNumber(v);
  if (n <= 0) throw new InvalidArgumentError(`expected a number of seconds greater than 0, got "${v}"`);
  return n;
}

function positiveIntOrZero(v: string): number {
  if (!/^\d+$/.test(v)) throw new InvalidArgumentError(`expected a whole number of milliseconds, got "${v}"`);
  return Number(v);
}

function report(ctx: Context, summary: RunSyncSummary, o: { quiet?: boolean; json?: boolean; dryRun?: boolean }): void {
  const io = ctx.io;
  // List names, periods and error texts come from the server: made terminal-safe for the text lines.
  const s = safeData(summary);
  if (o.json) {
    const j = summary;
    io.stdout(toJson({
      ok: j.ok, interrupted: j.interrupted, requests: j.requests, bytes: j.bytes, retries: j.retries, newMessages: j.newMessages, elapsedMs: j.elapsedMs,
      lists: j.lists.map((l) => ({ list: l.list, url: l.url, kind: l.kind, registered: l.registered, tableUnchanged: l.tableUnchanged, newMessages: l.newMessages, periods: l.periods, failures: l.failures })),
      errors: j.listErrors,
    }, 2) + '\n');
  } else if (o.dryRun) {
    for (const l of s.lists) {
      io.stdout(`${l.list}: ${l.periods.length} period(s) would be fetched\n`);
      for (const p of l.periods) io.stdout(`  ${p.period}  (${p.reason})\n`);
    }
  } else if (!o.quiet || !s.ok) {
    for (const l of s.lists) {
      if (l.registered && !o.quiet) io.stdout(`${l.list}: registered as a ${l.kind} list (${l.url})\n`);
      const fetched = l.periods.filter((p) => p.result === 'stored').length;
      if (l.tableUnchanged) io.stdout(`${l.list}: archive table unchanged since the last run: no new mail\n`);
      else io.stdout(`${l.list}: ${l.periods.length} period(s) checked, ${fetched} fetched, ${l.newMessages} new message(s), ${l.failures.length} failed\n`);
    }
    if (!o.quiet) io.stdout(`sync: ${s.newMessages} new message(s), ${s.requests} request(s), ${formatBytes(s.bytes)}, ${(s.elapsedMs / 1000).toFixed(1)}s\n`);
  }
  const SHOWN = 10;
  for (const l of s.lists) {
    for (const f of l.failures.slice(0, SHOWN)) io.stderr(`error: ${l.list} ${f.period}: ${f.error} (will retry next run)\n`);
    if (l.failures.length > SHOWN) io.stderr(`error: ${l.list}: ${l.failures.length - SHOWN} more period(s) failed; \`archive status\` lists them all\n`);
  }
  for (const e of s.listErrors) {
    // A database failure (full disk, read-only) says which file and what to do, as in main.ts.
    const db = e.code.startsWith('SQLITE_') ? describeDbError({ code: e.code, message: e.error }, ctx.config().dbPath) : null;
    io.stderr(`error: ${e.url}: ${db ? db.message : e.error}\n`);
  }
  if (s.interrupted) io.stderr(`sync: interrupted by ${s.interrupted}; what was fetched is stored, and the next run resumes from there\n`);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
