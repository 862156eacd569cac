/**
 * The only place that turns errors into messages and exit codes:
 * 0 ok, 1 something missed / not found, 2 usage, 75 lock held (130 / 143, a sync stopped by
 * SIGINT / SIGTERM, is set by the sync command from its summary). Stack traces only with --verbose.
 * Messages may quote mail data or arguments, so they are printed through safeText.
 */
import { CommanderError } from 'commander';
import { createProgram, commandsFor } from './program.js';
import { EXIT, type Io } from './io.js';
import { isArchiveError } from '../errors.js';
import { safeText } from '../query/format/safeText.js';
import { resolveConfig } from '../config.js';
import { stage } from './stages.js';

const EXIT_BY_CODE: Record<string, number> = {
  E_USAGE: EXIT.USAGE,
  E_BAD_URL: EXIT.USAGE,
  E_INPUT: EXIT.USAGE,
  E_DB_FOREIGN: EXIT.USAGE,
  E_LOCKED: EXIT.LOCKED,
  E_NOT_FOUND: EXIT.MISSED,
  E_DB_NEWER: EXIT.MISSED,
  E_DB_OPEN: EXIT.MISSED,
  E_DB_CORRUPT: EXIT.MISSED,
  E_DB_FULL: EXIT.MISSED,
  E_DB_READONLY: EXIT.MISSED,
  E_DB_IO: EXIT.MISSED,
  E_NOT_LIST: EXIT.MISSED,
};

export async function runCli(argv: string[], io: Io): Promise<number> {
  let exit: number = EXIT.OK;
  const program = createProgram(io, (c) => { exit = Math.max(exit, c); }, await commandsFor(argv));
  if (argv.length === 0) {
    // No command: say what the commands are, on stderr, and fail like any other usage error.
    io.stderr(program.helpInformation());
    return EXIT.USAGE;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exit;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT.OK;
      if (e.code === 'commander.help') return e.exitCode === 0 ? EXIT.OK : EXIT.USAGE; // `archive help` vs. options but no command
      return EXIT.USAGE; // commander already printed the message and the usage hint
    }
    let err = e;
    if (typeof (e as { code?: unknown })?.code === 'string' && (e as { code: string }).code.startsWith('SQLITE_')) {
      // A database failure the command did not catch (a full disk mid-sync, a page found corrupt by a query).
      const { describeDbError } = await stage.dbErrors();
      err = describeDbError(e, dbPathOf(program.opts(), io)) ?? e;
    }
    const code = (err as { code?: string }).code;
    if (isArchiveError(err) || (code && code in EXIT_BY_CODE)) {
      io.stderr(`Error: ${safeText((err as Error).message, { multiline: true })}\n`);
      const hint = (err as { hint?: string }).hint;
      if (hint) io.stderr(`${safeText(hint, { multiline: true })}\n`);
      return EXIT_BY_CODE[code ?? ''] ?? EXIT.MISSED;
    }
    const verbose = argv.includes('--verbose') || argv.includes('-v');
    io.stderr(`Error: ${safeText((err as Error)?.message ?? String(err), { multiline: true })}\n`);
    if (verbose) io.stderr(`${safeText((err as Error)?.stack ?? '', { multiline: true })}\n`);
    else io.stderr('(this looks like a bug in archive; run again with --verbose for details)\n');
    return EXIT.MISSED;
  }
}

function dbPathOf(o: { db?: string }, io: Io): string {
  try {
    return resolveConfig({ db: o.db }, io.env, { isTTY: false }).dbPath;
  } catch {
    return 'the database';
  }
}
