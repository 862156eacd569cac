/**
 * Classify a URL as a code review, a bug or a plain link, and give it an identity key:
 * `host/id` for Gerrit changes, Bugzilla bugs and Patchwork patches (so `/#/c/8913/`,
 * `/c/glusterfs/+/8913` and `/8913` are one change), `host/owner/repo/pull|issues/N` for GitHub,
 * `host/group/project/merge_requests|issues/N` for GitLab, `bugs.launchpad.net/N` for Launchpad.
 * A mail-archive link to one message (lore / public-inbox, patchew, patchwork by Message-ID, marc,
 * gmane, mail-archive.com, lkml.org) is a review of system `mail` keyed by the bare Message-ID when
 * the URL carries one (so every archive of one message is one review), else by a normalised URL;
 * its id equals its key. A CVE page is a bug of system `cve` keyed `CVE-YYYY-N`.
 */
import type { Ref, RefSystem } from './types.js';
import { normalizeUrl } from './urls.js';

interface Split {
  host: string;
  /** The path with `%2F` and `%23` decoded (Gerrit's project names), and as written. */
  path: string;
  rawPath: string;
  query: string;
  fragment: string;
}

function split(url: string): Split | null {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/i.exec(url);
  if (!m) return null;
  const host = m[1].toLowerCase().replace(/^[^@]*@/, '').replace(/^www\./, '').replace(/:\d+$/, '');
  const raw = m[2] || '/';
  let path = raw;
  try {
    path = path.replace(/%23/gi, '#').replace(/%2F/gi, '/');
  } catch {
    /* keep */
  }
  return { host, path, rawPath: raw, query: m[3] ?? '', fragment: m[4] ?? '' };
}

function make(url: string, system: RefSystem, kind: Ref['kind'], id: string | null, key: string): Ref {
  return { url, system, kind, id, key, status: null };
}

/** A tracker number that can be real: 1..99999999 without a leading zero (not a date, hash or Message-ID). */
export function plausibleId(n: string): boolean {
  return /^[1-9]\d{0,7}$/.test(n);
}

/** `CVE-YYYY-NNNN(N...)` in canonical (upper-case) form, or null. */
export function cveId(s: string): string | null {
  const m = /^CVE-((?:199|20[0-9])\d)-(\d{4,7})$/i.exec(s);
  return m ? `CVE-${m[1]}-${m[2]}` : null;
}

/**
 * A Message-ID from a URL piece (`%40` / `%2F` decoded, `<>` dropped), or null when the piece is
 * not one (`local@domain`, no spaces, domain of host characters).
 */
export function messageId(piece: string): string | null {
  if (piece.length > 500) return null;
  const id = decodeSafe(piece).replace(/^</, '').replace(/>$/, '');
  return /^[^\s<>@]{1,250}@[A-Za-z0-9][\w.\-[\]:]{0,250}$/.test(id) ? id : null;
}

const LORE_HOST = /^(?:lore\.kernel\.org|lkml\.kernel\.org|public-inbox\.org|inbox\.sourceware\.org|lore\.[a-z0-9.-]+)$/;

/** A review of system `mail` for a link to one archived message or thread, else null. */
function mailReview(url: string, s: Split): Ref | null {
  const { host, path, query } = s;
  // split as written: public-inbox escapes a Message-ID's `/` as `%2F` (`YaPzMYi%2FUHwvEiGf@heinlein`)
  const seg = s.rawPath.split('/').filter(Boolean);
  const review = (key: string) => make(url, 'mail', 'review', key, key);
  const byId = (piece: string | undefined) => {
    const id = piece === undefined ? null : messageId(piece);
    return id ? review(id) : null;
  };
  const param = (name: string) => {
    const m = new RegExp(`(?:^|[?&;])${name}=([^&;]*)`).exec(query);
    return m ? m[1] : undefined;
  };
  // lore / public-inbox: /LIST/MSGID/..., /r/MSGID, /all/MSGID/T/
  if (LORE_HOST.test(host)) return byId(seg[0]) ?? byId(seg[1]);
  // patchew: /PROJECT/SERIES-MSGID/[PATCH-MSGID/] -> the series
  if (host === 'patchew.org') return byId(seg[1]);
  // patchwork: /patch/MSGID/, /project/P/patch/MSGID/ (numeric ids are handled below, host/N)
  if (/patchwork/.test(host) && seg.length >= 2 && seg[seg.length - 2] === 'patch') return byId(seg[seg.length - 1]);
  if (/(^|\.)marc\.(?:info|theaimsgroup\.com)$/.test(host)) {
    const byMsg = byId(param('i'));
    if (byMsg) return byMsg;
    for (const p of ['m', 't']) {
      const n = param(p);
      if (n && /^\d{1,20}$/.test(n)) return review(`marc.info/?${p}=${n}`);
    }
    return null;
  }
  if (/(^|\.)gmane\.(org|io)$/.test(host)) {
    const byMsg = byId(param('message_id'));
    if (byMsg) return byMsg;
    const m = /^\/(gmane\.[\w.+-]+)\/(\d{1,10})(?:\/|$)/.exec(path);
    return m ? review(`gmane.org/${m[1]}/${m[2]}`) : null;
  }
  if (/(^|\.)mail-archive\.com$/.test(host)) {
    if (path === '/search' && param('l') === 'mid') return byId(param('q'));
    const m = /^\/([^/]+)\/(msg\d{1,10}\.html)$/.exec(path);
    return m ? review(`mail-archive.com/${m[1].toLowerCase()}/${m[2]}`) : null;
  }
  if (host === 'lkml.org') {
    const m = /^\/lkml\/(\d{4}\/\d{1,2}\/\d{1,2}\/\d{1,7})\/?$/.exec(path);
    return m ? review(`lkml.org/lkml/${m[1]}`) : null;
  }
  return null;
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
  // quoted-printable the mail did not declare (`?do=3Ddetails&task_id=3D2628`): every `=` of the query escaped
  if (url.includes('=3D') && !/=(?!3D)/.test(url.slice(url.indexOf('?') + 1))) url = url.replace(/=3D/g, '=');
  const s = split(url);
  const linkKey = normalizeUrl(url);
  if (!s) return make(url, 'other', 'link', null, linkKey);
  const { host, path, query } = s;

  // Phabricator revisions (reviews.llvm.org/D108478, phabricator.*/D1234).
  {
    const m = /^\/(D\d{1,7})\/?$/.exec(path);
    if (m && /(^|\.)(phabricator|reviews)\./.test(host)) return make(url, 'other', 'review', m[1], `${host}/${m[1]}`);
  }

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
    const m = /(?:^|[?&;])id=([^&;]*)/.exec(query.slice(1));
    // (a bug's dependency tree or graph is that bug: a tracker bug of a subsystem's known problems)
    if (/(?:show_bug|showdependencytree|showdependencygraph)\.cgi$/.test(path) && m) {
      // `id=` may be an alias (a CVE) or garbage (a Message-ID, a hash): only numbers are bugs
      if (plausibleId(m[1])) return make(url, 'bugzilla', 'bug', m[1], `${host}/${m[1]}`);
      const cve = cveId(decodeSafe(m[1]));
      if (cve) return make(url, 'cve', 'bug', cve, cve);
      return make(url, 'other', 'link', null, linkKey);
    }
    const short = /^\/(\d+)\/?$/.exec(path);
    if (/^bugzilla\./.test(host) && short && plausibleId(short[1])) return make(url, 'bugzilla', 'bug', short[1], `${host}/${short[1]}`);
  }

  // GNU Savannah's trackers (`savannah.gnu.org/bugs/?66837`, `/bugs/index.php?62926`,
  // `?func=detailitem&item_id=N`): bugs, tasks and support requests are bugs, patches reviews
  if (host === 'savannah.gnu.org' || host === 'savannah.nongnu.org') {
    const t = /^\/(bugs|task|support|patch)\/(?:index\.php)?$/.exec(path);
    const m = t ? /^\?(\d+)$|(?:^\?|&)item_id=(\d+)(?:&|$)/.exec(query) : null;
    const n = m ? (m[1] ?? m[2]) : null;
    if (t && n && plausibleId(n)) return make(url, 'other', t[1] === 'patch' ? 'review' : 'bug', n, `savannah.gnu.org/${t[1]}/${n}`);
  }

  // MantisBT (`bugs.rockylinux.org/view.php?id=7987`, `/bug_view_page.php?bug_id=N`)
  {
    const m = /(?:^|\/)(?:view|bug_view_page|bug_view_advanced_page)\.php$/.test(path) ? /(?:^\?|&)(?:bug_)?id=(\d+)(?:&|$)/.exec(query) : null;
    if (m && plausibleId(m[1])) return make(url, 'other', 'bug', m[1], `${host}/view/${m[1]}`);
  }

  // Launchpad bugs (global numbering: both hosts share one key space).
  {
    const m = /\/\+bug\/(\d+)/.exec(path) ?? (host === 'launchpad.net' ? /^\/bugs\/(\d+)/.exec(path) : null);
    if ((host === 'bugs.launchpad.net' || host === 'launchpad.net') && m && plausibleId(m[1])) {
      return make(url, 'launchpad', 'bug', m[1], `bugs.launchpad.net/${m[1]}`);
    }
  }

  // Debian BTS.
  if (host === 'bugs.debian.org') {
    const m = /^\/(\d+)\/?$/.exec(path) ?? /[?&;]bug=(\d+)(?:[&;]|$)/.exec(query);
    if (m && plausibleId(m[1])) return make(url, 'other', 'bug', m[1], `bugs.debian.org/${m[1]}`);
  }

  // GNATS, NetBSD's problem reports (`gnats.netbsd.org/51995`, `/cgi-bin/query-pr-single.pl?number=51995`) and FreeBSD's
  // before its Bugzilla (`www.freebsd.org/cgi/query-pr.cgi?pr=12345`, `?pr=kern/12345`)
  {
    const m = host === 'gnats.netbsd.org' ? /^\/(\d+)\/?$/.exec(path) ?? (/\/query-pr(?:-single)?\.pl$/.test(path) ? /(?:^\?|&)number=(\d+)(?:&|$)/.exec(query) : null)
      : /\/query-pr(?:-single)?\.(?:cgi|pl)$/.test(path) ? /(?:^\?|&)(?:pr|number)=(?:[a-z]+(?:\/|%2F))?(\d+)(?:&|$)/i.exec(query) : null;
    if (m && plausibleId(m[1])) return make(url, 'other', 'bug', m[1], `${host}/pr/${m[1]}`);
  }

  // LLVM's bug links (`llvm.org/pr44853`) go to its Bugzilla.
  if (host === 'llvm.org' || host === 'www.llvm.org') {
    const m = /^\/pr(\d+)\/?$/i.exec(path);
    if (m && plausibleId(m[1])) return make(url, 'bugzilla', 'bug', m[1], `bugs.llvm.org/${m[1]}`);
  }

  // Monorail and Google Code (`/p/chromium/issues/detail?id=1042443`).
  {
    const m = /^\/p\/([^/]+)\/issues\/detail$/.exec(path);
    const id = m ? /(?:^\?|[&;])id=(\d+)(?:[&;#]|$)/.exec(query) : null;
    if (m && id && plausibleId(id[1])) return make(url, 'other', 'bug', id[1], `${host}/p/${m[1].toLowerCase()}/issues/${id[1]}`);
  }

  // Flyspray (`index.php?do=details&task_id=2628`: bugs.openwrt.org).
  {
    const id = /(?:^\?|[&;])do=details(?:[&;].*)?[&;]task_id=(\d+)(?:[&;#]|$)|(?:^\?|[&;])task_id=(\d+)[&;]do=details(?:[&;#]|$)/.exec(query);
    const n = id ? (id[1] ?? id[2]) : null;
    if (n && /(^|\/)index\.php$/.test(path) && plausibleId(n)) return make(url, 'other', 'bug', n, `${host}/task/${n}`);
  }

  // Pagure (pagure.io, src.fedoraproject.org, code.opensuse.org: its `/issue/N`, singular, is its own).
  if (host === 'pagure.io' || host === 'src.fedoraproject.org' || /^\/(.+?)\/(issue|pull-request)\/(\d+)\/?$/.test(path)) {
    const m = /^\/(.+?)\/(issue|pull-request)\/(\d+)/.exec(path);
    if (m) {
      const review = m[2] === 'pull-request';
      return make(url, 'other', review ? 'review' : 'bug', m[3], `${host}/${m[1].toLowerCase()}/${m[2]}/${m[3]}`);
    }
  }

  // Forgejo and Gitea (`codeberg.org/forgejo/discussions/issues/72`, `gitea.com/gitea/tea/pulls/123`): whose repository
  // the number is in belongs to its key, as GitHub's does
  if (host === 'codeberg.org' || host === 'gitea.com' || /(?:^|\.)(?:gitea|forgejo)\./.test(host)) {
    const m = /^\/([^/]+)\/([^/]+)\/(issues|pulls)\/(\d+)\/?$/.exec(path);
    if (m && plausibleId(m[4])) {
      const review = m[3] === 'pulls';
      return make(url, 'other', review ? 'review' : 'bug', m[4], `${host}/${m[1].toLowerCase()}/${m[2].toLowerCase()}/${m[3]}/${m[4]}`);
    }
  }

  // Redmine trackers (tracker.ceph.com, redmine.*, labs.riseup.net/code/issues/N): any other host's
  // `/issues/N` is a tracker's too
  {
    const m = /^(?:\/.*)?\/issues\/(\d+)\/?$/.exec(path);
    if (m && plausibleId(m[1])) return make(url, 'other', 'bug', m[1], `${host}/${m[1]}`);
  }

  // Roundup trackers (`https://bugs.python.org/issue33851`, `issues.roundup-tracker.org/issue2551`):
  // `/issueN` at the top of a bugs or roundup host (or under the tracker's name, `bugs.gnupg.org/gnupg/issue2096`)
  if (/^(?:bugs|issues|roundup)\.|(?:^|\.)roundup[.-]/.test(host)) {
    const m = /^(?:\/[\w-]{1,40})?\/issue(\d+)\/?$/.exec(path);
    if (m && plausibleId(m[1])) return make(url, 'other', 'bug', m[1], `${host}/issue${m[1]}`);
  }

  // Twisted's short ticket links (`http://tm.tl/6406`)
  if (host === 'tm.tl') {
    const m = /^\/#?(\d+)\/?$/.exec(path);
    if (m && plausibleId(m[1])) return make(url, 'other', 'bug', m[1], `twistedmatrix.com/trac/ticket/${m[1]}`);
  }

  // Trac tickets (`/ticket/N`, any host): key = the URL up to the number, as its plain-link key was.
  {
    const m = /^((?:\/[^/]+)*?)\/ticket\/(\d+)\/?$/.exec(path);
    if (m && plausibleId(m[2])) return make(url, 'other', 'bug', m[2], `${host}${m[1]}/ticket/${m[2]}`);
  }

  // CVE pages (MITRE, NVD, distribution trackers): the CVE itself.
  {
    const last = path.split('/').filter(Boolean).pop() ?? '';
    const q = /(?:^\?|[&;])(?:name|id)=(CVE-[0-9-]{9,13})(?:[&;]|$)/i.exec(query);
    const cve = cveId(last) ?? (q ? cveId(q[1]) : null);
    if (cve) return make(url, 'cve', 'bug', cve, cve);
  }

  // One message in a mail archive (by Message-ID when the URL has one).
  {
    const r = mailReview(url, s);
    if (r) return r;
  }

  // Patchwork (numeric patch ids; series).
  {
    const series = /\/series\/(\d+)\/?$/.exec(path) ?? (/\/list\/?$/.test(path) ? /[?&]series=(\d+)(?:&|$)/.exec(query) : null);
    if (series && /patchwork/.test(host)) return make(url, 'patchwork', 'review', `series/${series[1]}`, `${host}/series/${series[1]}`);
    // (a series' cover letter, `/cover/59345/`, is reviewed as the series is)
    const cover = /\/cover\/(\d+)\/?$/.exec(path);
    if (cover && /patchwork/.test(host) && plausibleId(cover[1])) return make(url, 'patchwork', 'review', cover[1], `${host}/cover/${cover[1]}`);
    const m = /\/patch\/([^/]+)\/?$/.exec(path);
    if (m && (/patchwork/.test(host) || /^\d+$/.test(m[1]))) {
      const id = decodeSafe(m[1]);
      return make(url, 'patchwork', 'review', id, `${host}/${id}`);
    }
  }

  // Mailing-list archives.
  if (LORE_HOST.test(host) || host === 'patchew.org' || /(^|\.)(marc\.info|gmane\.org|gmane\.io|mail-archive\.com|lkml\.org)$/.test(host) ||
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
