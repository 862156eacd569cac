/**
 * Posts that track topics under category sections, like git's "What's cooking" ([New Topics],
 * [Cooking], [Graduated to 'master'], [Stalled]): the categories are not projects, the topics
 * are. Each topic becomes its own project section whose title is its category, so a topic's
 * history shows it moving from [Cooking] to [Graduated to 'master']. Pure.
 */
import { projectKey } from '../status/index.js';

/**
 * What this module reads and rewrites of a section. deriveMessage's DerivedSection has these
 * fields; naming them here, rather than importing that type, keeps the two modules from
 * importing each other.
 */
export interface TopicSection {
  title: string;
  isContents: boolean;
  style: string;
  projectName: string;
  projectKey: string;
  formerly: string[];
  itemLabel: string | null;
  text: string;
  startLine: number;
  endLine: number;
  items: Array<{ text: string; startLine: number; endLine: number }>;
}

/** `ds/doc-config-reflow (2024-06-12) 1 commit ...`: a topic branch name and its date. */
const TOPIC = /^([A-Za-z0-9][\w.+-]*\/[\w.+/-]+)\s+\((\d{4}-\d\d-\d\d|[^()]{0,40}?\b(?:19|20)\d\d\b[^()]{0,12})\)/;

export function topicName(itemText: string): string | null {
  return TOPIC.exec(itemText)?.[1] ?? null;
}

/** The sections re-cut by topic, or null when the post is not a topic-tracking post. */
export function topicSections<S extends TopicSection>(sections: S[]): S[] | null {
  // 2006-2007 issues: each `* topic (date) N commits` line heads its `+ commit` lines, a section of its own
  const titled = sections.filter((s) => !s.isContents && topicName(s.title));
  if (titled.length >= 2) {
    return sections.map((s) => {
      const name = s.isContents ? null : topicName(s.title);
      return name ? { ...s, projectName: name, projectKey: projectKey(name), formerly: [], itemLabel: null } : s;
    });
  }
  // Categories are `[Cooking]`-style sections; early issues (2006-2007) had no categories, only topics.
  let categories = sections.filter((s) => !s.isContents && s.style === 'bracket');
  if (categories.length < 2) categories = sections.filter((s) => !s.isContents);
  const items = categories.flatMap((s) => s.items);
  const topics = items.filter((i) => topicName(i.text));
  if (topics.length < 3 || topics.length < items.length * 0.6) return null;
  return sections.flatMap((s): S[] => {
    if (!categories.includes(s)) return [s];
    const out: S[] = [];
    const rest = s.items.filter((i) => !topicName(i.text));
    if (rest.length > 0) out.push({ ...s, items: rest }); // an empty category is not a project
    for (const item of s.items) {
      const name = topicName(item.text);
      if (!name) continue;
      out.push({
        ...s, projectName: name, projectKey: projectKey(name), formerly: [], itemLabel: null, text: '', refs: [],
        items: [item], startLine: item.startLine, endLine: item.endLine,
      });
    }
    return out;
  });
}
