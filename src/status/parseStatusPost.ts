/**
 * The status-post parser: body -> sections -> items -> URLs and refs, then report detection.
 * Pure and total: never throws (a failure inside becomes a non-report with a reason).
 *
 * Preamble rule: text before the first heading becomes an untitled leading section only when it
 * has items (a bullet list right after the greeting); greeting prose alone is dropped. A post
 * without any heading is one untitled section (title '', style 'none', level 0).
 */
import { prepareLines, frontMatterLines, type Line, isText } from './lines.js';
import { detectHeadings, type Heading } from './headings.js';
import { findPlainHeadings, markContents } from './contents.js';
import { parseItems } from './items.js';
import { findFootnotes, citedUrls, type Footnotes } from './footnotes.js';
import { findUrls, wrappedUrlTail } from './urls.js';
import { findTextRefs, type TextRefOptions } from './textRefs.js';
import { classifyUrl, statusNear } from './reviewUrl.js';
import { projectKey } from './projectKey.js';
import { detectReport } from './detectReport.js';
import type { Ref, StatusInput, StatusItem, StatusParse, StatusSection } from './types.js';

export { PARSER_VERSION } from './parserVersion.js';

/**
 * What a parse finds in a body before detection weighs it, the same whatever the series hint:
 * its lines, headings and sections, and (once read, for a report) their references. A caller that
 * parses one body twice with two series hints (the index derives a series' post as it is and as a
 * member of a series of reports: src/index/prepareMessage.ts) passes the same empty object to
 * both, and the second parse reads the first one's instead of finding them again (a tenth of the
 * index's parsing on the bench archive). Its sections are shared: the second parse may return them
 * with the references the first read (detection never reads references).
 */
export interface ParseReuse {
  structure?: Structure;
}

interface Structure {
  /** What it was found in (a reuse object given another body finds it again). */
  body: string;
  bodyLines: StatusInput['bodyLines'];
  prep: ReturnType<typeof prepareLines>;
  notes: Footnotes;
  lines: Line[];
  headings: Heading[];
  sections: StatusSection[];
  preamble: StatusSection | null;
  /** The sections with their references (the preamble first when it cites one), and the post's reviews and bugs. */
  refs?: { sections: StatusSection[]; reviews: Ref[]; bugs: Ref[] };
}

/**
 * `refs: false` skips reading references (URLs and every textual form) into items and the
 * post's reviews and bugs; `refs: 'reports'` reads them only when the post is a report, in the
 * same pass (detection does not need them, so the index parses each message once and reads
 * references only for reports). `reuse`: see ParseReuse.
 */
export function parseStatusPost(input: StatusInput, opts: { refs?: boolean | 'reports'; reuse?: ParseReuse } = {}): StatusParse {
  try {
    return parse(input, opts.refs ?? true, opts.reuse);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    return { isReport: false, reason: `could not be parsed (${msg.slice(0, 120)})`, score: 0, baseScore: 0, sections: [], reviews: [], bugs: [] };
  }
}

function structureOf(body: string, bodyLines: StatusInput['bodyLines']): Structure {
  const prep = prepareLines(body, bodyLines);
  const notes = findFootnotes(prep.lines);
  const front = frontMatterLines(prep.lines);
  const lines: Line[] = prep.lines.map((l, i) => (notes.lines.has(i) || front.has(i) ? { ...l, text: '', indent: -1, masked: 'empty' as const } : l));

  let headings = detectHeadings(lines);
  const plain = findPlainHeadings(lines, headings);
  if (plain.length) headings = [...headings, ...plain].sort((a, b) => a.index - b.index);
  headings = withoutEditLinks(headings);

  // a run-in heading's line goes on with its section's text (`Security Support for Woody ending. The Debian Project ...`)
  for (const h of headings) if (h.rest !== undefined) lines[h.index] = { ...lines[h.index], text: `${' '.repeat(Math.max(0, lines[h.index].indent))}${h.rest}` };
  const { sections, preamble } = buildSections(lines, headings);
  markContents(sections);
  return { body, bodyLines, prep, notes, lines, headings, sections, preamble };
}

/** The references of a structure's sections and of the post (see Structure.refs). */
function readRefs(st: Structure): NonNullable<Structure['refs']> {
  const { body, notes, lines, headings, preamble } = st;
  const ctx: RefContext = { notes, debianChangelog: DEBIAN_STANZA.test(body), githubRepo: oneGithubRepo(body) };
  // (a heading titled by a Markdown link's text keeps the link on its line: `### [Docs: ...](https://github.com/eslint/eslint/pull/11070)`)
  const linked = new Map<number, string>();
  // (and one whose line names its link after the title it keeps: `2) LDAP - https://lists.ozlabs.org/pipermail/...`,
  // `3) VLAN via REST - https://github.com/openbmc/openbmc/issues/3668` in OpenBMC's release 2.8 status, 2020)
  for (const h of headings) {
    const t = lines[h.index].text;
    if (t.includes('](') || (t.includes('://') && !h.title.includes('://'))) linked.set(lines[h.index].no, t);
  }
  for (const s of st.sections) {
    attachRefs(s.items, ctx);
    // (a heading may be the link it is about: an org `** http://tm.tl/6406` over what was done)
    const head = s.style !== 'none' ? (linked.get(s.startLine) ?? s.title) : s.title;
    s.refs = refsOf(/\d/.test(head) ? `${head}\n${s.text}` : s.text, ctx).refs;
  }
  // a review or bug cited in the greeting's prose (`the methodology: https://lore.kernel.org/...`)
  // is the report's: the preamble is kept as its untitled leading section, after detection
  let sections = st.sections;
  if (preamble) {
    preamble.refs = refsOf(preamble.text, ctx).refs;
    if (preamble.refs.some((r) => r.kind !== 'link')) sections = [preamble, ...sections];
  }
  return { sections, ...collectRefs(st.prep.lines, ctx, sections) };
}

function parse(input: StatusInput, withRefs: boolean | 'reports', reuse?: ParseReuse): StatusParse {
  const subject = typeof input?.subject === 'string' ? input.subject : '';
  const body = typeof input?.body === 'string' ? input.body : '';
  const kept = reuse?.structure;
  const st = kept && kept.body === body && kept.bodyLines === input?.bodyLines ? kept : structureOf(body, input?.bodyLines);
  if (reuse) reuse.structure = st;
  // detection reads the structure, never the references: they are read after it, when wanted
  const det = detectReport({ subject, body, bodyLines: input?.bodyLines, isReply: input?.isReply, from: input?.from, quoting: input?.quoting, series: input?.series }, st.sections, st.prep);
  let sections = st.sections;
  let reviews: Ref[] = [];
  let bugs: Ref[] = [];
  if (withRefs === true || (withRefs === 'reports' && det.isReport)) {
    st.refs ??= readRefs(st);
    ({ sections, reviews, bugs } = st.refs);
  }
  return { isReport: det.isReport, reason: det.reason, score: det.score, baseScore: det.baseScore, evidence: det.evidence, sections, reviews, bugs };
}

function lastTextLine(lines: Line[], from: number, to: number, fallback: number): number {
  for (let i = Math.min(to, lines.length) - 1; i >= from; i--) if (isText(lines[i])) return lines[i].no;
  return fallback;
}

function section(lines: Line[], h: Heading | null, from: number, to: number): StatusSection {
  const body = parseItems(lines, from, to, { sentenceItems: h?.style === 'colon' });
  const head = h ? lines[h.index].no : (lines.slice(from, to).find(isText)?.no ?? 1);
  const title = h ? h.title : '';
  return {
    title,
    key: projectKey(title),
    level: h ? h.level : 0,
    style: h ? h.style : 'none',
    isContents: false,
    text: body.text,
    refs: [],
    items: body.items,
    startLine: head,
    endLine: lastTextLine(lines, from, to, h ? lines[h.end].no : head),
  };
}

/**
 * A MediaWiki page copied as text writes each section's edit link after its title, glued or spaced (`Politics and
 * SocietyEdit`, `Kiwix edit`: Wikimedia Deutschland's monthly report, the Offline Projects' report): when two titles
 * or more end so, the link is no part of any of them. (One alone may be a name, `TextEdit`.)
 */
const EDIT_LINK = /(?<=\p{Ll}|[\p{L}\p{N})] )(?:Edit|edit)$/u;
function withoutEditLinks(headings: Heading[]): Heading[] {
  if (headings.filter((h) => EDIT_LINK.test(h.title)).length < 2) return headings;
  return headings.map((h) => (EDIT_LINK.test(h.title) ? { ...h, title: h.title.replace(EDIT_LINK, '').trimEnd() } : h));
}

/** The sections, and the preamble when it was left out (prose only: it may still cite a reference). */
function buildSections(lines: Line[], headings: Heading[]): { sections: StatusSection[]; preamble: StatusSection | null } {
  if (headings.length === 0) {
    if (!lines.some(isText)) return { sections: [], preamble: null };
    return { sections: [section(lines, null, 0, lines.length)], preamble: null };
  }
  const out: StatusSection[] = [];
  const pre = section(lines, null, 0, headings[0].index);
  if (pre.items.length > 0) out.push(pre);
  headings.forEach((h, k) => {
    const to = k + 1 < headings.length ? headings[k + 1].index : lines.length;
    out.push(section(lines, h, h.rest !== undefined ? h.index : h.end + 1, to));
  });
  return { sections: out, preamble: pre.items.length > 0 || !lines.slice(0, headings[0].index).some(isText) ? null : pre };
}

/** A Debian changelog stanza header (`pkg (1.2-3) unstable; urgency=medium`): `#N` are Debian bugs. */
const DEBIAN_STANZA = /^[a-z0-9][a-z0-9.+-]{0,60} \([^()\s]{1,60}\) [a-z0-9/-]{1,40}(?: [a-z0-9/-]{1,40}){0,5}; urgency=/m;

interface RefContext {
  notes: Footnotes;
  debianChangelog: boolean;
  githubRepo?: string;
}

/** `owner/repo` when every GitHub issue or pull request link of the post is that repository's (two or more links, or one), else undefined. */
function oneGithubRepo(body: string): string | undefined {
  if (!body.includes('github.com/')) return undefined;
  const repos = new Set<string>();
  for (const m of body.slice(0, 500_000).matchAll(/\bgithub\.com\/([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9_.-]{1,100})\/(?:issues|pull)\/\d/g)) {
    repos.add(`${m[1]}/${m[2]}`.toLowerCase());
    if (repos.size > 1) return undefined;
  }
  return repos.size === 1 ? [...repos][0] : undefined;
}

/** URLs (with cited footnotes) and refs of `text`, refs in order of position. */
function refsOf(text: string, ctx: RefContext): { urls: string[]; refs: Ref[] } {
  const { notes } = ctx;
  const urls: string[] = [];
  const urlSet = new Set<string>();
  const found: Array<{ at: number; ref: Ref }> = [];
  const spans: Array<[number, number]> = [];
  const add = (url: string, start: number, end: number) => {
    if (urlSet.has(url)) return;
    urlSet.add(url);
    urls.push(url);
    const r = classifyUrl(url);
    r.status = statusNear(text, start, end);
    found.push({ at: start, ref: r });
  };
  for (const f of findUrls(text)) {
    add(f.url, f.index, f.index + f.url.length);
    spans.push([f.index, f.index + f.url.length]);
  }
  for (const url of citedUrls(text, notes)) {
    const at = text.search(/\[[\w.-]{1,30}\]/);
    add(url, Math.max(0, at), Math.max(0, at));
  }
  const bugIds = new Set(found.filter((f) => f.ref.kind === 'bug' && f.ref.id).map((f) => f.ref.id as string));
  const opts: TextRefOptions = { knownKeys: new Set(found.map((f) => f.ref.key)), debianChangelog: ctx.debianChangelog, githubRepo: ctx.githubRepo };
  for (const t of findTextRefs(text, spans, bugIds, opts)) {
    t.ref.status = statusNear(text, t.index, t.end);
    found.push({ at: t.index, ref: t.ref });
  }
  found.sort((a, b) => a.at - b.at);
  return { urls, refs: found.map((f) => f.ref) };
}

function attachRefs(items: StatusItem[], ctx: RefContext): void {
  for (const it of items) {
    const { urls, refs } = refsOf(it.text, ctx);
    it.urls = urls;
    it.refs = refs;
    attachRefs(it.children, ctx);
  }
}

function walk(items: StatusItem[], f: (it: StatusItem) => void): void {
  for (const it of items) {
    f(it);
    walk(it.children, f);
  }
}

/** Distinct reviews and bugs, in order of first appearance in the body (footnotes at citation). */
function collectRefs(lines: Line[], ctx: RefContext, sections: StatusSection[]): { reviews: Ref[]; bugs: Ref[] } {
  const { notes } = ctx;
  const itemRefs = new Map<string, Ref>();
  for (const s of sections) {
    walk(s.items, (it) => {
      for (const r of it.refs) {
        const had = itemRefs.get(r.key);
        if (!had || (!had.status && r.status)) itemRefs.set(r.key, r);
      }
    });
  }
  const reviews: Ref[] = [];
  const bugs: Ref[] = [];
  const seen = new Set<string>();
  const all: Ref[] = []; // every review/bug/link in body order, footnotes where cited
  // a patch subject wrapped onto the next line is cut at the line end here but whole in its item
  const patchKeys = [...itemRefs.keys()].filter((k) => k.startsWith('patch:'));
  const whole = (r: Ref): Ref => {
    if (!r.key.startsWith('patch:') || itemRefs.has(r.key)) return r;
    const k = patchKeys.find((x) => x.startsWith(`${r.key} `));
    return k ? (itemRefs.get(k) as Ref) : r;
  };
  const take = (r: Ref) => all.push(whole(r));
  // a bare `bug N` is the same bug as a tracker URL with id N anywhere in the post
  const linked = () => new Set(all.filter((r) => r.kind === 'bug' && !r.key.startsWith('bug/')).map((r) => `bug/${r.id}`));
  const keep = (r: Ref, dup: Set<string>) => {
    if (r.kind === 'link' || seen.has(r.key) || dup.has(r.key)) return;
    seen.add(r.key);
    const best = itemRefs.get(r.key);
    const ref = best ? { ...best } : r;
    (ref.kind === 'review' ? reviews : bugs).push(ref);
  };
  lines.forEach((l, i) => {
    if (!isText(l) || notes.lines.has(i)) return;
    const next = lines[i + 1];
    const tail = isText(next) ? wrappedUrlTail(l.text, next.text) : null;
    const { refs } = refsOf(tail ? l.text + tail : l.text, ctx);
    refs.forEach(take);
  });
  for (const i of notes.lines) {
    for (const f of findUrls(lines[i].text)) take(classifyUrl(f.url));
  }
  const dup = linked();
  // `owner/repo#N` is the pull request when the post also links `/pull/N` of that repo
  const keys = new Set(all.map((r) => r.key));
  for (const r of all) {
    if (r.system === 'github' && r.kind === 'bug' && !/^https?:/i.test(r.url) && keys.has(r.key.replace(/\/issues\/(\d+)$/, '/pull/$1'))) dup.add(r.key);
  }
  for (const r of all) keep(r, dup);
  return { reviews, bugs };
}
