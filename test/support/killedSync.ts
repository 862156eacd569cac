/** Reading a test database, and killing a real `archive sync` process once it has stored some periods. */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { BIN } from './cli.js';

export const query = <T>(db: string, sql: string, ...args: unknown[]): T[] => {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare(sql).all(...args) as T[];
  } finally {
    d.close();
  }
};

/** Periods stored complete so far (0 while the database is not made yet). */
export function periodsDone(db: string): number {
  try {
    return query<{ n: number }>(db, "SELECT COUNT(*) AS n FROM periods WHERE status = 'ok'")[0].n;
  } catch {
    return 0;
  }
}

/** What an interrupted and resumed sync must end with, as an uninterrupted one does. */
export const syncSnapshot = (db: string) => ({
  messages: query(db, 'SELECT period, msg_key, content_hash, url FROM messages ORDER BY msg_key, content_hash'),
  periods: query(db, 'SELECT period, status, messages, text_hash FROM periods ORDER BY period'),
  reports: query(db, 'SELECT m.msg_key, a.is_report FROM analyses a JOIN messages m ON m.id = a.message_rowid ORDER BY m.msg_key'),
});

/** Run the built CLI with `args` and SIGKILL it once `db` holds `periods` complete periods; resolves with the signal. */
export async function killSyncAfter(db: string, args: string[], periods: number): Promise<string | null> {
  const child = spawn(process.execPath, [BIN, '--db', db, ...args], { stdio: 'ignore' });
  const exited = new Promise<string | null>((r) => child.on('exit', (_c, signal) => r(signal)));
  const end = Date.now() + 20_000;
  while (periodsDone(db) < periods) {
    if (Date.now() > end) {
      child.kill('SIGKILL');
      throw new Error('the sync did not get going');
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  child.kill('SIGKILL');
  return exited;
}
