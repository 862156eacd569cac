/**
 * References written without a URL: message-ids (`source: <id>`, `cf. <id>`; pipermail's
 * `local at host` obfuscation is undone), commit hashes (`commit 3445139e3a594b`,
 * `3445139e3a594b ("subject")`, linux-next's `(6c0483dbfe72 Merge tag ...)`) and bare bug numbers
 * (`bug 711205`, `Bug #12345`, a `116022: text` bug line). Message-ids and commits are links
 * (system `mail` / `commit`); bare bugs are bugs of unknown tracker (system `other`, key `bug/N`).
 * All patterns are bounded (no nested quantifiers) so long lines stay linear.
 */
import type { Ref } from './types.js';

export interface TextRef {
  ref: Ref;
  index: number;
  end: number;
}

const MSGID_RE = /<([^\s<>@"]{1,200}?)(?:@| at )([A-Za-z0-9][A-Za-z0-9.-]{0,200})>/g;
const MSGID_CUE = /(?:\bsource|\bcf\.?|\bmessage-id|\bmsg-?id|\bsee|\bthread)\s*:?\s*$/i;
const HASH_RE = /\b[0-9a-f]{7,40}\b/g;
const BUG_RE = /\bbug\s*(?:#\s*|no\.\s*|number\s+)?(\d{3,8})\b/gi;
const BUG_LINE_RE = /^\s*(\d{5,8}):\s/;

function ref(url: string, system: Ref['system'], kind: Ref['kind'], id: string, key: string): Ref {
  return { url, system, kind, id, key, status: null };
}

function machineMade(local: string): boolean {
  return local.length >= 10 && /\d/.test(local) && /[.$%_=+-]/.test(local);
}

/**
 * Refs in `text` that are not URLs. `taken` are spans (URLs) to skip; `knownIds` are ids of
 * bugs already linked by URL in the same text (a bare `bug N` next to its URL is not a second bug).
 */
export function findTextRefs(text: string, taken: Array<[number, number]> = [], knownIds: Set<string> = new Set()): TextRef[] {
  const out: TextRef[] = [];
  if (!text) return out;
  const inTaken = (a: number, b: number) => taken.some(([s, e]) => a < e && b > s);
  const seen = new Set<string>();
  const push = (r: Ref, index: number, end: number) => {
    if (inTaken(index, end) || seen.has(r.key)) return;
    seen.add(r.key);
    out.push({ ref: r, index, end });
  };
  let m: RegExpExecArray | null;
  MSGID_RE.lastIndex = 0;
  while ((m = MSGID_RE.exec(text)) !== null) {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (!MSGID_CUE.test(before) && !machineMade(m[1])) continue;
    const id = `${m[1]}@${m[2]}`;
    push(ref(`mid:${id}`, 'mail', 'link', id, `mid:${id}`), m.index, m.index + m[0].length);
  }
  const mailSpans = out.map((t) => [t.index, t.end] as [number, number]);
  HASH_RE.lastIndex = 0;
  while ((m = HASH_RE.exec(text)) !== null) {
    const h = m[0];
    if (!/\d/.test(h) || !/[a-f]/.test(h)) continue;
    const end = m.index + h.length;
    if (mailSpans.some(([s, e]) => m!.index < e && end > s)) continue;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(end, end + 4);
    const ok = /\bcommits?\s+$/i.test(before) || (h.length >= 10 && /^\s\(["“]/.test(after)) ||
      (h.length >= 12 && /\($/.test(before) && /^\s[\w"'[]/.test(after)) ||
      (h.length >= 10 && /\bon \d{4}-\d\d-\d\d at\s+$/.test(text.slice(Math.max(0, m.index - 20), m.index)) && /^\)/.test(after));
    if (!ok) continue;
    const id = h.toLowerCase();
    push(ref(h, 'commit', 'link', id, `commit:${id}`), m.index, end);
  }
  const bug = (n: string, index: number, end: number, found: string) => {
    if (knownIds.has(n)) return;
    push(ref(found, 'other', 'bug', n, `bug/${n}`), index, end);
  };
  const line = BUG_LINE_RE.exec(text);
  if (line) bug(line[1], line.index + line[0].indexOf(line[1]), line.index + line[0].indexOf(line[1]) + line[1].length, line[1]);
  BUG_RE.lastIndex = 0;
  while ((m = BUG_RE.exec(text)) !== null) bug(m[1], m.index, m.index + m[0].length, m[0]);
  return out.sort((a, b) => a.index - b.index);
}
