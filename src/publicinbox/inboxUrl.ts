/**
 * A public-inbox inbox's URL: `<site>/<name>/` (lore.kernel.org/git/, public-inbox.org/meta/,
 * or under a mount prefix). Any URL inside the inbox (a message `<Message-ID>/`, a thread, its
 * mirror page `_/text/mirror/`, `manifest.js.gz`, an epoch `git/N.git`, a feed) reduces to it;
 * a local inbox or git mirror is a `file:` URL of its folder. Message pages are
 * `<inbox>/<Message-ID escaped as public-inbox's mid_escape>/`. Pure.
 */
import { ListUrlError, parseListInput } from '../errors.js';

export interface PublicInbox {
  /** `https://host/name/` or `file:///path/to/inbox/`, always ending with '/'. */
  root: string;
  /** The inbox's name (its last path segment, `.git` dropped). */
  name: string;
  local: boolean;
}

/** Hosts that serve nothing but public-inbox archives. */
const PUBLIC_INBOX_HOSTS = /^(lore\.kernel\.org|public-inbox\.org|inbox\.sourceware\.org|lore\.[a-z0-9-]+\.[a-z.]+)$/i;

/** Path segments that are inside an inbox (what follows `<name>/` in public-inbox's routes). */
function insideAt(segs: string[]): number {
  for (let i = 1; i < segs.length; i++) {
    const s = segs[i];
    if (s === 'git' && /^\d+(\.git)?$/.test(segs[i + 1] ?? '')) return i;
    if (/^\d+\.git$/.test(s) || s === '_' || s === 'manifest.js.gz' || s === 'new.atom' || s === 'atom.xml' || s === 'new.html'
      || s === 'description' || s === 'index.html' || s === 'all.git') return i;
    // A Message-ID (public-inbox keeps the @ literal; %40 is accepted).
    if (/@|%40/i.test(s)) return i;
  }
  return -1;
}

/** True when the URL can only be a public-inbox archive (its known hosts, or a path only public-inbox serves). */
export function isPublicInboxUrl(input: string): boolean {
  try {
    const u = new URL(input.trim());
    if (u.protocol === 'file:') return true;
    const segs = u.pathname.split('/').filter(Boolean);
    if (PUBLIC_INBOX_HOSTS.test(u.hostname)) return true;
    // A Message-ID under an inbox (a pipermail path has no @; HyperKitty's .../list/NAME@HOST/ is told first).
    if (segs.length >= 2 && segs.slice(1).some((s) => /@|%40/i.test(s))) return true;
    return segs.some((s, i) => s === 'manifest.js.gz' || (s === 'git' && /^\d+\.git$/.test(segs[i + 1] ?? '')) || (s === '_' && segs[i + 1] === 'text'));
  } catch {
    return false;
  }
}

export function publicInboxUrl(input: string): PublicInbox {
  const url = parseListInput(input);
  if (url.protocol === 'file:') {
    const segs = url.pathname.split('/').filter(Boolean);
    if (segs.length === 0) throw new ListUrlError(input, 'Not a public-inbox folder');
    const last = decodeURIComponent(segs[segs.length - 1]);
    return { root: `file:///${segs.join('/')}/`, name: last.replace(/\.git$/, '') || last, local: true };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ListUrlError(input, 'Only http(s) URLs and local folders are supported');
  if (url.username || url.password) throw new ListUrlError(input, 'URLs with credentials are not supported');
  let segs = url.pathname.split('/').filter(Boolean);
  const i = insideAt(segs);
  if (i >= 0) segs = segs.slice(0, i);
  if (segs.length === 0) throw new ListUrlError(input, 'Not a public-inbox inbox URL (expected https://HOST/INBOX/, e.g. https://lore.kernel.org/git/)');
  const name = decodeURIComponent(segs[segs.length - 1]).replace(/\.git$/, '');
  return { root: `${url.protocol}//${url.host}/${segs.join('/')}/`, name, local: false };
}

/** public-inbox's mid_escape: every byte of the UTF-8 Message-ID outside A-Za-z0-9 -._~!$&'()*+,;=:@ is %XX. */
export function midEscape(messageId: string): string {
  let out = '';
  for (const b of Buffer.from(messageId, 'utf8')) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9\-._~!$&'()*+,;=:@]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** A message's page: `<inbox>/<escaped Message-ID>/`. */
export function messageUrl(root: string, messageId: string): string {
  return `${root}${midEscape(messageId)}/`;
}

/** An epoch's clone URL, as public-inbox serves it (`<inbox>/git/<N>.git`). */
export function epochUrl(root: string, epoch: number): string {
  return `${root}git/${epoch}.git`;
}
