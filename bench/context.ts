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

/** Run the real CLI as a user would: `node dist/bundle/archive.js ...` (package.json's `bin`). */
export function archive(ctx: BenchContext, args: string[], extraNodeArgs: string[] = []): Promise<ProcResult> {
  return run(process.execPath, [...extraNodeArgs, ctx.cli, ...args], { env: { ...process.env, NO_COLOR: '1', ARCHIVE_DB: '' } });
}

/** Requests and body bytes the server saw since `ctx.server.resetLog()`. */
export function traffic(ctx: BenchContext): Promise<Traffic> {
  return ctx.server.traffic();
}

export function check(r: ProcResult, what: string): ProcResult {
  if (r.code !== 0) throw new Error(`${what} failed (exit ${r.code}):\n${r.stderr.slice(-2000)}\n${r.stdout.slice(-1000)}`);
  return r;
}
