import { Command } from 'commander';
import { month, choice } from '../options.js';
import type { Context } from '../context.js';
import { withReadOnlyDb } from '../database.js';
import { loadAliases } from '../aliases.js';
import { safeText, safeData, toJson } from '../../query/format/safeText.js';
import { stage } from '../stages.js';

export function monthCommand(ctx: Context): Command {
  return new Command('month')
    .summary('a digest of every status report of one month, grouped by project')
    .description(`Print every status report of one month, grouped by project: author, subject, link and items. Each item is marked relative to that project's previous report, whenever it was: + added, ~ changed, = carried; items of the previous report that are gone are listed as dropped.`)
    .argument('<month>', 'the month, as YYYY-MM', month)
    .option('--list <name>', 'only reports from this list')
    .option('-f, --format <format>', 'text, markdown or json', choice(['text', 'markdown', 'json'] as const), 'text')
    .addHelpText('after', `
Examples:
  $ archive month 2014-11
  $ archive month 2014-11 --format markdown > status-2014-11.md`)
    .action(async (m: string, o) => {
      const { monthDigest, digestToText, digestToMarkdown } = await stage.month();
      const cfg = ctx.config();
      const aliases = loadAliases(cfg);
      await withReadOnlyDb(ctx, async (db) => {
        const d = monthDigest(db, m, { list: o.list, aliases });
        if (o.format === 'json') ctx.io.stdout(toJson(d, 2) + '\n');
        else if (o.format === 'markdown') ctx.io.stdout(digestToMarkdown(d));
        else ctx.io.stdout(digestToText(d, { color: cfg.color }));
      });
    });
}
