/**
 * URL scope: decide whether a URL is inside the set of prefixes the crawler may touch (the list
 * roots given), and whether a redirect is a plain http -> https upgrade.
 */
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
