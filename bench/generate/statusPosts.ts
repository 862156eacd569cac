/**
 * Status posts in the styles of the parser corpus (fixtures/status-corpus, STATUS-STYLES.md):
 * `= X =` sections with review links, markdown `##`, `Done:`/`Next:` labels under `== X ==`,
 * `Label:` headings, headless bullets, setext underlines, git-style `[X]` after a rule, `*X*`.
 * A reporter's series carries its reviews from month to month: some merge, some are dropped,
 * new ones appear, so `archive query` has real history to diff.
 */
import type { Rng } from './prng.js';
import { PROJECTS, REVIEW_HOSTS, paragraph, sentence, type Person } from './vocabulary.js';

export const STYLES = ['equals', 'markdown', 'donenext', 'labels', 'headless', 'setext', 'brackets', 'bold'] as const;
export type Style = (typeof STYLES)[number];

export interface Reporter {
  person: Person;
  handle: string;
  style: Style;
  projects: string[];
  /** Open reviews per project: id and description. */
  open: Map<string, Array<{ id: number; text: string; merged: boolean }>>;
  host: string;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function makeReporter(rng: Rng, person: Person, index: number, nextReview: () => number): Reporter {
  const style = STYLES[index % STYLES.length];
  // Reporter 0 of every list reports on PROJECTS[0] so one project has a long, busy history.
  const projects = [index === 0 ? PROJECTS[0] : PROJECTS[1 + ((index * 7) % (PROJECTS.length - 1))]];
  if (rng.chance(0.6)) projects.push(PROJECTS[1 + ((index * 7 + 3) % (PROJECTS.length - 1))]);
  if (rng.chance(0.3)) projects.push(PROJECTS[1 + ((index * 7 + 5) % (PROJECTS.length - 1))]);
  const open = new Map<string, Array<{ id: number; text: string; merged: boolean }>>();
  for (const p of projects) open.set(p, Array.from({ length: rng.int(2, 5) }, () => ({ id: nextReview(), text: sentence(rng, rng.int(3, 7)).slice(0, -1), merged: false })));
  // The handle people sign series with, as `jdarcy` for Jeff Darcy: their initial and last name, so
  // the parser sees that a subject like `jdarcy status (May 2015)` names the writer, not a project,
  // and takes the projects from the post's headings (`= NSR =`).
  const words = person.name.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').toLowerCase().split(/[^a-z]+/).filter(Boolean);
  const handle = (words.length > 1 ? `${words[0][0]}${words[words.length - 1]}` : person.address.split('@')[0].replace(/[^a-z]/g, '').slice(0, 8)) || 'dev';
  return { person, handle, style, projects: [...new Set(projects)], open, host: REVIEW_HOSTS[index % REVIEW_HOSTS.length] };
}

/** Advance the series one report: merged items leave, some merge now, new ones appear. */
function advance(rng: Rng, r: Reporter, nextReview: () => number): void {
  for (const [p, items] of r.open) {
    const kept = items.filter((x) => !x.merged && !rng.chance(0.05));
    for (const x of kept) if (rng.chance(0.25)) x.merged = true;
    const add = rng.int(0, 2);
    for (let i = 0; i < add; i++) kept.push({ id: nextReview(), text: sentence(rng, rng.int(3, 7)).slice(0, -1), merged: false });
    if (kept.length === 0) kept.push({ id: nextReview(), text: sentence(rng, 4).slice(0, -1), merged: false });
    r.open.set(p, kept.slice(-8));
  }
}

export interface StatusPost {
  subject: string;
  body: string;
}

export function statusPost(rng: Rng, r: Reporter, year: number, month: number, nextReview: () => number): StatusPost {
  advance(rng, r, nextReview);
  const label = `${MONTH_NAMES[month]} ${year}`;
  const ym = `${year}-${String(month + 1).padStart(2, '0')}`;
  const url = (id: number): string => `${r.host}${id}${r.host.endsWith('#/c/') ? '/' : ''}`;
  const mark = (x: { merged: boolean }): string => (x.merged ? ' (merged)' : '');
  const greeting = rng.chance(0.5) ? `Hi all,\n\n${paragraph(rng, rng.int(15, 40))}\n\n` : '';
  const sign = `\nThanks,\n${r.person.name.split(' ')[0]}\n`;
  const lines: string[] = [];
  const items = (p: string): Array<{ id: number; text: string; merged: boolean }> => r.open.get(p) ?? [];
  switch (r.style) {
    case 'equals': {
      if (r.projects.length > 1) lines.push('= Contents =', '', ...r.projects.map((p) => ` * ${p}\n`), '');
      for (const p of r.projects) {
        lines.push(`= ${p} =`, '', paragraph(rng, rng.int(20, 50)), '');
        for (const x of items(p)) lines.push(` * ${url(x.id)} ${x.text}${mark(x)}`, '');
      }
      return { subject: `${r.handle} status (${label})`, body: greeting + lines.join('\n') + sign };
    }
    case 'markdown': {
      for (const p of r.projects) {
        lines.push(`## ${p}`, '');
        for (const x of items(p)) lines.push(`- ${x.text}${mark(x)}: ${url(x.id)}`);
        lines.push(`- [Bug ${1100000 + (x0(items(p)) % 99999)}](https://bugzilla.redhat.com/show_bug.cgi?id=${1100000 + (x0(items(p)) % 99999)}) ${sentence(rng, 4)}`, '');
      }
      return { subject: `${r.projects[0]} monthly update, ${label}`, body: greeting + lines.join('\n') + sign };
    }
    case 'donenext': {
      for (const p of r.projects) {
        lines.push(`== ${p} ==`, 'Done:');
        for (const x of items(p).filter((y) => y.merged)) lines.push(`* ${x.text}`, `  ${url(x.id)}`);
        if (!items(p).some((y) => y.merged)) lines.push(`* ${sentence(rng, 5)}`);
        lines.push('Next:');
        for (const x of items(p).filter((y) => !y.merged)) lines.push(`* ${x.text}`, `  ${url(x.id)}`);
        lines.push('');
      }
      return { subject: `[${r.projects[0].toLowerCase().replace(/\s+/g, '-')}] Weekly update (${label})`, body: greeting + lines.join('\n') + sign };
    }
    case 'labels': {
      lines.push(`Current Progress:`);
      for (const p of r.projects) for (const x of items(p)) lines.push(`  * ${p}: ${x.text}${mark(x)} - ${url(x.id)}`);
      lines.push('', 'Next Steps:', `  * ${sentence(rng, 6)}`, `  * ${sentence(rng, 5)}`, '');
      return { subject: `${r.projects[0]} status report ${ym}`, body: greeting + lines.join('\n') + sign };
    }
    case 'headless': {
      for (const p of r.projects) for (const x of items(p)) lines.push(` * ${p}: ${x.text}${mark(x)}`, `   ${url(x.id)}`);
      return { subject: `${r.projects[0]} status update (${ym})`, body: greeting + lines.join('\n') + '\n' + sign };
    }
    case 'setext': {
      for (const p of r.projects) {
        lines.push(p, '-'.repeat(p.length), '');
        for (const x of items(p)) lines.push(`* ${x.text}${mark(x)}`, `  ${url(x.id)}`);
        lines.push('');
      }
      return { subject: `${r.projects[0]} team update for ${label}`, body: greeting + lines.join('\n') + sign };
    }
    case 'brackets': {
      lines.push(`Here are the topics that have been cooking.  Commits prefixed with '-' are`, `only in 'seen' while commits prefixed with '+' are in 'next'.`, '', '-'.repeat(60));
      for (const p of r.projects) {
        lines.push(`[${p}]`, '');
        for (const x of items(p)) {
          lines.push(`* ${r.handle}/${x.text.toLowerCase().split(' ').slice(0, 3).join('-')} (${ym}-${String(rng.int(1, 28)).padStart(2, '0')}) ${rng.int(1, 9)} commits`);
          lines.push(` - ${x.text}`, '', ` ${sentence(rng, 8)}`, ` ${x.merged ? "Will merge to 'master'." : 'Needs review.'}`, ` source: <${x.id}.${r.handle}@example.org>`, '');
        }
        lines.push('-'.repeat(60));
      }
      return { subject: `What's cooking in ${r.projects[0]} (${label})`, body: lines.join('\n') + '\n' };
    }
    case 'bold': {
      for (const p of r.projects) {
        lines.push(`*${p}*`, '');
        for (const x of items(p)) lines.push(` * ${x.text}${mark(x)} ( ${url(x.id)} )`);
        lines.push('');
      }
      return { subject: `${r.projects[0]} progress report - ${label}`, body: greeting + lines.join('\n') + sign };
    }
  }
}

function x0(xs: Array<{ id: number }>): number {
  return xs[0]?.id ?? 1;
}
