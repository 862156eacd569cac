import { Command } from 'commander';
import { month, choice, nonNegativeNumber, positiveInt } from '../options.js';
import { EXIT } from '../io.js';
import type { Context } from '../context.js';
import { withReadOnlyDb, upgradeNote } from '../database.js';
import { loadAliases } from '../aliases.js';
import { safeText, safeData, toJson } from '../../query/format/safeText.js';
import { stage } from '../stages.js';
import { boundHeapGrowth } from '../heapGrowth.js';

const TEXT_JSON = ['text', 'json'] as const;

/** Above this many projects, `archive projects` as text leaves out those with a single report unless --all. */
const MANY_PROJECTS = 40;

type ProjectRow = { name: string; reports: number; last: string };

function sortProjects<T extends ProjectRow>(rows: T[], order: 'last' | 'reports' | 'name'): T[] {
  if (order === 'reports') return [...rows].sort((a, b) => b.reports - a.reports || (a.last < b.last ? 1 : a.last > b.last ? -1 : 0));
  if (order === 'name') return [...rows].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
  return rows;
}

export function projectsCommand(ctx: Context): Command {
  return new Command('projects')
    .summary('every project with reports, sorted by last activity')
    .option('--list <name>', 'only reports from this list')
    .option('--since <YYYY-MM>', 'only reports from this month on', month)
    .option('--min-reports <n>', 'only projects with at least this many reports', positiveInt)
    .option('--sort <order>', 'last (latest activity first), reports (most first) or name', choice(['last', 'reports', 'name'] as const), 'last')
    .option('--all', 'list every project as text, one-report ones too (json and csv always do)')
    .option('-f, --format <format>', 'text, json or csv', choice(['text', 'json', 'csv'] as const), 'text')
    .addHelpText('after', `
A project is what reports track over time: a series' project, a section of a multi-project post.
As text, an archive with more than ${MANY_PROJECTS} projects lists those with two reports or more,
then says how many were reported on once (--all lists them too).

Examples:
  $ archive projects
  $ archive projects --sort reports --min-reports 5
  $ archive projects --since 2015-01 --format json`)
    .action(async (o) => {
      const { listProjectLines, csvRow } = await stage.projects();
      const cfg = ctx.config();
      const aliases = loadAliases(cfg);
      await withReadOnlyDb(ctx, async (db) => {
        let rows = sortProjects(listProjectLines(db, { list: o.list, since: o.since, aliases }), o.sort);
        if (o.minReports) rows = rows.filter((r) => r.reports >= o.minReports);
        // one-off names (a question taken for a report, a post never followed up) crowd out the series
        const once = o.format === 'text' && !o.all && !o.minReports && rows.length > MANY_PROJECTS ? rows.filter((r) => r.reports < 2).length : 0;
        if (once) rows = rows.filter((r) => r.reports >= 2);
        if (o.format === 'json') {
          ctx.io.stdout(toJson(rows.map((r) => ({ name: r.name, reports: r.reports, first: r.first, last: r.last, lists: r.lists, aliases: r.aliases })), 2) + '\n');
        } else if (o.format === 'csv') {
          ctx.io.stdout([csvRow(['name', 'reports', 'first', 'last', 'lists', 'aliases']), ...rows.map((r) => csvRow([r.name, r.reports, r.first, r.last, r.lists.join(' '), r.aliases.join(' ')]))].join('\n') + '\n');
        } else if (rows.length === 0) {
          ctx.io.stdout('no projects yet: run `archive sync <list-url>` first\n');
        } else {
          const shown = safeData(rows.map((r) => ({ name: r.name, reports: r.reports, first: r.first, last: r.last, lists: r.lists, aliases: r.aliases })));
          const w = Math.min(40, Math.max(7, ...shown.map((r) => r.name.length)));
          // one write, not one per project (thousands of them on a big archive)
          const lines = [`${'PROJECT'.padEnd(w)}  REPORTS  FIRST    LAST     LISTS\n`];
          for (const r of shown) {
            const aka = r.aliases.length ? ` (aka ${r.aliases.join(', ')})` : '';
            lines.push(`${r.name.slice(0, w).padEnd(w)}  ${String(r.reports).padStart(7)}  ${r.first.padEnd(7)}  ${r.last.padEnd(7)}  ${r.lists.join(', ')}${aka}\n`);
          }
          ctx.io.stdout(lines.join(''));
          if (once) ctx.io.stdout(`(and ${once} project${once === 1 ? '' : 's'} with a single report: \`archive projects --all\` lists them)\n`);
        }
      });
    });
}

export function statsCommand(ctx: Context): Command {
  return new Command('stats')
    .summary('counts of lists, messages, reports and reviews in the database')
    .option('-f, --format <format>', 'text or json', choice(TEXT_JSON), 'text')
    .addHelpText('after', `
Example:
  $ archive stats --format json`)
    .action(async (o) => {
      const { stats } = await stage.query();
      await withReadOnlyDb(ctx, async (db) => {
        const s = stats(db);
        if (o.format === 'json') ctx.io.stdout(toJson(s, 2) + '\n');
        else ctx.io.stdout(Object.entries(s).map(([k, v]) => safeText(`${k.padEnd(14)} ${v}`)).join('\n') + '\n');
      });
    });
}

export function statusCommand(ctx: Context): Command {
  return new Command('status')
    .summary('per list: last sync, periods and messages stored, failures pending')
    .option('-f, --format <format>', 'text or json', choice(TEXT_JSON), 'text')
    .addHelpText('after', `
Exit status is 1 when some period is still failing, or the last run could not read a list at all
(so a monitor can alert on it). A period the server answers 404 for is retried ever less often
(after 1, 2, 4 ... up to 32 days); \`failing\` shows when.

Example:
  $ archive status`)
    .action(async (o) => {
      const { listStatus } = await stage.query();
      await withReadOnlyDb(ctx, async (db) => {
        const rows = listStatus(db);
        if (o.format === 'json') ctx.io.stdout(toJson(rows, 2) + '\n');
        else if (rows.length === 0) ctx.io.stdout('no lists yet: run `archive sync <list-url>` first\n');
        else {
          for (const r of safeData(rows)) {
            ctx.io.stdout(`${r.list}  ${r.url}\n  last sync ${r.lastSync ?? 'never'}, last complete ${r.lastOk ?? 'never'}\n  ${r.periods} periods, ${r.messages} messages, ${r.failed.length} failing, ${r.quarantined} unparsed\n`);
            if (r.error) ctx.io.stdout(`  list failing since ${r.errorAt ?? '?'}: ${r.error}\n`);
            for (const f of r.failed) ctx.io.stdout(`  failing: ${f.period} (${f.attempts} attempt(s)${f.nextTry ? `, missing on the server, next try after ${f.nextTry}` : ''}): ${f.error}\n`);
          }
        }
        if (rows.some((r) => r.failed.length > 0 || r.error)) ctx.setExit(EXIT.MISSED);
      });
    });
}

export function reindexCommand(ctx: Context): Command {
  return new Command('reindex')
    .summary('rebuild every derived table from the stored raw messages (after a parser upgrade)')
    .description(`Drop and rebuild reports, sections, items and reviews from the raw messages already stored (no crawling), then print what changed: reports gained and lost, items changed.

The search index keeps each text that is unchanged and at its place; --rebuild-search writes it again from empty (slower; for an index you suspect is damaged).

It takes the same lock as \`archive sync\`: with a sync running it exits 75, or waits with --wait.`)
    .option('--wait <seconds>', 'wait this long for a running sync to finish', nonNegativeNumber, 0)
    .option('--rebuild-search', 'write the whole search index again from empty instead of keeping unchanged entries')
    .addHelpText('after', `
Examples:
  $ archive reindex
  $ archive reindex --rebuild-search`)
    .action(async (o) => {
      boundHeapGrowth();
      const { openDatabase, acquireRunLock } = await stage.store();
      const { reindexAll } = await stage.index();
      const cfg = ctx.config();
      const db = openDatabase(cfg.dbPath, { onUpgrade: upgradeNote(ctx, cfg.dbPath) });
      let lock: { release(): void } | null = null;
      try {
        lock = await acquireRunLock(db, o.wait * 1000);
        const s = await reindexAll(db, (done, total) => { if (cfg.isTTY) ctx.io.stderr(`\r\x1b[Kreindex ${done}/${total} messages`); }, o.rebuildSearch ? { searchInPlace: false } : {});
        if (cfg.isTTY) ctx.io.stderr('\r\x1b[K');
        ctx.io.stdout(`reindexed ${s.messages} messages: reports ${s.reportsBefore} -> ${s.reportsAfter} (+${s.gained.length} -${s.lost.length}), items ${s.itemsBefore} -> ${s.itemsAfter}, ${s.sectionsChanged} section(s) changed, ${s.quarantined} unparsed\n`);
        for (const g of s.gained) ctx.io.stdout(`  + report ${safeText(g)}\n`);
        for (const l of s.lost) ctx.io.stdout(`  - report ${safeText(l)}\n`);
      } finally {
        lock?.release();
        db.close();
      }
    });
}
