/**
 * Scores the whole parse path (mail -> cleaning -> detection -> status parse -> project names,
 * as `src/index/deriveMessage.ts` runs it for the index) against the labels of real posts.
 */
import { deriveMessage, listHint, type Derived, type DerivedItem } from '../../src/index/index.js';
import { projectKey, isPartHeading, type Ref, type SeriesHint } from '../../src/status/index.js';
import { withoutSubject, type RealPost } from './corpus.js';

export interface PostResult {
  post: RealPost;
  got: Derived;
  bodyAlone: boolean;
  titlesFound: number;
  titlesWanted: number;
  titlesMissed: string[];
  /** The section titles the parser gave a labelled report it took, and how many of them the label holds (title precision). */
  titlesGiven: number;
  titlesGivenRight: number;
  refsFound: number;
  refsWanted: number;
  refsMissed: string[];
  /** null when the post is not a labelled report. */
  projectRight: boolean | null;
  projectsGot: string[];
}

export interface Scores {
  posts: number;
  reports: number;
  tp: number; fp: number; fn: number;
  tpBody: number; fpBody: number; fnBody: number;
  titlesFound: number; titlesWanted: number;
  titlesGiven: number; titlesGivenRight: number;
  refsFound: number; refsWanted: number;
  projectsRight: number; projectsJudged: number;
}

// (a heading's list number, `1.` or `IV)`, is its marker, not its title: 14 of the 1,133 labelled titles carry one;
// so is a letter, `A.` or `B1.`, RIPE working groups' minutes letter their topics; and a number before a colon, `2: Roll
// call`, as W3C's RDF Core minutes of 2001 number theirs: with the parser unchanged this judged no title differently;
// or in parentheses, `(1) GOOD PROGRAMS, DEPENDABLE SCHEDULE`, as the parser's titles have left it out since parser 55: +1 title judged right, trilug's State of the LUG)
// (and so is the link to where the meeting's log holds the topic, after it: `1) The New Board -
// http://logs.xmpp.org/xsf/2014-11-19#16:37:49`, as XSF Board minutes write each topic, whose title the parser has given without
// it since the rule for such topics came in (headings.ts, `logged`); the labels of earlier rounds leave it out, round 74's
// keep it: judged only by the words before it, +9 titles of round 74, no other title judged differently)
// (and so is a MediaWiki page's edit link after a title, `Tech Team Report - Kate[edit]`, as a page saved as text writes
// it: some labels keep it (SPDX's minutes of rounds 1-60), parser 172's titles leave it out; judged without it)
export const titleKey = (s: string): string => s.normalize('NFKC').replace(/\s?\[edit\]\s*$/, '').replace(/(?<=\S)\s*(?:[-–—:]\s*)?<?https?:\/\/\S+>?\s*$/, '').replace(/^\s*(?:\d{1,2}|[IVX]{1,4}|[A-H]\d?(?=\.))(?:[.)]|\.-)\s+|^\s*(?:\d{1,2}:|\(\d{1,2}\))\s+/, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const norm = titleKey;

function allRefs(d: Derived): Ref[] {
  const out: Ref[] = [];
  const walk = (items: DerivedItem[]) => { for (const i of items) { out.push(...i.refs); walk(i.children); } };
  for (const s of d.sections) {
    out.push(...s.refs);
    walk(s.items);
  }
  return out;
}

/** Does the parser's ref list hold the labelled `system:id`? */
export function refMatches(label: string, refs: Ref[]): boolean {
  const colon = label.indexOf(':');
  const system = colon > 0 ? label.slice(0, colon).toLowerCase() : '';
  const id = (colon > 0 ? label.slice(colon + 1) : label).trim().toLowerCase().replace(/^<|>$/g, '');
  if (!id) return false;
  return refs.some((r) => {
    const rid = (r.id ?? '').toLowerCase();
    if (rid === id) return true;
    if (system === 'github' && rid && id.endsWith(`#${rid}`)) return true;
    // GitLab's labels read as its own pages write them: `group/project#N` an issue, `group/project!N` a merge request
    if (system === 'gitlab' && rid && (id.endsWith(`#${rid}`) || id.endsWith(`!${rid}`))) return true;
    // any tracker's item labelled with its project before the number, `trac:fesco#1195`: that number
    if (/^\d+$/.test(rid) && /^[a-z][\w.-]*#\d+$/.test(id) && id.endsWith(`#${rid}`)) return true;
    // a tracker named in the label before the number (`bugzilla:redhat-2180107`,
    // `other:savannah-bugs-62926`, `patchwork:linuxtv-59345`): that number, on that tracker's host
    // (a key the tracker writes with its project, `other:w3c-ISSUE-2042`, `other:osoa-jira-BPEL-15`: that key)
    // (or after a colon: `other:w3c-tag:ISSUE-57`, `other:osoa-jira:BPEL-18`)
    if (system === 'other' && /[a-z]-\d+$/.test(rid) && (id.endsWith(`-${rid}`) || id.endsWith(`:${rid}`))) return true;
    const named = /^([a-z]+)(?:-[a-z]+)*-(\d+)$/.exec(id);
    if (named && rid === named[2] && `${r.key} ${r.url}`.toLowerCase().includes(named[1])) return true;
    // a reference labelled in words, `other:OpenAFS RT bug 124917`, `other:Rockbox flyspray #9110`:
    // the number it ends with is the reference's
    // (and a Roundup tracker's `issue540`, `other:darcs-bts issue540`, as its own pages write it)
    const worded = system === 'other' ? /(?:^|[\s#]|(?<=[\s:]issue))#?(\d{1,8})$/.exec(id) : null;
    if (worded && rid === worded[1]) return true;
    // a forge's item labelled with its repository, `codeberg:forgejo/discussions#72`: that number in that repository
    const owned = /^([\w.-]+\/[\w.-]+)#(\d+)$/.exec(id);
    if (owned && rid === owned[2] && r.key.toLowerCase().includes(`/${owned[1]}/`)) return true;
    // a patchwork series is kept as `series/N`: the same number the label gives
    if (system === 'patchwork' && rid === `series/${id}`) return true;
    if (id.length >= 6 && (system === 'mail' || system === 'cve' || /\D/.test(id))) {
      return r.key.toLowerCase().includes(id) || r.url.toLowerCase().includes(id);
    }
    return false;
  });
}

function projectsOf(d: Derived): string[] {
  const keys = new Set<string>();
  for (const s of d.sections) if (!s.isContents && s.projectKey) keys.add(s.projectKey);
  return [...keys];
}

/**
 * The names a label accepts for one project: as written; and where it holds a parenthesis, the
 * name without it and the parenthesised word when that is one word, another name of the same
 * project (`W3C XML Processing Model WG (XProc)`, `ILUG-Kolkata (ilug-cal)`, `Debian 3.0 (woody)`),
 * not a gloss of several words (`QEMU AVX support in TCG (GSoC 2019)`) or a number.
 */
export function labelNames(name: string): string[] {
  const out = [name];
  // (and without its legal form: `LeineLab e.V.` is LeineLab, `Haiku, Inc.` Haiku; the association, not its registration)
  const legal = /,?\s+(?:e\.\s?V\.?|Inc\.?|Ltd\.?|LLC|gGmbH|GmbH|asbl|ASBL|vzw|VZW|z\.\s?s\.|r\.\s?y\.)$/.exec(name);
  if (legal && legal.index > 0) out.push(name.slice(0, legal.index));
  if (name.includes('(')) {
    const bare = name.replace(/\s*\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim();
    if (bare) out.push(bare);
    for (const m of name.matchAll(/\(([^()\s]{2,40})\)/g)) if (/\p{L}/u.test(m[1])) out.push(m[1]);
  }
  // (and its initials, for a name of three to six capitalised words that its community writes as them (since round 228):
  // `One Laptop per Child` is OLPC, `Django Software Foundation` DSF, `Scala Improvement Process` SIP)
  const words = name.replace(/\s*\([^()]*\)/g, ' ').trim().split(/[\s-]+/);
  if (words.length >= 3 && words.length <= 6 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|for|per|the|and|on|in|de)$/.test(w)) && /^\p{Lu}/u.test(words[0])) {
    out.push(words.map((w) => w[0]).join('').toUpperCase());
  }
  return out;
}

/** Whether the project names got (keys, as projectKey makes them) are the label's: null for a post labelled with none. */
export function judgeProjects(post: RealPost, got: string[]): boolean | null {
  const l = post.label;
  if (!l.isReport || !l.projects?.length) return null;
  const names = l.projects.map((p) => labelNames(p).map((n) => projectKey(n)).filter(Boolean)).filter((n) => n.length > 0);
  if (got.length === 0) return false;
  if (got.some((k) => isPartHeading(k))) return false;
  if (l.projectMode === 'single') return got.length === 1 && names.some((n) => n.includes(got[0]));
  const found = names.filter((n) => n.some((w) => got.includes(w))).length;
  return found >= Math.ceil(names.length * 0.8);
}

/** `series`: the hint the index would give the post as a member of a series its archive holds (archiveSeries.ts). */
export function scorePost(post: RealPost, series?: SeriesHint): { withSubject: PostResult; bodyAlone: Derived } {
  // the tool knows the list each message is stored under, as the label does: a post whose copy
  // kept no List-Id is read with its list's (what the index does for pipermail's archives)
  const address = /([\w.+-]{1,100})@([\w-]+(?:\.[\w-]+)+)/.exec(post.label.list ?? '');
  const hint = address ? listHint(`https://${address[2]}/`, address[1]) : null;
  const got = deriveMessage(post.raw, 'mbox', series ? () => series : undefined, hint);
  const bodyAlone = deriveMessage(withoutSubject(post.raw), 'mbox', undefined, hint);
  const l = post.label;
  const titles = l.isReport ? (l.sections ?? []) : [];
  const gotTitles = new Set(got.sections.map((s) => norm(s.title)));
  const titlesMissed = titles.filter((t) => !gotTitles.has(norm(t)));
  // (every title given to a report the label calls one: a title the label does not hold is one a reader of `archive
  // show` sees that the post's writer did not write as a heading, or one the labeller left out, as the post's own title
  // line often is)
  const labelled = new Set(titles.map(norm));
  const given = l.isReport && got.isReport ? got.sections.filter((s) => s.title && norm(s.title)) : [];
  const titlesGivenRight = given.filter((s) => labelled.has(norm(s.title!))).length;
  const refs = allRefs(got);
  const wantRefs = l.isReport ? (l.refs ?? []) : [];
  const refsMissed = wantRefs.filter((r) => !refMatches(r, refs));
  const projectsGot = got.isReport ? projectsOf(got) : [];
  return {
    withSubject: {
      post, got, bodyAlone: bodyAlone.isReport,
      titlesFound: titles.length - titlesMissed.length, titlesWanted: titles.length, titlesMissed,
      titlesGiven: given.length, titlesGivenRight,
      refsFound: wantRefs.length - refsMissed.length, refsWanted: wantRefs.length, refsMissed,
      projectRight: judgeProjects(post, projectsGot), projectsGot,
    },
    bodyAlone,
  };
}

export function emptyScores(): Scores {
  return { posts: 0, reports: 0, tp: 0, fp: 0, fn: 0, tpBody: 0, fpBody: 0, fnBody: 0, titlesFound: 0, titlesWanted: 0, titlesGiven: 0, titlesGivenRight: 0, refsFound: 0, refsWanted: 0, projectsRight: 0, projectsJudged: 0 };
}

export function add(s: Scores, r: PostResult): void {
  const want = r.post.label.isReport;
  s.posts++;
  if (want) s.reports++;
  if (want && r.got.isReport) s.tp++;
  if (!want && r.got.isReport) s.fp++;
  if (want && !r.got.isReport) s.fn++;
  if (want && r.bodyAlone) s.tpBody++;
  if (!want && r.bodyAlone) s.fpBody++;
  if (want && !r.bodyAlone) s.fnBody++;
  s.titlesFound += r.titlesFound; s.titlesWanted += r.titlesWanted;
  s.titlesGiven += r.titlesGiven; s.titlesGivenRight += r.titlesGivenRight;
  s.refsFound += r.refsFound; s.refsWanted += r.refsWanted;
  if (r.projectRight !== null) { s.projectsJudged++; if (r.projectRight) s.projectsRight++; }
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export function metrics(s: Scores) {
  return {
    precision: ratio(s.tp, s.tp + s.fp),
    recall: ratio(s.tp, s.tp + s.fn),
    bodyPrecision: ratio(s.tpBody, s.tpBody + s.fpBody),
    bodyRecall: ratio(s.tpBody, s.tpBody + s.fnBody),
    titleRecall: ratio(s.titlesFound, s.titlesWanted),
    titlePrecision: ratio(s.titlesGivenRight, s.titlesGiven),
    refRecall: ratio(s.refsFound, s.refsWanted),
    projectAccuracy: ratio(s.projectsRight, s.projectsJudged),
  };
}
