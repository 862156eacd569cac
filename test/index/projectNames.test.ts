/**
 * A report's project named as its community would name it: a team's report carries its
 * community (from the List-Id), a committee's acronym is its community's report, minutes whose
 * subject names only the meeting belong to the list's team. Real posts from fixtures/real-corpus.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deriveMessage } from '../../src/index/deriveMessage.js';
import { listCommunity, withCommunity, projectFromSubject, projectFromListTag, expandAcronym, postProject, isSingleProjectPost, releaseHeadings, nameMostWritten, wikiSite, sectionProject } from '../../src/index/projectNames.js';
import { isGenericHeading } from '../../src/status/genericHeading.js';
import { FIXTURES } from '../support/cli.js';
import { withoutSubject } from '../../scripts/eval/corpus.js';
import { listHint } from '../../src/index/listHint.js';

const post = (p: string) => deriveMessage(readFileSync(join(FIXTURES, 'real-corpus', `${p}.eml`)), 'mbox');
const projects = (p: string) => [...new Set(post(p).sections.filter((s) => !s.isContents).map((s) => s.projectName))];

describe('the community of a list', () => {
  it('is read from the List-Id, past hosting domains and list-name suffixes', () => {
    expect(listCommunity('<release-team.gnome.org>')).toBe('gnome');
    expect(listCommunity('Development list for OpenBMC <openbmc.lists.ozlabs.org>')).toBe('openbmc');
    expect(listCommunity('<twisted-python.twistedmatrix.com>')).toBe('twisted');
    expect(listCommunity('projects.libreoffice.org')).toBe('libreoffice');
    expect(listCommunity('debian-devel-announce.lists.debian.org')).toBe('debian');
    // (JISCMail hosts the UK's academic lists: the list names the community; round 96, GridPP's UKHEPGRID)
    expect(listCommunity('UKHEPGRID@JISCMAIL.AC.UK')).toBe('ukhepgrid');
    expect(listCommunity('fedora-devel-list.redhat.com')).toBe('fedora');
    expect(listCommunity('meetingminutes.lists.fedoraproject.org')).toBe('fedora');
    expect(listCommunity('<kvm.vger.kernel.org>')).toBe('kvm');
    expect(listCommunity('<fedora-maintainers.redhat.com>')).toBe('fedora');
    expect(listCommunity('"Project Announcements \\[moderated\\]"')).toBe('');
    expect(listCommunity(null)).toBe('');
  });

  it("is a foundation's project on that project's own host, as the post writes it (round 228; parser 183)", () => {
    // fixtures/real-corpus/pulsar/2022-04-community-meeting-notes-2022-04-14, geronimo/2003-09-state-of-the-project
    expect(listCommunity('<dev.pulsar.apache.org>', 'Apache Pulsar community meeting')).toBe('pulsar');
    expect(listCommunity('<geronimo-dev.incubator.apache.org>', 'State of the project')).toBe('geronimo');
    // (not a host the post never names, `global.libreoffice.org`, nor one of the lists' hosts)
    expect(listCommunity('<projects.global.libreoffice.org>', 'ESC minutes')).not.toBe('global');
    expect(listCommunity('<dev.pulsar.apache.org>', 'State of the project')).toBe('apache');
    expect(listCommunity('debian-devel-announce.lists.debian.org', 'lists')).toBe('debian');
  });

  it('names a team or a committee, never a project that already says who it is', () => {
    expect(withCommunity('release team', 'gnome', 'the GNOME 2.22 schedule')).toBe('GNOME release team');
    expect(withCommunity('ESC', 'libreoffice', 'see https://wiki.documentfoundation.org LibreOffice 4.2', 'minutes of ESC call ...')).toBe('LibreOffice');
    // a component's acronym with a status is a project of its own (Gluster's JBR, DHT)
    expect(withCommunity('JBR', 'gluster', 'Gluster', '[Gluster-devel] JBR status (March 2016)')).toBe('JBR');
    // a list named more fully than the subject names it (`[ANN] Media Summit 2024 Report` on linux-media)
    expect(withCommunity('Media', 'linux-media', 'Linux Media Summit', '[ANN] Media Summit 2024 Report')).toBe('Linux Media');
    expect(withCommunity('Xen 4.13', 'xen', 'Xen', 'Xen 4.13 Development Update')).toBe('Xen 4.13');
    expect(withCommunity('Keystone', 'openstack', 'OpenStack')).toBe('Keystone');
    expect(withCommunity('Ceph Leadership Team', 'ceph', 'Ceph')).toBe('Ceph Leadership Team');
    expect(withCommunity('DHT', '', '')).toBe('DHT');
    expect(withCommunity('2IC', 'debian', 'Debian', 'Bits from the 2IC')).toBe('Debian');
  });

  it('spells out an acronym the post spells out, and only then', () => {
    expect(expandAcronym('PSC', 'Minutes of the Perl Steering Council (PSC) meeting')).toBe('Perl Steering Council');
    expect(expandAcronym('PSC', 'The Perl Steering Council (PSC) met')).toBe('Perl Steering Council');
    expect(expandAcronym('KF5', 'work on KDE Frameworks 5 goes on')).toBe('KDE Frameworks 5');
    // two spellings: the one written beside the acronym in parentheses wins
    expect(expandAcronym('TC', 'a Test Case for the Technical Committee (TC)')).toBe('Technical Committee');
    expect(expandAcronym('TC', 'a Test Case and a Technical Committee')).toBe('TC');
    expect(expandAcronym('TC', 'THE CAT said TC')).toBe('TC');
    expect(expandAcronym('Keystone', 'Keystone')).toBe('Keystone');
  });

  // rounds 24-26: a month's report, a state of, a programme's report, a quarter, a developer
  // summit, MeetBot's channel, a chapter's report and a release manager's bits
  it.each([
    ['postmarketOS in 2024-09: systemd, PCB, talks, non-latin language fonts', 'postmarketOS'],
    ['[rb-general] November 2019 in Reproducible Builds', 'Reproducible Builds'],
    ['State of Solus - April 2024', 'Solus'],
    ["Mixxx's Google Summer of Code 2008 Roundup Report", 'Mixxx'],
    ['Google Code-In 2013 RTEMS Project Final Report', 'RTEMS'], // (`RTEMS Project` before parser 29: one key)
    ['Google Summer of Code 2015 Wrapup Report', ''],
    ['2019 Q1 Hyperledger Burrow', 'Hyperledger Burrow'],
    ['Parrot Developer Summit, May 14 2011: Summary', 'Parrot'],
    ['Ethereum Core Devs Meeting 29 Notes', 'Ethereum'],
    ['All Core Devs Meeting 101 Notes', 'All Core Devs'],
    ['#opnfv-meeting: OPNFV TSC', 'OPNFV TSC'],
    ['2016 07 14 TSC Minutes', 'TSC'],
    ['Wikimedia Nederland chapters report August 2010', 'Wikimedia Nederland'],
    ['Bits from the Debian Installer release manager', 'Debian Installer'],
    ['Bits from the release managers', ''],
  ])('names %j after what it reports on', (subject, name) => {
    expect(projectFromSubject(subject)).toBe(name);
  });

  it("reads git's stable series as git's", () => {
    expect(projectFromSubject("What's in git.git (stable)")).toBe('git');
    expect(projectFromSubject('Notes - GUI Design Workgroup - Wednesday 11/20')).toBe('GUI Design Workgroup');
    expect(projectFromSubject('Fedora Board & FESCo Recap 2008-JUN-09')).toBe('Fedora Board & FESCo');
    expect(projectFromSubject('[keystone] PTG recap')).toBe('keystone');
    // a mail client's word for no subject names nothing: the list's project stands in
    expect(projectFromSubject('No subject')).toBe('');
    expect(projectFromSubject('[Twisted-Python] (no subject)')).toBe('');
    expect(projectFromSubject('[Rd] R 2.3.0 scheduled; grand feature freeze is active')).toBe('R 2.3.0');
    expect(projectFromSubject('OpenWrt 19.07 final timeline')).toBe('OpenWrt 19.07');
    expect(projectFromSubject('State of the ceph+fscrypt union')).toBe('ceph+fscrypt');
    expect(projectFromSubject('Tumbleweed – Review of the week 2018/23')).toBe('Tumbleweed');
    expect(projectFromSubject('Address Sanitizer progress to date')).toBe('Address Sanitizer');
  });
});

describe('project names on real posts', () => {
  it('Bits from the DPL is Debian, ESC minutes are the LibreOffice list community (as its domain writes it when the post never names it)', () => {
    expect(projects('debian/2021-08-bits-from-the-dpl')).toEqual(['Debian']);
    expect(projects('libreoffice/2014-03-esc-minutes')).toEqual(['Libreoffice']);
  });

  it('a release countdown is the release its body counts down to, in its community', () => {
    expect(projects('openstack/2019-08-release-countdown-r-6')).toEqual(['OpenStack Train']);
    // the post never writes its community's name: it is spelled as its list's domain is
    expect(projects('openstack/2017-01-release-countdown-r-4')).toEqual(['Openstack Ocata']);
  });

  it('PSC minutes are the Perl Steering Council’s: the post spells the acronym out', () => {
    expect(projects('perl/2021-06-psc-023-2021-06-04-minutes')).toEqual(['Perl Steering Council']);
  });

  it('minutes on a team list whose subject names only the meeting are the team’s, its headings areas', () => {
    const d = post('gnome/2008-01-release-team-meeting-minutes-january-6th');
    expect(d.isReport).toBe(true);
    expect([...new Set(d.sections.map((s) => s.projectName))]).toEqual(['Gnome release team']);
    expect(d.sections.map((s) => s.itemLabel).filter(Boolean)).toContain('Release assignments');
  });

  it('a working group is named with its community, and a name the post writes as one word keeps it', () => {
    expect(projects('openbmc/2020-05-security-wg-may-13-results')).toEqual(['OpenBMC Security Working Group']);
    expect(projects('llvm/2020-03-clang-built-linux-meeting-notes-march-25')).toEqual(['ClangBuiltLinux']);
    expect(projects('llvm/2020-02-clang-built-linux-meeting-notes-feb-26')).toEqual(['Clang Built Linux']);
  });

  it('a project\'s status from the project\'s own address on its list is the project\'s, its headings areas', () => {
    // From: socketcan at hartkopp.net, List-Id <socketcan-core.lists.berlios.de>: the name is no writer's
    const d = post('socketcan/2007-03-socketcan-status');
    expect(d.sections.map((s) => s.title)).toEqual(expect.arrayContaining(['API', 'Tools', 'Drivers']));
    expect([...new Set(d.sections.map((s) => s.projectName))]).toEqual(['SocketCAN']);
  });

  it('a subject that names only the kind of report is the list\'s project\'s report, its headings areas (round 4 and later posts)', () => {
    // `[smb4k-devel] Status report`: `KDE 4 port` and `Stable branch (KDE 3)` are parts of Smb4K
    const d = post('smb4k/2008-04-status-report');
    expect(d.sections.map((s) => s.itemLabel)).toEqual(['KDE 4 port', 'Stable branch (KDE 3)']);
    expect(projects('smb4k/2008-04-status-report')).toEqual(['smb4k']);
    // `[Jimmyim-devel] weekly report` whose headings are who did what; `[Gpsd-dev] Major progress has been made`
    expect(projects('jimmyim/2007-10-weekly-report')).toEqual(['Jimmyim']);
    expect(projects('gpsd/2005-06-major-progress-has-been-made')).toHaveLength(1);
    // a subject that names the writer still makes the headings projects (the seed: `jdarcy status`)
    const seed = deriveMessage(readFileSync(join(FIXTURES, 'seed', 'jdarcy-status-2014-10.txt')), 'mbox');
    expect(new Set(seed.sections.filter((s) => !s.isContents).map((s) => s.projectName))).toEqual(new Set(['NSR', 'SSL and multi-threading', 'GlusterFS 4.0']));
  });
});

describe('a project named from its subject', () => {
  it('leaves out when the meeting was and the release a count runs up to (real subjects, round 6)', () => {
    expect(projectFromSubject('Ubuntu MOTU Meeting Minutes, for August 24 2007, at 12:000 UTC.')).toBe('Ubuntu MOTU');
    expect(projectFromSubject('[opensuse-project] Last Board Meeting Minutes - 11 Aug 1500 CEST')).toBe('Board');
    expect(projectFromSubject('[ANN] netdev development stats for 6.8')).toBe('netdev');
    expect(projectFromSubject('[ANN] bpf development stats for 6.19')).toBe('bpf');
    // a version that is the project stays
    expect(projectFromSubject('Xen 4.18 release status')).toBe('Xen 4.18');
  });

  it('reads what an update is on, and leaves out the week, the time of month and where a gathering was (real subjects, round 7)', () => {
    expect(projectFromSubject('[R] An update on the vctrs package')).toBe('vctrs');
    expect(projectFromSubject('[R-SIG-Mac] Minor updates to R.app')).toBe('R.app');
    expect(projectFromSubject('[R-SIG-Mac] M1 mid-January update')).toBe('M1');
    expect(projectFromSubject('Keystone Team Update - Week of 12 March 2018')).toBe('Keystone');
    expect(projectFromSubject('[Rd] Update 2 on MinGW-w64 builds for 64-bit Windows')).toBe('MinGW-w64 builds for 64-bit Windows');
    expect(projectFromSubject('[openstack-dev] [ironic] my notes from the PTG in Denver')).toBe('ironic');
    expect(projectFromSubject('KF5 Update Meeting Minutes 2014-w28')).toBe('KF5');
  });

  it('names a series before its date, not the day\'s topic, and a subject that only lists topics after its kind (real posts, round 8)', () => {
    expect(projectFromSubject('[ANNOUNCE] PUCK Notes - 2024.01.24 - Memtypes for non-coherent DMA')).toBe('PUCK');
    expect(projectFromSubject('[ANNOUNCE] PUCK Notes - 2023.07.19 - LPC and guest_memfd')).toBe('PUCK');
    expect(projectFromSubject('oVirt Sync Call Meeting Minutes :: 2011-08-31')).toBe('oVirt');
    // the topics of a release team's update are no project: its community is (see the posts below)
    expect(projectFromSubject('Release Update: freeze, architecture requalification')).toBe('');
    expect(projectFromSubject('Freeze Update!')).toBe('');
    expect(projectFromSubject('Bits from the Release Team - Freeze, removals and archs')).toBe('Release Team');
    expect(projectFromSubject('[opensuse-project] Board Activities Report - Feb/March 2017')).toBe('Board');
    // a named topic after a dash stays the project
    expect(projectFromSubject('Desktop team meeting, 2008-07-03')).toBe('Desktop team');
  });

  it('leaves out who met and how, which stage a report is, and a weekday or a range of days (real subjects, round 10)', () => {
    expect(projectFromSubject('[Bf-committers] Meeting minutes sun feb 2')).toBe('');
    expect(projectFromSubject('Developer Meeting Notes - Sept 18th 2023')).toBe('');
    expect(projectFromSubject('Phone call notes 2017-08-14')).toBe('');
    expect(projectFromSubject('This Week on perl5-porters - 15-21 May 2006')).toBe('perl5-porters');
    expect(projectFromSubject('[SoC] Final Summary Report: WMS Tiling Cache support in gvSIG')).toBe('WMS Tiling Cache support in gvSIG');
    expect(projectFromSubject('[SoC] GSoC 2020 - Community Bonding Report Week 4 - Implementation of Edge Contraction technique in pgRouting'))
      .toBe('Implementation of Edge Contraction technique in pgRouting');
    expect(projectFromSubject('[vlc-devel] Update on the VLC project')).toBe('VLC');
    // regzbot's weekly `Linux regressions report for mainline [2023-01-15]`
    expect(projectFromSubject('Linux regressions report for mainline [2023-01-15]')).toBe('Linux mainline');
    // twisted-python `Trial: State of the Union`
    expect(projectFromSubject('[Twisted-Python] Trial: State of the Union')).toBe('Trial');
  });

  it('leaves out ISO times, a face-to-face meeting and its place and day, and the day\'s topics (real subjects, round 11)', () => {
    expect(projectFromSubject('[Members] Board Minutes 20150202T1600Z')).toBe('Board');
    expect(projectFromSubject('[Members] Board Meeting Minutes, 2016-11-18 1700Z')).toBe('Board');
    expect(projectFromSubject('devchat notes for 13-Dec-2016')).toBe('');
    expect(projectFromSubject('Tahoe-LAFS Weekly News, issue number 71, December 2016')).toBe('Tahoe-LAFS');
    expect(projectFromSubject('[lustre-devel] Lustre upstreaming status.')).toBe('Lustre');
    expect(projectFromSubject('[CSSWG] Minutes and Resolutions F2F Mountain View March 2011 Day 2: Layout specs, Tokyo Workshop, CSS2.1')).toBe('CSSWG');
    expect(projectFromSubject('[minutes] F2F Meeting Day 2 - 6 November 2007 (TPAC)')).toBe('');
    expect(projectFromSubject('[pypy-dev] pypy-sync meeting 4th August 1pm')).toBe('pypy');
    expect(projectFromSubject('[pypy-dev] This Week in PyPy 5')).toBe('PyPy');
    expect(projectFromSubject('Yocto Technical Team Minutes, Engineering Sync, for August 11 2020')).toBe('Yocto Technical Team');
    expect(projectFromSubject('Notes - Re: GUI Design Workgroup - Today - Wednesday 11/20')).toBe('GUI Design Workgroup');
    expect(projectFromSubject('GUI Design Workgroup Notes and Next meeting')).toBe('GUI Design Workgroup');
    expect(projectFromSubject('Minutes for Gnome 2 release team meeting 2002-12-18')).toBe('Gnome 2 release team');
    // (one comma is not a list of topics)
    expect(projectFromSubject('[yocto] Minutes: Yocto Project Technical Team Meeting, 8/27/2019')).not.toBe('');
  });

  it('names a bare board as the post names it, and keeps an organisation\'s acronym before its board (XSF minutes)', () => {
    // `[Members] XSF Board meeting minutes` on members.jabber.org: not the `jabber` host's, not the `members` list's
    expect(projects('xmpp/2018-03-xsf-board-meeting-minutes')).toEqual(['XSF Board']);
    // `[Members] Board Minutes, 2009-12-04`: the post writes `XSF Board`
    expect(projects('xmpp/2009-12-board-minutes')).toEqual(['XSF Board']);
    // a working group's acronym is the group's own (not its host's, `w3`)
    expect(projects('w3c/2011-03-csswg-minutes-2011-03-23')).toEqual(['CSSWG']);
    // `tahoe-dev.tahoe-lafs.org`: the host's name is the fuller one
    expect(listCommunity('<tahoe-dev.tahoe-lafs.org>')).toBe('tahoe-lafs');
    // (a company form after the name is not part of it: spi-inc.org is SPI's)
    expect(listCommunity('<spi-general.lists.spi-inc.org>')).toBe('spi');
    expect(listCommunity('<arch-dev-public.archlinux.org>', 'ArchLinux Status Report, 2007-10-22')).toBe('archlinux');
    expect(listCommunity('<arch-dev-public.archlinux.org>', 'see https://www.archlinux.org/news/')).toBe('arch');
    expect(listCommunity('<fedora-devel-list.fedoraproject.org>')).toBe('fedora');
    // `TWN 52`: the newsletter the post spells out (`Tahoe-LAFS Weekly News (TWN)`), a hyphenated name one word
    expect(projects('tahoe-lafs/2015-12-twn-52')).toEqual(['Tahoe-LAFS']);
    // (parser 88: `TWN #3!`, whose number the subject's name loses, under `The Twisted Weekly News` in its body)
    expect(projects('twisted/2001-07-twn-3')).toEqual(['Twisted']);
    expect(expandAcronym('TWN', 'Welcome to the Tahoe-LAFS Weekly News (TWN).')).toBe('Tahoe-LAFS Weekly News');
    // `Face 2 Face board meeting` names no board
    expect(projects('opensuse/2017-04-board-activities-report-feb-march-2017')).toEqual(['openSUSE Board']);
  });

  it('names a report by its list\'s project when the subject names only the writer, the kind of call, or a steering body', () => {
    // `Greg's Weekly report` on OLPC's devel list: Greg's, not a project
    expect(projects('olpc/2008-09-gregs-weekly-report')).toEqual(['Laptop']);
    // `note from 2018-03-19 call` on matplotlib-devel@python.org: the list is matplotlib's, python.org only hosts it
    expect(projects('matplotlib/2018-03-note-from-2018-03-19-call')).toEqual(['Matplotlib']);
    expect(listCommunity('<matplotlib-devel.python.org>', 'the matplotlib call; matplotlib 2.1')).toBe('matplotlib');
    // (python.org hosts many projects' lists, as sourceware.org does: the list's name is the project)
    expect(listCommunity('<matplotlib-devel.python.org>', 'nothing about it')).toBe('matplotlib');
    expect(listCommunity('<python-committers.python.org>', 'nothing about it')).toBe('python');
    expect(listCommunity('<foundation-list.gnome.org>', 'foundation members, the foundation')).toBe('gnome');
    // the body that steers a project reports on the project
    expect(projects('coreboot/2023-10-leadership-meeting-minutes-2023-10-18')).toEqual(['coreboot']);
    // a board that names itself keeps its name
    expect(projects('opensuse/2017-04-board-activities-report-feb-march-2017')).toEqual(['openSUSE Board']);
  });

  it('names sections without their numbers, reads changelog headings as generic, and a one-word name only as written in capitals (rounds 162-163, parser 151)', () => {
    // fixtures/real-corpus/openclimatefix/2020-11-quarterly-progress-update-q4-2020: `1. Nowcasting`, `2. PV Mapping`
    expect(sectionProject('1. Nowcasting', 'Quarterly progress update Q4 2020').name).toBe('Nowcasting');
    expect(sectionProject('2) PV Mapping', 'Quarterly progress update Q4 2020').name).toBe('PV Mapping');
    // fixtures/real-corpus/rubytogether/2017-09-august-2017-monthly-update: `Bundler news`, `RubyGems.org news` (round 166, parser 153)
    expect(sectionProject('Bundler news', 'August 2017 Monthly Update').name).toBe('Bundler');
    expect(sectionProject('RubyGems.org news', 'August 2017 Monthly Update').name).toBe('RubyGems.org');
    // fixtures/real-corpus/rust/2021-10-rust-analyzer-changelog-100: a changelog's own parts
    expect(isGenericHeading('Changelog')).toBe(true);
    expect(isGenericHeading('Internal Improvements')).toBe(true);
    // fixtures/real-corpus/hudi/2023-12-apache-hudi-2023-a-year-in-review: the project's handle in a link is no spelling of its name
    expect(postProject('Apache Hudi 2023: A Year In Review', null, 'Follow [X (Twitter)](https://x.com/apachehudi) for news')).toBe('Apache Hudi');
    // (a name the post writes as one word in capitals still is: `ClangBuiltLinux`)
    expect(postProject('Clang Built Linux status', null, 'The ClangBuiltLinux effort continues')).toBe('ClangBuiltLinux');
  });

  it("does not take a foundation named in the subject for the writer (parser 87: the Haskell Foundation's monthly update)", () => {
    // its key is its project's (`haskell`), a word of the sender's name here; the subject still names the post's one project
    const from = { name: 'Haskell Foundation', address: 'board@haskell.foundation' };
    expect(isSingleProjectPost('Haskell Foundation May 2022 Update', from)).toBe(true);
    // (a person's own name still names the writer: `Greg's Weekly report`)
    expect(isSingleProjectPost("Greg's Weekly report", { name: 'Greg Smith', address: 'greg@example.org' })).toBe(false);
    // (nor a sender that is the project's own body: `Cortex maintainers`, `The QuTiP Admin Team`; rounds 160, parser 150)
    expect(isSingleProjectPost('Cortex Annual Review 2020', { name: 'Cortex maintainers (committed to cncf/toc)' })).toBe(true);
    expect(isSingleProjectPost('QuTiP 2022 Annual Report', { name: 'The QuTiP Admin Team' })).toBe(true);
    // a student's week in a programme is one student's work, its headings (`Key Learnings`) no projects (round 173)
    expect(isSingleProjectPost('GSoC \'25 Week 5 Update by Safwan Sayeed')).toBe(true);
    expect(isSingleProjectPost('Google Summer of Code 2013')).toBe(false);
    // a committee's acronym, on a page of no list, as the minutes write it after its organisation's name (round 174)
    expect(postProject('PSC Meeting July 2015', null, 'QGIS PSC Meeting July 2015\n\nQGIS PSC members present: ...\nProposal to elect new PSC member')).toBe('QGIS PSC');
    expect(postProject('LC Telecon Minutes 2012-07-18', null, 'Approve LC minutes of last call')).not.toBe('Approve LC');
  });

  it("names no project after a speaker's initials in minutes (round 218; parser 178)", () => {
    // fixtures/real-corpus/tc39/2017-03-2017-03-22-meeting-notes, esdiscuss/2014-06-june-4-2014-meeting-notes: `AWB: Adding section 8`
    const notes = 'AWB: Adding section 8: Other ES6 Technical Issues\nYK: agreed\nAWB: add ArrayBuffer neutering\nAWB: Hard to weigh those concerns\nBE: fine\n';
    expect(nameMostWritten(notes)).toBe('');
    // (a name written as a name, not opening speakers' lines, still counts: `RTEMS`)
    expect(nameMostWritten('The RTEMS team met.\nRTEMS 5 is out.\nRTEMS needs testers.\n')).toBe('RTEMS');
  });

  it('names a bare board or TSC on a page of no list by the foundation or alliance the page names (parser 177)', () => {
    // a bare board or TSC on a page of no list, whose text never writes it after a name: the foundation or alliance the page
    // names most (parser 177: fixtures/real-corpus/mariadb/2021-12-board-meeting-2-2021-minutes, chipsalliance/2021-01-tsc-meeting-minutes-january-27)
    expect(postProject('Board Meeting 2/2021 Minutes: Tue 7 Dec 2021 17:00-18:45 EET', null, 'Present board members:\n  * Eric Herman, Chairman\n  * Michael Widenius, MariaDB Corporation\nAdditionally, as non-voting secretary:\n  * Kaj Arno, CEO, MariaDB Foundation\n\nThe MariaDB Foundation budget was approved.')).toBe('MariaDB Foundation Board');
    expect(postProject('TSC Meeting: January 27, 2021', null, '## Attendees\n* Henry Cook, SiFive, TSC Chair\n\nThe CHIPS Alliance welcomes two new members.')).toBe('CHIPS Alliance TSC');
    // (not the umbrella that hosts many projects, nor a name the page never writes before such a word)
    expect(postProject('TSC Meeting: January 27, 2021', null, 'A Linux Foundation project.\nThe TSC approved the charter.')).not.toMatch(/Linux Foundation/);
    expect(postProject('Board Meeting - January 15th, 2018', null, 'Ian has the PayPal report; PayPal fees; PayPal again.')).not.toMatch(/PayPal/);
  });

  // Subjects of real posts from rounds 13-15 (and the tuning rounds), each with the name it gives and
  // what the row shows; tuned on after each round's blind run.
  const SUBJECT_NAMES: Array<[subject: string, name: string, shows: string]> = [
    ['TSC status for the week of 08.19.2013', 'TSC', 'a date written month first with dots'],
    ['[lsb-discuss] LSB conf call notes for 2007-10-10', 'LSB', 'a conference call is the kind of meeting'],
    ['[DRAFT 1] Linux Media Summit report - March, 26 2015 - San Jose -', 'Linux Media', 'a date with a comma, and where it met'],
    ['Xen 4.17 release status', 'Xen 4.17', 'a version is not a date'],
    ['Highlights from the TSC meeting during ELCE', 'TSC', 'the event a meeting was held at'],
    ['[riot-devel] Minutes from face-to-face meeting @ FU Berlin on August 29, 2013', '', '`@ place`'],
    ['[R-sig-ME] Status of the development package lme4a', 'lme4a', 'a package named after what it is'],
    ['[Rd] 1.7.0 scheduled for April 16', '1.7.0', 'the version scheduled'],
    ['Development Plans', '', 'plans name no project'],
    ['Major progress has been made', '', 'a sentence names nothing'],
    ['Another GPSD progress report', 'GPSD', 'which report in a row'],
    ['Progress towards the 2.90 release', '2.90', 'the release progressed towards'],
    ['Status update from the gPodder land', 'gPodder', 'not where the project is'],
    ['August 2009 status update on gPodder development', 'gPodder', 'the project developed'],
    ['[lincity-ng-devel] Summary of latest changes', '', 'what changed lately'],
    // (parser 101: fixtures/real-corpus/harvestman/2008-10-recently-committed-changes, netzworkk/2009-06-kwtools-stand-der-dinge)
    ['[HarvestMan-devel] Recently committed changes', '', 'what was committed lately'],
    ['[Netzworkk-kwtools] kwparted Stand der Dinge', 'kwparted', 'German for the state of things'],
    // (fixtures/real-corpus/wine/2005-09-wine-weekly-news-issue-290: kerneltraffic.org's digest of wine-devel)
    ['Wine Traffic #290 For 16 Sep 2005', 'Wine', "a digest of the project's list"],
    ['[Jelix-public] checkins du 09 au 15', '', "a week's commits"],
    // (parser 102: round 83's posts, fixtures/real-corpus/wordpress/2005-06-codex-cleanup-half-way-status-report,
    // buddypress/2008-04-updates-in-revision-28, r/2020-11-r-translations-status-and-few-notes)
    ['[wp-docs] Codex Cleanup Half Way Status Report', 'Codex Cleanup', 'how far along the work is'],
    ['[buddypress-dev] Updates in revision 28', '', 'the revision the updates are in'],
    ['[Rd] R - translations status and few notes', 'R translations', 'what else the post says'],
    ['InfiniBand 2.6.17 merge plans', 'InfiniBand', "the kernel release the tree's merge is planned for"],
    // (parser 104: round 84's fixtures/real-corpus/nlnet/2003-12-mail-box-phase-2-last-progress-report)
    ['Mail::Box phase 2, last progress report', 'Mail::Box', 'the last report of a phase'],
    // (parser 107: round 87's fixtures/real-corpus/netzworkk/2007-07-fortschritt-bei-kwtools)
    ['[Netzworkk-kwtools] Fortschritt bei kwtools', 'kwtools', 'German progress on the project'],

    ['[Openocd-development] 0.2.0 status update', '0.2.0', 'a `-development` list tag'],
    ['Minutes: October release kick off meeting', '', 'a bare release, a kick-off'],
    ['Chalks status and roadpath', 'Chalks', 'and its roadmap'],
    ['[nnw-members] Some news', '', 'some news'],
    // (and the state of a project's manual is the project's: 2026-12-02)
    ["[Wsjt-devel] WSJT-X User's Guide -- Present Status", 'WSJT-X', 'the present status'],
    ['[Zephir-team] ZephIR : Rapport of the first Conf Call - 20/May/2005', 'ZephIR', "the list's language, a meeting's rank, 20/May/2005"],
    ['[Cost-project-members] Minutes of the 1st meeting', '', "a meeting's rank"],
    // (round 96: GridPP's weekly PMB minutes, 2008)
    ['Minutes of the 291st GridPP PMB meeting', 'GridPP PMB', "a meeting's number before its name"],
    // (round 97: GNOME's Turkish translators, 2002)
    ['GNOME Turkce Yerellestirme Projesi: Durum raporu', 'GNOME Turkce Yerellestirme Projesi', 'a status report in Turkish'],
    // (round 98: Openbox's maintainer, 2003)
    ['[Openbox] State of the Nation address', 'Openbox', "the speech that tells a project's state"],
    // (round 99: FreeDV's monthly updates, 2023-2024; Ushahidi's documentation SIG, 2020)
    ["David's FreeDV Update – May 2024", 'FreeDV', "a first name's possessive before the project"],
    ['Documentation SIG Meeting Records', 'Documentation SIG', "a meeting's records"],
    // (round 102: EasyBuild's maintainers summit, 2025)
    ['Notes from EasyBuild maintainer summit 2025', 'EasyBuild', 'who meets at the summit'],
    // (round 103: the Hurd's monthly news, 2010)
    ['A month of the Hurd: Thanks, Phil!, Debian Installer, compatibility, and LWN article.', 'Hurd', "a month's news of the project, then its topics"],
    // (round 100: Exherbo's first year looked back on, 2009)
    ['Exherbo was announced one year ago today!', 'Exherbo', 'the project that began a year ago'],
    ['2019-09-04 conda-forge core meeting', 'conda-forge', 'its core team\'s meeting (round 105)'],
    ['第 14 回 JPNIC 運営委員会議事録', 'JPNIC', 'the Nth meeting of a steering committee, minutes, in Japanese (round 106)'],
    ['資料1-1 第2回 JPNIC 理事会議事要録(案)', 'JPNIC', 'a handout, the board, a summary of proceedings, a draft (round 106)'],
    ['DAMON Quaterly News Letter (2024 Q1)', 'DAMON', 'a quarterly newsletter, spelled as its writer does (round 108)'],
    ['Notes taken at the Binutils BoF (GNU Tools track, LPC 2020)', 'Binutils', 'who took the notes where (round 111)'],
    ['Apache Cassandra Changelog (January 2022)', 'Apache Cassandra', 'a project\'s monthly news by another name (round 112)'],
    ['Write the Docs Community Board Quarterly Update Q3-2023', 'Write the Docs', 'the body that writes it (round 112)'],
    ['Acta Junta Python España 24 de abril de 2014', 'Python España', 'a Spanish board\'s minutes and day; a name ending in `ña` keeps its last letter (round 114)'],
    ['Acta reunión 10 de agosto de 2025 - Reunión JD actualización', '', 'a board meeting (`JD`, its junta directiva) names no project (round 114)'],
    ['openEuler 例会纪要 2022-09-07', 'openEuler', 'a regular meeting\'s minutes, in Chinese (round 108)'],
    ['2019年4月定例会報告', '', 'a month, a Japanese regular meeting (`定例会`, not the Chinese `例会`) and its report (round 108)'],
    ['Varnish turns three', 'Varnish', 'how old it turns'],
    ['Release was announced today', 'Release announced', 'no years ago: not the name alone'],
    ['[python-committers] IMPORTANT: Xen 4.18 release status', 'Xen 4.18', 'a call for attention'],
    ['HEADS UP: fetchmail 6.3.8 status', 'fetchmail 6.3.8', 'a call for attention'],
    ['[cwn] Attn: Development Editor, Latest Caml Weekly News', 'Caml', 'whom it calls, and the latest issue'],
    // round 20 (scored blind, then tuned on)
    ['2.6.19-rc5: known regressions (v3)', '2.6.19-rc5', 'a release\'s list of known regressions'],
    ['bcachefs status update - current and future work', 'bcachefs', 'what the update covers, after its kind'],
    ["[Denu-devel] Denu's Status", 'Denu', "the project's own status"],
    ['[Nereus-devel] Aktualisierung von Nereus', 'Nereus', 'an update of it, in German'],
    ['[Genaro-somos-todos] acta reunion_23_11_04', '', 'minutes in Spanish, dated with underscores'],
    ['[Genaro-somos-todos] ACTA REUNIÓN reunión_29_03_05', '', 'minutes in Spanish, in capitals'],
    ['[Jelix-public] Checkins de la semaine', '', "the week's commits, in French"],
    // round 21
    ['Reiser4 status: benchmarked vs. V3 (and ext3)', 'Reiser4', 'what the status covers, after it'],
    // rounds 61-64 (parsers 74-77), each subject from the real post named beside it
    // fixtures/real-corpus/hacdc/2013-02-regular-member-meeting-2013-02-12, makerslocal256/2017-05-ml256-newsletter-vol-1-2
    ['Regular Member Meeting 2013 02 12', '', 'who meets, and a date written with spaces'],
    ['ML256 Newsletter Vol 1.2', 'ML256', "a volume's issue"],
    // spi/2011-09-treasurers-report-as-of-2011-08-31 (a role names nothing), varnish/2010-04-a-post-vug2-sort-of-report
    ["Treasurer's Report as of 2011-08-31", '', '`as of` once its date is gone'],
    ['a post-VUG2 sort of report', 'post-VUG2', '`sort of` before a report, and an article'],
    // a wiki page's path is named by its owner: ubuntu/2008-07-foundations-team-meeting-2008-07-23 (was
    // `FoundationsTeam/ /0723`), opensuse/2007-06-opensuse-status-meeting-2007-06-06-transcript (was `/transcript`),
    // openstreetmap/2020-04-lccwg-meeting-minutes-2020-04-20, wikimedia/2012-07-wikimedia-uk-reports-2012-july-draft,
    // digikam/2009-11-coding-sprint-2009-summary (`Projects/` is where the pages are kept)
    ['FoundationsTeam/Meetings/2008/0723', 'FoundationsTeam', "a wiki path's kinds of page and dates"],
    ['Meetings/Status Meeting 2007-06-06/transcript', '', 'a wiki path of kinds of page and a date'],
    ['Local Chapters and Communities Working Group/Meeting minutes/2020-04-20', 'Local Chapters and Communities Working Group', "a wiki path's kind of page and date"],
    ['Reports/2012/July', '', 'a wiki path of a kind of page and a month'],
    ['Projects/Digikam/CodingSprint2009-summary', 'Digikam', "the wiki's `Projects/` and the page's name"],
    // slashes that are no path: openstack/2020-06-tc-neutron-victoria-virtual-ptg-summary,
    // fedora/2010-11-summary-minutes-fesco-meeting-2010-11-17, openmoko/2008-08-weekly-engineering-news-31-2008
    ['[tc][neutron] Victoria/Virtual PTG Summary', 'Victoria/Virtual', 'tags and a gathering (no part is a kind of page)'],
    ["Summary/Minutes from today's FESCo meeting (2010-11-17)", 'FESCo', 'two kinds of post and a date'],
    ['Weekly Engineering News 31/2008', '', 'a week and its year'],
    // round 63: sourcehut/2020-03-whats-cooking-on-sourcehut-march-2020 (was `What's cooking on Sourcehut?`),
    // perl6/2009-04-perl-6-tidings-from-may-2009, librehealth/2023-06-week-1-gsoc23-with-librehealth (was `'23 with
    // LibreHealth`), julia/2019-05-gsoc-community-bonding-period-juliaastro
    ["What's cooking on Sourcehut? March 2020", 'Sourcehut', "`What's cooking on` and a month"],
    ['Perl 6 Tidings from May 2009', 'Perl 6', '`Tidings from` and a month'],
    ["Week 1 -: GSOC'23 with LibreHealth", 'LibreHealth', "a week of GSoC'23"],
    ['Community Bonding Period: JuliaAstro', 'JuliaAstro', "GSoC's bonding weeks"],
    // which meeting it was: nsaac/2019-02-minutes-of-the-nsaac-business-meeting-january-4-2019,
    // semibug/2015-11-inaugural-semibug-meeting-notes, geant4/2021-09-geant4-steering-board-125-minutes,
    // geant4/2012-03-geant4-steering-board-71-minutes; who met or wrote: hastingshumanists/2010-11-report-of-our-agm,
    // illawarraramblers/presidents-report
    ['Minutes of the NSAAC Business Meeting January 4, 2019', 'NSAAC', 'a business meeting and its day'],
    ['Inaugural SemiBUG meeting notes', 'SemiBUG', 'an inaugural meeting'],
    ['Public Minutes of 125th Steering Board, 24th September 2021', 'Steering Board', "the board's 125th meeting and its day"],
    ['Public Minutes of 71 st SB Meeting', 'SB', "a meeting's rank"],
    ['Report of Our AGM', '', 'who met (an AGM)'],
    ['Presidents Report', '', 'who wrote (a role)'],
    // a season of a year and the years since a start are when, not what: vita3k/2018-09-vita3k-progress-report-summer-2018,
    // vita3k/2021-07-vita3k-3-years-progress-report
    ['Progress Report: Summer 2018', '', 'a season of a year'],
    ['3 years Progress Report: Summer 2021', '', 'the years since a start, and a season'],
    ['Vita3K Progress Report: Summer 2018', 'Vita3K', 'a season of a year'],
    // round 64 (parser 77): axiom/2005-11-axiom-foundation-1st-annual-report, oasis/2014-09-notes-from-cmis4dam-convener-call
    ['[Axiom-developer] Axiom Foundation 1st Annual Report 2004/5', 'Axiom Foundation', 'a first annual report and its years'],
    ['Notes from CMIS4DAM convener call 17 Sept 2014', 'CMIS4DAM', 'a convener call and its day'],
    // round 65 (parser 78): imagej/2011-07-imagej2-beta-delayed
    ['[ImageJ-devel] ImageJ2 beta delayed', 'ImageJ2', 'a release\'s stage and how it stands'],
    ['[OMPI devel] 1.8.4 release delayed', '1.8.4', 'a release numbered, not named'],
    // round 66 (parser 79): lugbe/2001-11-protokoll-vorstandsitzung, fossgis/2024-04-protokoll-vorstandssitzung, luki/2019-geschaeftsbericht-2019,
    // czlug/1998-01-zapis-z-ustavujiciho-valneho-shromazdeni
    ['Protokoll der Lugbe Vorstandsitzung vom 21. November 2001', 'Lugbe', 'minutes of a board meeting (one s) and its day'],
    ['Protokoll der Vorstandssitzung vom 09.04.2024 (öffentliche Version)', '', 'minutes of a board meeting, named by nothing else'],
    ['Geschäftsbericht 2019', '', 'a yearly business report'],
    // gpsd/2006-11-were-making-progress, wikimedia/2020-09-wikimedia-nederland-notulen-31e-alv
    ["[Gpsd-dev] We're making progress", '', 'a sentence whose subject is who writes (the list names the project)'],
    ['Notulen 31e Algemene Ledenvergadering 26 september 2020', '', "the members' 31st general meeting"],
    ['Protokoll der Mitgliederversammlung 2010', '', "a members' general meeting"],
    ['Zápis z ustavujícího valného shromáždění Českého sdružení uživatelů operačního systému Linux', 'Českého sdružení uživatelů operačního systému Linux', 'minutes of a general assembly'],
    // round 67 (parser 80): fsffrance/2001-08-rapport-d-activite-n2, luki/2015-geschaeftsbericht-2015,
    // nlnet/2003-10-mail-box-phase-2-third-progress-report, assoli/2013-07-verbale-consiglio-direttivo-1-luglio
    ["FSF France - Rapport d'activité n°2", 'FSF France', "a French association's activity report and its issue"],
    ['Rapport moral 2014 de la Quadrature', 'Quadrature', "a French association's yearly report, whose after `de la`"],
    ['LUKi e.V. – Bericht über das Geschäftsjahr 2015', 'LUKi e.V', "a German association's report on its business year"],
    ['Mail::Box phase 2, third progress report', 'Mail::Box', 'which phase of the work and which report in a row'],
    ['Gnumeric second status report', 'Gnumeric', 'which report in a row'],
    // round 68 (parser 81): treeline/2011-04-full-rewrite-status
    ['[TreeLine-users] Full Rewrite Status', '', "the rewrite of the list's own program (the list names it)"],
    ['Parser rewrite status', 'Parser rewrite', 'a named part rewritten keeps its name'],
    ["Consiglio Direttivo dell'Associazione per il Software Libero - Verbale dell'adunanza del 1 luglio 2013", 'Associazione per il Software Libero', "the board of an Italian association, and the minutes of its sitting"],
    // round 72 (parser 88): cost/2008-07-cost-devel-summer-progress, project-gutenberg/1997-07-project-gutenberg-26th-anniversary-newsletter,
    // noisebridge/2016-12-unmeeting-minutes-2016-12-13
    ['[cost-devel] Summer progress', '', 'a season a report covers'],
    ["Project Gutenberg's 26th Anniversary Newsletter", 'Project Gutenberg', 'which anniversary it marks'],
    ['[Noisebridge-discuss] Unmeeting Minutes 2016-12-13', '', "an unmeeting, the hackerspace's weekly gathering"],
    ['Google Summer of Code 2015 Wrapup Report', '', 'a programme, not a season (as before)'],
    // round 72 (parser 88): squid/2019-09-squid-5-status-update-and-rfi, twisted/2004-09-status-of-twisted-tests,
    // axiom/2014-12-projects-progress-week-ending-12-13-14
    ['[squid-dev] Squid-5 status update and RFI', 'Squid-5', 'a request for information sent with it'],
    ['[Twisted-Python] Status of Twisted Tests', 'Twisted', "a project's tests"],
    ['[Axiom-developer] projects progress for week ending 12/13/14', '', 'the projects of the list, no name'],
    // round 89 (parser 109): abul/2002-03-ca-de-l-abul-du-28-mars-2002, abul/2004-01-compte-rendu-de-l-ag-de-l-abul-du-18-decembre-2003,
    // facil/2021-11-proces-verbal-reunion-ca-facil-8-novembre-2021, linux-quebec/2003-03-reunion-27-mars-2003
    ['CA de l’ABUL du 28 mars 2002', 'ABUL', "a French association's board (CA), and whose"],
    ['Compte rendu de l’AG de l’ABUL du 18 Décembre 2003 - Talence', 'ABUL', 'its general assembly (AG)'],
    ["Procès-verbal de la réunion du conseil d'administration de FACIL du 8 novembre 2021", 'FACIL', 'its conseil d’administration'],
    ['Réunion: 27 mars 2003', '', 'a meeting of a French day and month, no name'],
    // round 91 (parser 111): ansol/2003-03-acta-da-2a-assembleia-geral-da-ansol
    ['Acta da 2ª Assembleia Geral da ANSOL', 'ANSOL', "a Portuguese association's general assembly, and whose"],
    // round 92 (parser 113): hack42/2018-06-deelnemersvergadering-30-juni-2018, garoa/2012-01-reuniao-de-17-01-2012,
    // mongueurs/2013-02-assemblee-generale-ordinaire-9-fevrier-2013, oflug/2002-04-styremote-i-halden-2002-04-02,
    // oflug/2001-08-referat-fra-styremote-27-8-01, oflug/2002-03-arsberetning-mars-2001-mars-2002,
    // hsmr/2024-hsmr-taetigkeitsbericht-fuer-2024, r/2014-01-cran2deb4ubuntu-an-update-for-2014
    ['Deelnemersvergadering 30 juni 2018', '', "a Dutch participants' meeting of a day, no name"],
    ['Notulen 31e Algemene Ledenvergadering 26 september 2020', '', 'the 31st general members\' meeting, no name'],
    ['Reunião de 17/01/2012', '', 'a Portuguese meeting of a day, no name'],
    ['Assemblée Générale ordinaire du 9 février 2013', '', 'a French general assembly of a day, no name'],
    ['Styremøte OfLUG i Halden, 2002-04-02', 'OfLUG', 'a Norwegian board meeting, whose, and where it met'],
    ['Referat fra styremøte 27.8.01', '', 'a Norwegian board meeting of a day written with a two-digit year'],
    ['Årsberetning for perioden mars 2001 - mars 2002', '', 'a Norwegian annual report and its period'],
    ['[hsmr]-Tätigkeitsbericht für 2024', 'hsmr', 'a German activity report for a year'],
    ['[R-sig-Debian] Cran2deb4ubuntu: An Update for 2014', 'Cran2deb4ubuntu', "an update's article"],
    // round 93 (parser 114): olug/2009-arsmelding-2008, svenskalinuxforeningen/2005-03-verksamhetsberattelse-2004,
    // wikimedia/2023-12-ata-xix-assembleia-geral-wikimedia-portugal, silicon-hill/2008-12-zapis-ze-zasedani-predstavenstva,
    // linux-azur/2000-02-compte-rendu-assemblee-generale-8-fevrier-2000, ubuntu/2013-09-referat-af-generalforsamling-27-05-2013,
    // ubuntu-jp/2007-07-ircmeeting-20070731, r/2005-10-status-rmetrics-new-version
    ['Årsmelding 2008', '', 'a Norwegian annual report, no name'],
    ['Verksamhetsberättelse 2004', '', 'a Swedish activity report, no name'],
    ['Reuniões/XIX Assembleia-Geral', '', "a wiki's meetings page of a numbered Portuguese general assembly"],
    ['Zapis z jednani predstavenstva klubu Silicon Hill ze dne 10.12.2008', 'Silicon Hill', "a Czech club's board minutes, and whose"],
    ["Compte-rendu de l'Assemblée Générale du 8 février 2000", '', 'French minutes of a general assembly of a day'],
    ['Referat af generalforsamling d.27/05 2013', '', 'a Danish date written after `d.` with no space'],
    ['IRCMeeting/20070731', '', "a wiki's IRC meeting page"],
    ['[R-sig-finance] Status Rmetrics - New Version', 'Rmetrics', 'a bare status before its one word, what it brings after the dash'],
    // round 94 (parser 115): linux-nantes/2001-11-l-assemblee-generale-du-27-octobre-2001,
    // linux-nantes/2002-12-compte-rendu-du-conseil-d-administration-du-29-11-2002, linuxtrent/2006-06-riunione-del-23-06-2006,
    // wikimedia/2010-11-wmhu-kozgyules-2010-november-13, wikimedia/2023-05-wikipedia-for-hela-sverige-delrapport,
    // wikimedia/2011-10-wikimedia-espana-chapter-report-july-september-2011, openprojects/2005-11-protokol-1-2005-upravitelen-savet
    ['L’assemblée Générale du 27 octobre 2001', '', 'a French general assembly of a day, its article typeset'],
    ['Compte-rendu du Conseil d’Administration du 29/11/2002', '', "minutes of a French board of a day, no name"],
    ['Riunione del 23-06-2006', '', 'an Italian meeting of a day, no name'],
    ['Közgyűlés – 2010. november 13.', '', 'a Hungarian general assembly of a day, no name'],
    ['Projekt:Wikipedia för hela Sverige/Delrapport', 'Wikipedia för hela Sverige', "a wiki's project page's interim report, under its namespace"],
    ['Wikimedia chapters/Reports/Wikimedia Sverige/2011-07-09', 'Wikimedia Sverige', "a chapters' reports page"],
    ['Протокол 1/2005', '', 'Bulgarian minutes numbered in their year, no name'],
    ['KEDA 2021 Annual Review', 'KEDA', 'a project\'s yearly review for its foundation (round 117)'],
    ['This Month with Nim: April 2021', 'Nim', 'the month\'s news of the project it names (round 118)'],
    ['Gateway SIG项目例会 2025/06/05 14:15-16:15', 'Gateway SIG', 'a project\'s regular meeting in Chinese, its day and its hours (round 117)'],
    ['2025-2026届openEuler技术委员会第一次线下会议', 'openEuler', 'a term, the technical committee and its first offline meeting, in Chinese (round 117)'],
    ['03.10.21 Meeting Minutes', '', 'a day written with dots, two digits a part (round 121)'],
    ['GIMP 2.10.22 released', 'GIMP 2.10.22', 'a version with dots is no day'],
    ['My LTS January', 'LTS', 'whose work, the writer\'s (round 122)'],
    ['This month in Servo: upcoming events, new browser UI, and more', 'Servo', 'a month\'s news of X, then its topics (round 124)'],
    ['These Weeks In Servo 115', 'Servo', 'these weeks, and the issue\'s number (round 124)'],
    ['ClickHouse Newsletter March 2023: Contributing to ClickHouse', 'ClickHouse', 'a newsletter\'s month, then its theme (round 123)'],
    ['A year of progress for US-RSE', 'US-RSE', 'how long it has worked, for whom (round 123)'],
    ['The Zcash Foundation\'s 2020 Q1 Report', 'Zcash Foundation', 'whose report, its possessive (round 125)'],
    ['Update on the Last Three Months in GNU Radio', 'GNU Radio', 'the stretch of time the update covers (round 125)'],
    ['NVDA Hack Fest November 2008', 'NVDA', 'a hack fest in two words (round 125)'],
    ['IAB report to the community for IETF 103', 'IAB', 'to whom it reports, at which meeting (round 127)'],
    ['Narrative Minutes for the October 12, 2006 IESG Telecon', 'IESG', 'which kind of minutes (round 127)'],
    ['Community Reflection on Bevy\'s Third Year', 'Bevy', 'a project\'s year looked back on (round 127)'],
    ['One Year of Open Prometheus Development', 'Prometheus', 'a project\'s first year in the open (round 127)'],
    ['Haiku monthly activity report - 02/2015', 'Haiku', 'a month with its year (round 131)'],
    ['2004 Annual Report, Software in the Public Interest, Inc.', 'Software in the Public Interest', 'the organisation, not its registration (round 131)'],
    ['Software Freedom Conservancy annual report, FY2011', 'Software Freedom Conservancy', 'a fiscal year (round 131)'],
    ['Narrative Minutes interim-2018-iesg-23 2018-11-21 15:00', 'iesg', 'an IETF interim meeting\'s name and its hour (round 130)'],
    ['PeerDAS Breakout Room #10', 'PeerDAS', 'a breakout room and its number (round 130)'],
    ['Afra Plenum 2024-04-03', 'Afra', 'a hackerspace\'s plenum (round 130)'],
    ['Servo in 2024: stats, features and donations', 'Servo', 'a year\'s news of X, then its topics (round 132)'],
    ['November in Servo: monthly releases, context menus', 'Servo', 'a month\'s news of X, then its topics (round 132)'],
    ['KubeEdge Sandbox Annual Review', 'KubeEdge', 'the project\'s stage before its review (round 133)'],
    ['Haiku Activity & Contract Report: April 2022', 'Haiku', 'one report\'s two kinds of work (round 136)'],
    ['2021年架构SIG例会会议纪要', '架构SIG', 'a year with its CJK mark, a regular meeting\'s minutes (round 133)'],
    ['2021-04-steering-council-update.md', 'steering council', 'a repository file\'s name, its extension left out (round 139)'],
    ['placeholder', '', 'a word that holds the place of a subject (round 140)'],
    ['Let\'s Encrypt', 'Let\'s Encrypt', 'an apostrophe inside a name stays'],
    ['First Timing Fences TG Meeting - December 17th, 2024', 'Timing Fences TG', 'which meeting of the group, before its name (round 122)'],
    ['Apache SpamAssassin report to Board for June 2020', 'Apache SpamAssassin', 'a report and the board it is for (round 161)'],
    ['InnerSource Patterns WG - Report for Governance Meeting 2021-01', 'InnerSource Patterns WG', 'a report and the meeting it is for (round 161)'],
    ['Unitary Fund Q3 2024: QOSS Survey, unitaryCON, and Project Updates', 'Unitary Fund', 'a name, its quarter, then the quarter\'s topics (round 160)'],
    ['Apache Beam: A Look Back at 2017', 'Apache Beam', 'a year looked back at (round 163)'],
    ['A week of symfony #200 (25->31 October 2010)', 'symfony', 'a week of the project, without its article (round 167)'],
    ['OpenCV Meeting notes for 2012 year', 'OpenCV', 'the year the notes are for (round 167)'],
    ['June changelog: what\'s new in Sandstorm', 'Sandstorm', 'what is new in the project (round 168)'],
    ['Lean FRO: Year 1 in Review', 'Lean FRO', 'a numbered year in review (round 169)'],
    ['Wasm+ML Working Group &mdash; Oct 31', 'Wasm+ML Working Group', 'an HTML entity left in a page\'s title (round 168)'],
    ['GTFS Digest - September 2024 - Loads of new conversations', 'GTFS', 'a name and its digest, the month, then the month\'s topics (round 171)'],
    ['Music Blocks Week 5 Update by Safwan Sayeed', 'Music Blocks', 'a byline after the report\'s word is its writer (round 173)'],
    ['GSoC \'25 Week 5 Update by Safwan Sayeed', '', 'a programme\'s week and a byline name no project (round 173)'],
    ['2.3.1.10-Kokkos-Support.tex', 'Kokkos Support', 'a LaTeX file\'s name after its section number (round 175)'],
    ['219 days of postmarketOS', 'postmarketOS', 'the days counted of a project named alone after them (round 185)'],
    ['2024 at Bootlin: a year in review', 'Bootlin', 'the year spent at a company, looked back on (round 186)'],
    ['100 days of code in Rust', '100 days of code in Rust', 'not days of more than one word, a challenge\'s name'],
    ['Hyperledger maintainers summit debrief', 'Hyperledger', 'a summit\'s debrief (round 186)'],
    ['Board Meeting 2/2023 Minutes: Wed 24 May 2023 16:00-17:00 EET', 'Board', 'a meeting\'s hours with their zone are when, not whose (round 199)'],
    ['Flatcar community call Tuesday, 11th of May, 17:30 CEST', 'Flatcar', 'a time with its zone after a day (parser 170)'],
    ['August 30, 2024 at 14:15Pm GMT+8', '', 'a day and a time with an offset name nothing (parser 170)'],
    ['8.01 ROOT Team Meeting', '8.01 ROOT Team', 'a number before a name is no time with a zone (parser 170)'],
    ['Open LTP meeting 24th of March', 'LTP', 'a meeting open to all, of the group its acronym names (parser 170)'],
    ['Kdenlive at Randa meetings - first report', 'Kdenlive', 'a project at a gathering named for its place, and which of its reports (round 200)'],
    ['[sugar] Sugar mtg minutes, 19th February 2008', 'Sugar', 'a meeting written short (round 202)'],
    ['Final GSoC\'23 Summary', '', 'a programme\'s year names no project (round 201)'],
    ['Week 1 -: GSOC\'23 with LibreHealth', 'LibreHealth', 'the organisation a student works with (parser 171)'],
    ['Vcpkg 2020.04 Update and Product Roadmap', 'Vcpkg', 'the plan beside the update (round 201)'],
    ['This Week in Solus -- Install #30', 'Solus', 'what Solus calls its issues (round 203)'],
    ['Etherpad Hackathon 2012 update', 'Etherpad', 'a project\'s gathering is the project\'s (round 206)'],
    ['Homebrew\'s Summer 2024 Hackathon', 'Homebrew', 'its season and year too (parser 173)'],
    ['First ownCloud Sprint', 'ownCloud', 'and which of them (round 206)'],
    ['Tryton Unconference 2023 in Berlin', 'Tryton', 'and where (round 206)'],
    ['[ImageJ-devel] ImgLib2 + KNIME hackathon report', 'ImgLib2 + KNIME hackathon', 'a gathering of two projects is named as it is (parser 173)'],
    ['Dask Development Log', 'Dask', 'a devlog is a kind of post (round 205)'],
    ['Console Dev Diary #1', 'Console', 'and a dev diary (parser 173)'],
    ['Eleventy, 2024 in Review', 'Eleventy', 'a year looked back on (round 208)'],
    ['State of the Budgie: 2023 In Review and Goals for 2024', 'Budgie', 'and the goals for the next (parser 174)'],
    ['ISC\'s 2021 Accomplishments', 'ISC', 'a year\'s accomplishments (round 207)'],
    ['This Week in HTML 5 – Episode 1', 'HTML 5', 'a newsletter\'s episode after its name (parser 175)'],
    ['Eleven Years of Go', 'Go', 'the years counted of a project (round 214)'],
    ['One Year of postmarketOS: Mainline Calling!', 'postmarketOS', 'and its subtitle (parser 176)'],
    ['One Year of Open Prometheus Development', 'Prometheus', 'a project\'s years of development, as before (parser 176)'],
    ['NZOSS 2012 AGM', 'NZOSS', 'an annual general meeting is a kind of meeting (round 213)'],
    ['Valkey 2025 Year-End Review: Reflecting on Progress and Looking Ahead', 'Valkey', 'a year-end review and its subtitle (round 212)'],
    ['Draft Minutes of a meeting of the UK TeX Users\' Group Committee held at LSE', 'UK TeX Users\' Group Committee', 'the minutes of a meeting of whom (round 215)'],
    ['Stable releases, sprints & more: a snapd recap', 'snapd', 'the topics, then whose recap it is (round 216)'],
    ['Nim in 2020: a short recap', 'Nim', 'a recap called short names no one (round 216)'],
    ['[texhax] May 2007 TUG news: memberships, interviews, TUG\'07, development funding', 'TUG', 'the topics a newsletter\'s subject lists (round 215)'],
    ['[texhax] Mar17 TUG news: voting, conferences, membership, book reviews', 'TUG', 'a month written short with its year (round 215)'],
    ['OpenPrinting News - Google Summer of Code 2026 - All contributors did a great start!', 'OpenPrinting', 'a project\'s news, then its story (round 216)'],
    ['Recent updates on Mesa Lima driver', 'Mesa Lima driver', 'which updates (round 217)'],
    ['Minutes for: IETF NFSv4 Interim Working Group Meeting', 'IETF NFSv4 Working Group', 'which of the group\'s meetings (round 217)'],
    ['An update on Ibex, our microcontroller-class CPU core', 'Ibex', 'what the project is, after its name (round 221)'],
    ['Looking back on 2020, the year of the open-source chip', 'year of the open-source chip', 'a gloss after `, the` stays (round 221)'],
    ['CORRECTION, minutes from 2020/07/10 meeting', '', 'a post sent again, fixed (round 221)'],
    ['The much-awaited conference call notes, part 1', '', 'how long they were waited for (round 221)'],
    ['Podling Teaclave Report - May 2022', 'Teaclave', 'an Apache incubator project\'s word for itself'],
    ['Last couple of weeks at LineageOS', 'LineageOS', 'when, not whose'],
    ['What\'s new with authentik - March 2023', 'authentik', 'what kind of news'],
    ['What Neovim shipped in 2022', 'Neovim', 'what a project shipped'],
    ['What I did for the Tor project in January', 'Tor project', 'what a writer did for a project'],
    ['What we did in 2019', '', 'a writer\'s work, for no project named'],
  ];

  it.each(SUBJECT_NAMES)('names %j as %j (%s)', (subject, name) => {
    expect(projectFromSubject(subject)).toBe(name);
  });

  it('reads the community of a steering body\'s list, a shared host, a country\'s domain and a list\'s whole name (round 13)', () => {
    // the TSC's own list is not a project of the host's: the host's project is
    expect(listCommunity('<tsc.lists.opendaylight.org>', 'the TSC met; TSC members')).toBe('opendaylight');
    // sourceware.org hosts many projects' lists: the list's name is the project
    expect(listCommunity('<systemtap.sourceware.org>')).toBe('systemtap');
    // so do BerliOS, the Linux Foundation, OSGeo: `noteedit-devel.lists.berlios.de` is NoteEdit's, `lsb-discuss` LSB's
    expect(listCommunity('<noteedit-devel.lists.berlios.de>')).toBe('noteedit');
    expect(listCommunity('<lsb-discuss.lists.linux-foundation.org>')).toBe('lsb');
    expect(listCommunity('<gdal-dev.lists.osgeo.org>')).toBe('gdal');
    // a members' list is the list's community's
    expect(listCommunity('<nnw-members.lists.berlios.de>')).toBe('nnw');
    // a country's second level is part of its code, not the host's name
    expect(listCommunity('<london-pm.lists.dircon.co.uk>')).toBe('dircon');
    // a list's whole name when the post writes it so
    expect(listCommunity('<abstract-wikipedia.lists.wikimedia.org>', 'Abstract Wikipedia updates; the abstract wikipedia team')).toBe('abstract-wikipedia');
    expect(listCommunity('<abstract-wikipedia.lists.wikimedia.org>', 'abstract syntax, abstract text')).toBe('abstract');
  });

  it('names whole posts: a hyphenated steering body, a numbered standards committee, a release candidate\'s release', () => {
    expect(projects('openembedded/2011-06-oe-tsc-minutes-09-jun-2011')).toEqual(['Openembedded']);
    // a standards committee named by number is its own, not the host's community (es-discuss@mozilla.org)
    expect(projects('esdiscuss/2012-07-tc39-meeting-notes-july-24')).toEqual(['TC39']);
    // a bare version (a release candidate's too) is of the list's product, as its list tag writes it
    expect(projects('openocd/2009-05-0-2-0-status-update')).toEqual(['Openocd 0.2.0']);
    expect(projects('openocd/2010-01-0-4-0-rc1-status')).toEqual(['Openocd 0.4.0']);
    expect(projectFromListTag('[Openocd-development] 0.2.0 status update')).toBe('Openocd');
  });

  it('sets a team in its community before a wiki page name makes it one word', () => {
    expect(projects('ubuntu/2008-07-desktop-team-meeting-2008-07-03')).toEqual(['Ubuntu Desktop team']);
    expect(projects('opensuse/2017-04-board-activities-report-feb-march-2017')).toEqual(['openSUSE Board']);
  });

  it('never takes an archive status report\'s generic headings for projects', () => {
    // (named as the post writes its host's name: `ArchLinux Status Report, 2007-10-22`)
    expect(projects('arch/2007-10-status-report-2007-10-22')).toEqual(['ArchLinux']);
  });

  it('names a post whose subject the archive did not show by its first heading, when that names a report', () => {
    // its archive page showed no subject (`Subject: (not shown ...)`): read as a post without one
    const raw = withoutSubject(readFileSync(join(FIXTURES, 'real-corpus', 'openstack/2018-03-keystone-team-update-week-of-12-march.eml')));
    const d = deriveMessage(raw, 'mbox');
    expect(d.message.subject).toBe('');
    expect([...new Set(d.sections.map((x) => x.projectName))]).toEqual(['Keystone']);
  });
});

describe('names from subjects, 2026-11-30 (real subjects of rounds 1-18, not blind)', () => {
  it('a subject naming only a side of a project (the driver, translation, kernel inclusion) names none: the list\'s', () => {
    for (const subject of ['[Noteedit-devel] translation status', 'Kernel inclusion status', '[Glimmer-cism-devel] Refactoring progress',
      '[Noteedit-devel] News from trunk / release', '[Cost-project-members] Progress, deadlines and budget', '[at76c503a-develop] Status of the driver']) {
      expect(projectFromSubject(subject), subject).toBe('');
    }
    expect(projects('socketcan/2009-02-kernel-inclusion-status').map((p) => p.toLowerCase())).toEqual(['socketcan']);
    // a name beside those words is still one
    expect(projectFromSubject('Update on PLDM stack')).toBe('PLDM stack');
    // (but not a platform a port is to: `Status of KDE 4 port` is Smb4K's port, the list's, parser 62)
    expect(projectFromSubject('[smb4k-devel] Status of KDE 4 port')).toBe('');
  });

  it('a GSoC title that improves something is about that thing; a question added to a report is not what it reports on', () => {
    expect(projectFromSubject('GSOC 2019 : Improve smbcmp - Week 3')).toBe('smbcmp');
    expect(projectFromSubject('GSOC 2019: Improve smbcmp - week 10')).toBe('smbcmp');
    expect(projectFromSubject('[Twisted-Python] twisted.positioning: progress report + Factory question')).toBe('twisted.positioning');
  });

  it('names a list of a project\'s developers after the project, and a tree tagged by date and release after the tree (round 19)', () => {
    expect(listCommunity('<ziahttpd-developers.lists.berlios.de>')).toBe('ziahttpd');
    expect(projectFromListTag('[chits-developer] CHITS Updates')).toBe('chits');
    expect(projectFromSubject('renesas-drivers-2019-04-30-v5.1-rc7')).toBe('renesas-drivers');
    expect(projectFromSubject('renesas-drivers-2021-06-29-v5.13')).toBe('renesas-drivers');
  });

  it('a project\'s maintainers meeting reports on the project', () => {
    expect(postProject('[gdal-dev] GDAL Maintainers Meeting Minutes', '<gdal-dev.lists.osgeo.org>', 'GDAL maintainers met')).toBe('GDAL');
  });

  it('a project\'s tech steering call reports on the project (LibreOffice, December 2010; parser 86)', () => {
    // libreoffice/2010-12-minutes-of-tech-steering-call: was `tech steering`
    expect(postProject('[Libreoffice] minutes of tech steering call ...', '<libreoffice.lists.freedesktop.org>', '* Present: Michael, Caolan\n* RC1 status\nLibreOffice 3.3').toLowerCase()).toBe('libreoffice');
  });
});

describe('a release manager\'s countdown', () => {
  const LIST = 'Python-committers <python-committers.python.org>';
  const TEXT = 'Python 3.7 is coming along; the feature code cutoff is 2018-01-29.';
  it.each([
    // python-committers, 2016-2017 (fixtures/real-corpus/python)
    ['[python-committers] Reminder: 12 weeks to 3.7 feature code cutoff', 'Python 3.7'],
    ['[python-committers] IMPORTANT: An extra week until 3.6.0b2, now 2016-10-10', 'Python 3.6.0'],
    ['[python-committers] IMPORTANT: 3.6.0b4 snapshot today, workflow changes for the final weeks of 3.6.0', 'Python 3.6.0'],
  ])('names %j for the release of the list\'s product it counts down to', (subject, name) => {
    expect(postProject(subject, LIST, TEXT)).toBe(name);
  });

  it('leaves a subject alone that names two releases, or someone\'s product', () => {
    expect(postProject('[python-committers] 3.7.1 and 3.6.7 Release Update', LIST, TEXT)).not.toMatch(/^Python 3\.\d/);
    expect(postProject('"Extra" Linux regressions report for mainline slightly ahead of 6.8-rc8/final', 'Linux Kernel <linux-kernel.vger.kernel.org>', '')).not.toMatch(/6\.8$/);
  });
});

describe('parser 91: a governing body named without whose is the list\'s community\'s', () => {
  it('names `TC Report 18-14` on openstack-dev the OpenStack TC', () => {
    // fixtures/real-corpus/openstack/2018-04-tc-report-18-14 (openstack-dev, 2018): Chris Dent's weekly TC report
    expect(postProject('[openstack-dev] [tc] [all] TC Report 18-14', 'openstack-dev.lists.openstack.org', 'The OpenStack TC met')).toBe('OpenStack TC');
    // (a list named for the body itself says no more: `[Board]` on board@lists.osgeo.org)
    expect(postProject('[Board] Activity update', 'board.lists.osgeo.org', 'Hi all')).toBe('Board');
    // (and a body the post qualifies is named as the post writes it: `XSF Board`)
    expect(postProject('[Members] Board Minutes 20150216', 'members.jabber.org', 'Minutes of the XSF Board meeting')).toBe('XSF Board');
  });
});

describe('parser 92: the release a python-committers countdown names', () => {
  it('names the version counted down to, after a call for attention, a negation or the product itself', () => {
    // fixtures/real-corpus/python/2018-03-important-3-7-0b3-cutoff-abi-freeze, ...-2008-11-no-3-0rc2-tonight,
    // ...-2019-06-python-3-8-0b1-not-there-yet (python-committers, 2008-2019): the release managers' milestone mails
    const list = '<python-committers.python.org>';
    expect(postProject('[python-committers] IMPORTANT - 3.7.0b3 cutoff / 3.7.0 ABI freeze', list, 'Hi')).toBe('Python 3.7.0');
    expect(postProject('[python-committers] No 3.0rc2 tonight', list, 'Hi')).toBe('Python 3.0');
    expect(postProject('[python-committers] Python 3.8.0b1 not there yet', list, 'Hi')).toBe('Python 3.8.0');
    // (another product named before a version is still not the list's: `Extra Linux regressions report ... ahead of 6.8-rc8`)
    expect(postProject('Extra Linux regressions report ahead of 6.8-rc8', '<linux-kernel.vger.kernel.org>', 'Hi')).not.toMatch(/6\.8/);
    // (a number after `No.` is still an issue's: `Newsletter No 12`)
    expect(projectFromSubject('Foo Newsletter No 12')).toBe('Foo');
  });
});

describe('parser 92: a council named by its project, and a tag naming who meets', () => {
  it('names `[Council Meeting] Minutes from 2019-11-14` on tb-planning after the Thunderbird Project Council', () => {
    // fixtures/real-corpus/mozilla/2019-12-thunderbird-council-minutes-2019-11-14 (tb-planning, 2019): the minutes head
    // `Thunderbird Project Council Meeting 2019-11-14`; `Thunderbird` is no weekday (`Thu...`), and `Project` between
    // the project and its council is the project's
    const body = 'Hello Planning list,\n\nHere are the Council meetings from the meeting held on 14 November.\n\nThunderbird Project Council Meeting 2019-11-14\nCall Summary\n';
    expect(postProject('[Council Meeting] Minutes from 2019-11-14', 'tb-planning.mozilla.org', body)).toBe('Thunderbird Council');
    // (the tag's `Meeting` is the kind of gathering, not the name: `[TSC Meeting] notes`)
    expect(projectFromSubject('[TSC Meeting] notes')).toBe('TSC');
  });
});

describe('parser 93: names a subject leaves behind its punctuation, its topic or its milestone', () => {
  it('names netdev, the DPL\'s Debian, the kernel release and the python branch', () => {
    // fixtures/real-corpus/netdev/2022-10-netdev-development-stats-for-6-1-first (netdev, 2022): Jakub's first stats
    expect(postProject('netdev development stats for 6.1?', '<netdev.vger.kernel.org>', 'Hi')).toBe('netdev');
    // fixtures/real-corpus/debian/2011-06-bits-from-the-dpl-some-oldies (debian-devel-announce, 2011): after the colon,
    // what this issue is about
    expect(projectFromSubject('bits from the DPL: some oldies')).toBe(projectFromSubject('Bits from the DPL'));
    // fixtures/real-corpus/linux-kernel/2007-01-2-6-20-rc3-known-regressions-with-patches-part-2 (Adrian Bunk, 2007)
    expect(projectFromSubject('2.6.20-rc3: known regressions with patches available (part 2)')).toBe('2.6.20-rc3');
    // fixtures/real-corpus/python/2008-11-3-0-branch-freeze-0200-utc-06-nov (python-committers, 2008): a subject that
    // is only the milestone names the release counted down to
    const list = '<python-committers.python.org>';
    expect(postProject('[python-committers] 3.0 branch freeze - 0200 UTC 06 Nov', list, 'Hi')).toBe('Python 3.0');
    // (not the release a status is taken at: `-next status as at v6.19-rc6` on linux-next)
    expect(postProject('-next status as at v6.19-rc6', '<linux-next.vger.kernel.org>', 'Hi')).not.toMatch(/6\.19/);
    // (since parser 96, nor what is happening to a release or a tree: fixtures/real-corpus/gpodder/2008-07-gpodder-0-12-0-
    // stabilization-phase, Thomas Perl on what 0.12.0 holds; ...linux-iio/2021-12-iio-tree-closed-for-new-stuff-for-5-17)
    const happening: Array<[string, string]> = [
      ['[gpodder-devel] gPodder 0.12.0 stabilization phase', 'gPodder 0.12.0'],
      ['[gpodder-devel] gPodder 0.11.2 release stabilization phase; call for translations', 'gPodder 0.11.2'],
      ['IIO tree closed for new stuff for 5.17.', 'IIO'],
      ['[ANNOUNCE] Renesas tree closed for v5.3', 'Renesas'],
    ];
    for (const [subject, name] of happening) expect(projectFromSubject(subject), subject).toBe(name);
  });
});

describe('parser 94: a release\'s problems, a contributors\' summit', () => {
  it('names Thomas Molina\'s `2.5 Problem Status Report` after Linux 2.5, and the summit after Git', () => {
    // fixtures/real-corpus/linux-kernel/2002-09-2-5-problem-status-report-sep-10 (LKML, 2002): a release's side, its
    // problems, is the release's
    expect(projectFromSubject('2.5 Problem Status Report')).toBe('2.5');
    expect(postProject('2.5 Problem Status Report', '<linux-kernel.vger.kernel.org>', 'Hi')).toBe('Linux kernel 2.5');
    // fixtures/real-corpus/git/2024-09-notes-from-the-git-contributors-summit-2024 (git list, 2024)
    expect(projectFromSubject('Notes from the Git Contributor\'s Summit 2024')).toBe('Git');
    // (a version and a name is still that name's: `2.6 must-fix list`)
    expect(projectFromSubject('2.5 Foo Status Report')).toBe('2.5 Foo');
  });
});

describe('round 17 (real posts, scored blind once, then tuned on)', () => {
  it.each([
    // openanalysis-dev, hibiscus-devel, lbrc-devel (BerliOS, 2006-2007): the subject names only the kind and when
    ['[Openanalysis-dev] Weekly status report #2, July 10-14', ''],
    ['[Hibiscus-devel] Weekly Digest [KW 12]', ''],
    ['[Hibiscus-devel] [Weekly-Digest] KW 50', ''],
    ['[Lbrc-devel] Update on development', ''],
    ['[Lbrc-devel] Updates on the weekend', ''],
    // devel@lists.open-mpi.org (2014, 2016)
    ["[OMPI devel] Minutes from today's Telcon", ''],
    ['[OMPI devel] Minutes of Open MPI ConCall Meeting - Tuesday, May 6', 'Open MPI'],
    ['[OMPI devel] v1.8.2 still held up...', 'v1.8.2'],
    // tops-dev, plantlore-dev (Slovak minutes of the meeting)
    ['[tops-dev] new developments in Total Open Station', 'Total Open Station'],
    ['[Plantlore-dev] Zapis zo schodzky Plantlore', 'Plantlore'],
    // openbmc, 2019-07: when the workgroup meets is no part of its name
    ['Re: GUI workgroup - this Wednesday Jul 31 at 10AM CST', 'GUI workgroup'],
  ])('%j names %j', (subject, name) => {
    expect(projectFromSubject(subject)).toBe(name);
  });

  it('names minutes that a foundation\'s list publishes after the foundation (foundation-announce@gnome.org, 2010)', () => {
    // https://mail.gnome.org/archives/foundation-announce/2010-August/msg00003.html
    expect(postProject('Meeting Minutes Published - August 5, 2010', '<foundation-announce.gnome.org>', 'Minutes for the GNOME Foundation board meeting.')).toBe('GNOME Foundation');
  });

  it('names a -contributors list after its project (rcpviewer-contributors, 2005)', () => {
    // 42EDE667.3000107@incremental.eu.com
    expect(postProject('[Rcpviewer-contributors] Progress 20050801', '<rcpviewer-contributors.lists.berlios.de>', 'Did the search view today.')).toBe('Rcpviewer');
  });

  it('names a release\'s known regressions after the list\'s product and the release (linux-kernel, 2006)', () => {
    // 20061115102122.GQ22565@stusta.de
    expect(postProject('2.6.19-rc5: known regressions (v3)', '<linux-kernel.vger.kernel.org>', 'This email lists some known regressions in 2.6.19-rc5 compared to 2.6.18.')).toBe('Linux kernel 2.6.19');
  });

  it('names a bare version after the host\'s project when the list is named for its kind (devel@lists.open-mpi.org)', () => {
    const text = 'We had hoped to release Open MPI 1.8.4 last Friday. Open MPI 1.8.4rc3 is out.';
    expect(postProject('[OMPI devel] 1.8.4rc Status', '<devel.lists.open-mpi.org>', text)).toBe('Open MPI 1.8.4');
    expect(postProject('[OMPI devel] v1.8.2 still held up...', '<devel.lists.open-mpi.org>', text)).toBe('Open MPI 1.8.2');
  });

  it('a person with their address or a sentence is no project, a date range no heading of one', () => {
    expect(post('lbrc/2007-03-news').sections.map((s) => s.projectKey)).not.toContain('iurigomesdiniz<iuriatyahoo.com.br');
    const hibiscus = post('hibiscus/2007-03-weekly-digest-kw-12').sections;
    expect(new Set(hibiscus.map((s) => s.projectName))).toEqual(new Set(['Hibiscus']));
  });
});

describe('minutes whose archive copy lost the subject (2026-12-01, tuning set, not blind)', () => {
  // read as the index reads a message of its list, which these copies' headers do not name (see listHint)
  const keys = (p: string) => {
    const list = (JSON.parse(readFileSync(join(FIXTURES, 'real-corpus', `${p}.json`), 'utf8')) as { list: string }).list;
    const [name, host] = list.split('@');
    const raw = readFileSync(join(FIXTURES, 'real-corpus', `${p}.eml`));
    // (`Subject: (not shown in the archive excerpt)`: read as the eval reads it, without one)
    const d = deriveMessage(/^Subject: \(not shown/m.test(raw.toString('latin1')) ? withoutSubject(raw) : raw, 'mbox', undefined, listHint(`https://${host}/`, name));
    return [...new Set(d.sections.filter((s) => !s.isContents && s.projectKey).map((s) => s.projectKey))];
  };

  it('gives every heading of a report whose subject and title are both unknown to its list\'s project (parser 54)', () => {
    // racket-dev's notes of the principals' meeting (December 2015): numbered topics, no title line
    expect(keys('racket/2016-01-meeting-notes-december-2015-dunstable')).toEqual(['racket']);
    // LibreOffice ESC minutes (2012): `Release Engineering update`, `QA update` are its areas
    expect(keys('libreoffice/2012-02-esc-minutes-2012-02-09')).toEqual(['libreoffice']);
  });

  it('names them by a first heading that names a meeting and its day, not by that heading with its date', () => {
    // `# 2024-06-26 - coreboot Leadership Meeting` on coreboot@coreboot.org's archive page
    expect(keys('coreboot/2024-06-leadership-meeting-2024-06-26')).toEqual(['coreboot']);
    expect(keys('coreboot/2025-02-leadership-meeting-2025-02-05')).toEqual(['coreboot']);
  });

  it('never makes an attendance heading a project: attending, regrets, apologies, recurring items are parts of minutes', () => {
    // (the GNOME Foundation's key is GNOME's since parser 87)
    expect(keys('gnome/2020-05-board-minutes-2020-03-23')).toEqual(['gnome']);
    expect(keys('gnome/2011-04-meeting-minutes-published-april-26')).toEqual(['gnome']);
    // a generic heading in minutes that name no project is no project either: `Attendees`, `Action items`
    expect(keys('jenkins/2023-11-governance-meeting-november-27-2023')).toEqual([]);
  });

  it('reads minutes that open by saying so as one project\'s, their list\'s, their numbered topics its areas', () => {
    // `A meeting of the DPDK technical board was held last Wednesday, 2017-02-15.` on dev@dpdk.org
    expect(keys('dpdk/2017-02-techboard-meeting-2017-02-15')).toEqual(['dpdk']);
    // `At long last, another GTK team meeting!` then `Minutes of the GTK team meeting of December 10th, 2018`
    expect(keys('gnome/2018-12-gtk-team-meeting-minutes')).toEqual(['gtk']);
  });

  it('reads a technical steering committee\'s and a project leadership committee\'s minutes as the project\'s (rounds 117-118, parser 132)', () => {
    // `Node.js Technical Steering Committee (TSC) Meeting 2024-05-08`, `Homebrew Project Leadership Committee Minutes 2020`
    expect(keys('nodejs/2024-05-tsc-meeting-2024-05-08')).toEqual(['node.js']);
    expect(keys('homebrew/2021-01-homebrew-plc-minutes-2020')).toEqual(['homebrew']);
  });

  it('a governance board\'s update is on the project it governs (`ArchivesSpace Governance Board update`)', () => {
    // fixtures/real-corpus/archivesspace/2025-05-archivesspace-governance-board-update-may-2025 (Google Groups,
    // archivesspace members list), Subject: `ArchivesSpace Governance Board update - May 2025`; and its December one
    expect(keys('archivesspace/2025-05-archivesspace-governance-board-update-may-2025')).toEqual(['archivesspace']);
    expect(keys('archivesspace/2025-12-archivesspace-governance-board-update-december-2025')).toEqual(['archivesspace']);
  });

  it('does not take a heading\'s first word for the name of a board (`## 3. Send Board agenda to the list`)', () => {
    expect(keys('xmpp/2020-06-board-meeting-2020-06-11')).not.toContain('sendboard');
  });
});

describe('who meets is not the project (2026-12-01, real subjects of the tuning set, not blind)', () => {
  it.each([
    // harbor-dev, 2018; iovisor-dev, 2015-2018; xubuntu-devel, 2008; zeek, 2024; galaxy, 2022
    ['Meeting minutes of Harbor community conf call on 2018/09/13', null, 'Harbor'],
    ['minutes: IO Visor TSC and Dev Members Call', null, 'IO Visor'],
    ['minutes: IO Visor TSC/Dev Meeting', null, 'IO Visor'],
    ['Updates and Meeting Minutes from TSC+Developer bi-weekly', '<iovisor-dev.lists.iovisor.org>', 'Iovisor'],
    ['Xubuntu Developer/Community Meeting Minutes for Saturday December 20th 2008', null, 'Xubuntu'],
    ['Zeek LT meeting notes 2024-04-04', null, 'Zeek'],
    ['Galaxy Exec Board first meeting summary', null, 'Galaxy'],
    // a list tag of a list's kind: `[Jelix-public]` is Jelix's; `[arch-dev-public]` leaves the host to name it
    ['[Jelix-public] Checkins de la semaine', null, 'Jelix'],
    ['[arch-dev-public] Status Report 2007-10-22', '<arch-dev-public.archlinux.org>', 'ArchLinux'],
  ])('%s', (subject, listId, name) => {
    expect(postProject(subject, listId, 'ArchLinux status report.')).toBe(name);
  });
});

describe('names from round 28\'s subjects (scored blind once, then tuned on)', () => {
  it.each([
    // Apache projects' reports to the foundation's board (cocoon-dev 2003, groovy dev 2018, harmony-dev 2006)
    ['Apache Cocoon report for the Board, May 2003', 'Apache Cocoon'],
    ['ASF Board report for Groovy Februrary 2018', 'Groovy'],
    ['Apache Harmony Board Report December 2006', 'Apache Harmony'],
    // acrn-dev, 2019; xorg-devel, 2020: who meets, and the body that governs, are not the project
    ['ACRN Project Technical Community Meeting Minutes - 4/17/2019', 'ACRN Project'],
    ['X.Org BoD meeting minutes 2020-01-16', 'X.Org'],
  ])('%s', (subject, name) => {
    expect(postProject(subject, null, '')).toBe(name);
  });

  it('reads a tag that calls for attention as no project (ffmpeg-devel, 2020-12)', () => {
    expect(postProject('[FFmpeg-devel] [IMPORTANT] Meeting Notes - December 2020', '<ffmpeg-devel.ffmpeg.org>', 'FFmpeg meeting. FFmpeg.')).toBe('FFmpeg');
  });
});

describe('one name for a series whatever each issue is about (2026-12-01, tuning set, not blind)', () => {
  it.each([
    // qemu-devel, 2020: a GSoC student's numbered reports, each titled by its topic
    ['[REPORT] [GSoC - TCG Continuous Benchmarking] [#1] Measuring Basic Performance Metrics of QEMU', 'TCG Continuous Benchmarking'],
    ['[REPORT] [GSoC - TCG Continuous Benchmarking] [#6] Performance Comparison of Two QEMU Builds', 'TCG Continuous Benchmarking'],
    // OASIS committees' minutes, 2007-2009: which version of the minutes, and what kind of call, are no part of the name
    ['DRAFT - OpenCSA Steering Committee Minutes - 18 May 2007', 'OpenCSA Steering Committee'],
    ['FINAL - OpenCSA Steering Committee Minutes - 26 Oct 2007', 'OpenCSA Steering Committee'],
    ['OpenDocument TC coordination call draft minutes 2008-02-11', 'OpenDocument TC'],
    ['OpenDocument TC meeting minutes 2009-03-23', 'OpenDocument TC'],
    ['Draft Minutes: OpenCSA LSC Inaugural Meeting on 11/12', 'OpenCSA LSC'],
  ])('%s', (subject, name) => {
    expect(projectFromSubject(subject)).toBe(name);
  });

  it('names no project after a title that is only a meeting and its date (Sakai OSP, 2009-02)', () => {
    // `Meeting minutes for February 16, 2009` on a list the copy does not name: no project is better than the date
    const d = post('sakai/2009-02-sakai-osp-meeting-minutes-february-16-2009');
    expect(d.sections.map((s) => s.projectKey).filter(Boolean)).toEqual([]);
  });
});

describe('names from round 30\'s subjects (scored blind once, then tuned on)', () => {
  it.each([
    // community@lists.openmoko.org, 2008-2009: which issues, and that an update is out, name nothing
    ['Weekly Engineering News 39 & 40/2008', '<community.lists.openmoko.org>', 'Openmoko'],
    ['16th community update released', '<community.lists.openmoko.org>', 'Openmoko'],
    // (a week's counter stays with its word: samba-technical, 2019)
    ['GSOC 2019 : Improve smbcmp - Week 1 & 2', null, 'smbcmp'],
  ])('%s', (subject, listId, name) => {
    expect(postProject(subject, listId, 'Openmoko news. Openmoko.')).toBe(name);
  });
});

describe('names tuned on rounds 1-30 before round 31 was scored (parser 32)', () => {
  it.each([
    // openstack-discuss, 2025-2026: the summary is sent with the next meeting's agenda
    ['[tc][all] OpenStack Technical Committee Weekly Summary and Meeting Agenda (2026.1/R-4)', 'OpenStack Technical Committee'],
    ['TC weekly summary and agenda', 'TC'],
    // cypherpunks, 1993: a date written month first with a two-digit year
    ['MEETING SUMMARY: 4-24-93 Cypherpunks Meeting', 'Cypherpunks'],
    // (centos-devel, 2021: how long a summary is names nothing)
    ['[CentOS-devel] July board meeting, quick summary', 'board'],
  ])('%s', (subject, name) => {
    expect(projectFromSubject(subject)).toBe(name);
  });

  it('keeps a date it cannot read whole as it was (OASIS DITA, 2014: `01-06-2-13`)', () => {
    expect(projectFromSubject('Meeting Notes: 01-06-2-13')).not.toBe('01-');
  });
});

describe('names from round 31\'s subjects (scored blind once, then tuned on)', () => {
  it('names a summary tagged [Sum] after its list, and a podling after itself (chandler-dev 2006-2007, general@incubator 2011)', () => {
    expect(postProject('[Chandler-dev] [Sum] July 3 - 9', null, 'Build, release and QA')).toBe('Chandler');
    expect(isSingleProjectPost('[Chandler-dev] [Sum] Feb 5 - 11', {}, 'Chandler')).toBe(true);
    expect(projectFromSubject('[Incubator] gvSIG Incubation Status')).toBe('gvSIG');
  });
});

describe('names from the subjects of rounds 32-40 (each scored blind once, then tuned on)', () => {
  it.each([
    // round 32. mono-list, 2004: when the plans are for names no project
    ['Mono: Post 1.0 plans and development update.', 'Mono'],
    // pgocaml-dev, 2009: the kind of post, then two topics joined by `and` (the list's project reports)
    ['[Pgocaml-dev] Updates: web page and lwt branch', ''],
    // round 33. mono-announce-list, 2001: how long the update is names nothing
    ['[Mono-announce-list] Quick Mono Update', 'Mono'],
    // kde-games-devel, 2006: a draft sent for review names the list's team
    ['[Kde-games-devel] Draft of IRC meeting summary for review', ''],
    // debian-release, fedora-extras 2006: which of its meetings
    ['Meeting Minutes from the latest SRM meeting', 'SRM'],
    ['Summary from last weeks FESCo meeting', 'FESCo'],
    // round 35. amsat-bb, 2003-2005: who writes, to the list's organisation
    ["President's Letter July 2005", ''],
    ["President's April Letter", ''],
    // W3C TAG, OASIS SCA-BPEL, SPI, OASIS WS-CAF: which version of the minutes, what kind of call
    ['Approved minutes for TAG telcon of 2009-01-29', 'TAG'],
    ['Unformatted minutes of July 31 TC call', 'TC'],
    ['Meeting log for 2011-05-11', ''],
    ['minutes of the first teleconference', ''],
    // round 36. ANSOL 2002, Italian Linux Society 2018: minutes in Portuguese and Italian, a weekday
    ['[ANSOL-geral]Acta da reunião de Sábado.', ''],
    ['[gl-como] Fwd: verbale assemblea 24/03/2018', ''],
    // round 37. ICANN's GNSO council, 2016: what the post holds, not whose
    ['[council] Action Items GNSO Council Meeting 1 September 2016', 'GNSO Council'],
    // round 39. gweekly 2005, RIPE plenary 2000, RIPE EC-TF 2007: which part of an issue, which
    // session, which version of the minutes (and, since parser 56, which of the organisation's
    // numbered meetings: `RIPE 34` is RIPE's 34th, not a release as `Python 3` is)
    ['[gweekly] PT1A Weekly Project Gutenberg Newsletter', 'Project Gutenberg'],
    ['Draft Plenary Minutes RIPE 34', 'RIPE'],
    ['[ec-tf] EC-TF meeting minutes, DRAFT', 'EC-TF'],
    // jdk-dev 2023: a sentence about a numbered release names the release
    ['JDK 22 is now in Rampdown Phase One', 'JDK 22'],
    // minutes in Danish, Italian and German name the group that met, or nothing (the list then does)
    ['Referat af SSLUG bestyrelsesmøde 1999-11-14', 'SSLUG'],
    ['Referat fra årsmødet.', ''],
    ['[Flug] Resoconto della riunione di ieri sera', 'Flug'],
    ['[lug-ld] Protokoll der Jahresversammlung', ''],
    // round 40. Trasno 2009: a Galician (or Spanish) meeting summary's words; the list tag names it
    ['[Trasno] Resumo da xuntanza', 'Trasno'],
    ['[Trasno] Resumen de la reunión', 'Trasno'],
    // round 41. jdk-dev 2021, Momonga 2004, openSUSE ARM 2012, Linaro 2011: a sentence about a numbered
    // release names the release; a year and month run together before a name; what a meeting decided
    ['JDK 17 enters Rampdown Phase One next week', 'JDK 17'],
    ['[Momonga-devel.ja:02602] 200406 Momonga Project Update', 'Momonga'],
    ['[opensuse-arm] Outcome of the round table meeting', ''],
    ['11.11 Postmortem and 11.12 Plan', ''],
    // round 44. Debian France 2012, ubuntu-it 2005: an association's yearly report to its general
    // meeting (`AGO`) names the association; an account of a day names nothing but its date
    ['[AG] AGO 2012 : bilan moral de l\'association Debian France', 'Debian France'],
    ['Resoconto di Sabato 19 marzo', ''],
    ['Verbale riunione di lunedì 3 ottobre', ''],
  ])('%s', (subject, name) => {
    expect(projectFromSubject(subject)).toBe(name);
  });
});

describe('names from round 33\'s list tags (scored blind once, then tuned on)', () => {
  it('reads a list tag that names a kind of list and then `list` (`[Mono-announce-list]`)', () => {
    expect(projectFromListTag('[Mono-announce-list] More progress!')).toBe('Mono');
    expect(projectFromListTag('[Kde-games-devel] x')).toBe('Kde-games');
    // grase-hotspot list, "[GRASE-Hotspot] Development Update" (2012): a list named after its project alone
    expect(projectFromListTag('[GRASE-Hotspot] Development Update')).toBe('GRASE-Hotspot');
    expect(postProject('[GRASE-Hotspot] Development Update', null, 'This week I fixed the login page.')).toBe('GRASE-Hotspot');
    // (a tag of a list's kind, or one in small letters, names none)
    expect(projectFromListTag('[Project-News] x')).toBe('');
    expect(projectFromListTag('[foo-bar] x')).toBe('');
    // (a list of a list's kind still names its project less surely than its host)
    expect(projectFromListTag('[arch-dev-public] x')).toBe('');
  });
});

describe('names from round 36\'s posts (scored blind once, then tuned on)', () => {
  it('names a post by its list tag written out in full where the post writes it so (`Linux-aus`: Linux Australia)', () => {
    const body = 'MINUTES Council Meeting\n\nAll Council members present.\nSecretary, Linux Australia.\n';
    expect(postProject('[Linux-aus] Minutes of 29/01/2009', '<linux-aus.lists.linux.org.au>', body)).toBe('Linux Australia');
    // (`MINUTES` over the council, or `All Council members`, qualify no council)
    expect(postProject('[Linux-aus] Council Minutes 24th April 2013', '<linux-aus.lists.linux.org.au>', body)).toBe('Linux Australia Council');
    // (a list whose posts never write its name out keeps it)
    expect(postProject('[Linux-aus] Minutes of 29/01/2009', '<linux-aus.lists.linux.org.au>', 'Apologies: none.\n')).toBe('Linux-aus');
  });
});

describe('names tuned on rounds 1-38 before round 39 was scored (parser 41)', () => {
  it.each([
    // openstack-dev 2015, ale 1994: a gathering, or the kind of meeting, names no project (the tag or the list does)
    ['[openstack-dev] [TripleO] Midcycle Summary', '<openstack-dev.lists.openstack.org>', 'TripleO'],
    ['organizational meeting minutes', '<ale.ale.org>', 'ALE'],
    // ilugc 2002: the group that met (`Meet`), its date written `13th, July`
    ['[Ilugc] Minutes from the ILUGC Meet - 13th, July, 2002', '<ilugc.freelists.org>', 'ILUGC'],
    // board-discuss@documentfoundation.org 2014, hyperledger-tsc 2016: the body that steers the
    // whole community reports on it, not on the list it writes to
    ['BoD minutes from 2014-04-02', '<board-discuss.documentfoundation.org>', 'Document Foundation'],
    ['2016 07 14 TSC Minutes', '<hyperledger-tsc.lists.hyperledger.org>', 'Hyperledger'],
    // fedora-advisory-board 2008: a name that starts with the community's word has it already
    ['Fedora Board Recap 2008-MAR-25', '<fedora-advisory-board.redhat.com>', 'Fedora Board'],
  ])('%s', (subject, listId, name) => {
    expect(postProject(subject, listId, 'The Document Foundation board. ALE. Hyperledger.')).toBe(name);
  });

  it('leaves an issue counter before a month alone (`Issue 2, June 2009`) and Jitsi Meet its name', () => {
    expect(projectFromSubject('OpenAFS Newsletter, Issue 2, June 2009')).toBe('OpenAFS');
    expect(projectFromSubject('Jitsi Meet status update')).toBe('Jitsi Meet');
  });
});

describe('a subject that says more than a name (2026-12-01, tuning set, not blind)', () => {
  it.each([
    // gpsd-users 2005, wplug-members 2006, yocto 2010: what is left of the subject in more than four
    // words is a sentence about the project; the list's community is the project
    ['[Gpsd-users] State of the GPSD project -- and repository troubles', '<gpsd-users.lists.berlios.de>', 'Gpsd'],
    ['[wplug-members] Second draft of minutes for WPLUG Board Meeting, 7/12/2006', '<wplug-members.wplug.org>', 'WPLUG'],
    ['5tFTW: Fedora 21 release on track, new leadership and thanks to the old; counting users; more... (2014-12-02)', '<devel-announce.lists.fedoraproject.org>', 'Fedora'],
  ])('%s', (subject, listId, name) => {
    expect(postProject(subject, listId, 'GPSD. WPLUG. Fedora.')).toBe(name);
  });

  it('keeps a student programme\'s long project title (soc@lists.osgeo.org, 2018)', () => {
    expect(postProject('[SoC] GSoC 2018 report week 12 - GRASS GIS module for Sentinel-2 cloud and shadow detection', '<soc.lists.osgeo.org>', ''))
      .toMatch(/Sentinel-2 cloud and shadow detection/);
  });
});

describe('whom a meeting was with, and what is left without a letter (2026-12-01, tuning set, not blind)', () => {
  it.each([
    // yellow@lists.launchpad.net 2011, lehstuver-devel 2004: a call or a meeting with a person names no project
    ['Notes from call with Francis', '<yellow.lists.launchpad.net>', 'Launchpad'],
    ['[Lehstuver-devel] Mitschrift Treffen mit Herrn W. 23.06.2004', '<lehstuver-devel.lists.berlios.de>', 'Lehstuver'],
    // ubuntu-women 2007: `Jan 11/12` is two days; `/12` is no name
    ['[UbuntuWomen] Meeting Notes for Jan 11/12', '<ubuntu-women.lists.ubuntu.com>', 'UbuntuWomen'],
  ])('%s', (subject, listId, name) => {
    expect(postProject(subject, listId, 'Launchpad. Lehstuver.')).toBe(name);
  });

  it('drops a counter word whose number was a date (Mandriva cooker, 2006)', () => {
    expect(projectFromSubject('Cooker Weekly News - Issue 20060206')).toBe('Cooker');
  });

  it('reads German minutes named only by their kind (`Mitschrift`) as the list\'s project\'s', () => {
    expect(isSingleProjectPost('[Lehstuver-devel] Mitschrift Treffen mit Herrn W. 23.06.2004', {}, 'Lehstuver')).toBe(true);
  });
});

describe('names from round 45\'s posts (scored blind once, then tuned on)', () => {
  it.each([
    // sslug 2000-2002, aauug 2004-2006: Danish minutes of board, members' and general meetings name the group that met
    ["Referat fra SSLUG's årsmøde og generalforsamling", 'SSLUG'],
    ["Referat af SSLUG's bestyrelsesmøde lørdag den 5. januar 2002", 'SSLUG'],
    ['[Announce] Referat af generalforsamling i AaUUG 2005-05-17', 'AaUUG'],
    ['[Announce] Referat fra ordinær generalforsamling i AaUUG', 'AaUUG'],
    ['[Announce] Referat af bestyrelsesmøde i AaUUG søndag d. 31/10-2004.', 'AaUUG'],
    // (what is left of a subject that names only its kind is nothing: the list names it)
    ['[Announce] Bestyrelsens beretning for 2003', ''],
    ['Referat af medlemsmøde den 11.08.2002', ''],
    ['[ubuntu-dk] Referat fra dagens IRC møde (16)', ''],
    // ubuntu-nordic 2012: `14th of Nov` is a day
    ['Meeting minutes from Wednesday 14th of Nov 2012', ''],
  ])('%s', (subject, name) => {
    expect(projectFromSubject(subject)).toBe(name);
  });

  it('takes a Danish list of who came and who did not for no project (aauug, 2004)', () => {
    const d = deriveMessage(readFileSync(join(FIXTURES, 'real-corpus', 'aauug/2004-09-referat-af-bestyrelsesmode-den-24-august-2004.eml')), 'mbox');
    expect(d.sections.map((s) => s.title)).toContain('Tilstedeværende');
    expect(d.sections.filter((s) => !s.isContents && s.projectKey && /tilstede|frav/.test(s.projectKey))).toEqual([]);
  });
});

describe('names from round 46\'s posts (scored blind once, then tuned on)', () => {
  it('names a week\'s check-ins by the list\'s project, and reads French `Nouveautés`, `Corrections` as no projects (jelix, 2006)', () => {
    expect(projectFromSubject('[Jelix-public] checkins du 17/01 au 29/01')).toBe('');
    expect(isSingleProjectPost('[Jelix-public] checkins du 17/01 au 29/01', {}, 'Jelix')).toBe(true);
    const d = deriveMessage(readFileSync(join(FIXTURES, 'real-corpus', 'jelix/2006-01-checkins-du-17-01-au-29-01.eml')), 'mbox', undefined, listHint('https://lists.berlios.de/', 'jelix-public'));
    expect([...new Set(d.sections.filter((s) => !s.isContents).map((s) => s.projectKey))]).toEqual(['jelix']);
  });

  it('drops an Italian draft report of a meeting from the name (`Bozza rapporto riunione hackmeeting`: Ninux, 2014)', () => {
    expect(projectFromSubject('[Ninux-Wireless] Bozza rapporto riunione hackmeeting')).toBe('');
  });
});

describe('names from round 48\'s posts (scored blind once, then tuned on)', () => {
  it('names no project after the topics of minutes whose project and list are unknown (AaUUG, 2004)', () => {
    // (the copy names neither the list nor, in its subject, the association: its topics are the meeting's agenda)
    const d = deriveMessage(readFileSync(join(FIXTURES, 'real-corpus', 'aauug/2004-05-referat-af-den-ordinaere-generalforsamling-for-2004.eml')), 'mbox');
    expect(d.sections.map((s) => s.title)).toContain('Valg af dirigent og referent');
    expect(d.sections.filter((s) => s.projectKey !== '')).toEqual([]);
    expect(isSingleProjectPost('Referat af den ordinære generalforsamling for 2004', {}, '')).toBe(true);
    // (a status mail whose list is unknown may still report on several projects, one per heading)
    expect(isSingleProjectPost('Weekly status #196', {}, '')).toBe(false);
  });

  it('names a project\'s bare update by what comes before the colon, not by what the update brings (openbmc, 2022)', () => {
    // (and a tool named so is the tool: 2026-12-02)
    expect(projectFromSubject('dbus-top tool update: sensor associations and i2c stats')).toBe('dbus-top');
    // (a counter or a programme before the word: the project is after it; a release's versions before it name no project)
    expect(projectFromSubject('[GSoC] Week 2 update: Parser rewrite')).toBe('Parser rewrite');
    expect(projectFromSubject('3.7.0 / 3.6.6 Update: All Systems Go')).not.toBe('3.7.0 / 3.6.6');
  });
});


describe('junk names of real reports (2026-12-02, tuning set, not blind)', () => {
  // the keys the eval judges: each post read with its list (its label's address, '' when the archive
  // did not show it), as the index reads it
  const keys = (p: string, list: string) => {
    const [local, host] = list.split('@');
    const d = deriveMessage(readFileSync(join(FIXTURES, 'real-corpus', `${p}.eml`)), 'mbox', undefined, host ? listHint(`https://${host}/`, local) : null);
    return [...new Set(d.sections.filter((s) => !s.isContents && s.projectKey).map((s) => s.projectKey))];
  };

  it('takes a tag of a report word and a release (`[STATUS 2.5]`) for no project: the list names it (linux-kernel, 2002)', () => {
    expect(projectFromSubject('[STATUS 2.5]  January 18, 2002')).toBe('');
    // linux-kernel/2002-01-status-2-5-january-18
    // (`Linux kernel`, keyed as Linux since parser 94)
    expect(keys('linux-kernel/2002-01-status-2-5-january-18', 'linux-kernel@vger.kernel.org')).toEqual(['linux']);
  });

  it('takes a voice or a phone conference for a kind of call, not a project (W3C widgets, 2008)', () => {
    expect(projectFromSubject('[widgets] Minutes of 19 June 2008 Voice Conference')).toBe('widgets');
    expect(projectFromSubject('Minutes, HTML WG 2007-08-02 phone conference')).toBe('HTML WG');
    // w3c/2008-06-widgets-minutes-19-june-2008
    expect(keys('w3c/2008-06-widgets-minutes-19-june-2008', 'public-webapps@w3.org')).toEqual(['widgets']);
  });

  it('reads an Italian summary of a meeting (`Riassunto riunione`) as the kind of post, the tag naming the group (FoLUG, 2003)', () => {
    expect(projectFromSubject('[FoLUG] Riassunto riunione 2/12/2003')).toBe('FoLUG');
    // folug/2003-12-riassunto-riunione-2-12-2003
    expect(keys('folug/2003-12-riassunto-riunione-2-12-2003', 'folug@lists.linux.it')).toEqual(['folug']);
  });

  it('names by what the list is for a summary that names only the list (`This Week on perl5-porters`, 2006)', () => {
    expect(postProject('This Week on perl5-porters - 15-21 May 2006', '<perl5-porters.perl.org>', 'This week on perl5-porters')).toBe('Perl5');
    // perl/2006-05-this-week-on-perl5-porters-15-21-may, perl/2005-12-this-fortnight-on-perl5-porters-12-25-december
    expect(keys('perl/2006-05-this-week-on-perl5-porters-15-21-may', 'perl5-porters@perl.org')).toEqual(['perl5']);
    expect(keys('perl/2005-12-this-fortnight-on-perl5-porters-12-25-december', 'perl5-porters@perl.org')).toEqual(['perl5']);
  });

  it.each([
    // the conference a report comes from is no project: the list's is (and a wrap-up of one is its list project's report)
    ['wine/2016-11-wineconf-wrap-up', 'Wineconf wrap up', 'wine-devel@winehq.org', 'wine'],
    ['wine/2018-07-wrap-up-of-wineconf', 'Wrap-up of wineconf', 'wine-devel@winehq.org', 'wine'],
    ['wireshark/2013-06-notes-from-sharkfest-13', "[Wireshark-dev] Notes from Sharkfest '13", 'wireshark-dev@wireshark.org', 'wireshark'],
    // (and its sessions and BoFs are parts of it)
    ['wireshark/2008-04-sharkfest-roadmap-sessions-summary', '[Wireshark-dev] Sharkfest roadmap sessions summary', 'wireshark-dev@wireshark.org', 'wireshark'],
    ['tails/2015-01-31c3-report', '[Tails-project] 31C3 report', 'tails-project@boum.org', 'tails'],
    ['erlang/2007-07-report-from-oscon', '[erlang-questions] Report from OSCON', 'erlang-questions@erlang.org', 'erlang'],
    ['ubuntu/2010-11-short-summary-of-uds-n', 'short summary of UDS-N', 'ubuntu-devel@lists.ubuntu.com', 'ubuntu'],
    ['gnome/2010-08-gtk-team-guadec-meeting-minutes', 'Minutes of the GTK+ team GUADEC meeting - 2010-07-29', 'gtk-devel-list@gnome.org', 'gtk'],
  ])('names a report from a conference by its list\'s project (%s)', (p, subject, list, key) => {
    expect(projectFromSubject(subject)).not.toMatch(/conf|fest|31c3|oscon|uds|guadec/i);
    expect(keys(p, list)).toEqual([key]);
  });

  it('keeps a project whose name ends like a conference\'s (`autoconf`, `netconf`), and names a BoF by what it was on', () => {
    expect(projectFromSubject('autoconf status update')).toBe('autoconf');
    expect(projectFromSubject('NETCONF WG minutes')).toMatch(/NETCONF/);
    // debian/2016-07-debconf16-lts-bof-summary, debian/2007-06-debconf-i18n-session-2-7-lenny-i18n-release-goals
    expect(projectFromSubject('Debconf16 LTS BoF - Summary')).toBe('LTS');
    expect(projectFromSubject('Debconf i18n session 2/7: lenny i18n release goals')).toBe('i18n');
  });

  it('names the minutes of a numbered meeting (`RIPE 28`) by the organisation, not a release (`JDK 17`)', () => {
    expect(projectFromSubject('Plenary minutes RIPE 28')).toBe('RIPE');
    expect(projectFromSubject('Draft Plenary Minutes RIPE 34')).toBe('RIPE');
    expect(projectFromSubject('JDK 17 enters Rampdown Phase One next week')).toBe('JDK 17');
    // ripe/1997-12-plenary-minutes-ripe-28, ripe/2000-01-draft-plenary-minutes-ripe-34
    expect(keys('ripe/1997-12-plenary-minutes-ripe-28', 'ripe-list@ripe.net')).toEqual(['ripe']);
    expect(keys('ripe/2000-01-draft-plenary-minutes-ripe-34', 'ripe-list@ripe.net')).toEqual(['ripe']);
  });

  it('names an organisation\'s engineering report by its engineering, as a team\'s (Wikimedia, 2012-2013), and keeps `Weekly Engineering News` the list\'s', () => {
    expect(projectFromSubject('[Wikimedia-l] [Wikimedia Announcements] Wikimedia engineering November 2012 report')).toBe('Wikimedia engineering');
    expect(projectFromSubject('[Wikimedia-l] [Wikimedia Announcements] Fwd: Wikimedia engineering report, December 2013')).toBe('Wikimedia engineering');
    expect(projectFromSubject('Weekly Engineering News 31/2008')).toBe('');
    // wikimedia/2012-12-engineering-report-november-2012, wikimedia/2014-01-engineering-report-december-2013
    expect(keys('wikimedia/2012-12-engineering-report-november-2012', 'wikimedia-l@lists.wikimedia.org')).toEqual(['wikimediaengineering']);
    expect(keys('wikimedia/2014-01-engineering-report-december-2013', 'wikimedia-l@lists.wikimedia.org')).toEqual(['wikimediaengineering']);
  });

  it('takes a late report\'s words (`Long Overdue`, `Development Delays`) and a one-letter list tag (`[H-ANNOUNCE]`) for no name (HUMBUG 2001, GRASE 2012)', () => {
    expect(projectFromSubject('[GRASE-Hotspot] Update on Development Delays')).toBe('');
    expect(postProject('[GRASE-Hotspot] Update on Development Delays', null, 'GRASE Hotspot')).toBe('GRASE-Hotspot');
    expect(projectFromSubject('[H-ANNOUNCE] Minutes Long Overdue')).toBe('');
    expect(projectFromListTag('[H-ANNOUNCE] Minutes Long Overdue')).toBe('');
    // grase/2012-05-update-on-development-delays, humbug/2001-01-minutes-long-overdue
    expect(keys('grase/2012-05-update-on-development-delays', '')).toEqual(['grasehotspot']);
    expect(keys('humbug/2001-01-minutes-long-overdue', 'announce@lists.humbug.org.au')).toEqual(['humbug']);
  });

  it('takes what kind of news (`Assorted news`, `good news and bad news`) and a check-in for the post\'s kind, not its name (Cimarrón 2005, OpenRecord 2005)', () => {
    expect(projectFromSubject('[Cimarron-hackers] Assorted news')).toBe('');
    expect(projectFromSubject('[openrecord-dev] latest checkin -- good news and bad news')).toBe('');
    // cimarron/2005-07-assorted-news, openrecord/2005-06-latest-checkin-good-news-and-bad-news
    expect(keys('cimarron/2005-07-assorted-news', 'cimarron-hackers@lists.berlios.de')).toEqual(['cimarron']);
    expect(keys('openrecord/2005-06-latest-checkin-good-news-and-bad-news', 'openrecord-dev@lists.berlios.de')).toEqual(['openrecord']);
  });

  it('names the state of a project\'s code by the project (GPSD, 2005)', () => {
    expect(projectFromSubject('[Gpsd-users] The state of the GPSD code')).toBe('GPSD');
    // gpsd/2005-07-the-state-of-the-gpsd-code
    expect(keys('gpsd/2005-07-the-state-of-the-gpsd-code', 'gpsd-users@lists.berlios.de')).toEqual(['gpsd']);
  });

  it('names the leader\'s bits by the community, though the post spells the acronym out (`Bits from the DPL`, Debian 2019)', () => {
    expect(postProject('Bits from the DPL (March 2019)', '<debian-devel-announce.lists.debian.org>', 'As the Debian Project Leader (DPL), Debian')).toBe('Debian');
    // debian/2019-03-bits-from-the-dpl-march-2019
    expect(keys('debian/2019-03-bits-from-the-dpl-march-2019', 'debian-devel-announce@lists.debian.org')).toEqual(['debian']);
  });

  it('takes a file named in capitals (`MAINTAINERS`) for no team of the community (kernel-janitors, 2020)', () => {
    expect(withCommunity('MAINTAINERS clean-up', 'kernel-janitors', 'kernel-janitors', 'Status of MAINTAINERS clean-up')).toBe('MAINTAINERS clean-up');
    expect(withCommunity('release team', 'gnome', 'the GNOME 2.22 schedule')).toBe('GNOME release team');
    // kernel-janitors/2020-06-status-of-maintainers-clean-up
    expect(keys('kernel-janitors/2020-06-status-of-maintainers-clean-up', 'kernel-janitors@vger.kernel.org')).toEqual(['maintainerscleanup']);
  });

  it('names a named release, or a project\'s release meeting, by the name (Debian 2015, StarlingX 2019), not a release team', () => {
    expect(projectFromSubject('Status on the Jessie release')).toBe('Jessie');
    expect(projectFromSubject('[Starlingx-discuss] Minutes: StarlingX Release Meeting - August 1/2019')).toBe('StarlingX');
    expect(projectFromSubject('[Releasing] Meeting minutes: Qt release team meeting 04.08.2015')).toBe('Qt release team');
    // debian/2015-03-status-on-the-jessie-release, starlingx/2019-08-minutes-starlingx-release-meeting-august-1-2019
    expect(keys('debian/2015-03-status-on-the-jessie-release', 'debian-devel-announce@lists.debian.org')).toEqual(['jessie']);
    expect(keys('starlingx/2019-08-minutes-starlingx-release-meeting-august-1-2019', 'starlingx-discuss@lists.starlingx.io')).toEqual(['starlingx']);
  });

  it('keeps an acronym\'s own name on a list named more fully (`EROFS roadmap update` on linux-erofs, 2021), not a meeting body\'s', () => {
    expect(withCommunity('EROFS', 'linux-erofs', 'EROFS', 'EROFS roadmap update')).toBe('EROFS');
    expect(withCommunity('Media', 'linux-media', 'Linux Media Summit', '[ANN] Media Summit 2024 Report')).toBe('Linux Media');
    // erofs/2021-10-erofs-roadmap-update
    expect(keys('erofs/2021-10-erofs-roadmap-update', 'linux-erofs@lists.ozlabs.org')).toEqual(['erofs']);
  });

  it('takes a news service\'s numbered bulletins for the kind of post (`ANS-352 AMSAT News Service Weekly Bulletins`, 2011)', () => {
    expect(projectFromSubject('[jamsat-news:3033] ANS-352 AMSAT News Service Weekly Bulletins')).toBe('AMSAT');
    expect(projectFromSubject('[jamsat-news:1893] ANS-060 AMSAT Weekly Bulletins')).toBe('AMSAT');
    // jamsat/2011-12-ans-352-amsat-news-service-weekly-bulletins
    expect(keys('jamsat/2011-12-ans-352-amsat-news-service-weekly-bulletins', 'jamsat-news@jamsat.or.jp')).toEqual(['amsat']);
  });

  it.each([
    // a standard's technical committee (OASIS) is named by the standard its acronym names
    ['oasis/2003-01-minutes-of-9-january-2003-xri-tc', '[xri] Minutes of 9 January 2003 XRI TC', 'xri@lists.oasis-open.org', 'xri'],
    ['oasis/2004-08-minutes-of-the-ubl-tc-meeting-in-copenhagen', 'Minutes of the UBL TC meeting in Copenhagen 16-20 August 2004', 'ubl@lists.oasis-open.org', 'ubl'],
    ['oasis/2013-04-oic-tc-meeting-minutes-2013-04-03', 'OIC TC 2012-04-03 Meeting Minutes', 'oic@lists.oasis-open.org', 'oic'],
  ])('names a TC\'s minutes by its standard (%s)', (p, subject, list, key) => {
    expect(projectFromSubject(subject)).toBe(key.toUpperCase());
    expect(keys(p, list)).toEqual([key]);
  });
});

describe('names of real reports left without one, or with a sentence for one (2026-12-02, tuning set, not blind)', () => {
  const keys = (p: string, list: string) => {
    const [local, host] = list.split('@');
    const raw = readFileSync(join(FIXTURES, 'real-corpus', `${p}.eml`));
    // (`Subject: (not shown in the archive excerpt)`: read as the eval reads it, without one)
    const d = deriveMessage(/^Subject: \(not shown/m.test(raw.toString('latin1')) ? withoutSubject(raw) : raw, 'mbox', undefined, host ? listHint(`https://${host}/`, local) : null);
    return [...new Set(d.sections.filter((s) => !s.isContents && s.projectKey).map((s) => s.projectKey))];
  };

  it('reads a List-Id written as the list\'s address, and a W3C list by its group (`public-webrtc@w3.org`, OASIS sca-bpel)', () => {
    expect(listCommunity('public-webrtc@w3.org', 'WebRTC ... webrtc')).toBe('webrtc');
    expect(listCommunity('<public-device-apis.w3.org>', 'Device APIs WG ... the device APIs')).toBe('device-apis');
    expect(listCommunity('<public-device-apis.w3.org>')).toBe('w3');
    expect(listCommunity('www-tag@w3.org', 'the TAG ... TAG')).toBe('tag');
    expect(listCommunity('sca-bpel@lists.oasis-open.org')).toBe('oasis-open');
    // w3c/2011-06-webrtc-minutes-of-june-14-meeting (`Minutes of June 14 meeting`, List-Id: public-webrtc@w3.org)
    expect(keys('w3c/2011-06-webrtc-minutes-of-june-14-meeting', 'public-webrtc@w3.org')).toEqual(['webrtc']);
    // oasis/2008-07-unformatted-minutes-sca-bpel-july-31-call (`Unformatted minutes of July 31 TC call`, List-Id: sca-bpel@lists.oasis-open.org):
    // the list's TC, as the minutes write it (`No SCA-BPEL TC call in August`; since parser 91 the bare `TC` of the subject
    // is the list's; its label says `SCA-BPEL`, the other OASIS labels `OASIS OpenDocument (ODF) TC`)
    expect(keys('oasis/2008-07-unformatted-minutes-sca-bpel-july-31-call', 'sca-bpel@lists.oasis-open.org')).toEqual(['scabpeltc']);
  });

  it('takes a sentence of the subject for no name: what is being done (`State of compiling SENF on intrepid`, Senf 2009), what the writer must do (WPLUG 2006)', () => {
    // senf/2009-01-state-of-compiling-senf-on-intrepid: the list's project
    expect(postProject('[Senf-dev] State of compiling SENF on intrepid', '<senf-dev.lists.berlios.de>', 'SENF builds on intrepid ... senf')).toBe('Senf');
    expect(keys('senf/2009-01-state-of-compiling-senf-on-intrepid', 'senf-dev@lists.berlios.de')).toEqual(['senf']);
    // wplug/2006-07-need-to-recall-some-meeting-minutes: the list's board, as its other minutes (whose key, since
    // parser 85, is the organisation's: WPLUG)
    expect(projectFromSubject('[wplug-board] Need to recall some meeting minutes')).toBe('');
    expect(keys('wplug/2006-07-need-to-recall-some-meeting-minutes', 'wplug-board@wplug.org')).toEqual(['wplug']);
  });

  it('names the state of a project\'s work by the project (`The state of uprobes work and logistics`, bpf 2024)', () => {
    expect(projectFromSubject('The state of uprobes work and logistics')).toBe('uprobes');
    // bpf/2024-10-the-state-of-uprobes-work-and-logistics
    expect(keys('bpf/2024-10-the-state-of-uprobes-work-and-logistics', 'bpf@vger.kernel.org')).toEqual(['uprobes']);
  });

  it('takes a chat log for the kind of post and a `[Members]` tag for no project (`[Members] Fwd: [Board] chat log + meeting minutes`, XMPP 2010)', () => {
    expect(projectFromSubject('[Members] Fwd: [Board] chat log + meeting minutes')).toBe('Board');
    // xmpp/2010-08-fwd-board-chat-log-meeting-minutes: the board, as the post names it (`XSF Board`, keyed since
    // parser 85 as the XSF's)
    expect(keys('xmpp/2010-08-fwd-board-chat-log-meeting-minutes', 'members@xmpp.org')).toEqual(['xsf']);
  });

  it('takes which or when a meeting was for no body\'s name: `Last Board Meeting Minutes` (openSUSE 2016), `the May Board meeting` (WPLUG 2006)', () => {
    // opensuse/2016-12-last-board-meeting-minutes-4-months-since-last-report: was `Last Board`
    expect(postProject('[opensuse-project] Last Board Meeting Minutes - 11 Aug 1500 CEST (4 months since last report?)', '<opensuse-project.opensuse.org>', 'openSUSE board meeting minutes')).toBe('openSUSE Board');
    // wplug/2006-06-draft-minutes-for-board-meeting-may-10-2006: was `May Board`
    expect(postProject('[wplug-board] Draft Minutes for Board Meeting, May 10, 2006', '<wplug-board.wplug.org>', 'Here are the draft minutes for the May Board meeting. Better late than never.\nWPLUG')).toBe('WPLUG Board');
    // (a name of its own still qualifies the board: `XSF Board`)
    expect(postProject('[Members] Board minutes 20150216', '<members.jabber.org>', 'The XSF Board met on Monday. XSF Board members present: ...')).toBe('XSF Board');
  });

  it('takes a hackathon, its code name (`c2k3`, `t2k17`) and where it was for no project: who held it is (OpenBSD 2003, 2017)', () => {
    expect(projectFromSubject('OpenBSD hackathon 2003 (c2k3), Calgary, May 9-20')).toBe('OpenBSD');
    // (a writer's title after the colon names nothing either; the post has no list to name it by)
    expect(projectFromSubject('t2k17 Hackathon Report: My first time (Aaron Bieber)')).toBe('');
    expect(projectFromSubject('Sprint Report: Debian Cloud Sprint November 2016 (LONG!)')).toBe('Debian Cloud');
    // openbsd/2003-09-openbsd-hackathon-2003-c2k3-final-report (a final report to the funder, no list)
    expect(keys('openbsd/2003-09-openbsd-hackathon-2003-c2k3-final-report', '')).toEqual(['openbsd']);
  });

  it('takes the topics after a bare progress, what is sent with minutes and a weekday\'s short name for no name (RCPViewer 2005, SGVLUG 2014, W3C WebOnt 2003)', () => {
    // rcpviewer/2005-08-dans-progress-20050824-tracing-and-transactions: the writer's progress, on the list's project
    expect(projectFromSubject("[Rcpviewer-contributors] Dan's progress 20050824: Tracing and Transactions.")).toBe('Dan');
    expect(keys('rcpviewer/2005-08-dans-progress-20050824-tracing-and-transactions', 'rcpviewer-contributors@lists.berlios.de')).toEqual(['rcpviewer']);
    // rcpviewer/2005-12-progress-20051217-distribution-persistence
    expect(projectFromSubject('[Rcpviewer-contributors] progress 20051217: distribution + persistence')).toBe('');
    expect(keys('rcpviewer/2005-12-progress-20051217-distribution-persistence', 'rcpviewer-contributors@lists.berlios.de')).toEqual(['rcpviewer']);
    // sgvlug/2014-01-meeting-recap-for-thu-1-9-lug-plans
    expect(projectFromSubject('[SGVLUG] Meeting recap for Thu 1/9 + LUG plans')).toBe('SGVLUG');
    expect(keys('sgvlug/2014-01-meeting-recap-for-thu-1-9-lug-plans', 'sgvlug@sgvlug.net')).toEqual(['sgvlug']);
    // w3c/2003-12-webont-draft-minutes-18th-dec-2003: the list's group names it
    expect(projectFromSubject('Draft Minutes 18th Dec 2003 - with attendence query')).toBe('');
  });

  it('names a project\'s manual by the project, and topics listed with `etc.` by none (WSJT-X 2014, SENF 2007)', () => {
    expect(projectFromSubject("[Wsjt-devel] WSJT-X User's Guide -- Present Status")).toBe('WSJT-X');
    // wsjt/2014-01-wsjt-x-users-guide-present-status
    expect(keys('wsjt/2014-01-wsjt-x-users-guide-present-status', 'wsjt-devel@lists.berlios.de')).toEqual(['wsjtx']);
    expect(projectFromSubject('[Senf-dev] Debian packages, SENF status etc.')).toBe('');
    // senf/2007-08-debian-packages-senf-status: the list's project
    expect(keys('senf/2007-08-debian-packages-senf-status', 'senf-dev@lists.berlios.de')).toEqual(['senf']);
  });

  it('takes a German meeting (`Treffen`) and short report (`Kurzbericht`) for the kind of post (DeepaMehta 2007, LUG LD 2014)', () => {
    // deepamehta/2007-03-protokoll-des-deepmehta-community-treffens-vom-28-02-20 (the subject spells the project so)
    expect(projectFromSubject('[deepamehta-users] Protokoll des DeepMehta Community Treffens vom 28.02.2007')).toBe('DeepMehta');
    // lug-ld/2014-02-kurzbericht-lug-ld-treffen
    expect(projectFromSubject('[lug-ld] Kurzbericht LUG LD Treffen 19. Feb. 2014')).toBe('LUG LD');
  });

  it('names a steering committee\'s minutes by what it steers, as a TSC\'s (OpenCSA 2007, Jakarta EE 2019)', () => {
    expect(postProject('DRAFT - OpenCSA Steering Committee Minutes - 18 May 2007', '<opencsa-ms.lists.oasis-open.org>', 'OpenCSA Member Section')).toBe('OpenCSA');
    // oasis/2007-05-opencsa-steering-committee-minutes-2007-05-18 (`Open Composite Services Architecture (OpenCSA) Member Section`)
    expect(keys('oasis/2007-05-opencsa-steering-committee-minutes-2007-05-18', 'opencsa-ms@lists.oasis-open.org')).toEqual(['opencsa']);
    // jakartaee/2019-09-jakarta-ee-steering-committee-minutes-september-4 (the Jakarta EE Working Group's)
    expect(keys('jakartaee/2019-09-jakarta-ee-steering-committee-minutes-september-4', 'jakarta.ee-wg@eclipse.org')).toEqual(['jakartaee']);
  });

  it('names a tool\'s update by the tool (`"dbus-top" tool update: ...`, OpenBMC 2022)', () => {
    expect(projectFromSubject('"dbus-top" tool update: sensor associations and I2C stats')).toBe('dbus-top');
    // openbmc/2022-02-dbus-top-tool-update-sensor-associations-and-i2c-stats
    expect(keys('openbmc/2022-02-dbus-top-tool-update-sensor-associations-and-i2c-stats', 'openbmc@lists.ozlabs.org')).toEqual(['dbustop']);
  });

  it('names a list called by the first letters of its group\'s name by the name its posts write (`ilugd@lists.linux-delhi.org`: ILUG-Delhi, 2007)', () => {
    expect(listCommunity('<ilugd.lists.linux-delhi.org>', 'Minutes of the ILUG-Delhi meeting')).toBe('ilug-delhi');
    expect(listCommunity('<ilugd.lists.linux-delhi.org>', 'Minutes of the meeting')).toBe('linux-delhi');
    // ilug-delhi/2007-05-minutes-of-the-ilug-delhi-meeting-29th-april (subject not shown)
    expect(keys('ilug-delhi/2007-05-minutes-of-the-ilug-delhi-meeting-29th-april', 'ilugd@lists.linux-delhi.org')).toEqual(['ilugdelhi']);
  });

  it('names an acronym\'s call on a field\'s list a hosting service keeps by the acronym, not the list (`Minutes from Feb 21 LSE Call` on linux-kernel, 2003)', () => {
    expect(withCommunity('LSE', 'linux-kernel', 'LSE call', 'Minutes from Feb 21 LSE Call', true)).toBe('LSE');
    // (a project's own list on a hosting service keeps its bodies: `minutes of ESC call` on libreoffice@lists.freedesktop.org)
    expect(postProject('minutes of ESC call ...', '<libreoffice.lists.freedesktop.org>', 'LibreOffice ESC call')).toBe('LibreOffice');
    // linux-kernel/2003-02-lse-call-minutes-feb-21 (the Linux Scalability Effort's call)
    expect(keys('linux-kernel/2003-02-lse-call-minutes-feb-21', 'linux-kernel@vger.kernel.org')).toEqual(['lse']);
  });

  it('names a summit\'s session notes, `[TOPIC 1/17] Reftable`, after the list\'s community, not the session\'s topic (round 101, parser 122)', () => {
    // fixtures/real-corpus/git/2020-03-contributor-summit-topic-1-17-reftable, 2022-09-contributor-summit-topic-1-8-bundle-uris
    expect(keys('git/2020-03-contributor-summit-topic-1-17-reftable', 'git@vger.kernel.org')).toEqual(['git']);
    expect(keys('git/2022-09-contributor-summit-topic-1-8-bundle-uris', 'git@vger.kernel.org')).toEqual(['git']);
    // (a subject that only starts with the word keeps its own name)
    expect(postProject('Topic branches status', '<git.vger.kernel.org>', 'git')).not.toBe('git');
  });

  it('names a list by the host\'s fuller name its own name starts with (`wikimediauk-l`: Wikimedia UK; `w3c-rdfcore-wg` on w3.org: W3C), and takes a telecon and a face to face meeting for the kind of post', () => {
    expect(listCommunity('<wikimediauk-l.lists.wikimedia.org>')).toBe('wikimediauk');
    expect(listCommunity('<w3c-rdfcore-wg.w3.org>')).toBe('w3c');
    // (not a version after the host's name: perl5-porters stays Perl's)
    expect(listCommunity('<perl5-porters.perl.org>')).toBe('perl');
    // wikimedia/2013-04-wikimedia-uk-activity-report-march-2013 (subject not shown)
    expect(keys('wikimedia/2013-04-wikimedia-uk-activity-report-march-2013', 'wikimediauk-l@lists.wikimedia.org')).toEqual(['wikimediauk']);
    // w3c/2001-09-rdfcore-wg-minutes-telecon-2001-09-28
    expect(projectFromSubject('RDFCore WG minutes for the telecon 2001-09-28')).toBe('RDFCore WG');
    // (`W3C RDFCore WG`, keyed without the standards body's name since parser 87: `RDFCore WG` is the same group)
    expect(keys('w3c/2001-09-rdfcore-wg-minutes-telecon-2001-09-28', 'w3c-rdfcore-wg@w3.org')).toEqual(['rdfcore']);
    // w3c/2013-webapps-face-to-face-meeting-summary
    expect(projectFromSubject('Webapps face to face meeting summary')).toBe('Webapps');
  });
});

describe('a report none of whose sections names a project is its own project\'s (2026-12-02, tuning set, not blind)', () => {
  const derive = (p: string, list: string) => {
    const [local, host] = list.split('@');
    return deriveMessage(readFileSync(join(FIXTURES, 'real-corpus', `${p}.eml`)), 'mbox', undefined, listHint(`https://${host}/`, local));
  };

  it('takes a newsletter whose only section lists its contents (`TABLE OF CONTENTS`) for its project\'s report, and minutes whose only section lists their topics (Project Gutenberg 2006, W3C Audio WG 2012)', () => {
    // project-gutenberg/2006-06-pt1a-weekly-project-gutenberg-newsletter: the newsletter's headings are not found, only the list of them
    const pg = derive('project-gutenberg/2006-06-pt1a-weekly-project-gutenberg-newsletter', 'gweekly@lists.pglaf.org');
    expect(pg.isReport).toBe(true);
    expect(pg.sections.map((s) => [s.title, s.isContents, s.projectName, s.itemLabel])).toEqual([['TABLE OF CONTENTS', false, 'Project Gutenberg', 'TABLE OF CONTENTS']]);
    // w3c/2012-05-minutes-audio-wg-teleconference-2012-05-23: `Topics` over the minutes' four topics, the minutes' prose after it
    const audio = derive('w3c/2012-05-minutes-audio-wg-teleconference-2012-05-23', 'public-audio@w3.org');
    expect(audio.sections.map((s) => [s.title, s.isContents, s.projectName])).toEqual([['Topics', false, 'Audio WG']]);
    expect(audio.sections[0].items.length).toBe(4);
    // (AMSAT's bulletins were the first cases; parser 60 finds their headings after `In this edition`)
  });

  it('keeps a list of topics over sections that name the project as contents (Bacula status report)', () => {
    // bacula/unknown-kern-sibbald-status-report-next-release-conference
    const d = derive('bacula/unknown-kern-sibbald-status-report-next-release-conference', 'bacula-devel@lists.sourceforge.net');
    expect(d.sections.slice(0, 3).map((s) => [s.title, s.isContents, s.projectKey])).toEqual([
      ['There are three main topics for this status report', true, ''], ['The Next Bacula Release', false, 'bacula'], ['The Bacula Conference', false, 'bacula'],
    ]);
  });
});

describe('names of real reports taken from a place, a cycle or a kind of meeting (parser 62, tuning set, not blind)', () => {
  it('takes the topic tag over a gathering named by where or when it met (`[tripleo] Barcelona Summit summary`, OpenStack 2016; `[nova][ptg] Summary: Stein Retrospective`, 2019)', () => {
    // openstack/2016-10-tripleo-barcelona-summit-summary
    expect(projectFromSubject('[openstack-dev] [tripleo] Barcelona Summit summary')).toBe('tripleo');
    // openstack/2019-05-nova-ptg-summary-stein-retrospective
    expect(projectFromSubject('[nova][ptg] Summary: Stein Retrospective')).toBe('nova');
    // (no topic tag: the gathering's own name stays)
    expect(projectFromSubject('[Xen-devel] Xen Summit summary')).toBe('Xen');
  });

  it('takes a word in lower case between `the` and a meeting for the kind of meeting (`Summary of the futuristic meeting`, Battlemesh 2017)', () => {
    // battlemesh/2017-06-summary-of-the-futuristic-meeting: the list's tag names the project
    expect(projectFromSubject('[Battlemesh] Summary of the futuristic meeting')).toBe('Battlemesh');
    // (a name in capitals stays: `Summary from the last FESCo meeting`)
    expect(projectFromSubject('Summary from the last FESCo meeting')).toBe('FESCo');
  });

  it('names the releases a release team\'s minutes go through by each release (`Qt 6.0.0 status`, `Qt 6.1 schedule`, Qt 2020)', () => {
    expect([...releaseHeadings(['Qt 6.0.0 status', 'Qt 6.1 schedule', 'Next meeting'])]).toEqual([['Qt 6.0.0 status', 'Qt 6.0.0'], ['Qt 6.1 schedule', 'Qt 6.1']]);
    // (one release alone stays an area of the post's project)
    expect([...releaseHeadings(['Qt 6.0.0 status', 'Next meeting'])]).toEqual([]);
    // qt/2020-12-meeting-minutes-from-qt-release-team-meeting-01-12-2020 (releasing@qt-project.org)
    const raw = readFileSync(join(FIXTURES, 'real-corpus', 'qt/2020-12-meeting-minutes-from-qt-release-team-meeting-01-12-2020.eml'));
    const d = deriveMessage(raw, 'mbox', undefined, listHint('https://qt-project.org/', 'releasing'));
    expect(new Set(d.sections.filter((s) => !s.isContents).map((s) => s.projectKey))).toEqual(new Set(['qtrelease', 'qt6.0', 'qt6.1']));
  });

  it('names a report whose subject, title and list name nothing by the name it writes most (a wiki\'s `2011-01-20 Developer Meeting` page, OpenMRS 2011)', () => {
    expect(nameMostWritten('OpenMRS ID ... the OpenMRS wiki ... OSUOSL hosts OpenMRS; OSUOSL')).toBe('OpenMRS');
    // (three times at least, more than any other; no conference, no word any post writes in capitals)
    expect(nameMostWritten('OpenMRS ... OpenMRS')).toBe('');
    expect(nameMostWritten('FOSDEM, FOSDEM, FOSDEM; the API, the API, the API, DONE DONE DONE')).toBe('');
    // openmrs/2011-01-openmrs-developer-meeting-2011-01-20 (no list: a wiki page)
    const d = deriveMessage(readFileSync(join(FIXTURES, 'real-corpus', 'openmrs/2011-01-openmrs-developer-meeting-2011-01-20.eml')), 'mbox');
    expect(d.isReport).toBe(true);
    expect([...new Set(d.sections.filter((s) => !s.isContents).map((s) => s.projectKey))]).toEqual(['openmrs']);
  });

  it('reads a blog\'s `Progress Report: May 2022` with no list as one project\'s, its headings its areas (Ryujinx, 2022)', () => {
    // ryujinx/2022-06-progress-report-may-2022 (no list: the project's blog): `Patreon goals`, `GPU` are areas, not projects
    expect(isSingleProjectPost('Progress Report: May 2022')).toBe(true);
    // (a post with no list whose subject names no report stays as it was: its headings may be projects)
    expect(isSingleProjectPost('Where We Are and Where We Are Going')).toBe(false);
  });

  it('names a maintainer\'s `Next btrfs development cycle open - 5.4` for the project, not its cycle', () => {
    // linux-btrfs, 2019-07 (fixtures/real-corpus/linux-btrfs/2019-07-next-btrfs-development-cycle-open-5-4)
    // (parser 71: nor the kernel release the cycle leads to, which parser 70 kept: `btrfs 5.4`)
    expect(projectFromSubject('Next btrfs development cycle open - 5.4')).toBe('btrfs');
  });

  it('counts a run of capitals with a digit after it as a name too (RPCS3\'s progress reports, 2019)', () => {
    // rpcs3/2019-06-progress-report-april-2019 (no list: the project's blog), shortened
    expect(nameMostWritten('Welcome to the RPCS3 progress report ... RPCS3 now boots ... thanks to the RPCS3 team')).toBe('RPCS3');
    // (a digit is part of the name, not the start of another word: `PS3` twice and `RPCS3` three times)
    expect(nameMostWritten('RPCS3 on the PS3 ... RPCS3 and PS3 games ... RPCS3')).toBe('RPCS3');
  });

  const keys62 = (p: string, list: string) => {
    const [local, host] = list.split('@');
    const d = deriveMessage(readFileSync(join(FIXTURES, 'real-corpus', `${p}.eml`)), 'mbox', undefined, listHint(`https://${host}/`, local));
    return [...new Set(d.sections.filter((s) => !s.isContents && s.projectKey).map((s) => s.projectKey))];
  };

  it('takes a version the status was taken at for no release (`-next status as at v6.19-rc6`, linux-next 2026)', () => {
    expect(projectFromSubject('-next status as at v6.19-rc6')).toBe('');
    // linux-kernel/2026-01-next-status-as-at-v6-19-rc6: the list's tree, as its other status mails
    expect(keys62('linux-kernel/2026-01-next-status-as-at-v6-19-rc6', 'linux-next@vger.kernel.org')).toEqual(['linuxnext']);
  });

  it('takes three words or more all in lower case for a description of the work, not a name (`Summary of the new device interface implementation`, SocketCAN 2008)', () => {
    expect(postProject('Summary of the new device interface implementation', '<socketcan-core.lists.berlios.de>', 'SocketCAN ... socketcan')).toBe('SocketCAN');
    // socketcan/2008-01-summary-of-the-new-device-interface
    expect(keys62('socketcan/2008-01-summary-of-the-new-device-interface', 'socketcan-core@lists.berlios.de')).toEqual(['socketcan']);
  });

  it('takes a list tag cut short of its community\'s one-word name for the community (`[gst-devel]` on gstreamer-devel, GStreamer 2005)', () => {
    expect(postProject('[gst-devel] summit conclusions + plans', '<gstreamer-devel.lists.freedesktop.org>', 'GStreamer')).toBe('GStreamer');
    // (a community of two words adds a word, not letters: `[racket]` on racket-lang stays Racket)
    expect(postProject('[racket] Meeting notes', '<dev.racket-lang.org>', 'Racket')).not.toBe('Racket-lang');
    // gstreamer/2005-02-summit-conclusions-plans
    expect(keys62('gstreamer/2005-02-summit-conclusions-plans', 'gstreamer-devel@lists.freedesktop.org')).toEqual(['gstreamer']);
  });

  it('takes the community\'s name with a word of it left out for the community (`notes from clang linux meeting` on clang-built-linux, 2019)', () => {
    expect(withCommunity('clang linux', 'clang-built-linux', 'ClangBuiltLinux')).toBe('ClangBuiltLinux');
    // llvm/2019-12-fwd-notes-from-clang-linux-meeting
    expect(keys62('llvm/2019-12-fwd-notes-from-clang-linux-meeting', 'clang-built-linux@googlegroups.com')).toEqual(['clangbuiltlinux']);
  });

  it('reads the project after a bare report\'s words when none is named before them (`Final Progress Report - Evolution - 2007/34`, GNOME 2007)', () => {
    expect(projectFromSubject('Final Progress Report - Evolution - 2007/34')).toBe('Evolution');
    // (a project named before them keeps it: `bcachefs status update - current and future work`)
    expect(projectFromSubject('bcachefs status update - current and future work')).toBe('bcachefs');
    // gnome/2007-08-final-progress-report-evolution-2007-34 (a Summer of Code student's)
    expect(keys62('gnome/2007-08-final-progress-report-evolution-2007-34', 'gnome-soc-list@gnome.org')).toEqual(['evolution']);
  });

  it('takes the project\'s repository for the list\'s project (`The latest svn update`, 3C 2005)', () => {
    expect(projectFromSubject('[Threec-dev] The latest svn update (2005-11-12)')).toBe('');
    // threec/2005-11-the-latest-svn-update-2005-11-12
    expect(keys62('threec/2005-11-the-latest-svn-update-2005-11-12', 'threec-dev@lists.berlios.de')).toEqual(['threec']);
  });

  it('takes a port to a platform for the list\'s project ported (`Status of KDE 4 port`, Smb4K 2008)', () => {
    expect(projectFromSubject('[smb4k-devel] Status of KDE 4 port')).toBe('');
    // smb4k/2008-02-status-of-kde-4-port
    expect(keys62('smb4k/2008-02-status-of-kde-4-port', 'smb4k-devel@lists.berlios.de')).toEqual(['smb4k']);
  });

  it('names what is being done for a named project by the project (`Status of running xfstests for NILFS2`, linux-nilfs 2025)', () => {
    expect(projectFromSubject('Status of running xfstests for NILFS2')).toBe('NILFS2');
    // linux-nilfs/2025-11-status-of-running-xfstests-for-nilfs2
    expect(keys62('linux-nilfs/2025-11-status-of-running-xfstests-for-nilfs2', 'linux-nilfs@vger.kernel.org')).toEqual(['nilfs2']);
  });

  it('names a bare version on a list named after a one-letter project by that project (`1.7.0 scheduled for April 16` on r-devel, R 2003)', () => {
    expect(postProject('[Rd] 1.7.0 scheduled for April 16', '<r-devel.r-project.org>', 'R 1.7.0 is scheduled')).toBe('R 1.7.0');
    // r/2003-03-r-1-7-0-scheduled-april-16
    expect(keys62('r/2003-03-r-1-7-0-scheduled-april-16', 'r-devel@r-project.org')).toEqual(['r1.7']);
  });

  it('names minutes that name nothing on a list of one of the community\'s teams by the team, when the post names it so (`ubuntu-desktop`: Ubuntu Desktop, 2010; `debian-women`: Debian Women, 2010)', () => {
    expect(postProject('Minutes from the IRC meeting of Saturday September 4th', '<debian-women.lists.debian.org>', 'the Debian Women project met')).toBe('Debian Women');
    // (not a list's kind the post never names as a team: `amsat-bb`)
    expect(postProject("President's Letter", '<amsat-bb.amsat.org>', 'AMSAT ... amsat-bb@amsat.org')).toBe('AMSAT');
    // debian/2010-09-minutes-irc-meeting-september-4th
    expect(keys62('debian/2010-09-minutes-irc-meeting-september-4th', 'debian-women@lists.debian.org')).toEqual(['debianwomen']);
    // ubuntu/2010-02-desktop-team-20100223-meeting-minutes (subject not shown: read without one)
    const raw = readFileSync(join(FIXTURES, 'real-corpus', 'ubuntu/2010-02-desktop-team-20100223-meeting-minutes.eml'));
    const d = deriveMessage(withoutSubject(raw), 'mbox', undefined, listHint('https://lists.ubuntu.com/', 'ubuntu-desktop'));
    expect([...new Set(d.sections.filter((s) => !s.isContents && s.projectKey).map((s) => s.projectKey))]).toEqual(['ubuntudesktop']);
  });

  it('names the team a list is named after by the community and the team when the subject names it (`MOTU Meeting Notes` on ubuntu-motu, 2008; `LTS Meeting Notes` on debian-lts, 2024)', () => {
    expect(postProject('MOTU Meeting Notes', '<ubuntu-motu.lists.ubuntu.com>', 'Ubuntu MOTU meeting')).toBe('Ubuntu MOTU');
    // ubuntu/2008-08-motu-meeting-notes-8th-august
    expect(keys62('ubuntu/2008-08-motu-meeting-notes-8th-august', 'ubuntu-motu@lists.ubuntu.com')).toEqual(['ubuntumotu']);
    // debian/2024-04-lts-meeting-notes
    expect(keys62('debian/2024-04-lts-meeting-notes', 'debian-lts@lists.debian.org')).toEqual(['debianlts']);
  });

  it('names a version and what is done to it by the list\'s product and the version (`13.2.6 QE Mimic validation status` on ceph-devel, 2019)', () => {
    expect(postProject('13.2.6 QE Mimic validation status', '<ceph-devel.vger.kernel.org>', 'Ceph 13.2.6')).toBe('Ceph 13.2.6');
    // (not two releases: `3.7.0 / 3.6.6 Update: all systems go for final releases!`)
    expect(postProject('[python-committers] 3.7.0 / 3.6.6 Update: all systems go for final releases!', '<python-committers.python.org>', 'Python')).not.toBe('Python 3.7.0');
    // ceph/2019-05-mimic-13.2.6-qe-validation-status
    expect(keys62('ceph/2019-05-mimic-13.2.6-qe-validation-status', 'ceph-devel@vger.kernel.org')).toEqual(['ceph13.2.6']);
  });

  it('names a feature for the list\'s project by the project (`"Remote Control" for Supertux -- status`, SuperTux 2006)', () => {
    expect(postProject('[Supertux-devel] "Remote Control" for Supertux -- status', '<supertux-devel.lists.berlios.de>', 'SuperTux')).toBe('Supertux');
    // supertux/2006-04-remote-control-for-supertux-status
    expect(keys62('supertux/2006-04-remote-control-for-supertux-status', 'supertux-devel@lists.berlios.de')).toEqual(['supertux']);
  });

  it('spells an acronym out with `per` for its letter (`OLPC News` spelled `One Laptop per Child`, OLPC 2008)', () => {
    expect(expandAcronym('OLPC', 'the One Laptop per Child (OLPC) association')).toBe('One Laptop per Child');
    // olpc/2008-12-olpc-news-2008-12-15
    expect(keys62('olpc/2008-12-olpc-news-2008-12-15', 'community-news@lists.laptop.org')).toEqual(['onelaptopperchild']);
  });

  it('takes a roadmap whose subject names nothing for the list\'s project\'s, its headings its areas (`Roadmap 2021`, Genode 2020)', () => {
    expect(isSingleProjectPost('Roadmap 2021', {}, 'Genode')).toBe(true);
    // genode/2020-12-re-roadmap-2021-christian-helmuth (users@lists.genode.org)
    expect(keys62('genode/2020-12-re-roadmap-2021-christian-helmuth', 'users@lists.genode.org')).toEqual(['genode']);
  });

  it('names a port to a platform by what is ported (`Kriging with GRASS and R: v.autokrige port to wxPython and more`, R-sig-Geo 2009)', () => {
    expect(projectFromSubject('[R-sig-Geo] [Report #4] Kriging with GRASS and R: v.autokrige port to wxPython and more')).toBe('v.autokrige');
    // r/2009-06-gsoc-v-autokrige-report-4
    expect(keys62('r/2009-06-gsoc-v-autokrige-report-4', 'r-sig-geo@r-project.org')).toEqual(['v.autokrige']);
  });

  it('names a report whose words name only its kind by the name in parentheses after them (`current development status (carbon R)`, R-SIG-Mac 2001)', () => {
    expect(projectFromSubject('[R-SIG-Mac]current development status (carbon R)')).toBe('carbon R');
    // (a remark in parentheses is no name: `reiser4 status (correction)`)
    expect(projectFromSubject('reiser4 status (correction)')).toBe('reiser4');
    // r/2001-07-r-sig-mac-current-development-status-carbon-r
    expect(keys62('r/2001-07-r-sig-mac-current-development-status-carbon-r', 'r-sig-mac@r-project.org')).toEqual(['carbonr']);
  });

  it('names a list whose name starts with a letter or two by its whole name when the post writes it (`u-boot@lists.denx.de`: U-Boot, 2025)', () => {
    expect(listCommunity('<u-boot.lists.denx.de>', 'U-Boot v2025.04 ... the U-Boot community')).toBe('u-boot');
    // (not a name the post never writes: the host's)
    expect(listCommunity('<u-boot.lists.denx.de>', 'the community call')).toBe('denx');
    // u-boot/2025-04-community-meeting-april-8th-2025
    expect(keys62('u-boot/2025-04-community-meeting-april-8th-2025', 'u-boot@lists.denx.de')).toEqual(['uboot']);
  });
});

describe('parser 63: names', () => {
  const keys63 = (p: string, list = '') => {
    const [local, host] = list.split('@');
    const d = deriveMessage(readFileSync(join(FIXTURES, 'real-corpus', `${p}.eml`)), 'mbox', undefined, host ? listHint(`https://${host}/`, local) : null);
    return [...new Set(d.sections.filter((s) => !s.isContents && s.projectKey).map((s) => s.projectKey))];
  };

  it('names a team of two CamelCase projects by the first (`JupyterHub and BinderHub Team Meeting`, JupyterHub 2018)', () => {
    expect(projectFromSubject('JupyterHub and BinderHub Team Meeting - May 2018')).toBe('JupyterHub');
    // (not words of a phrase: `Environments and Stacks`)
    expect(projectFromSubject('Environments and Stacks meeting')).not.toBe('Environments');
    // jupyterhub/2018-05-jupyterhub-and-binderhub-team-meeting-may-2018
    expect(keys63('jupyterhub/2018-05-jupyterhub-and-binderhub-team-meeting-may-2018')).toEqual(['jupyterhub']);
  });

  it('names two acronyms after one community name by the first (`Debian LTS and ELTS - April 2026`, debian-lts 2026)', () => {
    expect(projectFromSubject('Debian LTS and ELTS - April 2026')).toBe('Debian LTS');
    // debian/2026-05-debian-lts-and-elts-april-2026
    expect(keys63('debian/2026-05-debian-lts-and-elts-april-2026', 'debian-lts@lists.debian.org')).toEqual(['debianlts']);
  });

  it('takes a list named by the acronym of the host\'s governing board for the host\'s community (`ogb-discuss@opensolaris.org`, 2008)', () => {
    const text = 'OGB meeting minutes\nThe OGB met on Wednesday. OGB members present: ...';
    expect(listCommunity('<ogb-discuss.opensolaris.org>', text)).toBe('opensolaris');
    // (not any acronym of the host: OASIS's OIC technical committee is a project of its own)
    expect(listCommunity('<oic.lists.oasis-open.org>', 'OIC TC minutes. The OIC met. OIC members ...')).toBe('oic');
    // opensolaris/2008-02-ogb-meeting-minutes-6th-february (its subject not shown in the archive)
    const raw = withoutSubject(readFileSync(join(FIXTURES, 'real-corpus', 'opensolaris/2008-02-ogb-meeting-minutes-6th-february.eml')));
    const d = deriveMessage(raw, 'mbox', undefined, listHint('https://opensolaris.org/', 'ogb-discuss'));
    expect([...new Set(d.sections.filter((s) => !s.isContents && s.projectKey).map((s) => s.projectKey))]).toEqual(['opensolaris']);
  });

  it('takes a membership or governance meeting for a side of the list\'s community, no project of its own (`Draft Minutes for Membership Meeting`, wplug-members 2006)', () => {
    expect(postProject('[wplug-members] Draft Minutes for Membership Meeting, 2006-11-03', '<wplug-members.wplug.org>', '')).toBe('Wplug');
    // (`Governance meeting Nov 17, 2021` on Jenkins' forum: no name of its own either)
    expect(projectFromSubject('Governance meeting Nov 17, 2021')).toBe('');
    // wplug/2006-10-draft-minutes-for-membership-meeting-2006-11-03
    expect(keys63('wplug/2006-10-draft-minutes-for-membership-meeting-2006-11-03', 'wplug-members@wplug.org')).toEqual(['wplug']);
  });

  it('leaves out when and where a meeting was held (parser 66)', () => {
    // fixtures/real-corpus/dpdk/2018-12-techboard-meeting-notes-2018-12-05: its first line stands for the subject the copy lost
    expect(postProject('Meeting notes for the DPDK technical board meeting held on 2018-12-05', '<dev.dpdk.org>', 'DPDK technical board')).toBe('DPDK');
    // fixtures/real-corpus/freedesktop/2009-11-minutes-of-the-mini-distro-summit-at-gsoc-meeting
    expect(projectFromSubject('minutes of the mini distro summit held at GSoC meeting')).not.toMatch(/held/i);
  });

  it('reads a list named for its language after its kind as the list of its project (parser 66)', () => {
    // fixtures/real-corpus/btgame/2004-04-status: btgame-devel-de@lists.berlios.de, the German developers' list of btgame
    expect(listCommunity('<btgame-devel-de.lists.berlios.de>')).toBe('btgame');
  });

  it('names a side of the community\'s work named alone with the community (parser 66)', () => {
    // fixtures/real-corpus/debian/2008-08-report-from-debconfs-qa-bof, fixtures/real-corpus/debian/2007-06-debconf-i18n-session-2-7-lenny-i18n-release-goals
    expect(withCommunity('QA', 'debian', 'the Debian QA team met at DebConf')).toBe('Debian QA');
    expect(withCommunity('i18n', 'debian', 'Debian i18n')).toBe('Debian i18n');
    // (a project's own name is left as it is)
    expect(withCommunity('Lenny', 'debian', 'Debian lenny')).toBe('Lenny');
  });
});

describe('parser 67: a name that is only the kind of community a list serves', () => {
  it('names NBLUG\'s `State of the LUG` on talk@nblug.org for NBLUG, not `LUG` nor the list\'s kind `talk`', () => {
    // talk@nblug.org, 2014-03, "[NBLUG/talk] State of the LUG (Talk post for discussion)"
    const text = 'The NBLUG has been meeting monthly for years. Important information:\nMailing list\n';
    expect(postProject('[NBLUG/talk] State of the LUG (Talk post for discussion)', '<talk.nblug.org>', text).toLowerCase()).toBe('nblug');
    expect(listCommunity('<talk.nblug.org>', text)).toBe('nblug');
    // a LUG's own name is its name
    expect(postProject('State of the NBLUG', '<talk.nblug.org>', text).toLowerCase()).toBe('nblug');
  });
});

describe('parser 68: a test suite\'s failures against a release name the suite', () => {
  it('names `blktests failures with v6.10 kernel` for blktests (linux-block, 2024)', () => {
    expect(projectFromSubject('blktests failures with v6.10 kernel').toLowerCase()).toBe('blktests');
    expect(projectFromSubject('blktests failures with v5.19-rc1').toLowerCase()).toBe('blktests');
  });
});

describe('parser 71: a kernel subsystem on its own list', () => {
  it('names `Next btrfs development cycle - 5.9` on linux-btrfs for btrfs, not the release nor the list (2019-2020)', () => {
    // fixtures/real-corpus/linux-btrfs/2020-05-next-btrfs-development-cycle-5-9 and four more of the series
    expect(projectFromSubject('Next btrfs development cycle - 5.9')).toBe('btrfs');
    expect(projectFromSubject('Next btrfs development cycle open - 5.5')).toBe('btrfs');
    const text = 'Hi,\n\nthe 5.9 merge window is open, the btrfs development cycle starts.\n';
    expect(postProject('Next btrfs development cycle - 5.9', '<linux-btrfs.vger.kernel.org>', text)).toBe('btrfs');
    // linux-audit, 2023-10 (fixtures/real-corpus/linux-audit/2023-10-audit-status-update)
    expect(postProject('Audit status update', '<linux-audit.redhat.com>', 'The audit userspace is moving to GitHub.\n').toLowerCase()).toBe('audit');
    // (a meeting of the list's people is the list's: `Media Summit 2024 Report` on linux-media)
    expect(postProject('[ANN] Media Summit 2024 Report', '<linux-media.vger.kernel.org>', 'Media summit notes\n').toLowerCase()).not.toBe('media');
  });
});

describe('parser 73: a two-day meeting whose days are written with a slash', () => {
  it('names `Audio face-to-face meeting, 26/27 March 2013` for Audio, not `Audio 26/` (W3C public-audio, 2013)', () => {
    // fixtures/real-corpus/w3c/2013-04-minutes-audio-face-to-face-meeting-26-27-march-2013
    expect(projectFromSubject('[Minutes] Audio face-to-face meeting, 26/27 March 2013')).toBe('Audio');
    // fixtures/real-corpus/mozilla/2015-11-toronto-meetings-october-27-28 (the month first)
    expect(projectFromSubject('Toronto meetings October 27/28')).toBe('Toronto');
  });
});

describe('parser 73: a year looked back on names the project, not the year', () => {
  it('names `LedgerSMB year overview 2015` LedgerSMB and `GNUstep in the year 2009: A look back ...` GNUstep', () => {
    // fixtures/real-corpus/ledgersmb/unknown-ledgersmb-year-overview-2015, gnustep/2008-12-gnustep-in-the-year-2009-look-back-look-forward
    expect(projectFromSubject('LedgerSMB year overview 2015')).toBe('LedgerSMB');
    expect(projectFromSubject('GNUstep in the year 2009: A look back and a look forward...')).toBe('GNUstep');
    // (`discuss-gnustep@gnu.org`: a list named for what it is for, then whose)
    expect(listCommunity('<discuss-gnustep.gnu.org>')).toBe('gnustep');
    // (fixtures/real-corpus/easyflash/2009-07-layout-neuer-zwischenstand: an interim status names nothing, the list does)
    expect(projectFromSubject('[EasyFlash-devel] (Layout) Neuer Zwischenstand')).toBe('');
  });
});

describe('parser 73: who writes or meets is no project', () => {
  it('names no project for a role or the members alone, and leaves it to the list (round 60: PLUG, PPEU, Mastodon, HACMan, Leigh Hackspace)', () => {
    // fixtures/real-corpus/plug/2010-01-presidents-report, european-pirateparty/2025-08-report-secretary-general-august-2025,
    // mastodon/unknown-updates-from-the-project-manager, hacman/2021-08-members-meeting-august-2nd-minutes,
    // leigh-hackspace/2017-12-members-meeting-4th-december-2017
    expect(projectFromSubject('Report Secretary General August 2025')).toBe('');
    expect(projectFromSubject('Updates from the Project Manager')).toBe('');
    expect(projectFromSubject('Members Meeting - August 2nd - minutes')).toBe('');
    expect(projectFromSubject("Member's Meeting - 4th December 2017")).toBe('');
    expect(projectFromSubject('Committee newsletter 2011-02-15')).toBe('');
    expect(postProject("[plug] President's report", '<plug.plug.org.au>', 'Hi all,\n\nIt has been a great year for PLUG.\n').toLowerCase()).toBe('plug');
    // (a body named with its role stays: `Steering Committee minutes`)
    expect(projectFromSubject('Steering Committee minutes')).toBe('Steering Committee');
  });

  it('names no `\'s` left of a day, nor `TL;DR` (OxLUG 1999, UK Hackspace Foundation 2016)', () => {
    // fixtures/real-corpus/oxlug/1999-02-last-sundays-meeting-summary
    expect(projectFromSubject("[OxLUG Announce] Last Sunday's meeting: Summary")).toBe('');
    expect(postProject("[OxLUG Announce] Last Sunday's meeting: Summary", '<oxlug-announce.lists.oxlug.org>', "Hi all, here's a brief summary of Sunday's OxLUG meeting.\n").toLowerCase()).toBe('oxlug');
    // fixtures/real-corpus/uk-hackspace-foundation/2016-11-tl-dr-progress-summary-week-preceding-17th-nov
    expect(projectFromSubject("TL;DR Progress summary (aka what we've been up to)")).toBe('');
  });

  it('reads a subject\'s first tag as the list\'s own name, not a body of the host (GLLUG on egr.msu.edu, 2002)', () => {
    // fixtures/real-corpus/gllug/2002-06-6-5-02-meeting-notes: linux-user@egr.msu.edu, a university's list
    const body = 'GLLUG meeting notes, June 5th.\n\n* Presentation on firewalls\n* Next meeting in July\n';
    expect(postProject('[GLLUG] 6/5/02 Meeting Notes', '<linux-user.egr.msu.edu>', body)).toBe('GLLUG');
  });

  it('reads a newsletter as a single project\'s report on the list\'s project (CCHS, 2011)', () => {
    // fixtures/real-corpus/cchs/2011-02-committee-newsletter-2011-02-15
    expect(isSingleProjectPost('Committee newsletter 2011-02-15', {}, 'connected-community-hackerspace')).toBe(true);
    expect(isSingleProjectPost('Newsletter 2011-02-15', {}, 'connected-community-hackerspace')).toBe(true);
  });
});

describe('projectNames, parser 82', () => {
  it('takes which part of the day a meeting\'s session was for no name (SystemTap, 2005)', () => {
    expect(projectFromSubject('4/20/05 meeting - minutes from afternoon session')).toBe('');
    expect(projectFromSubject('Morning session notes')).toBe('');
    // fixtures/real-corpus/systemtap/2005-04-4-20-05-meeting-minutes-from-afternoon-session on systemtap@sources.redhat.com
    expect(postProject('4/20/05 meeting - minutes from afternoon session', '<systemtap.sources.redhat.com>', 'SystemTap Meeting 4/20/05 at Intel')).toBe('SystemTap');
  });

  it('takes the form a gathering took (`online`, `virtual`) for no part of whose it was (Debian Perl Group 2020, OpenStack Neutron 2020)', () => {
    // fixtures/real-corpus/debian/2020-05-report-from-the-online-debian-perl-sprint
    expect(projectFromSubject('Report from the online Debian Perl sprint')).toBe('Debian Perl');
    expect(projectFromSubject('Virtual Ceph Developer Summit notes')).toBe('Ceph');
    // (a product whose name starts so keeps it)
    expect(projectFromSubject('Virtual Machine Manager status report')).toBe('Virtual Machine Manager');
  });

  it('reads a team\'s list without its kind (`board-discuss`: the board\'s, not a `board discuss`) (The Document Foundation 2020, Fedora)', () => {
    // fixtures/real-corpus/libreoffice/2020-06-tdf-board-of-directors-meeting-2020-06-05 on board-discuss@documentfoundation.org, no subject
    expect(postProject('', '<board-discuss.documentfoundation.org>', 'The Document Foundation\nBoard of Directors Meeting 2020-06-05\nMeeting Minutes')).toBe('Document Foundation board');
    expect(postProject('', '<council-discuss.lists.fedoraproject.org>', 'Fedora Council meeting')).toBe('Fedora council');
  });
});

describe('projectNames, parser 108', () => {
  it('names a saved wiki page of no list after the site its tagline names (OSGeo board, HacDC, The Maker Station)', () => {
    // fixtures/real-corpus/osgeo/2022-01-board-meeting-2022-01-31: was `Board`
    const osgeo = 'Board Meeting 2022-01-31\n\nFrom OSGeo\nJump to navigation Jump to search\n\nThis board meeting is scheduled Monday 31 January 2022 at 16:00 UTC through Jitsi.\n\nCurrent items\n\n  1. roll call';
    expect(postProject('Board Meeting 2022-01-31', null, osgeo)).toBe('OSGeo Board');
    // fixtures/real-corpus/hacdc/2013-01-regular-member-meeting-2013-01-08: was none (round 88)
    const hacdc = 'Regular Member Meeting 2013 01 08\n\nFrom HacDC Wiki\n\nTime and Location\n\nJanuary 8, 2013\n\nQuorum met? Yes';
    expect(postProject('Regular Member Meeting 2013 01 08', null, hacdc)).toBe('HacDC');
    // (not a sentence that starts so: `From Ukraine.`, nor `From nightly to release`, nor a list's post)
    expect(postProject('Regular Member Meeting 2013 01 08', null, 'Greetings\n\nFrom Ukraine.\n\nWe met.')).toBe('');
    expect(postProject('Board Meeting', null, 'Roadmap\n\nFrom nightly to release\n\nWe met.')).not.toMatch(/nightly/i);
    // (a list's post is its list's community's, whatever its first lines say)
    expect(postProject('Regular Member Meeting 2013 01 08', '<blabber.lists.hacdc.org>', 'Minutes\n\nFrom Elsewhere Wiki\n\nWe met.').toLowerCase()).toBe('hacdc');
  });

  it('names a page of no list by the name the post writes before the kind of post its subject is (Jenkins governance, Ryujinx)', () => {
    // fixtures/real-corpus/jenkins/2021-11-governance-meeting-nov-17-2021: was none
    const jenkins = 'Participants: Mark Waite, Gavin Mogan, Ewelina Wilkosz, Oleg Nenashev\nNotes: Jenkins Governance Meeting Agenda - Google Docs\n(Copied for reference)\n  • News\n    • Jenkins 2.321 has released';
    expect(postProject('Governance meeting Nov 17, 2021', null, jenkins)).toBe('Jenkins');
    // fixtures/real-corpus/ryujinx/2022-06-progress-report-may-2022: was none (a month between the name and the kind)
    const ryujinx = 'Progress Report May 2022\nWhat brings together retro gaming, modding tools and .NET UI creation frameworks? If you answered "the Ryujinx May Progress Report" then you are correct!';
    expect(postProject('Progress Report May 2022', null, ryujinx)).toBe('Ryujinx');
    // (nor a month, a `Last` or a `Welcome to`: whose it is, not when)
    expect(postProject('Progress Report: November 2018', null, "Welcome to November's Progress Report! As 2018 now comes to close")).toBe('');
  });
});

describe('projectNames, parser 113', () => {
  it('names a saved wiki page after the tagline MediaWiki writes in its language, first when its jump line follows (Garoa, Hack42, Hackerspace Ffm)', () => {
    // fixtures/real-corpus/garoa/2012-01-reuniao-de-17-01-2012: was none (round 92)
    expect(wikiSite('Reunião de 17/01/2012\nDe Garoa Hacker Clube\nRevisão de 14h45min de 22 de maio de 2014 por Oda\nIr para navegação Ir para pesquisar')).toBe('Garoa Hacker Clube');
    // fixtures/real-corpus/hack42/2018-06-deelnemersvergadering-30-juni-2018: the copy starts under the title
    expect(wikiSite('Uit Hack42\nGa naar: navigatie, zoeken\nMeeting: Bijeenkomst 30 juni 2018')).toBe('Hack42');
    // fixtures/real-corpus/freifunk/2015-03-ff3l-vorstandssitzung-protokoll: the wiki's word before the site's name
    expect(wikiSite('2015-03-28 Vorstandssitzung\nAus Wiki Freifunk 3Ländereck\nWechseln zu: Navigation, Suche')).toBe('Freifunk 3Ländereck');
    // (a first line so written with no jump line under it is the writer's: `Uit Nederland` opening a letter)
    expect(wikiSite('Uit Nederland\nWe hebben vergaderd.')).toBe('');
  });

  it('reads an association\'s meeting or yearly report in its own language as one project\'s, its headings the agenda\'s items (LeineLab, Garoa, Linux-aktivaattori)', () => {
    // fixtures/real-corpus/leinelab/2018-06-6-mitgliederversammlung: its headings (`Einladung`, `Ort und Zeit`) were projects
    expect(isSingleProjectPost('6. Mitgliederversammlung 20.06.2018')).toBe(true);
    expect(isSingleProjectPost('Deelnemersvergadering 30 juni 2018')).toBe(true);
    expect(isSingleProjectPost('Reunião de 17/01/2012', {}, 'Garoa Hacker Clube')).toBe(true);
    expect(isSingleProjectPost('Hallituksen kokous 22.03.2010', {}, 'Linux-aktivaattori')).toBe(true);
    expect(isSingleProjectPost('Sprawozdanie Zarządu za 2018')).toBe(true);
    // (parser 114: a Norwegian or Swedish yearly report, a Portuguese general assembly, a wiki's IRC meeting)
    expect(isSingleProjectPost('Årsmelding 2008')).toBe(true);
    expect(isSingleProjectPost('Verksamhetsberättelse 2004')).toBe(true);
    expect(isSingleProjectPost('Reuniões/XIX Assembleia-Geral')).toBe(true);
    expect(isSingleProjectPost('IRCMeeting/20070731')).toBe(true);
    // (parser 115: French minutes of a board, a Hungarian board meeting, Bulgarian minutes)
    expect(isSingleProjectPost('Compte-rendu du Conseil d’Administration du 29/11/2002')).toBe(true);
    expect(isSingleProjectPost('Elnökségi ülés – 2009. február 23.')).toBe(true);
    expect(isSingleProjectPost('Протокол 1/2005')).toBe(true);
    // (not a subject of no list that names only a kind of report none of them is: a person's status across projects)
    expect(isSingleProjectPost('Weekly status report')).toBe(false);
  });

  it('takes no agenda item, currency or members\' meeting for the name a page writes most (Westwoodlabs, Wikimedia Polska)', () => {
    // fixtures/real-corpus/westwoodlabs/2024-04-vorstandssitzung-04-04-2024: was `TOP` (Tagesordnungspunkt)
    expect(nameMostWritten('TOP 1: Begrüßung\nTOP 2: Finanzen\nTOP 3: Abstimmung\nTOP 4: Sonstiges')).toBe('');
    // fixtures/real-corpus/wikimedia/unknown-wikimedia-polska-sprawozdanie-zarzadu-za-2018: was `PLN`
    expect(nameMostWritten('Przychody 100 PLN, wydatki 50 PLN, saldo 50 PLN')).toBe('');
    expect(nameMostWritten('The OpenMRS call. OpenMRS devs met. OpenMRS 2.0 is out.')).toBe('OpenMRS');
  });
});
