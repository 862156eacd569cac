/** Text that archives and mail agents wrap: URLs cut at a line end, quoted-printable raw MIME parts. */
import { describe, expect, it } from 'vitest';
import { parseStatusPost } from '../../src/status/index.js';
import { joinLines, wrappedUrlTail } from '../../src/status/urls.js';
import { decodeQuotedPrintableParts } from '../../src/status/quotedPrintable.js';

describe('URLs wrapped across two lines', () => {
  it('joins a cut URL with its rest', () => {
    expect(wrappedUrlTail('see https://bugzilla.redhat.com/show_bug.cgi?', 'id=1563712 for the log')).toBe('id=1563712');
    expect(joinLines(['fix at https://gitlab.com/xen-project/xen/-/iss', 'ues/201 (WIP)'])).toBe('fix at https://gitlab.com/xen-project/xen/-/issues/201 (WIP)');
  });

  it('joins a URL cut right after its scheme (OSAF design list summary, 2006-01: `here: http://` / `lists.osafoundation.org/...`)', () => {
    expect(wrappedUrlTail('Notes can be found here: http:// ', 'lists.osafoundation.org/pipermail/design/2006-January/003986.html')).toBe('lists.osafoundation.org/pipermail/design/2006-January/003986.html');
    expect(joinLines(['Notes: http://', 'example.org/a/b. Then'])).toBe('Notes: http://example.org/a/b. Then');
    // (a scheme over a word of prose stays as it was)
    expect(wrappedUrlTail('the http://', 'scheme is old')).toBeNull();
    // (a query ending in a whole number is complete: `LLVM=1` on the next line starts a note, Clang-Built Linux 2020)
    expect(wrappedUrlTail('https://bugs.llvm.org/show_bug.cgi?id=47468', 'LLVM=1 (Nick) in Android')).toBeNull();
    expect(wrappedUrlTail('https://bugs.llvm.org/show_bug.cgi?id=47468&', 'product=clang')).toBe('product=clang');
  });

  it('does not glue prose, another URL or a closed URL to it', () => {
    expect(wrappedUrlTail('see https://example.org/foo/', 'for details')).toBeNull();
    expect(wrappedUrlTail('see https://example.org/foo/', 'and/or bar')).toBeNull();
    expect(wrappedUrlTail('see https://example.org/a', 'https://example.org/b')).toBeNull();
    expect(wrappedUrlTail('landed (https://example.org/a).', 'x/y')).toBeNull();
  });

  it('finds the review whole, in the item and in the post-level list', () => {
    const body = 'Done:\n * osc-placement merged, https://review.opendev.org/c/openstack/osc-placement/\n   +/783745 (merged)\n * second thing\n';
    const r = parseStatusPost({ subject: '[nova] Weekly update (week 9)', body });
    expect(r.sections[0].items[0].text).toBe('osc-placement merged, https://review.opendev.org/c/openstack/osc-placement/+/783745 (merged)');
    expect(r.reviews.map((x) => `${x.system}:${x.id}:${x.status}`)).toEqual(['gerrit:783745:merged']);
  });
});

describe('quoted-printable parts of a raw MIME body', () => {
  const body = [
    '--Sig_/k8Vw=Nq0x1+OmRf2b3pZt.4',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    '## Hypervisor',
    '',
    '* x86: merged, see commit 3445139e3a594b ("x86/c=',
    'pu-policy: Allow AMX") =E2=80=94 thanks J=C3=BCrgen',
    '* Arm: static event channels',
    '',
    '--Sig_/k8Vw=Nq0x1+OmRf2b3pZt.4--',
  ];

  it('joins soft line breaks and decodes escapes, keeping the first line number', () => {
    const out = decodeQuotedPrintableParts(body);
    const k = out.lines.findIndex((l) => l.startsWith('* x86'));
    expect(out.lines[k]).toBe('* x86: merged, see commit 3445139e3a594b ("x86/cpu-policy: Allow AMX") — thanks Jürgen');
    expect(out.nos[k]).toBe(7);
    expect(out.nos[k + 1]).toBe(9);
  });

  it('leaves a part alone when its `=` signs are not quoted-printable', () => {
    const raw = ['--Sig_/a8Zk2.Hq9=wVr1Fk', 'Content-Transfer-Encoding: quoted-printable', '', '== Placement ==', '* one'];
    expect(decodeQuotedPrintableParts(raw).lines).toEqual(raw);
  });

  it('parses the decoded part, with the commit as a ref of its item', () => {
    const r = parseStatusPost({ subject: '[Xen-devel] Xen 4.19 development update (May 2024)', body: body.join('\n') });
    expect(r.isReport).toBe(true);
    const item = r.sections[0].items[0];
    expect(item.startLine).toBe(7);
    expect(item.refs.map((x) => `${x.system}:${x.id}`)).toEqual(['commit:3445139e3a594b']);
  });
});
