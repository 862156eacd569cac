/** Types of the status-post parser (pure: no I/O). */
import type { BodyLineKind } from '../mail/index.js';

export type RefSystem =
  | 'gerrit' | 'github' | 'gitlab' | 'bugzilla' | 'patchwork' | 'launchpad'
  | 'mail' | 'commit' | 'cve' | 'other';

/** A classified reference found in a post: a code review, a bug, or another link. */
export interface Ref {
  /** The URL as found (trailing punctuation trimmed). */
  url: string;
  system: RefSystem;
  /** `review` for code reviews (Gerrit changes, GitHub/GitLab PR/MR, patches), `bug` for trackers, `link` otherwise. */
  kind: 'review' | 'bug' | 'link';
  /**
   * Change / PR / bug number as a string (`CVE-YYYY-N` for CVEs; for mail reviews the same as `key`:
   * a Message-ID, a normalised archive URL or `patch:<subject>`); null for plain links.
   */
  id: string | null;
  /** Identity: `host + id` for reviews and bugs (same change written two ways = same key), else the normalised URL. */
  key: string;
  /** Status words near the reference (`merged`, `abandoned`, `under review`), or null. */
  status: string | null;
}

export interface StatusItem {
  /** Item text with continuation lines joined by single spaces, bullet marker removed. */
  text: string;
  /** Sub-label the item sits under inside its section (`Done this week`), or null. */
  label: string | null;
  /** Every URL in the item (including resolved footnotes). */
  urls: string[];
  refs: Ref[];
  children: StatusItem[];
  /** 1-based line range in the body given to the parser (inclusive). */
  startLine: number;
  endLine: number;
}

export interface StatusSection {
  /** Heading text as written (markers removed), '' for an untitled section. */
  title: string;
  /** Normalised project key of the title (see projectKey). */
  key: string;
  level: number;
  /** How the heading was written: `equals`, `markdown`, `setext`, `colon`, `bracket`, `caps`, `numbered`, `bold`, `plain`, `bullet` (a minutes-style `* Topic` over `+` items), `title` (the post's own title on its first line), `org` (an org-mode `* X` / `** Y` outline), `topic` (`* Topic` over its paragraph under a marked heading: an area of that section's project), `none`. */
  style: string;
  /** True for a table-of-contents section. */
  isContents: boolean;
  /** Paragraph text of the section that is not part of an item. */
  text: string;
  /** References in the section's own text (outside its items). */
  refs: Ref[];
  items: StatusItem[];
  startLine: number;
  endLine: number;
}

export interface StatusParse {
  isReport: boolean;
  /** Why it was (or was not) judged a report, in words a user can read. */
  reason: string;
  /** Sum of the detection evidence's weights (a report needs THRESHOLD). */
  score: number;
  /** The score without the series' evidence. */
  baseScore: number;
  /** Each piece of detection evidence with its weight (absent when the parse failed). */
  evidence?: Array<{ key: string; what: string; weight: number }>;
  sections: StatusSection[];
  /** Distinct reviews and bugs across the whole post, in order of first appearance. */
  reviews: Ref[];
  bugs: Ref[];
}

/** What the parser is given: the decoded message, nothing else. */
export interface StatusInput {
  subject: string;
  body: string;
  /** True when the message is a reply (In-Reply-To / References present). */
  isReply?: boolean;
  /** The sender (`Name <address>`), when known: robots' mail is not a report. */
  from?: string;
  /**
   * Quoting the mail stage already took out of `body` (its lines are blank there): counted as
   * quoted. `firstLine`: the 1-based body line where the first quote starts, when any.
   */
  quoting?: { quoted: number; nonBlank: number; forwarded: boolean; firstLine?: number; quotesReply?: boolean; quotesOther?: boolean; blocks?: number };
  /**
   * What the mail stage found each line of `body` to be (index = line number - 1), when it cleaned
   * it (src/mail/bodyLines.ts): the reasons of its blank lines, e.g. the `On ... wrote:` line over
   * a quote indented 4 spaces.
   */
  bodyLines?: readonly BodyLineKind[];
  /** The series the subject belongs to on its list, when the archive knows it. */
  series?: SeriesHint;
}

/** What the archive knows of the series a post belongs to (subjects recurring with only numbers or dates changing). */
export interface SeriesHint {
  name: string;
  /** Posts of the series on the list. */
  count: number;
  /** Share of the series' posts judged reports by their own evidence (0..1), or null when unknown. */
  reportShare: number | null;
  /** A user's decision for the whole series. */
  pin: 'include' | 'exclude' | null;
}
