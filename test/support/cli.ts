/** Run the archive CLI in-process with captured output (the program factory makes this possible). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../src/cli/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runArchive(argv: string[], opts: { env?: Record<string, string>; stdin?: string } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (s) => { stdout += s; },
    stderr: (s) => { stderr += s; },
    env: { ...opts.env },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    columns: 100,
    readStdin: async () => Buffer.from(opts.stdin ?? ''),
  });
  return { code, stdout, stderr };
}

export function tempDir(prefix = 'archive-test-'): { dir: string; db: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, db: join(dir, 'archive.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'fixtures');
/** The real CLI as package.json's `bin` names it (the bundle `npm run build` makes), for the tests that spawn it. */
export const BIN = join(ROOT, 'dist/bundle/archive.js');

/** Fast, still polite, settings for syncing from the loopback fixture server. */
export const FAST = ['--delay', '0', '--timeout', '5'];
