/**
 * What the sync stage needs from one kind of archive. syncList.ts walks any source the same way
 * (its periods -> a plan -> each period's new mail -> the store -> the index); a source knows
 * its archive's URLs, page shapes and raw formats. Pipermail (./pipermail/) and HyperKitty
 * (./hyperkitty/) and public-inbox (./publicinbox/) implement it.
 */
import type { ListRow, NewMessage, PeriodRow, PeriodState } from '../store/index.js';
import type { PlannedPeriod } from './planSync.js';
import { FetchError } from '../crawl/index.js';

import type { ListRoot as ListPath } from '../pipermail/index.js';

/** The archive kinds `archive sync` reads (`mbox` lists come from `archive import` and are never synced). */
export const SYNC_KINDS = ['pipermail', 'hyperkitty', 'public-inbox'] as const;
export type ArchiveKind = typeof SYNC_KINDS[number];

/** A list's archive root, its name, and the kind of archive it is (pipermail when not said). */
export interface ListRoot extends ListPath {
  kind?: ArchiveKind;
  /** The kind was neither forced nor told by the URL: the first response may tell another (a public-inbox page). */
  guessed?: boolean;
  /** The root is a host's index of lists (`.../pipermail/`, HyperKitty's `.../archives/`): sync finds the lists in it. */
  index?: boolean;
}

/** One period of an archive (a month, a week...), as the source lists it. */
export interface ArchivePeriod {
  /** The period's stable name in the archive (`2014-October`, `2014q4`). */
  period: string;
  kind: string;
  label: string;
  /** First day covered, `YYYY-MM-DD`, and the day after the last one (null when unknown). */
  start: string | null;
  end: string | null;
  /** A size hint that changes when the period does (null when the archive gives none). */
  sizeLabel: string | null;
}

/** The periods an archive has, asked for conditionally. */
export interface PeriodTable<P extends ArchivePeriod> {
  /** True when the archive said its table is unchanged; `periods` is then what was stored. */
  notModified: boolean;
  /**
   * Set by a source whose archive rewrites its table whenever it stores mail: an unchanged table
   * (notModified) then means no period has new mail since the last complete run, and not even the
   * newest period is asked about (planSync's `tableQuiet`).
   */
  quiet?: boolean;
  /** True when the table's content differs from the one stored. */
  changed: boolean;
  periods: P[];
  /** What to remember once a complete run has read this table (validators and a content hash). */
  etag: string | null;
  lastModified: string | null;
  hash: string | null;
}

/** What a source reports back while it reads. */
export interface SourceContext {
  warn(message: string): void;
  /** The error that stopped the run (the request budget ran out), or null: once set, queue no more requests. */
  stopped(): Error | null;
  /** Stop the run: the periods not started yet are left for the next one. */
  stop(err: Error): void;
  /** Public URLs of the period's messages already stored (a source that reads page by page skips them). */
  storedUrls(): Set<string>;
  /** The period's messages already stored, in the order they were stored (a source pairing them with page URLs later). */
  storedMessages(): StoredMessageRef[];
}

/** A stored message as a source sees it: its identity, and what pairs it with its page. */
export interface StoredMessageRef {
  msgKey: string;
  contentHash: string;
  subject: string | null;
  authorName: string | null;
  url: string | null;
}

/** How a period's mail is asked for. */
export interface PeriodMailOptions {
  full?: boolean;
  maxBytes: number;
  /**
   * Read only the period's raw mail now; where finding the messages' public URLs costs more
   * requests (pipermail's date.html), leave that to a later run without this flag.
   */
  deferUrls?: boolean;
}

/** A period's mail, as far as it was new. */
export type PeriodMail =
  /**
   * Nothing new since the stored state. `validators`: the server's current ETag / Last-Modified
   * when they moved without new mail (a 206 with nothing appended), to keep for the next run's 304.
   */
  | { kind: 'unchanged'; source: 'mbox' | 'html'; validators?: { etag: string | null; lastModified: string | null } }
  /** Nothing at all on the server for this period: asked again later, less often. */
  | { kind: 'missing'; error: string }
  /**
   * New raw messages and the period's new state, stored in one transaction. `failure` keeps the
   * period failing (retried next run) although what was read is kept.
   */
  | {
    kind: 'mail'; source: 'mbox' | 'html'; state: PeriodState; messages: NewMessage[]; failure: string | null;
    /** More of the period is left: ask again once this part is stored (a large public-inbox epoch, read in chunks). */
    more?: boolean;
  };

/** A message as read from a period's raw mail, enough to find its public page. */
export interface MailSummary {
  subject: string;
  authorName: string;
  /** Without <>, when the message has one (HyperKitty's page URLs are made from it). */
  messageId?: string | null;
}

/** A message's public page in the archive. */
export interface MessagePageRef {
  url: string;
  seq: number | null;
}

export interface ArchiveSource<P extends ArchivePeriod = ArchivePeriod> {
  /** Reduce what a user gave (any URL inside the list) to the list's root and name; throws ListUrlError. */
  listRoot(input: string): ListRoot;
  /** What periods exist: the list's table, asked for conditionally against `known`. */
  periods(list: ListRoot, known: ListRow | undefined, stored: Map<string, PeriodRow>, opts: { full?: boolean }, ctx: Pick<SourceContext, 'warn'>): Promise<PeriodTable<P>>;
  /** A period's raw mail, asked for conditionally against `stored` (only the new part when the archive allows). */
  periodMail(list: ListRow, planned: PlannedPeriod<P>, stored: PeriodRow | undefined, opts: PeriodMailOptions, ctx: SourceContext): Promise<PeriodMail>;
  /**
   * Each message's public URL (null where it cannot be told), in order; `fromEnd` when the
   * messages are the last ones of the period. `retry` says why a later run may do better.
   */
  messageUrls(period: P, mails: MailSummary[], fromEnd: boolean, ctx: Pick<SourceContext, 'warn'>): Promise<{ pages: Array<MessagePageRef | null>; retry?: string }>;
}

/** One line for a failure, as stored in a period's error and shown by `archive status`. */
export function describeFailure(err: unknown): string {
  if (err instanceof FetchError) return `${err.code}: ${err.message}`;
  return (err as Error)?.message ?? String(err);
}
