import { describe, it, expect } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase, openCurrent, RawStore, SCHEMA_VERSION, APPLICATION_ID, acquireRunLock, type NewMessage } from '../../src/store/index.js';
import { migrations } from '../../src/store/migrations/index.js';
import { writeOlderDatabase } from '../support/olderDatabase.js';
import { registerRawFunctions } from '../../src/store/rawCodec.js';
import { registerTextFunctions } from '../../src/store/textCodec.js';

const msg = (over: Partial<NewMessage>): NewMessage => ({
  period: '2014-October', messageId: 'a@example.org', msgKey: 'mid:a@example.org', contentHash: 'h1', source: 'mbox',
  raw: Buffer.from('From: x\n\nbody\n'), seq: null, url: null, subject: 's', authorName: 'A', authorAddress: null, date: null, inReplyTo: null,
  ...over,
});

const state = { period: '2014-October', kind: 'month', start: '2014-10-01', end: '2014-11-01', label: 'October 2014', size_label: null,
  text_url: 'http://h/l/2014-October.txt', etag: '"e"', last_modified: null, text_length: 10, text_hash: 'x', tail_hash: 'y', source: 'mbox' };

describe('RawStore', () => {
  it('stores a period idempotently: the same messages twice are stored once', () => {
    const db = openDatabase(':memory:');
    const store = new RawStore(db);
    const list = store.ensureList('http://h/pipermail/l/', 'l');
    expect(store.commitPeriod(list.id, state, [msg({}), msg({ messageId: 'b@x', msgKey: 'mid:b@x', contentHash: 'h2' })])).toHaveLength(2);
    expect(store.commitPeriod(list.id, state, [msg({}), msg({ messageId: 'b@x', msgKey: 'mid:b@x', contentHash: 'h2' })])).toHaveLength(0);
    expect(store.periods(list.id).get('2014-October')).toMatchObject({ status: 'ok', messages: 2, etag: '"e"' });
  });

  it('records a re-delivered copy with other content, and the same Message-ID on another list', () => {
    const db = openDatabase(':memory:');
    const store = new RawStore(db);
    const a = store.ensureList('http://h/pipermail/a/', 'a');
    const b = store.ensureList('http://h/pipermail/b/', 'b');
    store.commitPeriod(a.id, state, [msg({})]);
    expect(store.commitPeriod(a.id, state, [msg({ contentHash: 'h-with-footer' })])).toHaveLength(1);
    expect(store.commitPeriod(b.id, state, [msg({})])).toHaveLength(1);
    expect((db.prepare('SELECT COUNT(*) AS n FROM messages').get() as { n: number }).n).toBe(3);
    // ...but the period still counts one distinct message.
    expect(store.periods(a.id).get('2014-October')!.messages).toBe(1);
  });

  it('replaces a message read from its HTML page by the text-archive copy, not a second row', () => {
    const db = openDatabase(':memory:');
    const store = new RawStore(db);
    const l = store.ensureList('http://h/pipermail/l/', 'l');
    store.commitPeriod(l.id, { ...state, source: 'html' }, [msg({ source: 'html', contentHash: 'page', url: 'http://h/pipermail/l/2014-October/000001.html', seq: 1 })]);
    const ids = store.commitPeriod(l.id, state, [msg({})]);
    const rows = db.prepare('SELECT source, url, seq FROM messages').all();
    expect(ids).toHaveLength(1);
    expect(rows).toEqual([{ source: 'mbox', url: 'http://h/pipermail/l/2014-October/000001.html', seq: 1 }]);
  });

  it('keeps a sha256 content hash as its 32 bytes, finds rows stored with it in hex before, and gives it back in hex', () => {
    const db = openDatabase(':memory:');
    const store = new RawStore(db);
    const l = store.ensureList('http://h/pipermail/l/', 'l');
    const hash = (c: string): string => c.repeat(64);
    store.commitPeriod(l.id, state, [msg({ contentHash: hash('a') })]);
    // A row stored before migration 14, its hash in hex.
    db.prepare(`INSERT INTO messages (list_id, period, message_id, msg_key, content_hash, source, raw, fetched_at)
      VALUES (?, '2014-October', 'b@x', 'mid:b@x', ?, 'mbox', x'00', 'then')`).run(l.id, hash('b'));
    const stored = db.prepare('SELECT message_id AS id, typeof(content_hash) AS t, length(content_hash) AS n FROM messages ORDER BY id').all();
    expect(stored).toEqual([{ id: 'a@example.org', t: 'blob', n: 32 }, { id: 'b@x', t: 'text', n: 64 }]);
    // Both are the same messages when fetched again, and the period reads their hashes in hex.
    expect(store.commitPeriod(l.id, state, [msg({ contentHash: hash('a') }), msg({ messageId: 'b@x', msgKey: 'mid:b@x', contentHash: hash('b') })])).toEqual([]);
    expect(store.messagesOfPeriod(l.id, '2014-October').map((m) => m.content_hash)).toEqual([hash('a'), hash('b')]);
    expect((db.prepare('SELECT COUNT(*) AS n FROM messages').get() as { n: number }).n).toBe(2);
  });

  it('has no sync_runs table (never used; dropped by migration 7)', () => {
    const db = openDatabase(':memory:');
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((t) => t.name);
    expect(tables).toContain('messages');
    expect(tables).not.toContain('sync_runs');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
  });

  it('refuses a database written by a newer version, with a clear message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'archive-db-'));
    try {
      const path = join(dir, 'a.db');
      const raw = new Database(path);
      raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
      raw.close();
      expect(() => openDatabase(path)).toThrow(/newer than this tool understands/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('run lock', () => {
  it('lets one sync hold the lock, refuses a second, and takes over a dead holder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'archive-lock-'));
    try {
      const path = join(dir, 'a.db');
      const db1 = openDatabase(path);
      const db2 = openDatabase(path);
      const lock = await acquireRunLock(db1, 0);
      // Same pid is allowed to re-enter, so pretend the holder is another live process (our parent).
      db1.prepare('UPDATE run_lock SET pid = ?').run(process.ppid);
      await expect(acquireRunLock(db2, 0)).rejects.toMatchObject({ code: 'E_LOCKED' });
      // A holder whose process is gone is stale.
      db1.prepare('UPDATE run_lock SET pid = ?').run(2 ** 22 + 12345);
      const lock2 = await acquireRunLock(db2, 0);
      lock2.release();
      lock.release();
      expect(db1.prepare('SELECT COUNT(*) AS n FROM run_lock').get()).toEqual({ n: 0 });
      db1.close();
      db2.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('opening for reading', () => {
  it('opens a current database without migrating, and leaves one that is behind for openDatabase to bring up to date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'archive-db-'));
    try {
      const current = join(dir, 'current.db');
      openDatabase(current).close();
      const db = openCurrent(current);
      expect(db?.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      db?.close();

      // A database made by the tool one migration ago.
      const old = join(dir, 'old.db');
      writeOlderDatabase(old);
      expect(openCurrent(old)).toBeNull();
      // the caller hears of the upgrade before it runs (a big archive takes a while); not of a new database
      const upgrades: Array<[number, number]> = [];
      const up = openDatabase(old, { readonly: true, onUpgrade: (from, to) => upgrades.push([from, to]) });
      expect(up.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      up.close();
      expect(upgrades).toEqual([[SCHEMA_VERSION - 1, SCHEMA_VERSION]]);
      openDatabase(old, { onUpgrade: (from, to) => upgrades.push([from, to]) }).close();
      openDatabase(join(dir, 'new.db'), { onUpgrade: (from, to) => upgrades.push([from, to]) }).close();
      expect(upgrades).toHaveLength(1);
      expect(() => openCurrent(join(dir, 'missing.db'))).toThrow(expect.objectContaining({ code: 'E_DB_OPEN' }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('migration 15 copies each series member\'s date and reply-ness from its message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'archive-m15-'));
    try {
      const path = join(dir, 'v14.db');
      const raw = new Database(path);
      registerRawFunctions(raw);
      registerTextFunctions(raw);
      for (const m of migrations.filter((x) => x.version <= 14)) raw.exec(m.sql);
      raw.pragma('user_version = 14');
      raw.pragma(`application_id = ${APPLICATION_ID}`);
      raw.exec(`INSERT INTO lists (id, url, name, added_at) VALUES (1, 'http://h/pipermail/l/', 'l', 'now');
        INSERT INTO messages (id, list_id, period, msg_key, content_hash, source, raw, fetched_at, subject, date, in_reply_to) VALUES
          (1, 1, '2014-October', 'mid:a', 'h1', 'mbox', x'00', 'now', 'NSR status 1', '2014-10-02T00:00:00.000Z', NULL),
          (2, 1, '2014-October', 'mid:b', 'h2', 'mbox', x'00', 'now', 'NSR status 1', NULL, '<a>');
        INSERT INTO message_series (message_rowid, list_id, series_key, series_name, subject) VALUES
          (1, 1, 'nsr status <n>', 'NSR status', 'NSR status 1'), (2, 1, 'nsr status <n>', 'NSR status', 'NSR status 1');`);
      raw.close();
      const db = openDatabase(path);
      expect(db.prepare('SELECT message_rowid AS id, date, reply FROM message_series ORDER BY 1').all()).toEqual([
        { id: 1, date: '2014-10-02T00:00:00.000Z', reply: 0 }, { id: 2, date: null, reply: 1 },
      ]);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has SCHEMA_VERSION equal to the last migration', () => {
    expect(migrations[migrations.length - 1].version).toBe(SCHEMA_VERSION);
  });
});
