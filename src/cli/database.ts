/** The database as the reading commands open it: read-only, closed however the command ends. */
import type { Db } from '../store/index.js';
import type { Context } from './context.js';
import { stage } from './stages.js';

export async function withReadOnlyDb<T>(ctx: Context, use: (db: Db) => T | Promise<T>): Promise<T> {
  const { openDatabase } = await stage.store();
  const db = openDatabase(ctx.config().dbPath, { readonly: true });
  try {
    return await use(db);
  } finally {
    db.close();
  }
}
