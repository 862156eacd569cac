import { describe, expect, it } from 'vitest';
import { decodeHtml, metaCharset, dirUrl } from '../../src/pipermail/index.js';
import { realBytes, template, TP } from './helpers.js';

const meta = (cs: string) => `<HTML><HEAD><META http-equiv="Content-Type" content="text/html; charset=${cs}"></HEAD><BODY>`;

describe('decodeHtml', () => {
  it('reads the META charset of real pages', () => {
    expect(metaCharset(realBytes(`${TP}/2002-August/001472.html`))).toBe('us-ascii');
    expect(metaCharset(realBytes(`${TP}/2002-August/033980.html`))).toBe('utf-8');
    expect(decodeHtml(realBytes(`${TP}/2002-August/033980.html`))).toContain('<B>Martin Sjögren</B>');
  });

  it('honours iso-8859-1, iso-8859-2 and euc-jp META charsets', () => {
    const l1 = Buffer.concat([Buffer.from(meta('iso-8859-1')), Buffer.from([0x53, 0x6a, 0xf6, 0x67, 0x72, 0x65, 0x6e])]);
    expect(decodeHtml(l1)).toMatch(/Sjögren$/);
    const l2 = Buffer.concat([Buffer.from(meta('iso-8859-2')), Buffer.from([0xb3, 0xf3, 0x64, 0xbc])]);
    expect(decodeHtml(l2)).toMatch(/łódź$/);
    const jp = Buffer.concat([Buffer.from(meta('euc-jp')), Buffer.from([0xc6, 0xfc, 0xcb, 0xdc])]);
    expect(decodeHtml(jp)).toMatch(/日本$/);
  });

  it('falls back to the header charset, then UTF-8 if valid, then windows-1252', () => {
    const noMeta = template('emptyarchive.html');
    expect(metaCharset(Buffer.from(noMeta))).toBeNull();
    const bytes = Buffer.concat([Buffer.from('<p>'), Buffer.from([0xe9, 0x20, 0x93, 0x94])]);
    expect(decodeHtml(bytes, 'iso-8859-1')).toBe('<p>é “”');
    expect(decodeHtml(bytes)).toBe('<p>é “”');
    expect(decodeHtml(Buffer.from('<p>é'), null)).toBe('<p>é');
    expect(decodeHtml(bytes, 'x-no-such-charset')).toBe('<p>é “”');
  });

  it('does not trust a us-ascii label over raw 8-bit bytes', () => {
    const b = Buffer.concat([Buffer.from(meta('us-ascii')), Buffer.from('Sjögren')]);
    expect(decodeHtml(b)).toMatch(/Sjögren$/);
  });
});

describe('dirUrl', () => {
  it('makes relative links resolve inside the list / period directory', () => {
    expect(dirUrl('http://h/pipermail/list')).toBe('http://h/pipermail/list/');
    expect(dirUrl('http://h/pipermail/list/')).toBe('http://h/pipermail/list/');
    expect(dirUrl('http://h/pipermail/list/index.html')).toBe('http://h/pipermail/list/index.html');
    expect(new URL('x.html', dirUrl('http://h/pipermail/list/2014-October/date.html')).toString()).toBe('http://h/pipermail/list/2014-October/x.html');
  });
});
