/**
 * Per-post snapshots of what the parse path made of each labelled post, and their difference:
 * the check a rule gets before it is kept (`npm run eval -- --set tuning --snapshot before.tsv`,
 * change the parser, `npm run eval -- --set tuning --diff before.tsv`). A rule that loses as much
 * as it finds shows here, post by post, where the totals would hide it.
 */
import type { PostResult } from './score.js';

export interface SnapshotRow {
  name: string;
  /** The verdict with the subject and from the body alone: `taken` or `-`. */
  verdict: string;
  body: string;
  /** Whether the project names are right (`right`, `wrong`, or `-` when not judged), and which. */
  project: string;
  projects: string;
  titlesMissed: number;
  refsMissed: number;
  /** `report` or `not`: the label, for telling a gain from a loss. */
  label: string;
}

export function snapshotRow(r: PostResult): SnapshotRow {
  return {
    name: r.post.name,
    label: r.post.label.isReport ? 'report' : 'not',
    verdict: r.got.isReport ? 'taken' : '-',
    body: r.bodyAlone ? 'taken' : '-',
    project: r.projectRight === null ? '-' : r.projectRight ? 'right' : 'wrong',
    projects: r.projectsGot.slice(0, 8).join(','),
    titlesMissed: r.titlesMissed.length,
    refsMissed: r.refsMissed.length,
  };
}

const FIELDS: Array<keyof SnapshotRow> = ['name', 'label', 'verdict', 'body', 'project', 'projects', 'titlesMissed', 'refsMissed'];

/** One tab-separated line per post (tabs and newlines in names replaced), with a header line. */
export function formatSnapshot(rows: SnapshotRow[]): string {
  const clean = (v: unknown) => String(v).replace(/[\t\r\n]+/g, ' ');
  return [FIELDS.join('\t'), ...rows.map((r) => FIELDS.map((f) => clean(r[f])).join('\t'))].join('\n') + '\n';
}

/** A snapshot written by formatSnapshot; throws with the line that is not one. */
export function parseSnapshot(text: string): Map<string, SnapshotRow> {
  const lines = text.split('\n').filter((l) => l.trim());
  if (lines[0] !== FIELDS.join('\t')) throw new Error('not an eval snapshot (its first line is not the header --snapshot writes)');
  const out = new Map<string, SnapshotRow>();
  for (const [i, line] of lines.slice(1).entries()) {
    const v = line.split('\t');
    if (v.length !== FIELDS.length) throw new Error(`line ${i + 2} of the snapshot has ${v.length} fields, not ${FIELDS.length}`);
    out.set(v[0], { name: v[0], label: v[1], verdict: v[2], body: v[3], project: v[4], projects: v[5], titlesMissed: Number(v[6]), refsMissed: Number(v[7]) });
  }
  return out;
}

export interface SnapshotDiff {
  /** One line per changed post: what changed, before -> after. */
  changes: string[];
  /** Net gains (+) and losses (-) in each measure. */
  verdicts: number; bodyVerdicts: number; projects: number; titles: number; refs: number;
  added: number; removed: number;
}

/** What changed between two snapshots of the same posts. */
export function diffSnapshots(before: Map<string, SnapshotRow>, after: SnapshotRow[]): SnapshotDiff {
  const d: SnapshotDiff = { changes: [], verdicts: 0, bodyVerdicts: 0, projects: 0, titles: 0, refs: 0, added: 0, removed: 0 };
  const seen = new Set<string>();
  const right = (label: string, v: string) => (label === 'report') === (v === 'taken');
  for (const a of after) {
    seen.add(a.name);
    const b = before.get(a.name);
    if (!b) {
      d.added++;
      continue;
    }
    const what: string[] = [];
    if (b.verdict !== a.verdict) {
      d.verdicts += right(a.label, a.verdict) ? 1 : -1;
      what.push(`${a.label} ${b.verdict} -> ${a.verdict}`);
    }
    if (b.body !== a.body) {
      d.bodyVerdicts += right(a.label, a.body) ? 1 : -1;
      what.push(`body alone ${b.body} -> ${a.body}`);
    }
    if (b.project !== a.project || b.projects !== a.projects) {
      if (b.project !== a.project && a.project !== '-' && b.project !== '-') d.projects += a.project === 'right' ? 1 : -1;
      what.push(`projects ${b.project} [${b.projects}] -> ${a.project} [${a.projects}]`);
    }
    if (b.titlesMissed !== a.titlesMissed) {
      d.titles += b.titlesMissed - a.titlesMissed;
      what.push(`titles missed ${b.titlesMissed} -> ${a.titlesMissed}`);
    }
    if (b.refsMissed !== a.refsMissed) {
      d.refs += b.refsMissed - a.refsMissed;
      what.push(`refs missed ${b.refsMissed} -> ${a.refsMissed}`);
    }
    if (what.length) d.changes.push(`${a.name}: ${what.join('; ')}`);
  }
  for (const name of before.keys()) if (!seen.has(name)) d.removed++;
  return d;
}
