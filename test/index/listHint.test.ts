/**
 * Pipermail's archives drop the List-Id header, so a post whose subject names only the kind of
 * report (`TSC status for the week of 08.19.2013`) was named after nothing on a pipermail sync
 * though the index knows its list. The index reads such a message with its list's List-Id, made
 * from the list's archive URL: on every path that derives (a sync's writer, a reindex on this
 * thread, on worker threads reading rows sent to them or ranges of a database file).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, RawStore, type Db, type NewMessage } from '../../src/store/index.js';
import { IndexWriter, reindexAll, listHint, deriveMessage } from '../../src/index/index.js';
import { tempDir, FIXTURES } from '../support/cli.js';

// A real post (its source is in the .json beside it): the OpenDaylight TSC chair's weekly status
// on tsc@lists.opendaylight.org, as groups.io showed it, with no List-Id.
const POST = join(FIXTURES, 'real-corpus', 'opendaylight', '2013-08-tsc-status-for-the-week-of-08-19-2013.eml');
const raw = readFileSync(POST);

const msg = (i: number): NewMessage => ({
  period: '2013-August', messageId: `tsc${i}@example.org`, msgKey: `mid:tsc${i}@example.org`, contentHash: `h${i}`, source: 'mbox',
  raw, seq: i, url: null, subject: 'TSC status for the week of 08.19.2013', authorName: 'David Meyer', authorAddress: null, date: null, inReplyTo: null,
});
const state = { period: '2013-August', kind: 'month', start: null, end: null, label: 'August 2013', size_label: null,
  text_url: 'https://lists.opendaylight.org/pipermail/tsc/2013-August.txt', etag: null, last_modified: null, text_length: 10, text_hash: 'x', tail_hash: 'y', source: 'mbox' };

// (by key: the post never writes the name, so it is spelled from the host, `Opendaylight`)
const projects = (db: Db): string[] => db.prepare("SELECT DISTINCT project_key FROM sections WHERE project_key <> '' ORDER BY 1").pluck().all() as string[];

function store(db: Db, url: string, n: number): void {
  const s = new RawStore(db);
  const l = s.ensureList(url, 'tsc');
  new IndexWriter(db).indexMessages(s.commitPeriod(l.id, state, Array.from({ length: n }, (_, i) => msg(i))));
}

describe('the list a message came from', () => {
  it('is written as a List-Id from the archive URL, when the URL names a host', () => {
    expect(listHint('https://lists.opendaylight.org/pipermail/tsc/', 'tsc')).toBe('<tsc.lists.opendaylight.org>');
    expect(listHint('https://twistedmatrix.com/pipermail/twisted-python/', 'twisted-python')).toBe('<twisted-python.twistedmatrix.com>');
    expect(listHint('https://lists.fedoraproject.org/archives/list/devel@lists.fedoraproject.org/', 'devel')).toBe('<devel.lists.fedoraproject.org>');
    // the fixture servers, a file, an mbox import: no host that names a community
    expect(listHint('http://127.0.0.1:8080/pipermail/tsc/', 'tsc')).toBeNull();
    expect(listHint('http://localhost/pipermail/tsc/', 'tsc')).toBeNull();
    expect(listHint('file:///srv/mirror/tsc/', 'tsc')).toBeNull();
    expect(listHint('mbox:twisted-python', 'twisted-python')).toBeNull();
  });

  it('names the project of a post whose subject names only the kind of report', () => {
    expect(deriveMessage(raw, 'mbox', undefined, '<tsc.lists.opendaylight.org>').sections.map((s) => s.projectKey)).toEqual(['opendaylight']);
    // the same post from an address: no community to name (the steering body's own acronym is not a project)
    expect(deriveMessage(raw, 'mbox').sections.map((s) => s.projectKey)).not.toContain('opendaylight');
  });

  it('is read by a sync\'s index and by a reindex, on this thread and on workers', async () => {
    const db = openDatabase(':memory:');
    store(db, 'https://lists.opendaylight.org/pipermail/tsc/', 3);
    expect(projects(db)).toEqual(['opendaylight']);
    await reindexAll(db, undefined, { workers: 0 });
    expect(projects(db)).toEqual(['opendaylight']);
    // rows sent to the workers (a database in memory)
    await reindexAll(db, undefined, { workers: 2, chunk: 2 });
    expect(projects(db)).toEqual(['opendaylight']);
    // ranges the workers read from the file themselves
    const tmp = tempDir();
    const file = openDatabase(join(tmp.dir, 'tsc.db'));
    try {
      store(file, 'https://lists.opendaylight.org/pipermail/tsc/', 3);
      await reindexAll(file, undefined, { workers: 2, chunk: 2 });
      expect(projects(file)).toEqual(['opendaylight']);
    } finally {
      file.close();
    }
    // served from an address, as the fixture servers do: the list says nothing of the community
    const local = openDatabase(':memory:');
    store(local, 'http://127.0.0.1:8080/pipermail/tsc/', 1);
    expect(projects(local)).not.toContain('opendaylight');
  });
});
