import { describe, expect, it } from 'vitest';
import { classifyUrl, statusNear } from '../../src/status/index.js';

const k = (url: string) => {
  const r = classifyUrl(url);
  return [r.system, r.kind, r.id, r.key];
};

describe('classifyUrl', () => {
  it('reads the bug trackers of real reports: Monorail, Flyspray, Pagure on any host, llvm.org/prN (real corpus)', () => {
    expect(k('https://bugs.chromium.org/p/chromium/issues/detail?id=1042443')).toEqual(['other', 'bug', '1042443', 'bugs.chromium.org/p/chromium/issues/1042443']);
    expect(k('https://code.google.com/p/gperftools/issues/detail?id=443')).toEqual(['other', 'bug', '443', 'code.google.com/p/gperftools/issues/443']);
    expect(k('https://bugs.openwrt.org/index.php?do=details&task_id=2628')).toEqual(['other', 'bug', '2628', 'bugs.openwrt.org/task/2628']);
    // the same link in a mail whose quoted-printable was not decoded (OpenWrt 19.07 status, 2019-11)
    expect(k('https://bugs.openwrt.org/index.php?do=3Ddetails&task_id=3D2628')).toEqual(['other', 'bug', '2628', 'bugs.openwrt.org/task/2628']);
    expect(k('https://code.opensuse.org/board/tickets/issue/37')).toEqual(['other', 'bug', '37', 'code.opensuse.org/board/tickets/issue/37']);
    expect(k('https://llvm.org/pr44853')).toEqual(['bugzilla', 'bug', '44853', 'bugs.llvm.org/44853']);
    // Roundup (python-committers' release status, 2018-06)
    expect(k('https://bugs.python.org/issue33851')).toEqual(['other', 'bug', '33851', 'bugs.python.org/issue33851']);
    expect(k('https://example.org/issue33851')[1]).toBe('link');
    // (and under the tracker's name, GnuPG's news, 2015-11)
    expect(k('https://bugs.gnupg.org/gnupg/issue2096')).toEqual(['other', 'bug', '2096', 'bugs.gnupg.org/issue2096']);
    // a query value that only looks like the escape stays as written
    expect(classifyUrl('https://example.org/view?mode=3D&x=1').url).toBe('https://example.org/view?mode=3D&x=1');
  });

  it('gives one key to a Gerrit change written in old, new and short form', () => {
    expect(k('http://review.gluster.org/#/c/8913/')).toEqual(['gerrit', 'review', '8913', 'review.gluster.org/8913']);
    expect(k('https://review.gluster.org/c/glusterfs/+/8913')).toEqual(['gerrit', 'review', '8913', 'review.gluster.org/8913']);
    expect(k('https://review.gluster.org/8913')).toEqual(['gerrit', 'review', '8913', 'review.gluster.org/8913']);
    expect(k('https://review.openstack.org/#/c/456299/3')).toEqual(['gerrit', 'review', '456299', 'review.openstack.org/456299']);
    expect(k('https://review.opendev.org/c/openstack/nova-specs/+/791047')[3]).toBe('review.opendev.org/791047');
    expect(k('https://review.opendev.org/794437')[3]).toBe('review.opendev.org/794437');
    expect(k('https://review.example.org/r/%23/c/77/')[3]).toBe('review.example.org/77');
  });

  it('tells GitHub pull requests (reviews) from issues (bugs)', () => {
    expect(k('https://github.com/tox-dev/tox/pull/2978')).toEqual(['github', 'review', '2978', 'github.com/tox-dev/tox/pull/2978']);
    expect(k('https://www.github.com/Tox-Dev/Tox/pull/2978/files')[3]).toBe('github.com/tox-dev/tox/pull/2978');
    expect(k('https://github.com/tox-dev/tox/issues/2965')).toEqual(['github', 'bug', '2965', 'github.com/tox-dev/tox/issues/2965']);
    expect(classifyUrl('https://github.com/git/git').kind).toBe('link');
  });

  it('tells GitLab merge requests from issues', () => {
    expect(k('https://gitlab.gnome.org/GNOME/mutter/-/merge_requests/1038')).toEqual(['gitlab', 'review', '1038', 'gitlab.gnome.org/gnome/mutter/merge_requests/1038']);
    expect(k('https://salsa.debian.org/dsa-team/mirror/dsa-puppet/-/issues/17')).toEqual(['gitlab', 'bug', '17', 'salsa.debian.org/dsa-team/mirror/dsa-puppet/issues/17']);
  });

  it('reads Bugzilla, Launchpad, Patchwork and Debian BTS', () => {
    expect(k('https://bugzilla.redhat.com/show_bug.cgi?id=1311209')).toEqual(['bugzilla', 'bug', '1311209', 'bugzilla.redhat.com/1311209']);
    expect(k('https://bugzilla.redhat.com/1259992')).toEqual(['bugzilla', 'bug', '1259992', 'bugzilla.redhat.com/1259992']);
    expect(k('https://bugs.launchpad.net/nova/+bug/1930406')).toEqual(['launchpad', 'bug', '1930406', 'bugs.launchpad.net/1930406']);
    expect(k('https://launchpad.net/bugs/1930406')[3]).toBe('bugs.launchpad.net/1930406');
    expect(k('https://patchwork.kernel.org/project/netdevbpf/patch/12487317/')).toEqual(['patchwork', 'review', '12487317', 'patchwork.kernel.org/12487317']);
    expect(k('https://bugs.debian.org/904300')).toEqual(['other', 'bug', '904300', 'bugs.debian.org/904300']);
  });

  it("reads GNU Savannah's trackers, MantisBT and a patchwork cover letter (groff status reports, Landlock news #5, a media summit report)", () => {
    // linux-man, groff 1.23.0.rc2 status report (2022-12) and groff status report (2025-03)
    expect(k('https://savannah.gnu.org/bugs/index.php?62926')).toEqual(['other', 'bug', '62926', 'savannah.gnu.org/bugs/62926']);
    expect(k('https://savannah.gnu.org/bugs/?66837')).toEqual(['other', 'bug', '66837', 'savannah.gnu.org/bugs/66837']);
    expect(k('https://savannah.gnu.org/bugs/?func=detailitem&item_id=66805')[3]).toBe('savannah.gnu.org/bugs/66805');
    expect(k('https://savannah.nongnu.org/patch/?10123')).toEqual(['other', 'review', '10123', 'savannah.gnu.org/patch/10123']);
    expect(k('https://savannah.gnu.org/bugs/')[1]).toBe('link');
    // linux-security-module, Landlock news #5 (2025-05): Rocky Linux's MantisBT
    expect(k('https://bugs.rockylinux.org/view.php?id=7987')).toEqual(['other', 'bug', '7987', 'bugs.rockylinux.org/view/7987']);
    expect(k('https://example.org/view.php?page=2')[1]).toBe('link');
    // linux-media, Report of Media Summit: V4L2 Future Work (2019-11)
    expect(k('https://patchwork.linuxtv.org/cover/59345/')).toEqual(['patchwork', 'review', '59345', 'patchwork.linuxtv.org/cover/59345']);
  });

  it("reads GNATS problem reports, NetBSD's and FreeBSD's old ones (parser 104)", () => {
    // llvm, `LLDB/NetBSD May` (round 84): `PT_SUSPEND, PT_RESUME unreliable http://gnats.netbsd.org/51995`
    expect(k('http://gnats.netbsd.org/51995')).toEqual(['other', 'bug', '51995', 'gnats.netbsd.org/pr/51995']);
    expect(k('http://gnats.netbsd.org/cgi-bin/query-pr-single.pl?number=40123')[3]).toBe('gnats.netbsd.org/pr/40123');
    expect(k('https://www.freebsd.org/cgi/query-pr.cgi?pr=kern/12345')).toEqual(['other', 'bug', '12345', 'freebsd.org/pr/12345']);
    expect(k('http://gnats.netbsd.org/')[1]).toBe('link');
  });

  it('classifies list archives as mail links and the rest as plain links', () => {
    expect(k('https://lore.kernel.org/git/xmqq5xuz3a2b.fsf@gitster.g/')).toEqual(['mail', 'review', 'xmqq5xuz3a2b.fsf@gitster.g', 'xmqq5xuz3a2b.fsf@gitster.g']);
    expect(k('https://lore.kernel.org/git/')).toEqual(['mail', 'link', null, 'lore.kernel.org/git']);
    expect(classifyUrl('https://lists.debian.org/debian-devel-announce/2018/07/msg00003.html').system).toBe('mail');
    const plain = classifyUrl('https://Wiki.Debian.org/Salsa/Doc/');
    expect([plain.system, plain.kind, plain.id, plain.key]).toEqual(['other', 'link', null, 'wiki.debian.org/Salsa/Doc']);
  });

  it('reads any tracker\'s `/issues/N` and Twisted\'s short ticket links (real: Tails 31C3 report, Twisted sprint report)', () => {
    const redmine = classifyUrl('https://labs.riseup.net/code/issues/8585');
    expect([redmine.system, redmine.kind, redmine.id]).toEqual(['other', 'bug', '8585']);
    const short = classifyUrl('http://tm.tl/6406');
    const long = classifyUrl('https://twistedmatrix.com/trac/ticket/6406');
    expect([short.kind, short.id, short.key]).toEqual(['bug', '6406', long.key]);
    expect(classifyUrl('https://labs.riseup.net/code/issues/').kind).toBe('link');
  });

  it("keys Forgejo's and Gitea's issues and pull requests by their repository (Forgejo's monthly updates, round 139; parser 142)", () => {
    // fixtures/real-corpus/forgejo/2023-10-forgejo-monthly-update-october: its links to the discussions and governance trackers
    const discussion = classifyUrl('https://codeberg.org/forgejo/discussions/issues/72');
    expect([discussion.system, discussion.kind, discussion.id, discussion.key]).toEqual(['other', 'bug', '72', 'codeberg.org/forgejo/discussions/issues/72']);
    const pull = classifyUrl('https://codeberg.org/forgejo/forgejo/pulls/2001');
    expect([pull.kind, pull.id, pull.key]).toEqual(['review', '2001', 'codeberg.org/forgejo/forgejo/pulls/2001']);
    expect(classifyUrl('https://gitea.com/gitea/tea/pulls/123').key).toBe('gitea.com/gitea/tea/pulls/123');
    // (the same number in two repositories is two references)
    expect(classifyUrl('https://codeberg.org/forgejo/governance/issues/72').key).not.toBe(discussion.key);
  });

  it('never throws on junk', () => {
    for (const u of ['', 'http://', 'not a url', 'https://%%%/#/c/', 'git://[::1]/x']) expect(() => classifyUrl(u)).not.toThrow();
  });
});

describe('statusNear', () => {
  it('picks the status word closest to the reference', () => {
    const t = 'design merged: http://r.org/#/c/1/ ; code still under review: http://r.org/#/c/2/';
    const a = t.indexOf('http://r.org/#/c/1/');
    const b = t.indexOf('http://r.org/#/c/2/');
    expect(statusNear(t, a, a + 19)).toBe('merged');
    expect(statusNear(t, b, b + 19)).toBe('under review');
    expect(statusNear('reconciliation, WIP', 0, 5)).toBe('WIP');
    expect(statusNear('nothing to say', 0, 3)).toBeNull();
  });
});

describe('parser 71: a public-inbox link whose Message-ID holds a slash', () => {
  it('reads `%2F` in the Message-ID as its slash, not as a path (OpenBMC sdbusplus update, 2023)', () => {
    // fixtures/real-corpus/openbmc/2023-05-sdbusplus-updates-client-bindings-and-namespace, footnote [1]
    const r = classifyUrl('https://lore.kernel.org/openbmc/YaPzMYi%2FUHwvEiGf@heinlein/');
    expect([r.system, r.kind, r.key]).toEqual(['mail', 'review', 'YaPzMYi/UHwvEiGf@heinlein']);
    // (Gerrit's project names keep their decoded slash)
    expect(classifyUrl('https://review.opendev.org/c/openstack%2Fnova/+/123').key).toBe(classifyUrl('https://review.opendev.org/c/openstack/nova/+/123').key);
  });
});
