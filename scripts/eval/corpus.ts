/**
 * The real-post corpus in fixtures/real-corpus: `<community>/<slug>.eml` (the message as
 * RFC 822 text, as its archive has it) beside `<slug>.json` (labels written by reading the post
 * before the parser ran on it, with the post's source). One third of the posts, chosen by a hash
 * of their name, is the blind set: kept out of tuning and scored apart.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';

export interface Label {
  source: string;
  community: string;
  list?: string;
  date?: string;
  isReport: boolean;
  kind?: string;
  series?: string | null;
  projectMode?: 'single' | 'multi' | null;
  projects?: string[];
  projectsComplete?: boolean;
  sections?: string[];
  refs?: string[];
  truncated?: boolean;
  notes?: string;
  round?: number;
  /** `random`: taken by a fixed rule from an archive (every Nth message), not chosen: ordinary list traffic. */
  sample?: string;
}

export interface RealPost {
  /** `community/slug`. */
  name: string;
  community: string;
  raw: Buffer;
  label: Label;
  /** In the first round's blind third (scored once, on 2026-11-29; tunable since). */
  blind: boolean;
  /** 1 for the first 194 posts; 2 for those gathered after the first blind run; 3 for those gathered after the second, the blind set now. */
  round: number;
  /** The archive did not show its subject (or the copy has no Subject line): scored as a post without one. */
  subjectUnknown?: boolean;
}

export function isBlind(name: string): boolean {
  return createHash('sha1').update(name).digest()[0] % 3 === 0;
}

export function loadRealCorpus(dir: string): RealPost[] {
  if (!existsSync(dir)) return [];
  const out: RealPost[] = [];
  for (const community of readdirSync(dir).sort()) {
    const cdir = path.join(dir, community);
    if (!statSync(cdir).isDirectory()) continue;
    for (const f of readdirSync(cdir).sort()) {
      if (!f.endsWith('.eml')) continue;
      const slug = f.slice(0, -4);
      const jsonPath = path.join(cdir, `${slug}.json`);
      if (!existsSync(jsonPath)) continue;
      const name = `${community}/${slug}`;
      const label = JSON.parse(readFileSync(jsonPath, 'utf8')) as Label;
      // A copy whose archive page did not show the subject says so in its Subject header
      // (`(not shown in the archive excerpt)`); the post had a subject we do not know, so the parser is
      // given none rather than those words.
      const raw = readFileSync(path.join(cdir, f));
      // (`Subject: (not shown ...)`, a subject that is only a parenthesis saying it was not shown, such as
      // `(web page; not a mail; title not shown in the archive excerpt)`, or no Subject line at all)
      const header = raw.toString('latin1').split(/\r?\n\r?\n/)[0] + '\n';
      const unknown = /^Subject: \(not shown[^\n]*\n/im.test(header) || /^Subject: \([^()\n]*\bnot shown\b[^()\n]*\)[ \t]*\r?\n/im.test(header)
        || !/^Subject:/im.test(header);
      const bare = withoutPlaceholders(raw);
      out.push({ name, community, raw: unknown ? withoutSubject(bare) : withoutAnnotation(bare), label, blind: isBlind(name), round: label.round ?? 1, subjectUnknown: unknown });
    }
  }
  return out;
}

/**
 * The message with the labeller's note on its copy cut from the end of its subject (`RealLife(TM) (web news post; not
 * a mail)`, `Debian Weekly News 1999/45 (title not shown in the archive excerpt)`, `... (from the page address; the
 * title is not in the stored text)`, `(per the mail-archive.com search that lists it)`, `(page: agm-2023-minutes)`,
 * `(page title: CommitteeMeetingTopics.2004-05-19)`): the post's writer did not write those words, and `news` or
 * `minutes` in them is a cue the post never gave. (A writer's own parenthesis stays: `(from the ALS show)`.)
 */
export function withoutAnnotation(raw: Buffer): Buffer {
  const text = raw.toString('latin1');
  const cut = text.search(/\r?\n\r?\n/);
  const head = cut >= 0 ? text.slice(0, cut) : text;
  const note = /^(Subject:[^\n]*?\S)[ \t]+\((?:[^()\n]*\b(?:not a mail|not shown)\b[^()\n]*|from the (?:page|post'?s?) address[^()\n]*|from the forum copy[^()\n]*|per the [^()\n]*|page title(?::[^()\n]*)?|page: [^()\n]*|title from the [^()\n]*)\)[ \t]*(?=\r?$)/im;
  if (!note.test(head)) return raw;
  return Buffer.from(head.replace(note, '$1') + (cut >= 0 ? text.slice(cut) : ''), 'latin1');
}

/**
 * The message without the labeller's placeholders for a sender or recipient the copy did not show (`From: (not shown in
 * the archive excerpt)`, `From: (not shown in the page excerpt; the Bacula project leader, writing in the first
 * person)`, `To: (wiki page: OSGeo board meetings)`): a header whose whole value is a parenthesis is the labeller's
 * note, and its words are not the post's (the Bacula leader's status reports were split into projects, `Bacula` read
 * as the writer's name); the parser is given no sender, as for a post whose archive shows none.
 */
export function withoutPlaceholders(raw: Buffer): Buffer {
  const text = raw.toString('latin1');
  const cut = text.search(/\r?\n\r?\n/);
  const head = cut >= 0 ? text.slice(0, cut) : text;
  const note = /^(?:From|To|Cc):[ \t]*\([^\n]*\)[ \t]*(?:\r?\n|$)/gim;
  if (!note.test(head)) return raw;
  return Buffer.from(head.replace(note, '') + (cut >= 0 ? text.slice(cut) : ''), 'latin1');
}

/** The message with its Subject header removed: what detection sees from the body alone. */
export function withoutSubject(raw: Buffer): Buffer {
  const text = raw.toString('latin1');
  const cut = text.search(/\r?\n\r?\n/);
  const head = cut >= 0 ? text.slice(0, cut) : text;
  const rest = cut >= 0 ? text.slice(cut) : '';
  const lines = head.split(/\r?\n/);
  const kept: string[] = [];
  let skipping = false;
  for (const l of lines) {
    if (/^subject:/i.test(l)) { skipping = true; continue; }
    if (skipping && /^[ \t]/.test(l)) continue;
    skipping = false;
    kept.push(l);
  }
  return Buffer.from(kept.join('\n') + rest, 'latin1');
}
