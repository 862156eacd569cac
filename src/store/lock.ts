/**
 * One writer run (sync or reindex) at a time per database. The lock is a row taken inside an
 * IMMEDIATE transaction, so two processes can never both hold it; a holder whose process is gone
 * (kill -9) or whose heartbeat stopped is stale and is taken over. While another process holds
 * SQLite's write lock itself (a reindex rebuilding in one long transaction, a migration), the
 * attempt counts as busy and is retried until the deadline like a held lock.
 */
import { hostname } from 'node:os';
import { ArchiveError } from '../errors.js';
import type { Db } from './db.js';

const STALE_MS = 5 * 60_000;
const HEARTBEAT_MS = 30_000;

export interface RunLock {
  /** Refresh the heartbeat (a long synchronous run calls this now and then). */
  beat(): void;
  release(): void;
}

export interface LockHolder { pid: number; host: string; started_at: string; heartbeat_at: string }

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isStale(h: LockHolder, now: number): boolean {
  if (h.host === hostname() && !alive(h.pid)) return true;
  return now - Date.parse(h.heartbeat_at) > STALE_MS;
}

function isBusy(e: unknown): boolean {
  const code = (e as { code?: string }).code ?? '';
  return code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code === 'SQLITE_LOCKED';
}

/** Try once; returns the current holder when the lock is held by a live run, 'busy' when another process is writing. */
function tryAcquire(db: Db): LockHolder | 'busy' | null {
  const now = new Date();
  try {
    return take(db, now);
  } catch (e) {
    if (isBusy(e)) return 'busy';
    throw e;
  }
}

function take(db: Db, now: Date): LockHolder | null {
  return db.transaction((): LockHolder | null => {
    const holder = db.prepare('SELECT pid, host, started_at, heartbeat_at FROM run_lock WHERE id = 1').get() as LockHolder | undefined;
    if (holder && holder.pid !== process.pid && !isStale(holder, now.getTime())) return holder;
    db.prepare(`INSERT INTO run_lock (id, pid, host, started_at, heartbeat_at) VALUES (1, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET pid = excluded.pid, host = excluded.host,
                  started_at = excluded.started_at, heartbeat_at = excluded.heartbeat_at`)
      .run(process.pid, hostname(), now.toISOString(), now.toISOString());
    return null;
  }).immediate();
}

/**
 * Take the sync lock, waiting up to waitMs for a running sync to finish.
 * Throws ArchiveError E_LOCKED naming the holder when it stays busy.
 */
export async function acquireRunLock(db: Db, waitMs: number): Promise<RunLock> {
  const deadline = Date.now() + waitMs;
  // Each attempt may itself wait up to busy_timeout for SQLite's write lock; keep it within the deadline.
  const busyTimeout = db.pragma('busy_timeout', { simple: true }) as number;
  try {
    for (;;) {
      db.pragma(`busy_timeout = ${Math.max(100, Math.min(busyTimeout, deadline - Date.now()))}`);
      const holder = tryAcquire(db);
      if (!holder) break;
      if (Date.now() >= deadline) {
        throw new ArchiveError('E_LOCKED', holder === 'busy'
          ? 'another archive process (a sync, reindex or migration) is writing this database'
          : `another archive sync is running on this database (pid ${holder.pid} on ${holder.host}, since ${holder.started_at})`,
        'wait for it to finish, or pass --wait SECONDS to queue behind it');
      }
      await new Promise((r) => setTimeout(r, Math.min(500, Math.max(50, deadline - Date.now()))));
    }
  } finally {
    db.pragma(`busy_timeout = ${busyTimeout}`);
  }
  const stmt = db.prepare('UPDATE run_lock SET heartbeat_at = ? WHERE id = 1 AND pid = ?');
  const beat = () => {
    try {
      stmt.run(new Date().toISOString(), process.pid);
    } catch (e) {
      if (!isBusy(e)) throw e; // a busy moment: the next beat will do
    }
  };
  const timer = setInterval(beat, HEARTBEAT_MS);
  timer.unref();
  return {
    beat,
    release() {
      clearInterval(timer);
      db.prepare('DELETE FROM run_lock WHERE id = 1 AND pid = ?').run(process.pid);
    },
  };
}
