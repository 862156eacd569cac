/**
 * Serve the fixture archives on 127.0.0.1 until Ctrl-C.
 * Usage: node dist/scripts/serveFixtures.js [--port N]
 * fixtures/archives is served at /, fixtures/pipermail/real under /real/.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFixtureServer } from '../fixtures/server/fixtureServer.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const archives = path.join(root, 'fixtures', 'archives');
const real = path.join(root, 'fixtures', 'pipermail', 'real');

function portArg(argv: string[]): number {
  const i = argv.indexOf('--port');
  if (i < 0) return 0;
  const n = Number(argv[i + 1]);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    process.stderr.write('usage: serveFixtures [--port N]\n');
    process.exit(2);
  }
  return n;
}

const server = await startFixtureServer({ root: archives, mounts: { '/real/': real }, port: portArg(process.argv.slice(2)) });
const lines = [`serving ${path.relative(process.cwd(), archives) || '.'} at ${server.url}/`];
const pipermail = path.join(archives, 'pipermail');
if (existsSync(pipermail)) {
  for (const list of readdirSync(pipermail).sort()) lines.push(`  ${server.url}/pipermail/${list}/`);
}
if (existsSync(real)) {
  for (const host of readdirSync(real).sort()) {
    for (const list of readdirSync(path.join(real, host)).sort()) lines.push(`  ${server.url}/real/${host}/${list}/`);
  }
}
process.stdout.write(lines.join('\n') + '\nCtrl-C to stop\n');
process.once('SIGINT', () => {
  void server.close().then(() => process.exit(0));
});
process.once('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});
