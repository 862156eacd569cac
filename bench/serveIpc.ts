/**
 * The parent-child protocol of the benchmark's server processes (bench/serve.ts,
 * bench/serveHyperKitty.ts), started by bench/serverProcess.ts with an IPC channel. The parent
 * asks over IPC (never over HTTP, so the log holds only the measured traffic): `reset` empties
 * the request log, `traffic` returns its totals, `close` stops the server.
 */

export interface Traffic {
  requests: number;
  bytes: number;
  byStatus: Record<string, number>;
}

export type ServerRequest = { id: number; cmd: 'reset' | 'traffic' | 'close' };
export type ServerReply = { id: number; traffic?: Traffic } | { ready: string } | { error: string };

/** What a served fixture offers: its URL and a request log with status and body bytes. */
export interface LoggingServer {
  url: string;
  requests: Array<{ status: number; bytes: number }>;
  resetLog(): void;
  close(): Promise<void>;
}

export function trafficOf(requests: LoggingServer['requests']): Traffic {
  const byStatus: Record<string, number> = {};
  let bytes = 0;
  for (const r of requests) {
    bytes += r.bytes;
    byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
  }
  return { requests: requests.length, bytes, byStatus };
}

/** Start a server in this child process and answer the parent until it says `close` or goes away. */
export async function serveOverIpc(usage: string, ready: boolean, start: () => Promise<LoggingServer>): Promise<void> {
  if (!ready || !process.send) {
    process.stderr.write(`${usage}\n`);
    process.exit(2);
  }
  const send = (m: ServerReply): void => { process.send!(m); };
  try {
    const server = await start();
    process.on('message', (m: ServerRequest) => {
      if (m.cmd === 'reset') {
        server.resetLog();
        send({ id: m.id });
      } else if (m.cmd === 'traffic') {
        send({ id: m.id, traffic: trafficOf(server.requests) });
      } else if (m.cmd === 'close') {
        void server.close().then(() => {
          send({ id: m.id });
          process.disconnect();
        });
      }
    });
    // The benchmark went away without saying so: stop too.
    process.on('disconnect', () => { void server.close().then(() => process.exit(0)); });
    send({ ready: server.url });
  } catch (e) {
    send({ error: (e as Error).message });
    process.exit(1);
  }
}
