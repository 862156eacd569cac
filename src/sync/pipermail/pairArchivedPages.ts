/**
 * Give each message of a period text archive its archived page URL. Pipermail numbers pages in
 * arrival order, which is also the order of the period's mbox, so the k-th message (by sequence)
 * of date.html is the k-th message of the text; each pairing is confirmed by subject and author,
 * and a message that does not match its position is looked up by subject and author instead. Pure.
 *
 * What is verified: every URL returned is one date.html lists, for an entry whose subject and
 * author match the message's (read again as UTF-8 where the page shows UTF-8 bytes as Latin-1;
 * the author by its ASCII letters where the page lost the others). The numbers alone are never
 * trusted: they are per list, not per period (a late message takes one among the next period's;
 * see pipermailSource.ts), so a URL is never derived from a message's position without its
 * period's date.html.
 */
import type { PeriodIndexEntry } from '../../pipermail/index.js';

export interface PairableMessage {
  subject: string;
  authorName: string;
}

export function normalizeSubject(s: string): string {
  return s
    .replace(/^\s*(\[[^\]]*\]\s*)*/, '')
    .replace(/^((re|aw|sv|vs|fwd?)\s*(\[\d+\])?\s*:\s*)+/i, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

function normalizeAuthor(s: string): string {
  return s.replace(/\s+at\s+/g, '@').replace(/[^\p{L}\p{N}@.]/gu, '').toLowerCase();
}

/**
 * The name's ASCII letters and digits only: pages lose non-ASCII in names where the text keeps
 * them (an us-ascii list writes `Hern?ndez`, UTF-8 read as Latin-1 gives `HernÃ¡ndez`), so
 * `Hernández` is compared as `hernndez`. Empty for a name without ASCII letters, which then must
 * match in full.
 */
const asciiSkeleton = (normalized: string): string => normalized.replace(/[^a-z0-9@.]/g, '');

function authorsMatch(x: string, y: string): boolean {
  const a = normalizeAuthor(x);
  const b = normalizeAuthor(y);
  if (a === b || a.includes(b) || b.includes(a) || a === '' || b === '') return true;
  const sa = asciiSkeleton(a);
  const sb = asciiSkeleton(b);
  return sa.length >= 3 && sb.length >= 3 && (sa === sb || sa.includes(sb) || sb.includes(sa));
}

/**
 * Text a page shows as UTF-8 bytes read one by one as Latin-1 (pipermail writes each byte of a
 * string not valid in the list's charset as `&#NNN;`): `HernÃ¡ndez` -> `Hernández`. Anything
 * else, or bytes that are not valid UTF-8, is returned as it is.
 */
export function repairMojibake(s: string): string {
  if (!/[\u00c2-\u00f4][\u0080-\u00bf]/.test(s) || /[^\u0000-\u00ff]/.test(s)) return s;
  const fixed = Buffer.from(s, 'latin1').toString('utf8');
  return fixed.includes('\ufffd') ? s : fixed;
}

function matchesAsShown(m: PairableMessage, subject: string, author: string): boolean {
  const subj = normalizeSubject(m.subject);
  const es = normalizeSubject(subject);
  // Pipermail writes 'No subject' for an empty subject.
  const subjOk = subj === es || (subj === '' && es === 'nosubject') || (subj.length > 20 && es.startsWith(subj.slice(0, 20)));
  return subjOk && authorsMatch(m.authorName, author);
}

function matches(m: PairableMessage, e: PeriodIndexEntry): boolean {
  if (matchesAsShown(m, e.subject, e.author)) return true;
  const subject = repairMojibake(e.subject);
  const author = repairMojibake(e.author);
  return (subject !== e.subject || author !== e.author) && matchesAsShown(m, subject, author);
}

/**
 * Returns, for each message (in mbox order), the index entry it was archived as, or null.
 * `offset` says where in the period the given messages start (for a text fetched from a byte
 * offset, the new messages are the last ones).
 */
export function pairArchivedPages(messages: PairableMessage[], entries: PeriodIndexEntry[], fromEnd = false): Array<PeriodIndexEntry | null> {
  const bySeq = [...entries].sort((a, b) => a.seq - b.seq);
  const start = fromEnd ? Math.max(0, bySeq.length - messages.length) : 0;
  const used = new Set<number>();
  const out: Array<PeriodIndexEntry | null> = messages.map(() => null);
  // First pass: positional pairing where it is confirmed.
  messages.forEach((m, i) => {
    const e = bySeq[start + i];
    if (e && matches(m, e)) {
      out[i] = e;
      used.add(start + i);
    }
  });
  // Second pass: the nearest unused entry with the same subject and author.
  messages.forEach((m, i) => {
    if (out[i]) return;
    let best = -1;
    for (let j = 0; j < bySeq.length; j++) {
      if (used.has(j) || !matches(m, bySeq[j])) continue;
      if (best < 0 || Math.abs(j - (start + i)) < Math.abs(best - (start + i))) best = j;
    }
    if (best >= 0) {
      out[i] = bySeq[best];
      used.add(best);
    }
  });
  return out;
}
