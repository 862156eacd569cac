/**
 * Issue 13's bench stage (bench/stages/kinds.ts): the mbox file and the public-inbox folder it
 * builds from a maildir are read back by the real CLI as every message, once (a body line
 * starting "From " does not cut a message in two); its section quotes the issue's clause and
 * sets each kind beside `notmuch new`. No timing is asserted: the report's figures are made up.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMaildir, writeMbox, writePublicInbox, type KindsFigures, type KindFigures } from '../../bench/stages/kinds.js';
import { renderKinds, ISSUE_13_CLAUSE } from '../../bench/reportKinds.js';
import { spread } from '../../bench/measure/stats.js';
import { splitMailbox } from '../../src/mail/index.js';
import { runArchive, tempDir, FIXTURES } from '../support/cli.js';

const SOURCES = join(FIXTURES, 'sources', 'gluster-devel');
// Two of them have body lines starting "From " (one after a blank line): the case an mbox must quote.
const NAMES = ['2014-09-03-s1.eml', '2014-09-04-s2.eml', '2014-10-15-o8.eml', '2014-10-16-o11.eml'];

let hasGit = true;
try {
  execFileSync('git', ['--version'], { stdio: 'ignore' });
} catch {
  hasGit = false;
}

describe('the inputs the stage builds from a maildir', () => {
  const tmp = tempDir('kinds-');
  const maildir = join(tmp.dir, 'maildir');
  beforeAll(() => {
    for (const d of ['cur', 'new', 'tmp']) mkdirSync(join(maildir, d), { recursive: true });
    NAMES.forEach((n, i) => copyFileSync(join(SOURCES, n), join(maildir, 'cur', `${1400000000 + i}.bench_${i}:2,S`)));
  });
  afterAll(() => tmp.cleanup());

  it('the fixture holds the hard case: a body line starting "From "', () => {
    expect(NAMES.some((n) => /\n\nFrom /.test(readFileSync(join(SOURCES, n), 'latin1')))).toBe(true);
  });

  it('an mbox of every message, each once: split back whole, and `archive import` stores them all', async () => {
    const mails = readMaildir(maildir);
    expect(mails.map((m) => m.address)).toEqual(mails.map(() => expect.stringMatching(/^[^@\s]+@[^@\s]+$/)));
    const file = join(tmp.dir, 'list.mbox');
    writeMbox(file, mails);
    // Any reader may cut at a line starting "From " (mboxo, mutt): only the From_ lines start so, body lines are quoted.
    const text = readFileSync(file, 'latin1');
    expect(text.match(/^From .*$/gm)).toHaveLength(NAMES.length);
    expect(text).toMatch(/^>From /m);
    const entries = splitMailbox(readFileSync(file));
    expect(entries).toHaveLength(NAMES.length);
    for (const e of entries) expect(e.toString('latin1')).toMatch(/^From \S+@\S+ \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}\n/);
    expect(entries.map((e) => /^Message-ID: (.*)$/im.exec(e.toString('latin1'))?.[1])).toEqual(mails.map((m) => /^Message-ID: (.*)$/im.exec(m.bytes.toString('latin1'))?.[1]));
    const r = await runArchive(['--db', tmp.db, 'import', file, '--list', 'gluster-devel', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).newMessages).toBe(NAMES.length);
  });

  it.skipIf(!hasGit)('a public-inbox v2 folder of one epoch, one commit a message whose tree is `m`: `archive sync FOLDER` stores them all', async () => {
    const mails = readMaildir(maildir);
    const inbox = join(tmp.dir, 'inbox');
    writePublicInbox(inbox, 'gluster-devel', mails);
    const git = (...args: string[]) => execFileSync('git', ['--git-dir', join(inbox, 'git', '0.git'), ...args]).toString('utf8').trim();
    expect(git('rev-list', '--count', 'refs/heads/master')).toBe(String(NAMES.length));
    expect(git('ls-tree', '--name-only', 'HEAD')).toBe('m');
    expect(Buffer.from(execFileSync('git', ['--git-dir', join(inbox, 'git', '0.git'), 'cat-file', 'blob', 'HEAD:m']))).toEqual(mails.at(-1)!.bytes);
    expect(readdirSync(inbox)).toEqual(['git']);
    const db = join(tmp.dir, 'pi.db');
    const r = await runArchive(['--db', db, 'sync', '--json', inbox]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ newMessages: NAMES.length, lists: [{ kind: 'public-inbox' }] });
  });
});

describe('the section for issue 13', () => {
  const one = (x: number) => spread([x]);
  const row = (kind: KindFigures['kind'], rate: number): KindFigures => ({
    kind, command: `archive ${kind}`, input: 'x', stored: 2000, wallMs: one(2000 / rate * 1000), messagesPerSecond: one(rate), maxRss: one(150e6), load: one(1),
    requests: kind === 'hyperkitty' ? one(14) : null, bytes: kind === 'hyperkitty' ? one(1e6) : null,
  });
  const figures: KindsFigures = {
    list: 'gluster-devel', messages: 2000, rows: [row('hyperkitty', 1000), row('mbox', 2000)], skipped: ['public-inbox: git is not installed'],
    notmuch: { messages: 2000, wallMs: one(4000), messagesPerSecond: one(500), maxRss: one(75e6), load: one(1), searches: [], indexBytes: 1 }, pipermail: null,
  };

  it('quotes the clause, gives each kind its rate beside notmuch new, and says what was not measured', () => {
    const md = renderKinds(figures);
    expect(md).toContain(`> ${ISSUE_13_CLAUSE}\n`);
    const line = (kind: string) => md.split('\n').find((l) => l.startsWith(`| ${kind} |`))!;
    expect(line('hyperkitty')).toMatch(/\| 1,000\/s \|.*\| 14, 976\.6 KiB \| 2\.00× \| 2\.00× \|$/);
    expect(line('mbox')).toMatch(/\| 2,000\/s \|.*\| 4\.00× \| 2\.00× \|$/);
    expect(line('`notmuch new`')).toMatch(/\| 500\/s \|/);
    expect(md).toContain('Not measured: public-inbox: git is not installed.');
  });

  it('without notmuch: no ratios, and it says so', () => {
    const md = renderKinds({ ...figures, notmuch: null });
    expect(md).toContain('notmuch was not measured in this run: no ratios.');
    expect(md).not.toMatch(/\d×/);
  });
});
