/**
 * The git binary as a child process, bounded: every run has a time limit and a cap on what it
 * may print (killed past either), reads no system or user configuration, never prompts, follows
 * no redirect, speaks only http(s) (or reads a local folder), and gives up on a transfer slower
 * than 1 KB/s for the idle timeout. A repository or server is hostile input like any page.
 */
import { spawn } from 'node:child_process';
import { ArchiveError } from '../../errors.js';

export interface GitOptions {
  /** The git binary (default `git` on PATH). */
  bin: string;
  /** Environment the child starts from (PATH and proxy variables); the git settings below are added. */
  env: Record<string, string>;
  /** Most time one git command may take, ms. */
  timeoutMs: number;
  /** A transfer slower than 1 KB/s for this long is abandoned, ms. */
  idleMs: number;
  userAgent: string;
}

export class GitError extends ArchiveError<'E_GIT' | 'E_NO_GIT' | 'E_GIT_TIMEOUT' | 'E_GIT_TOO_LARGE'> {}

export const NO_GIT_MESSAGE = 'reading public-inbox archives needs the git command line tool, which was not found: install git (e.g. apt-get install git)';

export interface RunGitOptions {
  cwd?: string;
  input?: Buffer;
  /** Cap on stdout, bytes. */
  maxOutput: number;
  /** Overrides the default time limit. */
  timeoutMs?: number;
  /** Called every second while the command runs: return a reason to kill it. */
  watch?: () => string | null;
}

/** Settings given on the command line, above anything a repository's own config says. */
function safetyConfig(o: GitOptions): string[] {
  return [
    ['safe.directory', '*'], ['protocol.allow', 'never'], ['protocol.http.allow', 'always'], ['protocol.https.allow', 'always'],
    ['http.followRedirects', 'false'], ['credential.helper', ''], ['core.askPass', ''],
    ['http.lowSpeedLimit', '1000'], ['http.lowSpeedTime', String(Math.max(1, Math.round(o.idleMs / 1000)))],
    ['http.userAgent', o.userAgent], ['core.hooksPath', '/dev/null'], ['gc.auto', '0'], ['maintenance.auto', 'false'],
    ['core.fsmonitor', 'false'], ['transfer.fsckObjects', 'false'],
  ].flatMap(([k, v]) => ['-c', `${k}=${v}`]);
}

const lastLine = (s: string): string => s.split('\n').map((l) => l.trim()).filter(Boolean).slice(-1)[0]?.slice(0, 300) ?? '';

export function runGit(o: GitOptions, args: string[], r: RunGitOptions): Promise<Buffer> {
  const timeoutMs = r.timeoutMs ?? o.timeoutMs;
  const what = `git ${args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '--git-dir') ?? ''}`;
  return new Promise((resolve, reject) => {
    const child = spawn(o.bin, [...safetyConfig(o), ...args], {
      cwd: r.cwd,
      env: { ...o.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_ASKPASS: '', SSH_ASKPASS: '', GIT_PROTOCOL_FROM_USER: '0' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = '';
    let failure: GitError | null = null;
    const fail = (e: GitError) => {
      failure ??= e;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => fail(new GitError('E_GIT_TIMEOUT', `${what} took longer than ${Math.round(timeoutMs / 1000)} s and was stopped`)), timeoutMs);
    const watcher = r.watch ? setInterval(() => {
      const why = r.watch!();
      if (why) fail(new GitError('E_GIT_TOO_LARGE', `${what} stopped: ${why}`));
    }, 1000) : null;
    child.stdout.on('data', (c: Buffer) => {
      size += c.length;
      if (size > r.maxOutput) return fail(new GitError('E_GIT_TOO_LARGE', `${what} printed more than ${r.maxOutput} bytes and was stopped`));
      chunks.push(c);
    });
    child.stderr.on('data', (c: Buffer) => { stderr = (stderr + c.toString('utf8')).slice(-4096); });
    child.stdin.on('error', () => { /* the child exited before reading all its input: its exit status says why */ });
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (watcher) clearInterval(watcher);
      reject(e.code === 'ENOENT' ? new GitError('E_NO_GIT', NO_GIT_MESSAGE) : new GitError('E_GIT', `cannot run git: ${e.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (watcher) clearInterval(watcher);
      if (failure) return reject(failure);
      if (code !== 0) return reject(new GitError('E_GIT', `${what} failed${signal ? ` (${signal})` : ` (exit ${code})`}: ${lastLine(stderr) || 'no message'}`));
      resolve(Buffer.concat(chunks, Math.min(size, r.maxOutput)));
    });
    child.stdin.end(r.input ?? Buffer.alloc(0));
  });
}
