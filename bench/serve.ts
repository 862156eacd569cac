/**
 * The benchmark's static server, as its own process: `node dist/bench/serve.js ROOT`, started by
 * bench/serverProcess.ts with an IPC channel. It serves ROOT on 127.0.0.1 with the fixture
 * server (Apache-like validators, Range, gzip files as stored) and keeps the request log here,
 * so that serving costs the benchmark's process nothing and the CLI, wget and notmuch's input
 * are served the same way. The parent asks over IPC (never over HTTP, so the log holds only the
 * measured traffic): `reset` empties the log, `traffic` returns its totals, `close` stops.
 */
import { startFixtureServer } from '../fixtures/server/fixtureServer.js';

export interface Traffic {
  requests: number;
  bytes: number;
  byStatus: Record<string, number>;
}

export type ServerRequest = { id: number; cmd: 'reset' | 'traffic' | 'close' };
export type ServerReply = { id: number; traffic?: Traffic } | { ready: string } | { error: string };

const root = process.argv[2];
if (!root || !process.send) {
  process.stderr.write('usage: node dist/bench/serve.js ROOT (started by the benchmark, with an IPC channel)\n');
  process.exit(2);
}
const send = (m: ServerReply): void => { process.send!(m); };

try {
  const server = await startFixtureServer({ root });
  process.on('message', (m: ServerRequest) => {
    if (m.cmd === 'reset') {
      server.resetLog();
      send({ id: m.id });
    } else if (m.cmd === 'traffic') {
      const byStatus: Record<string, number> = {};
      let bytes = 0;
      for (const r of server.requests) {
        bytes += r.bytes;
        byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
      }
      send({ id: m.id, traffic: { requests: server.requests.length, bytes, byStatus } });
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
