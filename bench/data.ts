/**
 * Generated data, cached under bench/data/ by the generator parameters: the archive served to
 * the crawler, and the million-message database built from another archive through `archive sync`.
 */
import { existsSync, rmSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { writeArchive, readSummary, setNewestExtra, type ArchiveSummary } from './generate/writeArchive.js';
import { listName, paramsKey, type ArchiveParams } from './generate/params.js';
import { archive, check, type BenchContext } from './context.js';

export async function ensureArchive(ctx: BenchContext, params: ArchiveParams, label: string): Promise<{ dir: string; summary: ArchiveSummary }> {
  const dir = path.join(ctx.data, `archive-${paramsKey(params)}`);
  let summary = readSummary(dir);
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

/**
 * The query database: an archive of about a million messages, synced through the real CLI.
 * Cached as bench/data/db-KEY.db; the archive it came from is deleted afterwards.
 */
export async function ensureBigDb(ctx: BenchContext, params: ArchiveParams): Promise<{ db: string; messages: number; buildSeconds: number | null }> {
  const db = path.join(ctx.data, `db-${paramsKey(params)}.db`);
  if (existsSync(db)) {
    ctx.log(`query database: reusing ${path.relative(ctx.root, db)}`);
    return { db, messages: params.messages, buildSeconds: null };
  }
  const started = Date.now();
  const { dir, summary } = await ensureArchive(ctx, params, 'query database archive');
  const partial = `${db}.partial`;
  for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
  ctx.log(`query database: syncing ${summary.messages} messages through \`archive sync\` (several minutes)`);
  const r = check(await archive(ctx, ['--db', partial, 'sync', '--delay', '0', '--quiet', ...listUrls(ctx, dir, summary)]), 'sync of the query database');
  void r;
  renameSync(partial, db);
  for (const ext of ['-wal', '-shm']) if (existsSync(partial + ext)) renameSync(partial + ext, db + ext);
  rmSync(dir, { recursive: true, force: true });
  const buildSeconds = (Date.now() - started) / 1000;
  ctx.log(`  built in ${buildSeconds.toFixed(0)} s`);
  return { db, messages: summary.messages, buildSeconds };
}
