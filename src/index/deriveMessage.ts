/**
 * From one stored message to everything the index keeps about it. Pure: the caller reads the
 * row and writes the result.
 */
import { parseStatusPost, quickVerdict, fileNameWords, isPartHeading, projectKey, PARSER_VERSION, type StatusItem, type Ref, type StatusParse, type SeriesHint, type ParseReuse } from '../status/index.js';
import { readStoredMessage, type ReadMessage } from './readMessage.js';
import { sectionProject, isSingleProjectPost, postProject, releaseHeadings, nameMostWritten } from './projectNames.js';
import { topicSections } from './topicSections.js';

export interface DerivedItem {
  text: string;
  label: string | null;
  urls: string[];
  refs: Ref[];
  startLine: number;
  endLine: number;
  children: DerivedItem[];
}

export interface DerivedSection {
  title: string;
  projectName: string;
  projectKey: string;
  formerly: string[];
  /** Label given to the section's items when the heading is a generic one (`Next Steps:`). */
  itemLabel: string | null;
  level: number;
  style: string;
  isContents: boolean;
  text: string;
  /** References in the section's own text, outside its items. */
  refs: Ref[];
  startLine: number;
  endLine: number;
  items: DerivedItem[];
}

export interface Derived {
  message: ReadMessage;
  isReport: boolean;
  reason: string;
  score: number;
  baseScore: number;
  sections: DerivedSection[];
  parserVersion: number;
  /**
   * Settled without a parse (quickVerdict: a patch, bot mail, a reply with no list of its own):
   * a series' hint changes such a derivation only when it pins the series.
   */
  settled: boolean;
}

function toItem(i: StatusItem): DerivedItem {
  return {
    text: i.text, label: i.label, urls: i.urls, refs: i.refs, startLine: i.startLine, endLine: i.endLine,
    children: i.children.map(toItem),
  };
}

/** A heading that names the post as a report, not a part of it. */
const REPORT_TITLE = /\b(update|report|status|minutes|notes|summary|news|newsletter|digest|recap)\b/i;
/** `Node Foundation TSC Meeting 2015-06-17`, `Plasma 5.9 kickoff meeting`: a meeting named with its day or its release. */
const DATED_MEETING = /\b(?:meeting|call|kick-?off)\b.*\b(?:(?:19|20)\d\d|\d+\.\d+)\b|\b(?:(?:19|20)\d\d|\d+\.\d+)\b.*\b(?:meeting|call|kick-?off)\b/i;

/** The first of a body's opening lines that says it holds a meeting's minutes or notes, or ''. */
function minutesLine(body: string): string {
  let seen = 0;
  for (const line of body.slice(0, 2000).split('\n')) {
    const t = line.trim();
    if (!t || /^>/.test(t)) continue;
    if (++seen > 5) break;
    if (t.length <= 120 && /\b(?:minutes|meeting|notes)\b/i.test(t)) return t;
  }
  return '';
}

/** What the archive knows of the series a subject belongs to (see src/index/series.ts). */
export type SeriesLookup = (subject: string) => SeriesHint | undefined;

/** `listHint`: the List-Id of the message's list, for a message that carries none (see listHint.ts). */
export function deriveMessage(raw: Buffer, source: 'mbox' | 'html', seriesOf?: SeriesLookup, listHint: string | null = null): Derived {
  return deriveRead(readStoredMessage(raw, source, listHint), seriesOf);
}

/**
 * deriveMessage of a message read already (it is not changed: derive it again with another
 * lookup, passing the same `reuse` to both: the second parse reads the first one's structure).
 */
export function deriveRead(message: ReadMessage, seriesOf?: SeriesLookup, reuse?: ParseReuse): Derived {
  const from = message.authorName ? `${message.authorName} <${message.authorAddress ?? ''}>` : (message.authorAddress ?? undefined);
  const input = { subject: message.subject, body: message.cleanText, bodyLines: message.lineKinds, isReply: message.isReply, from, quoting: message.quoting, series: seriesOf?.(message.subject) };
  // Patches, bot mail and replies with no list of their own are settled without reading the
  // body: no need to parse them for the index (archive show and parse still do).
  const settled = quickVerdict(input);
  // Most mail is not a report: one pass detects, and reads references only for reports.
  const parse: StatusParse = settled
    ? { isReport: false, reason: settled, score: -10, baseScore: -10, sections: [], reviews: [], bugs: [] }
    : parseStatusPost(input, { refs: 'reports', reuse });
  // a post whose subject is unknown is named by its title: its first heading when that names a
  // report (`# Keystone Team Update - Week of 12 March 2018`), as detection reads its title line
  // (a repository file's name for a subject is read as its words, as detection reads it: `20240814_minutes.md`)
  const subject = fileNameWords(message.subject) ?? message.subject;
  const first = subject.trim() === '' ? parse.sections.find((s) => s.title.trim() !== '') : undefined;
  const titleLine = first && (first.style === 'title' || REPORT_TITLE.test(first.title) || DATED_MEETING.test(first.title)) ? first.title : '';
  const named = titleLine || subject;
  const author = { name: message.authorName, address: message.authorAddress };
  // a subject that names only its writer (`jdarcy status`, `Greg's Weekly report`): over headings
  // that are projects it is the writer's own status across them, and its generic headings stay the
  // writer's; over generic headings alone it reports on the list's project
  const headingProjects = parse.isReport && parse.sections.some((s) => !s.isContents && s.title.trim() !== '' && !isPartHeading(s.title));
  const own = parse.isReport ? postProject(named, message.listId, message.body, headingProjects ? {} : author) : '';
  // (a post that lost its subject and opens saying it holds a meeting's minutes, `A meeting of the
  // DPDK technical board was held last Wednesday`, is the minutes of its list's project: one project)
  // (and one whose subject and title are both unknown reports on its list's project, whose areas its
  // headings are: `Your author has been rather ill, so this week's TC Report ...`)
  const single = parse.isReport && ((!named.trim() && own !== '') || isSingleProjectPost(named || (first !== undefined ? minutesLine(message.body) : ''), author, own, message.listId));
  // (a `topic` under a generic heading, `* New initscripts in testing` under `== Completed Tasks ==`,
  // is an area of the post's project like its heading)
  let underGeneric = false;
  // (`Qt 5.6 status`, `Qt 5.7 initial schedule` in the Qt release team's minutes: the releases of
  // one product a release team's post goes through are projects of their own; not a project's own
  // post's, `Blender 2.79` and `Blender 2.80` in Blender's developer meeting notes are its areas)
  const releases = single && /\brelease\b/i.test(own) ? releaseHeadings(parse.sections.filter((s) => !s.isContents).map((s) => s.title)) : new Map<string, string>();
  const sections: DerivedSection[] = parse.isReport
    ? parse.sections.map((s) => {
        const area = s.style === 'topic' && underGeneric;
        const release = s.isContents ? undefined : releases.get(s.title);
        const p = s.isContents ? { name: s.title, key: '', formerly: [], generic: false }
          : release ? { name: release, key: projectKey(release), formerly: [], generic: false }
          : sectionProject(s.title, named, single || s.style === 'title' || area, own);
        if (s.style !== 'topic') underGeneric = p.generic;
        return {
          title: s.title, projectName: p.name, projectKey: p.key, formerly: p.formerly,
          itemLabel: p.generic && s.title ? s.title : null, level: s.level,
          style: s.style, isContents: s.isContents, text: s.text, refs: s.refs, startLine: s.startLine, endLine: s.endLine,
          items: s.items.map(toItem),
        };
      })
    : [];
  return { message, isReport: parse.isReport, reason: parse.reason, score: parse.score, baseScore: parse.baseScore, sections: topicSections(sections) ?? ownedSections(sections, own || (parse.isReport ? nameMostWritten(message.body) : '')), parserVersion: PARSER_VERSION, settled: settled !== null };
}

/**
 * A report none of whose sections names a project would be in no project's story (`projects`,
 * `query --project` read only sections with one): its only section lists the post's contents
 * (`In this edition:`, `TABLE OF CONTENTS` over a bulletin whose headings were not found) or has
 * no title. Such a post reports on its own project (`own`, from its subject or list): those
 * sections are that project's, the contents' lines its items. Unchanged when `own` is unknown.
 * (A report whose subject, title and list name nothing, a wiki's `2011-01-20 Developer Meeting`
 * page, is named by the name it writes most: nameMostWritten.)
 */
function ownedSections(sections: DerivedSection[], own: string): DerivedSection[] {
  if (!own || sections.length === 0 || sections.some((s) => !s.isContents && s.projectKey)) return sections;
  const p = sectionProject('', '', true, own);
  if (!p.key) return sections;
  return sections.map((s) => ({ ...s, isContents: false, projectName: p.name, projectKey: p.key, formerly: p.formerly, itemLabel: s.title || null }));
}
