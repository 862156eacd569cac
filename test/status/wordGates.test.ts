/**
 * The word gates of detection (src/status/wordMask.ts and the gate words in detectReport.ts) only
 * spare work: wherever a gated pattern matches a real post's subject, sender, opening or body, its
 * gate lets it be tried.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadRealCorpus } from '../../scripts/eval/corpus.js';
import { readStoredMessage } from '../../src/index/index.js';
import { wordGateMisses } from '../../src/status/detectReport.js';
import { scanText, wordMask, wordTable } from '../../src/status/wordMask.js';

const posts = loadRealCorpus(join(__dirname, '..', '..', 'fixtures', 'real-corpus')).map((p) => readStoredMessage(p.raw, 'mbox'));

describe('wordMask', () => {
  it('tells which groups of whole words a text holds, whatever their case', () => {
    const t = wordTable([['status', 'update'], ['minutes'], ['v']]);
    expect(wordMask('Weekly STATUS: all done', t)).toBe(0b001);
    expect(wordMask('Meeting minutes (2024-06-12)', t)).toBe(0b010);
    // a word is a run of ASCII letters: digits, `_`, `-` and accented letters part words
    expect(wordMask('[PATCH v2 1/3] fix', t)).toBe(0b100);
    expect(wordMask('v2_update-minutes', t)).toBe(0b111);
    expect(wordMask('statuses, updated, minutesXY', t)).toBe(0);
    // (only what lies before `end` is read: a word cut there is a shorter word)
    expect(wordMask('status report', t, 4)).toBe(0);
    expect(wordMask('minutes of', t, 7)).toBe(0b010);
  });

  it('reads a text and its first characters in one pass, and marks the characters it is told to', () => {
    const t = wordTable([['status'], ['report']]);
    const flags = new Uint8Array(65536);
    flags[0xfffd] = 1;
    expect(scanText('Status report\nnext', t, 6, flags, 100)).toEqual({ prefix: 0b01, all: 0b11, flagged: false });
    // (a word cut at `cut` is that much of a word in the prefix)
    expect(scanText('reporter status', t, 6, flags, 100)).toEqual({ prefix: 0b10, all: 0b01, flagged: false });
    expect(scanText('status \ufffd', t, 3, flags, 100).flagged).toBe(true);
    expect(scanText('status \ufffd', t, 3, flags, 7).flagged).toBe(false);
  });
});

describe('word gates', () => {
  it('let every pattern be tried on the real posts where it matches', () => {
    const misses: string[] = [];
    const check = (what: string, text: string) => {
      for (const m of wordGateMisses(text)) misses.push(`${what}: ${m}: ${text.slice(0, 80)}`);
    };
    for (const m of posts) {
      check('subject', m.subject);
      check('subject', m.subject.toUpperCase());
      if (m.authorAddress) check('sender', `${m.authorName ?? ''} <${m.authorAddress}>`);
      const own = m.cleanText.split('\n').filter((l) => l.trim() !== '' && !/^\s*>/.test(l));
      check('opening', own.slice(0, 6).join(' ').slice(0, 600));
      check('body', own.join('\n').slice(0, 8000));
      for (const l of own.slice(0, 40)) check('line', l);
    }
    expect(misses).toEqual([]);
    expect(posts.length).toBeGreaterThan(1500);
    // (every pattern on every real post: ~20 s for 3,000 posts on 2 cores, more when the machine is
    // busy and as the corpus grows; the timeout only catches a hang)
  }, 180_000);

  it('let patterns be tried on the words they are made of', () => {
    // a pattern's own words, in the forms that reach it (one case each, in a subject, an opening)
    for (const text of [
      'Weekly status report', 'What\'s cooking in git.git (Jun 2024, #05)', 'Bits from the DPL', 'Release countdown',
      '3.7.0b2 in 2 days', '1.8.4 release delayed', 'linux-next: Tree for Jun 12', 'Reported regressions for 6.9',
      'This Week in Rust 540', 'GSoC week 3 report', 'Zápis ze schůzky', 'Zapis zo Skype schodzky', 'Stand der Dinge',
      'New developments in Total Open Station', 'BIOS update', 'UpdateService status 503', '[PATCH v3 2/7] x86: fix',
      'Re: [ANN] foo 1.2', 'Call for papers', 'kernel BUG at mm/slub.c', 'Jobs at ACME', 'Board meeting Friday at 10am',
      'CDM next Wednesday', 'Proposal: [tech topic] foo', 'please pull from the repository at', 'Minutes of the meeting',
      'The following changes since commit 1234abcd', 'has been updated to version 49', 'Here is our weekly status update',
    ]) {
      expect(wordGateMisses(text), text).toEqual([]);
      expect(wordGateMisses(text.toUpperCase()), text).toEqual([]);
    }
  });
});
