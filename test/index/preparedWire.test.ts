/**
 * Issue 12.1: a reindex's worker sends each prepared message as a flat array (preparedWire.ts)
 * and the writer builds it again: what the writer reads must be what prepareMessage made, for
 * every kind of message (a report and its derivation as a series' member, a reply, mail packed
 * on the way, a row read with another subject, template or date, a message that fails).
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareMessage, type Prepared, type StoredRow } from '../../src/index/prepareMessage.js';
import { toWire, fromWire } from '../../src/index/preparedWire.js';
import { packRaw, RAW_AS_FETCHED } from '../../src/store/index.js';
import { FIXTURES } from '../support/cli.js';

/** The real posts of a few communities and the sample list of weekly reports, as stored rows read in several ways. */
function rows(): StoredRow[] {
  const files = ['weekly-dev', 'gluster-devel'].flatMap((l) => readdirSync(join(FIXTURES, 'sources', l)).map((f) => join(FIXTURES, 'sources', l, f)))
    .concat(['openbmc', 'reproducible-builds', 'arrow'].flatMap((c) => readdirSync(join(FIXTURES, 'real-corpus', c)).filter((f) => f.endsWith('.eml')).map((f) => join(FIXTURES, 'real-corpus', c, f))));
  return files.map((f, i) => {
    const raw = readFileSync(f);
    const packed = packRaw(raw);
    const row: StoredRow = { id: i + 1, list_id: 1 + (i % 3), source: 'mbox', raw: i % 4 === 0 ? raw : packed.raw, raw_codec: i % 4 === 0 ? RAW_AS_FETCHED : packed.codec };
    // read with the subject, date and In-Reply-To as stored: the derived ones, others, or none
    if (i % 5 !== 0) {
      const p = prepareMessage(row, false).derived!.message;
      Object.assign(row, { subject: p.subject, author_name: p.authorName, author_address: p.authorAddress, date: p.date, in_reply_to: p.inReplyTo });
      if (i % 5 === 1) row.subject = `Weekly status ${i}`;
      if (i % 5 === 2) row.date = null;
      if (i % 5 === 3) row.in_reply_to = 'x@example.org';
    }
    if (i === 7) row.raw_codec = 9; // a codec of a newer version: the derivation fails
    return row;
  });
}

describe('a prepared message sent from a worker to the writer', () => {
  it('comes back as prepareMessage made it, through the structured clone postMessage does', () => {
    const all: Prepared[] = rows().map((r) => prepareMessage(r, true));
    // Not vacuous: every part of a prepared message is there somewhere.
    expect(all.some((p) => !p.derived)).toBe(true);
    expect(all.some((p) => p.asMember)).toBe(true);
    expect(all.some((p) => p.packed)).toBe(true);
    expect(all.some((p) => p.derived?.isReport && p.derived.sections.length > 0)).toBe(true);
    expect(all.some((p) => p.stored && p.stored.subject !== p.derived?.message.subject && p.stored.template)).toBe(true);
    expect(all.some((p) => p.stored && p.stored.row?.date !== p.derived?.message.date)).toBe(true);
    expect(all.some((p) => p.stored?.row?.reply)).toBe(true);
    expect(all.some((p) => p.derived && !p.stored)).toBe(true);
    expect(all.some((p) => p.metaSame) && all.some((p) => p.derived && !p.metaSame)).toBe(true);
    expect(all.some((p) => p.settled)).toBe(true);
    const back = (structuredClone(all.map(toWire)) as ReturnType<typeof toWire>[]).map(fromWire);
    expect(back).toEqual(all);
    for (const p of back) {
      if (p.derived) expect(Buffer.isBuffer(p.derived.search?.packed)).toBe(true);
      if (p.packed) expect(Buffer.isBuffer(p.packed.raw)).toBe(true);
    }
  });
});
