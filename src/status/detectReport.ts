/**
 * Is this message a status report? Exclusions first (replies, questions, release announcements,
 * patch mails, meeting/procedure/proposal mails, quoted copies), then a subject cue plus list
 * structure. The reason is a sentence a user can read in `archive` output.
 */
import { prepareLines, isText, isFlattened } from './lines.js';
import { extractUrls } from './urls.js';
import { classifyUrl } from './reviewUrl.js';
import type { StatusInput, StatusItem, StatusSection } from './types.js';

export interface Detection {
  isReport: boolean;
  reason: string;
}

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const PAREN_PERIOD = new RegExp(String.raw`\((?:[^()]*\b(?:${MONTHS})\b[^()]*|[^()]*\bweek\b[^()]*|\s*w\d{1,2}\s*|\s*\d{4}-\d{2}(?:-\d{2})?\s*|\s*R-\d+\s*)\)`, 'i');

/** Subject cues, strongest first: [pattern, what to call it, strong?]. */
const CUES: Array<[RegExp, string, boolean]> = [
  [/\bstatus\s+reports?\b/i, 'status report', true],
  [/\b(weekly|monthly|bi-?weekly|quarterly)\s+(status|update|report|summary|news)/i, 'periodic update', true],
  [/\bstatus\s+(update|mail)s?\b/i, 'status update', true],
  [/\bwhat'?s cooking\b/i, "what's cooking", true],
  [/\bbits from\b/i, 'bits from', true],
  [/\b(team|project|progress)\s+(update|report|status)s?\b/i, 'team update', true],
  [/\brelease countdown\b/i, 'release countdown', true],
  [/\blinux-next:\s*tree for\b/i, 'linux-next tree', true],
  [/\breported regressions\b|\bregressions? (report|list)\b/i, 'regression report', true],
  [PAREN_PERIOD, 'a month or week in parentheses', true],
  [/\bstatus\b/i, 'status', false],
  [/\b(updates?|reports?|news|newsletter|summary|progress|weekly|monthly)\b/i, 'update', false],
];

const NOT_REPORT_SUBJECT: Array<[RegExp, string]> = [
  [/\b(reminder|meeting|agenda|minutes|irc log|call for|cfp|invitation|survey|poll)\b/i, 'meeting or announcement mail'],
  [/\b(how to|howto|guidelines?|guidance|procedure|process|template|instructions|please send|policy)\b/i, 'procedure or guidance mail'],
  [/\b(proposal|proposed|propose|rfc|design|draft|idea)\b/i, 'proposal'],
  [/\b(jobs?|hiring|vacanc(y|ies)|job openings?|positions? (open|available)|internships?)\b/i, 'job posting'],
];

function stripTags(subject: string): string {
  let s = subject.trim();
  for (let k = 0; k < 8; k++) {
    const next = s.replace(/^\[[^\]]{0,80}\]\s*/, '');
    if (next === s) break;
    s = next;
  }
  return s;
}

function walk(items: StatusItem[], f: (it: StatusItem) => void): void {
  for (const it of items) {
    f(it);
    walk(it.children, f);
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The exclusions that need only the subject and headers (replies, patches, announcements,
 * questions...): the reason, or null. Cheap, so the index can skip parsing such mail.
 */
export function subjectExclusion(input: StatusInput): string | null {
  const rawSubject = typeof input?.subject === 'string' ? input.subject : '';
  const s = stripTags(rawSubject);
  if (input?.isReply) return 'reply (In-Reply-To or References header present)';
  const re = /^(re|aw|sv|antw|fw|fwd|wg)\s*(\[\d+\])?\s*:/i.exec(s);
  if (re) {
    const fwd = /^(fw|fwd|wg)/i.test(re[1]);
    return fwd ? `forwarded copy (subject starts with "${re[0]}")` : `reply (subject starts with "${re[0]}")`;
  }
  if (/\[(?:[\w -]*\s)?PATCH\b/i.test(rawSubject)) return 'patch mail (subject has "[PATCH")';
  if (/\[ANNOUNCE\]/i.test(rawSubject)) return 'announcement (subject has "[ANNOUNCE]")';
  if (/\breleased\b|\brelease notes\b/i.test(s)) return 'release announcement (subject says "released")';
  if (/\?\s*$/.test(s)) return 'question (subject ends with "?")';
  if (/^(status of|status on|any status|what('s| is) the status)\b/i.test(s)) return `question (subject starts with "${s.split(/\s+/).slice(0, 2).join(' ')}")`;
  for (const [re2, what] of NOT_REPORT_SUBJECT) {
    const m = re2.exec(s);
    if (m) return `${what} (subject says "${m[0]}")`;
  }
  return null;
}

export function detectReport(input: StatusInput, sections: StatusSection[]): Detection {
  const rawSubject = typeof input?.subject === 'string' ? input.subject : '';
  const body = typeof input?.body === 'string' ? input.body : '';
  const s = stripTags(rawSubject);
  const excluded = subjectExclusion(input);
  if (excluded) return { isReport: false, reason: excluded };

  const prep = prepareLines(body);
  const readable = prep.lines.filter(isText).map((l) => l.text);
  if (readable.some((t) => /^Signed-off-by:/i.test(t)) ||
      (readable.some((t) => /^\s*\S+\s+\|\s+\d+\s*[+-]*\s*$/.test(t)) && readable.some((t) => /\d+ files? changed/.test(t)))) {
    return { isReport: false, reason: 'patch mail (Signed-off-by or diffstat in the body)' };
  }
  const draft = readable.find((t) => /^\s*status\s*:\s*(draft|proposed|under discussion|accepted|rejected)\b/i.test(t));
  if (draft) return { isReport: false, reason: `design proposal ("${draft.trim()}" line)` };
  if (prep.nonBlank > 0 && (prep.quoted / prep.nonBlank >= 0.5 || prep.sawOriginalMessage && prep.quoted >= prep.nonBlank / 3)) {
    return { isReport: false, reason: `quoted copy (${prep.quoted} of ${prep.nonBlank} lines are quoted)` };
  }

  // structure
  const content = sections.filter((x) => !x.isContents);
  const withItems = content.filter((x) => x.items.length > 0);
  const items = content.reduce((n, x) => n + x.items.length, 0);
  const reviewKeys = new Set<string>();
  const bugKeys = new Set<string>();
  for (const sec of content) {
    walk(sec.items, (it) => {
      for (const r of it.refs) (r.kind === 'review' ? reviewKeys : r.kind === 'bug' ? bugKeys : null)?.add(r.key);
    });
    for (const u of extractUrls(sec.text)) {
      const r = classifyUrl(u);
      (r.kind === 'review' ? reviewKeys : r.kind === 'bug' ? bugKeys : null)?.add(r.key);
    }
  }
  const refs = reviewKeys.size + bugKeys.size;
  const namedSections = content.filter((x) => x.title !== '').length;
  let shape = `${plural(namedSections || withItems.length, 'section')} with ${plural(items, 'item')}`;
  if (reviewKeys.size) shape += ` and ${plural(reviewKeys.size, 'review link')}`;
  if (bugKeys.size) shape += `${reviewKeys.size ? ',' : ' and'} ${plural(bugKeys.size, 'bug link')}`;

  const cues = CUES.filter(([re3]) => re3.test(s));
  const cue = cues[0];
  if (cue) {
    const words: Array<{ w: string; at: number }> = [];
    for (const [re3] of cues) {
      const m = re3.exec(s);
      const w = m ? m[0].trim() : '';
      if (w && !words.some((x) => x.w.toLowerCase().includes(w.toLowerCase()) || w.toLowerCase().includes(x.w.toLowerCase()))) {
        words.push({ w, at: m?.index ?? 0 });
      }
    }
    const said = words.slice(0, 2).sort((a, b) => a.at - b.at).map((x) => x.w).join('" and "');
    // a mirror that collapsed the newlines leaves no list structure: the subject and a link must do
    const flat = cue[2] && items === 0 && refs >= 1 && isFlattened(body);
    if (flat) shape += ' on one flattened line';
    const ok = cue[2]
      ? items >= 2 || (items >= 1 && refs >= 1) || withItems.length >= 2 || flat
      : withItems.length >= 2 || (items >= 3 && refs >= 1);
    return ok
      ? { isReport: true, reason: `subject says "${said}"; ${shape}` }
      : { isReport: false, reason: `subject says "${said}" but the body has no report structure (${shape})` };
  }
  if (withItems.length >= 3 && refs >= 3) return { isReport: true, reason: `no subject cue, but ${shape}` };
  return { isReport: false, reason: `no status cue in the subject (${shape})` };
}
