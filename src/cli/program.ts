/**
 * The `archive` program, built by a factory so tests run it in-process with captured output.
 * Commands never call process.exit; main.ts maps errors to messages and exit codes.
 */
import { Command } from 'commander';
import { resolveConfig, DEFAULT_DB, type Config } from '../config.js';
import type { Io } from './io.js';
import { safeText } from '../query/format/safeText.js';
import type { Context } from './context.js';
import { stage } from './stages.js';

export const VERSION = '0.1.0';

/** The commands, in the order help lists them; each one's definition is loaded only when needed. */
export const COMMANDS = ['sync', 'import', 'query', 'projects', 'series', 'search', 'reviews', 'month', 'export', 'status', 'lists', 'stats', 'show', 'parse', 'reindex', 'serve'] as const;
export type CommandMaker = (ctx: Context) => Command;

/** Global options that take a value (the word after them is not a command). */
const VALUED = new Set(['--db', '--aliases']);

/**
 * The commands argv needs defined: the one it runs, none for `--version`, every one otherwise
 * (help, no command, a misspelt one that help should suggest a name for). Start-up then loads
 * one command module, not sixteen.
 */
export async function commandsFor(argv: string[]): Promise<CommandMaker[]> {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (VALUED.has(a)) i++;
    else if (a === '-V' || a === '--version') return [];
    else if (a === '-h' || a === '--help' || a === '--') break;
    else if (!a.startsWith('-')) {
      if ((COMMANDS as readonly string[]).includes(a)) return [await stage.command[a as (typeof COMMANDS)[number]]()];
      break;
    }
  }
  return Promise.all(COMMANDS.map((c) => stage.command[c]()));
}

export function createProgram(io: Io, setExit: (code: number) => void, commands: CommandMaker[]): Command {
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
75 another sync holds the database lock; 130 / 143 sync stopped by SIGINT / SIGTERM (what was
stored is kept; the next run resumes).

Examples:
  $ archive sync https://lists.gluster.org/pipermail/gluster-devel/
  $ archive query --project NSR
  $ archive projects
  $ archive serve                 # a read-only web view on http://127.0.0.1:8080/
  $ archive sync --quiet          # from cron: re-sync every known list`);
  for (const make of commands) {
    const cmd = make(ctx);
    cmd.exitOverride().showHelpAfterError('(run with --help for usage)').configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(safeText(s, { multiline: true })) });
    program.addCommand(cmd);
  }
  return program;
}
