/** CSV output of `archive query`: one row per item (RFC 4180 quoting). */
import type { ProjectHistory } from '../history.js';

/**
 * One CSV cell (RFC 4180). Text that a spreadsheet would take for a formula (a cell starting
 * with = + - @ TAB or CR, "CSV injection") is neutralised the way OWASP recommends: a single
 * quote is put in front and the cell is quoted, so `=HYPERLINK(...)` arrives as the text
 * `'=HYPERLINK(...)`. Numbers are written as they are. Every CSV writer goes through here.
 */
export function csvField(v: unknown): string {
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  let s = v === null || v === undefined ? '' : String(v);
  const formula = /^[=+\-@\t\r]/.test(s);
  if (formula) s = `'${s}`;
  return formula || /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(fields: unknown[]): string {
  return fields.map(csvField).join(',');
}

export function historyToCsv(h: ProjectHistory): string {
  const lines = [csvRow(['project', 'month', 'date', 'author', 'list', 'subject', 'section', 'status', 'label', 'stale', 'text', 'urls', 'url', 'message_id', 'start_line', 'end_line'])];
  for (const r of h.reports) {
    for (const i of r.items) {
      lines.push(csvRow([h.project, r.month, r.date, r.author, r.list, r.subject, r.section, i.status, i.label, i.stale ? 'yes' : '',
        i.text, i.urls.join(' '), r.url, r.messageId, i.lines[0], i.lines[1]]));
    }
    for (const d of r.dropped) {
      lines.push(csvRow([h.project, r.month, r.date, r.author, r.list, r.subject, r.section, 'dropped', '', '', d, '', r.url, r.messageId, '', '']));
    }
  }
  return lines.join('\n') + '\n';
}
