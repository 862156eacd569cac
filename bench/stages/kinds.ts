/**
 * Issue 13: the ingest rate of each kind of archive on the same messages, those of list 0 (its
 * maildir, the messages `notmuch new` indexes in the side-by-side stage), each whole process,
 * median of runs, peak RSS:
 * - HyperKitty: `archive sync LIST-URL` of a Mailman 3 list served from its own process by the
 *   fixture HyperKitty server (bench/serveHyperKitty.ts: list page, month exports gzipped per
 *   request, as HyperKitty does), `--delay 0`;
 * - mbox: `archive import FILE --list NAME` of one mbox file (mboxrd: From_ lines, `>From ` quoted);
 * - public-inbox: `archive sync FOLDER` of a local v2 inbox (`git/0.git`, one commit per message
 *   whose tree is the file `m`) built with `git fast-import`; skipped without git.
 * The inputs are built once into the scratch folder before the runs (not measured).
 */
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { archive, check, traffic, type BenchContext } from '../context.js';
import { spread, type Spread } from '../measure/stats.js';
import { which } from '../measure/proc.js';
import { startServerProcess, type BenchServer } from '../serverProcess.js';
import { removeDb, type SyncFigures } from './sync.js';
import type { NotmuchFigures } from './tools.js';
import { readSourceMail } from '../../fixtures/server/mailSource.js';
import { ctime } from '../../fixtures/server/serverTime.js';

export type IngestKind = 'hyperkitty' | 'mbox' | 'public-inbox';

export interface KindFigures {
  kind: IngestKind;
  /** The command as a user would type it. */
  command: string;
  /** What it read. */
  input: string;
  /** Messages stored by the last run. */
  stored: number;
  wallMs: Spread;
  messagesPerSecond: Spread;
  maxRss: Spread;
  load: Spread;
  /** Over HTTP only. */
  requests: Spread | null;
  bytes: Spread | null;
}

export interface KindsFigures {
  list: string;
  /** Messages in the maildir (what each kind was built from). */
  messages: number;
  rows: KindFigures[];
  /** Kinds not measured, and why. */
  skipped: string[];
  /** `notmuch new` on the same maildir (the side-by-side stage's figures), and list 0's pipermail first sync. */
  notmuch: NotmuchFigures | null;
  pipermail: SyncFigures | null;
}

/** A message of the maildir, with what the From_ line and the commit need. */
export interface Source { name: string; bytes: Buffer; address: string; arrival: number }

export function readMaildir(maildir: string): Source[] {
  const cur = path.join(maildir, 'cur');
  return readdirSync(cur).sort().map((name) => {
    const bytes = readFileSync(path.join(cur, name));
    const s = readSourceMail(name, bytes);
    return { name, bytes, address: s.address || 'nobody@example.org', arrival: s.arrival ?? s.date ?? 0 };
  });
}

/** Append-only file writer (the inputs can be 100+ MB: never held whole in memory). */
function writer(file: string): { write(b: Buffer | string): void; close(): void } {
  const fd = openSync(file, 'w');
  return { write: (b) => { writeSync(fd, typeof b === 'string' ? Buffer.from(b, 'utf8') : b); }, close: () => closeSync(fd) };
}

/** An mboxrd file, as a mail program writes one: From_ line, the message with `>*From ` lines quoted, a blank line. */
export function writeMbox(file: string, mails: Source[]): void {
  const w = writer(file);
  for (const m of mails) {
    const text = m.bytes.toString('latin1').replace(/^(>*From )/gm, '>$1');
    w.write(`From ${m.address} ${ctime(m.arrival, 'UTC')}\n`);
    w.write(Buffer.from(text.endsWith('\n') ? `${text}\n` : `${text}\n\n`, 'latin1'));
  }
  w.close();
}

const GIT_ENV = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', LC_ALL: 'C' };

/**
 * A public-inbox v2 inbox of one epoch, as public-inbox's writer lays it out (the layout of
 * fixtures/server/publicInboxRepo.ts, which spawns git four times a message: too slow here):
 * `DIR/git/0.git` bare, one commit per message on refs/heads/master whose tree is the file `m`,
 * author the sender, committer the inbox, the message its Subject. Built by one `git fast-import`.
 */
export function writePublicInbox(dir: string, name: string, mails: Source[]): void {
  const gitDir = path.join(dir, 'git', '0.git');
  mkdirSync(path.dirname(gitDir), { recursive: true });
  execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=master', gitDir], { env: GIT_ENV });
  const stream = path.join(dir, 'fast-import.stream');
  const w = writer(stream);
  const data = (b: Buffer): void => { w.write(`data ${b.length}\n`); w.write(b); w.write('\n'); };
  mails.forEach((m, i) => {
    const head = m.bytes.toString('latin1').split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
    const subject = /^Subject:[ \t]*(.*)$/im.exec(head)?.[1]?.trim() || '(no subject)';
    const from = /^From:[ \t]*(.*)$/im.exec(head)?.[1] ?? '';
    const who = from.replace(/<[^>]*>/, '').replace(/["<>\n]/g, '').trim() || m.address;
    w.write('blob\n');
    w.write(`mark :${2 * i + 1}\n`);
    data(m.bytes);
    w.write('commit refs/heads/master\n');
    w.write(`mark :${2 * i + 2}\n`);
    w.write(Buffer.from(`author ${who} <${m.address.replace(/[<>\s]/g, '')}> ${m.arrival} +0000\n`, 'latin1'));
    w.write(`committer ${name} <${name}@example.org> ${m.arrival} +0000\n`);
    data(Buffer.from(subject, 'latin1'));
    w.write(`M 100644 :${2 * i + 1} m\n\n`);
  });
  w.close();
  const input = openSync(stream, 'r');
  try {
    execFileSync('git', ['--git-dir', gitDir, 'fast-import', '--quiet'], { env: GIT_ENV, stdio: [input, 'ignore', 'pipe'] });
  } finally {
    closeSync(input);
  }
  execFileSync('git', ['--git-dir', gitDir, 'repack', '-a', '-d', '-q'], { env: GIT_ENV });
  rmSync(stream, { force: true });
}

/** Bytes of a file or of everything under a folder. */
function sizeOf(p: string): number {
  const st = statSync(p);
  if (!st.isDirectory()) return st.size;
  return readdirSync(p).reduce((a, n) => a + sizeOf(path.join(p, n)), 0);
}

/** Run `args(db)` into a fresh database `runs` times; the count of stored messages is read from its `--json`. */
async function measure(ctx: BenchContext, kind: IngestKind, command: string, input: string, args: (db: string) => string[], server: BenchServer | null): Promise<KindFigures> {
  const db = path.join(ctx.work, `kind-${kind}.db`);
  const wall: number[] = [], rate: number[] = [], rss: number[] = [], load: number[] = [], req: number[] = [], bytes: number[] = [];
  let stored = 0;
  for (let i = 0; i < ctx.runs; i++) {
    removeDb(db);
    await server?.resetLog();
    const r = check(await archive(ctx, ['--db', db, ...args(db), '--json']), `${kind} ingest`);
    stored = (JSON.parse(r.stdout) as { newMessages: number }).newMessages;
    wall.push(r.wallMs); rate.push(stored / (r.wallMs / 1000)); load.push(r.load[0]);
    if (r.maxRss !== null) rss.push(r.maxRss);
    let t = '';
    if (server) {
      const x = await server.traffic();
      req.push(x.requests); bytes.push(x.bytes);
      t = `, ${x.requests} requests`;
    }
    ctx.log(`  ${kind} run ${i + 1}/${ctx.runs}: ${(r.wallMs / 1000).toFixed(2)} s, ${stored} messages (${Math.round(stored / (r.wallMs / 1000))}/s)${t}, peak RSS ${r.maxRss ? (r.maxRss / 1e6).toFixed(0) + ' MB' : 'n/a'}, load ${r.load[0].toFixed(2)}`);
  }
  removeDb(db);
  return { kind, command, input, stored, wallMs: spread(wall), messagesPerSecond: spread(rate), maxRss: spread(rss), load: spread(load), requests: server ? spread(req) : null, bytes: server ? spread(bytes) : null };
}

/** Ingest list `list`'s maildir (`messages` of them) through each kind. */
export async function ingestKinds(ctx: BenchContext, maildir: string, list: string, messages: number, notmuch?: NotmuchFigures, pipermail?: SyncFigures): Promise<KindsFigures> {
  const out: KindsFigures = { list, messages, rows: [], skipped: [], notmuch: notmuch ?? null, pipermail: pipermail ?? null };
  const mails = readMaildir(maildir);
  const note = (k: IngestKind, r: KindFigures): void => {
    out.rows.push(r);
    if (r.stored !== messages) ctx.notes.push(`issue 13, ${k}: stored ${r.stored} of the ${messages} messages.`);
  };

  // 1. HyperKitty, served from its own process.
  const fqdn = `${list}@lists.example.org`;
  const hk = await startServerProcess(maildir, 'serveHyperKitty.js', [fqdn]);
  try {
    const url = `${hk.url}/archives/list/${fqdn}/`;
    note('hyperkitty', await measure(ctx, 'hyperkitty', `archive sync --delay 0 ${url.replace(hk.url, 'http://127.0.0.1:PORT')}`,
      'robots.txt, the list page, then one gzip mbox export per month, over HTTP', () => ['sync', '--delay', '0', url], hk));
  } finally {
    await hk.close();
  }

  // 2. One mbox file.
  const mbox = path.join(ctx.work, `${list}.mbox`);
  writeMbox(mbox, mails);
  note('mbox', await measure(ctx, 'mbox', `archive import ${list}.mbox --list ${list}`, `one mbox file of ${(sizeOf(mbox) / 1e6).toFixed(1)} MB`, () => ['import', mbox, '--list', list], null));

  // 3. A local public-inbox folder.
  if (await which('git')) {
    const inbox = path.join(ctx.work, 'public-inbox', list);
    const t = Date.now();
    writePublicInbox(inbox, list, mails);
    ctx.log(`  public-inbox: built ${inbox} with git fast-import in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    note('public-inbox', await measure(ctx, 'public-inbox', `archive sync ${list}/ (a local inbox folder)`,
      `a v2 inbox folder, one epoch (git/0.git, ${(sizeOf(inbox) / 1e6).toFixed(1)} MB packed)`, () => ['sync', inbox], null));
  } else {
    out.skipped.push('public-inbox: git is not installed');
  }
  return out;
}
