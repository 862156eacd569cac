import { describe, expect, it } from 'vitest';
import { splitMbox, splitMailbox, classifyMailFile, isFromLine, parseMail } from '../../src/mail/index.js';
import { real, TP, IJB } from './helpers.js';

function countDateEntries(rel: string): number {
  return (real(rel).toString('utf8').match(/<LI><A HREF="\d{6}\.html">/g) ?? []).length;
}

describe('isFromLine', () => {
  it('accepts the 2.1 separator shapes', () => {
    expect(isFromLine('From jenkins at imagej.net  Mon Oct  3 08:31:54 2016')).toBe(true);
    expect(isFromLine('From pythondork at cgi-works.com  Wed Feb  7 20:28:34 1945')).toBe(true);
    expect(isFromLine('From someone@example.org  Tue Oct 14 00:29:20 2008')).toBe(true);
    expect(isFromLine('From bogus@does.not.exist.com  Tue Oct 14 00:29:20 2008')).toBe(true);
    expect(isFromLine('From glyph@divunal.com Tue, 3 Aug 1999 22:57:51 -0400 (EDT)')).toBe(true);
  });
  it('rejects body lines that merely start with "From "', () => {
    expect(isFromLine('From command line maven, the build works fine')).toBe(false);
    expect(isFromLine('From listings/pclients/multiple.py:')).toBe(false);
    expect(isFromLine('From jenkins at imagej.net Mon Oct  3 08:31:54 2016')).toBe(false); // one space
    expect(isFromLine('From: jenkins at imagej.net')).toBe(false);
    expect(isFromLine('From here on  Mon Oct  3 08:31:54 2016 we go')).toBe(false);
  });
});

describe('splitMbox on real period archives', () => {
  it('splits imagej-builds 2016-October into as many entries as date.html lists', () => {
    const buf = real(`${IJB}/2016-October.txt.gz`);
    const parts = splitMbox(buf);
    const expected = countDateEntries(`${IJB}/2016-October/date.html`);
    expect(expected).toBe(53);
    expect(parts).toHaveLength(53);
    expect(Buffer.concat(parts).equals(buf)).toBe(true);
    for (const p of parts) expect(isFromLine(p.toString('latin1').split('\n')[0])).toBe(true);
  });

  it('splits twisted-python 2001-April into 65 entries with 32 duplicated Message-IDs', () => {
    const buf = real(`${TP}/2001-April.txt.gz`);
    const parts = splitMbox(buf);
    expect(parts).toHaveLength(65);
    const ids = parts.map((p) => parseMail(p).messageId);
    expect(ids.every((id) => id)).toBe(true);
    expect(new Set(ids).size).toBe(65 - 32);
  });

  it('keeps the bogus 1945-February period whole (2 entries, same in .txt and .txt.gz)', () => {
    const a = splitMbox(real(`${TP}/1945-February.txt`));
    const b = splitMbox(real(`${TP}/1945-February.txt.gz`));
    expect(a).toHaveLength(2);
    expect(a.map((x) => x.toString('hex'))).toEqual(b.map((x) => x.toString('hex')));
  });

  it('splits the pre-2.1 divunal-list 1999-August archive (one-space From_ lines with RFC 822 dates)', () => {
    const parts = splitMbox(real('twistedmatrix.com/divunal-list/1999-August.txt.gz'));
    expect(parts).toHaveLength(5); // thread.html lists 000054..000058
    expect(parts.map((p) => parseMail(p).authorName)).toEqual([
      'Glyph Lefkowitz', 'Tenth', 'Glyph Lefkowitz', 'The Spectre', 'Michael Dartt',
    ]);
  });

  it('does not cut a message at an unescaped body line starting with "From " (FORMAT.md §6)', () => {
    const mbox = Buffer.from(
      [
        'From schindelin at wisc.edu  Thu Jan 30 10:00:00 2014',
        'From: schindelin at wisc.edu (Johannes Schindelin)',
        'Date: Thu, 30 Jan 2014 17:00:00 +0100',
        'Subject: [ImageJ-devel] maven',
        'Message-ID: <a@b>',
        '',
        'From command line maven, the build works fine.',
        'From listings/pclients/multiple.py:',
        'From 2014 on  we use this.',
        '',
        'From jenkins at imagej.net  Thu Jan 30 11:00:00 2014',
        'From: jenkins at imagej.net (jenkins at imagej.net)',
        'Date: Thu, 30 Jan 2014 18:00:00 +0100',
        'Subject: [ImageJ-devel] build',
        'Message-ID: <c@d>',
        '',
        'ok',
        '',
      ].join('\n'),
    );
    const parts = splitMbox(mbox);
    expect(parts).toHaveLength(2);
    expect(parseMail(parts[0]).body).toBe(
      'From command line maven, the build works fine.\nFrom listings/pclients/multiple.py:\nFrom 2014 on  we use this.',
    );
    expect(Buffer.concat(parts).equals(mbox)).toBe(true);
  });

  it('keeps leading bytes before the first separator and handles empty / separator-less input', () => {
    expect(splitMbox(Buffer.alloc(0))).toEqual([]);
    const plain = Buffer.from('Subject: hi\n\nbody\n');
    expect(splitMbox(plain)).toEqual([plain]);
    const buf = Buffer.from('junk\nFrom a at b.c  Mon Oct  3 08:31:54 2016\nFrom: a at b.c\n\nx\n');
    const parts = splitMbox(buf);
    expect(parts.map(String)).toEqual(['junk\n', 'From a at b.c  Mon Oct  3 08:31:54 2016\nFrom: a at b.c\n\nx\n']);
  });

  it('treats non-ASCII bytes in a From_ line address as part of the address (ovs-dev shape)', () => {
    const buf = Buffer.concat([
      Buffer.from('From a at b.c  Mon Oct  3 08:31:54 2016\n\nx\n'),
      Buffer.from('From j\xf6rg at b.c  Mon Oct  3 09:31:54 2016\n\ny\n', 'latin1'),
    ]);
    expect(splitMbox(buf)).toHaveLength(2);
  });
});

describe('splitMailbox (general mbox files: mail programs, HyperKitty exports)', () => {
  const mb = (s: string) => Buffer.from(s, 'latin1');
  it('cuts on a one-space From_ line after a blank line, and on the first line', () => {
    const text = 'From a@b.org Tue Oct  8 20:20:34 2014\nSubject: one\n\nbody\n\nFrom - Mon Jan  1 10:00:00 +0100 2001\nSubject: two\n\nx\n';
    const parts = splitMailbox(mb(text));
    expect(parts.map((p) => p.toString('latin1').split('\n')[1])).toEqual(['Subject: one', 'Subject: two']);
    expect(Buffer.concat(parts).toString('latin1')).toBe(text);
  });
  it('does not cut on a From_-like line inside a paragraph', () => {
    const text = 'From a@b.org Tue Oct  8 20:20:34 2014\nSubject: one\n\nI wrote:\nFrom a@b.org Tue Oct  8 20:20:34 2014\nand more\n';
    expect(splitMailbox(mb(text))).toHaveLength(1);
  });
  it('classifies files: mbox, one message, not mail', () => {
    expect(classifyMailFile(mb('From x Tue Oct  8 20:20:34 2014\n'))).toEqual({ kind: 'mbox' });
    expect(classifyMailFile(mb('Received: from x\n\tby y\nSubject: hi\n\nbody'))).toEqual({ kind: 'message' });
    expect(classifyMailFile(mb('Hello\nworld\n')).kind).toBe('not-mail');
    expect(classifyMailFile(mb('X-Foo: bar\n\nbody')).kind).toBe('not-mail');
    expect(classifyMailFile(Buffer.from([1, 0, 2])).kind).toBe('not-mail');
  });
});
