/** Types of the pipermail page parsers (pure: no I/O). See fixtures/pipermail/FORMAT.md. */

export type PeriodKind = 'year' | 'quarter' | 'month' | 'week' | 'day' | 'unknown';

/** One row of a list's archive table of contents (`/pipermail/LIST/index.html`). */
export interface TocEntry {
  /** Period stem as used in URLs: `2014-October`, `2014`, `2014q4`, `Week-of-Mon-20141006`, `20141008`. */
  period: string;
  kind: PeriodKind;
  /** The row label as shown (`October 2014:` without the colon). */
  label: string;
  /** First day covered by the period, `YYYY-MM-DD` (null for an unknown shape). */
  start: string | null;
  /** Day after the last day covered, `YYYY-MM-DD` (null for an unknown shape). */
  end: string | null;
  /** Absolute URL of the downloadable text archive linked from the row, or null when the row has none. */
  textUrl: string | null;
  /** `gz` when the link is PERIOD.txt.gz, `txt` when PERIOD.txt, null when none. */
  textKind: 'gz' | 'txt' | null;
  /** Size label as printed (`Gzip'd Text 23 KB`), or null. Goes stale; use as a change hint only. */
  sizeLabel: string | null;
  /** Absolute URLs of the period's index pages. */
  dateIndexUrl: string;
  threadIndexUrl: string;
}

/** One entry of a period index page (date.html / thread.html / ...). */
export interface PeriodIndexEntry {
  /** File name as linked, e.g. `002260.html`. */
  file: string;
  /** Absolute URL of the message page. */
  url: string;
  /** Sequence number from the file name (list-wide, arrival order). */
  seq: number;
  /** Subject as shown (HTML-decoded, list prefix kept, TABs folded to a space). */
  subject: string;
  /** Author as shown (display name or obfuscated address). */
  author: string;
}

/** A message page `NNNNNN.html` read back into its parts. */
export interface MessagePage {
  subject: string;
  authorName: string;
  /** `user@host` with " at " undone, or null. */
  authorAddress: string | null;
  /** The `<I>` date text as shown (server local time, zone abbreviation). */
  dateText: string | null;
  /** Best-effort ISO-8601 UTC of dateText (abbreviation mapped to an offset where known), or null. */
  date: string | null;
  /** This message's own Message-ID (2.1 pages with `Subject=Re%3A`), without brackets, or null. */
  messageId: string | null;
  /** Body text between beginarticle/endarticle with markup removed and entities decoded. */
  body: string;
}
