/**
 * URL extraction from free text: http(s)/ftp/git/ssh URLs, `<url>` autolinks, markdown
 * `[text](url)`, scheme-less `lore.kernel.org/...` (returned with `https://` prepended).
 * Trailing sentence punctuation and an unbalanced `)` are trimmed.
 */

const URL_RE = /\b(?:https?|ftp|git|ssh|svn):\/\/[^\s<>"`\[\]{}|\\^]+|(?<![\w.\/@:-])(?:lore|lkml)\.kernel\.org\/[^\s<>"`\[\]{}|\\^]+/gi;

/** Trim what cannot end a URL: `.,;:!?'"*_`, and `)` / `]` when unbalanced. */
export function trimUrl(url: string): string {
  let u = url;
  for (;;) {
    const last = u.charAt(u.length - 1);
    if (/[.,;:!?'"*_]/.test(last)) {
      u = u.slice(0, -1);
      continue;
    }
    if (last === ')' && count(u, ')') > count(u, '(')) {
      u = u.slice(0, -1);
      continue;
    }
    if (last === '>' ) {
      u = u.slice(0, -1);
      continue;
    }
    break;
  }
  return u;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

export interface FoundUrl {
  url: string;
  /** Offset of the URL in the text searched. */
  index: number;
}

/** Every URL in `text`, in order, with its offset. */
export function findUrls(text: string): FoundUrl[] {
  const out: FoundUrl[] = [];
  if (!text) return out;
  URL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = URL_RE.exec(text)) !== null) {
    let url = trimUrl(m[0]);
    if (!/^[a-z]+:\/\//i.test(url)) url = 'https://' + url;
    if (/^[a-z]+:\/\/[^/]*\.[^/]/i.test(url) || /^[a-z]+:\/\/[^/]+\//i.test(url) || /^[a-z]+:\/\/localhost/i.test(url)) {
      out.push({ url, index: m.index });
    }
  }
  return out;
}

/** Every URL in `text`, in order (duplicates kept once). */
export function extractUrls(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const f of findUrls(text)) {
    if (!seen.has(f.url)) {
      seen.add(f.url);
      out.push(f.url);
    }
  }
  return out;
}

/**
 * Normalised form of a URL used as identity for plain links: scheme dropped, host lower-cased
 * without `www.` and default port, trailing slash removed.
 */
export function normalizeUrl(url: string): string {
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)(.*)$/i.exec(url);
  if (!m) return url;
  let host = m[2].toLowerCase().replace(/^www\./, '').replace(/:(80|443)$/, '');
  host = host.replace(/^[^@]*@/, '');
  let rest = m[3];
  rest = rest.replace(/\/+$/, '');
  if (rest === '') rest = '';
  return host + rest;
}
