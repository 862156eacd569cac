/**
 * `npm run eval -- --snapshot F` / `--diff F`: per-post snapshots of the real corpus and what
 * changed between two, the check each parser rule gets before it is kept.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadRealCorpus } from '../../scripts/eval/corpus.js';
import { scorePost, labelNames, refMatches, titleKey } from '../../scripts/eval/score.js';
import { snapshotRow, formatSnapshot, parseSnapshot, diffSnapshots, type SnapshotRow } from '../../scripts/eval/snapshot.js';
import { FIXTURES } from '../support/cli.js';

const posts = loadRealCorpus(join(FIXTURES, 'real-corpus')).filter((p) => p.community === 'flashrom' || p.community === 'landlock');

describe('eval snapshots', () => {
  const rows = posts.map((p) => snapshotRow(scorePost(p).withSubject));

  it('read back what they wrote, one line per post', () => {
    expect(rows.length).toBeGreaterThanOrEqual(10);
    const back = parseSnapshot(formatSnapshot(rows));
    expect([...back.values()]).toEqual(rows);
    expect(diffSnapshots(back, rows).changes).toEqual([]);
  });

  it('tell gains from losses, post by post', () => {
    const report = rows.find((r) => r.label === 'report' && r.verdict === 'taken' && r.project === 'right') as SnapshotRow;
    expect(report).toBeDefined();
    // the snapshot before a change that found this report, named it and read two more refs
    const before = new Map(rows.map((r) => [r.name, r.name === report.name ? { ...r, verdict: '-', project: 'wrong', projects: 'x', refsMissed: r.refsMissed + 2 } : r]));
    const d = diffSnapshots(before, rows);
    expect(d.changes).toHaveLength(1);
    expect(d.changes[0]).toContain(`${report.name}: report - -> taken`);
    expect([d.verdicts, d.projects, d.refs, d.titles]).toEqual([1, 1, 2, 0]);
    // and the other way round: a loss
    const lost = diffSnapshots(new Map(rows.map((r) => [r.name, r])), rows.map((r) => (r.name === report.name ? { ...r, verdict: '-' } : r)));
    expect(lost.verdicts).toBe(-1);
  });

  it('refuse a file that is not one', () => {
    expect(() => parseSnapshot('name\tlabel\n')).toThrow(/not an eval snapshot/);
  });
});

describe('the names a label accepts', () => {
  it('takes a one-word alias in parentheses, or the name without it, never a gloss of several words or a number', () => {
    expect(labelNames('W3C XML Processing Model WG (XProc)')).toEqual(['W3C XML Processing Model WG (XProc)', 'W3C XML Processing Model WG', 'XProc', 'WXPMW']);
    expect(labelNames('ILUG-Kolkata (ilug-cal)')).toEqual(['ILUG-Kolkata (ilug-cal)', 'ILUG-Kolkata', 'ilug-cal']);
    expect(labelNames('QEMU AVX support in TCG (GSoC 2019)')).toEqual(['QEMU AVX support in TCG (GSoC 2019)', 'QEMU AVX support in TCG']);
    expect(labelNames('OpenOCD (2009)')).toEqual(['OpenOCD (2009)', 'OpenOCD']);
    expect(labelNames('Linux Australia')).toEqual(['Linux Australia']);
  });

  it('takes the name without its legal form (an association\'s registration, not its name; since round 92)', () => {
    expect(labelNames('LeineLab e.V.')).toEqual(['LeineLab e.V.', 'LeineLab']);
    expect(labelNames('Hackspace Jena e. V.')).toEqual(['Hackspace Jena e. V.', 'Hackspace Jena']);
    expect(labelNames('Haiku, Inc.')).toEqual(['Haiku, Inc.', 'Haiku']);
    // (not a name that is only a legal form, nor a word that ends so)
    expect(labelNames('Rinc')).toEqual(['Rinc']);
  });

  it('takes the initials of a name of three to six capitalised words (since round 228)', () => {
    expect(labelNames('One Laptop per Child')).toEqual(['One Laptop per Child', 'OLPC']);
    expect(labelNames('Django Software Foundation')).toEqual(['Django Software Foundation', 'DSF']);
    // (not a description, nor a name of two words)
    expect(labelNames('Remote Lab West upgrade')).toEqual(['Remote Lab West upgrade']);
    expect(labelNames('Linux Australia')).toEqual(['Linux Australia']);
  });
});

describe('the refs a label matches', () => {
  const jira = (key: string) => ({ url: key, system: 'other', kind: 'bug', id: key, key: `jira/${key}` }) as Parameters<typeof refMatches>[1][number];
  it('takes a tracker key the label writes after its tracker (`other:w3c-ISSUE-2042`)', () => {
    expect(refMatches('other:w3c-ISSUE-2042', [jira('ISSUE-2042')])).toBe(true);
    expect(refMatches('other:osoa-jira-BPEL-15', [jira('BPEL-15')])).toBe(true);
    expect(refMatches('other:w3c-ISSUE-2042', [jira('ISSUE-204')])).toBe(false);
    expect(refMatches('other:w3c-ISSUE-2042', [jira('2042')])).toBe(false);
  });

  it("takes a Roundup tracker's `issueN` the label writes after its tracker (`other:darcs-bts issue540`, round 219)", () => {
    const roundup = (n: string) => ({ url: `issue${n}`, system: 'other', kind: 'bug', id: n, key: `roundup/issue${n}` }) as Parameters<typeof refMatches>[1][number];
    expect(refMatches('other:darcs-bts issue540', [roundup('540')])).toBe(true);
    expect(refMatches('other:darcs-bts issue540', [roundup('54')])).toBe(false);
    expect(refMatches('other:darcs-bts tissue540', [roundup('540')])).toBe(false);
  });
});

describe('the titles a label matches', () => {
  it('leaves out a heading\'s number or letter, not a word that starts with a capital (round 39, RIPE minutes)', () => {
    expect(titleKey('1. Opening')).toBe('opening');
    expect(titleKey('IV) Reports')).toBe('reports');
    expect(titleKey('A. Administrative Matters')).toBe('administrative matters');
    expect(titleKey('B1. Recent list Discussion')).toBe('recent list discussion');
    expect(titleKey('A Plan')).toBe('a plan');
    expect(titleKey('Z. Zebra')).toBe('z zebra');
  });

  it('leaves out a MediaWiki page\'s edit link after a title, which some labels keep (parser 172)', () => {
    expect(titleKey('Tech Team Report - Kate[edit]')).toBe(titleKey('Tech Team Report - Kate'));
    expect(titleKey('Financial status [edit]')).toBe('financial status');
    expect(titleKey('How to edit')).toBe('how to edit');
  });

  it('leaves out the link to the meeting\'s log after a topic (round 74, XSF Board minutes)', () => {
    // fixtures/real-corpus/xmpp/2014-11-xsf-board-minutes-20141119: `1) The New Board - http://logs.xmpp.org/...`
    expect(titleKey('1) The New Board - http://logs.xmpp.org/xsf/2014-11-19#16:37:49')).toBe('the new board');
    expect(titleKey('0. Agenda Bashing - http://logs.xmpp.org/xsf/2015-03-16/#16:02:59')).toBe('agenda bashing');
    // (a title that is only a link stays one)
    expect(titleKey('http://example.org/x')).toBe('http example org x');
  });
});
