/**
 * Start bench/serve.ts as a separate Node process and talk to it over IPC: the archive is served
 * outside the benchmark's process, the same way for us and for wget.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Traffic, ServerRequest, ServerReply } from './serveIpc.js';

export type { Traffic } from './serveIpc.js';

export interface BenchServer {
  url: string;
  pid: number;
  /** How the archive is served, for the report. */
  how: string;
  resetLog(): Promise<void>;
  traffic(): Promise<Traffic>;
  close(): Promise<void>;
}

/** `script`: bench/serve.ts by default (ROOT served as files), or another server speaking bench/serveIpc.ts, given `args`. */
export async function startServerProcess(root: string, script = 'serve.js', args: string[] = []): Promise<BenchServer> {
  const entry = path.join(path.dirname(fileURLToPath(import.meta.url)), script);
  const child: ChildProcess = fork(entry, [root, ...args], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const url = await new Promise<string>((resolve, reject) => {
    const onMessage = (m: ServerReply): void => {
      if ('ready' in m) resolve(m.ready);
      else if ('error' in m) reject(new Error(`bench server: ${m.error}`));
    };
    child.once('message', onMessage);
    child.once('exit', (code) => reject(new Error(`bench server exited (${code}) before it was ready`)));
  });
  let next = 0;
  const ask = (cmd: ServerRequest['cmd']): Promise<ServerReply> => new Promise((resolve, reject) => {
    const id = ++next;
    const onMessage = (m: ServerReply): void => {
      if ('id' in m && m.id === id) {
        child.off('message', onMessage);
        resolve(m);
      }
    };
    child.on('message', onMessage);
    child.send({ id, cmd } satisfies ServerRequest, (err) => { if (err) { child.off('message', onMessage); reject(err); } });
  });
  return {
    url,
    pid: child.pid!,
    how: `a separate Node process of ours (\`node dist/bench/${script}\`, pid ${child.pid}: the fixture server, Apache-like ETag/Last-Modified, Range, files as stored) on 127.0.0.1`,
    resetLog: async () => { await ask('reset'); },
    traffic: async () => (await ask('traffic') as { traffic: Traffic }).traffic,
    close: async () => {
      if (child.exitCode !== null || !child.connected) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      await ask('close');
      await exited;
    },
  };
}
