/**
 * Classify a URL as a code review, a bug or a plain link, and give it an identity key:
 * `host/id` for Gerrit changes, Bugzilla bugs and Patchwork patches (so `/#/c/8913/`,
 * `/c/glusterfs/+/8913` and `/8913` are one change), `host/owner/repo/pull|issues/N` for GitHub,
 * `host/group/project/merge_requests|issues/N` for GitLab, `bugs.launchpad.net/N` for Launchpad.
 */
import type { Ref, RefSystem } from './types.js';
import { normalizeUrl } from './urls.js';

interface Split {
  host: string;
  path: string;
  query: string;
  fragment: string;
}

function split(url: string): Split | null {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/i.exec(url);
  if (!m) return null;
  const host = m[1].toLowerCase().replace(/^[^@]*@/, '').replace(/^www\./, '').replace(/:\d+$/, '');
  let path = m[2] || '/';
  try {
    path = path.replace(/%23/gi, '#').replace(/%2F/gi, '/');
  } catch {
    /* keep */
  }
  return { host, path, query: m[3] ?? '', fragment: m[4] ?? '' };
}

function make(url: string, system: RefSystem, kind: Ref['kind'], id: string | null, key: string): Ref {
  return { url, system, kind, id, key, status: null };
}

function isGerritHost(host: string): boolean {
  return /^(review|gerrit|codereview|git-review)\./.test(host) || /gerrit/.test(host) || host === 'review';
}

function gerritId(s: Split): string | null {
  const whole = s.path + s.fragment;
  let m = /(?:^|\/)#\/c\/(?:[^#?]*?\/\+\/)?(\d+)(?:\/|$)/.exec(whole);
  if (m) return m[1];
  m = /\/c\/(?:.+?\/\+\/)?(\d+)(?:\/|$)/.exec(s.path);
  if (m && (isGerritHost(s.host) || /\/\+\//.test(s.path))) return m[1];
  if (isGerritHost(s.host)) {
    m = /^\/(?:r\/|gerrit\/)?(\d+)\/?$/.exec(s.path);
    if (m && !s.fragment) return m[1];
    m = /^\/(?:r\/|gerrit\/)?#\/c\/(\d+)/.exec(whole);
    if (m) return m[1];
  }
  return null;
}

/** Classify one URL (already trimmed). Never throws. */
export function classifyUrl(url: string): Ref {
  const s = split(url);
  const linkKey = normalizeUrl(url);
  if (!s) return make(url, 'other', 'link', null, linkKey);
  const { host, path, query } = s;

  // GitHub pull requests and issues.
  if (host === 'github.com') {
    const m = /^\/([^/]+)\/([^/]+)\/(pull|pulls|issues)\/(\d+)/.exec(path);
    if (m) {
      const review = m[3] !== 'issues';
      const key = `github.com/${m[1].toLowerCase()}/${m[2].toLowerCase()}/${review ? 'pull' : 'issues'}/${m[4]}`;
      return make(url, 'github', review ? 'review' : 'bug', m[4], key);
    }
    if (/^\/[^/]+\/[^/]+\/commit\/[0-9a-f]{7,40}/i.test(path)) return make(url, 'commit', 'link', null, linkKey);
    return make(url, 'github', 'link', null, linkKey);
  }

  // GitLab merge requests and issues (any host; `/-/` form or a gitlab host).
  {
    const m = /^\/(.+?)\/(?:-\/)?(merge_requests|issues)\/(\d+)/.exec(path);
    if (m && (/\/-\//.test(path) || /gitlab/.test(host))) {
      const review = m[2] === 'merge_requests';
      const key = `${host}/${m[1].toLowerCase()}/${m[2]}/${m[3]}`;
      return make(url, 'gitlab', review ? 'review' : 'bug', m[3], key);
    }
  }

  // Gerrit changes.
  {
    const id = gerritId(s);
    if (id) return make(url, 'gerrit', 'review', id, `${host}/${id}`);
  }

  // Bugzilla.
  {
    const m = /(?:^|[?&])id=(\d+)/.exec(query.slice(1));
    if (/show_bug\.cgi$/.test(path) && m) return make(url, 'bugzilla', 'bug', m[1], `${host}/${m[1]}`);
    const short = /^\/(\d+)\/?$/.exec(path);
    if (/^bugzilla\./.test(host) && short) return make(url, 'bugzilla', 'bug', short[1], `${host}/${short[1]}`);
  }

  // Launchpad bugs (global numbering: both hosts share one key space).
  {
    const m = /\/\+bug\/(\d+)/.exec(path) ?? (host === 'launchpad.net' ? /^\/bugs\/(\d+)/.exec(path) : null);
    if ((host === 'bugs.launchpad.net' || host === 'launchpad.net') && m) {
      return make(url, 'launchpad', 'bug', m[1], `bugs.launchpad.net/${m[1]}`);
    }
  }

  // Debian BTS.
  if (host === 'bugs.debian.org') {
    const m = /^\/(\d+)\/?$/.exec(path) ?? /[?&]bug=(\d+)/.exec(query);
    if (m) return make(url, 'other', 'bug', m[1], `bugs.debian.org/${m[1]}`);
  }

  // Pagure (pagure.io, src.fedoraproject.org).
  if (host === 'pagure.io' || host === 'src.fedoraproject.org') {
    const m = /^\/(.+?)\/(issue|pull-request)\/(\d+)/.exec(path);
    if (m) {
      const review = m[2] === 'pull-request';
      return make(url, 'other', review ? 'review' : 'bug', m[3], `${host}/${m[1].toLowerCase()}/${m[2]}/${m[3]}`);
    }
  }

  // Redmine trackers (tracker.ceph.com, redmine.*).
  if (/^(tracker|redmine|projects)\./.test(host)) {
    const m = /^(?:\/.*)?\/issues\/(\d+)\/?$/.exec(path);
    if (m) return make(url, 'other', 'bug', m[1], `${host}/${m[1]}`);
  }

  // Patchwork.
  {
    const m = /\/patch\/([^/]+)\/?$/.exec(path);
    if (m && (/patchwork/.test(host) || /^\d+$/.test(m[1]))) {
      const id = decodeSafe(m[1]);
      return make(url, 'patchwork', 'review', id, `${host}/${id}`);
    }
  }

  // Mailing-list archives.
  if (/^(lore|lkml)\.kernel\.org$/.test(host) || /(^|\.)marc\.info$/.test(host) || /mail-archive\.com$/.test(host) ||
      /\/(pipermail|archives?|hyperkitty|mailman)\//.test(path) || /^lists\./.test(host) || /^mail\.(gnome|openstack)\./.test(host)) {
    return make(url, 'mail', 'link', null, linkKey);
  }

  // Commit links (cgit / gitweb).
  if (/[?&;]h=[0-9a-f]{7,40}\b/i.test(query) || /\/commit\/?\?id=|\/commit\/[0-9a-f]{7,40}/i.test(path + query)) {
    return make(url, 'commit', 'link', null, linkKey);
  }
  return make(url, 'other', 'link', null, linkKey);
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const STATUS_RE = /\b(merged|abandoned|under review|in review|needs? review|wip|landed)\b/gi;

function canonicalStatus(word: string): string {
  const w = word.toLowerCase();
  if (w === 'wip') return 'WIP';
  if (w === 'need review') return 'needs review';
  return w;
}

/**
 * The status word nearest to the span `start..end` (a URL) in `text` (an item's own text), or null.
 * `merged`, `abandoned`, `under review`, `in review`, `needs review`, `WIP`, `landed`.
 */
export function statusNear(text: string, start: number, end: number = start): string | null {
  let best: string | null = null;
  let bestDist = Infinity;
  STATUS_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STATUS_RE.exec(text)) !== null) {
    const wEnd = m.index + m[0].length;
    const dist = start >= wEnd ? start - wEnd : Math.max(0, m.index - end);
    if (dist < bestDist) {
      bestDist = dist;
      best = canonicalStatus(m[1]);
    }
  }
  return best;
}
