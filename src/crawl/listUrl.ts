/**
 * List URLs: reduce whatever the user pasted to the list root, and decide whether a URL is inside
 * the set of prefixes the crawler may touch.
 */
import { ListUrlError } from './errors.js';

export interface ListRoot {
  /** Absolute URL of the list's archive directory; always ends with '/'. */
  root: string;
  /** The list name as it appears in the URL (e.g. `gluster-devel`, cPanel style `list_domain.org`). */
  name: string;
}

/** A last path segment that names a file rather than a directory. */
const FILE_RE = /\.(html?|txt|txt\.gz|gz|mbox)$/i;
/** Period directory names (yearly, monthly, quarterly, weekly, daily), see FORMAT.md §2. */
const PERIOD_RE = /^(\d{4}|\d{4}-[A-Za-z]+|\d{4}q[1-4]|Week-of-Mon-\d{8}|\d{8})$/;

function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Accepts `https://host/pipermail/list`, `.../list/`, `.../list/index.html`, `.../list/2014-October/`,
 * `.../list/2014-October/002260.html`, `.../list/2014-October.txt.gz`, and the Mailman listinfo page
 * `.../mailman/listinfo/list` (mapped to `/pipermail/list/` on the same host). Query and fragment are dropped.
 */
export function normalizeListUrl(input: string): ListRoot {
  const text = input.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ListUrlError(input, 'Not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ListUrlError(input, 'Only http(s) URLs are supported');
  if (url.username || url.password) throw new ListUrlError(input, 'URLs with credentials are not supported');

  let segs = url.pathname.split('/').filter((s) => s !== '');
  // listinfo page -> public archive of the same list
  const li = segs.lastIndexOf('listinfo');
  if (li >= 0 && li === segs.length - 2 && segs[li - 1] === 'mailman') {
    segs = ['pipermail', segs[li + 1]!];
  }
  if (segs.length > 0 && FILE_RE.test(segs[segs.length - 1]!)) {
    const last = segs[segs.length - 1]!;
    segs = segs.slice(0, -1);
    // LIST.mbox/LIST.mbox -> LIST
    if (/\.mbox$/i.test(last) && segs.length > 0 && segs[segs.length - 1]!.toLowerCase().endsWith('.mbox')) {
      segs[segs.length - 1] = segs[segs.length - 1]!.slice(0, -'.mbox'.length);
    }
  }
  if (segs.length > 1 && PERIOD_RE.test(decodeSegment(segs[segs.length - 1]!))) segs = segs.slice(0, -1);
  if (segs.length === 0) throw new ListUrlError(input, 'The URL has no list path');

  const name = decodeSegment(segs[segs.length - 1]!);
  const root = `${url.protocol}//${url.host}/${segs.join('/')}/`;
  return { root, name };
}

interface ParsedPrefix {
  protocol: string;
  host: string;
  path: string;
}

function parsePrefix(prefix: string): ParsedPrefix | null {
  try {
    const u = new URL(prefix);
    return { protocol: u.protocol, host: u.host, path: u.pathname };
  } catch {
    return null;
  }
}

function parseTarget(url: string): URL | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    if (u.username || u.password) return null;
    return u;
  } catch {
    return null;
  }
}

/** Same host and port, over the prefix's scheme or upgraded from http to https. */
function sameOrigin(p: ParsedPrefix, u: URL): boolean {
  // URL.host drops default ports, so http://h and https://h both have host "h".
  const schemeOk = u.protocol === p.protocol || (p.protocol === 'http:' && u.protocol === 'https:');
  return schemeOk && u.host === p.host;
}

function pathWithin(prefixPath: string, path: string): boolean {
  // A directory prefix also covers the directory named without its slash (servers redirect it).
  if (prefixPath.endsWith('/')) return path.startsWith(prefixPath) || path === prefixPath.slice(0, -1);
  return path === prefixPath || path.startsWith(prefixPath + '/');
}

/**
 * Is `url` inside one of `prefixes`? Compared on the parsed URL (host, then path prefix on
 * segment boundaries), so `../` tricks and `user@host` forms cannot escape. An https URL is
 * accepted for an http prefix of the same host and path (upgrade), never the reverse.
 */
export function isWithinPrefixes(url: string, prefixes: readonly string[]): boolean {
  const u = parseTarget(url);
  if (!u) return false;
  return prefixes.some((pre) => {
    const p = parsePrefix(pre);
    return p !== null && sameOrigin(p, u) && pathWithin(p.path, u.pathname);
  });
}

/** Is `url` the robots.txt of a host that one of `prefixes` lives on? */
export function isRobotsUrlFor(url: string, prefixes: readonly string[]): boolean {
  const u = parseTarget(url);
  if (!u || u.pathname !== '/robots.txt' || u.search !== '') return false;
  return prefixes.some((pre) => {
    const p = parsePrefix(pre);
    return p !== null && sameOrigin(p, u);
  });
}

/** Is `to` the same URL as `from` with http upgraded to https (same host and path)? */
export function isHttpsUpgrade(from: string, to: string): boolean {
  const a = parseTarget(from);
  const b = parseTarget(to);
  if (!a || !b) return false;
  return (
    a.protocol === 'http:' &&
    b.protocol === 'https:' &&
    a.hostname === b.hostname &&
    a.port === b.port &&
    a.pathname === b.pathname &&
    a.search === b.search
  );
}
