/** Renderers of `archive export`: one JSON line per report, or CSV rows per item. */
import type { ExportReport } from '../exportRows.js';
import { csvRow } from './csv.js';
import { toJson } from './safeText.js';

/** One JSON object per report (one line each). */
export function exportJsonLine(e: ExportReport): string {
  const r = e.report;
  return toJson({
    project: e.project, section: r.section, list: r.list, lists: r.lists, month: r.month, date: r.date, author: r.author,
    subject: r.subject, url: r.url, messageId: r.messageId,
    items: r.items.map((i) => ({ text: i.text, status: i.status, label: i.label, urls: i.urls, stale: i.stale, children: i.children })),
    dropped: r.dropped, reviews: r.reviews, bugs: r.bugs,
  });
}

export const EXPORT_CSV_HEADER = ['project', 'section', 'list', 'month', 'date', 'author', 'subject', 'url', 'message_id',
  'item', 'status', 'label', 'stale', 'text', 'urls'];

/** One CSV row per item (RFC 4180 quoting), numbered from 1 within its report. */
export function exportCsvRows(e: ExportReport): string[] {
  const r = e.report;
  return r.items.map((i, n) => csvRow([e.project, r.section, r.list, r.month, r.date, r.author, r.subject, r.url, r.messageId,
    n + 1, i.status, i.label, i.stale ? 'yes' : '', i.text, i.urls.join(' ')]));
}
