/** What the CLI may touch of the process, injected so tests run the program in-process. */
export interface Io {
  stdout(s: string): void;
  stderr(s: string): void;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  columns?: number;
  readStdin(): Promise<Buffer>;
}

/**
 * The real process. A reader that goes away (`archive export | head`) is not an error: the first
 * EPIPE on stdout ends the process quietly with status 0, as SIGPIPE ends other Unix tools
 * (work already committed stays committed; an open transaction is rolled back by SQLite). An
 * EPIPE on stderr only silences stderr, so a sync whose log reader died still finishes.
 */
export function processIo(): Io {
  let stderrGone = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  process.stderr.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') stderrGone = true;
    else throw e;
  });
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => { if (!stderrGone) process.stderr.write(s); },
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    columns: process.stdout.columns,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    },
  };
}

/** Exit codes; documented in the README and in `archive --help`. */
export const EXIT = {
  OK: 0,
  /** Something was missed (a period could not be fetched), or a project/message was not found. */
  MISSED: 1,
  /** A usage error: unknown option, malformed argument. */
  USAGE: 2,
  /** Another sync holds the database's lock (EX_TEMPFAIL: cron may simply try again later). */
  LOCKED: 75,
  /**
   * `archive sync` stopped early by SIGINT (130) or SIGTERM (143): 128 + the signal's number, what
   * a shell reports for a process that signal ended. What was stored is kept; the next run resumes.
   */
  INTERRUPTED: { SIGINT: 130, SIGTERM: 143 },
} as const;
