/**
 * URL extraction from free text: http(s)/ftp/git/ssh URLs, `<url>` autolinks, markdown
 * `[text](url)`, scheme-less `lore.kernel.org/...` (returned with `https://` prepended).
 * Trailing sentence punctuation and an unbalanced `)` are trimmed. A lore / public-inbox /
 * patchew / patchwork message URL that pipermail cut at its obfuscated `@` (`.../r/123.abc at
 * host.org/`) is rejoined with the `@` restored.
 */

const URL_RE = /\b(?:https?|ftp|git|ssh|svn):\/\/[^\s<>"`\[\]{}|\\^]+|(?<![\w.\/@:-])(?:lore|lkml)\.kernel\.org\/[^\s<>"`\[\]{}|\\^]+/gi;

/** Trim what cannot end a URL: `.,;:!?'"*_`, and `)` / `]` when unbalanced. */
export function trimUrl(url: string): string {
  let end = url.length;
  let open = count(url, '(');
  let close = count(url, ')');
  while (end > 0) {
    const last = url.charAt(end - 1);
    if (/[.,;:!?'"*_>]/.test(last)) {
      end--;
    } else if (last === ')' && close > open) {
      end--;
      close--;
    } else {
      break;
    }
  }
  return url.slice(0, end);
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

/** Archives whose message URLs carry a Message-ID (pipermail turns its `@` into ` at `). */
const MSG_ARCHIVE = /^(?:[a-z]+:\/\/)?(?:lore\.kernel\.org|lkml\.kernel\.org|public-inbox\.org|inbox\.sourceware\.org|patchew\.org|patchwork\.[^/]+)\/[^?#]*[^/?#@]$/i;
const AT_TAIL = /^ at ([A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){0,10})(\/[^\s<>"`[\]{}|\\^]{0,2000})?/;

/**
 * Length of a pipermail-obfuscated Message-ID tail after a message-archive URL
 * (`https://lore.kernel.org/r/123.abc` + ` at host.org/`), and the URL with `@` restored; or null.
 */
function obfuscatedTail(url: string, text: string, end: number): { url: string; length: number } | null {
  if (text.charCodeAt(end) !== 32 || !MSG_ARCHIVE.test(url)) return null;
  const t = AT_TAIL.exec(text.slice(end, end + 2400));
  if (!t || (!t[1].includes('.') && !t[2])) return null;
  const after = text.charAt(end + t[0].length);
  if (after && !/[\s>)\].,;:!?'"]/.test(after)) return null;
  return { url: trimUrl(`${url}@${t[1]}${t[2] ?? ''}`), length: t[0].length };
}

/** Every URL in `text`, in order, with its offset. */
export function findUrls(text: string): FoundUrl[] {
  const out: FoundUrl[] = [];
  if (!text) return out;
  URL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = URL_RE.exec(text)) !== null) {
    // `[https://review.coreboot.org/c/flashrom/+/67391%5D(https://...)`: a Markdown link whose `]`
    // a web archive percent-encoded ends at it; the link's target is read next
    let found = m[0];
    const md = found.search(/%5D\(/i);
    if (md > 0) {
      found = found.slice(0, md);
      URL_RE.lastIndex = m.index + md + 4;
    }
    let url = trimUrl(found);
    if (url.length === found.length) {
      const tail = obfuscatedTail(url, text, m.index + url.length);
      if (tail) {
        url = tail.url;
        URL_RE.lastIndex = m.index + found.length + tail.length;
      }
    }
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
  let end = rest.length;
  while (end > 0 && rest[end - 1] === '/') end--;
  rest = rest.slice(0, end);
  if (rest === '') rest = '';
  return host + rest;
}

const SCHEME = /(?:https?|ftp|git):\/\/[^\s<>"]/i;
const TAIL_RE = /^\s*([\w\-.~%/?#&=+:;@!$,]+)(?=\s|$)/;

/**
 * When `line` ends with a URL that a wrapper cut and `next` starts with its rest, that rest
 * (`iss` / `ues/201`, `show_bug.cgi?` / `id=1234`, `http://` / `lists.example.org/...`); otherwise null. The rest must look like a
 * path or query piece (holds `/`, `=`, `&`, `?` or `#`), not a word of prose (nor a question's word: `.../+/32883` /
 * `Reverted? https://...` in OpenBMC's release status, 2020).
 */
export function wrappedUrlTail(line: string, next: string): string | null {
  if (!line.includes('://')) return null; // no URL to continue (the common case: prose)
  const end = line.trimEnd();
  let k = end.length;
  while (k > 0 && !/\s/.test(end[k - 1])) k--;
  const token = end.slice(k);
  if (token.length > 4000) return null;
  // (`Notes can be found here: http://` / `lists.example.org/pipermail/...`: a wrapper cut right after the scheme)
  if (/(?:^|[\s(<])(?:https?|ftp):\/\/$/i.test(' ' + token)) {
    const host = /^\s*((?:[\w-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#][\w\-.~%/?#&=+:;@!$,]*)?)(?=\s|$)/i.exec(next);
    if (!host || host[1].length > 4000) return null;
    let cut = host[1].length;
    while (cut > 0 && /[.,;:!]/.test(host[1][cut - 1])) cut--;
    return host[1].slice(0, cut);
  }
  const at = token.search(SCHEME);
  if (at < 0 || /[<>"]/.test(token.slice(at)) || /[.,;:!)]$/.test(token)) return null;
  const t = TAIL_RE.exec(next);
  if (!t) return null;
  const tail = t[1];
  if (tail.length > 4000) return null;
  if (/^(?:[a-z]+:\/\/|www\.)/i.test(tail) || !/[/=&?#]/.test(tail) || /^[A-Za-z]+\/[A-Za-z]+[.,;:]?$/.test(tail) || /^[A-Za-z]+\?$/.test(tail)) return null;
  // (a query whose last value is a whole number is complete: a line starting a new `NAME=value` is not its rest:
  // `https://bugs.llvm.org/show_bug.cgi?id=47468` / `LLVM=1 (Nick) in Android`, Clang-Built Linux's meeting notes, 2020)
  if (/[?&;][\w.-]+=\d+$/.test(token) && /^[A-Za-z_][\w.-]*=/.test(tail)) return null;
  let cut = tail.length;
  while (cut > 0 && /[.,;:!]/.test(tail[cut - 1])) cut--;
  return tail.slice(0, cut);
}

/** Join wrapped pieces of text with single spaces, except where a URL was cut at a line end. */
export function joinLines(parts: string[]): string {
  let out = parts[0] ?? '';
  let last = out; // the text since the last space we added (what a cut URL can end)
  for (let k = 1; k < parts.length; k++) {
    const p = parts[k];
    if (wrappedUrlTail(last, p)) {
      out += p.trimStart();
      last += p.trimStart();
    } else {
      out += ` ${p}`;
      last = p;
    }
  }
  return out;
}
