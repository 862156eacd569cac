/**
 * A stamp file beside each cached piece of generated data (bench/data/NAME.stamp.json) says what
 * made it: a hash of the generator's sources (bench/generate/ and the pipermail renderer it uses)
 * and, for the query database, the parser version its derived rows carry and the schema version
 * it was made with (a migration that adds a derived table leaves it empty in an older database,
 * and the queries would measure the path they take without it). Data whose stamp does not match
 * the current sources is deleted and built again, so that a figure never describes what an older
 * generator, parser or schema made. The stamp also keeps what was measured while building
 * (the query database's sync: wall time, peak RSS, load), so that a cached run can still print it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PARSER_VERSION } from '../src/status/index.js';
import { SCHEMA_VERSION } from '../src/store/migrations/version.js';

/** The renderer files of fixtures/server/ the generator writes its archive with (not the server). */
const RENDERER = ['renderPipermail.ts', 'pipermailPages.ts', 'pipermailText.ts', 'serverTime.ts', 'mailSource.ts', 'mailmanTemplates.ts', 'pythonGzip.ts'];

export function generatorHash(root: string): string {
  const h = createHash('sha256');
  const gen = path.join(root, 'bench', 'generate');
  const files = [
    ...readdirSync(gen).filter((f) => f.endsWith('.ts')).sort().map((f) => path.join(gen, f)),
    ...RENDERER.map((f) => path.join(root, 'fixtures', 'server', f)),
  ];
  for (const f of files) {
    h.update(path.relative(root, f)).update('\0');
    h.update(existsSync(f) ? readFileSync(f) : Buffer.alloc(0)).update('\0');
  }
  return h.digest('hex').slice(0, 16);
}

export interface BuildFigures {
  wallMs: number;
  /** Bytes of PERIOD.txt of the archive it was synced from (absent in stamps written before). */
  textBytes?: number;
  maxRss: number | null;
  load: number[];
  messages: number;
  at: string;
  commit: string | null;
}

export interface Stamp {
  generator: string;
  /** Only for data the parser made (the query database). */
  parserVersion?: number;
  /** Only for the query database: the schema version it was synced with. */
  schemaVersion?: number;
  build?: BuildFigures;
}

export const stampPath = (cached: string): string => `${cached}.stamp.json`;

export function readStamp(cached: string): Stamp | null {
  try {
    return JSON.parse(readFileSync(stampPath(cached), 'utf8')) as Stamp;
  } catch {
    return null;
  }
}

export function writeStamp(cached: string, stamp: Stamp): void {
  writeFileSync(stampPath(cached), JSON.stringify(stamp, null, 2) + '\n');
}

/** Why cached data must be built again, or null when its stamp matches. */
export function staleBecause(cached: string, want: { generator: string; parserVersion?: number; schemaVersion?: number }): string | null {
  const s = readStamp(cached);
  if (!s) return 'it has no stamp (made before stamps existed)';
  if (s.generator !== want.generator) return `the generator changed (${s.generator} -> ${want.generator})`;
  if (want.parserVersion !== undefined && s.parserVersion !== want.parserVersion) return `the parser version changed (${s.parserVersion ?? 'none'} -> ${want.parserVersion})`;
  if (want.schemaVersion !== undefined && s.schemaVersion !== want.schemaVersion) return `the schema version changed (${s.schemaVersion ?? 'none'} -> ${want.schemaVersion})`;
  return null;
}

export const currentParserVersion = PARSER_VERSION;
export const currentSchemaVersion = SCHEMA_VERSION;
