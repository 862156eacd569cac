/**
 * `archive reindex`: drop every derived row and rebuild it from the stored raw messages (no
 * crawling), then say what changed: reports gained and lost, items changed.
 */
import { SEARCH_TRIGGERS, DROP_SEARCH_TRIGGERS, PROJECT_TRIGGERS, DROP_PROJECT_TRIGGERS, type Db } from '../store/index.js';
import { rebuildProjects } from './projectRollup.js';
import { IndexWriter } from './indexWriter.js';

export interface ReindexSummary {
  messages: number;
  reportsBefore: number;
  reportsAfter: number;
  gained: string[];
  lost: string[];
  itemsBefore: number;
  itemsAfter: number;
  sectionsChanged: number;
  quarantined: number;
}

function snapshot(db: Db): { reports: Set<string>; items: number; sections: Map<string, string> } {
  const reports = new Set((db.prepare(`SELECT COALESCE(m.message_id, m.msg_key) AS k FROM analyses a JOIN messages m ON m.id = a.message_rowid WHERE a.is_report = 1`).all() as Array<{ k: string }>).map((r) => r.k));
  const items = (db.prepare('SELECT COUNT(*) AS n FROM items').get() as { n: number }).n;
  const sections = new Map<string, string>();
  for (const r of db.prepare(`SELECT s.message_rowid || ':' || s.ord AS k, s.title || '|' || (SELECT group_concat(text, '|') FROM items i WHERE i.section_id = s.id) AS v FROM sections s`).all() as Array<{ k: string; v: string | null }>) sections.set(r.k, r.v ?? '');
  return { reports, items, sections };
}

export function reindexAll(db: Db, onProgress?: (done: number, total: number) => void): ReindexSummary {
  const before = snapshot(db);
  const ids = (db.prepare('SELECT id FROM messages ORDER BY id').all() as Array<{ id: number }>).map((r) => r.id);
  const writer = new IndexWriter(db);
  let quarantined = 0;
  const CHUNK = 2000;
  // One transaction: readers keep the old index until the new one is complete, and a reindex
  // that is killed changes nothing. The search index is emptied at once ('delete-all', its
  // delete trigger off while search_docs is emptied), and the writer adds each text as it goes.
  db.transaction(() => {
    db.exec(DROP_SEARCH_TRIGGERS);
    // Projects are computed once at the end, not marked row by row.
    db.exec(DROP_PROJECT_TRIGGERS);
    db.exec("INSERT INTO search_fts (search_fts) VALUES ('delete-all'); DELETE FROM search_docs; DELETE FROM mentions; DELETE FROM refs; DELETE FROM items; DELETE FROM sections; DELETE FROM analyses; DELETE FROM aliases WHERE source = 'post'; DELETE FROM quarantine; DELETE FROM message_series; DELETE FROM series_state; DELETE FROM pending_index;");
    // Texts derived again in this run (a series' members) are deleted from the index as they go.
    db.exec(SEARCH_TRIGGERS);
    for (let i = 0; i < ids.length; i += CHUNK) {
      // Every derived row was deleted above: nothing to clear per message. Mail stored before
      // migration 12 is compressed as it is read (the same bytes come back).
      quarantined += writer.indexMessages(ids.slice(i, i + CHUNK), { fresh: true, compact: true }).quarantined;
      onProgress?.(Math.min(ids.length, i + CHUNK), ids.length);
    }
    rebuildProjects(db);
    db.exec(PROJECT_TRIGGERS);
  }).immediate();
  const after = snapshot(db);
  let sectionsChanged = 0;
  for (const [k, v] of after.sections) if (before.sections.get(k) !== v) sectionsChanged++;
  for (const k of before.sections.keys()) if (!after.sections.has(k)) sectionsChanged++;
  return {
    messages: ids.length,
    reportsBefore: before.reports.size,
    reportsAfter: after.reports.size,
    gained: [...after.reports].filter((k) => !before.reports.has(k)),
    lost: [...before.reports].filter((k) => !after.reports.has(k)),
    itemsBefore: before.items,
    itemsAfter: after.items,
    sectionsChanged,
    quarantined,
  };
}
