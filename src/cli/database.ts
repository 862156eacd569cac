/** The database as the reading commands open it: read-only, closed however the command ends. */
import type { Db } from '../store/index.js';
import type { Context } from './context.js';
import { stage } from './stages.js';

export async function withReadOnlyDb<T>(ctx: Context, use: (db: Db) => T | Promise<T>): Promise<T> {
  const path = ctx.config().dbPath;
  // A database at the current schema opens without loading the migrations (or the writers beside
  // them); one that is behind is brought up to date by openDatabase first.
  const db = (await stage.connection()).openCurrent(path) ?? (await stage.store()).openDatabase(path, { readonly: true });
  try {
    return await use(db);
  } finally {
    db.close();
  }
}
