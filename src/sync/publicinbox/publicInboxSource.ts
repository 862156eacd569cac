/**
 * public-inbox archives (lore.kernel.org and its kin) as a sync source, read the way
 * public-inbox's own mirrors read them. Over HTTP: the inbox's `manifest.js.gz` lists its git
 * repositories (one per v2 epoch, `git/<N>.git`; a v1 inbox is one repository) with a
 * fingerprint that moves whenever a ref does, so a re-sync with nothing new is that one request;
 * a changed epoch is fetched with git into a bare mirror beside the database (incremental: only
 * new objects travel). From a folder (`archive sync /path/to/inbox`, a v2 inbox with git/N.git,
 * or a single git repository such as a v1 inbox or an epoch's clone) the repositories are read
 * in place. Each epoch is a period; each commit adds one message (`m` in v2); the period's state
 * remembers the last commit read, so the next run reads only the commits after it. A large
 * epoch is read in chunks, each stored with the commit it reached, so a killed run resumes there.
 * Message URLs are the inbox's message pages, `<inbox>/<Message-ID>/`.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HttpClient } from '../../crawl/index.js';
import { isGzip, gunzipAll } from '../../crawl/index.js';
import { ArchiveError } from '../../errors.js';
import { publicInboxUrl, parseManifest, inboxRepos, ManifestError, messageUrl, epochUrl, type InboxRepo } from '../../publicinbox/index.js';
import type { ListRow, NewMessage, PeriodRow } from '../../store/index.js';
import type { PlannedPeriod } from '../planSync.js';
import type { ArchivePeriod, ArchiveSource, ListRoot, MailSummary, MessagePageRef, PeriodMail, PeriodTable, SourceContext } from '../source.js';
import { sha256 } from '../mboxEntries.js';
import { safeParse, toNewMessage } from '../newMessage.js';
import { describePage, PAGE_MAX_BYTES } from '../describePage.js';
import { commitsAfter, fetchMirror, fingerprint, isGitDir, messagesOf } from './gitRepo.js';
import type { GitOptions } from './git.js';

export interface PublicInboxPeriod extends ArchivePeriod {
  root: string;
  epoch: number | null;
  /** Where the repository is: its clone URL, or its folder for a local inbox. */
  repo: string;
}

export interface PublicInboxSourceOptions {
  git: GitOptions;
  /** Where bare mirrors of remote epochs are kept (beside the database); null: remote inboxes cannot be read. */
  mirrorDir: string | null;
  /** Commits read and stored at a time. */
  chunkCommits?: number;
}

/** Most mail read into memory at once, and the largest single message kept. */
const CHUNK_BYTES = 32 * 1024 * 1024;
const MAX_MESSAGE = 32 * 1024 * 1024;
/** A period stored part-way through its commits carries this size label, so the next run goes on with it. */
const PARTIAL = 'partial:';

const isLocal = (root: string): boolean => root.startsWith('file:');

function toPeriod(root: string, epoch: number | null, repo: string, fp: string | null): PublicInboxPeriod {
  return {
    root, epoch, repo, kind: 'epoch', start: null, end: null, sizeLabel: fp,
    // Zero-padded so that name order is epoch order (the newest epoch is the one mail is added to).
    period: epoch === null ? 'repository' : `epoch-${String(epoch).padStart(3, '0')}`,
    label: epoch === null ? 'the inbox repository' : `epoch ${epoch}`,
  };
}

/** A folder name for a remote inbox's mirrors: readable, and unique by a hash of its URL. */
function mirrorName(root: string): string {
  const u = new URL(root);
  const readable = `${u.host}${u.pathname}`.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+|_+$/g, '').slice(0, 80);
  return `${readable}-${sha256(root).slice(0, 12)}`;
}

export function createPublicInboxSource(http: HttpClient, o: PublicInboxSourceOptions): ArchiveSource<PublicInboxPeriod> {
  const chunkCommits = o.chunkCommits ?? 2000;
  /** Mirrors fetched in this run (a chunked epoch is fetched once), and their pending commits. */
  const fetched = new Set<string>();
  const pendingMemo = new Map<string, { commits: string[]; at: Map<string, number> }>();

  function listRoot(input: string): ListRoot {
    const { root, name } = publicInboxUrl(input);
    return { root, name, kind: 'public-inbox' };
  }

  async function localRepos(root: string): Promise<PublicInboxPeriod[]> {
    const dir = fileURLToPath(root);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new ArchiveError('E_NOT_LIST', `${dir}: no such folder`);
    const gitDir = join(dir, 'git');
    const epochs = existsSync(gitDir) ? readdirSync(gitDir).flatMap((n) => {
      const m = /^(\d{1,3})\.git$/.exec(n);
      return m && isGitDir(join(gitDir, n)) ? [Number(m[1])] : [];
    }).sort((a, b) => a - b) : [];
    const repos = epochs.length ? epochs.map((n) => ({ epoch: n as number | null, repo: join(gitDir, `${n}.git`) }))
      : isGitDir(dir) ? [{ epoch: null, repo: dir }] : [];
    if (repos.length === 0) {
      throw new ArchiveError('E_NOT_LIST', `${dir} is not a public-inbox inbox: found no git/N.git epochs, and it is not a git repository`,
        'give a public-inbox v2 inbox folder (with git/0.git), a v1 inbox or a git clone of an epoch');
    }
    const out: PublicInboxPeriod[] = [];
    for (const r of repos) {
      const fp = await fingerprint(o.git, r.repo);
      if (fp) out.push(toPeriod(root, r.epoch, r.repo, fp));
    }
    return out;
  }

  async function remoteRepos(list: ListRoot, known: ListRow | undefined, opts: { full?: boolean }): Promise<{ repos: InboxRepo[] | null; etag: string | null; lastModified: string | null }> {
    const url = `${list.root}manifest.js.gz`;
    const res = await http.get(url, opts.full || !known ? { maxBytes: PAGE_MAX_BYTES } : { etag: known.toc_etag, lastModified: known.toc_last_modified, maxBytes: PAGE_MAX_BYTES });
    if (res.notModified) return { repos: null, etag: res.etag, lastModified: res.lastModified };
    let json: string;
    let manifest;
    try {
      json = (isGzip(res.body) ? gunzipAll(res.body, PAGE_MAX_BYTES) : res.body).toString('utf8');
      manifest = parseManifest(json);
    } catch (e) {
      if (!(e instanceof ManifestError) && !/gzip|cap|inflate/i.test((e as Error).message)) throw e;
      throw new ArchiveError('E_NOT_LIST', `${url} is not a public-inbox manifest: found ${describePage(res.body, res.contentType)}`,
        'give a public-inbox inbox URL, e.g. https://lore.kernel.org/git/');
    }
    const repos = inboxRepos(manifest, new URL(list.root).pathname);
    if (repos.length === 0) throw new ArchiveError('E_NOT_LIST', `${url} lists no git repository of ${list.root} (${manifest.size} other(s))`);
    return { repos, etag: res.etag, lastModified: res.lastModified };
  }

  function fromStored(root: string, p: PeriodRow): PublicInboxPeriod | null {
    const m = /^epoch-(\d+)$/.exec(p.period);
    if (!m && p.period !== 'repository') return null;
    const fp = p.size_label?.startsWith(PARTIAL) ? 'resume' : p.size_label;
    return { ...toPeriod(root, m ? Number(m[1]) : null, p.text_url ?? '', fp) };
  }

  async function periods(list: ListRoot, known: ListRow | undefined, stored: Map<string, PeriodRow>, opts: { full?: boolean }): Promise<PeriodTable<PublicInboxPeriod>> {
    const { root } = list;
    let found: PublicInboxPeriod[];
    let validators = { etag: null as string | null, lastModified: null as string | null };
    if (isLocal(root)) {
      found = await localRepos(root);
    } else {
      const r = await remoteRepos(list, known, opts);
      validators = { etag: r.etag, lastModified: r.lastModified };
      if (!r.repos) {
        return { notModified: true, changed: false, ...validators, hash: known?.toc_hash ?? null, periods: [...stored.values()].flatMap((p) => fromStored(root, p) ?? []) };
      }
      found = r.repos.map((x) => toPeriod(root, x.epoch, x.epoch === null ? root.replace(/\/$/, '') : epochUrl(root, x.epoch), x.fingerprint));
    }
    const hash = sha256(found.map((p) => `${p.period} ${p.sizeLabel}`).join('\n'));
    return { notModified: false, changed: hash !== known?.toc_hash, periods: found, ...validators, hash };
  }

  async function messageUrls(e: PublicInboxPeriod, mails: MailSummary[]): Promise<{ pages: Array<MessagePageRef | null> }> {
    if (isLocal(e.root)) return { pages: mails.map(() => null) };
    return { pages: mails.map((m) => (m.messageId ? { url: messageUrl(e.root, m.messageId), seq: null } : null)) };
  }

  /** The commits of `repo` after `from`, remembered for the rest of the run (a big epoch is read in chunks). */
  async function pending(repo: string, from: string | null, ctx: Pick<SourceContext, 'warn'>, what: string): Promise<string[]> {
    const memo = pendingMemo.get(repo);
    if (memo && from && memo.at.has(from)) return memo.commits.slice(memo.at.get(from)! + 1);
    const { commits, rewritten } = await commitsAfter(o.git, repo, from);
    if (rewritten) ctx.warn(`${what}: the commit read last is no longer in the history (messages removed and the history rewritten): reading it all again, nothing is stored twice`);
    pendingMemo.set(repo, { commits, at: new Map(commits.map((c, i) => [c, i])) });
    return commits;
  }

  async function periodMail(list: ListRow, p: PlannedPeriod<PublicInboxPeriod>, stored: PeriodRow | undefined, opts: { full?: boolean; maxBytes: number }, ctx: SourceContext): Promise<PeriodMail> {
    const e = p.entry;
    // The commit read last is kept when a later part failed, so a retry goes on from there.
    const same = stored?.text_url === e.repo;
    if (!opts.full && same && stored!.status === 'ok' && e.sizeLabel && stored!.size_label === e.sizeLabel) return { kind: 'unchanged', source: 'mbox' };
    let repo = e.repo;
    if (!isLocal(list.url)) {
      if (!o.mirrorDir) throw new ArchiveError('E_USAGE', 'no folder for git mirrors (a database in memory cannot sync a public-inbox list)');
      repo = join(o.mirrorDir, mirrorName(list.url), `${e.period}.git`);
      if (!fetched.has(repo)) {
        await http.permit(e.repo);
        await fetchMirror(o.git, e.repo, repo, opts.maxBytes);
        fetched.add(repo);
      }
    }
    const from = same && !opts.full ? stored!.text_hash : null;
    const todo = await pending(repo, from, ctx, `${list.name} ${e.label}`);
    if (todo.length === 0 && stored?.status === 'ok') return { kind: 'unchanged', source: 'mbox' };
    const { messages: read, consumed, tooLarge } = await messagesOf(o.git, repo, todo.slice(0, chunkCommits), {
      maxMessage: Math.min(MAX_MESSAGE, opts.maxBytes), maxBytes: Math.min(CHUNK_BYTES, opts.maxBytes),
    });
    if (tooLarge) ctx.warn(`${list.name} ${e.label}: ${tooLarge} message(s) larger than ${Math.min(MAX_MESSAGE, opts.maxBytes)} bytes left out`);
    const last = consumed ? todo[consumed - 1] : from;
    const more = consumed < todo.length;
    const parsed = read.map((m) => ({ raw: m.raw, mail: safeParse(m.raw) }));
    const { pages } = await messageUrls(e, parsed.map((x) => ({ subject: x.mail?.subject ?? '', authorName: x.mail?.authorName ?? '', messageId: x.mail?.messageId ?? null })));
    const messages: NewMessage[] = parsed.map((x, i) => toNewMessage(e.period, x.raw, x.mail, pages[i]));
    return {
      kind: 'mail', source: 'mbox', messages, failure: null, more,
      state: {
        period: e.period, kind: e.kind, start: null, end: null, label: e.label, size_label: more ? `${PARTIAL}${last}` : e.sizeLabel,
        text_url: e.repo, etag: null, last_modified: null, text_length: (from ? stored?.text_length ?? 0 : 0) + consumed,
        text_hash: last, tail_hash: null, source: 'mbox',
      },
    };
  }

  return { listRoot, periods, periodMail, messageUrls };
}

