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

// In the order of ITEM_FIELDS and REF_FIELDS. Object literals, not fields assigned one by one: the objects come out with one shape each,
// as JSON.parse makes them, and as fast (the query of a 2,000-report project reads them all).
function itemFrom(x: unknown): HistoryItem {
  if (!Array.isArray(x)) return x as HistoryItem;
  return { text: x[0], urls: x[1], status: x[2], label: x[3], carriedFor: x[4], stale: x[5], children: x[6], lines: x[7], previous: x[8] } as HistoryItem;
}

function refFrom(x: unknown): RefOut {
  if (!Array.isArray(x)) return x as RefOut;
  return { url: x[0], system: x[1], id: x[2] } as RefOut;
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
  r.items = r.items.map(itemFrom);
  r.reviews = r.reviews.map(refFrom);
  r.bugs = r.bugs.map(refFrom);
  return r;
}
