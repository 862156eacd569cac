/**
 * One sync at a time per database. The lock is a row taken inside an IMMEDIATE transaction, so
 * two processes can never both hold it; a holder whose process is gone (kill -9) or whose
 * heartbeat stopped is stale and is taken over.
 */
import { hostname } from 'node:os';
import { ArchiveError } from '../errors.js';
import type { Db } from './db.js';

const STALE_MS = 5 * 60_000;
const HEARTBEAT_MS = 30_000;

export interface RunLock {
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

/** Try once; returns the current holder when the lock is held by a live run. */
function tryAcquire(db: Db): LockHolder | null {
  const now = new Date();
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
  for (;;) {
    const holder = tryAcquire(db);
    if (!holder) break;
    if (Date.now() >= deadline) {
      throw new ArchiveError('E_LOCKED',
        `another archive sync is running on this database (pid ${holder.pid} on ${holder.host}, since ${holder.started_at})`,
        'wait for it to finish, or pass --wait SECONDS to queue behind it');
    }
    await new Promise((r) => setTimeout(r, Math.min(500, Math.max(50, deadline - Date.now()))));
  }
  const beat = db.prepare('UPDATE run_lock SET heartbeat_at = ? WHERE id = 1 AND pid = ?');
  const timer = setInterval(() => beat.run(new Date().toISOString(), process.pid), HEARTBEAT_MS);
  timer.unref();
  return {
    release() {
      clearInterval(timer);
      db.prepare('DELETE FROM run_lock WHERE id = 1 AND pid = ?').run(process.pid);
    },
  };
}
