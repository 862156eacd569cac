import { describe, expect, it } from 'vitest';
import { parseMessagePage, decodeHtml, decodeEntities } from '../../src/pipermail/index.js';
import { splitMbox, parseMail } from '../../src/mail/index.js';
import { gunzipSync } from 'node:zlib';
import { realBytes, TP, IJB, DIV } from './helpers.js';

const page = (rel: string) => parseMessagePage(decodeHtml(realBytes(rel)));

describe('parseMessagePage on real pages', () => {
  it('imagej-builds 2017-August/012820.html (2.1, utf-8, TAB in subject, own Message-ID)', () => {
    expect(page(`${IJB}/2017-August/012820.html`)).toEqual({
      subject: '[ImageJ-builds] Jenkins build is back to normal : Validate-javadoc #881',
      authorName: 'jenkins@imagej.net',
      authorAddress: 'jenkins@imagej.net',
      dateText: 'Tue Aug 1 00:36:57 CDT 2017',
      date: '2017-08-01T05:36:57.000Z',
      messageId: '1414893735.34.1501565817922.JavaMail.jenkins@dev',
      body: 'See <http://jenkins.imagej.net/job/Validate-javadoc/881/display/redirect>',
    });
  });

  it('twisted 2020-January 064997..065000: Message-ID without brackets, MST dates, scrubbed HTML body', () => {
    const ids = ['064997', '064998', '064999', '065000'].map((n) => page(`${TP}/2020-January/${n}.html`));
    const txt = splitMbox(realBytes(`${TP}/2020-January.txt`)).map(parseMail);
    expect(ids.map((p) => p.messageId)).toEqual(txt.map((m) => m.messageId));
    expect(ids.map((p) => p.date)).toEqual(txt.map((m) => m.date)); // MST = -0700; .txt says -0000 at 07:05
    expect(ids[1].dateText).toBe('Sun Jan 12 00:05:28 MST 2020');
    expect(ids[1].body).toBe(txt[1].body);
    expect(ids[1].body).toBe(
      'An HTML attachment was scrubbed...\nURL: </pipermail/twisted-python/attachments/20200112/00697b8b/attachment.htm>',
    );
  });

  it('divunal 1999 000054.html (pre-2.1: raw Date header, raw address, lowercase </pre>)', () => {
    const p = page(`${DIV}/1999-August/000054.html`);
    expect(p.subject).toBe('[Divunal-list] Re: [Divunal-author]author efficiency');
    expect(p.authorName).toBe('Glyph Lefkowitz');
    expect(p.authorAddress).toBe('glyph@divunal.com');
    expect(p.dateText).toBe('Tue, 3 Aug 1999 22:57:51 -0400 (EDT)');
    expect(p.date).toBe('1999-08-04T02:57:51.000Z');
    expect(p.messageId).toBeNull();
    expect(p.body).not.toMatch(/<|&gt;|&quot;|&amp;/);
    expect(p.body).toContain('> We need to be more independent of you and Dave (Y&D).  At this point,\n> that');
    expect(p.body.split('\n').at(-1)).toBe('--glyph');
    // the page body equals the .txt body apart from pipermail's rendering
    const txt = parseMail(splitMbox(gunzipSync(realBytes(`${DIV}/1999-August.txt.gz`)))[0]);
    expect(p.body).toBe(txt.body);
  });

  it('twisted 2002-August 001472 (us-ascii, &#246;, parent id) vs 033980 (utf-8, raw ö, own id): same author', () => {
    const old = page(`${TP}/2002-August/001472.html`);
    const neu = page(`${TP}/2002-August/033980.html`);
    expect(old.authorName).toBe('Martin Sjögren');
    expect(neu.authorName).toBe('Martin Sjögren');
    expect(old.authorAddress).toBe('martin@strakt.com');
    expect(neu.authorAddress).toBe('martin@strakt.com');
    expect(old.messageId).toBeNull(); // Subject= without Re%3A: In-Reply-To is the (empty) parent
    expect(neu.messageId).toBe('1029227759.29917.21.camel@ratthing-b3cf');
    expect(old.date).toBe('2002-08-13T08:35:59.000Z'); // EDT
    expect(neu.date).toBe('2002-08-13T08:35:59.000Z'); // MDT
    expect(old.subject).toBe(neu.subject);
    expect(old.body).toBe(neu.body);
    expect(old.body.startsWith('Non-blocking connects seems to be handled wrong.')).toBe(true);
  });

  it('twisted 2001-April pages and 1945-February pages parse', () => {
    const a = page(`${TP}/2001-April/032526.html`);
    expect(a.body).toMatch(/^> Nick, I think you're right\./m);
    expect(a.body).toContain('The search pattern for a sentence with no DO ("Shoot at');
    const b = page(`${TP}/1945-February/002044.html`);
    expect(b.authorName).toBe('Max Schubert');
    expect(b.dateText).toMatch(/1945$/);
  });
});

describe('parseMessagePage edge cases', () => {
  it('empty body (no <PRE>) and missing parts never throw', () => {
    const p = parseMessagePage('<H1>No subject</H1><B>x at y.org</B><!--beginarticle-->\n\n<!--endarticle-->');
    expect(p).toMatchObject({ subject: 'No subject', authorName: 'x at y.org', authorAddress: null, body: '', dateText: null, date: null, messageId: null });
    expect(parseMessagePage('')).toMatchObject({ subject: '', body: '', messageId: null });
  });

  it('decodes &#NNNN; and hex references, leaves unknown ones alone', () => {
    expect(decodeEntities('I&#8217;m &amp;#123; &#x263A; &bogus; &lt;b&gt;')).toBe('I’m &#123; ☺ &bogus; <b>');
  });
});
