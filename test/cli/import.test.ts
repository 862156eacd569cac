/**
 * Issue 13 item 4: `archive import PATH --list NAME` for an mbox file (.gz too), a folder of
 * them, or a maildir, with the sync's identity rules: importing again stores nothing twice, and
 * the same messages from a maildir give the same rows.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import Database from 'better-sqlite3';
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, gunzipSync } from 'node:zlib';
import { runArchive, tempDir, FIXTURES } from '../support/cli.js';

const SOURCES = join(FIXTURES, 'sources', 'gluster-devel');
const TWISTED = join(FIXTURES, 'pipermail', 'real', 'twistedmatrix.com', 'twisted-python');

/** The sample list's messages (those with no body line starting "From ", which an mbox would quote). */
const emls = readdirSync(SOURCES).filter((f) => f.endsWith('.eml')).sort()
  .map((f) => readFileSync(join(SOURCES, f)))
  .filter((b) => !/^From /m.test(b.toString('latin1')))
  .slice(0, 30);

function fromLine(eml: Buffer): string {
  const text = eml.toString('latin1');
  const addr = /^From:.*?<?([^\s<>]+@[^\s<>]+)>?\s*$/m.exec(text)?.[1] ?? 'nobody@example.org';
  const date = new Date(/^Date: (.*)$/m.exec(text)?.[1] ?? '2014-01-01');
  // ctime: "Wed Sep  3 06:12:44 2014"
  const [wd, mon, day, time, year] = [date.toUTCString().slice(0, 3), date.toUTCString().slice(8, 11), date.getUTCDate(), date.toISOString().slice(11, 19), date.getUTCFullYear()];
  return `From ${addr} ${wd} ${mon} ${String(day).padStart(2, ' ')} ${time} ${year}\n`;
}

/** An mbox the way a mail program writes one: From_ line, message, blank line. */
const mbox = Buffer.concat(emls.flatMap((b) => [Buffer.from(fromLine(b)), b, Buffer.from(b.at(-1) === 0x0a ? '\n' : '\n\n')]));

const rows = (db: string) => {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare('SELECT msg_key, content_hash, period, url FROM messages ORDER BY msg_key, content_hash').all();
  } finally {
    d.close();
  }
};
const one = (db: string, sql: string) => {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare(sql).get() as Record<string, number | string>;
  } finally {
    d.close();
  }
};

/** The rows an import of `path` into a new database stores. */
async function rowsOfFreshImport(path: string) {
  const fresh = tempDir();
  try {
    const r = await runArchive(['--db', fresh.db, 'import', path, '--list', 'gd']);
    expect(r.code).toBe(0);
    return rows(fresh.db);
  } finally {
    fresh.cleanup();
  }
}

describe('archive import', () => {
  const tmp = tempDir();
  const files = join(tmp.dir, 'files');
  beforeAll(() => {
    mkdirSync(files);
    writeFileSync(join(files, 'list.mbox'), mbox);
    writeFileSync(join(files, 'list-gzipped'), gzipSync(mbox)); // gzip told by its bytes, not its name
    for (const d of ['cur', 'new', 'tmp']) mkdirSync(join(files, 'maildir', d), { recursive: true });
    emls.forEach((b, i) => writeFileSync(join(files, 'maildir', i % 2 ? 'new' : 'cur', `17000000${i}.M1P1.host${i % 2 ? '' : ':2,S'}`), b));
    writeFileSync(join(files, 'maildir', 'tmp', 'half-delivered'), 'garbage');
  });
  afterAll(() => tmp.cleanup());

  it('imports an mbox file: every message stored once, indexed, with no URL', async () => {
    const r = await runArchive(['--db', tmp.db, 'import', join(files, 'list.mbox'), '--list', 'gd']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`gd: 1 file(s), ${emls.length} message(s) read, ${emls.length} new\n`);
    const stored = rows(tmp.db);
    expect(stored).toHaveLength(emls.length);
    expect(stored.every((m) => (m as { url: string | null }).url === null)).toBe(true);
    expect(stored.every((m) => /^mid:/.test((m as { msg_key: string }).msg_key))).toBe(true);
    expect(one(tmp.db, 'SELECT COUNT(*) AS n FROM analyses').n).toBe(emls.length);
    expect(one(tmp.db, "SELECT COUNT(*) AS n FROM periods WHERE status = 'ok' AND period GLOB '20[0-9][0-9]-[0-9][0-9]'").n).toBeGreaterThan(1);
    const lists = await runArchive(['--db', tmp.db, 'lists']);
    expect(lists.stdout).toMatch(/^mbox:gd {2}mbox {2}\d+ message\(s\), last import 20/);
    // Indexed like synced mail: search and the report queries see it.
    const search = await runArchive(['--db', tmp.db, 'search', 'glusterfs', '--format', 'json']);
    expect(search.code).toBe(0);
    expect(JSON.parse(search.stdout).length).toBeGreaterThan(0);
    const status = await runArchive(['--db', tmp.db, 'status']);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('mbox:gd');
    // Nothing to fetch for an imported list: a sync with no URL has no list to sync.
    const sync = await runArchive(['--db', tmp.db, 'sync']);
    expect(sync.code).toBe(2);
    expect(sync.stderr).toMatch(/^Error: no lists to sync: .*\(lists made by archive import are not synced\)\n/);
  });

  it('importing the same file again stores nothing', async () => {
    const before = one(tmp.db, 'SELECT COUNT(*) AS n, MAX(id) AS last FROM messages');
    const r = await runArchive(['--db', tmp.db, 'import', join(files, 'list.mbox'), '--list', 'gd']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/, 0 new\n$/);
    expect(one(tmp.db, 'SELECT COUNT(*) AS n, MAX(id) AS last FROM messages')).toEqual(before);
  });

  it('a maildir of the same messages gives the same rows (and nothing new after the mbox)', async () => {
    const again = await runArchive(['--db', tmp.db, 'import', join(files, 'maildir'), '--list', 'gd']);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(`gd: ${emls.length} file(s), ${emls.length} message(s) read, 0 new\n`);
    expect(await rowsOfFreshImport(join(files, 'maildir'))).toEqual(rows(tmp.db));
  });

  it('a gzipped mbox is read by its magic bytes and gives the same rows', async () => {
    expect(await rowsOfFreshImport(join(files, 'list-gzipped'))).toEqual(rows(tmp.db));
  });

  it('reads real pipermail text archives (.txt.gz) and a folder of them', async () => {
    const fresh = tempDir();
    try {
      const gz = readdirSync(TWISTED).filter((f) => f.endsWith('.txt.gz'));
      const dir = join(fresh.dir, 'twisted');
      mkdirSync(dir);
      let separators = 0;
      for (const f of gz) {
        const bytes = readFileSync(join(TWISTED, f));
        writeFileSync(join(dir, f), bytes);
        separators += (gunzipSync(bytes).toString('latin1').match(/^From \S+ at \S+ {2}\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}$/gm) ?? []).length;
      }
      const r = await runArchive(['--db', fresh.db, 'import', dir, '--list', 'twisted-python', '--json']);
      expect(r.code).toBe(0);
      const s = JSON.parse(r.stdout);
      expect(s.files).toBe(gz.length);
      expect(s.messages).toBe(separators);
      expect(one(fresh.db, 'SELECT COUNT(*) AS n FROM messages').n).toBe(s.newMessages);
      // These archives hold many messages twice, byte for byte (re-archived by Mailman): stored once.
      expect(s.newMessages).toBeGreaterThan(separators / 2);
      expect(s.newMessages).toBeLessThan(separators);
      const again = JSON.parse((await runArchive(['--db', fresh.db, 'import', dir, '--list', 'twisted-python', '--json'])).stdout);
      expect(again.newMessages).toBe(0);
    } finally {
      fresh.cleanup();
    }
  });

  it('bad inputs: one-line errors, nothing registered', async () => {
    const fresh = tempDir();
    try {
      const missing = await runArchive(['--db', fresh.db, 'import', join(fresh.dir, 'nope.mbox'), '--list', 'x']);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toBe(`Error: cannot import ${join(fresh.dir, 'nope.mbox')}: no such file or directory\n`);

      writeFileSync(join(fresh.dir, 'notes.txt'), 'Just some notes\nabout nothing.\n');
      const notMail = await runArchive(['--db', fresh.db, 'import', join(fresh.dir, 'notes.txt'), '--list', 'x']);
      expect(notMail.code).toBe(2);
      expect(notMail.stderr).toMatch(/^Error: \S+notes\.txt is not mail \(an mbox, or one message\): no mbox From_ line and no mail header block at the start\n$/);

      writeFileSync(join(fresh.dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
      expect((await runArchive(['--db', fresh.db, 'import', join(fresh.dir, 'image.png'), '--list', 'x'])).stderr).toMatch(/is not mail .*binary data/);

      writeFileSync(join(fresh.dir, 'broken.mbox.gz'), gzipSync(mbox).subarray(0, 200));
      const broken = await runArchive(['--db', fresh.db, 'import', join(fresh.dir, 'broken.mbox.gz'), '--list', 'x']);
      expect(broken.code).toBe(2);
      expect(broken.stderr).toMatch(/^Error: cannot decompress \S+broken\.mbox\.gz: gzip stream is truncated/);

      const noList = await runArchive(['--db', fresh.db, 'import', join(files, 'list.mbox')]);
      expect(noList.code).toBe(2);
      expect(noList.stderr).toMatch(/required option '--list <name>'/);
      expect((await runArchive(['--db', fresh.db, 'import', join(files, 'list.mbox'), '--list', 'a b'])).code).toBe(2);

      expect(one(fresh.db, 'SELECT COUNT(*) AS n FROM lists').n).toBe(0);
    } finally {
      fresh.cleanup();
    }
  });

  it('a folder with some files that are not mail imports the rest and exits 1', async () => {
    const fresh = tempDir();
    try {
      const dir = join(fresh.dir, 'mixed');
      mkdirSync(dir);
      writeFileSync(join(dir, 'a.mbox'), mbox);
      writeFileSync(join(dir, 'README'), 'These are my mail files.\n');
      const r = await runArchive(['--db', fresh.db, 'import', dir, '--list', 'mixed']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^warning: skipped \S+README is not mail/);
      expect(r.stdout).toBe(`mixed: 1 file(s), ${emls.length} message(s) read, ${emls.length} new, 1 file(s) skipped\n`);
    } finally {
      fresh.cleanup();
    }
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file is a one-line error', async () => {
    const fresh = tempDir();
    try {
      const f = join(fresh.dir, 'secret.mbox');
      writeFileSync(f, mbox);
      chmodSync(f, 0);
      const r = await runArchive(['--db', fresh.db, 'import', f, '--list', 'x']);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`Error: cannot read ${f}: permission denied\n`);
    } finally {
      fresh.cleanup();
    }
  });

  it('waits for, or gives way to, a running sync (the same lock)', async () => {
    const fresh = tempDir();
    try {
      expect((await runArchive(['--db', fresh.db, 'import', join(files, 'list.mbox'), '--list', 'gd'])).code).toBe(0);
      const d = new Database(fresh.db);
      d.prepare('INSERT INTO run_lock (id, pid, host, started_at, heartbeat_at) VALUES (1, ?, ?, ?, ?)')
        .run(process.ppid, (await import('node:os')).hostname(), new Date().toISOString(), new Date().toISOString());
      d.close();
      const r = await runArchive(['--db', fresh.db, 'import', join(files, 'list.mbox'), '--list', 'gd']);
      expect(r.code).toBe(75);
      expect(r.stderr).toMatch(/another archive sync is running/);
    } finally {
      fresh.cleanup();
    }
  });
});
