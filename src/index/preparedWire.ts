/**
 * How a reindex's worker sends a prepared message to the writer (deriveWorker.ts ->
 * derivePool.ts): one flat array per message instead of the nested objects of `Prepared`, and
 * the same `Prepared` back on the writer's side.
 *
 * Why: postMessage copies with V8's structured clone, which writes every object's keys with it
 * and reads them back one by one: for the eight small objects of a prepared message that was
 * most of the copy, ~3.6 us a message in the worker and ~4.9 us in the writer on the bench's
 * mail; as arrays ~2.4 and ~3.1, building the objects again included (issue 12.1). What is
 * the same twice (the stored subject, template and date, mostly the derived ones; the message
 * and search text of the derivation as a series' member) is sent once. A report's sections go
 * as they are (a few messages in a hundred have any).
 */
import type { Prepared, Written } from './prepareMessage.js';
import type { DerivedSection } from './deriveMessage.js';
import type { SeriesTemplate } from '../status/index.js';

/** Flags of a prepared message on the wire. */
const IS_REPORT = 1;
const SETTLED = 2;
const META_SAME = 4;
const STORED = 8;
const STORED_REPLY = 16;
const STORED_SUBJECT_SAME = 32;
const STORED_TEMPLATE_SAME = 64;
const STORED_DATE_SAME = 128;
const MEMBER = 256;
const MEMBER_IS_REPORT = 512;

/** A message whose derivation failed: its id and list. */
type FailedWire = [id: number, listId: number];

type DerivedWire = [
  id: number, listId: number, flags: number,
  subject: string, authorName: string, authorAddress: string | null, date: string | null, inReplyTo: string | null,
  text: string, textPacked: Uint8Array,
  reason: string, baseScore: number, sections: DerivedSection[] | 0, parserVersion: number,
  templateKey: string | null, templateName: string | null,
  /** The stored subject, template and date where they differ from the derived ones (see the flags). */
  storedSubject: string | null, storedTemplate: [key: string, name: string] | null, storedDate: string | null,
  /** The derivation as a member of a series of reports (asMember): what differs from the first one. */
  memberName: string | null, memberReason: string | null, memberBaseScore: number, memberSections: DerivedSection[] | 0, memberParserVersion: number,
  /** The raw bytes packed (Prepared.packed), or null. */
  packedRaw: Uint8Array | null, packedCodec: number,
];

export type PreparedWire = FailedWire | DerivedWire;

/** A prepared message as the worker sends it. */
export function toWire(p: Prepared): PreparedWire {
  const d = p.derived;
  if (!d) return [p.id, p.listId];
  if (!d.search) throw new Error('a prepared message is sent with its search text');
  const m = d.message;
  const t = p.template ?? null;
  const s = p.stored;
  const a = p.asMember;
  let flags = (d.isReport ? IS_REPORT : 0) | (p.settled ? SETTLED : 0) | (p.metaSame ? META_SAME : 0);
  let storedSubject: string | null = null;
  let storedTemplate: [string, string] | null = null;
  let storedDate: string | null = null;
  if (s) {
    flags |= STORED;
    if (s.row?.reply) flags |= STORED_REPLY;
    if (s.subject === m.subject) flags |= STORED_SUBJECT_SAME;
    else storedSubject = s.subject;
    if (s.template === t) flags |= STORED_TEMPLATE_SAME;
    else storedTemplate = s.template && [s.template.key, s.template.name];
    if (s.row?.date === m.date) flags |= STORED_DATE_SAME;
    else storedDate = s.row?.date ?? null;
  }
  if (a) flags |= MEMBER | (a.derived.isReport ? MEMBER_IS_REPORT : 0);
  return [
    p.id, p.listId, flags,
    m.subject, m.authorName, m.authorAddress, m.date, m.inReplyTo,
    d.search.text, d.search.packed,
    d.reason, d.baseScore, d.sections.length ? d.sections : 0, d.parserVersion,
    t ? t.key : null, t ? t.name : null,
    storedSubject, storedTemplate, storedDate,
    a ? a.name : null, a ? a.derived.reason : null, a ? a.derived.baseScore : 0, a && a.derived.sections.length ? a.derived.sections : 0, a ? a.derived.parserVersion : 0,
    p.packed ? p.packed.raw : null, p.packed ? p.packed.codec : 0,
  ];
}

/** Buffers come back as plain Uint8Arrays: the writer binds Buffers (no copy). */
function asBuffer(u: Uint8Array): Buffer {
  return Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength);
}

/** The prepared message a worker sent, as prepareMessage made it. */
export function fromWire(w: PreparedWire): Prepared {
  if (w.length === 2) return { id: w[0], listId: w[1] };
  const [id, listId, flags, subject, authorName, authorAddress, date, inReplyTo, text, textPacked, reason, baseScore, sections, parserVersion,
    templateKey, templateName, storedSubject, storedTemplate, storedDate, memberName, memberReason, memberBaseScore, memberSections, memberParserVersion,
    packedRaw, packedCodec] = w;
  const message = { subject, authorName, authorAddress, date, inReplyTo };
  const search = { text, packed: asBuffer(textPacked) };
  const derived: Written = { message, search, isReport: (flags & IS_REPORT) !== 0, reason, baseScore, sections: sections || [], parserVersion };
  const template: SeriesTemplate | null = templateKey === null ? null : { key: templateKey, name: templateName! };
  const p: Prepared = { id, listId, derived, template, settled: (flags & SETTLED) !== 0, metaSame: (flags & META_SAME) !== 0 };
  if (flags & STORED) {
    p.stored = {
      subject: flags & STORED_SUBJECT_SAME ? subject : storedSubject,
      template: flags & STORED_TEMPLATE_SAME ? template : storedTemplate && { key: storedTemplate[0], name: storedTemplate[1] },
      row: { listId, date: flags & STORED_DATE_SAME ? date : storedDate, reply: (flags & STORED_REPLY) !== 0 },
    };
  }
  if (flags & MEMBER) {
    p.asMember = {
      name: memberName!,
      derived: { message, search, isReport: (flags & MEMBER_IS_REPORT) !== 0, reason: memberReason!, baseScore: memberBaseScore, sections: memberSections || [], parserVersion: memberParserVersion },
    };
  }
  if (packedRaw) p.packed = { raw: asBuffer(packedRaw), codec: packedCodec };
  return p;
}
