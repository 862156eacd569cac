/**
 * Sub-labels inside a section (`Done this week:`, `Next:`, `Blockers:`...): they name the
 * items under them and are never sections of their own.
 */

const LABEL_WORDS =
  /^(done|completed|complete|finished|accomplished|achievements|in progress|work in progress|ongoing|wip|next|next steps|what'?s next|coming up|upcoming|plans?|planned|todo|to ?do|blockers?|blocked|blocked on|help wanted|needs? review|waiting for review|under review|merged|landed|last week|this week|next week|this month|next month|last month)(\s+(this|last|next)\s+(week|month|cycle|sprint))?(\s+\([^)]{1,30}\))?$/i;

/**
 * If `text` (one line) is a sub-label such as `Done this week:`, `*Next:*` or `*Next*`, the label without
 * its colon and markers (`Done this week`); otherwise null.
 */
export function labelOf(text: string): string | null {
  if (text.length > 120) return null; // labels are short; also keeps the regex linear on long lines
  // every shape ends with `:`, a closing `]`, `*` or `_` (then blanks): most lines are settled here
  let end = text.length - 1;
  while (end >= 0 && (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9)) end--;
  const last = text.charCodeAt(end);
  if (last !== 58 && last !== 93 && last !== 42 && last !== 95) return null;
  const since = /^\s{0,6}\[(since\s[^\][]{1,60})\]:?\s*$/i.exec(text); // `[since 2.45.0]:` (a group of items)
  if (since) return since[1].trim();
  const m = /^\s{0,6}(?:\*\*?|__?)?([A-Za-z][A-Za-z' ]{0,40}?(?:\s+\([^)]{1,30}\))?)\s*:\s*(?:\*\*?|__?)?\s*$/.exec(text);
  const bold = m ? null : /^\s{0,6}(\*\*?|__?)([A-Za-z][A-Za-z' ]{0,40}?)\1\s*$/.exec(text); // `*Done*`
  if (!m && !bold) return null;
  const word = (m ? m[1] : (bold as RegExpExecArray)[2]).trim();
  return LABEL_WORDS.test(word) ? word : null;
}

/**
 * A lead-in to a list of what was done or is planned (`Here's what I've done:`, `Since the last
 * report:`, `I have been working on the following:`): it ends with a colon.
 */
export const DONE_LEAD_IN = /^\s*(?:here(?:'s| is| are)\s+)?(?:what|things)\s+(?:i|we)(?:'ve| have)?\s+(?:done|been (?:doing|working on)|worked on|accomplished|achieved|finished|got done|plan(?:ned)? (?:to do|for))\b[^:]{0,40}:\s*$|^\s*(?:since (?:the|my|our) last (?:report|update|mail|email)|(?:this|last) (?:week|month)|progress so far)\b[^:]{0,40}:\s*$|\b(?:i|we)(?:'ve| have|'ll| will)?\s+(?:be(?:en)?\s+)?(?:on\s+)?(?:working on|worked on|done|did|completed|finished|doing|do)\s+the following\s*:\s*$/i;
