import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectReport, parseStatusPost, projectKey } from '../../src/status/index.js';
import { parseMail } from '../../src/mail/index.js';
import { deriveMessage, projectFromSubject } from '../../src/index/index.js';

const REPORT_BODY = [
  '= NSR =', '', ' * http://review.gluster.org/#/c/8913/   code', '', ' * http://review.gluster.org/#/c/8915/   design', '',
  '= SSL =', '', ' * docs in the tree (merged)', ' * own-thread without SSL', '',
].join('\n');

const detect = (subject: string, body = REPORT_BODY, isReply = false) => parseStatusPost({ subject, body, isReply });
/** A real post's body, as its .eml in fixtures/real-corpus holds it (headers dropped). */
const bodyOf = (name: string) => readFileSync(new URL(`../../fixtures/real-corpus/${name}.eml`, import.meta.url), 'utf8').split(/\r?\n\r?\n/).slice(1).join('\n\n');

/** A real post read from its body alone (its copy shows no subject): a report, for the evidence `said` names; the verdict, for more checks. */
function expectBodyAloneReport(name: string, said: string): ReturnType<typeof parseStatusPost> {
  const r = parseStatusPost({ subject: '', body: bodyOf(name) });
  expect(r.reason).toContain(said);
  expect(r.isReport).toBe(true);
  return r;
}

describe('detectReport', () => {
  it('accepts a status subject with sections, and says why', () => {
    const r = detect('[Gluster-devel] jdarcy status (November 2014)');
    expect(r.isReport).toBe(true);
    expect(r.reason).toMatch(/^report \(score [\d.]+, needs 3\): /);
    expect(r.reason).toContain('subject says "status" +2');
    expect(r.reason).toContain('dated or numbered subject ("(November 2014)") +1');
    expect(r.reason).toContain('2 review or bug links +1');
  });

  it('does not take election results or a candidacy for a report', () => {
    // ksummit-discuss, 2020-08 (fixtures/real-corpus/linux-kernel/2020-08-ksummit-tab-election-results)
    const r = detect('[Ksummit-discuss] Results from the 2020 Linux Foundation Technical Advisory Board election');
    // (since parser 92 an election's results are a vote's results, one notice: -6 in place of the election's -4 and the results' +2)
    expect(r.reason).toContain('a vote\'s results (subject says "election" and "Results") -6');
    expect(r.isReport).toBe(false);
    expect(detect('[Ksummit-discuss] 2020 TAB election: candidates').reason).toContain('election or vote (subject says "election") -4');
    const c = detect('Keystone update', `I would like to announce my candidacy for PTL.\n\n${REPORT_BODY}`);
    expect(c.reason).toContain('a candidacy -3.5');
  });

  it('takes a summit session proposal for a proposal, whatever its title says', () => {
    // ksummit, 2024-06 (fixtures/real-corpus/linux-kernel/2024-06-ksummit-tech-topic-damon-updates-and-plans)
    const r = detect('[TECH TOPIC] DAMON: Updates and Plans');
    expect(r.reason).toContain('a session proposed for a conference (subject says "[TECH TOPIC]") -5.5');
    expect(detect('[MAINTAINERS SUMMIT] Regressions tracking: quick state of the union').reason).toMatch(/a session proposed for a conference \(subject says "\[MAINTAINERS SUMMIT\]"\)/);
    // linux-block, 2023-01 (fixtures/real-corpus/linux-block/2023-01-lsf-mm-bpf-topic-state-of-the-page): four
    // sections and twenty items of where folios stand, still a session proposed for LSF/MM/BPF
    expect(detect('[LSF/MM/BPF TOPIC] State Of The Page').isReport).toBe(false);
  });

  it('reads a subjectless post by its title line, and says so once', () => {
    const r = detect('', ['Weekly status (week 41)', '', REPORT_BODY].join('\n'));
    expect(r.isReport).toBe(true);
    // (+3: a title line's strong cue weighs half a point more than a subject's, since parser 62)
    expect(r.reason).toContain('no subject; its title line says "Weekly status" +3');
    expect(r.reason).toContain('dated or numbered title line');
  });

  it.each([
    ['weekly status', '[Gluster-devel] Weekly status (week 41)'],
    ['monthly report', '[ceph-devel] RGW monthly report (March 2021)'],
    ['update', '[openstack-discuss] [nova] Weekly update (week 23)'],
    ["what's cooking", "What's cooking in git.git (Jun 2024, #08; Thu, 27)"],
    ['bits from', 'Bits from the release team: buster freeze dates'],
    ['month in parentheses', 'NSR (April 2015)'],
    // a title, not a question: `[R-sig-ME] Status of the development package lme4a` and `Status of
    // building and booting the RISCV64 kernel with Clang` are reports (fixtures/real-corpus)
    ['status of, with no question mark', '[Gluster-devel] Status of NSR'],
  ])('accepts the subject cue %s', (_cue, subject) => {
    expect(detect(subject).isReport).toBe(true);
  });

  it.each([
    ['[Gluster-devel] Status of NSR?', false, /question \(subject ends with "\?"\) -4/],
    ['[Gluster-devel] Any status on NSR', false, /question \(subject starts "Any status"\) -4/],
    ['[Gluster-devel] [ANNOUNCE] GlusterFS 3.7.0 status', false, /release announcement \(subject says "\[ANNOUNCE\]"\) -4.5/],
    ['GlusterFS 3.7.0 released', false, /release announcement \(subject says "released"\)/],
    ['[PATCH v2 0/5] status: per-branch upstream status', false, /patch mail/],
    ['[openstack-dev] [all] Guidelines for team status updates', false, /procedure or guidance mail/],
    ['[Gluster-devel] REMINDER: Weekly community meeting', false, /meeting or agenda mail/],
    ['Proposal: status reports branch', false, /proposal/],
  ])('rejects %s', (subject, isReply, reason) => {
    const r = detect(subject, REPORT_BODY, isReply);
    expect(r.reason).toMatch(/^not a report \(score/);
    expect(r.isReport).toBe(false);
    expect(r.reason).toMatch(reason);
  });

  it('weighs a reply: quoting a report is not one, a fresh report threaded under the last one is', () => {
    const quotedReply = 'Jeff wrote:\n' + REPORT_BODY.split('\n').map((l) => '> ' + l).join('\n') + '\n\nThanks, the SSL part looks good.\n';
    const r1 = detect('Re: [Gluster-devel] jdarcy status (October 2014)', quotedReply, true);
    expect(r1.isReport).toBe(false);
    expect(r1.reason).toContain('reply ("Re:" subject) -2.5');
    expect(r1.reason).toMatch(/mostly quoted \(\d+ of \d+ lines\) -5/);
    const threaded = detect('[Gluster-devel] jdarcy status (November 2014)', REPORT_BODY, true);
    expect(threaded.isReport).toBe(true);
    expect(threaded.reason).toContain('in a thread (In-Reply-To) -1');
  });

  it('rejects patch mails by body (Signed-off-by, diffstat)', () => {
    const body = 'Fix it.\n\n * a\n * b\n * c\n\nSigned-off-by: A U Thor <a at example.org>\n';
    expect(detect('weekly status (week 3)', body).reason).toMatch(/^not a report .*patch \(Signed-off-by or diffstat in the body\) -7/);
    const diffstat = 'Series:\n - a\n - b\n - c\n\n builtin/commit.c | 48 ++++++++---\n 1 file changed, 40 insertions(+)\n';
    expect(detect('my series (week 3)', diffstat).reason).toContain('patch (Signed-off-by or diffstat in the body) -7');
    // under a subject that names a report, a diffstat with its diff is still a patch (alone, a tree's state: below)
    expect(detect('status update (week 3)', `${diffstat}\ndiff --git a/builtin/commit.c b/builtin/commit.c\n`).reason).toContain('patch (Signed-off-by or diffstat in the body) -7');
  });

  it('rejects a design proposal with a Status: Draft line', () => {
    const r = detect('JBR status (May 2016)', 'Status: Draft\n\n' + REPORT_BODY);
    expect(r.isReport).toBe(false);
    expect(r.reason).toContain('design proposal ("Status: Draft") -4');
  });

  it('rejects quoted copies: > quoting, and an Outlook original-message block', () => {
    const quoted = 'Jeff wrote:\n' + REPORT_BODY.split('\n').map((l) => '> ' + l).join('\n') + '\n\n+1, thanks!\n';
    expect(detect('[Gluster-devel] jdarcy status (October 2014)', quoted).reason).toMatch(/^not a report .*mostly quoted/);
    const outlook = 'Forwarding for the record.\n\n-----Original Message-----\nFrom: Ed\nSent: Friday\n\n' + REPORT_BODY;
    expect(detect('[nova] Weekly update (week 24)', outlook).isReport).toBe(false);
  });

  it('rejects a discussion that merely says status, and explains it', () => {
    const r = detect('volume status shows N/A for brick ports', 'After upgrading, "gluster volume status" shows N/A.\n\n * a\n * b\n\nAny idea?\n');
    expect(r.isReport).toBe(false);
    expect(r.reason).toBe('not a report (score 2, needs 3): subject says "status" +2');
  });

  it('needs structure even with a strong cue', () => {
    expect(detect('jdarcy status (December 2014)', 'Nothing this month, sorry.\n').isReport).toBe(false);
  });

  it('accepts strong structure without a subject cue, and from the body alone', () => {
    const body = '## A\n\n* https://review.opendev.org/1 merged\n* docs done\n\n## B\n\n* https://review.opendev.org/2 in progress\n* tests added\n\n' +
      '## C\n\n* https://review.opendev.org/3 next week\n* the API\n\n## D\n\n* https://review.opendev.org/4 started\n* the CLI\n';
    const r = detect('[ironic] the A, B, C and D work', body);
    expect(r.isReport).toBe(true);
    expect(r.reason).toBe('report (score 4.5, needs 3): subject names no report -5, 4 sections +2.5, 4 review or bug links +2, 8 items +1.5, progress words (merged, done, in progress...) +1.5, speaks of a period ("next week") +1');
    // with no subject at all, nothing speaks against it
    expect(detect('', body).reason).toMatch(/^report \(score 9.5, needs 3\)/);
  });

  it('asks more of the body when the subject names no report (most posts on a list are not reports)', () => {
    // twisted-python, "Using Twisted with pytest fixtures" (2017-07): a structured question, not a report
    const body = 'I started using pytest fixtures and implemented a few:\n\n * one that starts the reactor\n * one that stops it\n * one for the database\n\nWhat I have done so far works, but is there a better way?\n';
    expect(detect('[Twisted-Python] Using Twisted with pytest fixtures', body).isReport).toBe(false);
    expect(detect('[Twisted-Python] Using Twisted with pytest fixtures', body).reason).toContain('subject names no report -5');
    // a dated subject is not "no cue": reports come in series
    expect(detect('[Twisted-Python] Using Twisted with pytest fixtures (July 2017)', body).reason).not.toContain('subject names no report');
  });

  it('weighs series membership and a user\'s pin', () => {
    const thin = 'Nothing much this week.\n\n * fixed the build\n';
    const series = { name: 'NSR status (MONTH YYYY)', count: 5, reportShare: 0.8, pin: null };
    expect(detect('NSR status (June 2015)', thin).isReport).toBe(false);
    const inSeries = parseStatusPost({ subject: 'NSR status (June 2015)', body: thin + ' * merged the fix\n', series });
    expect(inSeries.reason).toContain('member of the series "NSR status (MONTH YYYY)" +2');
    expect(parseStatusPost({ subject: 'x', body: thin, series: { ...series, pin: 'include' } }).isReport).toBe(true);
    expect(parseStatusPost({ subject: 'NSR status (June 2015)', body: REPORT_BODY, series: { ...series, pin: 'exclude' } }).isReport).toBe(false);
  });

  it('is usable on its own with sections from the parser', () => {
    const parsed = parseStatusPost({ subject: 'x', body: REPORT_BODY });
    expect(detectReport({ subject: 'NSR status (May 2015)', body: REPORT_BODY }, parsed.sections).isReport).toBe(true);
  });

  // clang-built-linux, "Fwd: ClangBuiltLinux notes 12/18/19": meeting notes sent on to the list under a one-line note
  it('reads a forwarded message under a short note as the post, its forwarded headers apart', () => {
    const body = ['Thanks Stephen for the notes, I\'ve added some hyperlinks.', '', '---------- Forwarded message ---------',
      'From: Stephen Hines <srhines@example.com>', 'Date: Wed, Dec 18, 2019 at 1:18 PM', 'Subject: ClangBuiltLinux notes 12/18/19', '',
      'Getting arm32 to build with Clang', '- Branch distance issues for a function marked "init" with non-LLD.',
      '- Unwinder support in ARM32 was not accepted to stable, but it is now in android common.',
      '- With LLD, there is an issue with a (sorted) table of exception handlers.', '',
      'Kernel CI', '- arm64 builds are green again, merged the fix', '- next week: boot tests on qemu', ''].join('\n');
    const p = parseStatusPost({ subject: 'Fwd: ClangBuiltLinux notes 12/18/19', body });
    expect(p.reason).toContain('forwards a message, read as its own text -1');
    expect(p.reason).not.toContain('quoted');
    expect(p.sections.map((x) => x.title).filter(Boolean)).toEqual(['Getting arm32 to build with Clang', 'Kernel CI']);
    expect(p.sections.flatMap((x) => x.items.map((i) => i.text)).join(' ')).not.toContain('Stephen Hines');
    // an original message under a reply stays a quote
    const reply = ['Looks good to me.', '', '-----Original Message-----', 'From: Ed', 'Sent: Friday', '', ...body.split('\n').slice(7)].join('\n');
    expect(parseStatusPost({ subject: 'RE: ClangBuiltLinux notes 12/18/19', body: reply }).reason).toMatch(/quoted/);
  });

  it('does not call a post whose archive copy lost its line breaks little text, but still weighs what it says', () => {
    const prose = 'Hi all, here is what happened at the GNU Hackers Meeting last week in Madrid: we talked about reproducible builds, ' +
      'the new bootstrap path, the installer, Hurd support, continuous integration on the build farm, translations and documentation; ' +
      'several people volunteered to review pending patches and we agreed to meet again online next month to follow up on the plans. ' +
      'Thanks to everyone who came, and to the FSF for the room; slides and notes will follow on the mailing list.';
    const r = detectReport({ subject: 'GHM 2017 recap', body: `Hi Guix!\n${prose}\n` }, []);
    expect(r.evidence.map((e) => e.key)).not.toContain('body.little-text');
    expect(r.evidence.map((e) => e.key)).not.toContain('body.no-list');
    // the same words on short lines are little text with no list
    const short = detectReport({ subject: 'GHM 2017 recap', body: 'Hi Guix!\nWe met.\n' }, []);
    expect(short.evidence.map((e) => e.key)).toContain('body.little-text');
  });

  it('counts a numbered update as a series counter, not a version', () => {
    // R's `[Rd] Update 2 on MinGW-w64 builds for 64-bit Windows` (fixtures/real-corpus, round 7)
    expect(detect('[Rd] Update 2 on MinGW-w64 builds').reason).toContain('dated or numbered subject ("Update 2")');
    expect(detect('[Rd] Update on R 2.10.1 builds').reason).not.toContain('dated or numbered subject ("Update 2');
  });

  it('reads German `Fortschritt` (progress) in a subject as a report word (parser 107)', () => {
    // netzworkk, `[Netzworkk-kwtools] Fortschritt bei kwtools` (round 87): the developer's progress on kwtools
    expect(detect('[Netzworkk-kwtools] Fortschritt bei kwtools').reason).toContain('subject says "Fortschritt"');
    // (a word that only begins so is not it: `Fortschrittsbalken` is a progress bar)
    expect(detect('Fortschrittsbalken kaputt').reason).not.toContain('subject says');
  });

  it("reads the translators' deadline before a release as a release milestone (parser 106)", () => {
    // round 86: creativecommons `[Cctools-i18n] Deadline for Translations (ccPublisher 2.2)`, klog `[Klog-users]
    // Translations for the next release`, sonata `[Sonata-translations] Call for Sonata 1.5 translations`
    for (const s of ['[Cctools-i18n] Deadline for Translations (ccPublisher 2.2)', '[Klog-users] Translations for the next release', '[Sonata-translations] Call for Sonata 1.5 translations']) {
      expect(detect(s).reason, s).toMatch(/subject says "[^"]*[Tt]ranslations[^"]*" \+3/);
    }
    // (a call for translators names no release: no milestone)
    expect(detect('Call for translators').reason).not.toContain('+3');
    expect(detect('[i18n] Call for translations of the website').reason).not.toContain('subject says');
  });

  it("reads a release's known issues of a test suite as its regressions (parser 105)", () => {
    // linux-kselftest, Shuah Khan's `Linux 5.4 kselftest known issues` (round 85): each build failure with its status
    expect(detect('Linux 5.4 kselftest known issues').reason).toContain('subject says "5.4 kselftest known issues"');
    // (known issues without a release are a question or a page's section: `Known issues with the new installer?`)
    expect(detect('Known issues with the new installer?').reason).not.toContain('known issues"');
  });

  it('reads a date written year/month/day in a subject as a date (parser 104)', () => {
    // MMBase's `MMChat: 2003/07/10` (fixtures/real-corpus/mmbase, round 84), the weekly chat's summary
    expect(detect('MMChat: 2003/07/10').reason).toContain('dated or numbered subject ("2003/07/10")');
    expect(detect('MMChat: 2003/07/10').reason).not.toContain('subject names no report');
    // (a path or a version is no date)
    expect(detect('Fix for src/2003/17/x').reason).not.toContain('dated or numbered');
    // (nor a timestamp: CVS's `jim 2003/09/19 07:28:16` atop a commit mail)
    expect(detect('jim         2003/09/19 07:28:16').reason).not.toContain('dated or numbered');
  });

  it('reads an [ANNOUNCE] tag on notes or minutes as publishing them, not as a release', () => {
    // kvm, `[ANNOUNCE] PUCK Notes - 2024.01.24 - ...` (fixtures/real-corpus, round 8)
    expect(detect('[ANNOUNCE] PUCK Notes - 2024.01.24 - Memtypes for non-coherent DMA').reason).not.toContain('release announcement');
    expect(detect('[ANNOUNCE] Foo 1.2 released, with release notes').reason).toContain('release announcement');
    expect(detect('[ANNOUNCE] Gluster 3.6.0').reason).toContain('release announcement');
  });

  it('reads highlights as a report word, and not a thread\'s old subject kept in `(was: ...)`', () => {
    // zephyr-devel `Highlights from the TSC meeting during ELCE`; u-boot `Community meeting April 8th 2025 (was: Re: [ANN] U-Boot v2025.04 released)` (round 9)
    expect(detect('Highlights from the TSC meeting during ELCE').reason).toContain('subject says "Highlights"');
    const was = detect('Community meeting April 8th 2025 (was: Re: [ANN] U-Boot v2025.04 released)');
    expect(was.reason).not.toContain('release announcement');
    expect(was.isReport).toBe(true);
  });

  it('reads a meeting\'s time of day in a subject without a minutes word as a call to meet (round 10)', () => {
    // inkscape-devel `Board meeting Friday Dec 6th at 10am Pacific`; ltp `Open LTP meeting 24th of March 09:00 UTC`
    expect(detect('Board meeting Friday Dec 6th at 10am Pacific').reason).toContain('a meeting\'s time');
    expect(detect('[LTP] Open LTP meeting 24th of March 09:00 UTC').reason).toContain('a meeting\'s time');
    // minutes that say when the meeting was are minutes
    const minutes = detect('Ubuntu MOTU Meeting Minutes, for August 24 2007, at 12:00 UTC.');
    expect(minutes.reason).not.toContain('a meeting\'s time');
    expect(minutes.isReport).toBe(true);
  });

  it('reads a ticket number as no counter, an HTTP status as no cue, and a bare name and version as a release (real twisted-python subjects)', () => {
    expect(detect('[Twisted-Python] kqueue reactor / ticket #1918').reason).not.toContain('dated or numbered');
    expect(detect('[Twisted-Python] t.p.syslog, t.p.logger and twistd (was #7549)').reason).not.toContain('dated or numbered');
    expect(detect('Twisted Weekly News #10').reason).toContain('dated or numbered');
    expect(detect('[Twisted-Python] twisted.web.client and status 202').reason).not.toContain('subject says');
    expect(detect('[Twisted-Python] txtorcon 0.8.0').reason).toContain('release announcement');
    expect(detect('[Twisted-Python] [ANN]: Autobahn WebSockets new release').reason).toContain('release announcement');
  });

  it('keeps a patch\'s own tag, and reads CI test reports and kernel BUGs as no reports (real ltp subjects)', () => {
    expect(detect('Re: [LTP] [PATCH 4.19 00/93] 4.19.81-stable review').reason).toContain('patch mail');
    expect(detect('Re: [LTP] [LTP v2 1/1] ima_tpm.sh: Fix for calculating boot aggregate').reason).toContain('patch mail');
    expect(detect('[LTP] \u274c FAIL: Test report for kernel 5.3.11-200.fc30 (fedora-30)').reason).toContain('bot or tracker notification');
    expect(detect('[LTP] BUG at mm/vmalloc.c:3089! - invalid opcode: 0000 [#1] SMP KASAN PTI').reason).toContain('a problem report');
    expect(detect('[LTP] March meeting summary').isReport).toBe(true);
  });

  it('weighs a reply with no cue like a fresh post with none, whatever language marks the reply (real openbmc and ltp subjects)', () => {
    const r = detect('Re: obmc-console design for multi host support');
    expect(r.reason).toContain('reply');
    expect(r.reason).toContain('subject names no report');
    expect(detect('答复: [External] Re: Clarify some questions about in-band firmware update').reason).toContain('reply ("答复:"');
    // a threaded report that says what it is keeps its cue
    expect(detect('Re: [GSoC] Week 3 and week 4 status update').reason).not.toContain('subject names no report');
  });

  it('reads a series revision, lockdep reports, a single regression and an inquiry as no reports (real nouveau subjects)', () => {
    expect(detect('[Nouveau] dev_pagemap related cleanups v4').reason).toContain('patch mail');
    expect(detect('[Nouveau] drm/nouveau: lockdep circular locking dependency report').reason).toContain('a problem report');
    expect(detect('[REGRESSION]: nouveau: Asynchronous wait on fence').reason).toContain('a problem report');
    expect(detect('Inquiry on Nouveau driver compatibility and documentation updates').reason).toContain('question');
    // a revised agenda or report keeps its kind, and a regressions report is a report
    expect(detect('[ANN] Media Summit June 26th: Draft Agenda v2').reason).not.toContain('patch mail');
    expect(detect('Linux regressions report for mainline [2023-01-15]').isReport).toBe(true);
  });

  it('reads a new version of an agreement or a config as no report (real openbmc subjects)', () => {
    for (const subject of ["Wiwynn's CCLA Schedule A update 2024-06-28", 'OpenBMC Dell CLA update 2024-07-02', 'Update to HPE CLA for OpenBMC', 'clang-format update']) {
      expect(detect(subject).reason, subject).not.toContain('subject says');
    }
    expect(detect('OpenBMC Security Working Group update 2024-07-02').reason).toContain('subject says');
    // a change asked for, and `update` or `results` as a verb
    for (const subject of ['[bmcweb] Update to Chassis Type and Chassis Action in Redfish', 'Update phosphor-defaults with stronger root password hash algorithm',
      'ipmitool fru write 0 - does not update "baseboard" FRU', 'Missed interfacesRemoved signal callbacks in object-mapper results in invalidated DBus objects']) {
      expect(detect(subject).reason, subject).not.toContain('subject says');
    }
    expect(detect('Update on PLDM stack').reason).toContain('subject says');
    // reports of bugs are not reports of work
    expect(detect('[Twisted-Python] Bug reports').reason).not.toContain('subject says');
    // nor are a treasurer's accounts (round 12, SPI)
    expect(detect("Treasurer's Report as of 2011-12-31").reason).not.toContain('subject says');
    // a package's or a loader's new version, a machine's data, a verb on an identifier (openbmc, 2020-2024)
    for (const subject of ['libpam 1.5.2 update', 'u-boot update for ast2600', 'create telemetry metric report definition', 'Telemetry Reports dynamic update',
      'Progress Codes in BMC', 'NC-SI driver: update multi_package, multi_channel base on package_num', 'ObjectMapper & Redfish Update Service: Software.Activation Missing',
      'boost monthly download limits']) {
      expect(detect(subject).reason, subject).not.toContain('subject says');
    }
    // (a release's own status stays one: `3.6.2 update: 3.6.2rc2 coming`)
    expect(detect('[python-committers] 3.6.2 update: 3.6.2rc2 coming').reason).toContain('subject says');
    // a design under discussion is a proposal
    expect(detect('[Design][v2] PSU firmware update').reason).toContain('proposal');
    expect(detect('Proposing changes to the OpenBMC tree (to make upstreaming easier)').reason).toContain('proposal');
  });

  it('reads a subject with no cue by the report title on its body\'s first line, in a fresh post only (round 11: Tahoe-LAFS Weekly News)', () => {
    const body = ['=====================================================', 'Tahoe-LAFS Weekly News, issue number 70, July 21 2016', '=====================================================', '',
      'Welcome to the Tahoe-LAFS Weekly News (TWN).', '', 'Announcements and News', '======================', '', '1.12 with Magic Folders', '-----------------------', '',
      'Brian released the first alpha of 1.12, see https://tahoe-lafs.org/trac/tahoe-lafs/ticket/1382 for what is left.', ''].join('\n');
    const twn = detect('[tahoe-lafs-weekly-news] TWN70', body);
    expect(twn.reason).toContain('its title line says');
    expect(twn.reason).not.toContain('subject names no report');
    // in a thread, or with a subject that says what it is (a request for help), the first line titles nothing
    expect(detect('Help with twisted.conch.manhole', 'State of the manhole tutorial\n\nIt does not run here any more.\n').reason).not.toContain('its title line says');
    expect(detect('twistd and taps', body, true).reason).not.toContain('its title line says');
  });

  it('reads tracker summaries, list digests and ANN: versions as no reports, and a dotted name as code (real twisted-python subjects)', () => {
    expect(detect('[Twisted-Python] Weekly Bug Summary').reason).toContain('bot or tracker notification');
    expect(detect('Re: [Twisted-Python] Twisted-Python Digest, Vol 17, Issue 13').reason).toContain('bot or tracker notification');
    // patchwork-bot's digest of a list's patches (f2fs-dev, 2024-07): a bot's, however many links it holds
    expect(detect('[f2fs-dev] Patchwork summary for: f2fs').reason).toContain('bot or tracker notification');
    expect(detect('[Twisted-Python] ANN: Twisted 0.19.0').reason).toContain('release announcement');
    // `news` in twisted.news names a module, not a newsletter
    expect(detect('[Twisted-Python] twisted.news cleanups and tests').reason).not.toContain('subject says');
    expect(detect("What's in git.git (stable)").reason).toContain('subject says "What\'s in git.git"');
    // a person's progress in testing is no bot's mail (linux-cifs, 2021 and 2024), a buildbot's own still is
    expect(detect('progress in automated testing').reason).not.toContain('bot or tracker notification');
    expect(detect('ksmbd testing progress - buildbot run passed').reason).not.toContain('bot or tracker notification');
    expect(detect('[buildbot] build #4711 of ksmbd failed').reason).toContain('bot or tracker notification');
    expect(detect('Automated weekly test run for 6.8').reason).toContain('bot or tracker notification');
  });

  it('reads a request to try a branch as no pull request (Audit status update, linux-audit 2023-10)', () => {
    const tryIt = 'Hello,\n\nAll changes for audit 4.0 have been made. I would like to ask anyone at a\ndistribution to please pull the master branch and give it a try.\n';
    expect(detect('Audit status update', tryIt).reason).not.toContain('a pull request');
    expect(detect('[GIT PULL] audit fixes', 'Linus,\n\nPlease pull the audit fixes below.\n').reason).toContain('a pull request');
  });

  it('reads a problem (an error, a failure) and a deadline for abstracts in the subject as no report (real jailhouse-dev subjects)', () => {
    expect(detect('MSIX Enabling Error on TX2').reason).toContain('a problem report');
    expect(detect('New deadline for Extended Abstracts: February 2, 2024').reason).toContain('call for papers');
  });

  it('reads what a machine updates or reports as no cue, and a working group\'s day as its call (real openbmc subjects)', () => {
    expect(detect('[Design] PSU firmware update').reason).not.toMatch(/subject says "[^"]*update/i);
    expect(detect('BMC can\'t get watchdog status by command').reason).not.toContain('subject says');
    expect(detect('Update on PLDM stack').reason).toContain('subject says "Update"');
    expect(detect('Seeking your opinion on ways to report both Altitude and Pressure').reason).not.toContain('subject says');
    expect(detect('Security Working Group - Wednesday July 24').reason).toContain('a meeting\'s day');
    expect(detect('Re: Security Working Group - Wednesday July 24 - results').reason).not.toContain('a meeting\'s day');
  });

  it('reads a subject about what is coming (next Wednesday, tomorrow, tonight) as no report', () => {
    // ceph-devel `CDM next Wednesday: multi-site rbd and cephfs; rados progress events`
    expect(detect('CDM next Wednesday: multi-site rbd and cephfs; rados progress events').reason).toContain('something coming');
    // but minutes of today's meeting are minutes
    expect(detect("Summary/Minutes for today's FESCo meeting (2012-05-07)").reason).not.toContain('something coming');
  });
});

describe('minutes that open with a roll of attendees', () => {
  // printing-architecture@lists.linux-foundation.org, 2006-05 (fixtures/real-corpus/openprinting/2006-05-printing-architecture-meeting-minutes-wed-may-3rd):
  // prose minutes whose only structure is who attended, with no heading over them
  const roll = 'Claudia Alimpich (IBM)\nGlen Petrie (Seiko-Epson, Inc.)\nIan Murdock (FSG)\nIra McDonald (High North Inc.)\nNorm Jacobs (Sun)\n\n';
  const prose = 'LSB 3.1 is now out the door. LSB 3.2 will be available in 12 months. The\nplan for LSB 4.0 is 22 months (2Q08).\n\n'
    + 'There will be a planning meeting during the USENIX conference to discuss\nthe content of Linux Standard Base in 3.2 and 4.0 on June 1 & 2 in Boston.\n'
    + 'Anything that was identified during OSDL Printing Summit that is limiting\nLinux Printing should be discussed.\n\n'
    + 'LSB 3.2 is nearer term and nothing major can be added to it. The focus\nshould be on installation with regard to Linux printing. This may not be\n'
    + 'something that FSG can help too much with since we have not been focusing\nin this area. We could provide a summary of the discussion that occurred\n'
    + 'during the OSDL Printing Summit regarding the problems of installation and\nrecommended solutions. Ira will put together an outline that we can talk\n'
    + 'about and put into slides during our next meeting in 2 weeks.\n';
  it('are read as minutes', () => {
    const r = detect('[Printing-architecture] Meeting minutes - Wed May 3rd', roll + prose);
    expect(r.isReport).toBe(true);
    expect(r.reason).toContain('meeting minutes (attendees');
  });
  it('but two names, or names with no one they are with, are no roll', () => {
    expect(detect('[Printing-architecture] Meeting minutes - Wed May 3rd', 'Claudia Alimpich (IBM)\nGlen Petrie (Seiko-Epson, Inc.)\n\n' + prose).reason).not.toContain('meeting minutes (attendees');
    expect(detect('[Printing-architecture] Meeting minutes - Wed May 3rd', 'Claudia Alimpich\nGlen Petrie\nIan Murdock\nIra McDonald\n\n' + prose).reason).not.toContain('meeting minutes (attendees');
  });
});

describe('a summary that says when the next meeting\'s agenda comes', () => {
  // dev@airflow.apache.org, 2024-06 (fixtures/real-corpus/airflow/2024-06-airflow-3-dev-call-summary-4-june)
  it('does not invite to a meeting', () => {
    const summary = 'I have updated our meeting notes document to summarize the discussion from\nour dev call for Airflow 3.0 on 4th June.\n\n'
      + 'I will send a separate email for the agenda for the next meeting on 13 June.\n';
    expect(detect('Airflow 3 dev call summary', summary).reason).not.toContain('invites to a meeting');
    expect(detect('Airflow 3 dev call', 'The agenda for this meeting:\n1. Releases\n2. AIPs\n').reason).toContain('invites to a meeting');
  });
});

describe('a design or a problem laid out for discussion', () => {
  // openbmc@lists.ozlabs.org, 2025-02, Message-ID CAGm54UHxNhSkzC84hS7fh_s-DpdOuii0g2O=GU4Z1aPQ6YMgKw@mail.gmail.com
  // (abridged): headed and listed like a report, written to ask how to fix something
  const body = [
    'This email describes a repo-ci issue on some repos related to',
    'clang-tidy and requests for comments to fix this issue.',
    '',
    '# Background',
    '',
    '1. At first, openbmc-build-scripts uses `run-clang-tidy` to run and',
    'fix the clang-tidy issues. This works ok.',
    '2. Later, build-scripts changes it to run `ninja clang-tidy` [1]',
    '3. Then meson introduces `clang-tidy-fix`, that does call',
    '`run-clang-tidy -fix` internally, and thus it could "fix" the code.',
    '4. Now with meson 1.7.0, it changes the internal `clang-tidy-fix`',
    'behaviors, and it will check all the c/c++ like files again.',
    '',
    '# The issue',
    '',
    'With the current meson calling "clang-tidy-fix", it introduces another',
    'issue in that it runs **all** the c/c++ like files of the repo, even',
    "if it's not configured to be compiled.",
    '',
    '# How to fix',
    '',
    "I would like to ask how to fix such issues from OpenBMC's perspective.",
    '',
    'Several potential options to discuss:',
    "1. To fix meson's clang-tidy to run only files from `compile_commands.json`.",
    '2. Change back build-scripts to call `run-clang-tidy`.',
    '3. Keep current behavior, and avoid any repo that has a similar case',
    'as `phosphor-debug-collector`.',
    '(https://gerrit.openbmc.org/c/openbmc/phosphor-debug-collector/+/78065',
    'does fix this from the repo)',
    '',
  ].join('\n');
  it('is no report, though headed and listed like one', () => {
    const r = detect('About meson clang-tidy issue on some repos', body);
    expect(r.reason).toContain('lays out a design or a problem ("Background", "The issue")');
    expect(r.isReport).toBe(false);
  });
  it('unless a report\'s subject vouches for it', () => {
    expect(detect('Build scripts status update', body).reason).not.toContain('lays out a design');
  });
  // an OpenBMC design document posted with no subject (openbmc list, 2019-05-15): its first
  // heading is read as its title, which vouches for nothing
  it('nor when a post with no subject opens with a heading that says nothing of a report', () => {
    const design = ['## Problem Description', 'Issue #457:  Add support to debug unresponsive host.', '', '',
      '## Background and References', 'There are situation at customer places where OPAL/Linux goes unresponsive',
      'causing a system hang.', '', '## Proposed Design for POWER processor based systems:', 'Get all Host CPUs in reset vector.', '',
      '### Redfish Schema used:', '', '   - Reference: DSP2046 2018.3,', '   - ComputerSystem 1.6.0 schema provides an action', '   - Nmi: Generate a Diagnostic Interrupt', '',
      '## Alternatives Considered', 'NA', '', '## Impacts', 'NA', '', '## Testing', 'Tested on a system.', ''].join('\n');
    const r = detect('', design);
    expect(r.reason).toContain('lays out a design or a problem ("Problem Description", "Background and References")');
    expect(r.isReport).toBe(false);
  });
});

describe('a report named in the list\'s own language', () => {
  it('is one by its subject, as in English', () => {
    // zephir-team@lists.berlios.de, 2005-05 (fixtures/real-corpus/zephir): `Rapport`; deepamehta-devel, 2008-02: `Statusbericht`
    expect(detect('[Zephir-team] ZephIR : Rapport of the first Conf Call - 20/May/2005').reason).toMatch(/subject says "Rapport" \+2/);
    expect(detect('[deepamehta-devel] DeepaMehta 2.0b8 Release Plan / Statusbericht').reason).toMatch(/subject says "Statusbericht" \+2/);
    expect(detect('[x] A rapporteur for the session').reason).not.toMatch(/subject says/);
  });
});

describe('a first bracket tag that names a report', () => {
  it('is a cue, not the list\'s tag', () => {
    // dev@flink.apache.org, 2023-11 (fixtures/real-corpus/flink): `[SUMMARY] Flink 1.19 Release Sync 11/14/2023`
    expect(detect('[SUMMARY] Flink 1.19 Release Sync 11/14/2023').reason).toMatch(/subject says "SUMMARY" \+2/);
    // the kernel lists' `[report]` (a bug) and KernelCI's `[STATUS]` (a bot) stay tags
    expect(detect('[report] Performance regressions introduced via "cpuidle: menu" on 6.12.y').reason).not.toMatch(/subject says "report"/);
  });

  it('is no release announcement where `[ANNOUNCE]` tags how a release to come stands (Xen 4.15 release manager, 2021)', () => {
    // xen-devel, 2021-02 and 2021-03 (fixtures/real-corpus/xen/2021-02-announce-xen-4-15-call-for-status-of-significant-bugs,
    // 2021-03-announce-xen-4-15-release-status-branching-tomorrow)
    expect(detect('[ANNOUNCE] Xen 4.15 - call for notification/status of significant bugs').reason).not.toMatch(/release announcement/);
    const branching = detect('[ANNOUNCE] Xen 4.15 - release status, branching tomorrow');
    expect(branching.reason).not.toMatch(/release announcement|something coming/);
    expect(branching.reason).toMatch(/subject says "branching" \+3/);
    // (a release's own announcement keeps its weight)
    expect(detect('[ANNOUNCE] Xen 4.15 released').reason).toMatch(/release announcement/);
  });

  it('is a cue where it names how a release line stands, `[STATUS 2.5]`, not a bot\'s `[STATUS]` (2.5 kernel status, 2002)', () => {
    // linux-kernel, 2002-12 (fixtures/real-corpus/linux-kernel/2002-12-status-2-5-december-24)
    expect(detect('[STATUS 2.5]  December 24, 2002').reason).toMatch(/subject says "STATUS" \+2/);
    expect(detect('[STATUS] next/master - b775e489bec70895b7ef6b66927886bbac79598f').reason).not.toMatch(/subject says "STATUS"/);
  });
});

describe('a release manager\'s countdown', () => {
  // python-committers, 2017-03 and 2017-11 (fixtures/real-corpus/python/2017-03-3-6-1-release-status-and-plans,
  // 2017-11-reminder-12-weeks-to-3-7-feature-code-cutoff): prose, a paragraph to a line as the mailer sent it
  const PROSE = readFileSync(new URL('../../fixtures/real-corpus/python/2017-03-3-6-1-release-status-and-plans.eml', import.meta.url), 'utf8').split(/\r?\n\r?\n/).slice(1).join('\n\n');

  it.each([
    ['[python-committers] 3.6.1 release status and plans', 'subject says "3.6.1 release status" +2'],
    ['[python-committers] 3.7.1 and 3.6.7 Release Update', 'subject says "3.6.7 Release Update" +2'],
    ['[python-committers] Reminder: 12 weeks to 3.7 feature code cutoff', 'subject says "feature code cutoff" +3'],
    ['Xen 4.18 release: Reminder about code freeze', 'subject says "code freeze" +3'],
  ])('is a report: %s', (subject, cue) => {
    const r = detect(subject, PROSE);
    expect(r.reason).toContain(cue);
    // a reminder of a milestone is no meeting's reminder
    expect(r.reason).not.toContain('meeting or agenda');
    // paragraphs on long lines are text enough, not a post without a list
    expect(r.reason).not.toContain('no list or sections');
    expect(r.isReport).toBe(true);
  });

  it.each([
    // (fixtures/real-corpus: ltp/2019-12-ltp-release-plans, python/2015-11-python-3-5-1-release-schedule, qt/2020-02-qt-5-15-feature-freeze-reply)
    ['[LTP] LTP release plans'],
    ['[python-committers] Python 3.5.1 release schedule'],
    ['[Releasing] [Development] HEADS-UP: Qt 5.15 Feature Freeze is in effect now'],
    ['[python-committers] I *might* push Python 3.4.0 alpha 4 back a week'],
  ])('names no countdown: %s', (subject) => {
    expect(detect(subject, PROSE).reason).not.toMatch(/release-milestone|subject says "[^"]*(?:plans|schedule|freeze|alpha)/i);
  });

  it('still counts a short prose mail as having no list', () => {
    expect(detect('[python-committers] 3.6.1 release status', 'rc1 is out.\nPlease test it.\n').reason).toContain('no list or sections -1.5');
  });
});

describe('the current state of a project', () => {
  it('is a report cue in a subject, weaker than a "state of the" newsletter', () => {
    // bcm43xx-dev, 2007-03 (fixtures/real-corpus/bcm43xx/2007-03-current-state-of-bcm43xx-softmac)
    expect(detect('Current state of bcm43xx-softmac').reason).toContain('subject says "Current state of" +2');
    // `Enabling forward progress in subprojects...` (openbmc) is a design thread, not progress told
    expect(detect('Enabling forward progress in subprojects in the face of unresponsive maintainers', PROSE_DESIGN).reason).not.toContain('subject says "progress"');
  });
});

const PROSE_DESIGN = 'Some subprojects have had pull requests waiting for months.\nI would like to propose that any maintainer may merge after two weeks.\n';

describe('an opening that says what the post is', () => {
  // what the rest of such a post shows: too little alone (the opening is read where it can decide)
  const SHORT_LIST = '\n\n * moved the parser over\n * the tests pass again\n * docs are still to do\n';
  it('counts when the writer shares their progress or sends the minutes', () => {
    // (after fixtures/real-corpus/gsoc/2022-07-gsoc-week-5-6-status-update)
    const r = detect('', ['Hi all,', '', 'Sharing my latest progress on the port below.', SHORT_LIST].join('\n'));
    expect(r.reason).toContain('opens saying what it is ("Sharing my latest progress")');
    // openbmc, 2019-05 (fixtures/real-corpus/openbmc/2019-05-test-work-group-mom-30-may)
    expect(detect('', `Dear All,\n\nHere with sending MoM of last instance of test work group meeting.${SHORT_LIST}`).reason).toContain('opens saying what it is');
    // (and is not read where it cannot decide: a post settled without it)
    expect(detect('', ['Hi all,', '', "I'm writing to share my latest progress on the port.", '', REPORT_BODY].join('\n')).reason).not.toContain('opens saying what it is');
  });

  it.each([
    // (fixtures/real-corpus: openjdk/2017-12-eg-meeting-minutes..., wikimedia/2012-11-wikimedia-foundation-report...,
    // python/2017-03-3-6-1-release-status-and-plans, opendaylight/2013-12-tsc-status..., openstack/2020-06-tc-victoria-vptg-summary)
    ["I've attached minutes for our meeting on Thu 7 Dec."],
    ['please find below the WMF report for September 2012, in plain text.'],
    ['An update on the 3.6.1 release:  As you probably noticed, rc1 was made available.'],
    ['While it is still fresh, I wanted to take a moment to summarize discussions and action items.'],
    // (round 17: open-mpi/2014-12-1-8-4rc-status, sleep/2007-05-sleep-2-1-status-and-release-roadmap)
    ['Trying to summarize the current situation on releasing 1.8.4. Remaining identified issues:'],
    ['I just wanted to take a minute and let everyone know what is happening with Sleep 2.1.'],
    // (since parser 98: uctimsclient/2008-05-uct-ims-client-update, Richard Good on uctimsclient-users, 2008)
    ['This is just a quick update on the status of the UCT IMS Client and related projects.'],
    // (and apache/2008-08-roller-quarterly-board-report-draft, Dave Johnson on roller-dev, 2008)
    ['This is my quarterly board report for August 2008. It covers community health and plans for new work.'],
  ])('and in the other ways real posts open: %s', (opening) => {
    expect(detect('', `Hi all,\n\n${opening}${SHORT_LIST}`).reason).toContain('opens saying what it is');
  });

  it('not when it only speaks of an update', () => {
    expect(detect('', `Hi,\n\nDid anyone share the update script? I could not find it.${SHORT_LIST}`).reason).not.toContain('opens saying what it is');
  });
});

describe('round 17 (real posts, scored blind once, then tuned on)', () => {

  it.each([
    // devel@lists.open-mpi.org, Message-IDs 1202F45A-D88C-4ECA-A5E9-FF46DE0A73BC@open-mpi.org and the 2014-08 one
    // (+3 since parser 62: a release held up weighs as a milestone's countdown)
    ['[OMPI devel] 1.8.4 release delayed', 'subject says "1.8.4 release delayed" +3'],
    ['[OMPI devel] v1.8.2 still held up...', 'subject says "v1.8.2 still held up" +3'],
    // plantlore-dev (Slovak: minutes of the meeting; state of things), ea88f1620604031302o76ad4cbew3423f0845d698cf5@mail.gmail.com
    ['[Plantlore-dev] Zapis zo schodzky Plantlore', 'subject says "Zapis zo schodzky" +2.5'],
    ['[Plantlore-dev] Stav veci na serveru', 'subject says "Stav" +2'],
    // tops-dev, 1228145401.18858.23.camel@localhost
    ['[tops-dev] new developments in Total Open Station', 'subject says "new developments in" +2'],
    // minutes and news in other languages: genaro-somos-todos (Spanish), BAY1-F377A499C3F1E638E3A3083D5220@phx.gbl;
    // nereus-devel (German), 200506051618.SAA14408@isis.informatik.uni-stuttgart.de; jelix-public (French),
    // 43C1B099.9000300@excel-racing-cars.com
    ['[Genaro-somos-todos] Acta de reunion 26-04-2005', 'subject says "Acta de reunion" +2.5'],
    ['[Genaro-somos-todos] acta reunion_23_11_04', 'subject says "acta reunion" +2.5'],
    ['[Nereus-devel] Aktualisierung von Nereus', 'subject says "Aktualisierung" +2'],
    ['[Jelix-public] Checkins de la semaine', 'subject says "de la semaine" +2'],
    // linux-kernel, 20061115102122.GQ22565@stusta.de: a release's open regressions, listed
    ['2.6.19-rc5: known regressions (v3)', 'subject says "known regressions" +2.5'],
  ])('a subject that tells how things stand is a cue: %s', (subject, cue) => {
    expect(detect(subject).reason).toContain(cue);
  });

  it('a meeting\'s date in a call to meet is when it meets, not a dated meeting report', () => {
    // sleep-developers, Pine.LNX.4.58.0706111352320.25660@jethro.hick.org
    const r = detect('[Sleep-developers] REMINDER CDJDN Meeting is this Wednesday 6/13/07 @6:00pm Please RSVP (fwd)', bodyOf('sleep/2007-06-reminder-cdjdn-meeting'));
    expect(r.reason).toContain('meeting or agenda mail');
    expect(r.reason).not.toMatch(/subject says "Meeting/);
    expect(r.isReport).toBe(false);
    // minutes keep their date
    expect(detect('Minutes of the 2007-06-13 meeting').reason).toContain('+2');
  });

  it('reads a date written day first, and no date in an agenda\'s subject', () => {
    // gcc-c54x-dev, 20051018204732.GE14588@blaze.notadns
    expect(detect('[gcc-c54x-dev] meeting notes - 18 Oct').reason).toContain('dated or numbered subject ("18 Oct") +1');
    // spdx (fixtures/real-corpus/spdx/2010-11-agenda-for-18-november-spdx-call): when the call meets
    const r = detect('[Spdx-tech] Agenda for 18 November SPDX call', bodyOf('spdx/2010-11-agenda-for-18-november-spdx-call'));
    expect(r.reason).not.toContain('dated or numbered subject');
    expect(r.isReport).toBe(false);
  });

  it('reads a date written without separators and a month of a year in a subject', () => {
    // rcpviewer-contributors, 42EDE667.3000107@incremental.eu.com; openthesaurus-discuss, 201108212216.52664@danielnaber.de
    expect(detect('[Rcpviewer-contributors] Progress 20050801').reason).toContain('dated or numbered subject ("20050801") +1');
    expect(detect('[OpenThesaurus] OpenThesaurus-News 8/2011').reason).toContain('dated or numbered subject ("8/2011") +1');
    // (not the end of a full date, nor a number that is no date)
    expect(detect('Hello Friend 12/11/2020').reason).not.toContain('dated or numbered subject ("11/2020")');
    expect(detect('Bug 20051399 fixed').reason).not.toContain('dated or numbered');
  });

  it('a diffstat under a subject that names a report is a tree\'s state, not a patch', () => {
    // linux-ide, 20041001045822.GA25784@havoc.gtf.org: the queue's shortlog and diffstat, no diff
    const r = detect('[sata] status report, libata-dev queue updated', bodyOf('linux-ide/2004-10-sata-status-report-libata-dev-queue-updated'));
    expect(r.reason).not.toContain('patch');
    expect(r.isReport).toBe(true);
    // the same diffstat under a subject that names nothing is still a patch's
    expect(detect('libata-dev queue', bodyOf('linux-ide/2004-10-sata-status-report-libata-dev-queue-updated')).reason).toContain('patch (Signed-off-by or diffstat in the body) -7');
  });

  it('a post that asks for help, a bug\'s status asked for and a candidate available for testing are no reports', () => {
    // linux-pci, CAAUwoOjXGzaTQ4Dbx3wcMOiy484Sjd4Vv1=ZDiVrYvCEaNiRcA@mail.gmail.com: `I have a question regarding p2pdma support`
    const p2p = detect('P2PDMA support status for the sappire rapids+', bodyOf('linux-pci/2025-04-p2pdma-support-status-sapphire-rapids'));
    expect(p2p.reason).toContain('asks for help -2');
    expect(p2p.isReport).toBe(false);
    // linux-nfs, 0d586513-819c-4af9-8c9f-8d09d326e547@schu.net: `Can someone help me understand how this currently works`
    expect(detect('Current state of nfsdv4 recovery.', bodyOf('linux-nfs/2026-03-current-state-of-nfsdv4-recovery')).isReport).toBe(false);
    // linux-raid, 5f25dea4-41f6-4bf2-aeed-deb9d8c76e29@web.de
    expect(detect('status of bugzilla #99171 - mdraid broken for O_DIRECT').reason).toContain('question (subject starts "status of")');
    // linux-man, 20230220223904.sxw4peeov64gtinv@illithid
    expect(detect('groff 1.23.0.rc3 available for testing').reason).toContain('release announcement (subject says "available for testing")');
  });

  it('a tag naming a GSoC project and a tag numbering the issue make a GSoC report', () => {
    // qemu-devel, 2020-07 (fixtures/real-corpus/qemu/2020-07-gsoc-tcg-continuous-benchmarking-report-4)
    const r = detect('[REPORT] [GSoC - TCG Continuous Benchmarking] [#4] Listing QEMU Helpers and Function Callees', bodyOf('qemu/2020-07-gsoc-tcg-continuous-benchmarking-report-4'));
    expect(r.reason).toContain('subject says "[GSoC - TCG Continuous Benchmarking]" +2.5');
    expect(r.reason).toContain('dated or numbered subject ("[#4]") +1');
    expect(r.isReport).toBe(true);
    // (a bug's number in a tag is no issue of a series: `[Bug 1152]` is no `[#N]`)
    expect(detect('[Bug 1152] New: update').reason).not.toContain('dated or numbered subject ("[#');
  });

  it('a preview line padded with invisible characters is a marketing mail', () => {
    // linux1394-devel, 20211122161246.15351.751273957.swift@motorcityfunding.activehosted.com (taken at random)
    const r = detect('SBA EIDL Update!', bodyOf('linux1394/2021-11-spam-sba-eidl-update'));
    expect(r.reason).toContain('a marketing mail');
    expect(r.isReport).toBe(false);
    // one zero-width joiner in a word is no padding
    expect(detect('Weekly status update (week 7)', `${REPORT_BODY}\nsome\u200cword\n`).reason).not.toContain('marketing');
  });

  it('[ANN] over statistics announces no release; a commit report is a bot\'s', () => {
    // netdev, 20231101162906.59631ffa@kernel.org
    const r = detect('[ANN] netdev development stats for 6.7', bodyOf('netdev/2023-11-ann-netdev-development-stats-6-7'));
    expect(r.reason).not.toContain('release announcement');
    expect(r.isReport).toBe(true);
    expect(detect('[ANN] U-Boot v2025.04-rc4 released').reason).toContain('release announcement');
    // schafkopf-devel, 200502141637.j1EGbMgk001898@sheep.berlios.de
    expect(detect('[Schafkopf-devel] Commit Report - Schafkopf TODO-Liste aktualisiert').reason).toContain('bot or tracker notification');
  });

  it('a new version of something, announced, is no report', () => {
    // cf-metadata@cgd.ucar.edu, 2018-02 (taken at random: every 500th message)
    const r = detect('[CF-metadata] CF standard name table - February update', bodyOf('cf-convention/2018-02-rand-standard-name-table-update'));
    expect(r.reason).toContain('announces a new version');
    expect(r.isReport).toBe(false);
  });

  it('first-person past tense with more verbs says what was done', () => {
    // at76c503a-develop, 1181785229.26025.21.camel@dv
    const r = detect('[at76c503a-develop] Status of the driver', bodyOf('at76c503a/2007-06-status-of-the-driver'));
    expect(r.reason).toMatch(/says what was done \(\d\+? "I\/we did" phrases\)/);
    // present tense tells what one does, not what was done
    expect(detect('Evangelism notes', 'I create a subclass of an existing class.\nI run my code.\nWe integrate it later.\n').reason).not.toContain('says what was done');
  });
});

describe('a post that opens with what it quotes', () => {

  it('answers it, whatever its subject and headers kept (a copy without `Re:` nor In-Reply-To)', () => {
    // tex-live, 2013-04 (fixtures/real-corpus/texlive/2013-04-tl13-status-reply): `Reinhard Kotucha wrote:` over a quote, answered
    const r = detect('[tex-live] TL13 status', bodyOf('texlive/2013-04-tl13-status-reply'));
    expect(r.reason).toContain('answers a quoted post');
    expect(r.isReport).toBe(false);
  });

  it('not when it is known as a reply (weighed as one already), nor a forward', () => {
    expect(detect('Re: [tex-live] TL13 status', bodyOf('texlive/2013-04-tl13-status-reply')).reason).not.toContain('answers a quoted post');
    expect(detect('[tex-live] TL13 status', bodyOf('texlive/2013-04-tl13-status-reply'), true).reason).not.toContain('answers a quoted post');
    expect(detect('Weekly status update (week 7)', REPORT_BODY).reason).not.toContain('answers a quoted post');
  });
});

describe('round 24 (real posts, scored blind once, then tuned on)', () => {

  it('reads a month\'s report named `X in <month>` as a report, and no other `in <date>`', () => {
    // postmarketOS blog, 2024-09 (fixtures/real-corpus/postmarketos/2024-09-postmarketos-in-2024-09)
    const r = detect('postmarketOS in 2024-09: systemd, PCB, talks, non-latin language fonts', bodyOf('postmarketos/2024-09-postmarketos-in-2024-09'));
    expect(r.reason).toContain('(a month\'s report) +2');
    expect(r.isReport).toBe(true);
    // rb-general, 2019-12 (fixtures/real-corpus/reproducible-builds)
    expect(detect('[rb-general] November 2019 in Reproducible Builds', REPORT_BODY).reason).toContain('subject says "November 2019 in Reproducible Builds"');
    expect(detect('Bug in 2024-09 snapshot', REPORT_BODY).reason).not.toContain('a month\'s report');
    expect(detect('Crash in Firefox since March 2024, any idea?', REPORT_BODY).reason).not.toContain('a month\'s report');
  });

  it('takes no numbered first section for a title line (a Genode Labs newsletter whose page lost its subject)', () => {
    // genode-main, 2012-01 (fixtures/real-corpus/genode/2012-01-genode-labs-newsletter-liberating-development)
    const r = detect('', bodyOf('genode/2012-01-genode-labs-newsletter-liberating-development'));
    expect(r.reason).not.toContain('title line');
    expect(r.isReport).toBe(true);
  });
});

describe('round 25 (real posts, scored blind once, then tuned on)', () => {

  it("reads MeetBot's minutes as a meeting summary, named by the meeting alone (OPNFV TSC, 2015-11-24)", () => {
    // opnfv-tech-discuss, MeetBot summary (fixtures/real-corpus/opnfv/2015-11-opnfv-tsc-meetbot-summary-2015-11-24)
    const r = detect('#opnfv-meeting: OPNFV TSC', bodyOf('opnfv/2015-11-opnfv-tsc-meetbot-summary-2015-11-24'));
    expect(r.reason).toContain("MeetBot's summary of a meeting");
    expect(r.reason).not.toContain('subject names no report');
    expect(r.isReport).toBe(true);
  });

  it('takes an IRC log for what was said, not a summary of it (I2P dev meeting 100, 2004-07)', () => {
    // i2p, meeting 100 log (fixtures/real-corpus/i2p/2004-07-i2p-dev-meeting-irc-log-100)
    const r = detect('I2P dev meeting, July 27, 2004', bodyOf('i2p/2004-07-i2p-dev-meeting-irc-log-100'));
    expect(r.reason).toMatch(/an IRC log \(\d+ of \d+ lines\) -4/);
    expect(r.isReport).toBe(false);
  });

  it('takes a blank form for no report ([YYYY-MM-DD] Week in Review, <enter date here>)', () => {
    // kata-containers community repository, 2018-04; ipfs team-mgmt, 2018
    expect(detect('[YYYY-MM-DD] Week in Review', bodyOf('kata-containers/2018-04-week-in-review-report-template')).isReport).toBe(false);
    expect(detect('⚡️ⒿⓈ Core Dev Team Weekly Sync 🙌🏽 <enter date here>', REPORT_BODY).reason).toContain('a template (its subject holds a placeholder) -6');
    expect(detect('Weekly sync <2019-04-03>', REPORT_BODY).reason).not.toContain('template');
  });
});

describe('round 26 (real posts, scored blind once, then tuned on)', () => {
  it('reads a day written with its ordinal as a date (Debian Weekly News - June 6th, 2006)', () => {
    // debian-news, 2006-06 (fixtures/real-corpus/debian/2006-06-debian-weekly-news-june-6th-2006)
    const r = detect('Debian Weekly News - June 6th, 2006', bodyOf('debian/2006-06-debian-weekly-news-june-6th-2006'));
    expect(r.reason).toContain('dated or numbered subject ("June 6th")');
    expect(r.isReport).toBe(true);
    expect(detect('Meeting minutes (March 22nd)').reason).toContain('March 22nd');
  });
});

describe('round 27 (real posts, scored blind once, then tuned on)', () => {
  it('reads release notes listed as a topic of a release update as a topic, not a release (Debian, 2006-09)', () => {
    // debian-devel-announce, 2006-09 (fixtures/real-corpus/debian/2006-09-release-update-release-notes-base-freeze)
    const r = detect('release update: release notes, base freeze', bodyOf('debian/2006-09-release-update-release-notes-base-freeze'));
    expect(r.reason).not.toContain('release announcement');
    expect(r.isReport).toBe(true);
    expect(detect('Foo 2.1 release notes', REPORT_BODY).reason).toContain('release announcement');
  });
});

describe('round 28 (real posts, scored blind once, then tuned on)', () => {
  it('takes a commit notification for a bot\'s mail, whatever file it commits (gentoo-commits 2009, incubator cvs 2003)', () => {
    // gentoo-commits, 2009-07; general@incubator.apache.org, 2003-09
    expect(detect('[gentoo-commits] gentoo commit in xml/htdocs/proj/en/council/meeting-logs: 20090720-summary.txt 20090720.txt', REPORT_BODY).reason).toContain('bot or tracker notification');
    expect(detect('cvs commit: incubator/projects/geronimo STATE.txt STATUS', REPORT_BODY).isReport).toBe(false);
    expect(detect('Commits review meeting summary', REPORT_BODY).reason).not.toContain('bot or tracker');
  });
});

describe('round 29 (real posts, scored blind once, then tuned on)', () => {
  it('reads a wrap-up as a summary and a postponed feature freeze as a release\'s status (wine-devel 2016, typo3-team-core 2012)', () => {
    expect(detect('Wineconf wrap up').reason).toContain('subject says "wrap up" +2');
    expect(detect('Wrap-up of wineconf').reason).toContain('subject says "Wrap-up" +2');
    expect(detect('[TYPO3-core] TYPO3 4.7 Feature Freeze postponed', bodyOf('typo3/2012-02-typo3-4-7-feature-freeze-postponed')).isReport).toBe(true);
  });
});

describe('round 30 (real posts, scored blind once, then tuned on)', () => {
  it('reads an update that is out as a report, not a release announcement (Openmoko community update, 2009-04)', () => {
    expect(detect('16th community update released', REPORT_BODY).reason).not.toContain('release announcement');
    expect(detect('Foo 2.1 released', REPORT_BODY).reason).toContain('release announcement');
  });
});

describe('round 31 (real posts, scored blind once, then tuned on)', () => {
  it('reads a list\'s weekly summary as a report, and an agenda told of as no invitation (OSAF design list, 2006-01)', () => {
    expect(detect('[Chandler-dev] [Sum] July 3 - 9', REPORT_BODY).reason).toContain('subject says "[Sum]"');
    expect(detect('Last week on the design list (Jan 24-29)').reason).toContain('subject says "Last week on"');
    expect(detect('This Fortnight on perl5-porters').reason).toContain('subject says "This Fortnight on"');
    const r = detect('[Design] [Sum] Last week on the design list (Jan 24-29)', bodyOf('chandler/2006-01-design-sum-last-week-jan-24-29'));
    expect(r.reason).not.toContain('invites to a meeting');
    expect(r.isReport).toBe(true);
    expect(detect('Weekly sync', 'Please find the agenda for the meeting below.\n').reason).toContain('invites to a meeting');
  });
});

describe('round 32 (real posts, scored blind once, then tuned on)', () => {
  it('reads the results announced as no release announced (NetBSD and the Summer of Code, 2005)', () => {
    expect(detect('Summary', 'The NetBSD Project is pleased to announce the results of its participation in the program.\n').reason).not.toContain('announces a release');
    expect(detect('Summary', 'The NetBSD Project is pleased to announce NetBSD 3.0.\n').reason).toContain('announces a release');
  });
});

describe('round 34 (real posts, scored blind once, then tuned on)', () => {
  it('reads a subject opening `The state of X` as a report\'s, and Spanish minutes whose words are joined by underscores (gpsd 2005-2006, genaro 2004)', () => {
    expect(detect('[Gpsd-users] The state of gpsd').reason).toContain('subject says "The state of g"');
    expect(detect('[Gpsd-users] State of GPSD').reason).toContain('subject says "State of G"');
    expect(detect('[Stgt-devel] The current state (tgt and IBM VIO server LLD)').reason).toContain('subject says "The current state (');
    expect(detect('[Genaro-somos-todos] acta_reunion_21_12_04').reason).toContain('subject says "acta_reunion"');
    // (not a state somewhere further in the subject)
    expect(detect('Saving the state of gpsd across restarts').reason).not.toMatch(/subject says "[^"]*state/i);
  });
});

describe('round 35 (real posts, scored blind once, then tuned on)', () => {
  it('reads an organisation head\'s monthly letter as a report, as a DPL\'s bits (amsat-bb 2003-2005)', () => {
    expect(detect("President's Letter July 2005").reason).toContain('subject says "President\'s Letter"');
    expect(detect("President's April Letter").reason).toContain('subject says "President\'s April Letter"');
    expect(detect('A letter from the Executive Director').reason).toContain('subject says "letter from the Executive Director"');
    // (a letter of someone else's is none)
    expect(detect('Letter to the president').reason).not.toMatch(/subject says/);
  });
});

describe('round 36 (real posts, scored blind once, then tuned on)', () => {
  it('reads Portuguese and Italian minutes by their subjects (ANSOL 2002, Italian Linux Society 2018)', () => {
    expect(detect('[ANSOL-geral]Acta da reunião de Sábado.').reason).toContain('subject says "Acta da reunião"');
    expect(detect('[gl-como] verbale assemblea 24/03/2018').reason).toContain('subject says "verbale assemblea"');
  });

  it('does not take minutes saying the agenda was approved for a call to meet (Linux Australia council, 2003)', () => {
    const minutes = 'The meeting was called to order at 1515 hrs. The agenda for the meeting was approved as follows:\n\n1. Apologies\n2. Treasurer\n';
    expect(detect('[Linux-aus] Minutes - February 5th 2003', minutes).reason).not.toContain('invites to a meeting');
    expect(detect('Council meeting', 'Hi,\n\nThe agenda for the meeting is below, please add items.\n').reason).toContain('invites to a meeting');
  });
});

describe('round 38 (real posts, scored blind once, then tuned on)', () => {
  it('reads German `Mitschrift` as minutes and a dated meeting in the list\'s own language (lehstuver 2004, riminilug 2003)', () => {
    expect(detect('[Lehstuver-devel] Mitschrift Treffen mit Herrn W. 23.06.2004').reason).toContain('subject says "Mitschrift"');
    expect(detect('[riminilug-general] riunione-assemblea del 6 febbraio 2003').reason).toContain('subject says "riunione-assemblea del 6 febbraio 2003"');
    // (not a meeting word inside another: `Sitzungsprotokoll` is read as minutes, `Reunion Island 2003` as nothing)
    expect(detect('Reunion Island 2003 photos').reason).not.toMatch(/subject says/);
  });
});

describe('round 39 (real posts, scored blind once, then tuned on)', () => {
  it('reads Danish, Swedish, Italian and French minutes by their subjects (SSLUG 1999-2005, Flug 2006, April 2011)', () => {
    expect(detect('Referat af SSLUG bestyrelsesmøde 1999-11-14').reason).toContain('subject says "Referat af"');
    expect(detect('Revideret mødereferat af medlemsmøde til gennemsyn').reason).toContain('subject says "mødereferat"');
    expect(detect('Mötesprotokoll av styrelsemöte i SSLUG den 14:de januari, 2001').reason).toContain('subject says "Mötesprotokoll"');
    expect(detect('[Flug] Resoconto della riunione di ieri sera').reason).toContain('subject says "Resoconto della riunione"');
    expect(detect('Compte rendu de la réunion du 30 mai sur le guide Libre Association').reason).toContain('subject says "Compte rendu de la réunion"');
    // (a day and month before the year is a date: `8/1 2003`)
    expect(detect('Referat fra bestyrelsemötet 8/1 2003').reason).toContain('dated or numbered subject ("8/1 2003")');
    // (German `Referat`, a talk, is not minutes: `Referat über Linux`)
    expect(detect('Referat über Linux im Unterricht').reason).not.toMatch(/subject says/);
  });

  it('reads Portuguese minutes of a general assembly and Italian minutes of a board written with an underscore (ANSOL 2003, AsSoLi 2013; parser 111)', () => {
    // fixtures/real-corpus/ansol/2003-03-acta-da-2a-assembleia-geral-da-ansol, assoli/2013-07-verbale-consiglio-direttivo-17-luglio (round 91)
    expect(detect('Acta da 2ª Assembleia Geral da ANSOL').reason).toContain('subject says "Acta da 2ª Assembleia Geral"');
    expect(detect('Verbale_Consiglio 130717').reason).toContain('subject says "Verbale_Consiglio"');
  });

  it('reads a Norwegian call to an annual meeting as a call to meet, its agenda and last year\'s figures no report (NUUG 2003, OfLUG 2007; parser 110)', () => {
    // fixtures/real-corpus/nuug/2003-04-innkalling-til-ordinaert-arsmote-2003, oflug/2007-03-innkalling-til-arsmote-2007 (round 90)
    expect(detect('Innkalling til ordinært årsmøte 2003').reason).toContain('meeting or agenda mail');
    expect(detect('Innkalling til årsmøte 2007').isReport).toBe(false);
  });

  it('reads a Serbian assembly\'s session by its subject (Wikimedia Serbia 2023; round 95, parser 116)', () => {
    // fixtures/real-corpus/wikimedia/2023-02-dvadeset-deveta-redovna-sednica-skupstine
    expect(detect('Двадесет девета редовна седница Скупштине').reason).toContain('subject says "седница"');
    expect(detect('Записник са седнице Управног одбора').isReport).toBe(true);
    // (not a word that only holds the letters: `заседницама`)
    expect(detect('О заседницама').reason).not.toContain('subject says');
  });

  it('reads a meeting named by its number as dated, and a meeting\'s follow-up as its outcome (GridPP 2002-2008, Ubuntu Accessibility 2010; round 96, parser 117)', () => {
    // fixtures/real-corpus/gridpp/2008-02-minutes-of-the-291st-gridpp-pmb-meeting, gridpp/2002-03-minutes-of-the-26th-gridpp-project-management-board
    expect(detect('Minutes of the 291st GridPP PMB meeting').reason).toContain('dated or numbered subject ("291st GridPP PMB meeting")');
    expect(detect('Minutes of the 26th GridPP Project Management Board').reason).toContain('dated or numbered subject ("26th GridPP Project Management Board")');
    // (not a number that counts something else: `3rd party tools`)
    expect(detect('Status of 3rd party tools').reason).not.toContain('dated or numbered');
    // fixtures/real-corpus/ubuntu/2010-06-follow-up-from-may-25th-meeting-accessibility-team-goals
    const followUp = detect('Follow-up From May 25th Meeting/Accessibility Team Goals for Maverick Meerkat');
    expect(followUp.reason).toContain('subject says "Follow-up From May 25th Meeting"');
    expect(followUp.reason).not.toContain('meeting mail');
    // (a follow-up about when to meet stays a call to meet)
    expect(detect('Follow-up on meeting time').reason).toContain('a meeting\'s time');
  });

  it('reads a conference that invites presentations as its call for papers (AfNOG 3, 2002; round 96, parser 117)', () => {
    // fixtures/real-corpus/afrik-it/2002-01-afnog-3-call-for-presentations
    const r = parseStatusPost({ subject: '', body: bodyOf('afrik-it/2002-01-afnog-3-call-for-presentations') });
    expect(r.reason).toContain('calls for papers');
    expect(r.isReport).toBe(false);
  });

  it('reads a Turkish status report by its subject, a board that met as a meeting held, and a release\'s notes as no report (round 97, parser 118)', () => {
    // fixtures/real-corpus/gnome/2002-05-gnome-turkce-yerellestirme-projesi-durum-raporu (GNOME's Turkish translators, 2002)
    expect(detect('GNOME Turkce Yerellestirme Projesi: Durum raporu').reason).toContain('subject says "Durum raporu"');
    // (not a bug's report: `Hata raporu`)
    expect(detect('Hata raporu: çökme').reason).not.toContain('subject says');
    // fixtures/real-corpus/openstack/2025-06-openinfra-governing-board-inaugural-meeting (its copy shows no subject)
    expectBodyAloneReport('openstack/2025-06-openinfra-governing-board-inaugural-meeting', 'its opening tells of a meeting held ("Board met today")');
    // (and opendaylight/2013-12-tsc-status..., which parser 116 read as an opening saying what it is)
    expect(detect('', 'Hi all,\n\nThe TSC met on 12.05.2013. As might be expected, the bulk of the meeting was about the delay.\n\n * moved the parser over\n').reason).toContain('its opening tells of a meeting held ("TSC met on")');
    // fixtures/real-corpus/nordugrid/2020-07-release-notes-for-nordugrid-arc-6-7: the notes of a release, not a meeting's
    expect(detect('Release Notes for NorduGrid ARC 6.7').reason).not.toContain('subject says "Notes"');
    expect(detect('Meeting notes 2020-01-05').reason).toContain('subject says "Meeting notes"');
  });

  it('reads a year looked back on as dated (Open Research Institute 2021; round 98, parser 119)', () => {
    // fixtures/real-corpus/openresearch/2021-12-2021-retrospective-ori
    expect(detect('[Ground-station] 2021 Retrospective - ORI').reason).toContain('dated or numbered subject ("2021 Retrospective")');
    expect(detect('The NetBSD Foundation 2003 Annual Report').reason).toContain('dated or numbered subject ("2003 Annual Report")');
    // (not a year beside another word: `Python 2020 plans`)
    expect(detect('Python 2020 plans').reason).not.toContain('dated or numbered');
  });

  it('reads `we had a ... meeting` as a meeting held, and a look back over the past year as the post named (round 100, parser 121)', () => {
    // fixtures/real-corpus/libreswan/2013-06-helsinki-meetup-last-week (swan-dev, 2013): `Last week we had a gathering of
    // libreswan/openswan people in Helsinki.` over what the meetup settled, topic by topic
    const r = parseStatusPost({ subject: '[Swan-dev] Helsinki meetup last week', body: bodyOf('libreswan/2013-06-helsinki-meetup-last-week') });
    // (since parser 129 its subject names the meetup held too, `meetup last week`, and the opening tells of the one it names)
    expect(r.reason).toContain('its opening tells of the meeting held ("we had a gathering")');
    expect(r.isReport).toBe(true);
    expect(detect('[Swan-dev] Helsinki', 'Last week we had a gathering of libreswan/openswan people in Helsinki.\n\n- one\n- two\n').reason).toContain('its opening tells of a meeting held ("we had a gathering")');
    // (not what was had of a meeting: `we had a good review of outstanding f2f action items`, OSGeo 2017)
    expect(detect('AGM Followup', 'In our most recent mins that we had a good review of outstanding f2f action items, one thing we miss.\n\n- one\n').reason).not.toContain('meeting held');
    // fixtures/real-corpus/exherbo/2009-05-exherbo-was-announced-one-year-ago-today: `I'll be looking back over the past
    // year, recounting some of our many successes`
    const year = parseStatusPost({ subject: 'Exherbo was announced one year ago today!', body: bodyOf('exherbo/2009-05-exherbo-was-announced-one-year-ago-today') });
    expect(year.reason).toContain('its opening names it ("looking back over the past year")');
    expect(year.isReport).toBe(true);
    // (a look back in a reply names nothing new)
    expect(detect('Exherbo', 'Looking back over the past year, it went well.\n\nI did more tests.', true).reason).not.toContain('its opening names it');
  });

  it('reads a summit\'s session notes tagged `[TOPIC 1/17]` as a report, not a reply to them (Git Contributor\'s Summit; round 101, parser 122)', () => {
    // fixtures/real-corpus/git/2020-03-contributor-summit-topic-1-17-reftable: numbered notes, each speaker's point, under the summit's index
    const r = parseStatusPost({ subject: '[TOPIC 1/17] Reftable', body: bodyOf('git/2020-03-contributor-summit-topic-1-17-reftable'), isReply: true });
    expect(r.reason).toContain('subject says "[TOPIC 1/17]"');
    expect(r.isReport).toBe(true);
    expect(detect('[NOTES 01/11] SHA-256 and interoperability work').reason).toContain('subject says "[NOTES 01/11]"');
    // (an answer to one is no session's notes)
    expect(detect('Re: [TOPIC 1/17] Reftable').reason).not.toContain('[TOPIC 1/17]');
  });

  it('reads a subject that gives a call\'s hour and zone as its time, not a report (Akraino\'s TSC, 2020; round 102, parser 123)', () => {
    // fixtures/real-corpus/akraino/2020-12-tsc-2020-12-15-tues-7-am-pacific: the wiki page of the call's agenda
    expect(detect('TSC 2020-12-15 (Tues) 7 am Pacific').reason).toContain('a meeting\'s time (subject says');
    // (not its minutes)
    expect(detect('TSC minutes 2020-12-15 (Tues) 7 am Pacific').reason).not.toContain('a meeting\'s time');
  });

  it('reads `A month of the Hurd:` as news, a newsletter\'s draft as no report, and an agenda told in the past as no invitation (round 103, parser 124)', () => {
    // fixtures/real-corpus/hurd/2010-07-a-month-of-the-hurd-thanks-phil (the Hurd's monthly news, 2010)
    expect(detect('A month of the Hurd: Thanks, Phil!, Debian Installer, compatibility, and LWN article.').reason).toContain('subject says "A month of the Hurd:"');
    // (not a month of work on something: `A month of testing`)
    expect(detect('A month of testing the new installer').reason).not.toContain('subject says');
    // fixtures/real-corpus/git/2021-01-draft-of-git-rev-news-edition-71: a call to review next month's edition
    const draft = parseStatusPost({ subject: 'Draft of Git Rev News edition 71', body: bodyOf('git/2021-01-draft-of-git-rev-news-edition-71') });
    expect(draft.reason).toContain('a newsletter\'s draft');
    expect(draft.isReport).toBe(false);
    expect(detect('[Kde-games-devel] Draft of IRC meeting summary for review').reason).not.toContain('a newsletter\'s draft');
    // fixtures/real-corpus/dlang/2021-10-dlf-monthly-meeting-summary-september-24-2021: `The primary item on the agenda for
    // this meeting was a governance ...`
    const dlf = parseStatusPost({ subject: 'D Language Foundation Monthly Meeting Summary (September 24, 2021)', body: bodyOf('dlang/2021-10-dlf-monthly-meeting-summary-september-24-2021') });
    expect(dlf.reason).not.toContain('invites to a meeting');
    expect(dlf.isReport).toBe(true);
    expect(detect('Meeting', 'The agenda for the meeting is below.\n\n- one\n- two\n').reason).toContain('invites to a meeting');
  });

  it('reads a meeting\'s transcript and its invitations as no report, and the day written `26-Oct-05` as a date (rounds 105-106, parser 126)', () => {
    // fixtures/real-corpus/eslint/2022-07-eslint-tsc-meeting-transcript-2022-07-14: who said what, line by line
    // (a settled verdict, as a patch's or a bot's: the index does not parse it)
    const t = deriveMessage(readFileSync(new URL('../../fixtures/real-corpus/eslint/2022-07-eslint-tsc-meeting-transcript-2022-07-14.eml', import.meta.url)), 'mbox');
    expect(t.reason).toBe('not a report: a meeting\'s transcript (subject says "07/14/2022 ESLint TSC Meeting Transcript") -6');
    expect(t.isReport).toBe(false);
    // (not when it is summed up: `Meeting transcript and summary`)
    expect(detect('TSC meeting transcript and summary').reason).not.toContain('transcript');
    // fixtures/real-corpus/scala/2021-12-scala-center-advisory-board-q4-2021-invitations: three mails scheduling a meeting
    const inv = parseStatusPost({ subject: 'Scala Center Advisory Board Q4 2021 meeting invitations (December 21, 2021 - January 7, 2022)', body: bodyOf('scala/2021-12-scala-center-advisory-board-q4-2021-invitations') });
    expect(inv.reason).toContain('meeting or agenda mail (subject says "invitations") -4');
    expect(inv.isReport).toBe(false);
    // fixtures/real-corpus/internet2/2005-10-mace-mlist-call-26-oct-05: a call's minutes, dated day-month-year with dashes
    const call = parseStatusPost({ subject: 'MACE-MList call, 26-Oct-05', body: bodyOf('internet2/2005-10-mace-mlist-call-26-oct-05') });
    expect(call.reason).toContain('dated or numbered subject ("26-Oct") +1');
    expect(call.isReport).toBe(true);
  });

  it('reads Japanese minutes by their roll call and `議事要録`, agendas by a title line past front matter or an image, and issue templates as forms (rounds 105-106, parser 126)', () => {
    // fixtures/real-corpus/jpnic/1995-04-dai14kai-jpnic-unei-iinkai-gijiroku: `出席委員  :  神山一恵、...` under the date and place
    const jp = parseStatusPost({ subject: '第 14 回 JPNIC 運営委員会議事録', body: bodyOf('jpnic/1995-04-dai14kai-jpnic-unei-iinkai-gijiroku') });
    expect(jp.reason).toContain('meeting minutes (a roll call at the top');
    expect(jp.isReport).toBe(true);
    // (the summary of the proceedings, `議事要録`, as the minutes, `議事録`)
    expect(detect('第2回 JPNIC 総会議事要録(案)').reason).toContain('subject says "議事要録"');
    // fixtures/real-corpus/tc39/2019-06-agenda-70th-meeting-ecma-tc39: `<img src=... />` over `## Agenda for the 70th meeting of Ecma TC39`
    const tc39 = parseStatusPost({ subject: '', body: bodyOf('tc39/2019-06-agenda-70th-meeting-ecma-tc39') });
    expect(tc39.reason).toContain('meeting or agenda mail (title line says "Agenda") -4');
    expect(tc39.isReport).toBe(false);
    // fixtures/real-corpus/rust/2020-11-t-compiler-meeting-agenda-2020-11-05: `---` / `tags: weekly, rustc` / `---` over its title
    const rust = parseStatusPost({ subject: '', body: bodyOf('rust/2020-11-t-compiler-meeting-agenda-2020-11-05') });
    expect(rust.reason).toContain('title line says "Agenda"');
    expect(rust.isReport).toBe(false);
    // fixtures/real-corpus/python/2022-04-steering-council-pep-submission-issue-template: `name:` and `about:` over checkboxes
    const form = parseStatusPost({ subject: '', body: bodyOf('python/2022-04-steering-council-pep-submission-issue-template') });
    expect(form.reason).toContain('a form to fill in (an issue template) -4');
    expect(form.isReport).toBe(false);
  });

  it('reads Chinese regular meetings (`例会`, `例会纪要`) and French board meetings by their dates, and a call for help or drafted release notes as none (rounds 107-108, parser 127)', () => {
    // fixtures/real-corpus/openharmony/2022-06-pmc-meeting-notes-20220616: the PMC's regular meeting, attendance, topics, minutes
    const pmc = parseStatusPost({ subject: 'PMC 例会 2022-06-16', body: bodyOf('openharmony/2022-06-pmc-meeting-notes-20220616') });
    expect(pmc.reason).toContain('subject says "例会"');
    expect(pmc.isReport).toBe(true);
    expect(detect('openEuler TC 例会纪要 2022-09-07').reason).toContain('subject says "例会纪要"');
    // fixtures/real-corpus/gulliver/2013-09-conseil-administration-10-septembre: a board meeting's record, its month and year
    expect(detect('Conseil d\'administration septembre 2013').reason).toContain('subject says "Conseil d\'administration septembre 2013" +2');
    // fixtures/real-corpus/nixos/2023-03-looking-for-nat-meeting-note-taker: what the note-taker would write is no report
    const help = parseStatusPost({ subject: 'Looking for somebody to take meeting notes for the Nixpkgs Architecture Team', body: bodyOf('nixos/2023-03-looking-for-nat-meeting-note-taker') });
    expect(help.reason).toContain('a call for help (subject says "Looking for somebody to") -4');
    expect(help.reason).not.toContain('subject says "meeting notes"');
    expect(help.isReport).toBe(false);
    // fixtures/real-corpus/supercollider/unknown-3-13-changelog-notes: a release's notes, drafted
    expect(detect('notes for the 3.13 release, to be included in Changelog.md').reason).toContain('release announcement (subject says "notes for the 3.13 release") -4.5');
  });

  it('reads a call for ideas or projects as a call for papers, and half a month as a subject\'s period (rounds 109-110, parser 128)', () => {
    // fixtures/real-corpus/astropy/2021-03-call-for-astropy-projects-to-be-funded-in-2021: what to propose, not what was done
    const call = parseStatusPost({ subject: 'Call for Astropy ideas / projects to be funded in 2021', body: bodyOf('astropy/2021-03-call-for-astropy-projects-to-be-funded-in-2021') });
    expect(call.reason).toContain('call for papers (subject says "Call for Astropy ideas") -5');
    expect(call.isReport).toBe(false);
    expect(detect('[GT2006] Call for ideas part 1: summary').reason).toContain('call for papers (subject says "Call for ideas")');
    // fixtures/real-corpus/owncloud/2015-07-development-first-half-of-july: a fortnight's development news
    const half = parseStatusPost({ subject: 'ownCloud Development in the First Half of July', body: bodyOf('owncloud/2015-07-development-first-half-of-july') });
    expect(half.reason).toContain('dated or numbered subject ("First Half of July") +1');
    expect(half.isReport).toBe(true);
    expect(detect('Half of the tests fail').reason).not.toContain('dated or numbered');
  });

  it('reads a meeting told after it (`meeting last night`, `Meeting Follow-up`) as its recap (rounds 111-112, parser 129)', () => {
    // fixtures/real-corpus/lancaster-lug/2009-02-meeting-last-night: what the user group talked about
    const last = parseStatusPost({ subject: '[Lancaster] meeting last night', body: bodyOf('lancaster-lug/2009-02-meeting-last-night') });
    expect(last.reason).toContain('subject says "meeting last night" +2.5');
    expect(last.isReport).toBe(true);
    // fixtures/real-corpus/liverpool-lug/2009-04-1st-april-meeting-follow-up
    expect(detect('[Liverpool] 1st April Meeting Follow-up').reason).toContain('subject says "Meeting Follow-up" +2.5');
    expect(detect('[FSUG-Bangalore] discussions in the meeting yesterday').reason).toContain('subject says "meeting yesterday"');
    // (a meeting to come is none: `meeting tonight`)
    expect(detect('[Lancaster] meeting tonight').reason).not.toContain('subject says "meeting');
  });

  it('reads an annual review as a report word (CNCF\'s annual reviews to its TOC, 2020; round 113, parser 130)', () => {
    // fixtures/real-corpus/cncf/2020-08-opentelemetry-annual-review: what the project did in its year, area by area
    const r = parseStatusPost({ subject: '2020 OpenTelemetry annual review (reviews/2020-opentelemetry-annual.md)', body: bodyOf('cncf/2020-08-opentelemetry-annual-review') });
    expect(r.reason).toContain('subject says "annual review" +2');
    expect(r.isReport).toBe(true);
    expect(detect('Quarterly review of the build farm').reason).toContain('subject says "Quarterly review"');
    // (a code review is none)
    expect(detect('Review of the annual budget patch').reason).not.toContain('subject says');
  });

  it('reads an incident\'s account and a meeting\'s posted logs as no report (rounds 115-116, parser 131)', () => {
    // fixtures/real-corpus/homebrew/2021-04-security-incident-disclosure: one incident, what was done about it
    const inc = parseStatusPost({ subject: 'Security Incident Disclosure', body: bodyOf('homebrew/2021-04-security-incident-disclosure') });
    expect(inc.reason).toContain('an incident\'s account (subject says "Security Incident") -4');
    expect(inc.isReport).toBe(false);
    // (the report word of `Incident Report` names no report)
    expect(detect('Incident Report: Organizations Team privileges').reason).not.toContain('subject says "Report"');
    // fixtures/real-corpus/monero/2020-01-logs-for-the-mrl-meeting-2020-01-15: the meeting's IRC log, posted whole
    const logs = deriveMessage(readFileSync(new URL('../../fixtures/real-corpus/monero/2020-01-logs-for-the-mrl-meeting-2020-01-15.eml', import.meta.url)), 'mbox');
    expect(logs.reason).toBe('not a report: a meeting\'s transcript (subject says "Logs for the MRL Meeting") -6');
    // (a meeting's log that its list keeps as its minutes is read as before: `Meeting log for 2011-05-11`, SPI)
    expect(detect('Meeting log for 2011-05-11').reason).not.toContain('transcript');
  });

  it('reads a meeting issue that asks who will come and a meeting called off as no report, a Chinese numbered meeting as minutes (round 117, parser 132)', () => {
    // fixtures/real-corpus/openjs/2023-12-cpc-meeting-2023-12-12-agenda-issue: the meeting's issue, its links and who will come
    const call = parseStatusPost({ subject: 'OpenJS Foundation Cross Project Council Meeting 2023-12-12', body: bodyOf('openjs/2023-12-cpc-meeting-2023-12-12-agenda-issue') });
    expect(call.reason).toContain('calls to a meeting (asks who will attend) -6');
    expect(call.isReport).toBe(false);
    // fixtures/real-corpus/nodejs/2022-04-tsc-meeting-2022-04-20-canceled: `Canceled due to low attendance` under its agenda
    const off = parseStatusPost({ subject: 'Node.js Technical Steering Committee (TSC) Meeting 2022-04-20', body: bodyOf('nodejs/2022-04-tsc-meeting-2022-04-20-canceled') });
    expect(off.reason).toContain('a meeting called off -6');
    expect(off.isReport).toBe(false);
    // (a cancelled item in a list of minutes is none: the line must be the meeting's own)
    expect(parseStatusPost({ subject: 'TSC Meeting 2022-05-04', body: '## Present\n\n* A\n* B\n\n## Notes\n\n* Release 18.1: cancelled, folded into 18.2\n* CI: done\n' }).reason).not.toContain('called off');
    // fixtures/real-corpus/openeuler/2025-03-tc-offline-meeting-minutes-20250313: the technical committee's first offline meeting
    expect(detect('2025-2026届openEuler技术委员会第一次线下会议').reason).toContain('subject says "第一次线下会议"');
    expect(detect('龙蜥社区第 13 次运营会议召开!全票通过委员轮岗运作机制').reason).toContain('subject says "第 13 次运营会议"');
    // (its notice is none: `关于召开第三次会议的通知`)
    expect(detect('关于召开第三次技术委员会会议的通知').reason).not.toContain('subject says "第');
  });

  it('reads a project\'s year named as the subject as a report; a call for testing, an application and a dev snapshot as none (rounds 119-120, parser 133)', () => {
    // fixtures/real-corpus/gimp/2012-12-gimp-in-2012: what GIMP did in its year
    expect(detect('GIMP in 2012').reason).toContain('subject says "GIMP in 2012" +2');
    expect(detect('Mozilla Localization in 2023').reason).toContain('subject says "Mozilla Localization in 2023"');
    // (a topic in a year is none, nor a version's day)
    expect(detect('[lug] BLUG administration in 2001').reason).not.toContain('subject says');
    expect(detect('New feature in 2025.07.11: the object() function').reason).not.toContain('subject says');
    // fixtures/real-corpus/tails/2021-05-call-for-testing-4-19-rc1, openssf/2023-08-gittuf-sandbox-stage-application,
    // godot/2020-11-dev-snapshot-godot-3-2-4-beta-3
    expect(detect('Call for testing 4.19~rc1').reason).toContain('call for papers');
    expect(detect('Application for gittuf at Sandbox stage').reason).toContain('proposal (subject says "Application for")');
    expect(detect('Envoy Graduation Application').reason).toContain('proposal');
    expect(detect('Dev snapshot: Godot 3.2.4 beta 3').reason).toContain('release announcement (subject says "Dev snapshot:")');
  });

  it('reads a month\'s own work as a report and a template\'s placeholder day as a form (rounds 121-122, parser 134)', () => {
    // fixtures/real-corpus/debian/2015-02-my-lts-january-2015: Holger Levsen's month of Debian LTS work
    expect(detect('My LTS January').reason).toContain('subject says "My LTS January" +2');
    expect(detect('Debian LTS work, October 2015').reason).toContain('subject says "Debian LTS work, October 2015"');
    // (a question about a month is none)
    expect(detect('my build fails since January').reason).not.toContain('subject says');
    // fixtures/real-corpus/spdx/2025-08-spdx-threats-controls-minutes-template: the minutes' blank form
    expect(detect('SPDX Threats and Controls Team Meeting 2025-xx-xx').reason).toContain('procedure or guidance mail');
  });

  it('reads a French board\'s meeting of a day without `du` as dated, and a numbered update\'s headline as no release (rounds 128-129, parser 138)', () => {
    // fixtures/real-corpus/lghs/2018-07-ca-15-juillet-2018: the Liège hackerspace's board, its conseil d'administration
    expect(detect('CA 15 juillet 2018').reason).toContain('subject says "CA 15 juillet 2018" +2');
    // (not a certificate authority: `CA 2 bundle`)
    expect(detect('CA 2 bundle for the mirrors').reason).not.toContain('subject says');
    // fixtures/real-corpus/libre-soc/2020-02-crowdsupply-update-openpower-eula-released: the campaign's 22nd update, its headline
    expect(detect('Crowd Supply update 022: OpenPOWER EULA released').reason).not.toContain('release announcement');
    expect(detect('Foo 2.0 released').reason).toContain('release announcement');
  });

  it('reads a meeting named by its number alone as a dated meeting (round 137, parser 141)', () => {
    // fixtures/real-corpus/ethereum/2016-10-all-core-devs-meeting-8-notes: the eighth All Core Devs call's agenda and notes
    expect(detect('All Core Devs: Meeting 8').reason).toContain('subject says "Meeting 8" +2');
    expect(detect('Execution Layer Meeting 175').reason).toContain('subject says "Meeting 175"');
    // (a number inside the subject is none: `meeting 3 topics for discussion`)
    expect(detect('meeting 3 topics for discussion').reason).not.toContain('subject says "meeting 3"');
  });

  it('reads a placeholder subject as none and a repository file\'s name as its words (rounds 140 and 145, parsers 142-143)', () => {
    // fixtures/real-corpus/golang/2024-06-proposal-review-minutes-2024-06-20: the proposal review group's minutes, posted as a
    // comment on an issue whose title the archive shows as `placeholder`
    const minutes = bodyOf('golang/2024-06-proposal-review-minutes-2024-06-20');
    expect(parseStatusPost({ subject: 'placeholder', body: minutes }).isReport).toBe(true);
    expect(parseStatusPost({ subject: 'placeholder', body: minutes }).reason).not.toContain('subject names no report');
    // fixtures/real-corpus/openeuler/2024-08-tc-meeting-minutes-20240814: openEuler's technical committee's minutes file
    expect(detect('20240814_minutes.md').reason).not.toContain('subject names no report');
    expect(parseStatusPost({ subject: '20240814_minutes.md', body: bodyOf('openeuler/2024-08-tc-meeting-minutes-20240814') }).isReport).toBe(true);
    // (a file's name of no words, `2013-10-03.md`, is no subject at all)
    expect(detect('2013-10-03.md').reason).not.toContain('subject names no report');
  });

  it('reads a wiki page among a team\'s meetings or reports and a dated teleconference (rounds 147-148, parser 144)', () => {
    // fixtures/real-corpus/ubuntu/2009-01-foundations-team-meeting-2009-01-07, ubuntu/2010-01-technical-board-meeting-2010-01-12
    expect(detect('FoundationsTeam/Meetings/2009/0107').reason).toContain('subject says "Meetings" (a wiki page');
    expect(detect('TechnicalBoard/TeamReports/10/January').reason).toContain('subject says "TeamReports"');
    // (a page of another kind is none: `Outreach/SummerOfCode/2011/Reporting`, GNOME's guidelines for students' reports)
    expect(detect('Outreach/SummerOfCode/2011/Reporting').reason).not.toContain('a wiki page');
    // fixtures/real-corpus/spack/2018-12-telcon-2018-12-13: Spack's weekly call
    expect(detect('Telcon: 2018 12 13').reason).toContain('subject says "Telcon: 2018"');
    expect(detect('telecon Thursday?').reason).not.toContain('subject says');
  });

  it('reads a version\'s highlights as a release announced (round 150, parser 145)', () => {
    // fixtures/real-corpus/helix/2022-12-release-22-12-highlights: Helix's release post, its features as headings
    expect(detect('Release 22.12 Highlights').reason).toContain('release announcement');
    // (a meeting's highlights are its report: `IVOA Exec Meeting Highlights`)
    expect(detect('IVOA Exec Meeting Highlights').reason).not.toContain('release announcement');
  });

  it('tells the KernelCI project\'s news from its bot\'s reports (round 152, parser 146)', () => {
    // fixtures/real-corpus/kernelci/2024-04-strategic-updates-from-the-kernelci-project: the project's blog
    expect(detect('Strategic updates from the KernelCI project').reason).not.toContain('bot or tracker');
    // fixtures/real-corpus/kernelci/2023-12-kernelci-stable-rc-linux-6-1-y-report, linux-arm-kernel/2020-06-kernelci-arm64-...
    expect(detect('KernelCI stable-rc/linux-6.1.y report (19/12/2023)').reason).toContain('bot or tracker');
    expect(detect('arm64/for-kernelci baseline: 22 runs, 2 regressions').reason).toContain('bot or tracker');
  });

  it('reads the last week in a project as this week in it (round 156, parser 147)', () => {
    // fixtures/real-corpus/lineageos/2017-02-last-week-in-lineageos, krita/2010-07-last-week-in-krita-week-28
    expect(detect('Last week in LineageOS').reason).toContain('subject says "Last week in L"');
    expect(detect('Last month at Flathub').reason).toContain('subject says "Last month at F"');
    // (a sentence about last week is none: `what changed since last week in the build?` is asked mid-subject)
    expect(detect('what changed since last week in the build').reason).not.toContain('subject says');
  });

  it('reads an intern\'s update as a report, not a job, and a title under an HTML comment (rounds 157-158, parser 148)', () => {
    // fixtures/real-corpus/git/2026-03-outreachy-internship-update-week-10-11, lowrisc/2016-07-lowrisc-imc-internship-second-update
    expect(detect('[Outreachy] Blog: Outreachy Internship Update (week 10 & 11)').reason).not.toContain('job posting');
    expect(detect('lowRISC+IMC internship: second update').reason).not.toContain('job posting');
    expect(detect('SciPy Internship: 2021-2022').reason).not.toContain('job posting');
    // (an internship offered is still one: `Summer internships at Collabora`)
    expect(detect('Summer internships at Collabora').reason).toContain('job posting');
    // fixtures/real-corpus/onnx/2019-10-onnx-operators-sig-meeting: ONNX's minutes open with an SPDX comment over their title
    const onnx = parseStatusPost({ subject: '007-20191002.md', body: bodyOf('onnx/2019-10-onnx-operators-sig-meeting') });
    expect(onnx.reason).not.toContain('placeholder');
    expect(onnx.isReport).toBe(true);
    // fixtures/real-corpus/longhorn/2023-07-longhorn-v1-5-0-release-note: a release's note, one
    expect(detect('Release Note').reason).toContain('release announcement');
  });

  it('tells an outage\'s account from a release\'s post-mortem, and reads an agenda with its notes taken as minutes (round 159, parser 149)', () => {
    // fixtures/real-corpus/osuosl/2016-12-network-outage-2016-12-17-post-mortem, apache/2014-05-mail-outage-post-mortem
    expect(detect('Network Outage 2016-12-17 Post-mortem').reason).toContain('an incident\'s account');
    expect(detect('Advance Downtime Notification').reason).toContain('an incident\'s account');
    // (a release's post-mortem is its team's report: linaro/2012-02-linaro-release-12-01-postmortem-summary)
    expect(detect('Linaro Release 12.01 Postmortem Summary').reason).not.toContain('an incident');
    // fixtures/real-corpus/webassembly/2018-06-wasm-cg-video-call-june-12: the agenda's file, its notes taken under `## Meeting Notes`
    const wasm = (name: string, subject: string) => parseStatusPost({ subject, body: bodyOf(name) });
    const held = wasm('webassembly/2018-06-wasm-cg-video-call-june-12', 'Agenda for the June 12 video call of WebAssembly\'s Community Group');
    expect(held.reason).toContain('an agenda with its notes taken');
    expect(held.isReport).toBe(true);
    // (a meeting called off keeps its agenda, two lines under its notes heading: webassembly/2026-04-wasm-cg-april-07-canceled)
    const off = wasm('webassembly/2026-04-wasm-cg-april-07-canceled', 'Agenda for the April 7 video call of WebAssembly\'s Community Group');
    expect(off.reason).not.toContain('notes taken');
    expect(off.isReport).toBe(false);
  });

  it('reads a later meeting named in minutes as no call to this one (round 160, parser 151)', () => {
    // fixtures/real-corpus/openresearch/2021-08-executive-board-meeting-minutes-august-2021: `another meeting will be held` in a motion
    const r = parseStatusPost({ subject: 'Executive Board Meeting Minutes August 2021', body: bodyOf('openresearch/2021-08-executive-board-meeting-minutes-august-2021') });
    expect(r.reason).not.toContain('invites to a meeting');
    expect(r.isReport).toBe(true);
    expect(detect('Board call', 'The meeting will be held on Friday at 18:00 UTC. Join us!\n').reason).toContain('invites to a meeting');
  });

  it('reads a template named so and a form whose parts say what must be filled as no report (rounds 161 and 164, parser 152)', () => {
    // fixtures/real-corpus/openhw/2022-11-project-monthly-report-template, opensearch/unknown-tsc-meeting-minutes-template
    expect(detect('Project-Monthly-Report-Template.md').reason).toContain('a template');
    expect(detect('TEMPLATE_minutes.md').reason).toContain('a template (subject says "TEMPLATE")');
    expect(detect('Sync Meeting Agenda Template').isReport).toBe(false);
    // fixtures/real-corpus/innersource/2021-05-quarterly-report-template-governance-meeting: `## Summary (mandatory)`, `## Plans of the Project (optional)`
    const form = parseStatusPost({ subject: 'Quarterly Report for Governance Meeting', body: bodyOf('innersource/2021-05-quarterly-report-template-governance-meeting') });
    expect(form.reason).toContain('a form to fill in (its parts marked mandatory or optional)');
    expect(form.isReport).toBe(false);
    // (a report filled in from the form has its parts, not their marks: innersource/2021-01-patterns-wg-report-governance-meeting)
    expect(parseStatusPost({ subject: 'InnerSource Patterns WG - Report for Governance Meeting 2021-01', body: bodyOf('innersource/2021-01-patterns-wg-report-governance-meeting') }).isReport).toBe(true);
  });

  it('reads weeknotes, a numbered year in review and one week or month of a student\'s work as reports (rounds 168-169, parser 154)', () => {
    // fixtures/real-corpus/datasette/2020-05-weeknotes-datasette-0-43, lean/2024-08-lean-fro-year-1-in-review
    expect(detect('Weeknotes: Datasette 0.43').reason).toContain('subject says "Weeknotes"');
    expect(detect('Lean FRO: Year 1 in Review').reason).toContain('subject says "Year 1 in Review"');
    // fixtures/real-corpus/dino/2019-06-fourth-week-some-ui-integration, darktable/2011-05-libglade-removal-the-first-week
    expect(detect('Fourth week: Some UI integration').reason).toContain('subject says "Fourth week"');
    expect(detect('libglade Removal: The First Week').reason).toContain('subject says');
    // (a week of a month is when something is to happen: `Meeting in the first week of May`)
    expect(detect('Meeting in the first week of May').reason).not.toContain('week of May"');
    expect(detect('Sprint planned for the second week of').reason).not.toContain('subject says "the second week');
  });

  it('reads a page\'s front matter whose keys hold lists as front matter, not headings (round 171, parser 155)', () => {
    // fixtures/real-corpus/dhtech/2023-10-dhtech-october-newsletter: Jekyll's `tags:` over `    - newsletter`
    const r = parseStatusPost({ subject: 'DHTech October Newsletter', body: bodyOf('dhtech/2023-10-dhtech-october-newsletter') });
    expect(r.isReport).toBe(true);
    expect(r.sections.map((s) => s.title)).not.toContain('layout: post');
    expect(r.sections.map((s) => s.title)).toContain('DH2024');
  });

  it('reads a Jekyll page\'s linkable_title headings by their titles and a MONTH placeholder as a template\'s (rounds 172 and 174, parser 156)', () => {
    // fixtures/real-corpus/homeassistant/2016-06-community-highlights: `## {% linkable_title Videos %}`
    const r = parseStatusPost({ subject: 'Community Highlights', body: bodyOf('homeassistant/2016-06-community-highlights') });
    expect(r.sections.map((s) => s.title)).toContain('Videos');
    expect(r.sections.map((s) => s.title).join(' ')).not.toContain('{%');
    // fixtures/real-corpus/owasp/unknown-board-meeting-template: the board's agenda form, a month to fill in
    const t = detect('MONTH 2026 Videoconference', bodyOf('owasp/unknown-board-meeting-template'));
    expect(t.isReport).toBe(false);
    expect(t.reason).toContain('a template');
    // (a month's name is none, nor a word that starts with it)
    expect(detect('MONTHLY report for May 2026').reason).not.toContain('template');
  });

  it('reads LaTeX sectioning, Pandoc\'s anchored link headings and an outline\'s labels with their links as headings (rounds 175-176, parser 157)', () => {
    // fixtures/real-corpus/e4s/2018-11-ecp-car-kokkos-support: `\subsubsection{\stid{1.10} Kokkos Support}`, `\paragraph{Overview}`
    const tex = parseStatusPost({ subject: '2.3.1.10-Kokkos-Support.tex', body: bodyOf('e4s/2018-11-ecp-car-kokkos-support') });
    expect(tex.sections.map((s) => s.title)).toEqual(['Kokkos Support', 'Overview', 'Key Challenges', 'Solution Strategy', 'Recent Progress', 'Next Steps']);
    // fixtures/real-corpus/neovim/2022-10-this-week-in-neovim-2022-oct-03: `## [New plugins](#new-plugins) {#new-plugins}`
    const twin = parseStatusPost({ subject: 'This Week In Neovim', body: bodyOf('neovim/2022-10-this-week-in-neovim-2022-oct-03') });
    expect(twin.sections.map((s) => s.title)).toEqual(expect.arrayContaining(['New plugins', 'Updates', 'Did you know?', 'Want to contribute?']));
    // fixtures/real-corpus/emacs/2024-12-emacs-news-2024-12-23: `- Help wanted:` ... `- Mail, news, and chat:` over their links,
    // one label carrying links of its own (`- Upcoming events ([iCal file] (<https://...>), ...):`)
    const news = parseStatusPost({ subject: '2024-12-23 Emacs news', body: bodyOf('emacs/2024-12-emacs-news-2024-12-23') });
    expect(news.sections.map((s) => s.title)).toEqual(expect.arrayContaining(['Help wanted', 'Emacs updates', 'Mail, news, and chat', 'Org Mode']));
    // (a Markdown link's target is part of its line: TC39's summary's outcomes, `... reached stage 1 [slides](https://...)`,
    // are its items, not its headings; fixtures/real-corpus/tc39/2017-01-summary-56th-meeting-ecma-tc39; parser 159)
    const tc39 = parseStatusPost({ subject: 'Summary for the 56th meeting of Ecma TC39', body: bodyOf('tc39/2017-01-summary-56th-meeting-ecma-tc39') });
    expect(tc39.sections.map((s) => s.title)).not.toContain('Bug fixes');
  });

  it('reads a year and a month\'s name as a date, and titles without a picture before them or a permalink\'s mark after (rounds 177-178, parser 158)', () => {
    // fixtures/real-corpus/open-bio/2021-09-obf-public-board-meeting-minutes: the board's minutes named `2021-Sept.md`
    const obf = detect('2021-Sept.md', bodyOf('open-bio/2021-09-obf-public-board-meeting-minutes'));
    expect(obf.reason).toContain('dated or numbered subject');
    expect(obf.isReport).toBe(true);
    // (not a year before the verb `may`)
    expect(detect('2021 may be late').reason).not.toContain('dated or numbered subject');
    // fixtures/real-corpus/opensuse/2011-01-opensuse-weekly-news-issue-156: `![Header Picture](/wp-content/...png)Announcements`
    const news = parseStatusPost({ subject: 'openSUSE Weekly News, Issue 156', body: bodyOf('opensuse/2011-01-opensuse-weekly-news-issue-156') });
    expect(news.sections.map((s) => s.title)).toEqual(expect.arrayContaining(['Announcements', 'Status Updates']));
    // fixtures/real-corpus/gradle/2025-12-gradle-newsletter-december-2025: `New videos #`
    const gradle = parseStatusPost({ subject: 'Gradle Newsletter: December 2025', body: bodyOf('gradle/2025-12-gradle-newsletter-december-2025') });
    expect(gradle.sections.map((s) => s.title)).toContain('New videos');
  });

  it('reads the months a newsletter covers before its name as a month\'s report (round 179, parser 160)', () => {
    // fixtures/real-corpus/kde/unknown-march-and-april-in-kde-pim, luanti/2023-10-august-and-september-in-minetest-15
    expect(detect('March and April in KDE PIM').reason).toContain('(a month\'s report)');
    expect(detect('August and September in Minetest (15)').reason).toContain('(a month\'s report)');
    const pim = detect('March and April in KDE PIM', bodyOf('kde/unknown-march-and-april-in-kde-pim'));
    expect(pim.isReport).toBe(true);
    // (not a month and a place in a sentence: `May in Berlin we meet`)
    expect(detect('May in Berlin we meet').reason).not.toContain('(a month\'s report)');
  });

  it('reads a Portuguese report, `relatório`, as a report\'s word and no part of its name (round 181, parser 161)', () => {
    // fixtures/real-corpus/python-brasil/2025-08-relatorio-diario-pybr2025: the conference organisers' daily report
    const r = detect('PYTHON BRASIL 2025 - RELATÓRIO DIÁRIO', bodyOf('python-brasil/2025-08-relatorio-diario-pybr2025'));
    expect(r.reason).toContain('subject says "RELATÓRIO"');
    expect(r.isReport).toBe(true);
    expect(projectFromSubject('PYTHON BRASIL 2025 - RELATÓRIO DIÁRIO')).toBe('PYTHON BRASIL');
    // (not a word that starts so: `Relationship advice`)
    expect(detect('Relationship advice').reason).toContain('subject names no report');
  });

  it('reads a summit\'s debrief and a student\'s weekly check-in as reports (rounds 184 and 186, parser 162)', () => {
    // fixtures/real-corpus/hyperledger/unknown-maintainers-summit-debrief
    const debrief = detect('Maintainers summit debrief', bodyOf('hyperledger/unknown-maintainers-summit-debrief'));
    expect(debrief.reason).toContain('subject says "debrief"');
    expect(debrief.isReport).toBe(true);
    expect(projectFromSubject('Hyperledger maintainers summit debrief')).toBe('Hyperledger');
    // fixtures/real-corpus/gnuradio/2025-06-gsoc-2025-gr4-block-set-week-7-check-in
    const week = detect('Week-7 check-in (mentor — Josh Morman)', bodyOf('gnuradio/2025-06-gsoc-2025-gr4-block-set-week-7-check-in'));
    expect(week.reason).toContain('subject says "Week-7 check-in"');
    expect(week.isReport).toBe(true);
    // (not a check-in with no week's number: `Check-in desk opens at 9`)
    expect(detect('Check-in desk opens at 9').reason).toContain('subject names no report');
  });

  it('reads notes a HackMD sync committed as a person\'s, and a file name\'s words run together parted (rounds 183 and 185, parser 162)', () => {
    // fixtures/real-corpus/jenkins/2021-06-jenkins-infra-team-meeting-2021-06-15: HackMD's GitHub sync is the committer
    const body = bodyOf('jenkins/2021-06-jenkins-infra-team-meeting-2021-06-15');
    const notes = parseStatusPost({ subject: '2021-06-15', body, from: 'HackMD <no-reply@hackmd.io>' });
    expect(notes.reason).not.toMatch(/robot/);
    expect(notes.isReport).toBe(true);
    expect(parseStatusPost({ subject: '2021-06-15', body, from: 'Jenkins <no-reply@jenkins.io>' }).reason).toMatch(/sent by a robot/);
    // fixtures/real-corpus/w3c/2020-11-immersive-web-tpac-2020-minutes (`minutes1102.txt`), pharo's `ReportFOSDEM.txt`
    expect(detect('minutes1102.txt', bodyOf('w3c/2020-11-immersive-web-tpac-2020-minutes')).isReport).toBe(true);
    expect(detect('ReportFOSDEM.txt', bodyOf('pharo/unknown-esug-fosdem-2012-smalltalk-devroom-report')).reason).toContain('subject says "Report"');
    // (not a short number, whose parts would read as a version: `Month2.2020.md`)
    expect(detect('Month2.2020.md').reason).not.toContain('release announcement');
  });

  it('names no project after an emoji\'s shortcode or a part\'s middle-dot number (round 185, parser 162)', () => {
    // fixtures/real-corpus/jenkins/2022-03-jenkins-infra-team-meeting-2022-03-15: `Notes :book:`, `Action Points :muscle:`
    const raw = readFileSync(new URL('../../fixtures/real-corpus/jenkins/2022-03-jenkins-infra-team-meeting-2022-03-15.eml', import.meta.url));
    const keys = deriveMessage(raw, 'mbox').sections.map((s) => s.projectKey).filter(Boolean);
    expect(keys.filter((k) => k.includes(':'))).toEqual([]);
    expect(keys).not.toContain('actionpoints');
    // gnuradio's week-7 check-in: `1 · Progress update` is the post's, `2 · Analog PR Highlights` is no `2·...`
    const week = readFileSync(new URL('../../fixtures/real-corpus/gnuradio/2025-06-gsoc-2025-gr4-block-set-week-7-check-in.eml', import.meta.url));
    const weekKeys = deriveMessage(week, 'mbox').sections.map((s) => s.projectKey);
    expect(weekKeys).not.toContain('progress');
    expect(weekKeys).toContain('analogprhighlights');
  });

  it('reads a policy group\'s meeting report, and the months a newsletter covers from one to another (rounds 189 and 190, parser 164)', () => {
    // fixtures/real-corpus/apnic/unknown-apnic-39-policy-sig-meeting-report: `Policy SIG` names a group, not a policy
    const sig = detect('Policy SIG Meeting Report', bodyOf('apnic/unknown-apnic-39-policy-sig-meeting-report'));
    expect(sig.reason).not.toContain('procedure or guidance');
    expect(sig.isReport).toBe(true);
    expect(detect('New data retention policy').reason).toContain('procedure or guidance');
    // fixtures/real-corpus/luanti/2024-01-october-to-january-in-minetest-16
    expect(detect('October to January in Minetest (16)').reason).toContain('(a month\'s report)');
    expect(projectFromSubject('October to January in Minetest (16)')).toBe('Minetest');
  });

  it('names a post whose subject is a repository file\'s name by that name\'s words, as detection reads it (parser 165)', () => {
    // fixtures/real-corpus/elisa/2024-10-aerowg-minutes: `ELISA-AeroWG-Meeting-20241017.md`
    const raw = readFileSync(new URL('../../fixtures/real-corpus/elisa/2024-10-aerowg-minutes.eml', import.meta.url), 'latin1');
    const keys = (text: string) => [...new Set(deriveMessage(Buffer.from(text, 'latin1'), 'mbox').sections.map((s) => s.projectKey))];
    const asWords = raw.replace('Subject: ELISA-AeroWG-Meeting-20241017.md', 'Subject: ELISA Aero WG Meeting 20241017');
    expect(asWords).not.toBe(raw);
    expect(keys(raw)).toEqual(keys(asWords));
    expect(keys(raw).some((k) => k.includes('.md'))).toBe(false);
  });

  it('reads a wiki page of a team\'s meetings named by a day written with its month\'s name (round 194, parser 166)', () => {
    // fixtures/real-corpus/ubuntustudio/2010-02-ubuntu-studio-meeting-2010feb10
    const r = detect('UbuntuStudio/Meetings/2010Feb10', bodyOf('ubuntustudio/2010-02-ubuntu-studio-meeting-2010feb10'));
    expect(r.reason).toContain('(a wiki page of a team\'s meetings or reports)');
    expect(r.isReport).toBe(true);
    // (not a page whose last part is a word: `UbuntuStudio/Meetings/Template`)
    expect(detect('UbuntuStudio/Meetings/Template').reason).not.toContain('(a wiki page of a team\'s meetings or reports)');
  });

  it('reads a wiki page\'s name whose words run together in capitals as those words (round 196, parser 167)', () => {
    // fixtures/real-corpus/openstack/unknown-cinder-yoga-ptg-summary, gimp/unknown-first-meeting-minutes-draft
    const ptg = detect('CinderYogaPTGSummary', bodyOf('openstack/unknown-cinder-yoga-ptg-summary'));
    expect(ptg.reason).toContain('subject says "Summary"');
    expect(ptg.isReport).toBe(true);
    expect(detect('FirstMeetingMinutes', bodyOf('gimp/unknown-first-meeting-minutes-draft')).isReport).toBe(true);
    // (the last part of a wiki path, its day run into its words: `Governance/Foundation/7June2020BoardMinutes`)
    expect(detect('Governance/Foundation/7June2020BoardMinutes').reason).toContain('subject says "Minutes"');
    // (not a name of one capital inside, `OpenStack`, nor a path that ends in a day: `FoundationsTeam/Meetings/2009/0107`)
    expect(detect('OpenStack').reason).toContain('subject names no report');
  });

  it('tries the dated-meeting cue on a general assembly\'s minutes written `PV AGE 22 octobre 2023` (round 192, parser 168)', () => {
    // fixtures/real-corpus/foopgp/2023-10-pv-age-22-octobre-2023: the cue's pattern held `AGE`, its gate words did not
    const r = detect('PV AGE 22 octobre 2023', bodyOf('foopgp/2023-10-pv-age-22-octobre-2023'));
    expect(r.reason).toContain('subject says "AGE 22 octobre 2023"');
    expect(r.isReport).toBe(true);
  });

  it('reads a named group\'s quarter, the year and the quarter first, as a periodic update (rounds 190 and 198, parser 169)', () => {
    // fixtures/real-corpus/openssf/2025-01-2024-q4-vulnerability-disclosure-wg, openssf/2025-08-2025-q3-orbit-wg
    const wg = detect('2024 Q4 Vulnerability Disclosure WG', bodyOf('openssf/2025-01-2024-q4-vulnerability-disclosure-wg'));
    expect(wg.reason).toContain('subject says "2024 Q4"');
    expect(wg.isReport).toBe(true);
    expect(detect('2025 Q3 ORBIT WG', bodyOf('openssf/2025-08-2025-q3-orbit-wg')).isReport).toBe(true);
    // (not a quarter named after other words, `ASC Q4 2019 Meeting`, nor a year and a quarter alone, nor run together)
    expect(detect('ASC Q4 2019 Meeting').reason).not.toContain('Q4"');
    expect(detect('2024 Q4').reason).toContain('subject names no report');
    expect(detect('2011Q2 packages').reason).toContain('subject names no report');
  });

  it('names a body of several words by the organisation its text writes before it, on a page of no list (parser 170)', () => {
    // fixtures/real-corpus/carpentries/2017-05-software-carpentry-steering-committee-2017-05-01, rust/2025-10-infrastructure-team-...
    const keys = (name: string) => deriveMessage(readFileSync(new URL(`../../fixtures/real-corpus/${name}.eml`, import.meta.url)), 'mbox').sections.map((s) => s.projectKey).filter(Boolean);
    expect(new Set(keys('carpentries/2017-05-software-carpentry-steering-committee-2017-05-01'))).toEqual(new Set([projectKey('Software Carpentry Steering Committee')]));
    expect(new Set(keys('rust/2025-10-infrastructure-team-2025-q3-recap-and-q4-plan'))).toEqual(new Set([projectKey('Rust Infrastructure Team')]));
    // (not a body whose first word is a name the text writes on its own: `Fedora Leadership Group` says whose)
    expect(new Set(keys('fedora-commons/2015-11-fedora-leadership-group-meeting'))).toEqual(new Set([projectKey('Fedora Leadership')]));
  });

  it('reads a plain body that is HTML written out as the HTML it is: its headings and links (parser 170)', () => {
    // fixtures/real-corpus/kde/2010-06-kde-finances-sprint-report: a page's HTML saved as text (its subject not shown)
    const kde = deriveMessage(Buffer.from(`From: a@b\n\n${bodyOf('kde/2010-06-kde-finances-sprint-report')}`), 'mbox');
    expect(kde.isReport).toBe(true);
    expect(kde.sections.map((s) => s.title)).toEqual(expect.arrayContaining(['Day 1, meet & greet', 'KMyMoney']));
    expect(kde.sections.some((s) => /<\/?(?:p|h\d|li)>/.test(s.title ?? ''))).toBe(false);
    // (a Markdown page with a few HTML lines is still read as Markdown)
    const md = parseMail(Buffer.from('Subject: Notes\n\n## Done\n\n<p>One</p>\n\n- item one\n- item two\n\n## Next\n\n<p>Two</p>\n\n- item three\n'));
    expect(md.body).toContain('## Done');
  });

  it('reads a MediaWiki page\'s section titles without their edit links (round 204, parser 172)', () => {
    // fixtures/real-corpus/hsbxl/2018-03-general-assembly-12: HSBXL's wiki page of a general assembly, saved as text
    const ga = deriveMessage(readFileSync(new URL('../../fixtures/real-corpus/hsbxl/2018-03-general-assembly-12.eml', import.meta.url)), 'mbox');
    expect(ga.isReport).toBe(true);
    expect(ga.sections.map((s) => s.title)).toEqual(expect.arrayContaining(['[1] Bookkeeping of 2017', 'Corporate sponsored membership', '[3] vote new board']));
    expect(ga.sections.filter((s) => /\[edit\]/.test(s.title ?? ''))).toEqual([]);
    // (not a sentence that ends on an edit link)
    const prose = parseStatusPost({ subject: 'Status', body: 'Done:\n- fixed the wiki, see the page [edit].\n- more\n\nNext:\n- a\n- b\n' });
    expect(prose.sections.map((s) => s.title)).not.toContain('fixed the wiki, see the page');
  });

  it('reads a development log or a dev diary as a report (round 205, parser 173)', () => {
    // fixtures/real-corpus/dask/2017-12-dask-development-log, monero/2014-07-dev-diary-week-of-2014-07-07
    const dask = detect('Dask Development Log', bodyOf('dask/2017-12-dask-development-log'));
    expect(dask.reason).toContain('subject says "Development Log"');
    expect(dask.isReport).toBe(true);
    expect(detect('Dev Diary for the Week of 2014-07-07', bodyOf('monero/2014-07-dev-diary-week-of-2014-07-07')).isReport).toBe(true);
    // (not a log of something else)
    expect(detect('Build log for 2014-07-07').reason).not.toContain('Log"');
  });

  it('reads a year in review and a year\'s accomplishments as reports (rounds 207-208, parser 174)', () => {
    // fixtures/real-corpus/isc/unknown-2018-in-review, isc/unknown-isc-s-2021-accomplishments, eleventy/2026-01-eleventy-2025-in-review
    expect(detect('2018 in Review', bodyOf('isc/unknown-2018-in-review')).isReport).toBe(true);
    expect(detect('ISC\'s 2021 Accomplishments', bodyOf('isc/unknown-isc-s-2021-accomplishments')).isReport).toBe(true);
    const eleventy = detect('Eleventy, 2025 in Review', bodyOf('eleventy/2026-01-eleventy-2025-in-review'));
    expect(eleventy.reason).toContain('subject says "2025 in Review"');
    expect(eleventy.isReport).toBe(true);
  });

  it('reads an AsciiDoc page\'s `pr:N[]` and `issue:N[]` as the pull requests and issues of the repository it links (round 207, parser 174)', () => {
    // fixtures/real-corpus/rust/2020-05-rust-analyzer-changelog-26: `* pr:4518[] **Add TurboFish** assist`
    const d = deriveMessage(readFileSync(new URL('../../fixtures/real-corpus/rust/2020-05-rust-analyzer-changelog-26.eml', import.meta.url)), 'mbox');
    const keys = d.sections.flatMap((s) => [...s.refs, ...s.items.flatMap((i) => i.refs)]).map((r) => r.key);
    expect(keys).toContain('github.com/rust-analyzer/rust-analyzer/pull/4518');
    // (not without a repository to give them to)
    const bare = parseStatusPost({ subject: 'Changelog #1', body: '== New Features\n\n* pr:4518[] **Add TurboFish** assist\n* pr:4519[] more\n' });
    expect(bare.sections.flatMap((s) => [...s.refs, ...s.items.flatMap((i) => i.refs)])).toEqual([]);
  });

  it("reads a newsletter that quotes its contributors under its own headings as a compilation, not a reply (round 216; parser 177)", () => {
    // fixtures/real-corpus/openprinting/2026-07-gsoc-2026-all-contributors-did-a-great-start: `### COSMIC Desktop Print
    // Dialog, by Ayush Chauhan` over each contributor's words as a Markdown quote, 121 of 221 lines quoted
    const raw = readFileSync(new URL('../../fixtures/real-corpus/openprinting/2026-07-gsoc-2026-all-contributors-did-a-great-start.eml', import.meta.url));
    const d = deriveMessage(raw, 'mbox');
    expect(d.reason).toContain('quotes others under its own headings');
    expect(d.reason).not.toContain('mostly quoted');
    expect(d.isReport).toBe(true);
    // (a reply quotes the headings too: still mostly quoted)
    const reply = ['From: a@example.org', 'Subject: Weekly status', '', 'On Mon, B wrote:',
      '> ## Networking', '> * fixed the bridge', '> * reviewed two patches', '> ## Storage', '> * merged the cache', '> * more tests',
      '> ## Docs', '> * wrote the guide', '> * fixed typos', '', 'Thanks, looks good.', ''].join('\n');
    expect(deriveMessage(Buffer.from(reply), 'mbox').reason).toContain('mostly quoted');
  });

  it("reads an election as one of the topics a newsletter's subject lists as no election (round 215; parser 177)", () => {
    // fixtures/real-corpus/tug/2017-03-mar17-tug-news-voting-conferences-membership
    expect(detect('[texhax] Mar17 TUG news: voting, conferences, membership, book reviews').reason).not.toContain('election or vote');
    expect(detect('TUG 2017 election: voting opens').reason).toContain('election or vote');
  });

  it('leaves a MediaWiki edit link out of the titles a page copied as text gives its sections, glued or spaced (round 216; parser 177)', () => {
    // fixtures/real-corpus/wikimedia-deutschland/2012-12-wikimedia-deutschland-report-december-2012 (`Politics and SocietyEdit`),
    // wikimedia-offline/2022-06-offline-projects-report-june-2022 (`Kiwix edit`)
    const glued = parseStatusPost({ subject: 'Wikimedia Deutschland/Report December 2012', body: bodyOf('wikimedia-deutschland/2012-12-wikimedia-deutschland-report-december-2012') });
    expect(glued.sections.map((x) => x.title)).toEqual(expect.arrayContaining(['Politics and Society', 'Election Questionnaire']));
    const spaced = parseStatusPost({ subject: 'Offline Projects/Reports/June 2022', body: bodyOf('wikimedia-offline/2022-06-offline-projects-report-june-2022') });
    expect(spaced.sections.map((x) => x.title)).toEqual(expect.arrayContaining(['Objectives of the UserGroup', 'Kiwix']));
    // (one title alone so ending may be a name: `TextEdit`)
    const one = parseStatusPost({ subject: 'Weekly status', body: 'TextEdit\n========\n\n* fixed the ruler\n* new icons\n\nPreview\n=======\n\n* faster thumbnails\n' });
    expect(one.sections.map((x) => x.title)).toContain('TextEdit');
  });

  it('reads a numbered journal or gazette as a newsletter\'s issue (round 217; parser 178)', () => {
    // fixtures/real-corpus/jabber/2004-12-jabber-journal-20
    expect(detect('Jabber Journal #20 (2004-12-17)').reason).toContain('subject says "Journal #20"');
    expect(detect('Chicken Gazette - Issue 2').reason).toContain('subject says "Gazette - Issue 2"');
    // (not a file system's journal, nor a journal of no number: `Dev Journal: Kodi's Switch to RERO Development`)
    expect(detect('[PATCH] ext4: Check for non-zero journal inum').reason).not.toContain('Journal');
    expect(detect('Dev Journal: Kodi’s Switch to RERO Development').reason).not.toContain('subject says "Journal');
  });

  it("reads a page's name whose words underscores join as its words (round 219; parser 179)", () => {
    // fixtures/real-corpus/plan9/2005-06-thm-2005-06-23-summary: Plan 9's wiki page of an IRC meeting's summary
    expect(detect('thm_2005-06-23_summary').reason).toContain('subject says "summary"');
    // (not a MIME word left encoded, nor two words)
    expect(detect('=?utf-8?Q?Re:_FAIL:_Test_report?=').reason).not.toContain('subject says "report"');
    expect(detect('status_update').reason).not.toContain('subject says');
  });

  it("weighs a meeting's invitation in a newsletter's body as its announcements are, under the newsletter's cue (round 223; parser 181)", () => {
    // fixtures/real-corpus/daisy/2009-04-daisy-planet-newsletter: the DAISY Consortium's monthly newsletter lists the events
    // to come among its news
    const r = parseStatusPost({ subject: "The DAISY Consortium's Newsletter - April 2009", body: bodyOf('daisy/2009-04-daisy-planet-newsletter') });
    expect(r.reason).not.toContain('invites to a meeting');
    expect(r.isReport).toBe(true);
    // (and in full under no cue)
    expect(parseStatusPost({ subject: 'Hello all', body: bodyOf('daisy/2009-04-daisy-planet-newsletter') }).reason).toMatch(/invites to a meeting -3\.5/);
  });

  it("reads a GSoC student's community bonding, midterm or summary as a GSoC report (round 225; parser 182)", () => {
    // fixtures/real-corpus/digikam/2021-06-gsoc-community-bonding-port-digikam-to-qt6
    expect(detect('GSoC community bonding').reason).toContain('subject says "GSoC community bonding"');
    expect(detect('GSoC 2019 midterm').reason).toContain('subject says "GSoC 2019 midterm"');
    // (not the programme named alone)
    expect(detect('[SDL] Google Summer of Code 2013').reason).not.toContain('subject says');
  });

  it("reads a meeting's name over its roll call as its minutes (round 228; parser 183)", () => {
    // fixtures/real-corpus/ietf/2010-03-ietf-77-routing-area-open-meeting-minutes: `ADs:` and `Scribe:` open the body
    const r = parseStatusPost({ subject: 'IETF-77 Routing Area Open Meeting', body: bodyOf('ietf/2010-03-ietf-77-routing-area-open-meeting-minutes') });
    expect(r.reason).not.toContain('subject names no report');
    expect(r.isReport).toBe(true);
    // (not a meeting's call, whose body invites to it)
    const call = ['Attendees: everyone on the team', '', 'Please join us on Thursday at 15:00 UTC on the usual bridge.', 'Dial-in details are on the wiki.', '', '1. Status', '2. Release planning', '3. AOB'].join('\n');
    expect(parseStatusPost({ subject: 'Release Team Meeting', body: call }).reason).toContain('subject names no report');
  });

  it('reads an opening that welcomes to a status update as naming the report (round 228; parser 183)', () => {
    // fixtures/real-corpus/mailpile/2016-04-delegate-automate-collaborate-pirate: a blog post titled by its topics
    const r = parseStatusPost({ subject: 'Delegate, Automate, Collaborate, Pirate', body: bodyOf('mailpile/2016-04-delegate-automate-collaborate-pirate') });
    expect(r.reason).toContain('its opening names it');
    expect(r.isReport).toBe(true);
    // (not a reply thanking for one)
    expect(parseStatusPost({ subject: 'Re: Delegate, Automate', body: 'Thanks for this status update, very helpful.\n\nOne question about the GUI.', isReply: true }).isReport).toBe(false);
  });

  it("reads a fresh subject's dated weekly report threaded under the post before it as a report (parser 183)", () => {
    // fixtures/real-corpus/kiwi/2010-06-kiwi-weekly-report-2010-06-06-2010-06-11: In-Reply-To the week's build notice
    const body = bodyOf('kiwi/2010-06-kiwi-weekly-report-2010-06-06-2010-06-11');
    const r = parseStatusPost({ subject: '[Kiwi-users] kiwi: Weekly report 2010-06-06 - 2010-06-11...', body, isReply: true, quoting: { quoted: 0, nonBlank: 30, forwarded: false } });
    expect(r.reason).not.toContain('in a thread');
    // (not one that quotes the post it answers)
    const q = parseStatusPost({ subject: 'Weekly report 2010-06-06', body: '> last week\n\nThanks, looks good.', isReply: true, quoting: { quoted: 1, nonBlank: 2, forwarded: false } });
    expect(q.reason).toContain('in a thread');
  });

  it("reads an old mailer's bracketed forward as a forwarded copy (round 229; parser 184)", () => {
    // fixtures/real-corpus/webkit/2008-11-fwd-fwd-re-moving-forward-with-webkit-gtk
    expect(detect('[webkit-dev] [Fwd: Fwd: Re: Moving forward with WebKit/GTK+]').reason).toContain('forwarded copy');
    // (not a tag that only starts so)
    expect(detect('[Fwdays] Weekly status update').reason).not.toContain('forwarded copy');
  });

  it("reads a Polish summary's subject as a report's, and Google Summer of Code spelled out as GSoC's cue (round 232; parser 186)", () => {
    // fixtures/real-corpus/firebird/2009-12-podsumowanie-roku-2009 (`Podsumowanie roku 2009`: the year 2009 summed up)
    expect(detect('Podsumowanie roku 2009').reason).toContain('subject says "Podsumowanie"');
    // fixtures/real-corpus/mysql: `Google Summer of Code in the mid-term`, the programme's name written out
    expect(detect('Google Summer of Code in the mid-term').reason).toContain('subject says');
  });

  it('reads minutes and reports in Cyrillic, Swedish interim reports and French minutes with a typeset apostrophe by their subjects (round 94; parser 115)', () => {
    // fixtures/real-corpus/openprojects/2005-11-protokol-1-2005-upravitelen-savet, wikimedia/2015-12-wmua-zagalni-zbory-8-etherpad
    expect(detect('Протокол 1/2005').reason).toContain('subject says "Протокол 1"');
    expect(detect('Загальні збори №8/Etherpad').reason).toContain('subject says "Загальні збор"');
    // (not a network protocol: `Протокол HTTP/2`, `протоколы`)
    expect(detect('Протокол HTTP/2 в nginx').reason).not.toContain('subject says');
    expect(detect('Новые протоколы 2005').reason).not.toContain('subject says');
    // fixtures/real-corpus/wikimedia/2023-05-wikipedia-for-hela-sverige-delrapport
    expect(detect('Projekt:Wikipedia för hela Sverige/Delrapport').reason).toContain('subject says "Delrapport"');
    // fixtures/real-corpus/sequanux/2007-11-compte-rendu-de-l-assemblee-generale-du-24-novembre
    expect(detect('Compte-rendu de l’Assemblée Générale du 24 novembre.').reason).toContain('subject says "Compte-rendu de l’Assemblée"');
  });

  it('reads Norwegian and Swedish yearly reports and a numbered Portuguese general assembly by their subjects (round 93; parser 114)', () => {
    // fixtures/real-corpus/olug/2009-arsmelding-2008, svenskalinuxforeningen/2005-03-verksamhetsberattelse-2004,
    // wikimedia/2023-12-ata-xix-assembleia-geral-wikimedia-portugal
    expect(detect('Årsmelding 2008').reason).toContain('subject says "Årsmelding"');
    expect(detect('Verksamhetsberättelse 2004').reason).toContain('subject says "Verksamhetsberättelse"');
    expect(detect('Reuniões/XIX Assembleia-Geral').reason).toContain('subject says "XIX Assembleia-Geral"');
    expect(detect('Acta da 2ª Assembleia Geral da ANSOL').isReport).toBe(true);
    // (an assembly of no number is none: `Assembleia Geral` alone is a call as often as its minutes)
    expect(detect('Assembleia Geral').reason).not.toContain('subject says');
  });

  it('reads a Dutch, German, Portuguese or French association\'s meeting of a day, German minutes of a day and Norwegian and Polish yearly reports by their subjects (round 92; parser 113)', () => {
    // fixtures/real-corpus/hack42/2018-06-deelnemersvergadering-30-juni-2018, westwoodlabs/2024-04-vorstandssitzung-04-04-2024,
    // garoa/2012-01-reuniao-de-17-01-2012, mongueurs/2013-02-assemblee-generale-ordinaire-9-fevrier-2013
    expect(detect('Deelnemersvergadering 30 juni 2018').reason).toContain('subject says "Deelnemersvergadering 30 juni 2018"');
    expect(detect('2024-04-04-Vorstandssitzung').reason).toContain('subject says "2024-04-04-Vorstandssitzung"');
    expect(detect('Reunião de 17/01/2012').reason).toContain('subject says "Reunião de 17/01/2012"');
    expect(detect('Assemblée Générale ordinaire du 9 février 2013').reason).toContain('subject says "Assemblée Générale ordinaire du 9 février 2013"');
    // (a year alone is no day: `Jahreshauptversammlung 2014` is planned, not held; nor a meeting of no day)
    expect(detect('Deelnemersvergadering 2018').reason).not.toContain('subject says');
    // fixtures/real-corpus/hackerspace-ffm/2014-11-protokoll-jahreshauptversammlung: German minutes of a day, whose date is no version
    expect(detect('Protokoll 2014.11.05').reason).toContain('subject says "Protokoll 2014.11.05"');
    expect(detect('Protokoll 2014.11.05').reason).not.toContain('release announcement');
    expect(detect('youtube-dl 2014.11.05').reason).toContain('release announcement');
    // fixtures/real-corpus/oflug/2002-03-arsberetning-mars-2001-mars-2002, wikimedia/unknown-wikimedia-polska-sprawozdanie-zarzadu-za-2018
    expect(detect('Årsberetning for perioden mars 2001 - mars 2002').reason).toContain('subject says "Årsberetning"');
    expect(detect('Sprawozdanie Zarządu za 2018').reason).toContain('subject says "Sprawozdanie"');
    // fixtures/real-corpus/werkimpuls/2026-02-267-plenum-donnerstag-5-2-2026: a plenum called for a weekday and an hour
    expect(detect('267. PLENUM, Donnerstag, 5.2.2026, ab 19 Uhr').reason).toContain("a meeting's day");
  });

  it('reads a Norwegian or Danish board calling its members to the annual meeting in the body as a call to meet (OfLUG 2004, AAUUG 2003; parser 112)', () => {
    // fixtures/real-corpus/oflug/2004-02-arsmote-2004-innkalling (round 91), aauug/2003-09-ekstraordinaer-generalforsamling
    const call = 'Styret vil med dette få innkalle til årsmøte i OfLUG, tirsdag 24/02 2004, klokken 18.00. Sted blir Os Allé 11, HiØ.\n\n' + REPORT_BODY;
    expect(parseStatusPost({ subject: '', body: call, isReply: false }).reason).toContain('invites to a meeting');
    const danish = 'For at få ovenstående debatteret indkaldes til ekstraordinær generalforsamling den 30. september.\n\n' + REPORT_BODY;
    expect(parseStatusPost({ subject: '', body: danish, isReply: false }).reason).toContain('invites to a meeting');
    // (minutes that say the board will call a meeting later are no call: `Klas kallar till ett IRL möte`)
    const later = 'Klas kallar till ett IRL möte i Januari för att diskutera upplägget.\n\n' + REPORT_BODY;
    expect(parseStatusPost({ subject: '', body: later, isReply: false }).reason).not.toContain('invites to a meeting');
  });

  it('reads a French meeting of a day, and a board\'s (CA) meeting of a day, as dated meetings (Linux-Québec 2003, ABUL 2002; parser 109)', () => {
    // fixtures/real-corpus/linux-quebec/2003-03-reunion-27-mars-2003, abul/2002-03-ca-de-l-abul-du-28-mars-2002 (round 89)
    expect(detect('Réunion: 27 mars 2003').reason).toContain('subject says "Réunion: 27 mars 2003"');
    expect(detect('CA de l’ABUL du 28 mars 2002').reason).toContain('subject says "CA de l’ABUL du 28 mars 2002"');
    // (not a meeting without its day, `Reunion 2 du Bureau`, nor `ca.` for circa)
    expect(detect('[Francophone] Reunion 2 du Bureau').reason).not.toMatch(/subject says/);
    expect(detect('Photos from ca. 2004 in the archive').reason).not.toMatch(/subject says/);
  });

  it('reads OpenJDK\'s rampdown phases as a release\'s milestone (jdk-dev, 2023)', () => {
    expect(detect('JDK 22 is now in Rampdown Phase One').reason).toContain('subject says "Rampdown Phase One"');
  });

  it('does not take draft minutes\' `Status: Draft` for a design proposal (RIPE 75 Anti-Abuse WG, 2017)', () => {
    const d = parseStatusPost({ subject: '', body: bodyOf('ripe/2017-ripe-75-anti-abuse-working-group-draft-minutes') });
    expect(d.reason).not.toContain('design proposal');
    expect(d.isReport).toBe(true);
    expect(d.sections.map((s) => s.title)).toEqual(expect.arrayContaining(['Administrative Matters', 'Policies']));
    expect(detect('Proposal: new sync', 'Status: Draft\n\nThis document proposes a new sync protocol.\n').reason).toContain('design proposal');
  });
});

describe('round 40 (real posts, scored blind once, then tuned on)', () => {
  it('reads a Galician meeting summary as minutes, and an AGM\'s time as a call to it (Trasno 2009, UK-TUG 2019)', () => {
    expect(detect('Resumo da xuntanza feito por Denís Fernandez Cabrera').reason).toContain('subject says "Resumo da xuntanza"');
    expect(detect('Resumen de la reunión del martes').reason).toContain('subject says "Resumen de la reunión"');
    expect(detect('[UK-TUG] Further details of UK TUG AGM, 2pm on Saturday 16 November').reason).toContain('a meeting\'s time');
    // (the AGM's minutes are no call to it)
    expect(detect('[UK-TUG] AGM, 2pm: minutes').reason).not.toContain('a meeting\'s time');
  });
});

describe('round 41 (real posts, scored blind once, then tuned on)', () => {
  it('reads Slovene minutes, a release\'s post-mortem and a meeting\'s outcome by their subjects (LUGOS 2005, Linaro 2011, openSUSE ARM 2012)', () => {
    expect(detect('[LUGOS-ORG] Zapisnik sestanka UO 17.11.2005').reason).toContain('subject says "Zapisnik"');
    expect(detect('Linaro Release 12.01 Postmortem Summary').reason).toContain('subject says "Postmortem"');
    expect(detect('Yellow squad retrospective, June 29').reason).toContain('subject says "retrospective"');
    const outcome = detect('[opensuse-arm] Outcome of the round table meeting');
    expect(outcome.reason).toContain('subject says "Outcome of the round table meeting"');
    // (what a meeting decided, told after it, is no call to it)
    expect(outcome.reason).not.toContain('meeting mail');
    expect(detect('Round table meeting next week').reason).toContain('meeting mail');
    // the real posts, with their bodies
    expect(parseStatusPost({ subject: '[opensuse-arm] Outcome of the round table meeting', body: bodyOf('opensuse/2012-02-outcome-of-the-round-table-meeting') }).isReport).toBe(true);
  });

  it('reads a signed newsletter whose archive dropped its armour\'s first line, dash-escapes and all (Tahoe-LAFS Weekly News 31, 2012)', () => {
    const d = parseStatusPost({ subject: 'TWN 31', body: bodyOf('tahoe-lafs/2012-05-twn-31') });
    expect(d.isReport).toBe(true);
    expect(d.reason).toContain('its title line says "Weekly News"');
    // (`Roadmaps Announced` over `- ------------------`: a setext heading, once the signer's `- ` is off)
    expect(d.sections.map((s) => s.title)).toContain('Roadmaps Announced');
  });

  it('reads no title in a sentence that opens a post and goes on below it (MOTU meeting notes, 2008, from the body alone)', () => {
    const d = parseStatusPost({ subject: '', body: bodyOf('ubuntu/2008-08-motu-meeting-notes-8th-august') });
    // (`During the MOTU meeting on Friday, August 8th, 2008, the following` / `points were discussed:`
    // is no call to meet on a Friday)
    expect(d.reason).not.toContain("a meeting's day");
    expect(d.isReport).toBe(true);
    expect(detect('', 'During the team meeting on Friday\n\n* done: x\n* next: y\n').reason).toContain("a meeting's day");
  });
});

describe('round 42 (real posts, scored blind once, then tuned on)', () => {
  it('reads the upcoming candidates of a release as its milestone (Debian Installer, bookworm, 2023)', () => {
    expect(detect('Upcoming D-I Bookworm RC 3 and RC 4').reason).toContain('subject says "RC 3"');
    const d = parseStatusPost({ subject: 'Upcoming D-I Bookworm RC 3 and RC 4', body: bodyOf('debian/2023-05-upcoming-d-i-bookworm-rc-3-and-rc-4') });
    expect(d.isReport).toBe(true);
    expect(d.sections.map((s) => s.title)).toEqual(expect.arrayContaining(['Current status', 'Proposed plan']));
    // (an upcoming event is no release's milestone)
    expect(detect('Upcoming conference in Berlin').reason).not.toMatch(/subject says/);
  });
});

describe('round 43 (real posts, scored blind once, then tuned on)', () => {
  it('reads a report forwarded under Outlook\'s "Original Message" line with nothing of the sender\'s own above it (Tcl/Tk biweekly meeting, 2024-12)', () => {
    const d = parseStatusPost({ subject: '', body: bodyOf('tcl/2024-12-report-biweekly-tcl-tk-meeting-2024-12-23') });
    expect(d.reason).not.toContain('mostly quoted');
    // the same under a word of one's own is a reply, its original quoted
    const reply = parseStatusPost({ subject: '', body: 'Thanks!\n\n' + bodyOf('tcl/2024-12-report-biweekly-tcl-tk-meeting-2024-12-23') });
    expect(reply.reason).toContain('mostly quoted');
  });

  it('reads an opening that says what the post is, beside a subject that says it too (X.Org Foundation\'s State of X.Org, 2009 and 2013; OpenJDK Quality Outreach, 2023)', () => {
    const y2009 = parseStatusPost({ subject: 'The State of The X.Org Foundation 2009', body: bodyOf('xorg/2009-02-the-state-of-the-x-org-foundation-2009') });
    // (since parser 65 the same sentence, `Attached please find my 2009 annual report on The State of The X.Org Foundation`,
    // is read as an opening cue under the subject's: the opening is read under a strong cue with nothing against it)
    expect(y2009.reason).toContain('opens with "State of The" +1.5');
    expect(y2009.isReport).toBe(true);
    const y2013 = parseStatusPost({ subject: 'State of X.Org Report', body: bodyOf('xorg/2013-02-state-of-x-org-report') });
    expect(y2013.reason).toContain('opens saying what it is ("Here\'s my 2013 X.Org Foundation');
    expect(y2013.isReport).toBe(true);
    expectBodyAloneReport('openjdk/2023-06-quality-outreach-june-update', 'opens saying what it is ("Welcome to the OpenJDK Quality Outreach');
    // (the same post opening otherwise does not say so)
    const body2013 = bodyOf('xorg/2013-02-state-of-x-org-report');
    const patch = parseStatusPost({ subject: 'State of X.Org Report', body: body2013.replace(/^Here's my 2013 .*$/m, "Here's my patch for the 2013 report generator,") });
    expect(patch.reason).not.toContain('opens saying');
    expect(patch.isReport).toBe(false);
    const welcome = parseStatusPost({ subject: 'State of X.Org Report', body: body2013.replace(/^Here's my 2013 .*$/m, 'Welcome to the list! The report is attached, I hope,') });
    expect(welcome.reason).not.toContain('opens saying');
  });
});

describe('round 44 (real posts, scored blind once, then tuned on)', () => {
  it('reads an association\'s yearly report and an account of a day by their words in French and Italian (Debian France 2012, ubuntu-it 2005)', () => {
    expect(detect("[AG] AGO 2012 : bilan moral de l'association Debian France").reason).toContain('subject says "bilan moral"');
    expect(parseStatusPost({ subject: "[AG] AGO 2012 : bilan moral de l'association Debian France", body: bodyOf('debian-france/2012-03-ago-2012-bilan-moral-de-l-association-debian-france') }).isReport).toBe(true);
    expect(detect('Resoconto di Sabato 19 marzo').reason).toContain('subject says "Resoconto"');
    expect(parseStatusPost({ subject: 'Resoconto di Sabato 19 marzo', body: bodyOf('ubuntu/2005-03-resoconto-di-sabato-19-marzo') }).isReport).toBe(true);
    // (a balance sheet is no yearly report of what was done)
    expect(detect('Bilan financier 2012').reason).not.toMatch(/subject says/);
  });

  it('reads an update of a FAQ as a document\'s new version, not a report (Lojban, 2000)', () => {
    const d = parseStatusPost({ subject: 'Draft update of Lojban FAQ', body: bodyOf('lojban/2000-01-draft-update-of-lojban-faq') });
    expect(d.reason).not.toContain('subject says "update"');
    expect(d.isReport).toBe(false);
    expect(detect('Update of the Lojban project').reason).toContain('subject says "Update"');
  });
});

describe('round 45 (real posts, scored blind once, then tuned on)', () => {
  it('reads Danish minutes and a board\'s yearly report on an association\'s announce list, whose [Announce] tag is the list\'s (AaUUG, 2004-2006)', () => {
    const minutes = parseStatusPost({ subject: '[Announce] Referat af bestyrelsesmøde den 24. august 2004', body: bodyOf('aauug/2004-09-referat-af-bestyrelsesmode-den-24-august-2004') });
    expect(minutes.reason).not.toContain('release announcement');
    expect(minutes.isReport).toBe(true);
    const yearly = parseStatusPost({ subject: '[Announce] Bestyrelsens beretning for 2003', body: bodyOf('aauug/2004-05-bestyrelsens-beretning-for-2003') });
    expect(yearly.reason).toContain('subject says "beretning"');
    expect(yearly.isReport).toBe(true);
    // (the tag still marks a release where the subject names one)
    expect(detect('[Announce] foo 1.2 is available').reason).toContain('release announcement');
  });

  it('reads a date written day first, with dots or a Danish month, as the period of minutes (SSLUG, 2002), not the day of a meeting to come (bf-dev, 2006)', () => {
    expect(detect('Referat af medlemsmøde den 11.08.2002').reason).toContain('dated or numbered subject ("11.08.2002")');
    expect(detect("Referat af SSLUG's bestyrelsesmøde lørdag den 5. januar 2002").isReport).toBe(true);
    const invite = parseStatusPost({ subject: '[Bf-dev-devel] Teamsitzung am Freitag, 10. Februar 2006', body: bodyOf('bf-dev/2006-02-teamsitzung-am-freitag') });
    expect(invite.reason).toContain("a meeting's day");
    expect(invite.isReport).toBe(false);
  });

  it('takes a bare `referat` for minutes (ubuntu-dk, 2008)', () => {
    expect(detect('[ubuntu-dk] referat').reason).toContain('subject says "referat"');
    expect(detect('[ubuntu-dk] referat om noget').reason).not.toMatch(/subject says "referat"/);
  });
});

describe('openings that say what the post is (2026-12-01, tuning set, not blind)', () => {
  it('reads a funded developer\'s `This was my ninth month working on LTS` (debian-lts, 2024) and `a report of the activities` (Cocoon, 2003) from the body alone', () => {
    const lts = parseStatusPost({ subject: '', body: bodyOf('debian/2024-lts-elts-ninth-month-report') });
    // (since parser 62 its deeds, `I also discovered`, `We discovered`, decide it before its opening is read: the
    // opening is read only where it can decide)
    expect(lts.reason).toMatch(/opens saying what it is|says what was done \(3\+/);
    expect(lts.isReport).toBe(true);
    expectBodyAloneReport('cocoon/2003-report-to-the-board-cocoon-project-starting-up', 'opens saying what it is');
    // (a report of a crash is no report of activities)
    expect(parseStatusPost({ subject: '', body: 'I send in a report of the crash I saw.\n\nIt fails at boot.\n' }).reason).not.toContain('opens saying');
  });
});

describe('round 46 (real posts, scored blind once, then tuned on)', () => {
  it('reads Italian `rapporto` and a day written `18/10` (Ninux 2014, SLIP Pinerolo 2018, jelix 2006)', () => {
    expect(detect('[Ninux-Wireless] Bozza rapporto riunione hackmeeting').reason).toContain('subject says "rapporto"');
    expect(parseStatusPost({ subject: '[Ninux-Wireless] Bozza rapporto riunione hackmeeting', body: bodyOf('ninux/2014-07-bozza-rapporto-riunione-hackmeeting') }).isReport).toBe(true);
    expect(detect('[Soci SLIP] verbale assemblea del 18/10').reason).toContain('dated or numbered subject ("18/10")');
    expect(parseStatusPost({ subject: '[Soci SLIP] verbale assemblea del 18/10', body: bodyOf('slip-pinerolo/2018-10-verbale-assemblea-del-18-10') }).isReport).toBe(true);
    expect(detect('[Jelix-public] checkins du 17/01 au 29/01').reason).toContain('dated or numbered subject ("17/01")');
    // (not a series' part, nor a day and month that are none)
    expect(detect('[PATCH 1/2] foo: status update').reason).not.toContain('dated or numbered subject ("1/2")');
    expect(detect('Status of 12/13 tests').reason).not.toContain('dated or numbered subject');
  });
});

describe('round 47 (real posts, scored blind once, then tuned on)', () => {
  it('reads Spanish and Catalan minutes of an assembly (`acta asamblea`, `Acta 13/02/10`, `resum assemblea`: hackmeeting 2004, no65hores 2010, ecoxarxes 2013)', () => {
    expect(detect('[hackmeeting] borrador acta asamblea final hackandalus').reason).toContain('subject says "acta asamblea"');
    expect(detect('Acta 13/02/10').reason).toContain('subject says "Acta 13/02/10"');
    expect(detect('Resum assemblea Ecoxarxa').reason).toContain('subject says "Resum assemblea"');
    expect(parseStatusPost({ subject: '', body: bodyOf('nyamera/2023-04-acta-23-04-2023') }).isReport).toBe(true);
    // (an act of a play, a law's article, are not minutes)
    expect(detect('Acta 2 of the play').reason).not.toMatch(/subject says "Acta/);
  });
});

describe('parser 59: detection of real reports (issue #9, tuning set)', () => {
  it('reads an opening that hands over a meeting\'s notes as the post\'s cue, under a subject that names the meeting\'s call or no report (debian-cloud 2021, gstreamer 2005)', () => {
    // fixtures/real-corpus/debian/2021-05-re-next-team-meeting-notes: the notes sent as an answer to the call
    const cloud = parseStatusPost({ subject: 'Re: Next team meeting: Wed May 12 @19:00 UTC', body: bodyOf('debian/2021-05-re-next-team-meeting-notes'), isReply: true });
    expect(cloud.reason).toContain('its opening hands over a meeting\'s notes ("Here are my notes from yesterday\'s team meeting")');
    expect(cloud.reason).not.toContain('a meeting\'s time');
    expect(cloud.isReport).toBe(true);
    // fixtures/real-corpus/gstreamer/2005-02-summit-conclusions-plans: `here's a quick recap of ... during this summit`
    const gst = parseStatusPost({ subject: '[gst-devel] summit conclusions + plans', body: bodyOf('gstreamer/2005-02-summit-conclusions-plans') });
    expect(gst.reason).not.toContain('subject names no report');
    expect(gst.isReport).toBe(true);
    // (notes attached are elsewhere; a meeting to come holds none)
    expect(parseStatusPost({ subject: 'WG call', body: 'Dear all,\n\nPlease find attached the notes from the WG call.\n\nBest,\nJo\n' }).reason).not.toContain('hands over');
    expect(parseStatusPost({ subject: 'WG call', body: 'Dear all,\n\nWe will hold a meeting next week.\n' }).reason).not.toContain('hands over');
  });

  it('reads an opening that tells of a meeting held (`summit was held`, `meeting took place`, `held a midcycle meetup`) as the post\'s cue (QEMU 2013, TCL 2024, LTP 2025)', () => {
    // fixtures/real-corpus/qemu/2013-10-qemu-summit-2013-minutes: no subject, `This year's QEMU summit was held on October 21st`
    expectBodyAloneReport('qemu/2013-10-qemu-summit-2013-minutes', 'its opening tells of a meeting held ("summit was held")');
    // fixtures/real-corpus/tcl/2024-12-report-biweekly-tcl-tk-meeting-2024-12-23 (trimmed)
    const tcl = parseStatusPost({ subject: '', body: 'Dear TCL/Tk group,\nthe biweekly TCL/Tk meeting took place today to celebrate great TCL/Tk 9.0.1 release !\nGreat release with a lot of bug fixes.\n\nTop 1) Release 9.0.1\n - Released on 2024-12-11\n - Tcllib 2.0 also released\nTop 2) Next meeting\n - 2025-01-06\n' });
    expect(tcl.reason).toContain('its opening tells of a meeting held ("meeting took place")');
    // fixtures/real-corpus/ltp/2025-03-open-ltp-meeting-reply-mom: an answer to the meeting's call, `... since the last meeting was held`
    const ltp = parseStatusPost({ subject: 'Re: [LTP] Open LTP meeting 24th of March 09:00 UTC', body: bodyOf('ltp/2025-03-open-ltp-meeting-reply-mom'), isReply: true });
    expect(ltp.reason).not.toContain('a meeting\'s time');
    expect(ltp.isReport).toBe(true);
    // (a meeting to be held is no meeting held)
    expect(parseStatusPost({ subject: 'LUG', body: 'Hi,\n\nThe meeting will be held on Friday.\n' }).reason).not.toContain('meeting held');
  });

  it('reads a release\'s milestone a weekday or a day away as its countdown (OpenJDK 2023, 2024)', () => {
    // fixtures/real-corpus/openjdk/2023-06-jdk-21-enters-rampdown-phase-one-next-thursday
    const jdk = parseStatusPost({ subject: 'JDK 21 enters Rampdown Phase One next Thursday', body: bodyOf('openjdk/2023-06-jdk-21-enters-rampdown-phase-one-next-thursday') });
    expect(jdk.reason).toContain('subject says "Rampdown Phase One"');
    expect(jdk.reason).not.toContain('something coming');
    expect(jdk.isReport).toBe(true);
    // (a meeting next Thursday is still one to come)
    expect(detect('Release meeting next Thursday').reason).toContain('something coming');
  });

  it('weighs an opening that announces a release against a report, from the body alone and under a subject (squashfs-tools-ng 2019, Mono 2001)', () => {
    // fixtures/real-corpus/squashfs/2019-10-announce-libsquashfs-squashfs-tools-ng-0-7, read without its subject
    const sq = parseStatusPost({ subject: '', body: bodyOf('squashfs/2019-10-announce-libsquashfs-squashfs-tools-ng-0-7') });
    expect(sq.reason).toContain('opens announcing a release ("0.7 is released")');
    expect(sq.isReport).toBe(false);
    // fixtures/real-corpus/mono/2001-09-mono-0-7-has-been-released: `Mono 0.7 has been released.` over its changes
    const mono = parseStatusPost({ subject: '[Mono-announce-list] Mono 0.7 has been released', body: bodyOf('mono/2001-09-mono-0-7-has-been-released') });
    expect(mono.reason).toContain('opens announcing a release');
    expect(mono.isReport).toBe(false);
    // (a release to come is none: linux-next's `until after v5.13-rc1 has been released`)
    expect(parseStatusPost({ subject: '', body: 'Hi all,\n\nPlease do not add any v5.14 material to your linux-next included branches until after v5.13-rc1 has been released.\n' }).reason).not.toContain('opens announcing');
  });

  it('weighs an opening that asks against a report (es-discuss 2007, xen-devel 2019)', () => {
    // fixtures/real-corpus/esdiscuss/2007-12-draw-control-and-page-description-updates: `I'm struggling with the performance of my web app`
    const es = parseStatusPost({ subject: 'Draw control and page description updates', body: bodyOf('esdiscuss/2007-12-draw-control-and-page-description-updates') });
    expect(es.reason).toContain('opens asking ("I\'m struggling")');
    expect(es.isReport).toBe(false);
    // fixtures/real-corpus/xen/2019-11-status-of-4-13 read without its subject (trimmed; the copy is base64)
    const xenBody = [
      'Where do we stand with Xen 4.13 regarding blockers and related patches?', '',
      '1. OSStest failure regarding nested test:', '    I\'m not quite sure whether the currently debated patch of Andrew is', '    fixing the problem. If not, do we know what is missing or how to', '    address the issue? If yes, could we please come to an agreement?', '',
      '2. Ryzen/Rome failures with Windows guests:', '    What is the currently planned way to address the problem? Who is', '    working on that?', '',
      '3. Pending patches for 4.13:', '    Could I please have feedback which patches tagged as "for-4.13" are', '    fixing real regressions? Those not fixed yet are blocked, pending review.', '',
    ].join('\n');
    const xen = parseStatusPost({ subject: '', body: xenBody });
    expect(xen.reason).toContain('opens asking ("Where do we stand")');
    expect(xen.isReport).toBe(false);
  });

  it('reads a roll call at the top as minutes, in English and in the list\'s own language (Optiq 2014, SLIP Pinerolo 2018)', () => {
    // fixtures/real-corpus/calcite/2014-optiq-first-hangout-meeting-notes: `Attendees: Luc Boudreau, ...` over prose, no subject
    expectBodyAloneReport('calcite/2014-optiq-first-hangout-meeting-notes', 'a roll call at the top');
    // fixtures/real-corpus/slip-pinerolo/2018-10-verbale-assemblea-del-18-10 read from the body alone: `Presenti: tutti ...`
    expectBodyAloneReport('slip-pinerolo/2018-10-verbale-assemblea-del-18-10', 'a roll call at the top');
    // (since parser 96, who keeps the minutes: fixtures/real-corpus/ripe/2011-04-mat-wg-minutes-ripe-61, RIPE's MAT working
    // group, `Scribe: Rene Wilhelm, RIPE NCC`; ...libreoffice/2019-07-tdf-board-of-directors-meeting-2019-07-05, `Keeper of
    // the minutes: ...` in TDF's board minutes)
    expectBodyAloneReport('ripe/2011-04-mat-wg-minutes-ripe-61', 'a roll call at the top');
    expectBodyAloneReport('libreoffice/2019-07-tdf-board-of-directors-meeting-2019-07-05', 'a roll call at the top');
    // (a roll call far down the post, or `Present:` inside a sentence, is none)
    expect(parseStatusPost({ subject: '', body: 'We will present: the new API.\n\nMore soon.\n' }).reason).not.toContain('roll call');
  });
});

describe('detectReport, parser 62', () => {
  it('counts `I took`, `I gave`, `we moved`, `we identified` among what a report says was done (GNU Hackers\' Meeting 2017, from the body alone)', () => {
    // fixtures/real-corpus/guix/2017-08-ghm-2017-recap (no subject in its copy): a recap of a meeting that says
    // what its writers did there (`I gave a short talk`, ...); ADT 2006's `I took Dave's ca65 assembler version` too
    const r = expectBodyAloneReport('guix/2017-08-ghm-2017-recap', 'says what was done (2 "I/we did" phrases) +1');
  });

  it('reads `we have already started`, `I went ahead and added`, `I have also got ... working`, `making progress` as what was done (TinkerPop\'s board report, 2019, from the body alone)', () => {
    // fixtures/real-corpus/tinkerpop/2019-04-draft-board-report (no subject in its copy): `We have already started`
    expectBodyAloneReport('tinkerpop/2019-04-draft-board-report', 'says what was done (2 "I/we did" phrases) +1');
  });

  it('reads minutes a short note says are attached, `I\'ve attached a very brief version of the ... meeting minutes`, as the post (Kamailio 2008)', () => {
    // fixtures/real-corpus/kamailio/2008-11-karlsruhe-meeting-minutes: the minutes come as a text attachment pipermail shows
    // inline, under `-------------- next part --------------`, which the mail stage cuts unless the note says the
    // minutes are attached (as TinyOS Alliance's `Meeting notes follow.`, 2007-06, says they follow)
    const raw = readFileSync(new URL('../../fixtures/real-corpus/kamailio/2008-11-karlsruhe-meeting-minutes.eml', import.meta.url));
    const d = deriveMessage(raw, 'mbox');
    expect(d.reason).not.toContain('no list or sections');
    expect(d.isReport).toBe(true);
  });

  it('weighs an opening that hands over a meeting\'s notes as a subject naming them, but not notes quoted on a flattened line (Apache Pulsar 2022, OpenVPN 2010)', () => {
    // fixtures/real-corpus/pulsar/2022-10-community-meeting-notes-2022-10-13 (no subject in its copy): `Here are the notes
    // from the community meeting two weeks ago.` over prose notes
    expectBodyAloneReport('pulsar/2022-10-community-meeting-notes-2022-10-13', 'its opening hands over a meeting\'s notes ("Here are the notes from the community meeting") +3');
    // fixtures/real-corpus/openvpn/2010-01-re-development-model-meeting-summary-logs: a one-line reply whose archive page
    // flattened the quoted summary into the line below it
    const openvpn = parseStatusPost({ subject: '', body: bodyOf('openvpn/2010-01-re-development-model-meeting-summary-logs') });
    expect(openvpn.reason).not.toContain('hands over a meeting\'s notes');
    expect(openvpn.isReport).toBe(false);
  });

  it('weighs an opening that tells of a meeting held as a subject naming its report (DC Cypherpunks 1996, from the body alone)', () => {
    // fixtures/real-corpus/cypherpunks/1996-04-dc-cypherpunks-meeting-report: `The DC Cypherpunks held their monthly
    // meeting on April 13 at the Digex offices, with about a dozen people attending.`, three paragraphs of prose
    expectBodyAloneReport('cypherpunks/1996-04-dc-cypherpunks-meeting-report', 'its opening tells of a meeting held ("held their monthly meeting") +3');
  });

  it('weighs a title line\'s strong cue half a point more than a subject\'s, unless the line says something against it (TriLUG 2010, Kata Containers 2018, from the body alone)', () => {
    // fixtures/real-corpus/trilug/2010-01-2010-state-of-the-lug-address: `2010 State of the LUG Address` over prose
    expectBodyAloneReport('trilug/2010-01-2010-state-of-the-lug-address', 'no subject; its title line says "State of the" +3');
    // fixtures/real-corpus/kata-containers/2018-04-week-in-review-report-template: `# [YYYY-MM-DD] Week in Review`, a form
    const kata = parseStatusPost({ subject: '', body: bodyOf('kata-containers/2018-04-week-in-review-report-template') });
    expect(kata.reason).toContain('a template');
    expect(kata.isReport).toBe(false);
  });

  it('weighs an opening that tells of a meeting to come against a report (openSUSE 2022, Herefordshire LUG 2009)', () => {
    // fixtures/real-corpus/opensuse/2022-03-regular-community-meeting-topics (no subject in its copy): `We will have
    // Regular Community Meeting tomorrow at 14:30 UTC.` over the topics to talk about
    const suse = parseStatusPost({ subject: '', body: bodyOf('opensuse/2022-03-regular-community-meeting-topics') });
    expect(suse.reason).toContain('opens with a meeting to come ("We will have Regular Community Meeting t")');
    expect(suse.isReport).toBe(false);
    // fixtures/real-corpus/herefordshire-lug/2009-09-sept-lug-meeting-software-freedom-day-notes: `our next LUG meeting is on this coming WEDNESDAY`
    const hlug = parseStatusPost({ subject: '[HLUG] Sept LUG Meeting - this Weds & Software Freedom Day Organisation notes', body: bodyOf('herefordshire-lug/2009-09-sept-lug-meeting-software-freedom-day-notes') });
    expect(hlug.reason).toContain('opens with a meeting to come');
    expect(hlug.isReport).toBe(false);
  });

  it('reads `please find the board report below` and `Here\'s a proposed draft for the first report` as openings that say what the post is (Apache Felix 2020, Apache Lucy 2012, from the body alone)', () => {
    // fixtures/real-corpus/felix/2020-03-board-report-draft-msg49571 (no subject in its copy; a page that lost its line breaks)
    // (since parser 66 its sections, run onto one line by the page, are split apart: read from them, the
    // opening need not be read to decide)
    expectBodyAloneReport('felix/2020-03-board-report-draft-msg49571', 'sections');
    // fixtures/real-corpus/apache/2012-04-lucy-first-board-report-draft (no subject in its copy)
    expectBodyAloneReport('apache/2012-04-lucy-first-board-report-draft', 'opens saying what it is ("Here\'s a proposed draft for the first re")');
  });

  it('reads `What follows is a summary of the discussions held on IRC` as an opening that says what the post is (Squid 2004, from the body alone; parser 66)', () => {
    // fixtures/real-corpus/squid/2004-squid-dev-summary-of-irc-discussions (no subject in its copy)
    expectBodyAloneReport('squid/2004-squid-dev-summary-of-irc-discussions', 'opens saying what it is ("summary of the discussions held")');
  });

  it('weighs an opening that hands over a meeting\'s notes as a subject\'s cue where the subject is unknown (NANOG 2008; parser 66)', () => {
    // fixtures/real-corpus/nanog/2008-02-nanog-42-community-meeting-notes (no subject in its copy)
    const nanog = expectBodyAloneReport('nanog/2008-02-nanog-42-community-meeting-notes', 'opens saying what it is ("I took some notes during") +3');
    // with its subject known the opening weighs what it did
    const titled = parseStatusPost({ subject: 'NANOG 42 community meeting notes', body: bodyOf('nanog/2008-02-nanog-42-community-meeting-notes') });
    expect(titled.reason).not.toContain('("I took some notes during") +3');
    // fixtures/real-corpus/apache/unknown-lucy-dev-re-first-board-report-draft: a reply quoting the draft's opening with `: `
    const reply = parseStatusPost({ subject: '', body: bodyOf('apache/unknown-lucy-dev-re-first-board-report-draft') });
    expect(reply.isReport).toBe(false);
  });

  it('reads `I would like to provide a brief SPI update` and `send out a State of the LUG update` as openings that say what the post is (SPI 2004, NBLUG 2015, from the body alone)', () => {
    // fixtures/real-corpus/spi/2004-08-brief-spi-update-for-debian (no subject in its copy)
    expectBodyAloneReport('spi/2004-08-brief-spi-update-for-debian', 'opens saying what it is ("I would like to provide a brief SPI upda")');
    // fixtures/real-corpus/nblug/2015-04-state-of-the-lug-2015 (no subject in its copy)
    expectBodyAloneReport('nblug/2015-04-state-of-the-lug-2015', 'opens saying what it is ("send out a State of the LUG update")');
  });

  it('weighs an opening that proposes against a report (GRASS 2003, AbiWord 2008, from the body alone)', () => {
    // fixtures/real-corpus/grass/2003-10-proposal-periodic-grass-news (no subject in its copy): `here I share my
    // thoughts, as a proposal.` over `1.-What? Introduction`, `2.-What? Detailed`: a periodic newsletter proposed
    const grass = parseStatusPost({ subject: '', body: bodyOf('grass/2003-10-proposal-periodic-grass-news') });
    expect(grass.reason).toContain('opens proposing ("as a proposal") -2');
    expect(grass.isReport).toBe(false);
    // fixtures/real-corpus/abiword/2008-05-abiword-2-7-0-plans: `we're looking for your input on how to proceed`
    const abi = parseStatusPost({ subject: '', body: bodyOf('abiword/2008-05-abiword-2-7-0-plans') });
    expect(abi.reason).toContain('opens proposing ("looking for your input")');
    expect(abi.isReport).toBe(false);
  });

  it('reads an opening that names a period and what the writer did in it as saying what the post is (Samba GSoC 2020, from the body alone)', () => {
    // fixtures/real-corpus/samba/2020-06-gsoc-week-4-progress: `During the week I worked on the following:` over a short list
    expectBodyAloneReport('samba/2020-06-gsoc-week-4-progress', 'opens saying what it is ("During the week I worked")');
  });

  it('reads `This is a report on`, `Here is a condensed version of what we covered`, `here\'s an update` as openings that say what the post is (Lojban 1992, Edubuntu 2009, from the body alone)', () => {
    // fixtures/real-corpus/lojban/1992-08-report-on-logfest-92: `This is a report on LogFest 92, which took place ...`, prose
    expectBodyAloneReport('lojban/1992-08-report-on-logfest-92', 'opens saying what it is ("This is a report on")');
    // fixtures/real-corpus/edubuntu/2009-01-edubuntu-meeting-minutes-2009-01-07: `Today we had another great Edubuntu team
    // meeting. Here is a condensed version of what we covered:`
    expectBodyAloneReport('edubuntu/2009-01-edubuntu-meeting-minutes-2009-01-07', 'opens saying what it is ("Here is a condensed version of what we c")');
  });

  it('counts `we also continued`, `we noted` among what a report says was done (Calcite 2017, from the body alone)', () => {
    // fixtures/real-corpus/calcite/2017-11-state-of-the-project-new-pmc-chair (no subject in its copy): `We also continued`
    const r = expectBodyAloneReport('calcite/2017-11-state-of-the-project-new-pmc-chair', 'says what was done (2 "I/we did" phrases) +1');
  });

  it('counts `I finally got` and `I figured out` among a report\'s phrases of progress, not `I\'ve got` (OpenLayer 2006)', () => {
    // fixtures/real-corpus/openlayer/2006-08-freetype-support-update: `I finally got my opengl back and thus nearly finished
    // up all the internal freetype rendering support. ... I also removed the required 'developer' paramater`
    const r = parseStatusPost({ subject: '[Openlayer-developer] FreeType support update', body: bodyOf('openlayer/2006-08-freetype-support-update') });
    expect(r.reason).toContain('says what was done (2 "I/we did" phrases) +1');
    expect(r.isReport).toBe(true);
    expect(parseStatusPost({ subject: 'Editor update', body: 'We\'ve got a problem with the build.\n\nI\'ve got no idea why.\n' }).reason).not.toContain('says what was done');
  });

  it('reads a subject that tells how a release stands (`update on the status of the new release`, `release in progress`) as a release manager\'s report (X2Go 2010, ImageJ 2012)', () => {
    // fixtures/real-corpus/x2go/2010-05-update-on-the-status-of-the-new-release: a few lines of prose on what holds the release
    const x2go = parseStatusPost({ subject: '[X2go-dev] update on the status of the new release', body: bodyOf('x2go/2010-05-update-on-the-status-of-the-new-release') });
    expect(x2go.reason).toContain('subject says "status of the new release" +3');
    expect(x2go.isReport).toBe(true);
    // fixtures/real-corpus/imagej/2012-12-beta6-release-in-progress
    expect(detect('[ImageJ-devel] 2.0.0-beta6 release in progress').reason).toContain('subject says "release in progress" +3');
  });

  it('weighs a release held up or delayed as a milestone\'s countdown (Open MPI 2014)', () => {
    // fixtures/real-corpus/open-mpi/2014-11-1-8-4-release-delayed: `So release of 1.8.4 has been delayed until sometime in Dec.`, prose
    const r = parseStatusPost({ subject: '[OMPI devel] 1.8.4 release delayed', body: bodyOf('open-mpi/2014-11-1-8-4-release-delayed') });
    expect(r.reason).toContain('subject says "1.8.4 release delayed" +3');
    expect(r.isReport).toBe(true);
  });

  it('spares a progress subject over sentences of what its writer did the want of a list (MikeOS 2008)', () => {
    // fixtures/real-corpus/mikeos/2008-09-tbos2-progress (`[mikeos-developer] TBOS2 Progress`, excerpt): one paragraph
    const body = [
      'Hey all,', '',
      "I'm working on a new protected mode OS called TBOS2. So far I have a working bootloader and protected mode kernel, a screen driver, and a partially complete keyboard driver. It's completely in assembly, and there's no second stage bootloader file: it's part of the kernel file!", '',
      'Pictures at 11. Or tomorrow morning.', '', 'Troy Martin', '',
    ].join('\n');
    const r = parseStatusPost({ subject: '[mikeos-developer] TBOS2 Progress', body });
    expect(r.reason).toMatch(/says what was done \(\d\+? "I\/we did" phrases\)/);
    expect(r.reason).not.toContain('no list or sections');
    expect(r.isReport).toBe(true);
    // (an update's subject keeps the penalty: `[Pythonwifi-dev] updates` over two sentences of changes is no report)
    expect(parseStatusPost({ subject: '[mikeos-developer] TBOS2 updates', body }).reason).toContain('no list or sections -1.5');
  });

  it('weighs `I\'m working on` as a phrase of progress too, not only a deed (Glimmer-CISM 2011)', () => {
    // fixtures/real-corpus/glimmer-cism/2011-03-glimmer-cism-steering-status-of-current-glimmer-cism-re (excerpt)
    const body = [
      'Josh and I have been working on it but there is still plenty to do. I',
      'was hoping to have it done before Bill and I left for the modeling',
      'school in China.', '',
      'The majority of the work left is in cleaning up the higher-order test',
      "cases (which I'm working on now), getting them working w/ the automated",
      'test suite, and adding all the Trilinos hooks to the build system.', '',
    ].join('\n');
    // (`I have been working on`, and `I'm working on` twice: a deed and a phrase of progress)
    const r = parseStatusPost({ subject: 'Status of current Glimmer-CISM release', body });
    expect(r.reason).toContain('says what was done (3+ "I/we did" phrases) +1.5');
    expect(r.isReport).toBe(true);
  });

  // A subject that is only a working group's name heads that group's notes when they link its reviews or bugs
  // (repo:electron/governance:wg-releases/meeting-notes/2019-10-16.md, fixtures/real-corpus/electron/2019-10-releases-wg-2019-10-16;
  // also electron/2020-06-api-working-group-2020-06-15 `API Working Group`); an agenda linking none stays out
  it('takes a working group\'s notes under a subject that only names the group', () => {
    const body = [
      '# Releases WG', '', '### Date: 2019-10-16', '', '## Attendees', '', '* @ckerr', '* @codebytere', '* @jkleinsc', '',
      '## Agenda', '* 8.0.0 release date', '    * Feb 4, 2020 to match M80 stable release', '* 7.0.0 stable prep check-in', '',
      '## Backport Requests', '* [`nativeTheme`](https://github.com/electron/electron/pull/19960) Can this also be released for v6?',
      '    * they are blocked by this issue: https://github.com/electron/electron/issues/19125',
      '    * Sofia to ask AFP member about making a backport PR for this feature and then we will review', '',
      '## Follow-Up Discussion', '* Done: 7.0.0 stable is out', '* Next: 8.0.0 beta', '',
    ].join('\n');
    const r = parseStatusPost({ subject: 'Releases WG', body, isReply: false });
    expect(r.reason).toContain('a working group\'s notes');
    expect(r.isReport).toBe(true);
    const agenda = body.replace(/https:\/\/github\.com\/\S+/g, 'the PR');
    expect(parseStatusPost({ subject: 'Outreach WG', body: agenda, isReply: false }).reason).not.toContain('a working group\'s notes');
  });
  it('weighs minutes named in another language, and written in it, as much as they take alone (Gulli 2012)', () => {
    // fixtures/real-corpus/gulli/2012-03-rapportic1-resoconto-riunione-di-ieri (`[Gulli] [RapportiC1] Resoconto riunione
    // di ieri`, opening): Italian minutes in prose, none of the English words the body's evidence reads
    const body = [
      'Salve amici,', '',
      "proprio come l'altro giorno in accademia, anche ieri altra riunione per me,",
      'il buon Fabry e Antonio cui si sono aggiunti Raffaele, Daniela Bartalucci',
      '(presidente della C1), Pierluigi Rinaldi (responsabile dei sistemi ICT del',
      'comune, e la responsabile amministrativa della C1 (di cui non ricordo il',
      'nome).',
      'Scopo della riunione era quello di fare il punto sulla situazione della',
      'connessione ad internet in C1 e del discorso sede sempre in circoscrizione',
      "e già avviato in loco dal mai sufficentemente ringraziato Antonio che già",
      "si era mosso durante l'ultima riunione del consiglio circoscrizionale",
      'insieme a Raffaele.', '',
    ].join('\n');
    const r = parseStatusPost({ subject: '[Gulli] [RapportiC1] Resoconto riunione di ieri', body });
    expect(r.reason).toContain('minutes written in the language their subject names them in +0.5');
    expect(r.isReport).toBe(true);
    // (an English text under such a subject has the English evidence to read: not this)
    const english = 'Hello friends,\n\nyesterday we had another meeting with the council and the people who run the network of the town, and this is what was said about the connection and the room that we have asked for.\n';
    expect(parseStatusPost({ subject: '[Gulli] Resoconto riunione di ieri', body: english }).reason).not.toContain('minutes written in the language');
  });
  it('reads an opening that tells of the meeting held under a subject\'s cue (NetBSD 2005, DC Cypherpunks 1996)', () => {
    // fixtures/real-corpus/netbsd/2005-02-report-of-the-2004-annual-netbsd-group-meeting (netbsd-announce, opening):
    // from the body alone it was taken for a report, with its subject it was not
    const body = [
      '[Also available at]', '',
      'Report of the 2004 Annual NetBSD Group Meeting', '',
      'The NetBSD Foundation held its Annual Group Meeting of all members of',
      'the NetBSD Foundation, i.e. all NetBSD developers. From the more than',
      '200 active developers, 65 made it to the meeting, which took place',
      'from 22:00 UTC to midnight on January 15th 2005. This is a report from',
      'the presentations of the various groups within the NetBSD project',
      'about their past achievements and future Goals.', '',
    ].join('\n');
    const r = parseStatusPost({ subject: 'Report of the 2004 Annual NetBSD Group Meeting', body });
    expect(r.reason).toContain('its opening tells of the meeting held ("held its Annual Group Meeting") +1.5');
    expect(r.isReport).toBe(true);
    // fixtures/real-corpus/cypherpunks/1996-04-dc-cypherpunks-meeting-report (`The DC Cypherpunks held their monthly meeting
    // on April 13 at the Digex offices, with about a dozen people attending.`): a meeting report in prose
    const dc = parseStatusPost({ subject: 'DC Cypherpunks meeting report', body: bodyOf('cypherpunks/1996-04-dc-cypherpunks-meeting-report') });
    expect(dc.reason).toContain('subject says "meeting report" +2.5');
    expect(dc.reason).toContain('its opening tells of the meeting held ("held their monthly meeting") +1.5');
    expect(dc.isReport).toBe(true);
    // (not under a subject that says something against it: an answer in the meeting's thread stays one)
    const reply = parseStatusPost({ subject: 'Re: 2004 Annual NetBSD Group Meeting', body });
    expect(reply.reason).toContain('reply ("Re:" subject) -2.5');
    expect(reply.reason).not.toContain('its opening tells of the meeting held');
  });
  it('reads the opening under a strong cue when nothing says against the post (Debian 2025, TriLUG 2010)', () => {
    // fixtures/real-corpus/debian/2025-01-bits-from-dpl-december (`Dear Debian community,` / `this is bits from DPL for December.`)
    const dpl = parseStatusPost({ subject: 'Bits from DPL', body: bodyOf('debian/2025-01-bits-from-dpl-december') });
    expect(dpl.reason).toContain('opens with "bits from" +1.5');
    expect(dpl.isReport).toBe(true);
    // fixtures/real-corpus/trilug/2010-01-2010-state-of-the-lug-address: `2010 State of the LUG Address` over the chair's address
    const lug = parseStatusPost({ subject: '[TriLUG] 2010 State of the LUG address', body: bodyOf('trilug/2010-01-2010-state-of-the-lug-address') });
    expect(lug.reason).toContain('opens with "State of the" +1.5');
    expect(lug.isReport).toBe(true);
    // (not under a subject that says something against it: an answer to the bits stays one)
    expect(parseStatusPost({ subject: 'Re: Bits from DPL', body: bodyOf('debian/2025-01-bits-from-dpl-december') }).reason).not.toContain('opens with');
    // (nor over a body that does: a few lines and no list)
    const short = ['Dear Debian community,', '', 'this is bits from DPL for December.', '', 'Happy New Year 2025! Wishing everyone health, productivity, and a', 'successful Debian release later in this year.', ''].join('\n');
    expect(parseStatusPost({ subject: 'Bits from DPL', body: short }).reason).not.toContain('opens with');
  });
  it('does not weigh a release announced in the body of a post under an uncontested strong cue (AMSAT 2003)', () => {
    // fixtures/real-corpus/amsat/2003-01-presidents-letter-january-2003: the president's monthly letter, among its news
    // `... and at all of our financial matters. I am pleased to announce ...`
    const body = bodyOf('amsat/2003-01-presidents-letter-january-2003');
    const r = parseStatusPost({ subject: "President's Letter January 2003", body });
    expect(r.reason).not.toContain('announces a release');
    expect(r.isReport).toBe(true);
    // (contested, as an answer, it weighs half; with no strong cue, all)
    expect(parseStatusPost({ subject: "Re: President's Letter January 2003", body }).reason).toContain('announces a release -1.5');
    expect(parseStatusPost({ subject: 'Letter January 2003', body }).reason).toContain('announces a release -3');
  });
});

describe('parser 67: a meeting that votes is not an election', () => {
  it('takes `Minutes of ... TC call ... - VOTING MEETING` for minutes (OASIS UBL TC, 2019), and still sees a vote', () => {
    const body = bodyOf('oasis/2019-12-minutes-of-atlantic-ubl-tc-call-2019-12-04');
    const r = detect('Minutes of Atlantic UBL TC call 04 December 2019 15:00UTC - VOTING MEETING', body);
    expect(r.reason).not.toContain('election or vote');
    expect(r.isReport).toBe(true);
    expect(detect('Call for vote: UBL 2.3 CSPRD01', body).reason).toContain('election or vote');
  });
});

describe('parser 67: a first `[GSoC]` or `[Outreachy]` tag names a student\'s report, not a list', () => {
  it('takes `[GSoC] Git Blog 4` as a GSoC student\'s weekly report (git list, 2021), as `[GSoC] Week 9 status update` is', () => {
    const body = bodyOf('git/2021-06-gsoc-git-blog-4');
    expect(detect('[GSoC] Git Blog 4', body).reason).toMatch(/subject says "\[GSoC\]" \+2\.5/);
    expect(detect('[GSoC] Git Blog 4', body).isReport).toBe(true);
    // a list's own tag is still only where the post was sent (the post is read by its opening then, `My fourth week blog
    // finished:`, a week of the student's work since parser 154)
    expect(detect('[Git-devel] Git Blog 4', body).reason).not.toContain('subject says "[Git-devel]');
    expect(detect('[Git-devel] Git Blog 4', body).reason).toContain('its title line says "My fourth week"');
  });
});

describe('parser 68: a test suite\'s failures against a release, listed each cycle', () => {
  it('takes `blktests failures with v6.10 kernel` for a report, as a release\'s regressions report is (linux-block, 2024)', () => {
    const body = bodyOf('linux-block/2024-07-blktests-failures-with-v6-10-kernel');
    const r = detect('blktests failures with v6.10 kernel', body);
    expect(r.reason).not.toContain('a problem report');
    expect(r.reason).toMatch(/subject says "blktests failures with v6\.10" \+2\.5/);
    expect(r.isReport).toBe(true);
    // a build's failure is a problem met once
    expect(detect('build failures with v6.10 on arm64', body).reason).toContain('a problem report');
  });
});


describe('parser 69: one problem reported is no report of a project', () => {
  it('reads `regression report` and `Vulnerability Report` as a problem\'s words, not a report\'s; a release\'s regressions report stays one', () => {
    // io-uring, 2023-01 (fixtures/real-corpus/io-uring/2023-01-phoronix-pts-fio-io-uring-test-regression-report-on-upstream);
    // linux-erofs, 2026-06 (fixtures/real-corpus/erofs/2026-06-vulnerability-report-5-findings-in-erofs-utils)
    expect(detect('Phoronix pts fio io_uring test regression report on upstream v6.1 and v5.15').reason).not.toMatch(/subject says/);
    expect(detect('Vulnerability Report - 5 findings in erofs-utils').reason).not.toMatch(/subject says/);
    // linux-kernel (fixtures/real-corpus/linux-kernel): regzbot's and Thorsten Leemhuis' lists of a release's regressions
    expect(detect('Linux regressions report for mainline [2024-03-10]').reason).toMatch(/subject says "regressions report" \+2\.5/);
  });

  it('reads `So my question is:` as a question asked, under a subject that says `State of` (xfs realtime, 2019)', () => {
    // linux-kernel, 2019-11 (fixtures/real-corpus/linux-kernel/2019-11-state-of-realtime-option), shortened
    const body = ['Hi all,', '', 'XFS had for a long time the realtime option which seems to provide that feature.', '',
      'So my question is: what is the current state of realtime? Did it change and is now stable/production ready.', '',
      'Thx for your answer.', '', '[1] https://github.com/zfsonlinux/zfs/pull/5182', '[2] https://open-cas.github.io/'].join('\n');
    const r = detect('State of realtime option', body);
    expect(r.reason).toMatch(/asks for help -2/);
    expect(r.isReport).toBe(false);
  });
});

describe('parser 70: a roll call with a remark in parentheses', () => {
  it('reads `Attendees (at various points):` as the minutes\' roll call (OpenChain work team notes, Berlin 2016)', () => {
    // openchain, 2016-10 (fixtures/real-corpus/openchain/2016-10-notes-on-openchain-work-team-meetings-berlin), shortened
    const body = ['Hello, I am circulating my notes from the OpenChain meetings that we just had at LinuxCon Europe.', '',
      'Attendees (at various points):', 'Shane Coughlan', 'Mark Gisi', 'Jilayne Lovejoy', '', 'The group discussed the specification.', ''].join('\n');
    expect(detect('', body).reason).toContain('a roll call at the top');
    expect(detect('', body.replace('Attendees (at various points):', 'Attended (Discord screen names):')).reason).toContain('a roll call at the top');
  });
});

describe('parser 70: a reply\'s own parts underlined with dashes', () => {
  it('are structure enough to read the reply whole (Xen 4.15 release manager\'s blocker list, 2021)', async () => {
    const { quickVerdict } = await import('../../src/status/index.js');
    // xen-devel, 2021-02 (fixtures/real-corpus/xen/2021-02-announce-xen-4-15-call-for-status-of-significant-bugs), shortened
    const body = ['Although there are a few things outstanding, we are now firmly into', 'the bugfixing phase of the Xen 4.15 release.', '',
      'OPEN ISSUES', '-----------', '', 'A. HPET/PIT issue on newer Intel systems', '', 'I think Andrew is still on the case here.', '',
      'D. Use-after-free in the IOMMU code', '', 'Quoting the 0/:', '| This series fixes a use-after-free.', '',
      'CLOSED ISSUES', '-------------', '', 'E. zstd kernel compression, fixed upstream.', ''].join('\n');
    const input = { subject: 'Xen 4.15 - call for notification of significant bugs', body, isReply: true };
    expect(quickVerdict(input)).toBeNull();
    // (a reply of two lines and a separator has no list of its own)
    expect(quickVerdict({ ...input, body: 'Thanks, applied.\n\n---------\nJan\n' })).toMatch(/no list of its own/);
  });
});

describe('parser 70: a development cycle', () => {
  it('is a subject\'s cue: where a release cycle stands (btrfs maintainer, 2019-2020; KDE PIM, 2010)', () => {
    // linux-btrfs, 2019-07 (fixtures/real-corpus/linux-btrfs/2019-07-next-btrfs-development-cycle-open-5-4)
    expect(detect('Next btrfs development cycle open - 5.4').reason).toMatch(/subject says "development cycle" \+2/);
    expect(detect('[Kde-pim] Planning the 4.5 development cycle').reason).toMatch(/subject says "development cycle" \+2/);
    expect(detect('Thoughts on the development process').reason).not.toMatch(/subject says "development/);
  });
});

describe('parser 71: robots and questions', () => {
  it('knows Linaro\'s kselftest results mail for a bot\'s, its sender a robot (linux-kselftest, 2020)', () => {
    // fixtures/real-corpus/linux-kernel/2020-04-next-20200413-kselftest-results, from ci_notify@linaro.org
    const body = ['Summary', '-'.repeat(72), 'kernel: 5.7.0-rc1', 'git describe: next-20200413', '',
      'Regressions (compared to build next-20200412)', '-'.repeat(72), 'x86:', ' kselftest:', '    * rtc_rtctest', '    * net_fib-onlink-tests.sh', '    * x86_fsgsbase_64', ''].join('\n');
    const r = parseStatusPost({ subject: 'next-20200413 kselftest results', body, from: 'ci_notify@linaro.org <ci_notify@linaro.org>' });
    expect(r.reason).toMatch(/bot or tracker notification/);
    expect(r.reason).toMatch(/sent by a robot \(ci_notify@linaro\.org/);
    expect(r.isReport).toBe(false);
    // (a person whose address holds the letters is no robot)
    expect(parseStatusPost({ subject: 'x', body, from: 'Lucia Cinotify <lucia@example.org>' }).reason).not.toMatch(/robot/);
  });

  it('reads prose that ends asking the list as a question (SELinux, 2024: `cgroup2 labeling status`)', () => {
    // fixtures/real-corpus/selinux/2024-05-cgroup2-labeling-status, its opening and close
    const body = ['The state of cgroup2 labeling and memory.pressure came up for me again.', 'This was discussed March last year[1].', '',
      'This setxattr() requirement is unfortunate, and the fact the', 'setfscreatecon() doesn\'t work makes it more unfortunate.  Is there any',
      'improvement being worked?', '', '', '[1] https://lore.kernel.org/selinux/87mt47ga29.fsf@defensec.nl/', ''].join('\n');
    expect(parseStatusPost({ subject: '', body }).reason).toMatch(/ends asking \("Is there any improvement being worked\?"\) -3/);
    // (an invitation to reply is no question of the post's own)
    expect(parseStatusPost({ subject: '', body: body.replace('Is there any\nimprovement being worked?', 'Thoughts?') }).reason).not.toMatch(/ends asking \(/);
  });
});

describe('parser 72: calls, views and robots', () => {
  it('weighs a robot sender as strongly as a bot\'s subject, read without a name\'s bracketed tag or the domain (linux-kselftest, 2020)', () => {
    // fixtures/real-corpus/linux-kernel/2020-04-next-20200414-kselftest-results: 11 sections and a thousand items, from the body alone
    const body = bodyOf('linux-kernel/2020-04-next-20200414-kselftest-results');
    const r = parseStatusPost({ subject: '', body, from: 'ci_notify@linaro.org <ci_notify@linaro.org>' });
    expect(r.reason).toMatch(/sent by a robot \(ci_notify@linaro\.org[^)]*\) -6/);
    expect(r.isReport).toBe(false);
    // (TYPO3, 2010: a release team's minutes sent by a person at a firm called `cron IT`)
    expect(parseStatusPost({ subject: '', body, from: 'Ernesto Baschny [cron IT] <ernst@cron-it.de>' }).reason).not.toMatch(/robot/);
    expect(parseStatusPost({ subject: '', body, from: 'kernel test robot <lkp@intel.com>' }).reason).toMatch(/sent by a robot/);
  });

  it('reads a gathering called off as a notice (netfilter-devel, 2020)', () => {
    // fixtures/real-corpus/netfilter/2020-02-0x14-covid-19-update-postponement-of-netdev-conf-0x14
    const body = bodyOf('netfilter/2020-02-0x14-covid-19-update-postponement-of-netdev-conf-0x14');
    const r = detect('0x14: COVID-19 update, postponement of Netdev conf 0x14', body);
    expect(r.reason).toMatch(/a gathering called off \(subject says "postponement of Netdev conf"\) -4/);
    expect(r.isReport).toBe(false);
    expect(detect('2017 12 28 TSC meeting - canceled').reason).toMatch(/a gathering called off/);
    // (a milestone moved is the release's status, not a notice)
    expect(detect('[TYPO3-core] TYPO3 4.7 Feature Freeze postponed').reason).not.toMatch(/called off/);
  });

  it('reads `Some thoughts on ...` as a view put up for discussion (LKML, 2024)', () => {
    // fixtures/real-corpus/linux-kernel/2024-11-some-thoughts-on-linux-benchmarks-results-processing: 17 sections
    const body = bodyOf('linux-kernel/2024-11-some-thoughts-on-linux-benchmarks-results-processing');
    const r = detect('Some thoughts on Linux benchmarks results & processing', body);
    expect(r.reason).toMatch(/a view put up for discussion \(subject starts "Some thoughts on"\) -4/);
    expect(r.isReport).toBe(false);
    expect(detect('[TYPO3-core] Thoughts about mid-term strategy').reason).toMatch(/a view put up for discussion/);
    expect(detect('Gtk# 2.x release status and thoughts on 3.0').reason).not.toMatch(/a view put up/);
  });

  it('reads a planning kick-off as a call for topics (virtualization, 2022)', () => {
    // fixtures/real-corpus/virtualization/2022-02-confidential-computing-microconference-2022-planning-kick-of
    const body = bodyOf('virtualization/2022-02-confidential-computing-microconference-2022-planning-kick-of');
    const r = detect('Confidential Computing microconference 2022 planning kick-off', body);
    expect(r.reason).toMatch(/proposal \(subject says "planning kick-off"\) -4/);
    expect(r.isReport).toBe(false);
    expect(detect('Plasma 5.22 Kickoff Notes').reason).not.toMatch(/proposal/);
  });

  it('reads `proudly announces` as a release announced (linux-man, 2019)', () => {
    // fixtures/real-corpus/linux-man/2019-11-man-pages-5-04-released, from the body alone
    const r = parseStatusPost({ subject: '', body: bodyOf('linux-man/2019-11-man-pages-5-04-released') });
    expect(r.reason).toMatch(/announces a release -3/);
    expect(r.isReport).toBe(false);
  });
});

describe('parser 72: an opening that announces a release', () => {
  it('weighs as much as `pleased to announce the release` (fetchmail, 2005; TomOS, 2009)', () => {
    // fixtures/real-corpus/fetchmail/2005-12-fetchmail-6-3-1-rc1-please-test and mikeos/2009-01-tomos-0-1-released, from the body alone
    for (const name of ['fetchmail/2005-12-fetchmail-6-3-1-rc1-please-test', 'mikeos/2009-01-tomos-0-1-released']) {
      const r = parseStatusPost({ subject: '', body: bodyOf(name) });
      expect(r.reason, name).toMatch(/opens announcing a release \("[^"]*"\) -3/);
      expect(r.isReport, name).toBe(false);
    }
  });
});

describe('parser 73: a year looked back on', () => {
  it('reads `A look back`, `year overview`, `past, present, future` as a report\'s words (GNUstep 2008, LedgerSMB 2015)', () => {
    // fixtures/real-corpus/gnustep/2008-12-gnustep-in-the-year-2009-look-back-look-forward: a lead's year-end prose and priorities
    const gnustep = detect('GNUstep in the year 2009: A look back and a look forward...', bodyOf('gnustep/2008-12-gnustep-in-the-year-2009-look-back-look-forward'));
    expect(gnustep.reason).toMatch(/subject says "A look back"/);
    expect(gnustep.reason).not.toMatch(/subject names no report/);
    expect(gnustep.isReport).toBe(true);
    // fixtures/real-corpus/ledgersmb/unknown-ledgersmb-year-overview-2015
    const ledger = detect('LedgerSMB year overview 2015', bodyOf('ledgersmb/unknown-ledgersmb-year-overview-2015'));
    expect(ledger.reason).toMatch(/subject says "year overview"/);
    expect(ledger.isReport).toBe(true);
    expect(detect('linux-l: Be.L.U.G.: past, present, future off.... (long!)').reason).toMatch(/subject says "past, present, future"/);
    expect(detect('Where We Are and Where We Are Going').reason).toMatch(/subject says "Where We Are and Where We Are Going"/);
    // (a question about where a project stands is still a question)
    expect(detect('Where we are and where do we what to go?').reason).toMatch(/subject names no report/);
  });

  it('reads German `Neuer Zwischenstand` (a new interim status) as a report\'s words (EasyFlash, 2009)', () => {
    // fixtures/real-corpus/easyflash/2009-07-layout-neuer-zwischenstand: what is done on the board's layout, what is next
    const r = detect('[EasyFlash-devel] (Layout) Neuer Zwischenstand', bodyOf('easyflash/2009-07-layout-neuer-zwischenstand'));
    expect(r.reason).toMatch(/subject says "Zwischenstand"/);
    expect(r.isReport).toBe(true);
  });
});

describe('parser 73: an opening that hands over minutes in the list\'s own language', () => {
  it('reads Danish `Hermed referatet`, Italian `fare il resoconto`, German `anbei das Protokoll` as handing over a report', () => {
    // fixtures/real-corpus/aauug/2006-06-referat-fra-ordinaer-generalforsamling-i-aauug, flug/2006-08-resoconto-della-riunione-di-ieri-sera,
    // ccc/unknown-darmstadt-plenum-protokoll-teller-kuechenbudget-hessentrojaner: each from the body alone
    for (const [name, says] of [
      ['aauug/2006-06-referat-fra-ordinaer-generalforsamling-i-aauug', 'Hermed referatet'],
      ['flug/2006-08-resoconto-della-riunione-di-ieri-sera', 'fare il  resoconto'],
      ['ccc/unknown-darmstadt-plenum-protokoll-teller-kuechenbudget-hessentrojaner', 'anbei das Protokoll'],
    ]) {
      const r = parseStatusPost({ subject: '', body: bodyOf(name) });
      expect(r.reason, name).toContain(`opens saying what it is ("${says}`);
      expect(r.isReport, name).toBe(true);
    }
  });
});

describe('parser 73: a release told near', () => {
  it('reads `gpsd-2.31 is imminent`, `KLog 0.5.0 in a few days` as where a release stands (gpsd 2006, KLog 2009)', () => {
    // fixtures/real-corpus/gpsd/2006-02-gpsd-2-31-is-imminent-here-is-the-todo-list: the maintainer's TODO list before a release
    const gpsd = detect('[Gpsd-users] gpsd-2.31 is imminent; here is the TODO list', bodyOf('gpsd/2006-02-gpsd-2-31-is-imminent-here-is-the-todo-list'));
    expect(gpsd.reason).toMatch(/subject says "2\.31 is imminent" \+3/);
    expect(gpsd.isReport).toBe(true);
    // fixtures/real-corpus/klog/2009-11-klog-0-5-0-in-a-few-days-translations-needed
    const klog = detect('[Klog-devel] KLog 0.5.0 in a few days... Translations needed', bodyOf('klog/2009-11-klog-0-5-0-in-a-few-days-translations-needed'));
    expect(klog.reason).toMatch(/subject says "0\.5\.0 in a few days" \+3/);
    expect(klog.isReport).toBe(true);
    expect(detect('[Cdrecord-developers] cdrtools-3.0-final is close, please test!!!').reason).toMatch(/subject says "3\.0-final is close"/);
    // (a room that is close, a bug closed: no release named)
    expect(detect('Meeting room is close to the station').reason).not.toMatch(/is close/);
  });

  it('reads `R 2.14.0 scheduled for October 31` as where a release stands (parser 88: R core on r-announce, 2008 and 2011)', () => {
    // fixtures/real-corpus/r/2011-09-r-2-14-0-scheduled-october-31-2-13-2-september-30: `we plan to release R version 2.14.0
    // on Monday, October 31, 2011`, four lines of prose and the schedule's link
    const r = detect('[R] R 2.14.0 scheduled for October 31, 2.13.2 for September 30', bodyOf('r/2011-09-r-2-14-0-scheduled-october-31-2-13-2-september-30'));
    expect(r.reason).toMatch(/subject says "2\.14\.0 scheduled for" \+3/);
    expect(r.isReport).toBe(true);
    expect(detect('R 2,7.2 is scheduled for August 25', bodyOf('r/2008-08-r-2-7-2-scheduled-august-25')).isReport).toBe(true);
    // (a meeting scheduled, no release named)
    expect(detect("Tonight's organizational meeting RESCHEDULED for tomorrow").reason).not.toMatch(/scheduled for" \+3/i);
  });
});

describe('parser 73: a release\'s summary of changes', () => {
  it('reads `Summary of changes for version 20211217` as a release\'s notes, not a report (ACPICA, 2021-2022)', () => {
    // fixtures/real-corpus/acpica/2021-12-acpica-version-20211217-released and the three like it, from the body alone:
    // `17 December 2021. Summary of changes for version 20211217:` / `This release is available at ...`
    for (const name of ['acpica/2021-09-acpica-version-20210930-released', 'acpica/2021-12-acpica-version-20211217-released', 'acpica/2022-03-acpica-version-20220331-released', 'acpica/2022-10-acpica-version-20221020-released']) {
      const r = parseStatusPost({ subject: '', body: bodyOf(name) });
      expect(r.reason, name).toMatch(/release announcement \(title line says "Summary of changes for version"\)/);
      expect(r.reason, name).not.toMatch(/opens saying what it is/);
      expect(r.isReport, name).toBe(false);
    }
    // (minutes that are out, told so, still open saying what they are)
    expect(parseStatusPost({ subject: '', body: 'Hi all,\n\nThe minutes of the last meeting are now available on the wiki.\n\n* item one\n* item two\n' }).reason).not.toMatch(/release announcement/);
  });
});

describe('parser 73: a report forwarded under an Original Message line', () => {
  it('reads the forwarded report as the post\'s own text (Sugar Labs infrastructure team, 2011)', () => {
    // fixtures/real-corpus/sugar/2011-09-fwd-iaep-infrastructure-team-report: a one-line note, then Thunderbird's separator
    const name = 'sugar/2011-09-fwd-iaep-infrastructure-team-report';
    const raw = readFileSync(new URL(`../../fixtures/real-corpus/${name}.eml`, import.meta.url));
    const d = deriveMessage(raw, 'mbox');
    expect(d.isReport).toBe(true);
    expect(d.sections.map((s) => s.title)).toEqual(expect.arrayContaining(['Mission', 'Past', 'Present', 'Future']));
  });
});


describe('parser 73: what a kernel prints when it goes wrong, and a call to report', () => {
  it('reads `Report: suspicious RCU usage ...` and `[report] Booting delayed ...` as problem reports (linux-security-module 2019, renesas 2019)', () => {
    // fixtures/real-corpus/lsm/2019-12-report-suspicious-rcu-usage-in-security-code
    const lsm = detect('Report: suspicious RCU usage in security code', bodyOf('lsm/2019-12-report-suspicious-rcu-usage-in-security-code'));
    expect(lsm.reason).toMatch(/a problem report \(subject says "suspicious RCU usage"\) -4/);
    expect(lsm.isReport).toBe(false);
    // fixtures/real-corpus/renesas/2019-07-report-booting-delayed-on-arm64-linux-next-next-20190724-tag
    const renesas = detect('[report] Booting delayed on arm64 + linux-next / next-20190724 tag', bodyOf('renesas/2019-07-report-booting-delayed-on-arm64-linux-next-next-20190724-tag'));
    expect(renesas.reason).toMatch(/a problem report/);
    expect(renesas.isReport).toBe(false);
  });

  it('reads `Please report ...` as a call, not a report (samba-technical, 2021)', () => {
    // fixtures/real-corpus/samba/2021-09-please-report-flapping-tests-in-the-ad-dc
    const r = detect('Please report flapping tests in the AD DC', bodyOf('samba/2021-09-please-report-flapping-tests-in-the-ad-dc'));
    expect(r.reason).not.toMatch(/subject says "report"/);
    expect(r.isReport).toBe(false);
    expect(detect('Status report for the AD DC').reason).toMatch(/subject says "Status report"/);
  });
});

describe('parser 74: when a group will meet, what is coming soon', () => {
  it('reads `New regular meeting times for 2009` as a notice, and `Coming soon` as what is to come (SJTAG 2009, round 61)', () => {
    // fixtures/real-corpus/sjtag/2009-01-new-regular-meeting-times-for-2009
    const r = detect('New regular meeting times for 2009', bodyOf('sjtag/2009-01-new-regular-meeting-times-for-2009'));
    expect(r.reason).toMatch(/a meeting's time \(subject says "New regular meeting times"\) -3/);
    expect(r.isReport).toBe(false);
    expect(detect('[ImageJ-devel] Meeting schedule').reason).toMatch(/a meeting's time/);
    expect(detect('Meeting minutes: schedule for the release').reason).not.toMatch(/a meeting's time/);
    expect(detect('[python-committers] 3.7.1 and 3.6.7 Releases Coming Soon').reason).toMatch(/something coming/);
  });
});

describe('parser 75: an agenda the minutes say was accepted', () => {
  it('reads `The Proposed Agenda was accepted` as minutes of a meeting held, not a call to one (Excelsior Rotary Foundation 2012, round 62)', () => {
    // fixtures/real-corpus/rotary/2012-09-excelsior-rotary-foundation-minutes-9-25-2012
    const r = detect('Minutes of 9-25-2012', bodyOf('rotary/2012-09-excelsior-rotary-foundation-minutes-9-25-2012'));
    expect(r.reason).not.toContain('invites to a meeting');
    expect(r.isReport).toBe(true);
    expect(detect('Board meeting', 'Hello all,\n\nThe proposed agenda for Tuesday is below.\n').reason).toContain('invites to a meeting');
  });
});

describe('parser 76: a post about reports, changes to come, a GSoC student\'s bonding weeks', () => {
  it('reads `Regarding ...`, `About ...` and `The Future of ...` as a post about something, not one of its reports (round 63)', () => {
    // fixtures/real-corpus/librehealth/2021-regarding-the-weekly-gsoc-student-reports, rust/2014-06-the-future-of-this-week-in-rust
    const libre = detect('Regarding the Weekly GSoC student reports', bodyOf('librehealth/2021-regarding-the-weekly-gsoc-student-reports'));
    expect(libre.reason).toMatch(/about something \(subject starts "Regarding the"\) -3/);
    expect(libre.isReport).toBe(false);
    const rust = detect('The Future of This Week in Rust', bodyOf('rust/2014-06-the-future-of-this-week-in-rust'));
    expect(rust.reason).toMatch(/about something/);
    expect(rust.isReport).toBe(false);
    // (a body's first line `Regarding NURBS curves` only says what it answers: varkon-discuss, 2007)
    const varkon = parseStatusPost({ subject: '', body: bodyOf('varkon/2007-01-nurbs-status-soren-larsson') });
    expect(varkon.reason).not.toMatch(/about something/);
  });

  it('reads `Upcoming changes/enhancements ...` as changes told before they come (openbmc 2021, round 63)', () => {
    // fixtures/real-corpus/openbmc/2021-02-upcoming-enhancements-to-run-unit-test-docker
    const r = detect('Upcoming enhancements to `run-unit-test-docker`', bodyOf('openbmc/2021-02-upcoming-enhancements-to-run-unit-test-docker'));
    expect(r.reason).toMatch(/changes to come/);
    expect(r.isReport).toBe(false);
    // (not a release to come: fixtures/real-corpus/openbmc/2021-12-upcoming-openbmc-release-2-11)
    expect(detect('Upcoming OpenBMC release 2.11').reason).not.toMatch(/changes to come/);
  });

  it('reads `Community Bonding Period` as a GSoC student\'s report (pocketpy 2024, JuliaAstro 2019: round 63)', () => {
    // fixtures/real-corpus/pocketpy/2024-05-community-bonding-period, julia/2019-05-gsoc-community-bonding-period-juliaastro
    const pocketpy = detect('Community Bonding Period', bodyOf('pocketpy/2024-05-community-bonding-period'));
    expect(pocketpy.reason).toMatch(/subject says "Community Bonding Period" \+2\.5/);
    expect(pocketpy.isReport).toBe(true);
    expect(detect('Community Bonding Period: JuliaAstro', bodyOf('julia/2019-05-gsoc-community-bonding-period-juliaastro')).isReport).toBe(true);
    // (not the plan for those weeks: fixtures/real-corpus/gsoc/2020-05-samba-gsoc-community-bonding-outline)
    expect(detect('GSoC 2020 Community Bonding Outline').reason).not.toMatch(/Community Bonding/);
  });

  it('reads a few weeks or months past as the period a report covers (parser 77)', () => {
    // `Over the past two weeks I have been working on the following:` (a GSoC student's progress
    // update, Samba 2020) and `In the past two weeks, we merged 73 pull requests.` (This Week in
    // Servo 33): the period, written with a count of weeks
    expectBodyAloneReport('gsoc/2020-08-gsoc-progress-update-samba-ad-dc', 'speaks of a period ("Over the past two weeks")');
    expect(parseStatusPost({ subject: '', body: bodyOf('servo/2015-05-this-week-in-servo-33') }).reason).toContain('speaks of a period ("In the past two weeks")');
    // (a period alone is no report: `a few too many weeks` is no count of weeks past)
    expect(parseStatusPost({ subject: '', body: 'It has been a few too many weeks since I wrote.\n\nThanks!' }).reason).not.toContain('speaks of a period');
  });

  it('reads a call for papers listed among the news as news, a third party invited as news, `got X running` as done (parser 77)', () => {
    // `* Call for participation: Will be issued no later than 28 Sept` (OASIS CMIS4DAM convener call's notes, 2014);
    // `4. OCaml 2014 - Call for Presentations` (OCaml Weekly News, 2014): topics of the post, not what it is
    const cmis = detect('Notes from CMIS4DAM convener call 17 Sept 2014', bodyOf('oasis/2014-09-notes-from-cmis4dam-convener-call'));
    expect(cmis.reason).not.toContain('calls for papers');
    expect(cmis.isReport).toBe(true);
    expect(parseStatusPost({ subject: '', body: bodyOf('ocaml/2014-02-ocaml-weekly-news-feb-04-11') }).reason).not.toContain('calls for papers');
    // (a call of its own still counts: a CFP's prose)
    expect(detect('FOSDEM devroom', 'Hello,\n\nThis is the call for papers for our devroom.\n\n* Submission deadline: 1 December\n').reason).toContain('calls for papers');
    // `We have invited Ray to join us for IETF 100 in Singapore, and we look forward to formally thanking him at
    // that time!` (the IAOC's report before IETF 99, 2017): news of a guest, no invitation to the reader
    expect(parseStatusPost({ subject: '', body: bodyOf('ietf/2017-07-iaoc-report-in-advance-of-ietf99') }).reason).not.toContain('invites to a meeting');
    expect(detect('Meeting', 'Please join us for the meeting at 10:00 UTC on IRC.').reason).toContain('invites to a meeting');
    // `I managed to get the basic printing stuff running.` (Canorus, 2008): what was done, under `Update on printing`
    expect(detect('[Canorus-devel] Update on printing', bodyOf('canorus/2008-03-update-on-printing')).isReport).toBe(true);
  });
});

describe('parser 78: a post that ends asking what the list thinks', () => {
  it('weighs against a report: it proposes or asks (ceph-devel, 2020: `Upcoming fscache rewrite`)', () => {
    // fixtures/real-corpus/ceph/2020-07-upcoming-fscache-rewrite (Message-ID 447452.1596109876@warthog.procyon.org.uk), its close
    const close = ['', ' (4) The way object culling is managed needs overhauling too, but that\'s a', "     whole 'nother patchset.  We could wait till that's done too, but its lack",
      "     doesn't prevent what we have now being used.", '', 'Thoughts?', '', 'David', ''];
    const opening = ['Here\'s a set of patches that I\'ve been working on to rewrite the fscache and cachefiles', 'code. The following are done:', '',
      ' (1) The I/O is now done with direct I/O to the backing files.', ' (2) The netfs helper library is merged into the series.', ' (3) Object lookup has been simplified.'];
    const r = parseStatusPost({ subject: '', body: [...opening, ...close].join('\n') });
    expect(r.reason).toMatch(/ends asking for opinions \("Thoughts"\) -2/);
    // (the same list without the question: no such evidence)
    expect(parseStatusPost({ subject: '', body: [...opening, '', 'David', ''].join('\n') }).reason).not.toMatch(/ends asking for opinions/);
  });

  it('reads the question over a sign-off, and only as the post\'s last words (OpenSim, 2008: `Comments?`)', () => {
    // fixtures/real-corpus/opensim/2008-07-dotnet-script-engine-status, its close over the signature
    const body = ['The DotNet script engine status:', '', '* compiles scripts again', '* loads state from the region', '',
      'When it compiles, I will create a patch and post it to a mantis defect for', 'community review. I am still shooting to make that happen this week.', '',
      'Comments?', '', '-- ', 'Kurt R Taylor (Kurt Stringer)', ''].join('\n');
    expect(parseStatusPost({ subject: '', body }).reason).toMatch(/ends asking for opinions \("Comments"\) -2/);
    // a question in the middle, then the report goes on: not its close
    const middle = body.replace('Comments?\n', 'Comments?\n\nNext I will port the remaining event handlers to the new engine.\n');
    expect(parseStatusPost({ subject: '', body: middle }).reason).not.toMatch(/ends asking for opinions/);
  });
});

describe('parser 78: a release named by its stage', () => {
  it('reads `ImageJ2 beta delayed` as how a release stands, as `1.8.4 release delayed` (ImageJ, 2011)', () => {
    // fixtures/real-corpus/imagej/2011-07-imagej2-beta-delayed (Message-ID BANLkTik2f033d2qjUh9CNBscFTpuKBwUVg@mail.gmail.com)
    const body = bodyOf('imagej/2011-07-imagej2-beta-delayed');
    const r = parseStatusPost({ subject: '[ImageJ-devel] ImageJ2 beta delayed', body });
    expect(r.reason).toMatch(/subject says "beta delayed" \+3/);
    expect(r.isReport).toBe(true);
    // a stage that is no release's: nothing of the kind
    expect(parseStatusPost({ subject: '[X2Go-Dev] Review of sent-in patches delayed for 1-2 more weeks', body }).reason).not.toMatch(/delayed" \+3/);
  });
});

describe('parser 79: reports and minutes named in the list\'s own language', () => {
  it('reads a German association\'s yearly business report and plural minutes (LUKi 2019, Wikimedia Deutschland 2005)', () => {
    // fixtures/real-corpus/luki/2019-geschaeftsbericht-2019 (https://luki.org, the page title)
    const body = bodyOf('luki/2019-geschaeftsbericht-2019');
    const r = parseStatusPost({ subject: 'Geschäftsbericht 2019', body });
    expect(r.reason).toMatch(/subject says "Geschäftsbericht" \+2/);
    expect(r.isReport).toBe(true);
    expect(parseStatusPost({ subject: 'Tätigkeitsbericht des Vorstands', body }).reason).toMatch(/subject says "Tätigkeitsbericht" \+2/);
    // fixtures/real-corpus/wikimedia/2005-wmde-protokolle-der-vorstandssitzungen: `Protokolle der`, as `Protokoll der`
    expect(parseStatusPost({ subject: 'Protokolle der Vorstandssitzungen', body }).reason).toMatch(/subject says "Protokolle der" \+2\.5/);
    // a report about a bug is no business report
    expect(parseStatusPost({ subject: 'Fehlerbericht: Absturz beim Start', body }).reason).not.toMatch(/subject says "Fehlerbericht"/);
  });

  it('reads Czech minutes of a general assembly and a bare `zápis` after a dash (CZLUG 1998, Linux v Brně 2010)', () => {
    const body = bodyOf('czlug/1998-01-zapis-z-ustavujiciho-valneho-shromazdeni');
    expect(parseStatusPost({ subject: 'Zápis z ustavujícího valného shromáždění Českého sdružení uživatelů operačního systému Linux', body }).reason)
      .toMatch(/subject says "Zápis z ustavujícího valného shromáždění" \+2\.5/);
    expect(parseStatusPost({ subject: 'Rada 2010/1 (9.10.) - zápis', body }).reason).toMatch(/subject says "- zápis" \+2\.5/);
    // `zápisník` (a notebook) and `zápis` in the middle of a subject name no minutes
    expect(parseStatusPost({ subject: 'Nový zápisník pro vývojáře', body }).reason).not.toMatch(/zápis/);
  });

  it('reads a Japanese report word, written without spaces (SITA 2019: `定例会報告`, a regular meeting\'s report)', () => {
    // fixtures/real-corpus/sita/2019-04-teireikai-houkoku
    const body = bodyOf('sita/2019-04-teireikai-houkoku');
    const r = parseStatusPost({ subject: '2019年4月定例会報告', body });
    expect(r.reason).toMatch(/subject says "報告" \+2/);
    expect(r.isReport).toBe(true);
    expect(parseStatusPost({ subject: '会议纪要 2024-03-01', body }).reason).toMatch(/subject says "会议纪要" \+2/);
    // a Japanese subject with no report word: none
    expect(parseStatusPost({ subject: '2019年4月定例会のお知らせ', body }).reason).toMatch(/subject names no report/);
  });
});

describe('parser 80: Italian minutes of a sitting', () => {
  it('reads `Verbale dell\'adunanza` as minutes, as `Verbale della riunione` (ASSOLI board, 2013)', () => {
    // fixtures/real-corpus/assoli/2013-07-verbale-consiglio-direttivo-1-luglio (softwarelibero.it, the page title)
    const body = bodyOf('assoli/2013-07-verbale-consiglio-direttivo-1-luglio');
    const subject = "Consiglio Direttivo dell'Associazione per il Software Libero - Verbale dell'adunanza del 1 luglio 2013";
    const r = parseStatusPost({ subject, body });
    expect(r.reason).toMatch(/subject says "Verbale dell'adunanza" \+2\.5/);
    expect(r.isReport).toBe(true);
    expect(parseStatusPost({ subject: 'Verbale della seduta del 3 marzo', body }).reason).toMatch(/subject says "Verbale della seduta" \+2\.5/);
    // a sitting announced, not its minutes
    expect(parseStatusPost({ subject: "Convocazione dell'adunanza del 1 luglio 2013", body }).reason).toMatch(/subject names no report/);
  });
});

describe('parser 79: a meeting one is asked to register for', () => {
  it('weighs an announcement of a meeting to come as an invitation (OpenIMSCore, 2009: SIP Router Development Meeting)', () => {
    // fixtures/real-corpus/openimscore/2009-09-sip-router-development-meeting-at-fokus
    const body = bodyOf('openimscore/2009-09-sip-router-development-meeting-at-fokus');
    const r = parseStatusPost({ subject: '[OpenIMSCore-Users] SIP Router Development Meeting @ FOKUS on 02.10.2009', body });
    expect(r.reason).toMatch(/invites to a meeting/);
    expect(r.isReport).toBe(false);
    // minutes that thank those who came and ask nobody to register: no invitation
    const minutes = body.replace(/If you plan to attend, please register as indicated on the website\./, 'Thanks to everyone who came.');
    expect(parseStatusPost({ subject: '[OpenIMSCore-Users] SIP Router Development Meeting @ FOKUS on 02.10.2009', body: minutes }).reason).not.toMatch(/invites to a meeting/);
  });
});

describe('parser 82: roll calls written `Participants:` or `Present/Contributing:`', () => {
  it('reads them at the top as minutes (FSUG Bangalore 2004, HEP Software Foundation 2023)', () => {
    // fixtures/real-corpus/fsug-bangalore/2004-05-follow-up-to-our-last-meeting-and-action-plan:
    // `Participants: Arun, Rakesh, Senthil, Sajith, Avinash and Abhas` under the meeting's date and venue
    const fsug = parseStatusPost({ subject: 'Follow-up to our last meeting [on May 2nd] and further action plan...', body: bodyOf('fsug-bangalore/2004-05-follow-up-to-our-last-meeting-and-action-plan') });
    expect(fsug.reason).toContain('a roll call at the top');
    expect(fsug.isReport).toBe(true);
    // fixtures/real-corpus/hep-software-foundation/2023-07-hsf-coordination-meeting-2023-07-20, from the body alone:
    // `Present/Contributing: Graeme Stewart, ...` then `Apologies/Contributing: ...` over prose notes
    expectBodyAloneReport('hep-software-foundation/2023-07-hsf-coordination-meeting-2023-07-20', 'a roll call at the top');
    // (`Participants` inside a sentence, or a roll call far down, is none)
    expect(parseStatusPost({ subject: '', body: 'We thank all participants: see you next year.\n' }).reason).not.toContain('roll call');
  });
});

describe('parser 83: a heading over what a version brings', () => {
  it('reads `NEW features of cdrtools-3.01a09:` as a release announcement, not as an area of a report', () => {
    // fixtures/real-corpus/cdrtools/2012-12-cdrtools-3-01a09-ready: Jörg Schilling's `Cdrtools-3.01a09 ready`, its
    // changes listed per library (`Libschily:`, `Libedc:` ...) as a multi-project report lists its areas
    const ready = parseStatusPost({ subject: '[Cdrecord-developers] Cdrtools-3.01a09 ready', body: bodyOf('cdrtools/2012-12-cdrtools-3-01a09-ready') });
    expect(ready.reason).toContain(`lists a version's changes ("NEW features of cdrtools-3.01a09:")`);
    expect(ready.isReport).toBe(false);
    // (Landlock's news tell what landed in a kernel release: `### New features for Linux 5.19` is a report's heading)
    const landlock = parseStatusPost({ subject: 'Landlock news #2', body: bodyOf('landlock/2022-08-landlock-news-2') });
    expect(landlock.reason).not.toContain("a version's changes");
    expect(landlock.isReport).toBe(true);
    expect(parseStatusPost({ subject: '', body: "Status:\n\nWhat's new in 2.0?\n\n- faster\n" }).reason).toContain("a version's changes");
  });
});

describe('parser 83: a topic the minutes number as one, inside a list or with a colon in its name', () => {
  it("heads ReactOS' minutes with their points", () => {
    // fixtures/real-corpus/reactos/2011-03-reactos-march-meeting-minutes: `○ Point 1 in the agenda: ReactOS member
    // definition` right under `○ Meeting called to order at 20:30 UTC by Colin Finck`, what was said in `▪` bullets
    const march = parseStatusPost({ subject: 'ReactOS March Meeting Minutes', body: bodyOf('reactos/2011-03-reactos-march-meeting-minutes') });
    expect(march.sections.map((s) => s.title)).toEqual(expect.arrayContaining(['Point 1 in the agenda: ReactOS member definition', 'Point 2: Current ReactOS work']));
    // fixtures/real-corpus/reactos/2012-02-february-2012-meeting-minutes: `* Point 1: Release status: 0.3.15` over as many dashes
    const february = parseStatusPost({ subject: 'February 2012 Meeting Minutes', body: bodyOf('reactos/2012-02-february-2012-meeting-minutes') });
    expect(february.sections.map((s) => s.title)).toEqual(['Proceedings', 'Point 1: Release status: 0.3.15', 'Point 2: New website status and migration plans']);
    // (a list of numbered topics is an agenda's: none of them heads what follows)
    const agenda = parseStatusPost({ subject: 'Minutes', body: 'Topics:\nItem 1: Budget review\nItem 2: Elections\n\nWe met and talked.\n' });
    expect(agenda.sections.map((s) => s.title).filter(Boolean)).toEqual([]);
  });
});

describe('parser 89: the writer\'s next steps say what is planned, as a phrase of progress', () => {
  it('takes a GSoC student\'s prose status report', () => {
    // fixtures/real-corpus/mapnik/2011-06-gsoc-text-placement-status-report (mapnik-devel, June 2011): "I finally moved
    // all text symbolizer attributes ... My next steps will be to add code ...": what was done and what comes next
    const r = parseStatusPost({ subject: '[Mapnik-devel] GSoC: Text placement status report', body: bodyOf('mapnik/2011-06-gsoc-text-placement-status-report') });
    expect(r.reason).toContain('says what was done (2 "I/we did" phrases) +1');
    expect(r.isReport).toBe(true);
    // (a plan alone, with nothing done, is no report's pair of phrases)
    expect(parseStatusPost({ subject: 'Ideas', body: 'My next steps will be to think about it.\n\nAny comments?\n' }).reason).not.toContain('says what was done');
  });
});

describe('parser 90: a release manager\'s code freeze under [ANNOUNCE], and a meeting\'s summary results', () => {
  it('reads `hard codefreeze today` and `codefreeze slip by one week` as how the release stands, not a release', () => {
    // fixtures/real-corpus/xen/2021-02-announce-xen-4-15-hard-codefreeze-today and ...-slip-by-one-week (xen-devel,
    // February 2021): Xen 4.15's release manager tags the milestones `[ANNOUNCE]` and writes `codefreeze` as one word
    for (const [name, subject] of [
      ['xen/2021-02-announce-xen-4-15-hard-codefreeze-today', '[ANNOUNCE] Xen 4.15 - hard codefreeze today'],
      ['xen/2021-02-announce-xen-4-15-hard-codefreeze-slip-by-one-week', '[ANNOUNCE] Xen 4.15 - hard codefreeze slip by one week'],
    ]) {
      const r = parseStatusPost({ subject, body: bodyOf(name) });
      expect(r.reason).not.toContain('release announcement');
      expect(r.reason).toMatch(/subject says "(?:hard )?codefreeze" \+3/);
      expect(r.isReport).toBe(true);
    }
    // (a release itself, announced, is still one; and a freeze without a when is no milestone's countdown)
    expect(detect('[ANNOUNCE] Xen 4.15 released').reason).toMatch(/release announcement/);
    expect(detect('Thoughts on codefreeze policy').reason).not.toContain('codefreeze" +3');
  });

  it('takes a reply retitled `- summary results` as the meeting\'s results', () => {
    // fixtures/real-corpus/openbmc/2020-02-security-wg-feb-5-summary-results (openbmc, February 2020): the Security
    // Working Group's chair answers his own invitation with what the meeting did, as `- results` replies before it
    const r = parseStatusPost({ subject: 'Re: Security Working Group meeting - Wednesday Feb 5 - summary results', body: bodyOf('openbmc/2020-02-security-wg-feb-5-summary-results') });
    expect(r.reason).toContain('a reply retitled as the meeting\'s results ("- summary results") +2.5');
    expect(r.isReport).toBe(true);
  });
});

describe('parser 92: a release manager\'s milestone called out as important, soon, tonight or not there yet', () => {
  it('reads python-committers\' milestone mails as how the release stands', () => {
    // fixtures/real-corpus/python (python-committers, 2008-2019): Ned Deily's, Barry Warsaw's and Lukasz Langa's
    // milestone mails, a few lines of prose each
    for (const [name, subject, cue] of [
      ['python/2018-02-3-7-0b2-code-cutoff-soon', '[python-committers] 3.7.0b2 code cutoff soon!', '3.7.0b2'],
      ['python/2018-03-important-3-7-0b3-cutoff-abi-freeze', '[python-committers] IMPORTANT - 3.7.0b3 cutoff / 3.7.0 ABI freeze', '3.7.0b3'],
      ['python/2018-04-important-final-3-7-0-beta-cutoff', '[python-committers] IMPORTANT - final 3.7.0 beta cutoff!', 'cutoff'],
      ['python/2008-11-no-3-0rc2-tonight', '[python-committers] No 3.0rc2 tonight', '3.0rc2'],
      // (a beta written `b1`, with no other word of a cue)
      ['python/2019-06-python-3-8-0b1-not-there-yet', '[python-committers] Python 3.8.0b1 not there yet', '3.8.0b1'],
    ]) {
      const r = parseStatusPost({ subject, body: bodyOf(name) });
      expect(r.reason).toContain(`subject says "${cue}" +3`);
      expect(r.isReport).toBe(true);
    }
    // (and a milestone's few lines of prose need no list: `Reminder: Python 3.4 feature freeze in a week`, Larry Hastings 2013)
    const r = parseStatusPost({ subject: '[python-committers] Reminder: Python 3.4 feature freeze in a week', body: bodyOf('python/2013-11-reminder-python-3-4-feature-freeze-in-a-week') });
    expect(r.reason).not.toContain('no list or sections');
    expect(r.isReport).toBe(true);
    // (but a one-line call needs its list still: `Reminder that feature freeze for 3.7 is tomorrow. Please make sure your
    // patches have reviews.`, gluster-devel 2015, fixtures/archives/pipermail/gluster-devel/2015-February/008423.html)
    const call = parseStatusPost({ subject: '[Gluster-devel] 3.7 feature freeze tomorrow', body: 'Hi All,\n\nReminder that feature freeze for 3.7 is tomorrow. Please make sure\nyour patches have reviews.\n\nThanks,\nVijay\n' });
    expect(call.reason).toContain('no list or sections -1.5');
    expect(call.isReport).toBe(false);
    // (a beta named without when it comes is no countdown)
    expect(detect('Python 3.8.0b1 test results').reason).not.toContain('3.8.0b1" +3');
  });
});

describe('parser 92: notices that carry a report\'s shape', () => {
  it.each([
    // fixtures/real-corpus/deepamehta/2009-07-einladung-zum-treffen-des-deepamehta-e-v (deepamehta-verein, 2009): the
    // association's invitation to its meeting, with the agenda's six points: a call to meet in the list's own language
    ['deepamehta/2009-07-einladung-zum-treffen-des-deepamehta-e-v', '[deepamehta-verein] Einladung zum Treffen des DeepaMehta e.V. am 04.08', 'meeting or agenda mail (subject says "Einladung") -4'],
    // fixtures/real-corpus/python/2018-12-python-governance-vote-results (python-committers, 2018): the PEP 8016 result
    // with its Condorcet tables (13 headings, 52 lines of ballots): a vote's outcome
    ['python/2018-12-python-governance-vote-results', '[python-committers] Python governance vote (December 2018): Results', 'a vote\'s results (subject says "vote" and "Results") -6'],
    // (since parser 96: fixtures/real-corpus/cost/2007-12-costcore-0-6-0-is-out (cost-project-members, 2007), a release
    // numbered with a dash, its news and four items; ...linux-bluetooth/2021-05-bluez-basic-regression-test-report, a CI
    // run's pass and fail counts sent each day)
    ['cost/2007-12-costcore-0-6-0-is-out', '[Cost-project-members] COSTcore 0.6-0 is out !', 'release announcement (subject says "0.6-0 is out") -4.5'],
    ['linux-bluetooth/2021-05-bluez-basic-regression-test-report', 'BlueZ basic/regression test report - 05/10/2021', 'bot or tracker notification (subject says "test report") -6'],
    // (since parser 97: fixtures/real-corpus/twisted/2005-01-weekly-bug-report, the tracker's weekly count of open tickets)
    ['twisted/2005-01-weekly-bug-report', '[Twisted-Python] Weekly Bug Report', 'bot or tracker notification (subject says "Weekly Bug Report") -6'],
    // (since parser 98: fixtures/real-corpus/openocd/2009-10-news-file-for-0-3-x, the NEWS file drafted for the 0.3 release's
    // tarball, its six headings of changes)
    ['openocd/2009-10-news-file-for-0-3-x', '[Openocd-development] NEWS file for 0.3.x', 'a release\'s NEWS file (subject says "NEWS file") -5'],
  ])('reads %s as a notice, not a report', (name, subject, reason) => {
    const r = parseStatusPost({ subject, body: bodyOf(name) });
    expect(r.reason).toContain(reason);
    expect(r.isReport).toBe(false);
  });

  it('leaves minutes, a meeting\'s results and a vote without results as they were', () => {
    expect(detect('Protokoll der 1. Vorstandssitzung').reason).not.toContain('agenda mail');
    expect(detect('Re: Security Working Group - Wednesday March 31 - results').reason).not.toContain('vote');
    expect(detect('Vote on the new logo').reason).not.toContain('vote\'s results');
    // (since parser 99: a release manager asking for no more commits to a branch is no commit notification,
    // fixtures/real-corpus/python/2013-03-please-dont-commit-to-3-2-branch-anymore; a list's commit mail still is)
    expect(detect("[python-committers] Please don't commit to 3.2 branch anymore").reason).not.toContain('bot or tracker');
    expect(detect('r1234 - commits to trunk').reason).toContain('bot or tracker');
  });
});

describe('parser 93: a release manager\'s freeze, branch, final or merge window, and a sprint announced', () => {
  it.each([
    // fixtures/real-corpus/python (python-committers, 2008-2016): Barry Warsaw's, Georg Brandl's and Larry Hastings'
    // release mails, a few lines of prose each: a release's state told with its time, its branch or its final
    ['python/2008-10-python-2-6-final-today', '[python-committers] Python 2.6 final today', '2.6 final'],
    ['python/2008-11-3-0-branch-freeze-0200-utc-06-nov', '[python-committers] 3.0 branch freeze - 0200 UTC 06 Nov', '3.0 branch'],
    ['python/2011-08-working-on-3-2-2rc1', '[python-committers] Working on 3.2.2rc1', '3.2.2rc1'],
    ['python/2012-09-3-3-branch-created-in-main-repository', '[python-committers] 3.3 branch created in main repository', '3.3 branch'],
    ['python/2013-10-python-2-6-9-final-final-due-out-28-october-2013', '[python-committers] Python 2.6.9 final final due out 28 October 2013', '2.6.9 final'],
    ['python/2016-06-heres-whats-going-into-3-5-2-final-and-3-4-5-final', '[python-committers] Here\'s what\'s going into 3.5.2 final and 3.4.5 final', '3.5.2 final'],
    // fixtures/real-corpus/git/2008-07-closing-the-merge-window-for-1-6-0 (git list, 2008): Junio's mail on what is in
    // by -rc0, what waits, and the draft release notes
    ['git/2008-07-closing-the-merge-window-for-1-6-0', 'Closing the merge window for 1.6.0', 'Closing the merge window'],
    // (since parser 95, a branch frozen: fixtures/real-corpus/debian/2008-07-lenny-frozen, the release team's freeze mail
    // on debian-devel-announce; ...python/2010-08-release26-maint-semi-frozen, Barry Warsaw's)
    ['debian/2008-07-lenny-frozen', 'Lenny frozen', 'frozen'],
    ['python/2010-08-release26-maint-semi-frozen', '[python-committers] release26-maint semi-frozen', 'frozen'],
    // (since parser 96, a release's stabilization phase begun: fixtures/real-corpus/gpodder/2008-04-gpodder-0-11-2-release-
    // stabilization-phase and ...2008-07-gpodder-0-12-0-stabilization-phase, Thomas Perl on what is in and what testers
    // should try; and a maintainer's tree closed for a release: ...linux-iio/2021-12-iio-tree-closed-for-new-stuff-for-5-17,
    // ...renesas/2019-06-announce-renesas-tree-closed-for-v5-3)
    ['gpodder/2008-04-gpodder-0-11-2-release-stabilization-phase', '[gpodder-devel] gPodder 0.11.2 release stabilization phase; call for translations', '0.11.2 release stabilization phase'],
    ['gpodder/2008-07-gpodder-0-12-0-stabilization-phase', '[gpodder-devel] gPodder 0.12.0 stabilization phase', '0.12.0 stabilization phase'],
    ['linux-iio/2021-12-iio-tree-closed-for-new-stuff-for-5-17', 'IIO tree closed for new stuff for 5.17.', 'tree closed for'],
    ['renesas/2019-06-announce-renesas-tree-closed-for-v5-3', '[ANNOUNCE] Renesas tree closed for v5.3', 'tree closed for'],
    // (since parser 97, a release candidate `in a couple weeks`: fixtures/real-corpus/openocd/2009-12-rc1-in-a-couple-weeks,
    // the release manager on what is left before 0.4.0-rc1)
    ['openocd/2009-12-rc1-in-a-couple-weeks', '[Openocd-development] RC1 in a couple weeks ...', 'RC1'],
  ])('reads %s as how the release stands', (name, subject, cue) => {
    const r = parseStatusPost({ subject, body: bodyOf(name) });
    expect(r.reason).toContain(`subject says "${cue}" +3`);
    expect(r.isReport).toBe(true);
  });

  it('reads a sprint\'s days to come as an announcement, not its report', () => {
    // fixtures/real-corpus/python/2017-06-core-sprint-2017-sep-4-sep-9-menlo-park (python-committers, 2017): Lukasz
    // Langa's invitation, with what the sprint is for and how to get there
    const r = parseStatusPost({ subject: '[python-committers] Core sprint 2017 - Sep 4 - Sep 9, Menlo Park, California', body: bodyOf('python/2017-06-core-sprint-2017-sep-4-sep-9-menlo-park') });
    expect(r.reason).toContain('a gathering announced');
    expect(r.isReport).toBe(false);
    expect(detect('PyPy "Berlin" sprint (29th Sep - 4th Oct 2003)').reason).toContain('a gathering announced');
    // (its report is still a report's subject, and a merge window opened for a series is no milestone reached)
    expect(detect('Twisted Sprint Report (2013-09-23)').reason).not.toContain('a gathering announced');
    expect(detect('[PATCH 0/3] client and server patches for 6.19-rc merge window').reason).not.toContain('merge window" +3');
  });
});

describe('parsers 98 and 100: a subject naming plans or work finished, or its report in other words; an opening naming it', () => {
  // [post, subject, the evidence that names it a report]
  const NAMED: Array<[string, string, string]> = [
    // fixtures/real-corpus/mono/2001-12-mono-roadmap (Miguel de Icaza on mono-announce-list, 2001): where each part of
    // Mono stands and what comes next
    ['mono/2001-12-mono-roadmap', '[Mono-announce-list] Mono Roadmap.', 'subject names plans or work done ("Roadmap") -2'],
    // ...dovecot/2007-04-v1-1-plans (Timo Sirainen, 2007): what v1.1 has and what is left before its release
    ['dovecot/2007-04-v1-1-plans', '[Dovecot] v1.1 plans', 'subject names plans or work done ("plans") -2'],
    // ...gpodder/2010-01-completed-my-gpodder-org-university-project and ...imagej/2013-10-nonlinear-axes-work-nearly-complete:
    // a developer's note of what is done and what is next
    ['gpodder/2010-01-completed-my-gpodder-org-university-project', '[gpodder-devel] Completed my.gpodder.org university project,', 'subject names plans or work done ("Completed") -2'],
    ['imagej/2013-10-nonlinear-axes-work-nearly-complete', '[ImageJ-devel] Nonlinear axes work nearly complete', 'subject names plans or work done ("nearly complete") -2'],
    // ...xorg/2008-02-xorg-7-4-release-plan (X.Org's release manager, 2008): what is in 7.4 and what blocks it
    ['xorg/2008-02-xorg-7-4-release-plan', 'Xorg 7.4 release plan', 'subject names plans or work done ("plan") -2'],
    // ...linux-nfs/2024-04-lts-backports-nfsd-status-2024-04-09 (the stable trees' backports, what is in and what waits),
    // ...xfce/2021-03-post-4-16-fatigue-and-whats-next (what 4.16 took and where Xfce goes next) and
    // ...w3c/2013-09-conclusions-from-this-task-force (a task force's closing summary of its work)
    ['linux-nfs/2024-04-lts-backports-nfsd-status-2024-04-09', 'long-term stable backports of NFSD patches', 'subject names plans or work done ("backports") -2'],
    ['xfce/2021-03-post-4-16-fatigue-and-whats-next', 'Post 4.16 fatigue and what’s next', 'subject names plans or work done ("what’s next") -2'],
    ['w3c/2013-09-conclusions-from-this-task-force', 'Conclusions from this task force', 'subject names plans or work done ("Conclusions") -2'],
    // (parser 100)
    // ...openhatch/2014-06-gsoc-2014-blog-first-weeks-of-programming (a GSoC student's blog post, 2014):
    // Google Summer of Code written out, as `GSoC ... week` is a student's weekly report
    ['openhatch/2014-06-gsoc-2014-blog-first-weeks-of-programming', 'Google Summer of Code 2014 Blog : First weeks of programming', 'subject says "Google Summer of Code 2014 Blog : First week" +2.5'],
    // ...teamfound/2006-08-treffen-von-heute-zusammenfassung (TeamFound, 2006): German `Zusammenfassung`, a summary
    ['teamfound/2006-08-treffen-von-heute-zusammenfassung', '[Teamfound-development] Treffen von heute: Zusammenfassung', 'subject says "Zusammenfassung"'],
    // ...netbsd/2001-11-toolchain-update-27-nov-2001 (NetBSD's toolchain status, 2001): a dated update of the work on the
    // toolchain, not a toolchain's update to install
    ['netbsd/2001-11-toolchain-update-27-nov-2001', 'Toolchain Update (27-Nov-2001)', 'subject says "Update"'],
    // ...wsjt/2007-09-experimental-modes-jt2-and-jt4 (Joe Taylor on wsjt-devel, 2007): the subject names the topic, the
    // opening the post: "Here's an updated status report on the experimental modes JT2 and JT4 in WSJT"
    ['wsjt/2007-09-experimental-modes-jt2-and-jt4', '[Wsjt-devel] Experimental modes JT2 and JT4', 'its opening names it ("Here\'s an updated status report") +1'],
    // (parser 101)
    // ...culte/2004-06-compte-rendu-du-ca-du-5-juin-2004 (CULTe, Toulouse, 2004): the minutes of its board, the conseil
    // d'administration, written `CA`
    ['culte/2004-06-compte-rendu-du-ca-du-5-juin-2004', 'Compte rendu du CA du 5 Juin 2004', 'subject says "Compte rendu du CA" +2.5'],
    // ...harvestman/2008-10-recently-committed-changes (HarvestMan, 2008): the developer's list of what he committed
    ['harvestman/2008-10-recently-committed-changes', '[HarvestMan-devel] Recently committed changes', 'subject says "Recently committed changes" +2'],
    // ...jelix/2006-01-checkins-du-09-au-15 (Jelix, 2006): the week's commits, told by the lead developer
    ['jelix/2006-01-checkins-du-09-au-15', '[Jelix-public] checkins du 09 au 15', 'subject says "checkins du 09 au 15" +2'],
    // (parser 102)
    // ...openfabrics/2006-03-infiniband-2-6-17-merge-plans and linux-kernel/2006-12-mm-merge-plans-for-2-6-20 (Andrew
    // Morton, 2006): a maintainer's plans for the merge window, what the tree holds and what of it goes upstream
    ['openfabrics/2006-03-infiniband-2-6-17-merge-plans', 'InfiniBand 2.6.17 merge plans', 'subject says "2.6.17 merge plans" +2'],
    ['linux-kernel/2006-12-mm-merge-plans-for-2-6-20', '-mm merge plans for 2.6.20', 'subject says "merge plans for 2.6" +2'],
  ];
  it('reads each as a report its body proves (a subject naming plans weighing -2, not -5)', () => {
    for (const [name, subject, evidence] of NAMED) {
      const said = parseStatusPost({ subject, body: bodyOf(name) });
      expect(said.reason, name).toContain(evidence);
      expect(said.isReport, name).toBe(true);
    }
  });

  it('leaves the body as much to prove under a question or a reply', () => {
    expect(detect('Any plans for a 2.0 release?').reason).not.toContain('subject names plans');
    expect(detect('Re: v1.1 plans').reason).not.toContain('subject names plans');
  });
});

describe('parser 94: a person called Gerrit is no code review robot', () => {
  it('reads Gerrit Huizenga\'s mail as a person\'s', () => {
    // fixtures/real-corpus/linux-kernel/2003-04-re-must-fix-list-for-2-6-0-sched-yield (LKML, 2003): `From: Gerrit
    // Huizenga <gh@us.ibm.com>` was taken for Gerrit, the code review tool, and weighed -6
    const person = parseStatusPost({ subject: 'Status of the 2.6 must-fix list', body: REPORT_BODY, from: 'Gerrit Huizenga <gh@us.ibm.com>' });
    expect(person.reason).not.toContain('sent by a robot');
    const robot = parseStatusPost({ subject: 'Status of the 2.6 must-fix list', body: REPORT_BODY, from: 'Gerrit Code Review <gerrit@review.openstack.org>' });
    expect(robot.reason).toContain('sent by a robot');
  });
});

describe('parser 95: a branch frozen (and parser 96: a tree closed, a stabilization phase begun)', () => {
  it('leaves a screen or a process frozen, a tree closing and a stabilization asked about as they were', () => {
    expect(detect('Screen frozen after resume from suspend').reason).not.toContain('frozen" +3');
    expect(detect('Firefox frozen when opening a PDF').reason).not.toContain('frozen" +3');
    // (parser 96: a tree closing is the date to come, a notice; a stabilization period asked about is a question)
    expect(detect('[ANNOUNCE] Renesas tree closing for v5.3').reason).not.toContain('tree closed for');
    expect(detect('GDB 9.1 release: Start of stabilization period ?').reason).not.toContain('stabilization period" +3');
  });
});

describe('parser 101: changes lately made, and a release awaited', () => {
  it('reads recent changes as a cue only where the subject is nothing else', () => {
    expect(detect('Recent changes broke the build').reason).toContain('subject names no report');
    expect(detect('Latest changes in the API?').reason).not.toContain('subject says');
    expect(detect('[Mrs-user] recent changes').reason).toContain('subject says "recent changes" +2');
    expect(detect('Lots of commits recently').reason).toContain('subject names no report');
  });

  it('reads French minutes\' roll call, `Étaient présents et à jour de leur cotisation :` (Toulibre\'s general assembly, 2008)', () => {
    // fixtures/real-corpus/toulibre/2008-09-compte-rendu-ag-septembre-2008: its copy shows no subject, and the
    // minutes are prose: the members present, the reports voted, the board elected
    expectBodyAloneReport('toulibre/2008-09-compte-rendu-ag-septembre-2008', 'meeting minutes (a roll call at the top');
    // (a present that is no roll call stays one: `Present situation:` opens a sentence's topic)
    expect(parseStatusPost({ subject: '', body: 'Present situation of the port:\nit builds.\n' }).reason).not.toContain('roll call');
  });

  it('reads `So my question here is:` and `my questions are` as asking (parser 102)', () => {
    // fixtures/real-corpus/buddypress/2008-05-buddypress-status (a student on buddypress-dev, 2008): `So my question here
    // is: 1) What is the current project status? ...` under `BuddyPress Status`
    const r = parseStatusPost({ subject: '[buddypress-dev] BuddyPress Status', body: bodyOf('buddypress/2008-05-buddypress-status') });
    expect(r.reason).toContain('asks for help');
    expect(r.isReport).toBe(false);
    expect(detect('Windows port', 'My questions are:\n1. does it build\n2. does it run\n3. who tests it\n').reason).toContain('asks for help');
  });

  it('reads a release awaited in parentheses as no release announced', () => {
    // fixtures/real-corpus/debian/2020-07-gcc-and-binutils-plans-for-bullseye (Debian's GCC maintainer, 2020): `I'm
    // planning to make gcc-10 the default after gcc-10 (10.2.0) is available` was read as announcing 10.2.0
    const raw = readFileSync(new URL('../../fixtures/real-corpus/debian/2020-07-gcc-and-binutils-plans-for-bullseye.eml', import.meta.url));
    const d = deriveMessage(raw, 'mbox');
    expect(d.reason).toContain('subject names plans or work done');
    expect(d.reason).not.toContain('opens announcing a release');
    // (the release itself, opening the post, is announced)
    const announced = Buffer.from(raw.toString('latin1').replace(/\n\n[\s\S]*$/, '\n\nGCC 10.2.0 (the release) is now available.\n\nDownload it from the mirrors:\n- one\n- two\n- three\n'), 'latin1');
    expect(deriveMessage(announced, 'mbox').reason).toContain('opens announcing a release');
  });
});

describe('parser 100: the cues it adds stay where they were made for', () => {
  it('leaves a software update, an announcement of GSoC and an opening that names another post as they were', () => {
    expect(detect('Toolchain update breaks the build').reason).not.toContain('subject says "update"');
    expect(detect('Google Summer of Code 2014').reason).toContain('subject names no report');
    // (a reply's opening, or one under a subject that says what it is, names nothing new)
    expect(detect('Experimental modes', "Here's an updated status report on the modes.\n\nI did more tests.", true).reason).not.toContain('its opening names it');
    expect(detect('Experimental modes', 'As said in the last status report, the modes work.\n\nI did more tests.').reason).not.toContain('its opening names it');
  });
});
