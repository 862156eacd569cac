/**
 * git's "What's cooking" tracks topics under category sections: the topics are the projects,
 * and a topic moving from [Cooking] to [Graduated to 'master'] is its status change.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deriveMessage } from '../../src/index/deriveMessage.js';
import { IndexWriter } from '../../src/index/index.js';
import { openDatabase, RawStore } from '../../src/store/index.js';
import { projectHistory, listProjects } from '../../src/query/index.js';
import { FIXTURES } from '../support/cli.js';

const JULY_SUBJECT = "What's cooking in git.git (Jul 2024, #01; Tue, 2)";

const june = readFileSync(join(FIXTURES, 'status-corpus/04-git-whats-cooking-2024-06.txt'), 'utf8')
  .replace(/^Date: .*$/m, (d) => `${d}\nMessage-ID: <xmqq-june@gitster.g>`);

/** The next issue: kn/update-ref-symref graduated, its entry moved and rewritten. */
function july(): string {
  const lines = june.split('\n');
  const start = lines.findIndex((l) => l.startsWith('* kn/update-ref-symref'));
  const end = lines.findIndex((l, i) => i > start && l.startsWith('* '));
  const topic = lines.slice(start, end).map((l) => l.replace("Will merge to 'master'.", ''));
  const rest = [...lines.slice(0, start), ...lines.slice(end)];
  const graduated = rest.findIndex((l) => l === "[Graduated to 'master']");
  rest.splice(graduated + 2, 0, ...topic);
  return rest.join('\n')
    .replace(/^Subject: .*$/m, `Subject: ${JULY_SUBJECT}`)
    .replace(/^Date: .*$/m, 'Date: Tue, 02 Jul 2024 16:01:00 -0700')
    .replace('<xmqq-june@gitster.g>', '<xmqq-july@gitster.g>');
}

describe('topic-tracking posts', () => {
  it('make each topic a project whose section title is its category', () => {
    const d = deriveMessage(Buffer.from(june), 'mbox');
    expect(d.isReport).toBe(true);
    const byTopic = Object.fromEntries(d.sections.filter((s) => s.projectName.includes('/')).map((s) => [s.projectName, s.title]));
    expect(byTopic).toMatchObject({
      'ds/doc-config-reflow': "Graduated to 'master'",
      'ps/reftable-iter-reuse': 'New Topics',
      'ed/sparse-index-blame': 'Stalled',
      'kn/update-ref-symref': 'Cooking',
    });
    // The categories themselves are not projects.
    expect(d.sections.map((s) => s.projectName)).not.toContain('Cooking');
    // The topic keeps its commit lines as children.
    const kn = d.sections.find((s) => s.projectName === 'kn/update-ref-symref')!;
    expect(kn.items).toHaveLength(1);
    expect(kn.items[0].children.map((c) => c.text)).toContain("update-ref: add support for 'symref-update' command");
  });

  it("show a topic's history moving from Cooking to Graduated", () => {
    const db = openDatabase(':memory:');
    const store = new RawStore(db);
    const list = store.ensureList('http://127.0.0.1/pipermail/git/', 'git');
    const state = (period: string) => ({ period, kind: 'month', start: `${period}-01`, end: null, label: period, size_label: null, text_url: null,
      etag: null, last_modified: null, text_length: null, text_hash: null, tail_hash: null, source: 'mbox' });
    const msg = (period: string, raw: string, id: string) => ({
      period, messageId: id, msgKey: `mid:${id}`, contentHash: id, source: 'mbox' as const, raw: Buffer.from(raw), seq: null, url: null,
      subject: null, authorName: null, authorAddress: null, date: null, inReplyTo: null,
    });
    const ids = [
      ...store.commitPeriod(list.id, state('2024-06'), [msg('2024-06', june, 'xmqq-june@gitster.g')]),
      ...store.commitPeriod(list.id, state('2024-07'), [msg('2024-07', july(), 'xmqq-july@gitster.g')]),
    ];
    new IndexWriter(db).indexMessages(ids);

    const h = projectHistory(db, { project: 'kn/update-ref-symref' });
    expect(h.reports.map((r) => [r.month, r.section])).toEqual([['2024-06', 'Cooking'], ['2024-07', "Graduated to 'master'"]]);
    expect(h.reports[1].items.map((i) => i.status)).toEqual(['changed']);
    expect(listProjects(db).map((p) => p.name)).not.toContain('Cooking');
  });
});
