/** The database as the reading commands open it: read-only, closed however the command ends. */
import type { Db } from '../store/index.js';
import type { Context } from './context.js';
import { stage } from './stages.js';
import { PARSER_VERSION } from '../status/parserVersion.js';

export async function withReadOnlyDb<T>(ctx: Context, use: (db: Db) => T | Promise<T>): Promise<T> {
  const path = ctx.config().dbPath;
  // A database at the current schema opens without loading the migrations (or the writers beside
  // them); one that is behind is brought up to date by openDatabase first.
  const db = (await stage.connection()).openCurrent(path) ?? (await stage.store()).openDatabase(path, { readonly: true, onUpgrade: upgradeNote(ctx, path) });
  try {
    const note = olderParserNote(db);
    if (note) ctx.io.stderr(note);
    return await use(db);
  } finally {
    db.close();
  }
}

/** Says on stderr that an existing database is being brought up to a newer schema (it can take a while). */
export function upgradeNote(ctx: Context, path: string): (from: number, to: number) => void {
  return (from, to) => ctx.io.stderr(`note: upgrading ${path} from schema version ${from} to ${to} (once; on a big archive this takes a minute or more)\n`);
}

/**
 * A database indexed by an older parser answers with that parser's verdicts and project names (and
 * mixes them with the new one's for mail synced since) until `archive reindex` reads it again: say
 * so, once a command, on stderr. Read from the per-project rows (a few thousand at most), not the
 * per-message ones; '' when they are current or there are none.
 */
export function olderParserNote(db: Db): string {
  let oldest: number | null = null;
  try {
    oldest = (db.prepare('SELECT MIN(parser_version) AS v FROM project_summaries').get() as { v: number | null } | undefined)?.v ?? null;
  } catch {
    return '';
  }
  if (oldest === null || oldest >= PARSER_VERSION) return '';
  return `note: this database was indexed by parser version ${oldest} (this archive has version ${PARSER_VERSION}): run \`archive reindex\` to read its stored mail again\n`;
}
