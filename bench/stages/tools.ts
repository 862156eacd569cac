/**
 * The tools a user would otherwise use: `wget --mirror --no-parent` of a list, and notmuch
 * indexing the same messages as a maildir and answering a search. Installed with apt-get in the
 * full run when missing; skipped with a note when absent (quick run) or not installable.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { run, which } from '../measure/proc.js';
import { spread, type Spread } from '../measure/stats.js';
import { traffic, type BenchContext } from '../context.js';

export async function ensureTools(ctx: BenchContext, tools: string[], install: boolean): Promise<Record<string, string | null>> {
  const found: Record<string, string | null> = {};
  for (const t of tools) found[t] = await which(t);
  const missing = tools.filter((t) => !found[t]);
  if (missing.length && install) {
    if (process.getuid?.() !== 0) {
      ctx.notes.push(`not root: could not apt-get install ${missing.join(', ')}.`);
    } else {
      ctx.log(`installing ${missing.join(', ')} with apt-get`);
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      const u = await run('apt-get', ['update', '-qq'], { env });
      const r = await run('apt-get', ['install', '-y', '-qq', ...missing], { env });
      if (u.code !== 0 || r.code !== 0) ctx.notes.push(`apt-get install ${missing.join(' ')} failed: ${(r.stderr || u.stderr).trim().split('\n').slice(-2).join(' ')}`);
      for (const t of missing) found[t] = await which(t);
    }
  }
  for (const t of tools) if (!found[t]) ctx.notes.push(`${t} is not installed${install ? ' and could not be installed' : ' (the quick run does not install it)'}: its side-by-side figures are skipped.`);
  return found;
}

export async function version(cmd: string, args: string[]): Promise<string> {
  const r = await run(cmd, args);
  return (r.stdout || r.stderr).split('\n')[0].trim().replace(/\.$/, '');
}

export interface WgetFigures {
  wallMs: Spread;
  requests: Spread;
  bytes: Spread;
  maxRss: Spread;
  load: Spread;
  files: number;
  /** `wget --mirror` again over the finished mirror, nothing new on the server. */
  again: { wallMs: Spread; requests: Spread; bytes: Spread } | null;
  /** `wget --mirror` again after one new message arrived (the table and that period rewritten). */
  oneNew: { wallMs: Spread; requests: Spread; bytes: Spread } | null;
}

/** Mirror `url` `runs` times from scratch; then re-mirror with nothing new, then after `bump(k)` adds a message. */
export async function wgetMirror(ctx: BenchContext, url: string, runs: number, bump?: (k: number) => void): Promise<WgetFigures> {
  const out = path.join(ctx.work, 'wget');
  const wall: number[] = [], req: number[] = [], bytes: number[] = [], rss: number[] = [], load: number[] = [];
  let files = 0;
  const mirror = async (): Promise<{ wallMs: number; requests: number; bytes: number; ok: number; maxRss: number | null; load: number }> => {
    await ctx.server.resetLog();
    // wget exits 8 when some link answered 404 (pages link to the listinfo page, robots.txt...).
    const r = await run('wget', ['--mirror', '--no-parent', '-q', '-P', out, url]);
    if (r.code !== 0 && r.code !== 8) throw new Error(`wget failed (exit ${r.code}): ${r.stderr.slice(-500)}`);
    const t = await traffic(ctx);
    return { wallMs: r.wallMs, requests: t.requests, bytes: t.bytes, ok: t.byStatus['200'] ?? 0, maxRss: r.maxRss, load: r.load[0] };
  };
  for (let i = 0; i < runs; i++) {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    const m = await mirror();
    wall.push(m.wallMs); req.push(m.requests); bytes.push(m.bytes); load.push(m.load);
    if (m.maxRss !== null) rss.push(m.maxRss);
    files = m.ok;
    ctx.log(`  wget --mirror run ${i + 1}/${runs}: ${(m.wallMs / 1000).toFixed(2)} s, ${m.requests} requests`);
  }
  let again: WgetFigures['again'] = null;
  let oneNew: WgetFigures['oneNew'] = null;
  if (bump) {
    const aw: number[] = [], ar: number[] = [], ab: number[] = [];
    const nw: number[] = [], nr: number[] = [], nb: number[] = [];
    for (let k = 0; k < runs; k++) {
      const m = await mirror();
      aw.push(m.wallMs); ar.push(m.requests); ab.push(m.bytes);
    }
    for (let k = 0; k < runs; k++) {
      bump(k + 1);
      // wget compares whole-second Last-Modified times: let the rewritten files be a second newer than its copies.
      await new Promise((r) => setTimeout(r, 1100));
      const m = await mirror();
      nw.push(m.wallMs); nr.push(m.requests); nb.push(m.bytes);
      ctx.log(`  wget re-mirror after one new message, run ${k + 1}: ${(m.wallMs / 1000).toFixed(2)} s, ${m.requests} requests`);
    }
    bump(0);
    again = { wallMs: spread(aw), requests: spread(ar), bytes: spread(ab) };
    oneNew = { wallMs: spread(nw), requests: spread(nr), bytes: spread(nb) };
  }
  rmSync(out, { recursive: true, force: true });
  return { wallMs: spread(wall), requests: spread(req), bytes: spread(bytes), maxRss: spread(rss), load: spread(load), files, again, oneNew };
}

export interface NotmuchFigures {
  messages: number;
  wallMs: Spread;
  messagesPerSecond: Spread;
  maxRss: Spread;
  load: Spread;
  searches: Array<{ word: string; wallMs: Spread; hits: number }>;
  indexBytes: number;
}

export async function notmuchIndex(ctx: BenchContext, maildir: string, messages: number, words: string[], runs: number): Promise<NotmuchFigures> {
  const cfg = path.join(ctx.work, 'notmuch-config');
  const dbDir = path.join(ctx.work, 'notmuch-db');
  writeFileSync(cfg, `[database]\npath=${maildir}\nmail_root=${maildir}\n\n[user]\nname=Bench\nprimary_email=bench@example.org\n\n[new]\ntags=inbox;\nignore=\n\n[search]\nexclude_tags=\n\n[maildir]\nsynchronize_flags=false\n`);
  const env = { ...process.env, NOTMUCH_CONFIG: cfg, NOTMUCH_DATABASE: dbDir };
  const wall: number[] = [], rate: number[] = [], rss: number[] = [], load: number[] = [];
  for (let i = 0; i < runs; i++) {
    rmSync(dbDir, { recursive: true, force: true });
    rmSync(path.join(maildir, '.notmuch'), { recursive: true, force: true });
    mkdirSync(dbDir, { recursive: true });
    const r = await run('notmuch', ['new', '--quiet'], { env });
    if (r.code !== 0) throw new Error(`notmuch new failed (exit ${r.code}): ${r.stderr.slice(-500)}`);
    wall.push(r.wallMs); rate.push(messages / (r.wallMs / 1000)); load.push(r.load[0]);
    if (r.maxRss !== null) rss.push(r.maxRss);
    ctx.log(`  notmuch new run ${i + 1}/${runs}: ${(r.wallMs / 1000).toFixed(2)} s (${Math.round(messages / (r.wallMs / 1000))} messages/s)`);
  }
  const searches: NotmuchFigures['searches'] = [];
  for (const word of words) {
    await run('notmuch', ['search', '--limit=20', word], { env });
    const sw: number[] = [];
    for (let i = 0; i < Math.max(5, runs); i++) sw.push((await run('notmuch', ['search', '--limit=20', word], { env })).wallMs);
    const c = await run('notmuch', ['count', word], { env });
    searches.push({ word, wallMs: spread(sw), hits: Number(c.stdout.trim()) || 0 });
  }
  const du = await run('du', ['-sb', dbDir, path.join(maildir, '.notmuch')]);
  const indexBytes = du.stdout.split('\n').filter(Boolean).reduce((a, l) => a + (Number(l.split('\t')[0]) || 0), 0);
  rmSync(dbDir, { recursive: true, force: true });
  rmSync(path.join(maildir, '.notmuch'), { recursive: true, force: true });
  return { messages, wallMs: spread(wall), messagesPerSecond: spread(rate), maxRss: spread(rss), load: spread(load), searches, indexBytes };
}
