import { Command } from 'commander';
import { month, choice, monthRange } from '../options.js';
import type { Context } from '../context.js';
import { withReadOnlyDb } from '../database.js';
import { loadAliases } from '../aliases.js';
import { safeText, safeData, toJson } from '../../query/format/safeText.js';
import { stage } from '../stages.js';
import { ArchiveError } from '../../errors.js';

const FORMATS = ['text', 'json', 'markdown', 'csv', 'svg', 'html'] as const;

export function queryCommand(ctx: Context): Command {
  return new Command('query')
    .summary("a project's status history across months")
    .description(`Show a project's status history: one entry per report, oldest first, across all lists.

Each item is compared with the project's previous report: + added, ~ changed (same review, or clearly the same item with new words), = carried; items of the previous report that are gone are listed as dropped. Items are matched by review/bug identity first, then by word similarity. Months with no report are shown as gaps. Items unchanged in 3 or more reports in a row are stale. With --format svg (or html) it writes the project's timeline instead, the picture \`archive serve\` shows: months across, one lane per item from its first mention to its last, marked added, changed, carried, stale, merged and dropped, months with no report hatched; a file for a report or a wiki. Project names match case-insensitively and through aliases ("JBR (formerly NSR)" in a post, or "NSR = JBR" lines in the aliases file).`)
    .requiredOption('-p, --project <name>', 'project name as used in report headings, e.g. NSR')
    .option('--list <name>', 'only reports from this list')
    .option('--since <YYYY-MM>', 'only reports from this month on', month)
    .option('--until <YYYY-MM>', 'only reports up to this month', month)
    .option('--author <name>', 'only reports whose author contains this')
    .option('--diff <FROM..TO>', "compare the project's report of month FROM directly with that of month TO", monthRange)
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, choice(FORMATS), 'text')
    .option('--all', 'text output: every report (by default the last 24, which a person can read; the other formats always hold every report)')
    .addHelpText('after', `
Examples:
  $ archive query --project NSR
  $ archive query --project NSR --since 2014-10 --format markdown > nsr.md
  $ archive query --project nsr --format json | jq '.reports[].month'
  $ archive query --project NSR --diff 2014-10..2015-02
  $ archive query --project NSR --format svg > nsr-timeline.svg`)
    .action(async (o) => {
      const { projectHistory, projectTimeline, timelineToSvg, timelineToHtml, historyToJson, historyToCsv, historyToMarkdown, historyToText, compareReports, comparisonToText, comparisonToMarkdown, comparisonToCsv } = await stage.query();
      const cfg = ctx.config();
      const aliases = loadAliases(cfg);
      await withReadOnlyDb(ctx, async (db) => {
        if (o.diff && (o.format === 'svg' || o.format === 'html')) {
          throw new ArchiveError('E_USAGE', `--format ${o.format} draws the timeline and does not go with --diff`, 'use --format text, json, markdown or csv with --diff');
        }
        if (o.diff) {
          const c = compareReports(db, { project: o.project, from: o.diff[0], to: o.diff[1], list: o.list, author: o.author, aliases });
          ctx.io.stdout(o.format === 'json' ? toJson(c, 2) + '\n' : o.format === 'csv' ? comparisonToCsv(c)
            : o.format === 'markdown' ? comparisonToMarkdown(c) : comparisonToText(c, { color: cfg.color }));
          return;
        }
        // Text shows the last 24 reports unless --all: the others are counted, not read.
        const textLast = o.format === 'text' && !o.all ? 24 : undefined;
        const h = projectHistory(db, { project: o.project, list: o.list, since: o.since, until: o.until, author: o.author, aliases, last: textLast });
        if (o.format === 'svg' || o.format === 'html') {
          const t = projectTimeline(h);
          ctx.io.stdout(o.format === 'svg' ? timelineToSvg(t) : timelineToHtml(t));
          return;
        }
        const out = o.format === 'json' ? toJson(historyToJson(h), 2) + '\n'
          : o.format === 'csv' ? historyToCsv(h)
          : o.format === 'markdown' ? historyToMarkdown(h)
          : historyToText(h, { color: cfg.color, width: cfg.width, last: textLast });
        ctx.io.stdout(out.endsWith('\n') ? out : out + '\n');
      });
    });
}
