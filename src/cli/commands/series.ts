import { Command } from 'commander';
import { choice } from '../options.js';
import type { Context } from '../context.js';
import { withReadOnlyDb, upgradeNote } from '../database.js';
import { safeText, safeData, toJson } from '../../query/format/safeText.js';
import { stage } from '../stages.js';
import { ArchiveError } from '../../errors.js';

export function seriesCommand(ctx: Context): Command {
  return new Command('series')
    .summary('series of posts (subjects recurring with only numbers or dates changing); pin or ban one')
    .description(`Reports come in series: "What's cooking in git.git (Jun 2024, #08; ...)", "linux-next: Tree for Jun 7", "[GSoC] Week 3: ...". A subject that recurs on a list with only numbers, dates, week or issue counters changing, three times or more, is a series, and being one of its posts is evidence in the detection of reports. This lists the series of reports (all series with --all).

--include NAME makes every post of a series a report, --exclude NAME makes none a report; the choice is kept in the database (a reindex keeps it) and the series' posts are derived again at once. --clear NAME forgets it. NAME is the name shown in the list, or any part of it that names one series.`)
    .option('--list <name>', 'only series on this list')
    .option('--all', 'also series whose posts are not reports (bots, announcements...)')
    .option('--include <name>', 'pin a series: its posts are reports')
    .option('--exclude <name>', 'ban a series: its posts are not reports')
    .option('--clear <name>', 'forget a pin')
    .option('-f, --format <format>', 'text or json', choice(['text', 'json'] as const), 'text')
    .addHelpText('after', `
Examples:
  $ archive series
  $ archive series --all --list git
  $ archive series --include "what's cooking in git.git"
  $ archive series --exclude "weekly bug summary"`)
    .action(async (o) => {
      const { openDatabase, acquireRunLock } = await stage.store();
      const { listSeries, resolveSeries, pinSeries } = await stage.query();
      const pins = [['include', o.include], ['exclude', o.exclude], ['clear', o.clear]].filter(([, v]) => v !== undefined);
      if (pins.length > 1) {
        throw new ArchiveError('E_USAGE', 'give one of --include, --exclude or --clear');
      }
      const cfg = ctx.config();
      if (pins.length === 1) {
        const [what, name] = pins[0] as ['include' | 'exclude' | 'clear', string];
        const { IndexWriter } = await stage.index();
        const db = openDatabase(cfg.dbPath, { onUpgrade: upgradeNote(ctx, cfg.dbPath) });
        const lock = await acquireRunLock(db, 0);
        try {
          const s = resolveSeries(db, name);
          pinSeries(db, s.key, what === 'clear' ? null : what);
          const n = new IndexWriter(db).refreshSeries(s.key);
          const said = what === 'include' ? 'its posts are reports' : what === 'exclude' ? 'its posts are not reports' : 'pin cleared';
          ctx.io.stdout(`series "${safeText(s.name)}": ${said} (${n} post(s) derived again)\n`);
        } finally {
          lock.release();
          db.close();
        }
        return;
      }
      await withReadOnlyDb(ctx, async (db) => {
        const rows = listSeries(db, { list: o.list, all: o.all });
        if (o.format === 'json') {
          ctx.io.stdout(toJson(rows, 2) + '\n');
        } else if (rows.length === 0) {
          ctx.io.stdout(o.all ? 'no series yet: a series needs three posts whose subjects differ only in numbers or dates\n' : 'no series of reports yet (try --all)\n');
        } else {
          for (const r of safeData(rows)) {
            const pin = r.pin ? `, pinned: ${r.pin}` : '';
            ctx.io.stdout(`${r.name}\n  ${r.list}: ${r.posts} posts, ${r.reports} reports, ${r.first || '?'} .. ${r.last || '?'}, ${r.verdict}${pin}\n  by ${r.authors.join(', ') || 'unknown'}\n`);
          }
        }
      });
    });
}
