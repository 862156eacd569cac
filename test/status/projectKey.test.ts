import { describe, expect, it } from 'vitest';
import { isGenericHeading, parseAliasDeclarations, projectKey } from '../../src/status/index.js';
import { isPartHeading } from '../../src/status/genericHeading.js';

describe('projectKey', () => {
  it('folds case, spacing and surrounding punctuation, keeping dots and digits', () => {
    expect(projectKey('GlusterFS 4.0')).toBe('glusterfs4.0');
    // a feature release's `.0` is the feature release: `Python 3.7.0` is `Python 3.7`, not a later `3.7.0.1`
    expect(projectKey('Python 3.7.0')).toBe(projectKey('Python 3.7'));
    expect(projectKey('Xen 4.17.0-rc1')).toBe('xen4.17rc1');
    expect(projectKey('Foo 1.0.0.1')).toBe('foo1.0.0.1');
    expect(projectKey('Python 3.6.1')).toBe('python3.6.1');
    expect(projectKey('  GlusterFS   4.0: ')).toBe('glusterfs4.0');
    expect(projectKey('= NSR =')).toBe('nsr');
    expect(projectKey("[Graduated to 'master']")).toBe('graduatedtomaster');
    expect(projectKey('Graduated to "master"')).toBe('graduatedtomaster');
    expect(projectKey('SSL and multi-threading')).toBe(projectKey('SSL and multi threading'));
    expect(projectKey('Übersetzungen (l10n)')).toBe('ubersetzungen(l10n)');
    expect(projectKey('Oneview (???)')).toBe('oneview');
    expect(projectKey('')).toBe('');
  });

  it('is one key for the forms one series writes its name in (real: clang-built-linux meeting notes)', () => {
    expect(projectKey('ClangBuiltLinux')).toBe(projectKey('Clang-Built Linux'));
    expect(projectKey('Clang Built Linux')).toBe('clangbuiltlinux');
    expect(projectKey('Arch Linux')).toBe(projectKey('ArchLinux'));
    expect(projectKey('Arch Linux')).not.toBe(projectKey('Arch'));
  });

  it('leaves out what a name is often written with or without (real labels: Yocto Project minutes, GTK+ team minutes, GNU Classpath)', () => {
    expect(projectKey('Yocto Project')).toBe(projectKey('yocto'));
    expect(projectKey('The Document Foundation')).toBe(projectKey('Document Foundation'));
    expect(projectKey('Tor Vegas team')).toBe(projectKey('Tor Vegas'));
    expect(projectKey('OpenBMC GUI Workgroup')).toBe(projectKey('OpenBMC GUI'));
    expect(projectKey('GTK+')).toBe(projectKey('GTK'));
    expect(projectKey('GTK+ 3')).toBe(projectKey('GTK 3'));
    expect(projectKey('GNU Classpath')).toBe(projectKey('Classpath'));
    expect(projectKey('Apache PLC4X')).toBe('plc4x');
    expect(projectKey('Snowdrift.coop')).toBe(projectKey('Snowdrift'));
    expect(projectKey('mozdev.org')).toBe('mozdev');
    expect(projectKey('Node.js')).toBe('node.js');
    // a list tag or a user drops the accent (cimarron-hackers, 2005: `[Cimarron-hackers]` for Cimarrón)
    expect(projectKey('Cimarrón')).toBe(projectKey('cimarron'));
    expect(projectKey('München')).toBe('munchen');
    // (only accents on Latin letters: Greek keeps its tonos)
    expect(projectKey('Αθήνα')).toBe('αθήνα');
    // a name of its own stays
    expect(projectKey('C++')).toBe('c++');
    expect(projectKey('Notepad++')).not.toBe(projectKey('Notepad'));
    expect(projectKey('Project')).toBe('project');
    expect(projectKey('The Team')).toBe('team');
    expect(projectKey('Board')).toBe('board');
    expect(projectKey('GNU')).toBe('gnu');
    expect(projectKey('Apache')).toBe('apache');
  });

  it("names an organisation's board by the organisation, as a team by its project (parser 85: Fedora Board recaps, TDF board of directors' minutes, Geant4's steering board)", () => {
    // (labels of real minutes: `Fedora Board Recap 2007-JUN-26` is Fedora's, `TDF Board of Directors meeting` The Document
    // Foundation's; and the board that steers a whole project, whose minutes are named after the project: `Minutes from the
    // Technical Board meeting` on ubuntu-devel, `Galaxy Exec Board first meeting summary`)
    const sameKey: Array<[board: string, organisation: string]> = [
      ['Fedora Board', 'Fedora'], ['Document Foundation Board of Directors', 'The Document Foundation'], ['Geant4 Steering Board', 'Geant4'],
      ['XSF Board', 'XSF'], ['Ubuntu Technical Board', 'Ubuntu'], ['Galaxy Exec Board', 'Galaxy'], ['Fedora Advisory Board', 'Fedora'],
    ];
    for (const [board, organisation] of sameKey) expect(projectKey(board), board).toBe(projectKey(organisation));
    expect(projectKey('Geant4 Steering Board')).toBe('geant4');
    // (and a steering committee or a TSC, whose posts projectNames' GOVERNING names after the project (parser 172):
    // `Kubernetes Steering Committee meeting notes`, `Laminas Technical Steering Committee`, `ROS 2 TSC Meeting Minutes`;
    // not a bare one, whose first word names no one)
    for (const [body, project] of [['Kubernetes Steering Committee', 'Kubernetes'], ['Laminas Technical Steering Committee', 'Laminas'], ['ROS 2 TSC', 'ROS 2'], ['UXL Foundation Steering Committee', 'UXL']]) expect(projectKey(body), body).toBe(projectKey(project));
    expect(projectKey('Technical Steering Committee')).toBe('technicalsteeringcommittee');
    expect(projectKey('Technical Board')).toBe('technicalboard');
    // a committee or a council is a body of its own (Debian's technical committee is not Debian)
    expect(projectKey('Debian Technical Committee')).not.toBe(projectKey('Debian'));
    expect(projectKey('Python Steering Council')).not.toBe(projectKey('Python'));
  });

  it("names a project's board by the project when the project says it is one (parser 92: `Fedora Project Board`)", () => {
    // fixtures/real-corpus/fedora/2007-07-fedora-board-recap-2007-jul-24 (fedora-announce-list, 2007): labelled `Fedora
    // Project Board`, the board of the Fedora Project, whose other recaps are Fedora's
    expect(projectKey('Fedora Project Board')).toBe(projectKey('Fedora'));
    expect(projectKey('Fedora Project Board')).toBe(projectKey('Fedora Board'));
  });

  it("names a project's foundation by the project (parser 87: X.Org BoD minutes, GNOME board minutes, Wikimedia Foundation reports)", () => {
    // (labels of real posts: `X.Org Foundation` for `xorg-bod meeting minutes` the parser names `X.Org`; `GNOME Foundation`
    // for `GNOME Board meeting minutes`; the Squeak Foundation written `SqueakFoundation` in its news)
    const sameKey: Array<[foundation: string, project: string]> = [
      ['X.Org Foundation', 'X.Org'], ['GNOME Foundation', 'GNOME'], ['Wikimedia Foundation', 'Wikimedia'],
      ['SqueakFoundation', 'Squeak'], ['GNOME Foundation Board', 'GNOME'], ['The Haskell Foundation', 'Haskell'],
    ];
    for (const [foundation, project] of sameKey) expect(projectKey(foundation), foundation).toBe(projectKey(project));
    // not a foundation of several words, nor one that is not its namesake project's
    const ownKey: Array<[foundation: string, project: string]> = [
      ['Free Software Foundation', 'Free Software'], ['XMPP Standards Foundation', 'XMPP Standards'],
      ['Linux Foundation', 'Linux'], ['LinuxFoundation', 'Linux'], ['The Document Foundation', 'Document'],
    ];
    for (const [foundation, project] of ownKey) expect(projectKey(foundation), foundation).not.toBe(projectKey(project));
    expect(projectKey('Foundation')).toBe('foundation');
  });

  it("names a project's group, call or subsystem, and a standards body's group without its body's name, as the minutes call them (parser 87)", () => {
    // (labels of real posts: `KVM call` for `KVM call minutes for 2020-01-14`; `Debian Perl Group` for the Debian Perl
    // team's minutes; `Linux media subsystem` for linux-media's patch status mails; `W3C TAG` for `Minutes from March 08
    // TAG telcon`; `OASIS OpenDocument (ODF) TC` for `OpenDocument TC meeting minutes`)
    const sameKey: Array<[labelled: string, named: string]> = [
      ['KVM call', 'KVM'], ['Debian Perl Group', 'Debian Perl'], ['Linux media subsystem', 'Linux media'], ['NetBSD group', 'NetBSD'],
      ['W3C TAG', 'TAG'], ['W3C SVG WG', 'SVG'], ['OASIS OpenDocument TC', 'OpenDocument TC'],
      // (parser 88: `IVOA Exec meeting highlights`, the board of the International Virtual Observatory Alliance; a
      // users' group's committee, `SLUG committee meeting minutes`, Sydney's LUG 2002)
      ['IVOA Exec', 'IVOA'], ['SLUG committee', 'SLUG'], ['WLUG Committee', 'WLUG'],
    ];
    for (const [labelled, named] of sameKey) expect(projectKey(labelled), labelled).toBe(projectKey(named));
    // (not a users' group, whose name is its own, nor a group that a generic word names, nor the standards body itself)
    const ownKey: Array<[labelled: string, named: string]> = [
      ['Linux Users Group', 'Linux Users'], ['Linux User Group', 'Linux User'], ['Working Group', 'Working'], ['Expert Group', 'Expert'],
      ['OASIS Open', 'Open'], ['W3C', ''], ['Debian Technical Committee', 'Debian'], ['Linux Australia Council', 'Linux Australia'],
    ];
    for (const [labelled, named] of ownKey) expect(projectKey(labelled), labelled).not.toBe(projectKey(named));
  });
});

describe('parseAliasDeclarations', () => {
  it('reads "X (formerly Y)", "X, previously Y" and "renamed from Y to X"', () => {
    expect(parseAliasDeclarations('For newcomers: JBR (formerly NSR) is the journal-based replication translator.')).toEqual([
      { name: 'JBR', formerly: 'NSR' },
    ]);
    expect(parseAliasDeclarations('We now call it Seen, previously PU, in all docs.')).toEqual([{ name: 'Seen', formerly: 'PU' }]);
    expect(parseAliasDeclarations('the project was renamed from NSR\nto JBR last year')).toEqual([{ name: 'JBR', formerly: 'NSR' }]);
    expect(parseAliasDeclarations('Glusterd2 has been renamed to GD2.')).toEqual([{ name: 'GD2', formerly: 'Glusterd2' }]);
  });
  it('dedupes and ignores text without declarations', () => {
    expect(parseAliasDeclarations('JBR (formerly NSR). Again: JBR (formerly NSR).')).toHaveLength(1);
    expect(parseAliasDeclarations('nothing was renamed here (formerly unclear)')).toEqual([]);
    expect(parseAliasDeclarations('')).toEqual([]);
  });
});

describe('generic headings', () => {
  it('are made of status words, fillers, counters and dates, never of a name', () => {
    expect(isGenericHeading('Still to do')).toBe(true);
    // a student's weekly report's parts name no project (round 173): `This Week's Achievements`, `Key Learnings`
    expect(isGenericHeading("This Week's Achievements")).toBe(true);
    expect(isPartHeading('Key Learnings')).toBe(true);
    expect(isPartHeading('Challenges & Solutions')).toBe(true);
    expect(isPartHeading('Acknowledgments')).toBe(true);
    expect(isGenericHeading('Key Learnings')).toBe(false);
    expect(isGenericHeading('Tickets I have worked on')).toBe(true);
    // flashrom dev meeting notes (2022): the meeting's date and time, and what it decided
    expect(isGenericHeading('21th April 2022, 6:00 - 7:00 am UTC+0')).toBe(true);
    expect(isGenericHeading('23th March 2022, 21:00–22:00 UTC+0')).toBe(true);
    // fixtures/real-corpus/golang/2026-09-proposal-review-minutes-2026-09-09: the proposal review group's verdicts (parser 142)
    expect(isGenericHeading('Likely Decline')).toBe(true);
    expect(isGenericHeading('Accepted')).toBe(true);
    expect(isGenericHeading('Decisions Summary')).toBe(true);
    expect(isGenericHeading('Decisions on 9th March 2022')).toBe(true);
    expect(isGenericHeading('UTC migration of the flashrom build farm')).toBe(false);
    expect(isGenericHeading('Pending Tasks, Short Term')).toBe(true);
    expect(isGenericHeading('Newsworthy Items')).toBe(true);
    // (a CentOS SIG's quarterly report: `Purpose`, `Membership`, `Activity`; round 97, parser 118)
    expect(isPartHeading('Purpose')).toBe(true);
    expect(isPartHeading('Membership')).toBe(true);
    expect(isGenericHeading('Summary of the week 3 and week 4')).toBe(true);
    expect(isGenericHeading('PLAN FOR WEEK-2 (23 May 2017 to 29 may 2017)')).toBe(true);
    expect(isGenericHeading('SUMMARY OF MY PROJECT')).toBe(true);
    expect(isGenericHeading('GlusterFS 4.0')).toBe(false);
    expect(isGenericHeading('2019')).toBe(false);
    expect(isGenericHeading('Problem 1')).toBe(true);
    // minutes' attendance and housekeeping (GNOME board minutes 2020-03-23, XSF board 2020-06-11)
    for (const t of ['Attending', 'Regrets', 'Missing', 'Present: Apologies', 'Recurring items', 'Deferred to next meeting', '1. Minute Taker', '5. AOB', 'Roll call', 'Agenda bashing', 'approval of previous meeting minutes', 'Approval of the agenda']) expect(isGenericHeading(t), t).toBe(true);
    // and in other languages (SSLUG's Danish minutes, 2004: `Dagsorden`)
    for (const t of ['Dagsorden', 'Tagesordnung', 'Verschiedenes', 'Eventuelt', 'Presenti']) expect(isGenericHeading(t), t).toBe(true);
    // an OpenStack release countdown's parts (2022, 2024), and minutes' `lingering issues` (OE TSC, 2012)
    for (const t of ['Development Focus', 'General Information', 'lingering issues']) expect(isGenericHeading(t), t).toBe(true);
    // (since parser 98) what a developer did and what is left (mrs-user 2012: fixtures/real-corpus/mrs/2012-07-me-and-m6-are-still-alive)
    for (const t of ['What I did so far', 'What needs to be implemented']) expect(isGenericHeading(t), t).toBe(true);
    expect(isGenericHeading('Kernel development')).toBe(false);
  });

  it('keys a working group written `WG` as written out (RIPE Anti-Abuse WG, round 39)', () => {
    expect(projectKey('RIPE Anti-Abuse WG')).toBe(projectKey('RIPE Anti-Abuse Working Group'));
    expect(projectKey('WG')).toBe('wg');
  });

  it('keys a technical committee as its TC, and keeps it apart from its project (parser 91)', () => {
    // (OpenStack's `TC Report 18-14` and its `Technical Committee Weekly Summary`, Debian's `Bits from the Technical
    // Committee`: labelled `OpenStack Technical Committee` and `OpenStack TC` both)
    expect(projectKey('OpenStack Technical Committee')).toBe(projectKey('OpenStack TC'));
    expect(projectKey('Debian Technical Committee')).toBe('debiantc');
    expect(projectKey('OpenStack TC')).not.toBe(projectKey('OpenStack'));
    expect(projectKey('Technical Committee')).toBe('technicalcommittee');
  });

  it('keys the Linux kernel as Linux, written either way (parser 94)', () => {
    // (linux-kernel's labels say `Linux kernel 2.6.19` for Adrian Bunk's known regressions and `Linux 2.5` for Thomas
    // Molina's problem status reports: one kernel)
    expect(projectKey('Linux kernel 2.6.19')).toBe(projectKey('Linux 2.6.19'));
    expect(projectKey('Linux kernel')).toBe(projectKey('Linux'));
    expect(projectKey('Linux kernel on SPARC')).toBe('linuxonsparc');
    expect(projectKey('Linux mainline')).not.toBe(projectKey('Linux'));
    expect(projectKey('Linuxkernelnewbies')).toBe('linuxkernelnewbies');
  });

  it('reads a day written year first, alone, as no project (parser 125: `2017-02-18` heading SuperCollider\'s dev meeting notes, round 104)', () => {
    expect(isGenericHeading('2017-02-18')).toBe(true);
    expect(isGenericHeading('# 2020/10/04')).toBe(true);
    // (a bare year may name a release, a month's version a release too)
    expect(isGenericHeading('2019')).toBe(false);
    expect(isGenericHeading('2017.02')).toBe(false);
  });

  it('reads Chinese minutes\' parts as no project (parser 127: OpenHarmony\'s PMC minutes, round 108)', () => {
    expect(isGenericHeading('参会人员 (Attendance)')).toBe(true);
    expect(isGenericHeading('议题(Agenda)')).toBe(true);
    expect(isGenericHeading('会议纪要(Minute of Meeting)')).toBe(true);
    // (a topic that names what it is on is a project's)
    expect(isGenericHeading('议题1：蓝牙遗留问题分析')).toBe(false);
  });

  it('keys an effort or an initiative as what it works on (parser 123: `Update on the distro-backdoor-scanner effort`, oss-security 2024)', () => {
    expect(projectKey('distro-backdoor-scanner effort')).toBe(projectKey('distro-backdoor-scanner'));
    expect(projectKey('Kantara Initiative')).toBe(projectKey('Kantara'));
    // (a word alone stays)
    expect(projectKey('Effort')).toBe('effort');
  });

  it("keys a project's community as the project (parser 177: `Foreman Community Newsletter`, `April 2015 in the Flink community`)", () => {
    // fixtures/real-corpus/foreman/2016-05-foreman-community-newsletter-may-2016, flink/2015-05-april-2015-in-the-flink-community,
    // pythonpune/2019-08-community-newsletter: labelled Foreman, Apache Flink, PythonPune; `Ansible community` labels the Bullhorn
    for (const [community, project] of [['Foreman Community', 'Foreman'], ['Flink community', 'Apache Flink'], ['PythonPune Community', 'PythonPune'], ['Ansible community', 'Ansible']]) expect(projectKey(community), community).toBe(projectKey(project));
    // (a users' group's executive committee is the group's board: `WLUG Executive Committee Meeting`)
    expect(projectKey('WLUG Executive Committee')).toBe(projectKey('WLUG'));
    // (a word alone stays, and a community's body is a body of its own: `Node.js Community Committee`)
    expect(projectKey('Community')).toBe('community');
    expect(projectKey('OpenOffice.org Community Council')).not.toBe(projectKey('OpenOffice.org'));
  });
});
