import { Command } from 'commander';
import { month, choice } from '../options.js';
import type { Context } from '../context.js';
import { withReadOnlyDb } from '../database.js';
import { loadAliases } from '../aliases.js';
import { safeText, safeData, toJson } from '../../query/format/safeText.js';
import { stage } from '../stages.js';

export function exportCommand(ctx: Context): Command {
  return new Command('export')
    .summary('reports and items as JSON Lines or CSV, for analysis in other tools')
    .description(`Write every report (one per project section) with its items to stdout, oldest first.

jsonl: one JSON object per report and line: project, section, list, lists, month, date, author, subject, url, messageId, items [{text, status, label, urls, stale, children}], dropped, reviews, bugs. csv: one row per item (RFC 4180), with the report's columns repeated.

An item's status (added / changed / carried) compares it with the project's previous report, even when that report is outside --since/--until.`)
    .requiredOption('-f, --format <format>', 'jsonl or csv', choice(['jsonl', 'csv'] as const))
    .option('-p, --project <name>', 'only this project (aliases apply)')
    .option('--list <name>', 'only reports from this list')
    .option('--since <YYYY-MM>', 'only reports from this month on', month)
    .option('--until <YYYY-MM>', 'only reports up to this month', month)
    .addHelpText('after', `
Examples:
  $ archive export --format csv > items.csv
  $ archive export --format jsonl --project NSR --since 2014-10 | jq -c '{month, n: (.items | length)}'`)
    .action(async (o) => {
      const { exportReports, exportJsonLine, exportCsvRows, EXPORT_CSV_HEADER, csvRow } = await stage.query();
      const cfg = ctx.config();
      const aliases = loadAliases(cfg);
      await withReadOnlyDb(ctx, async (db) => {
        const rows = exportReports(db, { project: o.project, list: o.list, since: o.since, until: o.until, aliases });
        if (o.format === 'csv') {
          const lines = [csvRow(EXPORT_CSV_HEADER), ...rows.flatMap(exportCsvRows)];
          ctx.io.stdout(lines.join('\n') + '\n');
        } else {
          ctx.io.stdout(rows.map((r) => exportJsonLine(r) + '\n').join(''));
        }
      });
    });
}
