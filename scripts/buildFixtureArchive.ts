/**
 * Regenerate fixtures/archives/ (committed) from fixtures/sources/.
 * Usage: npm run build && npm run fixtures
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderFixtureArchives } from '../fixtures/server/fixtureArchives.js';

function repoRoot(): string {
  // dist/scripts/buildFixtureArchive.js -> repo root
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
}

const root = repoRoot();
const sources = path.join(root, 'fixtures', 'sources');
const target = path.join(root, 'fixtures', 'archives');
const files = renderFixtureArchives(sources);
rmSync(path.join(target, 'pipermail'), { recursive: true, force: true });
for (const [rel, bytes] of files) {
  const file = path.join(target, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  // A period's index.html is, on Mailman's disk, a symlink to thread.html: keep it one here too.
  if (/\/[^/]+\/index\.html$/.test(rel) && files.get(rel.replace(/index\.html$/, 'thread.html'))?.equals(bytes)) symlinkSync('thread.html', file);
  else writeFileSync(file, bytes);
}
process.stdout.write(`wrote ${files.size} files under ${path.relative(process.cwd(), target) || '.'}\n`);
