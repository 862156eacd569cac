/** Lists without bullet markers: `Key: value` tables, linux-next's change notes and merge log. */
import { describe, expect, it } from 'vitest';
import { parseStatusPost } from '../../src/status/index.js';

const texts = (body: string, subject = 'GNOME release team weekly report (2024-W27)') =>
  parseStatusPost({ subject, body }).sections.map((s) => [s.title, s.items.map((i) => i.text)]);

describe('Key: value tables', () => {
  it('reads aligned or padded rows as items, whitespace collapsed', () => {
    const body = 'Release status\n--------------\n\nStable:       46.3 released\nDevelopment:  47.alpha\n\nModule status\n-------------\n\ngnome-shell:      on track\nmutter:           late, maintainer on\n                  leave until July 15\n';
    expect(texts(body)).toEqual([
      ['Release status', ['Stable: 46.3 released', 'Development: 47.alpha']],
      ['Module status', ['gnome-shell: on track', 'mutter: late, maintainer on leave until July 15']],
    ]);
  });

  it('leaves a single `Note: ...` line, prose with colons and item continuations alone', () => {
    const body = '= Work =\n\nNote: the builders were down on Tuesday.\nWe moved them: it took two hours.\n\n * koji: builders moved\n   Status: merged\n   Owner: kevin\n';
    const r = parseStatusPost({ subject: 'Infrastructure status (week 12)', body });
    expect(r.sections[0].items.map((i) => i.text)).toEqual(['koji: builders moved Status: merged Owner: kevin']);
    expect(r.sections[0].text).toBe('Note: the builders were down on Tuesday. We moved them: it took two hours.');
  });

  it('does not read `o`-bulleted or TAB `NNNN:` lines as table rows', () => {
    const body = 'Merged in 5.2:\n  o schedutil: no more skipped updates,\n    commit 3445139e3a594b ("cpufreq: schedutil: fix")\n  o intel_pstate: defaults fixed\n';
    expect(texts(body, 'cpufreq status report (2019-Q2)')).toEqual([
      ['Merged in 5.2', ['schedutil: no more skipped updates, commit 3445139e3a594b ("cpufreq: schedutil: fix")', 'intel_pstate: defaults fixed']],
    ]);
  });
});

describe('linux-next', () => {
  const body = [
    'Hi all,', '', 'Changes since 20240627:', '',
    'The mm tree gained a conflict against the vfs-brauner tree.', '',
    'The drm-misc tree lost its build failure.', '',
    "Non-merge commits (relative to Linus' tree): 7892", ' 8493 files changed, 317226 insertions(+), 152031 deletions(-)', '',
    '-- ', 'Cheers,', 'Stephen Rothwell', '',
    '$ git checkout master',
    'Merging origin/master (6c0483dbfe72 Merge tag \'ata-6.10-rc6\')',
    'Merging mm/mm-everything (a38297e3fb01 Merge branch \'mm-nonmm-unstable\')',
    'CONFLICT (content): Merge conflict in fs/proc/task_mmu.c',
    'Merging net-next/main (1c3f3d6a8c4e net: ethtool: fix the RSS context leak)',
  ].join('\n');

  it('reads the change notes and the merge log after the signature as items', () => {
    const r = parseStatusPost({ subject: 'linux-next: Tree for Jun 28', body });
    expect(r.isReport).toBe(true);
    expect(r.sections.map((s) => s.title)).toEqual(['Changes since 20240627']);
    const items = r.sections[0].items;
    expect(items.map((i) => i.text.slice(0, 30))).toEqual([
      'The mm tree gained a conflict ', 'The drm-misc tree lost its bui', "Merging origin/master (6c0483d",
      'Merging mm/mm-everything (a382', 'Merging net-next/main (1c3f3d6',
    ]);
    expect(items[3].text).toMatch(/CONFLICT \(content\): Merge conflict in fs\/proc\/task_mmu\.c$/);
    expect(items[2].refs.map((x) => `${x.system}:${x.id}`)).toEqual(['commit:6c0483dbfe72']);
    expect(r.sections[0].text).toMatch(/^Non-merge commits/);
  });

  it('reads a merge log that a mail client wrapped as items, none of its lines a title (linux-next, 2025-08-15)', () => {
    // linux-next: Tree for Aug 15 (real-corpus linux-kernel/2025-08-linux-next-tree-for-aug-15), shortened: quoted-printable
    // soft breaks kept as the stored copy has them, so the short lines stand between wrapped ones
    const wrapped = ['Hi all,', '', 'Changes since 20250814:', '', 'The device-mapper tree gained a build failure for which I applied a patch.', '',
      '-- ', 'Cheers,', 'Stephen Rothwell', '', '$ git checkout master', '$ git reset --hard stable',
      "Merging origin/master (24ea63ea3877 Merge tag 'acpi-6.17-rc2' of git://git.=", 'kernel.org/pub/scm/linux/kernel/git/rafael/linux-pm)',
      'Merging fixes/fixes (89be9a83ccf1 Linux 6.16-rc7)', 'Merging ext4-fixes/fixes (d0b3b7b22dfa Linux 6.16-rc4)',
      'Merging vfs-brauner-fixes/vfs.fixes (542ede096e48 fuse: keep inode->i_blkbi=', 'ts constant)',
      'Merging fscrypt-current/for-current (8f5ae30d69d7 Linux 6.17-rc1)', 'Merging fsverity-current/for-current (8f5ae30d69d7 Linux 6.17-rc1)',
      "Merging btrfs-fixes/next-fixes (fc0b6e6a9e3f Merge branch 'misc-6.17' into =", 'next-fixes)'].join('\n');
    const r = parseStatusPost({ subject: 'linux-next: Tree for Aug 15', body: wrapped });
    expect(r.sections.map((s) => s.title)).toEqual(['Changes since 20250814']);
    expect(r.sections[0].items.filter((i) => i.text.startsWith('Merging ')).length).toBe(7);
  });

  it('reads the links a mail client listed under the signature, `Links:` over numbered URLs (distutils-sig, 2018; parser 110)', () => {
    // fixtures/real-corpus/python/2018-04-pypi-update-legacy-shutdown-30-april (round 90; shortened): FastMail's footnotes
    const body = ['Some open issues that could use comments from you:', '', ' * Why does warehouse allow linux_armv6l wheels?[1]', ' * Offer a deprecated releases option?[2]', '',
      'Thanks and best wishes.', '--', 'Sumana Harihareswara', 'Warehouse/PyPI project manager', '', 'Links:', '',
      '   1. https://github.com/pypa/warehouse/issues/3275', '   2. https://github.com/pypa/warehouse/pull/3772', ''].join('\n');
    const r = parseStatusPost({ subject: 'PyPI update: legacy shutdown 30 April', body });
    expect(r.reviews.concat(r.bugs).map((x) => x.id)).toEqual(expect.arrayContaining(['3275', '3772']));
    // (a signature that ends in a link of its own keeps it out)
    const own = parseStatusPost({ subject: 'status report (May 2015)', body: '* one\n* two\n\n-- \nJeff Darcy\nhttps://github.com/jdarcy/glusterfs/pull/12\n' });
    expect(own.reviews.concat(own.bugs)).toEqual([]);
  });

  it('still drops an ordinary signature', () => {
    const r = parseStatusPost({ subject: 'status report (May 2015)', body: '* one\n* two\n\n-- \nJeff Darcy\nhttp://pl.atyp.us\n\nRed Hat, Inc.\n' });
    expect(r.sections[0].items.map((i) => i.text)).toEqual(['one', 'two']);
    expect(r.sections[0].text).toBe('');
  });
});

describe('short lines under a lead-in', () => {
  // samba-technical, 2020-07, "GSoC 2020 Progress Update" (fixtures/real-corpus/samba/2020-07-gsoc-2020-progress-update.eml)
  const body = [
    'Over the past two weeks I have been working on the following:',
    'Packaging for Debian and RPM-based distributions',
    'Domain Management components',
    'Service Principal Name management',
    '',
    'I will post the screenshots next week.',
  ].join('\n');

  it('are items, one per line, and the list ends at the blank line', () => {
    const r = parseStatusPost({ subject: 'GSoC 2020 Progress Update', body });
    expect(r.sections.flatMap((s) => s.items.map((i) => i.text))).toEqual([
      'Packaging for Debian and RPM-based distributions', 'Domain Management components', 'Service Principal Name management',
    ]);
    expect(r.isReport).toBe(true);
  });

  it('but wrapped prose under any other colon stays prose', () => {
    const prose = 'We talked about it:\nthe builders were down on Tuesday and\nwe moved them to the new rack\n';
    expect(parseStatusPost({ subject: 'GSoC 2020 Progress Update', body: prose }).sections.flatMap((s) => s.items)).toEqual([]);
  });
});
