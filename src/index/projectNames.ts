/**
 * Which project a report's sections report on. A project is what a report tracks over time:
 * - a single-project post (`Keystone Team Update`, `Xen 4.3 development update`, `[placement]
 *   update 19-03`, a GSoC student's weekly report) reports on the project its subject names, and
 *   its headings are areas of that project;
 * - a multi-project post (the seed's `= NSR =` sections) gives one project per section;
 * - generic headings (Done, Next, To do, In other news, Discussions, Contents...) are never
 *   projects: their items belong to the post's own project;
 * - a numbered or dated series (`X 2`, `X #10`, `X (week 5)`) is one project.
 * Pure.
 */
import { projectKey, parseAliasDeclarations, isGenericHeading } from '../status/index.js';

const MONTHS = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/** Phrases that say "this is a report" rather than what it is about. */
const REPORT_PHRASES = new RegExp([
  String.raw`\bwhat'?s cooking in\b`,
  String.raw`\b(?:weekly|monthly|bi-?weekly|fortnightly|quarterly|daily|yearly|annual)\b`,
  String.raw`\b(?:status|progress|development|dev|team|project|community|engineering|release)\s+(?:updates?|reports?|status|summary|news)\b`,
  String.raw`\b(?:status|updates?|reports?|news|newsletter|summary|progress|recap|roundup|digest|minutes|notes|results|stats|statistics)\b`,
  String.raw`\b(?:meetings?|calls?|irc|tracking list|tree status|release status|through|was|tree|front|session)\b`,
  String.raw`\b(?:today|yesterday|tonight|this week|last week|this month|last month)(?:'s)?(?=\s|$)`,
  String.raw`\bbits from(?: the)?\b`, String.raw`\btree for\b`, String.raw`\bthis (?:week|month) in\b`, String.raw`\bweek in review\b`,
  String.raw`\bstate of the\b`, String.raw`\bcountdown for\b`,
].join('|'), 'gi');

/** Bracket tags that name a list, a kind of mail or everyone, never a project. */
const NOT_PROJECT_TAG = /^(all|ann(ounce)?|announcement|news|weekly|gsoc|rfc|patch|ot|solved|meta|discuss(ion)?|info|fyi|reminder|update|status|report|release|dev|devel|users?|general)$/i;
const LIST_TAG = /(^|[-_. ])(devel|dev|users?|discuss|announce|general|list|talk|hackers|commits|bugs|help|reports?|core|project|tech|community|l)$|^[\w.-]+-[\w.-]+$/i;

function tags(subject: string): { tags: string[]; rest: string } {
  let s = subject.replace(/\s+/g, ' ').trim();
  const found: string[] = [];
  for (let k = 0; k < 8; k++) {
    const m = /^(?:(?:re|aw|sv|vs|fwd?)\s*:\s*)?\[([^\][]{1,60})\]\s*/i.exec(s);
    if (!m) break;
    found.push(m[1].trim());
    s = s.slice(m[0].length);
  }
  s = s.replace(/^(?:(?:re|aw|sv|vs|fwd?)\s*(?:\[\d+\])?\s*:\s*)+/i, '');
  return { tags: found, rest: s };
}

/** A topic tag such as `[nova]` in `[openstack-discuss] [nova] Weekly update`, or ''. */
function topicTag(found: string[]): string {
  const candidates = found.filter((t, i) => !NOT_PROJECT_TAG.test(t) && !(i === 0 && found.length >= 1 && LIST_TAG.test(t) && found.length > 1) && !/^\d/.test(t));
  // The first of two or more tags is usually the list's; one tag alone is a topic unless it looks like a list.
  const topics = found.length === 1 && LIST_TAG.test(found[0]) ? [] : candidates;
  return topics[0] ?? '';
}

/** Strip counters and dates a series adds: `X 2`, `X #10`, `X (week 5)`, `X, part 3`. */
export function stripSeriesCounter(name: string): string {
  let s = name;
  for (let k = 0; k < 3; k++) {
    const before = s;
    s = s.replace(/[\s,:;-]*(?:#\s*\d+|\b(?:no\.?|number|issue|part|vol\.?|volume|week|wk|sprint|iteration|day|edition)\s*#?\d+)\s*$/i, '');
    s = s.replace(/\s*\((?![^()]*\b(?:formerly|aka|a\.k\.a|previously|renamed|was)\b)[^()]*\)\s*$/i, '');
    const words = s.trim().split(/\s+/);
    if (words.length >= 3 && /^\d{1,3}$/.test(words[words.length - 1])) s = words.slice(0, -1).join(' ');
    if (s === before) break;
  }
  return s.trim();
}

/** `[Gluster-devel] DHT status update (week 42)` -> `DHT`; '' when nothing is left. */
export function projectFromSubject(subject: string): string {
  // terminal escapes and other controls are never part of a name
  const clean = subject.replace(/\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009b[0-?]*[ -/]*[@-~]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  const { tags: found, rest } = tags(clean);
  let s = rest;
  s = s.replace(/\([^)]*\)/g, ' ').replace(/\[[^\]]*\]/g, ' ');
  s = s.replace(new RegExp(String.raw`\b(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+${MONTHS}\b|\b${MONTHS}\s+\d{1,2}(?:st|nd|rd|th)?\b`, 'gi'), ' ');
  s = s.replace(/\b(19|20)\d\d([-/.]\d\d?){0,2}\b/g, ' ');
  s = s.replace(new RegExp(String.raw`\b${MONTHS}\b`, 'gi'), ' ');
  s = s.replace(/\b(?:for\s+)?(?:week|wk|issue|no\.?|number|edition|sprint)\s*#?\s*[\w-]*\d[\w-]*\b/gi, ' ');
  s = s.replace(/#\s*\d+\b/g, ' ').replace(/\bR-\d+\b/g, ' ').replace(/\b\d{1,2}-\d{1,2}\b/g, ' ');
  s = s.replace(REPORT_PHRASES, ' ');
  s = s.replace(/\b(the|for|of|on|from|in|and|a|an)\b(?=\s*(?:[:\-–—,;/]|$))/gi, ' ');
  s = s.replace(/^\s*(?:the|for|of|on|from|in)\b/i, ' ');
  s = s.replace(/(^|\s)[:\-–—,;/.!]+(?=\s|$)/g, ' ').replace(/[:,;.!]+(?=\s|$)/g, ' ').replace(/\s+/g, ' ').trim();
  s = s.replace(/^(?:the|for|of|on|from|in)\s+/i, '').replace(/\s+(?:the|for|of|on|from|in)$/i, '').trim();
  s = stripSeriesCounter(s);
  if (!s || /^\d+$/.test(s) || isGenericHeading(s)) return topicTag(found);
  return s;
}

/** `[Twisted-Python]` -> `Twisted`, `[Gluster-devel]` -> `Gluster`: the project a list is about, from its tag. */
export function projectFromListTag(subject: string): string {
  const first = tags(subject).tags[0];
  if (!first || !LIST_TAG.test(first)) return '';
  const stem = first.replace(/[-_. ](devel|dev|users?|discuss|announce|general|list|talk|hackers|python|project|tech|community|l)$/i, '');
  return stem === first || NOT_PROJECT_TAG.test(stem) ? '' : stem;
}

export interface SectionProject {
  /** The project name as written (alias declaration removed). */
  name: string;
  key: string;
  /** Former names the heading declares (`JBR (formerly NSR)` -> ['NSR']). */
  formerly: string[];
  /** True when the section is not itself a project (a generic heading, or an area of a single-project post). */
  generic: boolean;
}

/**
 * Is the post about one project, its headings being areas of it? It is when its subject names a
 * project (`Keystone Team Update`, `Xen 4.16 development update - tree status`, `FESCo meeting
 * summary`). It is not when the subject names nothing but the post, or only its writer (`jdarcy
 * status`: a person's status across projects, whose headings are the projects).
 */
export function isSingleProjectPost(subject: string, author: { name?: string | null; address?: string | null } = {}): boolean {
  const own = projectFromSubject(subject);
  if (!own) return false;
  return !namesWriter(own, author);
}

/** `jdarcy` for jdarcy@redhat.com, `Jeff`, `Jeff Darcy`: a subject that names who writes, not what. */
function namesWriter(name: string, author: { name?: string | null; address?: string | null }): boolean {
  const key = projectKey(name).replace(/[^\p{L}\p{N}]+/gu, '');
  if (!key) return false;
  // `Name via List <list@host>`: the list rewrote the sender; the address is the list's, not the writer's.
  const via = /^(.*?)\s+via\s+/i.exec(author.name ?? '');
  const local = via ? '' : (author.address ?? '').split(/@| at /)[0].toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if (local && key === local) return true;
  const words = (via ? via[1] : (author.name ?? '')).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.length > 0 && (words.includes(key) || words.join('') === key || key === `${words[0][0] ?? ''}${words[words.length - 1]}`);
}

export function sectionProject(title: string, subject: string, single = false): SectionProject {
  const generic = single || (title.trim() !== '' && isGenericHeading(title));
  if (generic) {
    const fromSubject = projectFromSubject(subject) || projectFromListTag(subject);
    if (fromSubject) {
      const decl = parseAliasDeclarations(fromSubject);
      const name = decl.length > 0 ? decl[0].name.trim() : fromSubject;
      return { name, key: projectKey(name), formerly: decl.map((d) => d.formerly), generic: true };
    }
  }
  const raw = stripSeriesCounter(title.trim()) || projectFromSubject(subject) || projectFromListTag(subject);
  const decl = parseAliasDeclarations(raw);
  if (decl.length > 0) {
    const name = decl[0].name.trim();
    return { name, key: projectKey(name), formerly: decl.map((d) => d.formerly), generic: false };
  }
  return { name: raw, key: projectKey(raw), formerly: [], generic: false };
}
