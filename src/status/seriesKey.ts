/**
 * Series: reports come in series whose subjects recur with only numbers, dates, week or issue
 * counters changing (`What's cooking in git.git (Nov 2011, #04; Sun, 13)`, `linux-next: Tree for
 * Jun 7`, `[GSoC] Week 3: ...`, `Release countdown for week R-5`). The template of a subject is
 * its series' name: counters become `<n>`, month names `<month>`, weekdays `<day>`, and a run of
 * them `<date>` (or `<n>`). Pure.
 */

const MONTH = /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/gi;
const DAY = /\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|sday|nesday|rsday|urday)?\b/gi;
const REPLY = /^(?:(?:re|aw|sv|vs|antw|odp|fw|fwd|wg|tr)\s*(?:\[\d+\])?\s*:\s*)+/i;
const LIST_TAG = /^\[[^\][]{1,60}\]\s*/;

export interface SeriesTemplate {
  /** Lower-case template: the series' identity. */
  key: string;
  /** The template as the subject writes it: what `archive series` shows. */
  name: string;
}

/**
 * The series template of a subject, or null for a subject that cannot start or join a series:
 * a reply or forward, or one with nothing that varies (no number, date or counter).
 */
export function seriesTemplate(subject: string): SeriesTemplate | null {
  let s = (subject ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
  // The first bracket tag is usually the list's own; a reply marker can come before or after it.
  if (REPLY.test(s)) return null;
  const tag = LIST_TAG.exec(s);
  if (tag && REPLY.test(s.slice(tag[0].length))) return null;
  // A topic after a counter (`[GSoC] Week 3: Parser rewrite`) changes every week: the series ends at the counter.
  s = s.replace(/(\b(?:week|issue|part|no\.?|number|report|update|sprint|day)\s*#?\s*\d{1,4})\s*[:\-–—]\s+.*$/i, '$1');
  let varied = false;
  const mark = (re: RegExp, to: string) => {
    s = s.replace(re, () => { varied = true; return to; });
  };
  mark(MONTH, '<month>');
  mark(DAY, '<day>');
  mark(/\d+(?:[.:-]\d+)*/g, '<n>');
  if (!varied) return null;
  // A run of counters and dates (`Jun 28 - Jul 2`, `Nov 2011, #04; Sun, 13`) is one placeholder,
  // however the issue spells its range.
  s = s.replace(/<(?:n|month|day)>(?:[\s,;:#/.\u2013-]*<(?:n|month|day)>)+/g, (run) => (/<(month|day)>/.test(run) ? '<date>' : '<n>'));
  const name = s.replace(/\s+/g, ' ').trim();
  if (name.replace(/<(n|month|day|date)>|[\W_]/g, '').length < 3) return null;
  return { key: name.toLowerCase(), name };
}
