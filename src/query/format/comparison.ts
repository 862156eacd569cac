/** Renderers of `archive query --diff`: text, markdown and CSV of a ReportComparison. */
import type { ComparedReport, ReportComparison } from '../compareReports.js';
import { csvRow } from './csv.js';
import { safeData } from './safeText.js';
import { mdEscape, mdLink } from './markdown.js';

function summary(c: ReportComparison['counts']): string {
  return `${c.added} added, ${c.changed} changed, ${c.carried} carried, ${c.dropped} dropped`;
}

export function comparisonToText(input: ReportComparison, opts: { color: boolean }): string {
  const r = safeData(input);
  const c = (code: string, s: string) => (opts.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const head = (x: ComparedReport) => `${c('1', x.month)}  ${x.author}  ${x.subject} [${x.list}]${x.url ? '  ' + c('36', x.url) : ''}`;
  const out = [c('1', `${r.project}: ${r.from.month} -> ${r.to.month}`), `  from ${head(r.from)}`, `  to   ${head(r.to)}`, ''];
  for (const i of r.items) {
    const mark = i.status === 'added' ? c('32', '+') : i.status === 'changed' ? c('33', '~') : '=';
    out.push(`   ${mark} ${i.text}`);
    if (i.status === 'changed' && i.was) out.push(c('2', `       was: ${i.was}`));
  }
  for (const d of r.dropped) out.push(`   ${c('31', '-')} ${c('2', d)}`);
  out.push('', summary(r.counts));
  return out.join('\n') + '\n';
}

export function comparisonToMarkdown(input: ReportComparison): string {
  const r = safeData(input);
  const esc = mdEscape;
  const link = (x: ComparedReport) => mdLink(esc(x.subject), x.url);
  const out = [`# ${esc(r.project)}: ${r.from.month} → ${r.to.month}`, '', `From ${link(r.from)} to ${link(r.to)}: ${summary(r.counts)}.`, ''];
  for (const i of r.items) {
    const tag = i.status === 'added' ? '**new** ' : i.status === 'changed' ? '**changed** ' : '';
    out.push(`- ${tag}${esc(i.text)}${i.status === 'changed' && i.was ? ` (was: ${esc(i.was)})` : ''}`);
  }
  for (const d of r.dropped) out.push(`- ~~${esc(d)}~~ (dropped)`);
  return out.join('\n') + '\n';
}

export function comparisonToCsv(r: ReportComparison): string {
  const rows = [csvRow(['project', 'from', 'to', 'status', 'text', 'was', 'urls'])];
  for (const i of r.items) rows.push(csvRow([r.project, r.from.month, r.to.month, i.status, i.text, i.was, i.urls.join(' ')]));
  for (const d of r.dropped) rows.push(csvRow([r.project, r.from.month, r.to.month, 'dropped', d, d, '']));
  return rows.join('\n') + '\n';
}
