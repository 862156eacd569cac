/**
 * The `archive` program, built by a factory so tests run it in-process with captured output.
 * Commands never call process.exit; main.ts maps errors to messages and exit codes.
 */
import { Command } from 'commander';
import { resolveConfig, DEFAULT_DB, type Config } from '../config.js';
import type { Io } from './io.js';
import { safeText } from '../query/format/safeText.js';
import type { Context } from './context.js';
import { syncCommand } from './commands/sync.js';
import { queryCommand } from './commands/query.js';
import { projectsCommand, statsCommand, statusCommand, reindexCommand } from './commands/overview.js';
import { parseCommand } from './commands/parse.js';
import { showCommand } from './commands/show.js';
import { searchCommand } from './commands/search.js';
import { reviewsCommand } from './commands/reviews.js';
import { monthCommand } from './commands/month.js';
import { exportCommand } from './commands/export.js';
import { seriesCommand } from './commands/series.js';
import { listsCommand } from './commands/lists.js';
import { importCommand } from './commands/import.js';
import { serveCommand } from './commands/serve.js';

export const VERSION = '0.1.0';

export function createProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('archive');
  let config: Config | null = null;
  const ctx: Context = {
    io,
    setExit,
    config() {
      if (!config) {
        const o = program.opts();
        config = resolveConfig({ db: o.db, aliases: o.aliases, verbose: o.verbose, color: o.color === false ? false : undefined }, io.env, { isTTY: io.stderrIsTTY && io.stdoutIsTTY, columns: io.columns });
      }
      return config;
    },
  };
  program
    .version(VERSION)
    .description(`Crawl mailing-list archives (Mailman 2 pipermail, Mailman 3 HyperKitty) or import mbox files and maildirs, find the status-report posts in them, and answer "how did project X's status change, month by month?"`)
    .option('--db <path>', `SQLite database (env ARCHIVE_DB)`, undefined)
    .option('--aliases <file>', 'project aliases file, lines like "NSR = JBR" (default: aliases.conf beside the database)')
    .option('--no-color', 'no colour in terminal output (also NO_COLOR)')
    .option('-v, --verbose', 'show stack traces of unexpected errors')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(safeText(s, { multiline: true })) })
    .exitOverride()
    .addHelpText('after', `
Default database: ${DEFAULT_DB} (relative to the current directory).

Exit status: 0 ok; 1 something was missed (a period not fetched) or not found; 2 usage error;
75 another sync holds the database lock.

Examples:
  $ archive sync https://lists.gluster.org/pipermail/gluster-devel/
  $ archive query --project NSR
  $ archive projects
  $ archive serve                 # a read-only web view on http://127.0.0.1:8080/
  $ archive sync --quiet          # from cron: re-sync every known list`);
  for (const make of [syncCommand, importCommand, queryCommand, projectsCommand, seriesCommand, searchCommand, reviewsCommand, monthCommand, exportCommand, statusCommand, listsCommand, statsCommand, showCommand, parseCommand, reindexCommand, serveCommand]) {
    const cmd = make(ctx);
    cmd.exitOverride().showHelpAfterError('(run with --help for usage)').configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(safeText(s, { multiline: true })) });
    program.addCommand(cmd);
  }
  return program;
}
