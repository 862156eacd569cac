/**
 * Generated data, cached under bench/data/ by the generator parameters: the archive served to
 * the crawler, and the million-message database built from another archive through `archive sync`.
 */
import { existsSync, rmSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { writeArchive, readSummary, setNewestExtra, type ArchiveSummary } from './generate/writeArchive.js';
import { listName, paramsKey, type ArchiveParams } from './generate/params.js';
import { archive, check, type BenchContext } from './context.js';
import { generatorHash, staleBecause, writeStamp, readStamp, stampPath, currentParserVersion, currentSchemaVersion, type BuildFigures } from './stamp.js';
import { execFileSync } from 'node:child_process';
import Database from 'better-sqlite3';

export async function ensureArchive(ctx: BenchContext, params: ArchiveParams, label: string): Promise<{ dir: string; summary: ArchiveSummary }> {
  const dir = path.join(ctx.data, `archive-${paramsKey(params)}`);
  const generator = generatorHash(ctx.root);
  let summary = readSummary(dir);
  const stale = summary ? staleBecause(dir, { generator }) : null;
  if (summary && stale) {
    ctx.log(`${label}: ${path.relative(ctx.root, dir)} is stale (${stale}): generating it again`);
    ctx.notes.push(`${label}: the cached archive was generated again because ${stale}.`);
    rmSync(dir, { recursive: true, force: true });
    summary = null;
  }
  if (summary) {
    ctx.log(`${label}: reusing ${path.relative(ctx.root, dir)} (${summary.messages} messages)`);
    // A run that stopped half-way may have left extra messages in list 0's newest period.
    setNewestExtra(dir, summary, 0, 0);
  } else {
    ctx.log(`${label}: generating ${params.messages} messages (${params.lists} lists x ${params.years} years) into ${path.relative(ctx.root, dir)}`);
    let last = 0;
    summary = writeArchive(dir, params, {
      onProgress: (done, total) => {
        if (done - last >= total / 10) {
          last = done;
          ctx.log(`  ${Math.round((done / total) * 100)}%`);
        }
      },
    });
    ctx.log(`  generated in ${summary.generatedSeconds.toFixed(1)} s`);
    writeStamp(dir, { generator });
  }
  return { dir, summary };
}

/** Mount path of generated archive `dir` on the fixture server. */
export function mountOf(dir: string): string {
  return `/${path.basename(dir)}/`;
}

export function listUrls(ctx: BenchContext, dir: string, summary: ArchiveSummary): string[] {
  return summary.lists.map((_, i) => `${ctx.server.url}${mountOf(dir)}pipermail/${listName(i)}/`);
}

export function fileSize(f: string): number {
  return existsSync(f) ? statSync(f).size : 0;
}

/** Database size on disk: main file plus WAL. */
export function dbBytes(db: string): number {
  return fileSize(db) + fileSize(`${db}-wal`);
}

function headCommit(ctx: BenchContext): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ctx.root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

export interface BigDb {
  db: string;
  messages: number;
  /** The sync that built it: measured now, or when it was built (read from its stamp). */
  build: BuildFigures | null;
  builtNow: boolean;
}

/**
 * The query database: an archive of about a million messages, synced through the real CLI
 * (`--delay 0`). Cached as bench/data/db-KEY.db with a stamp (generator, parser and schema
 * version); built again when any changed. The archive it came from is deleted afterwards.
 */
export async function ensureBigDb(ctx: BenchContext, params: ArchiveParams): Promise<BigDb> {
  const db = path.join(ctx.data, `db-${paramsKey(params)}.db`);
  const want = { generator: generatorHash(ctx.root), parserVersion: currentParserVersion, schemaVersion: currentSchemaVersion };
  if (existsSync(db)) {
    const stale = staleBecause(db, want);
    if (!stale) {
      ctx.log(`query database: reusing ${path.relative(ctx.root, db)}`);
      return { db, messages: params.messages, build: readStamp(db)?.build ?? null, builtNow: false };
    }
    ctx.log(`query database: ${path.relative(ctx.root, db)} is stale (${stale}): building it again`);
    ctx.notes.push(`query database: built again because ${stale}.`);
    for (const f of [db, `${db}-wal`, `${db}-shm`, stampPath(db)]) rmSync(f, { force: true });
  }
  const { dir, summary } = await ensureArchive(ctx, params, 'query database archive');
  const partial = `${db}.partial`;
  for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
  ctx.log(`query database: syncing ${summary.messages} messages through \`archive sync --delay 0\` (several minutes)`);
  const r = check(await archive(ctx, ['--db', partial, 'sync', '--delay', '0', '--quiet', ...listUrls(ctx, dir, summary)]), 'sync of the query database');
  // A sync stopped by a signal ends with status 0 and part of the mail: never cache that as the whole.
  const conn = new Database(partial, { readonly: true });
  const stored = (conn.prepare('SELECT COUNT(DISTINCT msg_key) AS n FROM messages').get() as { n: number }).n;
  conn.close();
  if (stored < summary.messages) throw new Error(`the sync of the query database stored ${stored} of ${summary.messages} messages: not cached`);
  renameSync(partial, db);
  for (const ext of ['-wal', '-shm']) if (existsSync(partial + ext)) renameSync(partial + ext, db + ext);
  rmSync(dir, { recursive: true, force: true });
  rmSync(stampPath(dir), { force: true });
  const build: BuildFigures = { wallMs: r.wallMs, textBytes: summary.lists.reduce((a, l) => a + l.textBytes, 0), maxRss: r.maxRss, load: r.load, messages: summary.messages, at: new Date().toISOString(), commit: headCommit(ctx) };
  writeStamp(db, { ...want, build });
  ctx.log(`  built in ${(r.wallMs / 1000).toFixed(0)} s, peak RSS ${r.maxRss ? (r.maxRss / 1e6).toFixed(0) + ' MB' : 'n/a'}`);
  return { db, messages: summary.messages, build, builtNow: true };
}
