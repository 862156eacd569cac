/** The generated sample archive (fixtures/archives) and its manifest: what the tests assert against. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from '../../fixtures/server/fixtureArchives.js';
import { FIXTURES } from './cli.js';

export const ARCHIVES = join(FIXTURES, 'archives');
export const manifest = JSON.parse(readFileSync(join(ARCHIVES, 'manifest.json'), 'utf8')) as Manifest;

export function manifestMessages(list: string) {
  return manifest.lists[list].periods.flatMap((p) => p.messages.map((m) => ({ ...m, period: p.name })));
}

export const LISTS = ['gluster-devel', 'gluster-users', 'weekly-dev', 'quiet-list'] as const;
