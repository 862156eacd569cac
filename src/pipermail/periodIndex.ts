/** Period index pages (`date.html`, `thread.html`, `subject.html`, `author.html`). */
import type { PeriodIndexEntry } from './types.js';
import { decodeEntities, dirUrl, foldWhitespace } from './html.js';

// 2.1: <LI><A HREF="002260.html">SUBJ\n</A><A NAME="2260">&nbsp;</A>\n<I>AUTHOR\n</I>
// pre-2.1: <LI> <A HREF="000054.html">SUBJ</A> <A NAME="964"></A><I>AUTHOR</I>
// Subject and author are plain text (pipermail escapes '<'), so `[^<]*` matches them: each try
// stops at the next tag, which keeps the scan linear on a page of unclosed entries.
const ENTRY = /<LI>\s*<A\s+HREF="?(\d{6,12}\.html)"?\s*>([^<]*)<\/A>\s*<A\s+NAME="?\d*"?\s*>[^<]*<\/A>\s*<I>([^<]*)<\/I>/gi;

/** Entries of a period index page in page order. */
export function parsePeriodIndex(html: string, baseUrl: string): PeriodIndexEntry[] {
  const base = dirUrl(baseUrl);
  const out: PeriodIndexEntry[] = [];
  for (const m of html.matchAll(ENTRY)) {
    const file = m[1];
    out.push({
      file,
      url: new URL(file, base).toString(),
      seq: Number(file.slice(0, -5)),
      subject: foldWhitespace(decodeEntities(m[2])),
      author: foldWhitespace(decodeEntities(m[3])),
    });
  }
  return out;
}
