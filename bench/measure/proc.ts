/**
 * Run a command as a child process (asynchronously: the fixture server answers from this process
 * meanwhile) and measure it the way a user feels it: wall time and peak RSS (GNU time's
 * "Maximum resident set size" when /usr/bin/time exists; else a small Node wrapper reporting
 * process.resourceUsage().maxRSS of the child, which works for Node children only).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';

export interface ProcResult {
  code: number | null;
  wallMs: number;
  /** Peak resident set size of the child in bytes, or null when it could not be measured. */
  maxRss: number | null;
  stdout: string;
  stderr: string;
  /** The machine's load average (1, 5, 15 minutes, os.loadavg()) when the command started. */
  load: number[];
}

const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = existsSync(GNU_TIME);

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Keep at most this many characters of stdout (default 1 MB). */
  keep?: number;
  input?: string;
}

export function run(cmd: string, args: string[], opts: RunOptions = {}): Promise<ProcResult> {
  const keep = opts.keep ?? 1 << 20;
  const useTime = hasGnuTime;
  const [c, a] = useTime ? [GNU_TIME, ['-v', cmd, ...args]] : [cmd, args];
  return new Promise((resolve, reject) => {
    const load = os.loadavg();
    const started = process.hrtime.bigint();
    const child = spawn(c, a, { env: opts.env ?? process.env, cwd: opts.cwd, stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => { if (out.length < keep) out += d; });
    child.stderr!.setEncoding('utf8').on('data', (d: string) => { if (err.length < 4 * keep) err += d; });
    if (opts.input !== undefined) child.stdin!.end(opts.input);
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      let maxRss: number | null = null;
      if (useTime) {
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
        if (m) maxRss = Number(m[1]) * 1024;
        const ex = /Exit status: (\d+)/.exec(err);
        err = err.replace(/\n?\tCommand being timed:[\s\S]*$/, '');
        if (ex) code = Number(ex[1]);
      }
      resolve({ code, wallMs, maxRss, stdout: out, stderr: err, load });
    });
  });
}

/** Is this command on PATH? */
export async function which(cmd: string): Promise<string | null> {
  const r = await new Promise<{ code: number | null; out: string }>((resolve) => {
    const c = spawn('sh', ['-c', `command -v ${cmd}`], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    c.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    c.on('close', (code) => resolve({ code, out }));
    c.on('error', () => resolve({ code: 1, out: '' }));
  });
  return r.code === 0 ? r.out.trim() : null;
}
