/** The terminal timeline of `archive query`: month, author, subject, link; items with +/~/= markers. */
import type { ProjectHistory } from '../history.js';
import { safeData } from './safeText.js';

export interface TextStyle {
  color: boolean;
  width: number;
  /** Show only the last this many reports of a history (with a line saying how many more there are). */
  last?: number;
}

const ANSI = { bold: '\x1b[1m', dim: '\x1b[2m', green: '\x1b[32m', yellow: '\x1b[33m', red: '\x1b[31m', cyan: '\x1b[36m', reset: '\x1b[0m' };

function wrap(text: string, width: number, indent: string): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && (indent.length + line.length + 1 + w.length) > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : indent + l)).join('\n');
}

export function historyToText(input: ProjectHistory, style: TextStyle): string {
  // Only what is shown is made safe for a terminal (a long history is mostly not shown).
  const total = (input.earlier ?? 0) + input.reports.length;
  const h = safeData({ ...input, reports: style.last !== undefined && input.reports.length > style.last ? input.reports.slice(-style.last) : input.reports });
  const c = (code: keyof typeof ANSI, s: string) => (style.color ? ANSI[code] + s + ANSI.reset : s);
  const out: string[] = [];
  // (names that differ only in case are one name to a reader: `OpenBMC Security working group`)
  const spellings = new Map<string, string>();
  for (const n of h.names) if (!spellings.has(n.toLowerCase())) spellings.set(n.toLowerCase(), n);
  const names = spellings.size > 1 ? ` (reported as ${[...spellings.values()].join(', ')})` : '';
  out.push(c('bold', `${h.names[0] ?? h.project}${names}: ${total} report${total === 1 ? '' : 's'}`));
  const legend = `  ${c('green', '+')} added  ${c('yellow', '~')} changed  = carried  ${c('red', '-')} dropped  ${c('dim', '(stale: unchanged in 3+ reports)')}`;
  out.push(legend, '');
  // A person reads the latest reports; the earlier ones are a flag away (statuses are still
  // computed against the whole history).
  const shown = h.reports;
  if (shown.length < total) {
    out.push(c('dim', `  … ${total - shown.length} earlier report(s) not shown (--all shows every one; --since narrows)`), '');
  }
  for (const r of shown) {
    if (r.gapBefore.length) out.push(c('dim', `  … no report in ${r.gapBefore.join(', ')}`), '');
    out.push(`${c('bold', r.month)}  ${r.author}  ${c('dim', r.date ? r.date.replace('T', ' ').slice(0, 16) + ' UTC' : '')}`);
    out.push(`  ${r.subject}${r.lists.length > 1 ? ` [${r.lists.join(', ')}]` : ` [${r.list}]`}`);
    if (r.url) out.push(`  ${c('cyan', r.url)}`);
    if (r.section && r.section !== h.project) out.push(`  section: ${r.section}`);
    let label: string | null = null;
    for (const i of r.items) {
      if (i.label && i.label !== label) out.push(`   ${c('dim', i.label + ':')}`);
      label = i.label;
      const mark = i.status === 'added' ? c('green', '+') : i.status === 'changed' ? c('yellow', '~') : '=';
      const stale = i.stale ? ' ' + c('dim', '(stale)') : '';
      out.push(`   ${mark} ${wrap(i.text, style.width, '     ')}${stale}`);
    }
    for (const d of r.dropped) out.push(`   ${c('red', '-')} ${c('dim', wrap(d, style.width, '     '))}`);
    // a report of prose says what its first lines say
    if (r.items.length === 0 && r.summary) out.push(`   ${wrap(r.summary, style.width, '   ')}`);
    else if (r.items.length === 0 && r.dropped.length === 0) out.push(c('dim', '   (no items)'));
    const refs = [...r.reviews.map((x) => `${x.system} ${x.id}`), ...r.bugs.map((x) => `${x.system} bug ${x.id}`)];
    if (refs.length) out.push(`   ${c('dim', 'refs: ' + refs.join(', '))}`);
    out.push('');
  }
  if (h.mentions.length) {
    out.push(c('bold', 'Mentioned in other sections (not reports):'));
    for (const m of h.mentions) out.push(`  ${m.month}  ${m.author}  under "${m.section}": ${m.text}${m.url ? '  ' + c('cyan', m.url) : ''}`);
    out.push('');
  }
  return out.join('\n');
}
