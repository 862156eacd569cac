import { describe, expect, it } from 'vitest';
import { splitMbox, parseMail, cleanBody, classifyBodyLines } from '../../src/mail/index.js';
import { real, TP } from './helpers.js';

const lines = (s: string) => s.split('\n');

function expectSameShape(body: string, text: string) {
  expect(lines(text)).toHaveLength(lines(body).length);
  // every kept line is identical to the input line
  lines(text).forEach((l, i) => {
    if (l !== '') expect(l).toBe(lines(body)[i]);
  });
}

describe('cleanBody on real bodies', () => {
  it('blanks the quoted lines and the attribution of divunal 1999 message 000054', () => {
    const [m] = splitMbox(real('twistedmatrix.com/divunal-list/1999-August.txt.gz')).map(parseMail);
    const c = cleanBody(m.body);
    expectSameShape(m.body, c.text);
    expect(c.quotedLines).toBe(60); // grep -c '^>' over the entry
    expect(c.sawAttribution).toBe(true);
    const at = lines(m.body).indexOf('On Tue, 3 Aug 1999, Michael Dartt wrote:');
    expect(at).toBeGreaterThan(0);
    expect(lines(c.text)[at]).toBe('');
    expect(c.text).not.toMatch(/^>/m);
    expect(c.text).toContain('A simple answer to your concern about not knowing anything about what is');
    expect(c.text).toContain('other people wrote.'); // prose ending in "wrote." is kept
  });

  it('cuts an Outlook -----Original Message----- block to the end (twisted 2003-September)', () => {
    const all = splitMbox(real(`${TP}/2003-September.txt.gz`)).map(parseMail);
    const m = all.find((x) => x.authorAddress === 'snesbitt@cobaltgroup.com' && x.body.includes('-----Original Message-----'))!;
    const c = cleanBody(m.body);
    expectSameShape(m.body, c.text);
    const cut = lines(m.body).indexOf('-----Original Message-----');
    expect(lines(c.text).slice(cut).every((l) => l === '')).toBe(true);
    expect(lines(c.text).slice(0, cut).join('\n')).toContain('Steve Nesbitt');
    expect(c.removed.at(-1)).toMatchObject({ kind: 'forwarded', startLine: cut + 1, endLine: lines(m.body).length });
    expect(c.quotedLines).toBeGreaterThan(10);
  });

  it('handles a two-line attribution, quotes, signature and list footer (Itamar, twisted 2003-September)', () => {
    const all = splitMbox(real(`${TP}/2003-September.txt.gz`)).map(parseMail);
    const m = all.find((x) => x.authorAddress === 'itamar@itamarst.org' && x.body.startsWith('On Thu, 18 Sep 2003 09:47:40 -0700'))!;
    const c = cleanBody(m.body);
    expectSameShape(m.body, c.text);
    expect(c.sawAttribution).toBe(true);
    expect(c.quotedLines).toBe(4);
    expect(c.text.trim().split('\n')[0]).toBe('Protocols are created by the factory when the port you are listening');
    expect(c.text).not.toContain('Itamar Shtull-Trauring');
    expect(c.text).not.toContain('mailing list');
    expect(c.removed.map((r) => r.kind)).toEqual(['attribution', 'quote', 'signature']);
  });

  it('blanks the scrubbed HTML block of a single-part HTML mail (twisted 2020-January)', () => {
    const m = parseMail(splitMbox(real(`${TP}/2020-January.txt`))[0]);
    const c = cleanBody(m.body);
    expect(c.text).toBe('\n');
    expect(c.removed).toEqual([{ kind: 'scrubbed', startLine: 1, endLine: 2 }]);
  });

  it('blanks everything from the next-part separator (twisted 2002-August attachments)', () => {
    const all = splitMbox(real(`${TP}/2002-August.txt.gz`)).map(parseMail);
    const withParts = all.filter((x) => x.body.includes('-------------- next part --------------'));
    expect(withParts.length).toBeGreaterThan(5);
    for (const m of withParts) {
      const c = cleanBody(m.body);
      expectSameShape(m.body, c.text);
      expect(c.text).not.toMatch(/scrubbed|attachment\.|next part/);
    }
  });
});

describe('minutes sent as a text attachment', () => {
  // jdk-dev `EG Meeting Minutes: Thu 7 Dec 2017` (real-corpus openjdk): the post is a note that the
  // minutes are attached, and pipermail shows the text attachment inline
  const note = ['Hi.', '', "I've attached minutes for our meeting on Thu 7 Dec.", '', 'Thanks,', 'Iris', '-------------- next part --------------'];
  const minutes = ['Java SE 10 (18.3) (JSR 383)', 'Expert Group minutes: 2017/12/07', '', 'Agenda', '------', '', '  - JDK 10'];

  it('keeps the attachment when the writer says it is the minutes', () => {
    const c = cleanBody([...note, ...minutes].join('\n'));
    expect(c.text).toContain('Expert Group minutes: 2017/12/07');
    expect(c.text).not.toContain('next part');
  });

  it('still blanks a patch attached under such a note, and any attachment under other words', () => {
    const patch = ['diff --git a/x b/x', '--- a/x', '+++ b/x', '@@ -1 +1 @@'];
    expect(cleanBody([...note, ...patch].join('\n')).text).not.toContain('diff --git');
    const other = ['Hi, see the log attached.', '-------------- next part --------------', ...minutes];
    expect(cleanBody(other.join('\n')).text).not.toContain('Expert Group minutes');
  });
});

describe('cleanBody on constructed shapes', () => {
  it('removes the footer, scrubbed blocks with Name/Type/Size/Desc/URL, and keeps tables', () => {
    const body = [
      '= Project A =',                                   // 1
      '| item | state |',                                 // 2 table row: kept
      '| foo  | done  |',                                 // 3
      '| quoted with a pipe',                             // 4 pipe quote
      'A non-text attachment was scrubbed...',            // 5
      'Name: signature.asc',                              // 6
      'Type: application/pgp-signature',                  // 7
      'Size: 455 bytes',                                  // 8
      'Desc: Message signed with OpenPGP using GPGMail',  // 9
      'URL: <http://imagej.net/pipermail/imagej-devel/attachments/20141001/0a1b2c3d/attachment.pgp>', // 10
      'still text',                                       // 11
      '_______________________________________________',  // 12
      'ImageJ-devel mailing list',                         // 13
      'ImageJ-devel at imagej.net',                       // 14
      'http://imagej.net/mailman/listinfo/imagej-devel',  // 15
    ].join('\n');
    const c = cleanBody(body);
    expectSameShape(body, c.text);
    expect(lines(c.text)).toEqual([
      '= Project A =', '| item | state |', '| foo  | done  |', '', '', '', '', '', '', '', 'still text', '', '', '', '',
    ]);
    expect(c.removed).toEqual([
      { kind: 'quote', startLine: 4, endLine: 4 },
      { kind: 'scrubbed', startLine: 5, endLine: 10 },
      { kind: 'footer', startLine: 12, endLine: 15 },
    ]);
    expect(c.quotedLines).toBe(1);
    expect(c.sawAttribution).toBe(false);
  });

  it('handles Outlook "----- Original Message -----" with spaces and localized separators', () => {
    const c = cleanBody('Status below.\n\n----- Original Message -----\nFrom: x\nSubject: y\n\nold text');
    expect(lines(c.text)).toEqual(['Status below.', '', '', '', '', '', '']);
    const d = cleanBody('Text\n-------------- nächster Teil --------------\nEin Dateianhang mit HTML-Daten wurde abgetrennt...');
    expect(lines(d.text)).toEqual(['Text', '', '']);
  });

  it('keeps what an Outlook "Original Message" line opens when nothing of the sender\'s own is above it: a forward (Tcl/Tk biweekly meeting report, 2024-12)', () => {
    // (Outlook forwards under the line it replies under; a reply of nothing is a forward)
    const c = cleanBody('-----Original Message-----\nFrom: Harald\nSent: Monday\nSubject: Report biweekly TCL/Tk meeting\n\nDear TCL/Tk group,\n1) Further releases');
    expect(lines(c.text).slice(-2)).toEqual(['Dear TCL/Tk group,', '1) Further releases']);
    // a word of one's own above it: a reply, the original cut as before
    const r = cleanBody('Agreed.\n\n-----Original Message-----\nFrom: Harald\nSent: Monday\nSubject: x\n\nold text');
    expect(r.text.trim()).toBe('Agreed.');
  });

  it('does not take a "wrote:" in prose without following quotes for an attribution', () => {
    const c = cleanBody('Here is what the reviewer wrote:\n\n  1. fix the build');
    expect(c.sawAttribution).toBe(false);
    expect(c.text).toBe('Here is what the reviewer wrote:\n\n  1. fix the build');
  });

  it('ends a signature at a list after a blank line (the linux-next merge log), as the status parser reads it', () => {
    const body = ['Changes since 20240627:', '', '-- ', 'Cheers,', 'Stephen Rothwell', '', 'Merging origin/master (6c0483dbfe72 x)',
      'Merging mm/mm-everything (a38297e3fb01 y)', 'CONFLICT (content): Merge conflict in fs/proc/task_mmu.c', 'Merging net-next/main (1c3f3d6a8c4e z)'].join('\n');
    const c = cleanBody(body);
    expect(lines(c.text)).toEqual(['Changes since 20240627:', '', '', '', '', '', 'Merging origin/master (6c0483dbfe72 x)',
      'Merging mm/mm-everything (a38297e3fb01 y)', 'CONFLICT (content): Merge conflict in fs/proc/task_mmu.c', 'Merging net-next/main (1c3f3d6a8c4e z)']);
    expect(c.removed).toEqual([{ kind: 'signature', startLine: 3, endLine: 6 }]);
    expect(lines(cleanBody('Text\n-- \nJeff\n\nRed Hat, Inc.\nhttp://x\n').text)).toEqual(['Text', '', '', '', '', '', '']);
  });

  it('ends a signature where a document longer than any signature follows it (minutes attached as text, debconf-team 2006)', () => {
    const minutes = ['Meeting - Monday, 24th of July, 19:00 UTC', '', 'Present:', ...Array.from({ length: 12 }, (_, k) => `\tmember${k}`), '',
      'Agenda:', '\tdifferent teams in debconf organisation', '\tsponsorship team / budget', '', '1. different teams in debconf organisation',
      '\tGanneff proposed various teams to organise DebConf.', '\tACTION: team contacts list who is on it on the wiki.'];
    const body = ['Hi all,', '', 'Minutes from our last meeting are attached. Sorry for the delay.', '', 'Neil', '-- ',
      'gpg key - http://www.halon.org.uk/pubkey.txt', '', ...minutes].join('\n');
    const c = cleanBody(body);
    expect(c.removed).toEqual([{ kind: 'signature', startLine: 6, endLine: 8 }]);
    expect(c.text).toContain('1. different teams in debconf organisation');
    // (a signature of a few lines, or one followed by a short quote, still runs to the end)
    const short = cleanBody(['Text', '-- ', 'Jeff', '', 'Red Hat, Inc.', 'http://x', '', 'line 1', 'line 2'].join('\n'));
    expect(short.removed).toEqual([{ kind: 'signature', startLine: 2, endLine: 9 }]);
  });

  it('keeps CRLF-free line counts for an empty body', () => {
    expect(cleanBody('')).toEqual({ text: '', quotedLines: 0, sawAttribution: false, removed: [], nonBlank: 0, lineKinds: ['text'] });
  });
});

describe('classifyBodyLines: what each body line is', () => {
  it('names every line, and cleanBody blanks exactly the lines that are not text', () => {
    const body = ['Hi all,', '', 'On Tue, 3 Aug 1999, Ann wrote:', '> old text', '> more', '', 'My answer.', '',
      '-- ', 'Bob', '_______________________________________________', 'Foo-dev mailing list', 'foo@x', '', 'trailing'].join('\n');
    const kinds = classifyBodyLines(body.split('\n'));
    expect(kinds).toEqual(['text', 'text', 'attribution', 'quote', 'quote', 'text', 'text', 'text',
      'signature', 'signature', 'signature', 'signature', 'signature', 'signature', 'signature']);
    const c = cleanBody(body);
    expect(lines(c.text)).toEqual(lines(body).map((l, i) => (kinds[i] === 'text' ? l : '')));
    expect(c.removed).toEqual([{ kind: 'attribution', startLine: 3, endLine: 3 }, { kind: 'quote', startLine: 4, endLine: 5 },
      { kind: 'signature', startLine: 9, endLine: 15 }]);
  });

  it('knows the footer the status parser knows: a listinfo URL under the rule, a page\'s "More information" line', () => {
    const rule = ['* done', '_______________________________________________', '', 'https://lists.x.org/mailman/listinfo/foo-dev'];
    expect(classifyBodyLines(rule)).toEqual(['text', 'footer', 'footer', 'footer']);
    expect(classifyBodyLines(['* done', '', 'More information about the Gluster-devel mailing list']))
      .toEqual(['text', 'text', 'footer']);
    expect(classifyBodyLines(['* done', '_______________________________________________', '* next'])).toEqual(['text', 'text', 'text']);
  });

  it('blanks inline PGP armour (the status parser masked it; now search text is the message alone)', () => {
    const body = ['-----BEGIN PGP SIGNED MESSAGE-----', 'Hash: SHA1', '', 'Progress:', '* done', '',
      '-----BEGIN PGP SIGNATURE-----', 'Version: GnuPG v1.4.9 (GNU/Linux)', '', 'iEYEARECAAYFAkp', '=abcd', '-----END PGP SIGNATURE-----', 'after'];
    expect(classifyBodyLines(body)).toEqual(['pgp', 'pgp', 'text', 'text', 'text', 'text',
      'pgp', 'pgp', 'pgp', 'pgp', 'pgp', 'pgp', 'text']);
  });

  it('takes the signer\'s dash-escapes off a signed message\'s text, and reads a lone `Hash:` atop a body as armour', () => {
    // (RFC 4880 7.1: each line of a signed text that starts with `-` is sent as `- -`)
    const signed = ['-----BEGIN PGP SIGNED MESSAGE-----', 'Hash: SHA256', '', 'Roadmaps Announced', '- ------------------', '- - 1.9.2 is out',
      '-----BEGIN PGP SIGNATURE-----', 'iEYEARECAAYFAkp', '-----END PGP SIGNATURE-----', '- not signed'];
    expect(cleanBody(signed.join('\n')).text.split('\n')).toEqual(['', '', '', 'Roadmaps Announced', '------------------', '- 1.9.2 is out', '', '', '', '- not signed']);
    // gmane's pages of the Tahoe-LAFS Weekly News (2012) dropped the BEGIN line and kept `Hash: SHA256`
    const gmane = ['', 'Hash: SHA256', '', 'Tahoe-LAFS Weekly News, issue number 31, May 19, 2012', '', 'Roadmaps Announced', '- ------------------'];
    expect(classifyBodyLines(gmane)).toEqual(['text', 'pgp', 'text', 'text', 'text', 'text', 'text']);
    expect(cleanBody(gmane.join('\n')).text.split('\n').slice(5)).toEqual(['Roadmaps Announced', '------------------']);
    // (a `Hash:` line in the middle of a text, or atop one with no blank under it, is the writer's)
    expect(classifyBodyLines(['Status', '', 'Hash: SHA256', '']).every((k) => k === 'text')).toBe(true);
    expect(classifyBodyLines(['Hash: SHA256', 'for the release tarball']).every((k) => k === 'text')).toBe(true);
    // (and an unsigned message's `- ` lines are its own)
    expect(cleanBody('Done:\n- - nested').text).toBe('Done:\n- - nested');
  });

  it('takes an Outlook header block as the original, but leaves a forward\'s headers to the status parser', () => {
    const reply = ['Agreed, see below.', '', 'From: Ann <a@x.org>', 'Sent: Monday, May 3, 2021 10:00', 'To: dev@x.org', 'Subject: status', '', '* her item'];
    expect(classifyBodyLines(reply)).toEqual(['text', 'text', 'forwarded', 'forwarded', 'forwarded', 'forwarded', 'forwarded', 'forwarded']);
    expect(cleanBody(reply.join('\n')).quotedLines).toBe(5);
    const fwd = ['FYI, the notes.', '', '---------- Forwarded message ---------', 'From: Ann <a@x.org>', 'Date: Mon, 3 May 2021', 'Subject: notes', 'To: dev@x.org', '', '* item'];
    expect(classifyBodyLines(fwd).every((k) => k === 'text')).toBe(true);
  });

  it('tells a footer, a scrubbed attachment and an original-message block apart', () => {
    const body = ['Status:', '* done', 'An HTML attachment was scrubbed...', 'URL: http://x/a.html',
      '_______________________________________________', 'Foo-dev mailing list', 'Foo-dev@x', 'http://x/listinfo',
      '', '-----Original Message-----', 'From: Ann'].join('\n');
    expect(classifyBodyLines(body.split('\n'))).toEqual(['text', 'text', 'scrubbed', 'scrubbed',
      'footer', 'footer', 'footer', 'footer', 'text', 'forwarded', 'forwarded']);
  });
});

describe('quotes an indenting mail reader makes', () => {
  // openbmc@lists.ozlabs.org, 2021-05 (Michael Richardson's reader, Emacs MH, indents what it quotes)
  const reply = [
    '',
    'Joseph Reynolds <jrey@linux.ibm.com> wrote:',
    '    > 1. Security impacts of enabling kexec (load and optionally execute new',
    '    > kernel) in the BMC\'s production kernel.',
    '',
    'This tussle between locking down the system against all intrusions, vs being',
    'able to fix stuff when in trouble is a serious debate.',
    '',
    '    > 2. What are the security impacts of having the proc file system file',
    '    > /proc/sysrq-trigger?',
    '',
    'So I suggest that the secure boot process should disable kexec.',
  ];
  it('are quotes under an attribution, and further down the same mail', () => {
    expect(classifyBodyLines(reply)).toEqual(['text', 'attribution', 'quote', 'quote', 'text', 'text', 'text', 'text', 'quote', 'quote', 'text', 'text']);
  });
  it('but a deeper `>` under no attribution is a shell prompt in a code block', () => {
    const code = ['Run this to reach the console:', '', '    > socat - UNIX-CONNECT:/var/run/console', '    > obmc-console-client', '', 'and it answers.'];
    expect(classifyBodyLines(code)).toEqual(['text', 'text', 'text', 'text', 'text', 'text']);
  });
});

describe('parser 73: a forward under an Original Message line', () => {
  it('keeps what a forward\'s `-------- Original Message --------` opens under a short note (Sugar Labs, 2011)', () => {
    // fixtures/real-corpus/sugar/2011-09-fwd-iaep-infrastructure-team-report: `[Systems] Fwd: [IAEP] Infrastructure Team Report`
    const body = "\nFor those who don't read iaep@ regularly:\n\n-------- Original Message --------\nSubject: [IAEP] Infrastructure Team Report\nFrom: Bernie Innocenti <bernie at sugarlabs.org>\n\n== Infrastructure Team Report for September 2011 ==\n\n=== Mission ===\n";
    const fwd = cleanBody(body, { forward: true });
    expect(lines(fwd.text)).toContain('=== Mission ===');
    // (the same lines in a mail that is no forward: a reply's original, cut)
    expect(lines(cleanBody(body).text)).not.toContain('=== Mission ===');
    // (a forward with more of the sender's own above than a note: the original is quoted, as in a reply)
    const long = `${'My own line.\n'.repeat(8)}\n-------- Original Message --------\nSubject: x\n\nold text`;
    expect(cleanBody(long, { forward: true }).text).not.toContain('old text');
  });
});
