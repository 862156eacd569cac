/**
 * The only place that turns errors into messages and exit codes:
 * 0 ok, 1 something missed / not found, 2 usage, 75 lock held. Stack traces only with --verbose.
 */
import { CommanderError } from 'commander';
import { createProgram } from './program.js';
import { EXIT, type Io } from './io.js';
import { isArchiveError } from '../errors.js';

const EXIT_BY_CODE: Record<string, number> = {
  E_USAGE: EXIT.USAGE,
  E_BAD_URL: EXIT.USAGE,
  E_INPUT: EXIT.USAGE,
  E_LOCKED: EXIT.LOCKED,
  E_NOT_FOUND: EXIT.MISSED,
  E_DB_NEWER: EXIT.MISSED,
  E_DB_OPEN: EXIT.MISSED,
  E_NOT_LIST: EXIT.MISSED,
};

export async function runCli(argv: string[], io: Io): Promise<number> {
  let exit: number = EXIT.OK;
  const program = createProgram(io, (c) => { exit = Math.max(exit, c); });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exit;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.OK;
      return EXIT.USAGE; // commander already printed the message and the usage hint
    }
    const code = (e as { code?: string }).code;
    if (isArchiveError(e) || (code && code in EXIT_BY_CODE) || (e as Error).name === 'ListUrlError') {
      io.stderr(`Error: ${(e as Error).message}\n`);
      const hint = (e as { hint?: string }).hint;
      if (hint) io.stderr(`${hint}\n`);
      return EXIT_BY_CODE[code ?? ''] ?? EXIT.MISSED;
    }
    const verbose = argv.includes('--verbose') || argv.includes('-v');
    io.stderr(`Error: ${(e as Error)?.message ?? String(e)}\n`);
    if (verbose) io.stderr(`${(e as Error)?.stack ?? ''}\n`);
    else io.stderr('(this looks like a bug in archive; run again with --verbose for details)\n');
    return EXIT.MISSED;
  }
}
