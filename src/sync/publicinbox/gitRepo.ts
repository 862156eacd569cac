/**
 * One public-inbox git repository (an epoch, a v1 inbox, or a git mirror), read with git: its
 * fingerprint as public-inbox's manifest computes it, a bare mirror of a remote epoch fetched
 * incrementally (objects only ever added; refs moved once the pack is complete, so a killed
 * fetch leaves the mirror as it was), the commits after a given one, and their messages.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseOidLines, parseDiffTree, parseCatFileBatch, isOid } from '../../publicinbox/index.js';
import { runGit, GitError, type GitOptions } from './git.js';

/** Caps on what git prints: commit lists, diff-tree output of one chunk. */
const LIST_MAX = 128 * 1024 * 1024;
const DIFF_MAX = 64 * 1024 * 1024;

/** SHA-1 of `git show-ref` (public-inbox's manifest `fingerprint`); null for a repository without refs. */
export async function fingerprint(git: GitOptions, repo: string): Promise<string | null> {
  let out: Buffer;
  try {
    out = await runGit(git, ['--git-dir', repo, 'show-ref'], { maxOutput: LIST_MAX });
  } catch (e) {
    // show-ref exits 1 when there are no refs (an empty repository).
    if (e instanceof GitError && e.code === 'E_GIT' && /exit 1\)/.test(e.message)) return null;
    throw e;
  }
  return out.length ? createHash('sha1').update(out).digest('hex') : null;
}

/** True when `dir` is a git repository (bare, or with a .git folder). */
export function isGitDir(dir: string): boolean {
  return existsSync(join(dir, 'HEAD')) && existsSync(join(dir, 'objects')) && existsSync(join(dir, 'refs'));
}

/** Bytes of pack data a fetch is writing (its temporary files), to stop a fetch past the cap. */
function incomingBytes(repo: string): number {
  let n = 0;
  for (const dir of [join(repo, 'objects', 'pack'), join(repo, 'objects')]) {
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const f of names) {
      if (!/^tmp_|\.temp$|^incoming-/.test(f)) continue;
      try {
        n += statSync(join(dir, f)).size;
      } catch { /* finished meanwhile */ }
    }
  }
  return n;
}

/**
 * Bring the bare mirror `repo` up to date with `url` (created on first use): every branch, as
 * public-inbox's own mirrors do. `maxBytes` caps the pack one fetch downloads.
 */
export async function fetchMirror(git: GitOptions, url: string, repo: string, maxBytes: number): Promise<void> {
  if (!isGitDir(repo)) {
    mkdirSync(repo, { recursive: true });
    await runGit(git, ['init', '--quiet', '--bare', repo], { maxOutput: 1 << 20 });
  }
  await runGit(git, ['--git-dir', repo, 'fetch', '--quiet', '--no-tags', '--prune', '--no-write-fetch-head', '--no-auto-gc', url, '+refs/heads/*:refs/heads/*'], {
    maxOutput: 1 << 20,
    watch: () => (incomingBytes(repo) > maxBytes ? `the download passed the ${Math.round(maxBytes / 1024 / 1024)} MiB cap (--max-size)` : null),
  });
}

/** The commits after `from` (all of them when `from` is null or no longer in the history), oldest first. */
export async function commitsAfter(git: GitOptions, repo: string, from: string | null): Promise<{ commits: string[]; rewritten: boolean }> {
  const heads = parseOidLines((await runGit(git, ['--git-dir', repo, 'for-each-ref', '--format=%(objectname)', 'refs/heads/'], { maxOutput: LIST_MAX })).toString('latin1'));
  if (heads.length === 0) return { commits: [], rewritten: false };
  let known = false;
  if (from && isOid(from)) {
    try {
      await runGit(git, ['--git-dir', repo, 'cat-file', '-e', `${from}^{commit}`], { maxOutput: 1024 });
      known = true;
    } catch (e) {
      if (!(e instanceof GitError) || e.code !== 'E_GIT') throw e;
    }
  }
  const args = ['--git-dir', repo, 'rev-list', '--reverse', '--topo-order', ...new Set(heads), ...(known ? ['--not', from!] : [])];
  const commits = parseOidLines((await runGit(git, args, { maxOutput: LIST_MAX })).toString('latin1'));
  return { commits, rewritten: Boolean(from) && !known };
}

export interface RepoMessage {
  commit: string;
  raw: Buffer;
}

/**
 * The messages the first commits of `commits` added, in their order, reading at most `maxBytes`
 * of mail (at least one commit's): `consumed` says how many commits that covered. A message
 * larger than `maxMessage` is left out (and counted).
 */
export async function messagesOf(git: GitOptions, repo: string, commits: string[], o: { maxMessage: number; maxBytes: number }): Promise<{ messages: RepoMessage[]; consumed: number; tooLarge: number }> {
  if (commits.length === 0) return { messages: [], consumed: 0, tooLarge: 0 };
  const diff = await runGit(git, ['--git-dir', repo, 'diff-tree', '--stdin', '-z', '-r', '--raw', '--no-abbrev', '--root', '--no-renames'], {
    input: Buffer.from(commits.join('\n') + '\n'), maxOutput: DIFF_MAX,
  });
  const blobsOf = new Map(parseDiffTree(diff).map((c) => [c.commit, c.blobs]));
  const allBlobs = [...new Set([...blobsOf.values()].flat())];
  // Sizes first, so that no huge blob is ever read.
  const checks = allBlobs.length === 0 ? [] : (await runGit(git, ['--git-dir', repo, 'cat-file', '--batch-check=%(objectname) %(objecttype) %(objectsize)'], {
    input: Buffer.from(allBlobs.join('\n') + '\n'), maxOutput: DIFF_MAX,
  })).toString('latin1').split('\n').filter(Boolean);
  const sizes = new Map<string, number>();
  for (const line of checks) {
    const m = /^([0-9a-f]{40,64}) blob (\d{1,12})$/.exec(line);
    if (m) sizes.set(m[1], Number(m[2]));
  }
  const wanted: Array<{ commit: string; blob: string }> = [];
  let total = 0;
  let consumed = 0;
  let tooLarge = 0;
  for (const commit of commits) {
    const blobs = blobsOf.get(commit) ?? [];
    const fit = blobs.filter((b) => (sizes.get(b) ?? Infinity) <= o.maxMessage);
    const bytes = fit.reduce((n, b) => n + sizes.get(b)!, 0);
    if (consumed > 0 && total + bytes > o.maxBytes) break;
    tooLarge += blobs.length - fit.length;
    wanted.push(...fit.map((blob) => ({ commit, blob })));
    total += bytes;
    consumed++;
  }
  const out = wanted.length === 0 ? Buffer.alloc(0) : await runGit(git, ['--git-dir', repo, 'cat-file', '--batch'], {
    input: Buffer.from(wanted.map((a) => a.blob).join('\n') + '\n'), maxOutput: total + wanted.length * 100,
  });
  const bodies = new Map<string, Buffer>();
  for (const obj of parseCatFileBatch(out)) if (!('missing' in obj) && obj.type === 'blob') bodies.set(obj.oid, obj.body);
  const messages = wanted.flatMap((a) => (bodies.has(a.blob) ? [{ commit: a.commit, raw: bodies.get(a.blob)! }] : []));
  return { messages, consumed, tooLarge };
}
