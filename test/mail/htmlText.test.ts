/**
 * Mail sent as HTML only (IBM Notes, Outlook, webmail): the parser and search read its text.
 * Shapes from openbmc's "Fw: OpenBMC Test Work group meeting: - MoM of 26 Jul 2019" (HTML-only).
 */
import { describe, it, expect } from 'vitest';
import { htmlToText } from '../../src/mail/htmlText.js';
import { parseMail } from '../../src/mail/index.js';

describe('htmlToText', () => {
  it('gives lines for blocks, `- ` items by depth, `> ` for blockquotes, links with their address', () => {
    const html = '<html><head><style>p { color: red }</style><title>x</title></head><body>'
      + '<div dir="ltr">Hi All,</div><div dir="ltr">&nbsp;</div><div dir="ltr">Here is MoM summary:</div>'
      + '<ul><li>Discussion on the test work-group call:<ul><li>continue it bi-weekly</li></ul></li>'
      + '<li>see <a href="https://github.com/openbmc/bmcweb/issues/62">issue 62</a></li></ul>'
      + '<blockquote><p>the invitation</p></blockquote><p>a &amp; b</p><script>alert(1)</script></body></html>';
    expect(htmlToText(html).split('\n')).toEqual([
      'Hi All,', '', 'Here is MoM summary:', '- Discussion on the test work-group call:', '  - continue it bi-weekly',
      '- see issue 62 <https://github.com/openbmc/bmcweb/issues/62>', '', '> the invitation', '', 'a & b',
    ]);
  });

  it('reads hostile markup: unclosed tags, a lone <, 200,000 opening tags', () => {
    expect(htmlToText('a < b and <b>bold')).toBe('a < b and bold');
    expect(htmlToText('<script>never closed')).toBe('');
    expect(htmlToText('<div>'.repeat(200_000) + 'x')).toBe('x');
    // a tag never closed is text, read once
    expect(htmlToText('<a href="'.repeat(50_000)).startsWith('<a href="<a href=')).toBe(true);
  });

  it('is what parseMail gives for a text/html body', () => {
    const raw = Buffer.from('From: a@b\nSubject: MoM\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n<div>Attendees: Ofer</div><div>Topics:</div><ul><li>New member=\n introduction</li></ul>\n');
    expect(parseMail(raw).body).toBe('Attendees: Ofer\nTopics:\n- New member introduction');
  });
});
