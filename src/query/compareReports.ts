/**
 * `archive query --project X --diff FROM..TO`: the project's report of month FROM compared
 * directly with its report of month TO (the last report of each month when there are several),
 * by the same rule as the history (diffItems: review identity, then word similarity).
 */
import type { Db } from '../store/index.js';
import { ArchiveError } from '../errors.js';
import { classifyUrl } from '../status/reviewUrl.js'; // not the folder index: a query need not load the parser
import { extractUrls } from '../status/urls.js';
import { diffItems, type ItemStatus } from '../index/diffItems.js';
import { projectHistory, type HistoryItem, type HistoryReport } from './history.js';
import type { AliasPair } from './projectNames.js';

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
