/**
 * The benchmark's static server, as its own process: `node dist/bench/serve.js ROOT`, started by
 * bench/serverProcess.ts with an IPC channel (bench/serveIpc.ts). It serves ROOT on 127.0.0.1 with
 * the fixture server (Apache-like validators, Range, gzip files as stored) and keeps the request
 * log here, so that serving costs the benchmark's process nothing and the CLI, wget and notmuch's
 * input are served the same way.
 */
import { startFixtureServer } from '../fixtures/server/fixtureServer.js';
import { serveOverIpc } from './serveIpc.js';

export type { Traffic, ServerRequest, ServerReply } from './serveIpc.js';

const root = process.argv[2];
await serveOverIpc('usage: node dist/bench/serve.js ROOT (started by the benchmark, with an IPC channel)', Boolean(root), () => startFixtureServer({ root }));
