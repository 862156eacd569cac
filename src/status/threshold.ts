/**
 * The score from which a post is a report (detectReport.ts weighs the evidence). Its own module so
 * that a query that counts reports by their stored scores (`archive series`) reads it without
 * loading the parser, and the MIME decoders the parser loads (issue 12.3: every command of the
 * query stage paid for them at startup).
 */
export const THRESHOLD = 3;
