/** Render a fixture list (or part of it) into a directory, as the archiver would have written it at that moment. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderPipermail } from '../../fixtures/server/renderPipermail.js';
import { FIXTURE_LISTS } from '../../fixtures/server/fixtureArchives.js';
import { readSourceMail } from '../../fixtures/server/mailSource.js';
import { FIXTURES } from './cli.js';

export function listSources(list: string) {
  const dir = join(FIXTURES, 'sources', list);
  return readdirSync(dir).filter((n) => n.endsWith('.eml')).sort().map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
}

/** Sources in arrival order (the order the archiver saw them). */
export function byArrival(list: string) {
  return listSources(list)
    .map((s) => ({ s, m: readSourceMail(s.name, s.bytes) }))
    .sort((a, b) => (a.m.arrival ?? 0) - (b.m.arrival ?? 0) || (a.s.name < b.s.name ? -1 : 1))
    .map((x) => x.s);
}

/** Write the list's archive as it was after its first `count` messages arrived; files get mtime `at`. */
export function renderListInto(root: string, list: string, count: number, at: Date): void {
  const config = FIXTURE_LISTS.find((l) => l.name === list)!;
  const rendered = renderPipermail(config, byArrival(list).slice(0, count));
  for (const [p, bytes] of rendered.files) {
    const file = join(root, 'pipermail', list, p);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    utimesSync(file, at, at);
  }
}
