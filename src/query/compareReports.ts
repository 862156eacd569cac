/**
 * `archive query --project X --diff FROM..TO`: the project's report of month FROM compared
 * directly with its report of month TO (the last report of each month when there are several),
 * by the same rule as the history (diffItems: review identity, then word similarity).
 */
import type { Db } from '../store/index.js';
import { ArchiveError } from '../errors.js';
import { classifyUrl, extractUrls } from '../status/index.js';
import { diffItems, type ItemStatus } from './diffItems.js';
import { projectHistory, type HistoryItem, type HistoryReport } from './history.js';
import type { AliasPair } from './projectNames.js';
import { csvRow } from './format/csv.js';
import { safeData } from './format/safeText.js';
import { mdEscape, mdLink } from './format/markdown.js';

export interface CompareQuery {
  project: string;
  from: string;
  to: string;
  list?: string;
  author?: string;
  aliases?: AliasPair[];
}

export interface ComparedReport {
  month: string;
  date: string | null;
  author: string;
  subject: string;
  list: string;
  url: string | null;
  messageId: string | null;
}

export interface ComparedItem {
  text: string;
  urls: string[];
  label: string | null;
  status: ItemStatus;
  /** The FROM item it continues (for changed and carried items), else null. */
  was: string | null;
}

export interface ReportComparison {
  project: string;
  names: string[];
  from: ComparedReport;
  to: ComparedReport;
  items: ComparedItem[];
  dropped: string[];
  counts: { added: number; changed: number; carried: number; dropped: number };
}

/** Review / bug identities of an item and its sub-items, as the index keys them. */
function refKeys(i: HistoryItem): string[] {
  const urls = [...i.urls, ...i.children.flatMap((c) => extractUrls(c))];
  return [...new Set(urls.map(classifyUrl).filter((r) => r.kind !== 'link').map((r) => r.key))];
}

function brief(r: HistoryReport): ComparedReport {
  return { month: r.month, date: r.date, author: r.author, subject: r.subject, list: r.list, url: r.url, messageId: r.messageId };
}

export function compareReports(db: Db, q: CompareQuery): ReportComparison {
  if (q.from === q.to) throw new ArchiveError('E_USAGE', `--diff needs two different months, got ${q.from}..${q.to}`);
  const h = projectHistory(db, { project: q.project, list: q.list, author: q.author, aliases: q.aliases });
  const pick = (month: string): HistoryReport => {
    const inMonth = h.reports.filter((r) => r.month === month);
    if (inMonth.length === 0) {
      const months = [...new Set(h.reports.map((r) => r.month))];
      throw new ArchiveError('E_NOT_FOUND', `no ${q.project} report in ${month}`, `${q.project} has reports in: ${months.join(', ')}`);
    }
    return inMonth[inMonth.length - 1];
  };
  const a = pick(q.from);
  const b = pick(q.to);
  const diff = diffItems(a.items.map((i) => ({ text: i.text, refKeys: refKeys(i) })), b.items.map((i) => ({ text: i.text, refKeys: refKeys(i) })));
  const items = b.items.map((i, n): ComparedItem => ({
    text: i.text, urls: i.urls, label: i.label, status: diff.status[n], was: diff.previous[n] >= 0 ? a.items[diff.previous[n]].text : null,
  }));
  const dropped = diff.dropped.map((j) => a.items[j].text);
  const count = (s: ItemStatus) => items.filter((i) => i.status === s).length;
  return {
    project: q.project, names: h.names, from: brief(a), to: brief(b), items, dropped,
    counts: { added: count('added'), changed: count('changed'), carried: count('carried'), dropped: dropped.length },
  };
}

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
