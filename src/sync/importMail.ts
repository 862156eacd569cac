/**
 * `archive import PATH --list NAME`: mail from local files into the same tables as synced mail.
 * PATH is an mbox file (gzip decided by its magic bytes, whatever its name), a single message
 * file, a maildir (cur/ and new/), or a folder of any of these (walked in name order). Identity
 * is the sync's (list + Message-ID + a hash of the entry without its From_ line), so importing
 * the same mail again stores nothing; messages are filed under the month of their Date header
 * and have no public URL. Takes the sync lock: an import never writes beside a sync or reindex.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Db, NewMessage, PeriodState } from '../store/index.js';
import { RawStore, acquireRunLock } from '../store/index.js';
import { IndexWriter, seriesTableEmpty } from '../index/index.js';
import { ArchiveError } from '../errors.js';
import { isGzip, gunzipAll } from '../crawl/gzip.js';
import { splitMailbox, classifyMailFile } from '../mail/index.js';
import { isBlank } from './mboxEntries.js';
import { safeParse, toNewMessage } from './newMessage.js';
import { compareText } from '../textOrder.js';

export interface ImportEvents {
  onFile?(done: number, total: number, newMessages: number): void;
  onWarn?(message: string): void;
}

export interface ImportOptions {
  /** Seconds to wait for a sync holding the lock. */
  waitSeconds?: number;
  /** Cap on one file once decompressed. */
  maxBytes?: number;
  events?: ImportEvents;
}

export interface ImportSummary {
  list: string;
  url: string;
  files: number;
  /** Entries read from the files (messages), new or not. */
  messages: number;
  newMessages: number;
  /** Files inside a folder that could not be read or are not mail (the import went on without them). */
  skipped: Array<{ path: string; error: string }>;
  elapsedMs: number;
}

/** The list url an imported list is registered under (lists.url is unique; no HTTP URL starts so). */
export const importListUrl = (name: string): string => `mbox:${name}`;

const errText = (e: unknown): string => {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (e as Error).message;
};

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The files to read under `path`, in a stable order: a maildir's cur/ and new/, else every file, recursively. */
export function mailFiles(path: string): string[] {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    throw new ArchiveError('E_INPUT', `cannot import ${path}: ${errText(e)}`);
  }
  if (!st.isDirectory()) return [path];
  const walk = (dir: string): string[] => {
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => !n.startsWith('.')).sort();
    } catch (e) {
      throw new ArchiveError('E_INPUT', `cannot import ${dir}: ${errText(e)}`);
    }
    if (names.includes('cur') || names.includes('new')) {
      // A maildir: delivered mail is in cur/ and new/; tmp/ holds deliveries not finished.
      return ['cur', 'new'].filter((d) => isDir(join(dir, d))).flatMap((d) => walk(join(dir, d)));
    }
    return names.flatMap((n) => (isDir(join(dir, n)) ? walk(join(dir, n)) : [join(dir, n)]));
  };
  return walk(path);
}

/** The raw messages a file holds; throws a one-line ArchiveError when it cannot be read or is not mail. */
export function readMailFile(file: string, maxBytes: number): Buffer[] {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    throw new ArchiveError('E_INPUT', `cannot read ${file}: ${errText(e)}`);
  }
  if (isGzip(buf)) {
    try {
      buf = gunzipAll(buf, maxBytes);
    } catch (e) {
      throw new ArchiveError('E_INPUT', `cannot decompress ${file}: ${(e as Error).message}`);
    }
  }
  const kind = classifyMailFile(buf);
  if (kind.kind === 'not-mail') throw new ArchiveError('E_INPUT', `${file} is not mail (an mbox, or one message): ${kind.why}`);
  if (kind.kind === 'message') return [buf];
  return splitMailbox(buf).filter((e) => !isBlank(e));
}

const monthEnd = (month: string): string => {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
};

/** The month a message is filed under: of its Date header, else 'undated'. */
function periodState(period: string): PeriodState {
  const dated = /^\d{4}-\d{2}$/.test(period);
  return {
    period, kind: 'month', start: dated ? `${period}-01` : null, end: dated ? monthEnd(period) : null, label: period,
    size_label: null, text_url: null, etag: null, last_modified: null, text_length: null, text_hash: null, tail_hash: null, source: 'mbox',
  };
}

export async function importMail(db: Db, path: string, name: string, opts: ImportOptions = {}): Promise<ImportSummary> {
  const started = Date.now();
  const files = mailFiles(path);
  const single = files.length === 1 && files[0] === path;
  if (files.length === 0) throw new ArchiveError('E_INPUT', `cannot import ${path}: the folder holds no files`);
  const maxBytes = opts.maxBytes ?? 256 * 1024 * 1024;
  const url = importListUrl(name);
  const summary: ImportSummary = { list: name, url, files: 0, messages: 0, newMessages: 0, skipped: [], elapsedMs: 0 };
  const store = new RawStore(db);
  const existing = store.findList(url);
  if (existing && existing.kind !== 'mbox') throw new ArchiveError('E_USAGE', `${url} is registered as a ${existing.kind} list`);
  const lock = await acquireRunLock(db, (opts.waitSeconds ?? 0) * 1000);
  try {
    // (a first import weighs series in memory, as a first sync does: runSync.ts)
    const indexer = new IndexWriter(db, { deferProjects: true, fromEmpty: seriesTableEmpty(db) });
    indexer.indexPending(); // messages a killed run stored but did not index
    let list = existing;
    for (const [i, file] of files.entries()) {
      let entries: Buffer[];
      try {
        entries = readMailFile(file, maxBytes);
      } catch (e) {
        if (single) throw e;
        summary.skipped.push({ path: file, error: (e as Error).message });
        opts.events?.onWarn?.(`skipped ${(e as Error).message}`);
        continue;
      }
      list ??= store.ensureList(url, name, 'mbox');
      const byPeriod = new Map<string, NewMessage[]>();
      for (const raw of entries) {
        const mail = safeParse(raw);
        const period = mail?.date ? mail.date.slice(0, 7) : 'undated';
        const m = toNewMessage(period, raw, mail, null);
        byPeriod.set(period, [...(byPeriod.get(period) ?? []), m]);
      }
      for (const [period, messages] of [...byPeriod].sort(([a], [b]) => compareText(a, b))) {
        const inserted = store.commitPeriod(list.id, periodState(period), messages);
        if (inserted.length) indexer.indexMessages(inserted);
        summary.newMessages += inserted.length;
      }
      summary.files++;
      summary.messages += entries.length;
      lock.beat();
      opts.events?.onFile?.(i + 1, files.length, summary.newMessages);
    }
    if (!list) {
      const first = summary.skipped[0];
      throw new ArchiveError('E_INPUT', `nothing imported from ${path}: no file in it is mail (${first ? first.error : 'no files'})`);
    }
    store.markListSynced(list.id, summary.skipped.length === 0);
    indexer.finishProjects();
  } finally {
    lock.release();
  }
  summary.elapsedMs = Date.now() - started;
  return summary;
}
