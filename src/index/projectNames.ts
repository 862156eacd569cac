/**
 * Which project a section reports on. A titled section is its own project; an untitled one
 * (a report with no headings) is attributed to the project its subject names. Pure.
 */
import { stripListPrefix } from '../mail/index.js';
import { projectKey, parseAliasDeclarations, isGenericHeading } from '../status/index.js';

const SUBJECT_NOISE = /\b(weekly|monthly|bi-?weekly|quarterly|daily|status|report|reports|update|updates|progress|summary|bits|from|the|team|for|of|on|news|newsletter)\b/gi;

/** `[Gluster-devel] DHT status update (week 42)` -> `DHT`; '' when nothing is left. */
export function projectFromSubject(subject: string): string {
  let s = stripListPrefix(subject);
  s = s.replace(/\([^)]*\)/g, ' ').replace(/\[[^\]]*\]/g, ' ');
  s = s.replace(/\b(19|20)\d\d([-/.]\d\d?)?\b/g, ' ');
  s = s.replace(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/gi, ' ');
  s = s.replace(/\bweek\s*\d+\b/gi, ' ');
  s = s.replace(SUBJECT_NOISE, ' ');
  s = s.replace(/(^|\s)[:\-–—,;/]+(?=\s|$)/g, ' ').replace(/[:,;]+(?=\s|$)/g, ' ').replace(/\s+/g, ' ').trim();
  return s;
}

export interface SectionProject {
  /** The project name as written (alias declaration removed). */
  name: string;
  key: string;
  /** Former names the heading declares (`JBR (formerly NSR)` -> ['NSR']). */
  formerly: string[];
  /** True when the heading is a generic status label, so the project came from the subject. */
  generic: boolean;
}

export function sectionProject(title: string, subject: string): SectionProject {
  const generic = title.trim() !== '' && isGenericHeading(title);
  if (generic) {
    const fromSubject = projectFromSubject(subject);
    if (fromSubject) return { name: fromSubject, key: projectKey(fromSubject), formerly: [], generic: true };
  }
  const raw = title.trim() || projectFromSubject(subject);
  const decl = parseAliasDeclarations(raw);
  if (decl.length > 0) {
    const name = decl[0].name.trim();
    return { name, key: projectKey(name), formerly: decl.map((d) => d.formerly), generic: false };
  }
  return { name: raw, key: projectKey(raw), formerly: [], generic: false };
}
