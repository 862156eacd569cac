/**
 * What `archive` runs is the CLI bundled by `npm run build` (scripts/bundle.ts, issue 12): the
 * entry in package.json's `bin`, and the reindex worker as an entry of its own beside the chunk
 * that starts it. A worker that cannot start only makes a reindex slower (the writer derives
 * everything itself), so this checks the bundled worker itself derives a message.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { BIN, FIXTURES, ROOT, tempDir } from '../support/cli.js';
import { openDatabase, RawStore } from '../../src/store/index.js';
import type { DeriveDone, DeriveTask } from '../../src/index/deriveWorker.js';
import { fromWire } from '../../src/index/preparedWire.js';

const BUNDLE = join(ROOT, 'dist/bundle');

describe('the bundled CLI', () => {
  it('is what package.json names as archive', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: { archive: string } };
    expect(join(ROOT, pkg.bin.archive)).toBe(BIN);
    expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('loads neither node:child_process nor bindings\' search to answer a query', () => {
    const tmp = tempDir();
    openDatabase(tmp.db).close();
    // Written at exit: the builtins Node loaded and the files required, as the process saw them.
    const probe = join(tmp.dir, 'probe.cjs');
    writeFileSync(probe, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(join(tmp.dir, 'loaded.json'))},
      JSON.stringify({ builtins: process.moduleLoadList, files: Object.keys(require.cache) })));`);
    const run = spawnSync(process.execPath, ['--require', probe, BIN, '--db', tmp.db, 'search', 'rebalance'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const loaded = JSON.parse(readFileSync(join(tmp.dir, 'loaded.json'), 'utf8')) as { builtins: string[]; files: string[] };
    expect(loaded.files.some((f) => f.endsWith('better_sqlite3.node'))).toBe(true);
    expect(loaded.builtins.filter((m) => /\bchild_process\b/.test(m))).toEqual([]);
    expect(loaded.files.filter((f) => /[\\/]bindings[\\/]/.test(f))).toEqual([]);
  });

  it('answers the query stage\'s commands without loading the parser or the MIME decoders', () => {
    // (`archive series` imported the report threshold and the series' SQL through modules that
    // load both: 1.3 MB of chunks, some 100 ms of every query's startup on the bench machine)
    const tmp = tempDir();
    openDatabase(tmp.db).close();
    const probe = join(tmp.dir, 'probe.cjs');
    writeFileSync(probe, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(join(tmp.dir, 'loaded.json'))},
      JSON.stringify(Object.keys(require.cache))));`);
    // the bundle names each module it holds in a comment: `// dist/src/status/detectReport.js`
    const holds = (file: string, module: string) => readFileSync(file, 'utf8').includes(`// dist/src/${module}.js\n`);
    expect(readdirSync(BUNDLE).some((f) => f.endsWith('.js') && holds(join(BUNDLE, f), 'status/detectReport'))).toBe(true);
    for (const args of [['series'], ['query', '--project', 'NSR'], ['month', '2026-12'], ['projects']]) {
      const run = spawnSync(process.execPath, ['--require', probe, BIN, '--db', tmp.db, ...args], { encoding: 'utf8' });
      expect(run.status, `${args.join(' ')}: ${run.stderr}`).toBeLessThanOrEqual(1);
      const files = (JSON.parse(readFileSync(join(tmp.dir, 'loaded.json'), 'utf8')) as string[]).filter((f) => f.startsWith(BUNDLE));
      expect(files.length, args.join(' ')).toBeGreaterThan(3);
      expect(files.filter((f) => holds(f, 'status/detectReport') || holds(f, 'mail/mime')), args.join(' ')).toEqual([]);
    }
  });

  it('starts the reindex worker from beside the chunk that asks for it, and that worker derives a message', async () => {
    const starters = readdirSync(BUNDLE).filter((f) => f.endsWith('.js') && readFileSync(join(BUNDLE, f), 'utf8').includes('new URL("./deriveWorker.js"'));
    expect(starters.length).toBeGreaterThan(0);
    expect(existsSync(join(BUNDLE, 'deriveWorker.js'))).toBe(true);

    const worker = new Worker(join(BUNDLE, 'deriveWorker.js'));
    try {
      const raw = readFileSync(join(FIXTURES, 'seed', 'jdarcy-status-2014-10.txt'));
      const task: DeriveTask = { seq: 7, rows: [{ id: 1, list_id: 1, source: 'mbox', raw, raw_codec: 0 }], compact: true };
      const done = await new Promise<DeriveDone>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage(task);
      });
      expect(done.seq).toBe(7);
      expect(done.results).toHaveLength(1);
      expect(done.results?.map(fromWire)[0].derived).toBeDefined();
    } finally {
      await worker.terminate();
    }
  });

  it('has that worker read a range of stored messages from the database file itself', async () => {
    const tmp = tempDir();
    const worker = new Worker(join(BUNDLE, 'deriveWorker.js'));
    try {
      const raw = readFileSync(join(FIXTURES, 'seed', 'jdarcy-status-2014-10.txt'));
      const db = openDatabase(tmp.db);
      const list = new RawStore(db).ensureList('http://h/pipermail/l/', 'l');
      const insert = db.prepare(`INSERT INTO messages (list_id, period, message_id, msg_key, content_hash, source, raw, fetched_at) VALUES (?, 'p', ?, ?, ?, 'mbox', ?, 'now')`);
      for (const n of [1, 2, 3]) insert.run(list.id, `m${n}@x`, `mid:m${n}@x`, `h${n}`, raw);
      db.close();
      const ask = (task: DeriveTask) => new Promise<DeriveDone>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage(task);
      });
      const done = await ask({ seq: 8, range: { db: tmp.db, from: 2, to: 3 }, compact: false });
      const results = done.results?.map(fromWire);
      expect(results?.map((r) => r.id)).toEqual([2, 3]);
      expect(results?.every((r) => r.derived?.isReport)).toBe(true);
      // A database it cannot read: the rows come back as not derived (the writer derives them).
      expect((await ask({ seq: 9, range: { db: join(tmp.dir, 'missing.db'), from: 1, to: 3 }, compact: false })).results).toBeNull();
    } finally {
      await worker.terminate();
      tmp.cleanup();
    }
  });
});
