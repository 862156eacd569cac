/**
 * From one stored message to everything the index keeps about it. Pure: the caller reads the
 * row and writes the result.
 */
import { parseStatusPost, subjectExclusion, PARSER_VERSION, type StatusItem, type Ref, type StatusParse } from '../status/index.js';
import { readStoredMessage, type ReadMessage } from './readMessage.js';
import { sectionProject } from './projectNames.js';
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
  startLine: number;
  endLine: number;
  items: DerivedItem[];
}

export interface Derived {
  message: ReadMessage;
  isReport: boolean;
  reason: string;
  sections: DerivedSection[];
  parserVersion: number;
}

function toItem(i: StatusItem): DerivedItem {
  return {
    text: i.text, label: i.label, urls: i.urls, refs: i.refs, startLine: i.startLine, endLine: i.endLine,
    children: i.children.map(toItem),
  };
}

export function deriveMessage(raw: Buffer, source: 'mbox' | 'html'): Derived {
  const message = readStoredMessage(raw, source);
  const input = { subject: message.subject, body: message.cleanText, isReply: message.isReply };
  // Replies, patches, announcements and questions are decided by their headers: no need to
  // parse their bodies for the index (archive show and parse still do, to show what is there).
  const excluded = subjectExclusion(input);
  const parse: StatusParse = excluded
    ? { isReport: false, reason: excluded, sections: [], reviews: [], bugs: [] }
    : parseStatusPost(input);
  const sections: DerivedSection[] = parse.isReport
    ? parse.sections.map((s) => {
        const p = s.isContents ? { name: s.title, key: '', formerly: [], generic: false } : sectionProject(s.title, message.subject);
        return {
          title: s.title, projectName: p.name, projectKey: p.key, formerly: p.formerly,
          itemLabel: p.generic ? s.title : null, level: s.level,
          style: s.style, isContents: s.isContents, text: s.text, startLine: s.startLine, endLine: s.endLine,
          items: s.items.map(toItem),
        };
      })
    : [];
  return { message, isReport: parse.isReport, reason: parse.reason, sections: topicSections(sections) ?? sections, parserVersion: PARSER_VERSION };
}
