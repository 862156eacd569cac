/** Where a report (or any message) came from: what every query answer shows about it. */
export interface ReportRef {
  /** First list it was found on; `lists` has all of them (cross-posts). */
  list: string;
  lists: string[];
  /** YYYY-MM of its date (or of its period when undated). */
  month: string;
  /** ISO-8601 UTC. */
  date: string | null;
  author: string;
  /** Subject with the list prefix removed. */
  subject: string;
  /** Archived page URL, when known. */
  url: string | null;
  messageId: string | null;
}
