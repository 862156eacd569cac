/**
 * Issue 12.1: a reindex's worker derives a post of a series twice, as it is and as a member of a
 * series of reports (src/index/prepareMessage.ts), and the second parse reads the first one's
 * lines, headings and sections (ParseReuse) instead of finding them again. What it derives must be
 * what two separate derivations give, whichever comes first, also when only one of the two is a
 * report (its references are read then, on sections the other derivation shares).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readStoredMessage } from '../../src/index/readMessage.js';
import { deriveRead, type Derived } from '../../src/index/deriveMessage.js';
import { seriesTemplate, type ParseReuse, type SeriesHint } from '../../src/status/index.js';
import { FIXTURES } from '../support/cli.js';

/** What the index writes of a derivation (the message as read is the same object in both). */
function written(d: Derived): unknown {
  return { isReport: d.isReport, reason: d.reason, score: d.score, baseScore: d.baseScore, sections: d.sections };
}

function memberHint(subject: string): SeriesHint {
  return { name: seriesTemplate(subject)!.name, count: 3, reportShare: 1, pin: null };
}

// Real posts (fixtures/real-corpus, sources beside them): a report only with a series' weight,
// whose sections cite six or more references (MicroPython on micro:bit's `Important: towards version 0.9, 1.0 and
// 1.1`, which its label calls a proposal: what is tested is that the two derivations agree, not the verdict; until
// parser 67 OASIS UBL TC's minutes of a `VOTING MEETING`, until parser 62 ImageJ's `2.0.0-beta6 release in progress`, which a release's status now makes a report
// by itself); a look-alike of a weekly series (a GSoC student's links to a blog); a report either way.
const POSTS = ['microbit/2015-11-important-towards-version-0-9-1-0-and-1-1.eml', 'gsoc/2022-06-gsoc-week-2-status-update-blog-links.eml', 'gluster/2014-10-jdarcy-status.eml'];

describe('a post derived twice with one parse structure (issue 12.1)', () => {
  for (const file of POSTS) {
    it(`derives ${file} as two separate derivations do, in either order`, () => {
      const m = readStoredMessage(readFileSync(join(FIXTURES, 'real-corpus', file)), 'mbox', null);
      const hint = memberHint(m.subject);
      const alone = deriveRead(m);
      const asMember = deriveRead(m, () => hint);
      const first: ParseReuse = {};
      expect(written(deriveRead(m, undefined, first))).toEqual(written(alone));
      expect(first.structure).toBeDefined();
      expect(written(deriveRead(m, () => hint, first))).toEqual(written(asMember));
      const other: ParseReuse = {};
      expect(written(deriveRead(m, () => hint, other))).toEqual(written(asMember));
      expect(written(deriveRead(m, undefined, other))).toEqual(written(alone));
    });
  }

  it('reads references only for the derivation that is a report, from the same sections', () => {
    const m = readStoredMessage(readFileSync(join(FIXTURES, 'real-corpus', POSTS[0])), 'mbox', null);
    const reuse: ParseReuse = {};
    const plain = deriveRead(m, undefined, reuse);
    expect(plain.isReport).toBe(false);
    expect(reuse.structure!.refs).toBeUndefined();
    const member = deriveRead(m, () => memberHint(m.subject), reuse);
    expect(member.isReport).toBe(true);
    const refs = member.sections.flatMap((s) => [...s.refs, ...s.items.flatMap((i) => i.refs)]);
    expect(refs.length).toBeGreaterThanOrEqual(6);
    expect(reuse.structure!.refs).toBeDefined();
  });

  it('finds the structure again for another body given the same reuse object', () => {
    const a = readStoredMessage(readFileSync(join(FIXTURES, 'real-corpus', POSTS[0])), 'mbox', null);
    const b = readStoredMessage(readFileSync(join(FIXTURES, 'real-corpus', POSTS[2])), 'mbox', null);
    const reuse: ParseReuse = {};
    deriveRead(a, undefined, reuse);
    expect(written(deriveRead(b, undefined, reuse))).toEqual(written(deriveRead(b)));
  });
});
