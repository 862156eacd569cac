/**
 * The benchmark's HyperKitty (Mailman 3) server, as its own process:
 * `node dist/bench/serveHyperKitty.js MAILDIR FQDN`, started by bench/serverProcess.ts with an
 * IPC channel (bench/serveIpc.ts). It loads the maildir's messages as HyperKitty would have
 * archived them and serves them on 127.0.0.1 with the fixture HyperKitty server
 * (fixtures/server/hyperkittyServer.ts: list page, month pages, gzip mbox exports built per
 * request), so that building the exports costs the measured CLI's process nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startHyperKittyServer, hkMessageFromEml } from '../fixtures/server/hyperkittyServer.js';
import { serveOverIpc } from './serveIpc.js';

const [maildir, fqdn] = process.argv.slice(2);
await serveOverIpc('usage: node dist/bench/serveHyperKitty.js MAILDIR FQDN (started by the benchmark, with an IPC channel)', Boolean(maildir && fqdn), async () => {
  const cur = path.join(maildir, 'cur');
  const messages = readdirSync(cur).sort().map((f) => hkMessageFromEml(f, readFileSync(path.join(cur, f))));
  return startHyperKittyServer({ lists: [{ fqdn, messages }], now: new Date() });
});
