/** Generic status headings, which stand for the project the subject names rather than being one. Pure. */

/** Headings that name a kind of status, not a project: `Current Progress:`, `Next Steps`, `Done`. */
const GENERIC_HEADING = new RegExp('^(?:(?:current|recent|overall|general|other|misc(?:ellaneous)?|work|key|major|main|upcoming|open|known)\\s+)?' +
  '(?:progress|status|updates?|done|completed?|finished|accomplishments?|achievements?|in progress|work in progress|wip|ongoing|' +
  'next|next steps?|what\'?s next|plans?|planned|future work|todo|to do|blockers?|blocked|issues|problems|risks|highlights|summary|' +
  'news|notes|items|tasks|goals|results|changes|discussion|questions|help wanted|action items|this week|last week|next week)' +
  '(?:\\s+(?:this|last|next)\\s+(?:week|month))?$', 'i');

export function isGenericHeading(title: string): boolean {
  return GENERIC_HEADING.test(title.trim().replace(/[:.]+$/, ''));
}

