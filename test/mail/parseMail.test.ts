import { describe, expect, it } from 'vitest';
import { splitMbox, parseMail, parseDateDetailed, contentHash, messageKey } from '../../src/mail/index.js';
import { real, TP, IJB } from './helpers.js';

const entries = (rel: string) => splitMbox(real(rel)).map(parseMail);

describe('parseMail on real pipermail entries', () => {
  it('decodes an RFC 2047 name in `user at host (Name)` (twisted 2002-August)', () => {
    const m = entries(`${TP}/2002-August.txt.gz`).find((x) => x.messageId === '1029227759.29917.21.camel@ratthing-b3cf')!;
    expect(m.authorName).toBe('Martin Sjögren');
    expect(m.authorAddress).toBe('martin@strakt.com');
    expect(m.subject).toBe('[Twisted-Python] Patch for tcp.py');
    expect(m.date).toBe('2002-08-13T08:35:59.000Z');
    expect(m.dateRaw).toBe('13 Aug 2002 10:35:59 +0200');
    expect(m.body.split('\n')[0]).toBe('Non-blocking connects seems to be handled wrong. In particular, EALREADY');
    expect(m.headers.from).toBe('martin at strakt.com (Martin Sjögren)');
  });

  it('reads a raw Latin-1 From: inside an otherwise UTF-8 file (twisted 2003-September)', () => {
    const all = entries(`${TP}/2003-September.txt.gz`);
    expect(all).toHaveLength(414);
    const m = all.find((x) => x.messageId === 'BAY2-F558aszmeeUwMJ0000f7fe@hotmail.com')!;
    expect(m.authorName).toBe('Daniel Fernández');
    expect(m.authorAddress).toBe('dnfesp@hotmail.com');
    // UTF-8 bodies in the same file stay UTF-8
    expect(all.some((x) => x.body.includes('die erste Adresse für Mail'))).toBe(true);
    // the file itself holds UTF-8-encoded U+FFFD in 'Hora de verano de M\uFFFDxico'; nothing else is replaced
    const replaced = all.filter((x) => x.body.includes('\uFFFD'));
    expect(replaced.every((x) => /Hora de verano de M\uFFFD+xico/.test(x.body))).toBe(true);
  });

  it('accepts a Message-ID without angle brackets and a name equal to the address (twisted 2020-January)', () => {
    const all = entries(`${TP}/2020-January.txt`);
    expect(all.map((m) => m.messageId)).toEqual([
      '1578207921.19.5604412183930297916@twistedmatrix.com',
      '1578812728.79.3399650669938230967@twistedmatrix.com',
      '1579417518.5.6952153341888089601@twistedmatrix.com',
      '1580022329.98.8241157406430595146@twistedmatrix.com',
    ]);
    expect(all[1].authorName).toBe('trac@twistedmatrix.com');
    expect(all[1].authorAddress).toBe('trac@twistedmatrix.com');
    expect(all[1].date).toBe('2020-01-12T07:05:28.000Z');
    expect(all[1].body).toBe(
      'An HTML attachment was scrubbed...\nURL: </pipermail/twisted-python/attachments/20200112/00697b8b/attachment.htm>',
    );
  });

  it('treats the absurd +50579034 offset of 1945-February as UTC, with a warning', () => {
    const [a, b] = entries(`${TP}/1945-February.txt`);
    expect(a.dateRaw).toBe('Mon, 21 Oct 2002 15:02:34 +50579034');
    expect(a.date).toBe('2002-10-21T15:02:34.000Z');
    expect(parseDateDetailed(a.dateRaw).warning).toMatch(/out-of-range/);
    expect(b.authorName).toBe('Max Schubert');
    expect(b.messageId).not.toBeNull();
  });

  it('parses In-Reply-To and References, including an id folded in its middle (twisted 2002-August)', () => {
    const all = entries(`${TP}/2002-August.txt.gz`);
    const mark = '!~!UENERkVCMDkAAQACAAAAAAAAAAAAAAAAABgAAAAAAAAA/oXuKv271EyqITBPzRe8l8KAAAAQAAAASj9Jwy6e0UiuLYNHY9WcJwEAAAAA@markrichman.com';
    expect(all.some((x) => x.messageId === mark)).toBe(true);
    const folded = all.find((x) => x.messageId === '1030242925.2584.34.camel@radii')!;
    expect(folded.inReplyTo).toBe(mark);
    expect(folded.references).toEqual([mark]);
    const plain = all.find((x) => x.messageId === '20020826000021.GC16260@minkirri.apana.org.au')!;
    expect(plain.inReplyTo).toBe(mark);
    expect(plain.references).toEqual(['20020824.171302.74758334.glyph@twistedmatrix.com', mark]);
  });

  it('parses every entry of the imagej-builds 2016-October archive', () => {
    const all = entries(`${IJB}/2016-October.txt.gz`);
    expect(all).toHaveLength(53);
    for (const m of all) {
      expect(m.messageId).toBeTruthy();
      expect(m.date).toMatch(/^2016-10-\d\dT/);
      expect(m.subject.startsWith('[ImageJ-builds]')).toBe(true);
      expect(m.authorAddress).toBe('jenkins@imagej.net');
    }
    // a folded subject is unfolded to one space
    expect(all[2].subject).toBe('[ImageJ-builds] mail-watcher-plugin: Computer Windows marked temporarily offline');
  });

  it('reads the pre-2.1 `Name user@host` From: (divunal 1999)', () => {
    const [m] = entries('twistedmatrix.com/divunal-list/1999-August.txt.gz');
    expect(m.authorName).toBe('Glyph Lefkowitz');
    expect(m.authorAddress).toBe('glyph@divunal.com');
    expect(m.date).toBe('1999-08-04T02:57:51.000Z');
    expect(m.messageId).toBeNull();
  });
});

describe('parseMail on other shapes', () => {
  it('parses a plain RFC 822 message with CRLF, Name <addr> and a quoted-printable body', () => {
    const raw = Buffer.from(
      [
        'From: "Doe, Jane" <jane@example.org>',
        'To: list@example.org',
        'Subject: =?UTF-8?Q?Status_=E2=80=94_week_3?=',
        'Date: Thu, 14 Aug 2008 02:07:59 +0200 CEST',
        'Message-ID: <x1@example.org>',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        'Caf=C3=A9 is done; a very long line that was soft-=',
        'broken.',
        '',
      ].join('\r\n'),
    );
    const m = parseMail(raw);
    expect(m.authorName).toBe('Doe, Jane');
    expect(m.authorAddress).toBe('jane@example.org');
    expect(m.subject).toBe('Status — week 3');
    expect(m.date).toBe('2008-08-14T00:07:59.000Z');
    expect(m.body).toBe('Café is done; a very long line that was soft-broken.');
    expect(m.headers.to).toBe('list@example.org');
  });

  it('takes the first text/plain part of a multipart message and undoes base64', () => {
    const text = Buffer.from('Grüße\nline 2\n', 'latin1').toString('base64');
    const raw = Buffer.from(
      [
        'From: a@b.c',
        'Subject: multi',
        'Content-Type: multipart/alternative; boundary="XYZ"',
        '',
        'preamble',
        '--XYZ',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<p>html</p>',
        '--XYZ',
        'Content-Type: text/plain; charset=iso-8859-1',
        'Content-Transfer-Encoding: base64',
        '',
        text,
        '--XYZ--',
        '',
      ].join('\n'),
    );
    const m = parseMail(raw);
    expect(m.body).toBe('Grüße\nline 2');
    expect(m.authorName).toBe('a@b.c');
  });

  it('does not crash on broken MIME and falls back to windows-1252 for undeclared 8-bit', () => {
    const raw = Buffer.concat([
      Buffer.from('Subject: x\nContent-Type: multipart/mixed; boundary=\nContent-Transfer-Encoding: base64\n\n'),
      Buffer.from('caf\xe9 \x93quoted\x94\n', 'latin1'),
    ]);
    const m = parseMail(raw);
    expect(m.body).toBe('café “quoted”');
  });

  it('parses plain text with a few Header: lines on top, and text with no headers at all', () => {
    const m = parseMail(Buffer.from('Subject: Weekly status\nFrom: Bob <bob at example.org>\n\n= Project =\n * done\n'));
    expect(m.subject).toBe('Weekly status');
    expect(m.authorAddress).toBe('bob@example.org');
    expect(m.body).toBe('= Project =\n * done');
    const n = parseMail(Buffer.from('Just a body line\nand another\n'));
    expect(n.subject).toBe('');
    expect(n.body).toBe('Just a body line\nand another');
    expect(n.messageId).toBeNull();
  });
});

describe('identity', () => {
  it('hashes bytes and builds keys', () => {
    const raw = Buffer.from('abc');
    expect(contentHash(raw)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(messageKey('x@y', 'h')).toBe('mid:x@y');
    expect(messageKey('<x@y>', 'h')).toBe('mid:x@y');
    expect(messageKey(null, 'h')).toBe('sha256:h');
    expect(messageKey('  ', 'h')).toBe('sha256:h');
  });
  it('the 32 duplicates of 2001-April share keys although their bytes differ', () => {
    const parts = splitMbox(real(`${TP}/2001-April.txt.gz`));
    const keys = parts.map((p) => messageKey(parseMail(p).messageId, contentHash(p)));
    const hashes = new Set(parts.map((p) => contentHash(p)));
    expect(new Set(keys).size).toBe(33);
    expect(hashes.size).toBeGreaterThan(33); // From_ line times differ between the copies
  });
});
