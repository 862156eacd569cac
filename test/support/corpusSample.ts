/**
 * A sample of the real-post corpus (fixtures/real-corpus) copied into `dest`, each post in its community's folder, for
 * tests that reindex it whole: every `every`th post in the order of their names, at most `cap` posts. Posts of every kind
 * the corpus holds, in a number that grows slower than the corpus (or not at all past the cap): the whole corpus, which
 * grows each session, took such tests towards their timeouts on a slow 2-core host.
 */
import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './cli.js';

export function corpusSample(dest: string, every: number, cap = Infinity): string {
  const real = join(FIXTURES, 'real-corpus');
  let k = 0;
  let taken = 0;
  for (const community of readdirSync(real).sort()) {
    const dir = join(real, community);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.eml') || k++ % every !== 0) continue;
      if (taken++ >= cap) return dest;
      mkdirSync(join(dest, community), { recursive: true });
      copyFileSync(join(dir, f), join(dest, community, f));
    }
  }
  return dest;
}
