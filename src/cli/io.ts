import { fstatSync, writeSync } from 'node:fs';

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
 *
 * Output that is not a terminal (a pipe, a file: cron, scripts, the bench) is written to the file
 * descriptor directly (fdWriter): making process.stdout and process.stderr loads Node's stream
 * and net modules, some 5 ms of every command's start (issue 12.4), and telling a terminal needs
 * node:tty (4 ms more) only for a character device. A terminal gets Node's own streams.
 */
export function processIo(): Io {
  let stderrGone = false;
  const stdoutIsTTY = isTerminal(1);
  const stderrIsTTY = isTerminal(2);
  const outGone = () => process.exit(0);
  const errGone = () => { stderrGone = true; };
  const stdout = stdoutIsTTY ? streamWriter(process.stdout, outGone) : fdWriter(1, outGone, () => streamWriter(process.stdout, outGone));
  const stderr = stderrIsTTY ? streamWriter(process.stderr, errGone) : fdWriter(2, errGone, () => streamWriter(process.stderr, errGone));
  return {
    stdout,
    stderr: (s) => { if (!stderrGone) stderr(s); },
    env: process.env,
    stdoutIsTTY,
    stderrIsTTY,
    columns: stdoutIsTTY ? process.stdout.columns : undefined,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    },
  };
}

/** Is the descriptor a terminal? Only a character device can be (a pipe or a file is told by fstat alone). */
function isTerminal(fd: 1 | 2): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false; // closed
  }
  return process.getBuiltinModule('node:tty').isatty(fd);
}

/** Writes to a Node stream of the process; `gone` on EPIPE. */
function streamWriter(stream: NodeJS.WriteStream, gone: () => void): (s: string | Uint8Array) => void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') gone();
    else throw e;
  });
  return (s) => { stream.write(s); };
}

/**
 * Writes to the descriptor synchronously (a slow reader holds the writer, as a full pipe holds
 * any Unix tool); `gone` on EPIPE. A descriptor left non-blocking by whoever opened it (EAGAIN)
 * hands the rest, and all later output, to `fallback()` (the process's own stream, which waits
 * for the reader). Exported for tests.
 */
export function fdWriter(fd: number, gone: () => void, fallback: () => (s: string | Uint8Array) => void): (s: string) => void {
  let rest: ((s: string | Uint8Array) => void) | null = null;
  return (s) => {
    if (rest) return rest(s);
    const bytes = Buffer.from(s);
    let done = 0;
    try {
      while (done < bytes.length) done += writeSync(fd, bytes, done);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return gone();
      if (code !== 'EAGAIN') throw e;
      rest = fallback();
      rest(bytes.subarray(done));
    }
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
