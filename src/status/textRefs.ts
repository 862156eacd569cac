/**
 * References written without a URL.
 *
 * Links (never post-level reviews/bugs): message-ids (`source: <id>`, `cf. <id>`; pipermail's
 * `local at host` obfuscation is undone) -> system `mail`, key `mid:<id>`; commit hashes
 * (`commit 3445139e3a594b`, `3445139e3a594b ("subject")`, linux-next's `(6c0483dbfe72 Merge tag ...)`)
 * -> system `commit`.
 *
 * Reviews: a patch series quoted by subject (`[PATCH v3 0/7] foo: bar`) -> system `mail`, key and id
 * `patch:<subject>` (lower-case, whitespace collapsed, without the bracket tag, so v2 and v3 of a
 * series are one review).
 *
 * Bugs, keyed like the URL form of the same bug so both spellings are one bug:
 * `CVE-2016-2125` (system `cve`, key `CVE-2016-2125`); `fdo#N` (`bugs.freedesktop.org/N`),
 * `rhbz#N` / `rhbz #N` / `RHBZ N` (`bugzilla.redhat.com/N`), `bsc#N` (`bugzilla.suse.com/N`),
 * `boo#N` (`bugzilla.opensuse.org/N`), `bnc#N` (`bugzilla.novell.com/N`), all system `bugzilla`;
 * `Savannah #N` (system `other`, `savannah.gnu.org/bugs/N`, as its URL);
 * `LP: #N` / `LP #N` (system `launchpad`, `bugs.launchpad.net/N`); Python's `bpo-N` (system
 * `other`, `bugs.python.org/issueN`, as its Roundup URL); Debian `Closes: #N` (N >= 1000,
 * lower numbers are another tracker's), `Debian bug #N`, and any `#N` in a post holding a Debian
 * changelog stanza (system `other`, `bugs.debian.org/N`); GitHub `owner/repo#N` (system `github`,
 * `github.com/owner/repo/issues/N`, kind `bug`; `pull/N` and kind `review` when `PR`/`pull request`
 * stands right before it or a `pull/N` URL of the same repo is in the same text); and bugs of an
 * unknown tracker, key `bug/N`: `bug 711205`, `Bug #12345`, a wiki's `Bug:851612`, `bugs 904300 and 907721`,
 * `bugs #1, #2 and #3`, Trac's `ticket #1234` / `ticket:1234`, Bugzilla's `BZ#1954` / `bz# 171980`,
 * a problem report's `pr# 1836`, a `116022: text` bug line, a `4464 - text` bug line (not a year's `2017 - text`).
 * In a post whose GitHub issue and pull request links are all of one repository, `Issue 1252`,
 * `PR 896` and a bare `#901` are that repository's (system `github`, as their URLs).
 * `LP:`, `Closes:` and `bugs` take lists (`(LP: #1, #2)`, `Closes: #1, #2`).
 *
 * All patterns are bounded (no nested quantifiers; lists are read with a sticky regex that
 * consumes text) so long lines stay linear.
 */
import type { Ref } from './types.js';
import { cveId, plausibleId } from './reviewUrl.js';

export interface TextRef {
  ref: Ref;
  index: number;
  end: number;
}

export interface TextRefOptions {
  /** Keys of refs already found by URL in the same text (a short form of the same bug is not a second ref). */
  knownKeys?: Set<string>;
  /** The post holds a Debian changelog stanza: a bare `#N` is a Debian bug. */
  debianChangelog?: boolean;
  /**
   * `owner/repo` when the post links the issues or pull requests of one GitHub repository and no
   * other: its `Issue 1252`, `PR 896` and `#1215` are that repository's.
   */
  githubRepo?: string;
}

const DIGIT = /\d/;
const MSGID_RE = /<([^\s<>@"]{1,200}?)(?:@| at )([A-Za-z0-9][A-Za-z0-9.-]{0,200})>/g;
const MSGID_CUE = /(?:\bsource|\bcf\.?|\bmessage-id|\bmsg-?id|\bsee|\bthread)\s*:?\s*$/i;
const HASH_RE = /\b[0-9a-f]{7,40}\b/g;
const BUG_RE = /\bbug\s*(?:[#:]\s*|no\.\s*|number\s+)?(\d{3,8})\b/gi;
const BUG_LINE_RE = /^\s*(\d{5,8}):\s|^\s{0,3}(?!(?:19|20)\d\d\b)(\d{4,6}) - \S/;
const CVE_RE = /\bCVE-\d{4}-\d{4,7}\b/gi;
/**
 * Tracker short forms: `fdo#1`, `rhbz #2`, `RHBZ 3`, `bsc#4`, `boo#5`, `bnc#6`, LibreOffice's
 * `tdf#106284`, openSUSE's openQA tickets `poo#62216`.
 */
const SHORT_RE = /\b(fdo|rhbz|bsc|boo|bnc|savannah|tdf|poo)(?:\s?#\s?|(?<=rhbz)\s)(\d{3,8})\b/gi;
/**
 * A row of a Bugzilla bug list as its plain-text export writes one: the bug's number, its severity cut to three letters,
 * its owner's address (cut with `...` where its column ends) and its state cut to four (`44  blo  khoa@us.ibm.com  OPEN   radeonfb does not compile ...`, the
 * 2.5 kernel's weekly status mails of 2002 below `CURRENT BUGS IN BUGZILLA:`).
 */
const BUGLIST_ROW_RE = /(?<![\w.@-])(\d{1,7})\s+(?:blo|cri|maj|nor|min|tri|enh|hig|low|med)\s+[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+(?:\.{3})?\s+(?:UNCO|NEW|ASSI|REOP|RESO|VERI|CLOS|OPEN)\b/g;
const SHORT_HOST: Record<string, string> = {
  fdo: 'bugs.freedesktop.org', rhbz: 'bugzilla.redhat.com', bsc: 'bugzilla.suse.com',
  boo: 'bugzilla.opensuse.org', bnc: 'bugzilla.novell.com', savannah: 'savannah.gnu.org/bugs',
  tdf: 'bugs.documentfoundation.org', poo: 'progress.opensuse.org/issues',
};
/** `bug #83`: a bug written with its mark may have one or two digits (BUG_RE reads three or more). */
const SHORT_BUG_RE = /\bbug\s?#\s?(\d{1,2})\b(?![.,]\d)/gi;
/**
 * A tracker's item written as its name, `#` and a number (`ros2cli#1129`, `tahoe-lafs#1435`, Parrot's
 * `TT#1523`, `i915#3012`): the forms above read the trackers they know; this one any other.
 */
const NAMED_HASH_RE = /(?<![\w/#.@&:-])([A-Za-z][\w.-]{0,30}[A-Za-z0-9_]|[A-Za-z])#(\d{2,7})\b(?![.-]\d)/g;
/** An ikiwiki shortcut to a ticket, as Tails' reports cite them: `[[!tails_ticket 12526]]`. */
const WIKI_TICKET_RE = /\[\[!([a-z][\w-]{0,30}?)_(?:ticket|bug|issue)\s+#?(\d{1,7})\]\]/g;
const LP_RE = /\bLP\s?:?\s?#\s?(\d{1,8})\b/g;
/** Python's own tracker (`bpo-32911`, `bpo #1234`), keyed like its Roundup URL. */
const BPO_RE = /\bbpo[-\s]?#?\s?(\d{1,8})\b/gi;
// (a Roundup tracker's own notation, `issue1122 - get --complete UI` in darcs' sprint reports, `issue2096` in GnuPG's news:
// the word and the number run together, as its URLs write them)
const ROUNDUP_RE = /(?<![\w/.:#-])issue(\d{2,7})(?![\w-])/g;
const CLOSES_RE = /\bcloses:\s{0,3}(?:bug\s?)?#?\s?(\d{1,8})\b/gi;
const DEBIAN_BUG_RE = /\bdebian\s(?:bug\s?(?:report\s)?|bts\s?)#?\s?(\d{3,8})\b/gi;
const BUGS_RE = /\bbugs\s{1,3}(?:#\s?(\d{1,8})|(\d{3,8}))\b/gi;
const TICKET_RE = /\b(?:ticket\s?#\s?|ticket:)(\d{1,7})\b/gi;
/** A Bugzilla's bug by its short form (`BZ#1954`, `bz# 171980`, `BZ 2071`) or a GNATS-style problem report (`pr# 1836`). */
const BZ_RE = /\b(?:bz\s?#?\s?|pr#\s?)(\d{3,8})\b/gi;
const HASH_NUM_RE = /(?<![\w&#/-])#(\d{4,8})\b/g;
/** `#839 Proposal...`, `- #5574: Add...`, `in #27112`: a tracker ticket written by number (3+ digits). */
const TICKET_NUM_RE = /(?<![\w&#/=?.-])#(\d{3,7})(?![\w.-]*\w)(?!-)/g;
/** Xen security advisories. */
const XSA_RE = /\bXSA-(\d{1,4})\b/g;
/**
 * Issue-tracker keys as JIRA writes them (`JDK-8297794`, `HADOOP-12345`, `KAFKA-123`): a project
 * key in capitals, a dash, a number of three digits or more. Not the many names written the same
 * way (`UTF-8`, `ISO-8859`, `SHA-256`, `RFC-822`, `COVID-19`, `DEC-2019`); advisories and CVEs are
 * read as such elsewhere.
 */
const JIRA_RE = /(?<![\w./#-])([A-Z][A-Z0-9]{1,14})-([1-9]\d{2,7})(?![\w-]|\.\d)/g;
const NOT_JIRA = new Set(('UTF ISO CVE CAN RFC SHA MD GPL LGPL AGPL GPLV FIPS PEP IEEE COVID RC MP TLS SSL XSA DSA DLA DSA USN RHSA RHBA RHEA ' +
  'GHSA CESA ELSA ALAS OSV PYSEC RUSTSEC GO BSD MIT CC IPV ECMA ES ISC ANSI ASCII AMD ARM X86 I386 KB MS TR SP ' +
  'JAN FEB MAR APR MAY JUN JUL AUG SEP SEPT OCT NOV DEC FY Q W WG RFE ARMV PPC CP WIN LP FDO RHBZ BSC BOO BZ ' +
  'JSR JEP SRFI PR MR ID UID GID PID IP TCP UDP HTTP HTTPS SMB NFS LTS ESR BETA ALPHA GCC LLVM ZSTD LZ LZMA ' +
  'JPEG MPEG RPC AES DES RSA ECDSA ED HMAC CRC ISBN ISSN DOI EAN UPC STD RFCS XEP CWE CAPEC OSS OSSA NVD BDSA SNYK ZDI TALOS').split(' '));
/**
 * A W3C group's tracker items under a hundred (`ACTION-8`, `ISSUE-61`, as minutes' topics also
 * `Issue-20`; from 100 on JIRA_RE reads them).
 */
const W3C_TRACKER_RE = /(?<![\w./#-])(?:ACTION|ISSUE|Action|Issue)-[1-9]\d?(?![\w-]|\.\d)/g;
/**
 * Debian's security advisories: `DSA-5053-1` (the security team's), `DLA-3768-1` (LTS), `ELA-1059-1`
 * (Freexian's extended LTS), each on Debian's security tracker (ELA on Freexian's).
 */
const DEBIAN_ADVISORY_RE = /\b(DSA|DLA|ELA)-(\d{3,5})-(\d{1,2})\b/g;
/** `XSAs 385 387 388 389`, `XSAs 385, 387 and 388`. */
const XSAS_RE = /\bXSAs\s+((?:\d{1,4}(?:\s*,\s*|\s+and\s+|\s+))*\d{1,4})\b/g;
const GITHUB_RE = /(?<![\w.\/@:#-])([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9_.-]{1,100})#(\d{1,7})\b/g;
const PR_BEFORE = /\b(?:PR|MR|pull request|pull|merge request)\s?$/i;
/** `Issue 1252`, `issues #12`, `PR 896`, `pull request #3` (read only where the post names one GitHub repository). */
const ISSUE_PR_RE = /\b(issues?|PRs?|pull requests?)\s?#?\s?(\d{1,7})\b/gi;
// (an AsciiDoc page's macros for them, `pr:4518[]`, `issue:4604[]`: rust-analyzer's changelogs)
const ADOC_ISSUE_PR_RE = /(?<![\w:/-])(issue|pr):(\d{1,7})\[[^\]\n]{0,80}\]/g;
const PATCH_TAG_RE = /\[([^[\]\n]{0,60})\]/g;
const PATCH_WORD = /(?:^|[\s,/])PATCH(?:v\d{1,3})?(?=$|[\s,/-])/i;

/** `#N` items after a list head: `, #2`, ` and #3`, `/#4` (sticky; `bare` also takes `, 907721`). */
const LIST_HASH = /(?:\s{0,3}[,&/]\s{0,3}(?:and\s{1,3}|or\s{1,3})?|\s{1,3}(?:and|or)\s{1,3})#\s?(\d{1,8})\b/y;
const LIST_BARE = /(?:\s{0,3}[,&]\s{0,3}(?:and\s{1,3}|or\s{1,3})?|\s{1,3}(?:and|or)\s{1,3})(?:#\s?(\d{1,8})|(\d{3,8}))\b/y;
/** Debian's `Closes:` list: `, #2`, `, bug 3`, ` #4`, and the .changes field's ` 979653` (4+ digits). */
const LIST_CLOSES = /(?:\s{0,3},\s{0,3}(?:bug\s?)?#?\s?|\s{1,3}#\s?|\s{1,3}(?=\d{4}))(\d{1,8})\b/iy;

/** Where a quoted patch subject stops when it is not in quotes. */
const SUBJECT_END = /\n|\s[([<]|\s[-–—]{1,2}\s|[;"“”]|[.!?](?:\s|$)|\shttps?:\/\/|\s(?:is|was|has|have|got|are|were|merged|applied|landed|abandoned|queued|pending|posted|sent|accepted|rejected|reviewed|under review|in review|needs? review|needs|waiting)\b/i;
const CLOSER: Record<string, string> = { '"': '"', '“': '”', "'": "'", '(': ')', '«': '»', '‘': '’' };

function ref(url: string, system: Ref['system'], kind: Ref['kind'], id: string, key: string): Ref {
  return { url, system, kind, id, key, status: null };
}

function machineMade(local: string): boolean {
  return local.length >= 10 && /\d/.test(local) && /[.$%_=+-]/.test(local);
}

/** Sorted, non-overlapping spans with a binary-search overlap test. */
function spanSet(spans: Array<[number, number]>): (a: number, b: number) => boolean {
  const s = [...spans].sort((x, y) => x[0] - y[0]);
  return (a, b) => {
    let lo = 0;
    let hi = s.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid][1] <= a) lo = mid + 1;
      else if (s[mid][0] >= b) hi = mid - 1;
      else return true;
    }
    return false;
  };
}

/** The subject after a `[PATCH ...]` tag ending at `from`, normalised, or null. */
function patchSubject(text: string, tagStart: number, from: number): { subject: string; end: number } | null {
  let i = from;
  // `[PATCH v2 1/3] [net-next] subject`: step over up to two more bracket tags
  for (let tags = 0; tags < 3; tags++) {
    const start = i;
    while (i < text.length && i - start < 3 && (text[i] === ' ' || text[i] === '\t')) i++;
    if (tags === 2 || text[i] !== '[') break;
    const close = text.indexOf(']', i);
    if (close < 0 || close - i > 60) break;
    i = close + 1;
  }
  const limit = Math.min(text.length, i + 200);
  const closer = CLOSER[text.charAt(tagStart - 1)];
  let j = -1;
  if (closer) {
    const c = text.indexOf(closer, i);
    if (c >= 0 && c < limit) j = c;
  }
  const piece = text.slice(i, limit);
  if (j < 0) {
    const e = SUBJECT_END.exec(piece);
    if (e) j = i + e.index;
    else if (limit < text.length) {
      const sp = piece.lastIndexOf(' ');
      j = sp > 0 ? i + sp : limit;
    } else j = limit;
  }
  let subject = text.slice(i, j);
  let k = subject.length;
  while (k > 0 && /[\s.,:;!?'"]/.test(subject[k - 1])) k--;
  subject = subject.slice(0, k).replace(/\s+/g, ' ').toLowerCase();
  if (subject.length < 4 || !/[a-z]/.test(subject) || subject.startsWith('[')) return null;
  return { subject, end: i + k };
}

/**
 * Refs in `text` that are not URLs. `taken` are spans (URLs) to skip; `knownIds` are ids of
 * bugs already linked by URL in the same text (a bare `bug N` next to its URL is not a second bug).
 */
export function findTextRefs(
  text: string,
  taken: Array<[number, number]> = [],
  knownIds: Set<string> = new Set(),
  opts: TextRefOptions = {},
): TextRef[] {
  const out: TextRef[] = [];
  if (!text) return out;
  // every form holds a digit but message-ids (`<`) and patch subjects (`[`): most items and lines hold none of them
  const digits = DIGIT.test(text);
  if (!digits && !text.includes('<') && !text.includes('[')) return out;
  const knownKeys = opts.knownKeys ?? new Set<string>();
  const inTaken = spanSet(taken);
  const seen = new Set<string>();
  /** offsets of numbers already read by a specific form (a generic form must not read them again) */
  const claimed = new Set<number>();
  const push = (r: Ref, index: number, end: number) => {
    if (inTaken(index, end) || seen.has(r.key) || knownKeys.has(r.key)) return;
    seen.add(r.key);
    out.push({ ref: r, index, end });
  };
  let m: RegExpExecArray | null;
  MSGID_RE.lastIndex = 0;
  while (text.includes('<') && (m = MSGID_RE.exec(text)) !== null) {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (!MSGID_CUE.test(before) && !machineMade(m[1])) continue;
    const id = `${m[1]}@${m[2]}`;
    push(ref(`mid:${id}`, 'mail', 'link', id, `mid:${id}`), m.index, m.index + m[0].length);
  }
  const inMail = spanSet(out.map((t) => [t.index, t.end] as [number, number]));
  HASH_RE.lastIndex = 0;
  while (digits && (m = HASH_RE.exec(text)) !== null) {
    const h = m[0];
    if (!/\d/.test(h) || !/[a-f]/.test(h)) continue;
    const end = m.index + h.length;
    if (inMail(m.index, end)) continue;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(end, end + 4);
    const ok = /\bcommits?\s+$/i.test(before) || (h.length >= 10 && /^\s\(["“]/.test(after)) ||
      (h.length >= 12 && /\($/.test(before) && /^\s[\w"'[]/.test(after)) ||
      (h.length >= 10 && /\bon \d{4}-\d\d-\d\d at\s+$/.test(text.slice(Math.max(0, m.index - 20), m.index)) && /^\)/.test(after));
    if (!ok) continue;
    const id = h.toLowerCase();
    push(ref(h, 'commit', 'link', id, `commit:${id}`), m.index, end);
  }

  // patch series quoted by subject
  PATCH_TAG_RE.lastIndex = 0;
  while (text.includes('[') && (m = PATCH_TAG_RE.exec(text)) !== null) {
    if (!PATCH_WORD.test(m[1])) continue;
    const s = patchSubject(text, m.index, m.index + m[0].length);
    if (!s) continue;
    const key = `patch:${s.subject}`;
    push(ref(text.slice(m.index, s.end), 'mail', 'review', key, key), m.index, s.end);
  }

  // the bug forms hold a number
  if (!digits) return out.sort((a, b) => a.index - b.index);
  // specific bug forms
  const at = (m: RegExpExecArray, group: string) => m.index + m[0].lastIndexOf(group);
  const bugAt = (n: string, index: number, end: number, found: string, system: Ref['system'], key: string) => {
    if (!plausibleId(n)) return;
    claimed.add(index + found.lastIndexOf(n));
    push(ref(found, system, 'bug', n, key), index, end);
  };
  /** Read list items from `from` on; returns where the list ends. */
  const list = (re: RegExp, from: number, each: (n: string, index: number, end: number, found: string) => void): number => {
    re.lastIndex = from;
    let end = from;
    let l: RegExpExecArray | null;
    for (let k = 0; k < 100 && (l = re.exec(text)) !== null; k++) {
      const n = l[1] ?? l[2];
      const local = l[0].lastIndexOf(n);
      const hash = l[0].lastIndexOf('#', local);
      const s = l.index + (hash >= 0 ? hash : local);
      end = l.index + l[0].length;
      each(n, s, end, text.slice(s, end));
    }
    return end;
  };
  CVE_RE.lastIndex = 0;
  while ((m = CVE_RE.exec(text)) !== null) {
    const id = cveId(m[0]);
    if (id) push(ref(m[0], 'cve', 'bug', id, id), m.index, m.index + m[0].length);
  }
  SHORT_RE.lastIndex = 0;
  while ((m = SHORT_RE.exec(text)) !== null) {
    const host = SHORT_HOST[m[1].toLowerCase()];
    bugAt(m[2], m.index, m.index + m[0].length, m[0], host.startsWith('savannah') || host.startsWith('progress') ? 'other' : 'bugzilla', `${host}/${m[2]}`);
  }
  BUGLIST_ROW_RE.lastIndex = 0;
  while (text.includes('@') && (m = BUGLIST_ROW_RE.exec(text)) !== null) bugAt(m[1], m.index, m.index + m[1].length, m[1], 'bugzilla', `bugzilla/${m[1]}`);
  WIKI_TICKET_RE.lastIndex = 0;
  while (text.includes('[[!') && (m = WIKI_TICKET_RE.exec(text)) !== null) bugAt(m[2], m.index, m.index + m[0].length, m[0], 'other', `${m[1].toLowerCase()}/ticket/${m[2]}`);
  BPO_RE.lastIndex = 0;
  while ((m = BPO_RE.exec(text)) !== null) bugAt(m[1], m.index, m.index + m[0].length, m[0], 'other', `bugs.python.org/issue${m[1]}`);
  ROUNDUP_RE.lastIndex = 0;
  while (text.includes('issue') && (m = ROUNDUP_RE.exec(text)) !== null) bugAt(m[1], m.index, m.index + m[0].length, m[0], 'other', `roundup/issue${m[1]}`);
  LP_RE.lastIndex = 0;
  while ((m = LP_RE.exec(text)) !== null) {
    const lp = (n: string, index: number, end: number, found: string) => bugAt(n, index, end, found, 'launchpad', `bugs.launchpad.net/${n}`);
    lp(m[1], m.index, m.index + m[0].length, m[0]);
    LP_RE.lastIndex = list(LIST_HASH, m.index + m[0].length, lp);
  }
  const debian = (n: string, index: number, end: number, found: string) => bugAt(n, index, end, found, 'other', `bugs.debian.org/${n}`);
  const other = (n: string, index: number, end: number, found: string) => {
    if (knownIds.has(n)) return;
    bugAt(n, index, end, found, 'other', `bug/${n}`);
  };
  CLOSES_RE.lastIndex = 0;
  while ((m = CLOSES_RE.exec(text)) !== null) {
    // Debian's numbers passed 1000 in 1995 (lintian: improbable-bug-number-in-closes); below that it is another tracker's
    const closes = (n: string, index: number, end: number, found: string) => (n.length >= 4 ? debian : other)(n, index, end, found);
    closes(m[1], m.index, m.index + m[0].length, m[0]);
    CLOSES_RE.lastIndex = list(LIST_CLOSES, m.index + m[0].length, closes);
  }
  DEBIAN_BUG_RE.lastIndex = 0;
  while ((m = DEBIAN_BUG_RE.exec(text)) !== null) debian(m[1], m.index, m.index + m[0].length, m[0]);
  GITHUB_RE.lastIndex = 0;
  while (text.includes('#') && (m = GITHUB_RE.exec(text)) !== null) {
    const [found, owner, repo, n] = m;
    if (!/[A-Za-z]/.test(owner) || !/[A-Za-z]/.test(repo) || /^\.|\.$/.test(repo) || !plausibleId(n)) continue;
    const base = `github.com/${owner.toLowerCase()}/${repo.toLowerCase()}`;
    const pull = PR_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) || knownKeys.has(`${base}/pull/${n}`);
    if (knownKeys.has(`${base}/issues/${n}`)) continue;
    claimed.add(at(m, n));
    push(ref(found, 'github', pull ? 'review' : 'bug', n, `${base}/${pull ? 'pull' : 'issues'}/${n}`), m.index, m.index + found.length);
  }

  // `Issue 1252`, `PR 896`, `#1215` of the one GitHub repository the post links
  const repo = opts.githubRepo ? `github.com/${opts.githubRepo.toLowerCase()}` : '';
  const onGithub = (n: string, index: number, end: number, found: string, pull: boolean) => {
    if (!plausibleId(n) || knownKeys.has(`${repo}/issues/${n}`) || knownKeys.has(`${repo}/pull/${n}`)) return;
    claimed.add(index + found.lastIndexOf(n));
    push(ref(found, 'github', pull ? 'review' : 'bug', n, `${repo}/${pull ? 'pull' : 'issues'}/${n}`), index, end);
  };
  ISSUE_PR_RE.lastIndex = 0;
  while (repo && (m = ISSUE_PR_RE.exec(text)) !== null) {
    if (claimed.has(at(m, m[2]))) continue;
    onGithub(m[2], m.index, m.index + m[0].length, m[0], /^p/i.test(m[1]));
  }
  ADOC_ISSUE_PR_RE.lastIndex = 0;
  while (repo && text.includes(':') && (m = ADOC_ISSUE_PR_RE.exec(text)) !== null) {
    if (claimed.has(at(m, m[2]))) continue;
    onGithub(m[2], m.index, m.index + m[0].length, m[0], m[1] === 'pr');
  }

  // bugs of an unknown tracker
  SHORT_BUG_RE.lastIndex = 0;
  while ((m = SHORT_BUG_RE.exec(text)) !== null) other(m[1], m.index, m.index + m[0].length, m[0]);
  const line = BUG_LINE_RE.exec(text);
  if (line) {
    const n = line[1] ?? line[2];
    const s = line.index + line[0].indexOf(n);
    other(n, s, s + n.length, n);
  }
  BUG_RE.lastIndex = 0;
  while ((m = BUG_RE.exec(text)) !== null) {
    if (claimed.has(at(m, m[1]))) continue;
    other(m[1], m.index, m.index + m[0].length, m[0]);
  }
  BUGS_RE.lastIndex = 0;
  while ((m = BUGS_RE.exec(text)) !== null) {
    const n = m[1] ?? m[2];
    if (!claimed.has(at(m, n))) other(n, m.index, m.index + m[0].length, m[0]);
    BUGS_RE.lastIndex = list(LIST_BARE, m.index + m[0].length, (n2, index, end, found) => {
      if (!claimed.has(index + found.lastIndexOf(n2))) other(n2, index, end, found);
    });
  }
  TICKET_RE.lastIndex = 0;
  while ((m = TICKET_RE.exec(text)) !== null) other(m[1], m.index, m.index + m[0].length, m[0]);
  BZ_RE.lastIndex = 0;
  while ((m = BZ_RE.exec(text)) !== null) {
    if (!claimed.has(at(m, m[1]))) other(m[1], m.index, m.index + m[0].length, m[0]);
  }
  JIRA_RE.lastIndex = 0;
  while ((m = JIRA_RE.exec(text)) !== null) {
    if (NOT_JIRA.has(m[1]) || /^\d|\d$/.test(m[1])) continue;
    push(ref(m[0], 'other', 'bug', m[0], `jira/${m[0]}`), m.index, m.index + m[0].length);
  }
  // (W3C's trackbot numbers a group's actions and issues from 1: `ACTION-38`, `ISSUE-61`)
  W3C_TRACKER_RE.lastIndex = 0;
  while ((m = W3C_TRACKER_RE.exec(text)) !== null) push(ref(m[0], 'other', 'bug', m[0].toUpperCase(), `jira/${m[0].toUpperCase()}`), m.index, m.index + m[0].length);
  DEBIAN_ADVISORY_RE.lastIndex = 0;
  while ((m = DEBIAN_ADVISORY_RE.exec(text)) !== null) {
    const url = m[1] === 'ELA' ? `https://deb.freexian.com/extended-lts/tracker/${m[0]}` : `https://security-tracker.debian.org/tracker/${m[0]}`;
    push(ref(url, 'other', 'bug', m[0], `${m[1].toLowerCase()}/${m[2]}-${m[3]}`), m.index, m.index + m[0].length);
  }
  XSA_RE.lastIndex = 0;
  while ((m = XSA_RE.exec(text)) !== null) push(ref(m[0], 'other', 'bug', `XSA-${m[1]}`, `xsa/${m[1]}`), m.index, m.index + m[0].length);
  XSAS_RE.lastIndex = 0;
  while ((m = XSAS_RE.exec(text)) !== null) {
    const start = m.index;
    for (const n of m[1].split(/\D+/).filter(Boolean)) push(ref(`XSA-${n}`, 'other', 'bug', `XSA-${n}`, `xsa/${n}`), start, start);
  }
  // (a tracker's name looks like one: a digit, a dash, a dot or an underscore in it, or in capitals;
  // not a word, `page#123`)
  NAMED_HASH_RE.lastIndex = 0;
  while (text.includes('#') && (m = NAMED_HASH_RE.exec(text)) !== null) {
    if (claimed.has(at(m, m[2])) || !(/[\d_.-]/.test(m[1]) || /^[A-Z]{2,6}$/.test(m[1]))) continue;
    bugAt(m[2], m.index, m.index + m[0].length, m[0], 'other', `${m[1].toLowerCase()}#${m[2]}`);
  }
  if (opts.debianChangelog) {
    HASH_NUM_RE.lastIndex = 0;
    while ((m = HASH_NUM_RE.exec(text)) !== null) {
      if (!claimed.has(m.index + 1)) debian(m[1], m.index, m.index + m[0].length, m[0]);
    }
  } else {
    TICKET_NUM_RE.lastIndex = 0;
    while ((m = TICKET_NUM_RE.exec(text)) !== null) {
      if (claimed.has(m.index + 1)) continue;
      if (repo) onGithub(m[1], m.index, m.index + m[0].length, m[0], knownKeys.has(`${repo}/pull/${m[1]}`));
      else other(m[1], m.index, m.index + m[0].length, m[0]);
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
