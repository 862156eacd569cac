/**
 * Types of the mail stage (pure: no I/O). A "period text archive" is pipermail's PERIOD.txt:
 * an mbox-like file with only From/Date/Subject/In-Reply-To/References/Message-ID headers.
 */

/** One message as parsed from raw RFC 822 / pipermail mbox bytes. */
export interface ParsedMail {
  /** Message-ID without angle brackets, or null when the message has none. */
  messageId: string | null;
  /** In-Reply-To id without brackets, or null. */
  inReplyTo: string | null;
  /** References ids without brackets, oldest first. */
  references: string[];
  /** Subject, RFC 2047-decoded, unfolded (folding whitespace collapsed to one space), list prefix kept. */
  subject: string;
  /** Display name, RFC 2047-decoded; the address when there is no name. */
  authorName: string;
  /** Address with pipermail's " at " turned back into "@", or null. */
  authorAddress: string | null;
  /** Date as ISO-8601 UTC (`2014-10-08T20:20:34.000Z`), or null when absent or unparseable. */
  date: string | null;
  /** The Date header as written (for provenance), or null. */
  dateRaw: string | null;
  /** Decoded text body (charset applied, QP/base64 undone for single-part mail; pipermail bodies are already flat). */
  body: string;
  /** All headers, lower-cased names, values unfolded and RFC 2047-decoded; repeated headers joined by "\n". */
  headers: Record<string, string>;
  /** Problems noticed while decoding (undeclared 8-bit, bad date...), for logs; never fatal. */
  warnings: string[];
}
