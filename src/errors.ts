/**
 * The one error family. Every error `archive` throws on purpose is an ArchiveError with a stable
 * `code` that callers (and the CLI's exit-code mapping in src/cli/main.ts) match on; the message
 * says what happened and what to do. The codes below reach the user; each stage adds its own
 * (src/crawl/errors.ts: FetchError and its FetchErrorCode, StopRunError, gzip errors).
 */
export type ArchiveErrorCode =
  | 'E_USAGE'          // a malformed argument
  | 'E_BAD_URL'        // not a pipermail list root
  | 'E_NOT_FOUND'      // unknown project / message / list
  | 'E_DB_NEWER'       // database written by a newer version of the tool
  | 'E_DB_OPEN'        // database cannot be opened
  | 'E_DB_CORRUPT'     // database file damaged, or not SQLite at all
  | 'E_DB_FOREIGN'     // an SQLite file of another application
  | 'E_DB_FULL'        // the disk is full
  | 'E_DB_READONLY'    // the file or its folder cannot be written
  | 'E_DB_IO'          // an I/O error under the database
  | 'E_LOCKED'         // another sync holds the lock
  | 'E_NOT_LIST'       // the URL answered but is not a pipermail archive
  | 'E_INPUT';         // unreadable input file

export class ArchiveError<C extends string = ArchiveErrorCode> extends Error {
  readonly code: C;
  /** Optional one-line hint printed after the message. */
  readonly hint?: string;
  constructor(code: C, message: string, hint?: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'ArchiveError';
    this.code = code;
    this.hint = hint;
  }
}

export function isArchiveError(e: unknown): e is ArchiveError<string> {
  return e instanceof ArchiveError;
}

/** A user-supplied list URL that is not a list root (or something we can reduce to one). */
export class ListUrlError extends ArchiveError {
  readonly input: string;
  constructor(input: string, reason: string) {
    super('E_BAD_URL',
      `${reason}: ${JSON.stringify(input)}. A list root looks like ` +
        `https://lists.example.org/pipermail/LISTNAME/ (an http(s) URL of the list's archive directory).`);
    this.name = 'ListUrlError';
    this.input = input;
  }
}

/** A user-supplied list URL parsed (surrounding blanks dropped), or a ListUrlError saying it is not a URL. */
export function parseListInput(input: string): URL {
  try {
    return new URL(input.trim());
  } catch {
    throw new ListUrlError(input, 'Not a URL');
  }
}
