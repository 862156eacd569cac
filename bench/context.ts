/** What every benchmark stage gets: paths, the fixture server, how many runs, and a log. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FixtureServer } from '../fixtures/server/fixtureServer.js';
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
  server: FixtureServer;
  notes: string[];
  log(line: string): void;
}

/** Repository root, from dist/bench/*.js. */
export function repoRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
}

/** Run the real CLI as a user would: `node dist/src/cli/bin.js ...`. */
export function archive(ctx: BenchContext, args: string[], extraNodeArgs: string[] = []): Promise<ProcResult> {
  return run(process.execPath, [...extraNodeArgs, ctx.cli, ...args], { env: { ...process.env, NO_COLOR: '1', ARCHIVE_DB: '' } });
}

/** Requests and body bytes the fixture server saw since `resetLog()`. */
export function traffic(ctx: BenchContext): { requests: number; bytes: number; byStatus: Record<string, number> } {
  const byStatus: Record<string, number> = {};
  let bytes = 0;
  for (const r of ctx.server.requests) {
    bytes += r.bytes;
    byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
  }
  return { requests: ctx.server.requests.length, bytes, byStatus };
}

export function check(r: ProcResult, what: string): ProcResult {
  if (r.code !== 0) throw new Error(`${what} failed (exit ${r.code}):\n${r.stderr.slice(-2000)}\n${r.stdout.slice(-1000)}`);
  return r;
}
