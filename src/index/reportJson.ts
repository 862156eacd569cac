/**
 * How a stored report is written (project_reports.report, migration 11; rebuildable): the JSON
 * of its HistoryReport with each item, review and bug as an array of its fields in their order
 * instead of an object. The same nine item field names, written for every item of every report,
 * were a fifth of the table. Read back, the objects are the same, their fields in the same
 * order (what `query --format json` prints); a report stored as objects before is read as it is.
 *
 * No imports beyond types: the query stage reads stored reports without loading the index.
 */
import type { HistoryItem, HistoryReport, RefOut } from './projectHistory.js';

const ITEM_FIELDS = ['text', 'urls', 'status', 'label', 'carriedFor', 'stale', 'children', 'lines', 'previous'] as const;
const REF_FIELDS = ['url', 'system', 'id'] as const;

type Fields = readonly string[];

/** The object as its fields' values, when it has exactly those fields in that order (else as it is). */
function toRow(o: object, fields: Fields): unknown {
  const keys = Object.keys(o);
  if (keys.length !== fields.length || keys.some((k, i) => k !== fields[i])) return o;
  return fields.map((f) => (o as Record<string, unknown>)[f]);
}

function fromRow<T>(x: unknown, fields: Fields): T {
  if (!Array.isArray(x)) return x as T;
  const o: Record<string, unknown> = {};
  fields.forEach((f, i) => { o[f] = x[i]; });
  return o as T;
}

/** The text stored for a report. */
export function reportToJson(r: HistoryReport): string {
  return JSON.stringify({
    ...r,
    items: r.items.map((it) => toRow(it, ITEM_FIELDS)),
    reviews: r.reviews.map((x) => toRow(x, REF_FIELDS)),
    bugs: r.bugs.map((x) => toRow(x, REF_FIELDS)),
  });
}

/** A stored report, as reportToJson was given it. */
export function reportFromJson(json: string): HistoryReport {
  const r = JSON.parse(json) as HistoryReport;
  r.items = r.items.map((x) => fromRow<HistoryItem>(x, ITEM_FIELDS));
  r.reviews = r.reviews.map((x) => fromRow<RefOut>(x, REF_FIELDS));
  r.bugs = r.bugs.map((x) => fromRow<RefOut>(x, REF_FIELDS));
  return r;
}
