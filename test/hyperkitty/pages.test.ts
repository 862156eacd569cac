import { describe, it, expect } from 'vitest';
import { hyperkittyListUrl, isHyperKittyUrl, parseListMonths, looksLikeHyperKitty, monthExportUrl, messageIdHash, withFixedBoundary } from '../../src/hyperkitty/index.js';

describe('hyperkittyListUrl', () => {
  it.each([
    ['https://mail.python.org/archives/list/python-dev@python.org/', 'https://mail.python.org/archives/list/python-dev@python.org/'],
    ['https://mail.python.org/archives/list/python-dev@python.org', 'https://mail.python.org/archives/list/python-dev@python.org/'],
    ['https://mail.python.org/archives/list/python-dev%40python.org/2015/1/', 'https://mail.python.org/archives/list/python-dev@python.org/'],
    ['https://h.org/hyperkitty/list/dev@h.org/message/HTB4YKFPKFBPVUWCX5YLX7SP54CY5BXB/', 'https://h.org/hyperkitty/list/dev@h.org/'],
    ['https://h.org/archives/api/list/dev@h.org/emails/?limit=10', 'https://h.org/archives/list/dev@h.org/'],
    ['https://h.org/list/Dev@H.org/thread/ABC/', 'https://h.org/list/dev@h.org/'],
  ])('%s', (input, root) => {
    expect(isHyperKittyUrl(input)).toBe(true);
    expect(hyperkittyListUrl(input).root).toBe(root);
  });
  it('names the list by its local part', () => {
    expect(hyperkittyListUrl('https://mail.python.org/archives/list/python-dev@python.org/')).toMatchObject({ name: 'python-dev', fqdn: 'python-dev@python.org' });
  });
  it('refuses what is not a HyperKitty list URL', () => {
    expect(isHyperKittyUrl('https://lists.gluster.org/pipermail/gluster-devel/')).toBe(false);
    expect(() => hyperkittyListUrl('https://lists.gluster.org/pipermail/gluster-devel/')).toThrow(/Not a HyperKitty list URL/);
    expect(() => hyperkittyListUrl('ftp://h.org/list/a@h.org/')).toThrow(/Only http/);
  });
});

describe('HyperKitty pages', () => {
  const root = 'https://h.org/archives/list/dev@h.org/';
  it('reads the month dropdown (unpadded and padded months, %40, absolute links), oldest first', () => {
    const html = `<a href="/archives/list/dev@h.org/2015/1/">January</a><a href="/archives/list/dev%40h.org/2014/12/">December</a>
      <a href="https://h.org/archives/list/dev@h.org/2014/09/">Sep</a><a href="/archives/list/other@h.org/2014/8/">x</a>
      <a href="/archives/list/dev@h.org/2014/13/">bad</a><a href="/archives/list/dev@h.org/export/dev@h.org-2015-02.mbox.gz?start=2015-01-01&amp;end=2015-02-01">Download</a>`;
    expect(parseListMonths(html, root).map((m) => m.period)).toEqual(['2014-09', '2014-12', '2015-01']);
    expect(looksLikeHyperKitty(html)).toBe(true);
    expect(looksLikeHyperKitty('<html><title>pipermail</title></html>')).toBe(false);
  });
  it('a month export is named after the month it ends in', () => {
    expect(monthExportUrl(root, 'dev@h.org', 2014, 12)).toBe(`${root}export/dev@h.org-2015-01.mbox.gz?start=2014-12-01&end=2015-01-01`);
  });
  it('the Message-ID hash is HyperKitty\'s (FORMAT.md example)', () => {
    expect(messageIdHash('<1370513942.4281391.1412799634918.JavaMail.zimbra@redhat.com>')).toBe('HTB4YKFPKFBPVUWCX5YLX7SP54CY5BXB');
    expect(messageIdHash(' <1370513942.4281391.1412799634918.JavaMail.zimbra@redhat.com >')).toBe('HTB4YKFPKFBPVUWCX5YLX7SP54CY5BXB');
    expect(messageIdHash('1370513942.4281391.1412799634918.JavaMail.zimbra@redhat.com')).toBe('HTB4YKFPKFBPVUWCX5YLX7SP54CY5BXB');
  });
  it('the random MIME boundary does not change an exported message\'s identity bytes', () => {
    const msg = (b: string) => Buffer.from(`From a@b.org Tue Oct  8 20:20:34 2014\nSubject: x\nContent-Type: multipart/mixed; boundary="${b}"\n\n--${b}\nContent-Type: text/plain\n\nhi\n--${b}--\n`);
    expect(withFixedBoundary(msg('===============111==')).equals(withFixedBoundary(msg('===============222==')))).toBe(true);
    expect(withFixedBoundary(Buffer.from('Subject: x\n\nno mime\n')).toString()).toBe('Subject: x\n\nno mime\n');
  });
});
