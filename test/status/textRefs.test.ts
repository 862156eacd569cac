import { describe, expect, it } from 'vitest';
import { parseStatusPost } from '../../src/status/index.js';
import { findTextRefs } from '../../src/status/textRefs.js';

const refs = (text: string) => findTextRefs(text).map((t) => `${t.ref.system}:${t.ref.kind}:${t.ref.id}`);

describe('findTextRefs', () => {
  it("reads Python's bpo-N as its Roundup URL's bug", () => {
    // python-committers, 2018-05: `(see bpo-32911)`
    const r = findTextRefs('unexpected incompatibilities (see bpo-32911) and bpo #1234')
      .map((t) => t.ref.key);
    expect(r).toEqual(['bugs.python.org/issue32911', 'bugs.python.org/issue1234']);
    expect(refs('the bpo tracker moved')).toEqual([]);
  });

  it("reads a Roundup tracker's `issueN`, the word and the number run together, as its bug (round 219; parser 179)", () => {
    // fixtures/real-corpus/darcs/2009-11-darcs-hacking-sprint-3-report: `issue1122 - get --complete UI - David Markvica`
    expect(refs('  * issue540 - darcs remove --recursive\n  * issue1122 - get --complete UI')).toEqual(['other:bug:540', 'other:bug:1122']);
    // (not a word that goes on, a path, nor an issue of one digit)
    expect(refs('see issue540b and /tracker/issue540 and issue5 and tissue123')).toEqual([]);
  });

  it("reads `Savannah #N` as the Savannah bug its URL names (groff status report, linux-man 2025-03)", () => {
    const r = findTextRefs('On 16 January, Dave Kemper filed Savannah #66675.[1] and bug #62933').map((t) => t.ref.key);
    expect(r[0]).toBe('savannah.gnu.org/bugs/66675');
    expect(refs('the savannah is dry')).toEqual([]);
  });

  it('reads the rows of a Bugzilla bug list in its plain-text columns (2.5 kernel status, 2002-12-18)', () => {
    // linux-kernel, 2002-12 (fixtures/real-corpus/linux-kernel/2002-12-status-2-5-december-18-2002): below `Below a snapshot
    // of the bugzilla database, ordered by severity`; an owner's address cut where its column ends
    const rows = ['44  blo  khoa@us.ibm.com  OPEN   radeonfb does not compile at all - seems incomplete? or w...  ',
      '9  nor  dbrownell@users.sourceforge...  ASSI   Ehci do not leave system in a sensible state for bios on ...  ',
      '142  low  mbligh@aracnet.com  OPEN   problem with ver_linux script and procps version  '].join('\n');
    expect(refs(rows)).toEqual(['bugzilla:bug:44', 'bugzilla:bug:9', 'bugzilla:bug:142']);
    // (a number before a name and an address is no bug: a roster's `12  nor  Nora <nora@example.org>`)
    expect(refs('12 members; write to nora@example.org NEW members welcome')).toEqual([]);
  });

  it("reads git's source: and cf. message-ids, undoing pipermail's ` at `", () => {
    expect(refs(' source: <20240614102233.GA1234 at coredump.intra.peff.net>')).toEqual(['mail:link:20240614102233.GA1234@coredump.intra.peff.net']);
    expect(refs(' cf. <ZgvQq1Yc2XkA7s9T at nand.local>')).toEqual(['mail:link:ZgvQq1Yc2XkA7s9T@nand.local']);
    const r = findTextRefs('source: <xmqqikxzk8rs.fsf@gitster.g>')[0].ref;
    expect(r).toMatchObject({ url: 'mid:xmqqikxzk8rs.fsf@gitster.g', key: 'mid:xmqqikxzk8rs.fsf@gitster.g' });
  });

  it('does not take a plain address in angle brackets for a message-id', () => {
    expect(refs('Thanks to Kevin Fenzi <kevin at scrye.com> for the help')).toEqual([]);
  });

  it('reads commit hashes in the forms real reports use', () => {
    expect(refs('fix in linux-pm.git, commit 3445139e3a594b ("ACPI / processor: Request")')).toEqual(['commit:link:3445139e3a594b']);
    expect(refs('Merging fixes/fixes (2cd3bb0d0d9b Merge tag \'fixes-2024-06-25\' into fixes)')).toEqual(['commit:link:2cd3bb0d0d9b']);
    expect(refs("(merged to 'next' on 2024-06-20 at 6e6a8e5fad)")).toEqual(['commit:link:6e6a8e5fad']);
  });

  it('reads issue-tracker keys as JIRA writes them, not names written the same way', () => {
    // OpenJDK's Quality Outreach update (fixtures/real-corpus, 2022-12): `- JDK-8297794: Deprecate JMX Management Applets`
    expect(refs('- JDK-8297794: Deprecate JMX Management Applets for Removal')).toEqual(['other:bug:JDK-8297794']);
    expect(refs('fixed in HADOOP-12345 and KAFKA-123')).toEqual(['other:bug:HADOOP-12345', 'other:bug:KAFKA-123']);
    expect(refs('UTF-8 and ISO-8859-1, SHA-256, RFC-822, COVID-19, JPEG-2000, DEC-2019, ARMV8-123, X-123')).toEqual([]);
  });

  it('reads a W3C group\'s tracker items under a hundred (trackbot in the Device APIs WG\'s minutes, 2009)', () => {
    expect(refs('<trackbot> ACTION-38 -- Claes Nilsson to issue recommendation')).toEqual(['other:bug:ACTION-38']);
    expect(refs('ISSUE-61 closed; ACTION-8 done')).toEqual(['other:bug:ISSUE-61', 'other:bug:ACTION-8']);
    // (not other words in capitals with a small number, nor the word in lower case)
    expect(refs('MPEG-4, WIN-32, action-8, ACTION-0')).toEqual([]);
  });

  it('leaves dates, plain numbers and hex-looking words alone', () => {
    expect(refs('deadline 20240627, build 1234567, see the facade (2024-06-12) 3 commits')).toEqual([]);
  });

  it('reads bare bug numbers as bugs of an unknown tracker', () => {
    expect(refs('on by default in Nightly (bug 711205).')).toEqual(['other:bug:711205']);
    expect(refs('under review in Bug #1369924.')).toEqual(['other:bug:1369924']);
    expect(refs('116022: suspend-to-RAM hangs on Dell XPS 13')).toEqual(['other:bug:116022']);
    expect(findTextRefs('bug 711205', [], new Set(['711205']))).toEqual([]);
    expect(refs('https://bugs.launchpad.net/neutron/+bug/2038422')).toEqual([]);
  });

  it('counts a bare bug and its tracker URL in one post as one bug', () => {
    const body = 'Done:\n * WebSockets on by default (bug 711205)\n * landed, https://bugzilla.mozilla.org/show_bug.cgi?id=711205\n * and bug 700001\n';
    const r = parseStatusPost({ subject: 'Platform status (Feb 2012)', body });
    expect(r.bugs.map((b) => `${b.system}:${b.id}`)).toEqual(['bugzilla:711205', 'other:700001']);
  });

  it('puts mail and commit refs on items, not in the post-level reviews and bugs', () => {
    const body = '[Cooking]\n\n* jc/varargs (2024-06-25) 1 commit\n - compat: assume C99\n\n Needs review.\n source: <xmqqikxzk8rs.fsf at gitster.g>\n';
    const r = parseStatusPost({ subject: "What's cooking in git.git (Jun 2024, #08; Thu, 27)", body });
    const it0 = r.sections[0].items[0];
    expect(it0.refs.map((x) => `${x.system}:${x.id}`)).toEqual(['mail:xmqqikxzk8rs.fsf@gitster.g']);
    expect(it0.urls).toEqual([]);
    expect(r.reviews).toEqual([]);
    expect(r.bugs).toEqual([]);
  });
});

describe('issue and pull request numbers of the one GitHub repository a post links', () => {
  // devel@lists.open-mpi.org, 2016-01-26 weekly telcon minutes (fixtures/real-corpus/open-mpi), shortened
  const body = [
    'Review 1.10',
    '',
    '- Another bug Fortran - broken F08 bindings (Jeff) saw late last night.',
    '  - Issue https://github.com/open-mpi/ompi/issues/1323',
    '',
    'Review 2.0.x',
    '',
    '  1. Issue 1252 - Nathan\'s progression decay function progress? Looking at files today.',
    '  2. Issue 1215 - Group Comm Errors thing (Ralph) - Deal with race condition.',
    '- ROMIO default for OMPI on Luster (only) PR 896?',
    '- #901 - Jeff and Howard are good with.',
    '',
  ].join('\n');
  const keys = (b: string) => parseStatusPost({ subject: 'Open MPI weekly telcon minutes 2016-01-26', body: b }).sections.flatMap((s) => s.items.flatMap(function all(i): string[] { return [...i.refs.map((r) => r.key), ...i.children.flatMap(all)]; }));

  it('are that repository\'s issues and pull requests', () => {
    expect(keys(body)).toEqual(expect.arrayContaining([
      'github.com/open-mpi/ompi/issues/1323', 'github.com/open-mpi/ompi/issues/1252', 'github.com/open-mpi/ompi/issues/1215',
      'github.com/open-mpi/ompi/pull/896', 'github.com/open-mpi/ompi/issues/901',
    ]));
  });

  it('stay unknown when the post links no repository, or two', () => {
    const bare = body.replace('https://github.com/open-mpi/ompi/issues/1323', 'see the tracker');
    expect(keys(bare).filter((k) => k.startsWith('github.com'))).toEqual([]);
    const two = body.replace('see the tracker', '') + '- https://github.com/open-mpi/ompi-release/pull/12\n';
    expect(keys(two).filter((k) => /issues\/1252|pull\/896/.test(k))).toEqual([]);
  });
});
