/** What every benchmark stage gets: paths, the fixture server, how many runs, and a log. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchServer, Traffic } from './serverProcess.js';
import { run, type ProcResult } from './measure/proc.js';

export interface BenchContext {
  root: string;
  cli: string;
  /** Scratch folder, removed at the end. */
  work: string;
  /** Cached generated data (git-ignored). */
  data: string;
  runs: number;
  quick: boolean;
  /** The archive's static server: a separate process (bench/serve.ts). */
  server: BenchServer;
  notes: string[];
  log(line: string): void;
}

/** Repository root, from dist/bench/*.js. */
export function repoRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
}

/**
 * The file of extra CA certificates this host gives every Node process (NODE_EXTRA_CA_CERTS), or null.
 * Node 20 reads and parses it, with its own root certificates, when a process starts, before a line of
 * the program runs: on the bench's host, where the workplace sets it for its proxy, that is ~35 ms of
 * every process, `node -e ''` included. A user's machine seldom sets it.
 */
export const EXTRA_CA_CERTS: string | null = process.env.NODE_EXTRA_CA_CERTS || null;

/**
 * The environment of every Node process the bench times (the CLI, and `node -e ''` beside it): the
 * bench's own without NODE_EXTRA_CA_CERTS (see above; no timed command speaks TLS: the fixture
 * servers are plain HTTP on 127.0.0.1). The queries stage also times `node -e ''` and a search with
 * the host's environment as it is, and the report gives both.
 */
export const TIMED_ENV: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_EXTRA_CA_CERTS'));

/** Run the real CLI as a user would: `node dist/bundle/archive.js ...` (package.json's `bin`); `hostEnv` keeps NODE_EXTRA_CA_CERTS. */
export function archive(ctx: BenchContext, args: string[], extraNodeArgs: string[] = [], hostEnv = false): Promise<ProcResult> {
  return run(process.execPath, [...extraNodeArgs, ctx.cli, ...args], { env: { ...(hostEnv ? process.env : TIMED_ENV), NO_COLOR: '1', ARCHIVE_DB: '' } });
}

/** Requests and body bytes the server saw since `ctx.server.resetLog()`. */
export function traffic(ctx: BenchContext): Promise<Traffic> {
  return ctx.server.traffic();
}

export function check(r: ProcResult, what: string): ProcResult {
  if (r.code !== 0) throw new Error(`${what} failed (exit ${r.code}):\n${r.stderr.slice(-2000)}\n${r.stdout.slice(-1000)}`);
  return r;
}
