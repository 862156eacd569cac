/**
 * A first sync or import (no message in a series yet) weighs the series it records from a copy in
 * memory, as a reindex does (src/sync/runSync.ts, src/sync/importMail.ts, `seriesTableEmpty`):
 * the rows it writes are those of a run that asks the database. The real Twisted archive holds
 * series (Twisted Weekly News, numbered conversion reports); imported into a new database, and
 * into one whose series table already holds another list's series, its rows must be the same.
 */
import { describe, it, expect } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../src/store/index.js';
import { importMail } from '../../src/sync/index.js';
import { FIXTURES } from '../support/cli.js';

const TWISTED = join(FIXTURES, 'pipermail', 'real', 'twistedmatrix.com', 'twisted-python');

/** Three posts of a series of another list: something in the series table before Twisted comes. */
const OTHER = ['1', '2', '3'].map((n) => `From dev@example.org Mon Mar  ${n} 10:00:00 2014
From: Dev <dev@example.org>
Subject: Widget weekly status #${n}
Date: Mon, ${n} Mar 2014 10:00:00 +0000
Message-ID: <widget-${n}@example.org>

Done:
* shipped part ${n}
Next:
* part ${Number(n) + 1}

`).join('');

function twistedRows(db: Db) {
  const list = (db.prepare("SELECT id FROM lists WHERE name = 'twisted-python'").get() as { id: number }).id;
  return {
    analyses: db.prepare(`SELECT m.msg_key, m.content_hash, a.is_report, a.base_score FROM analyses a JOIN messages m ON m.id = a.message_rowid
      WHERE m.list_id = ? ORDER BY 1, 2`).all(list),
    series: db.prepare(`SELECT m.msg_key, m.content_hash, s.series_key, s.series_name, s.subject, s.date, s.reply FROM message_series s
      JOIN messages m ON m.id = s.message_rowid WHERE s.list_id = ? ORDER BY 1, 2`).all(list),
    weights: db.prepare('SELECT series_key, weight FROM series_state WHERE list_id = ? ORDER BY 1').all(list),
    reports: (db.prepare('SELECT COUNT(*) AS n FROM analyses a JOIN messages m ON m.id = a.message_rowid WHERE m.list_id = ? AND a.is_report = 1').get(list) as { n: number }).n,
  };
}

describe('a first run weighs series in memory', () => {
  it('writes the rows a run that queries the series table writes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'archive-first-series-'));
    try {
      const twisted = join(dir, 'twisted');
      mkdirSync(twisted);
      for (const f of readdirSync(TWISTED).filter((x) => x.endsWith('.txt.gz'))) writeFileSync(join(twisted, f), readFileSync(join(TWISTED, f)));
      writeFileSync(join(dir, 'other.mbox'), OTHER);

      const fresh = openDatabase(join(dir, 'fresh.db'));
      await importMail(fresh, twisted, 'twisted-python');
      const inMemory = twistedRows(fresh);
      fresh.close();

      const seeded = openDatabase(join(dir, 'seeded.db'));
      await importMail(seeded, join(dir, 'other.mbox'), 'widget');
      expect((seeded.prepare('SELECT COUNT(*) AS n FROM message_series').get() as { n: number }).n).toBe(3); // so Twisted's import queries
      await importMail(seeded, twisted, 'twisted-python');
      const queried = twistedRows(seeded);
      seeded.close();

      // not vacuous: series recorded and weighed, reports found
      expect(queried.series.length).toBeGreaterThan(20);
      expect(queried.weights.length).toBeGreaterThan(0);
      expect(queried.reports).toBeGreaterThan(5);
      expect(inMemory).toEqual(queried);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
