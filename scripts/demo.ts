/**
 * `npm run demo`: the main job on the bundled sample archive, no internet needed.
 * Serves fixtures/archives on 127.0.0.1 (weekly-dev the way Mailman 3's HyperKitty serves a list),
 * runs `archive sync` on its lists into data/demo.db,
 * then `archive projects`, `archive series` and `archive query --project NSR`, printing each
 * command as it goes, and ends with the command that opens the web view.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { startFixtureServer } from '../fixtures/server/fixtureServer.js';
import { startHyperKittyServer, hkMessageFromEml } from '../fixtures/server/hyperkittyServer.js';
import { runCli } from '../src/cli/main.js';
import { processIo } from '../src/cli/io.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const archives = path.join(root, 'fixtures', 'archives');
const db = path.relative(process.cwd(), path.join(root, 'data', 'demo.db')) || 'data/demo.db';

async function step(argv: string[]): Promise<number> {
  process.stdout.write(`\n$ archive ${argv.map((a) => (/[\s']/.test(a) ? `'${a}'` : a)).join(' ')}\n`);
  return runCli(argv, processIo());
}

for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
const server = await startFixtureServer({ root: archives });
// weekly-dev lives on Mailman 3: the same messages served the way HyperKitty serves a list
const weekly = path.join(root, 'fixtures', 'sources', 'weekly-dev');
const hk = await startHyperKittyServer({
  lists: [{ fqdn: 'weekly-dev@lists.example.org', messages: readdirSync(weekly).filter((f) => f.endsWith('.eml')).sort().map((f) => hkMessageFromEml(f, readFileSync(path.join(weekly, f)))) }],
  now: new Date('2014-11-15T12:00:00Z'),
});
try {
  const lists = readdirSync(path.join(archives, 'pipermail')).filter((l) => l !== 'weekly-dev' && existsSync(path.join(archives, 'pipermail', l, 'index.html'))).sort();
  process.stdout.write(`Serving the sample archive on loopback: ${lists.join(', ')} as Mailman 2 pipermail at ${server.url}/pipermail/, weekly-dev as Mailman 3 HyperKitty at ${hk.listUrl('weekly-dev@lists.example.org')}\n`);
  let code = await step(['--db', db, 'sync', '--delay', '0', ...lists.map((l) => `${server.url}/pipermail/${l}/`), hk.listUrl('weekly-dev@lists.example.org')]);
  code ||= await step(['--db', db, 'sync', '--delay', '0']);
  process.stdout.write(`(the second sync found nothing new: ${server.requests.filter((r) => r.status === 304).length} pipermail request(s) answered 304 Not Modified; HyperKitty sends no validators, so its newest month was read again and found unchanged)\n`);
  code ||= await step(['--db', db, 'lists']);
  code ||= await step(['--db', db, 'projects']);
  code ||= await step(['--db', db, 'series']);
  code ||= await step(['--db', db, 'query', '--project', 'NSR']);
  process.stdout.write(`\nTry more: npx archive --db ${db} query --project NSR --format markdown\n          npx archive --db ${db} query --project dht --format json\n          npx archive --db ${db} show '<message-id>'   (ids are in the JSON output)\n`);
  process.stdout.write(`\nSee it in a browser:\n  npx archive --db ${db} serve\n  then open http://127.0.0.1:8080/  (the NSR timeline: http://127.0.0.1:8080/project/NSR)\n`);
  process.exitCode = code;
} finally {
  await server.close();
  await hk.close();
}
