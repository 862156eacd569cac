/**
 * SQLite failures a user can act on, turned into one-line ArchiveErrors that name the database
 * file and say what to do: a corrupt or foreign file, a full disk, a read-only file or folder,
 * a database busy in another process. Anything else is left alone (a real bug).
 */
import { ArchiveError } from '../errors.js';

export function describeDbError(e: unknown, path: string): ArchiveError | null {
  if (e instanceof ArchiveError) return e;
  const code = (e as { code?: unknown })?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  const why = (e as Error).message;
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new ArchiveError('E_DB_CORRUPT', `${path} is damaged or not a database (${why}): move it aside and run \`archive sync <list-url>\` to rebuild it from the archives, or restore a backup`);
  }
  if (code === 'SQLITE_FULL') {
    return new ArchiveError('E_DB_FULL', `cannot write ${path}: the disk is full; free some space and run again (what was stored before is kept)`);
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new ArchiveError('E_DB_READONLY', `cannot write ${path}: the file or its folder is read-only (${why}); run this as a user who may write both, or use another --db (reading commands such as query work on a read-only database)`);
  }
  if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code === 'SQLITE_LOCKED') {
    return new ArchiveError('E_LOCKED', `${path} is busy: another archive process is writing it; try again later, or pass --wait SECONDS`);
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') {
    return new ArchiveError('E_DB_OPEN', `cannot open ${path} (${why}): check that the path is right and that you may read it (and write its folder, for sync)`);
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new ArchiveError('E_DB_IO', `I/O error on ${path} (${why}): check the disk (space, permissions, health) and run again`);
  }
  return null;
}
