import { describe, expect, it } from 'vitest';
import { detectReport, parseStatusPost } from '../../src/status/index.js';

const REPORT_BODY = [
  '= NSR =', '', ' * http://review.gluster.org/#/c/8913/   code', '', ' * http://review.gluster.org/#/c/8915/   design', '',
  '= SSL =', '', ' * docs in the tree (merged)', ' * own-thread without SSL', '',
].join('\n');

const detect = (subject: string, body = REPORT_BODY, isReply = false) => parseStatusPost({ subject, body, isReply });

describe('detectReport', () => {
  it('accepts a status subject with sections, and says why', () => {
    const r = detect('[Gluster-devel] jdarcy status (November 2014)');
    expect(r.isReport).toBe(true);
    expect(r.reason).toBe('subject says "status" and "(November 2014)"; 2 sections with 4 items and 2 review links');
  });

  it.each([
    ['weekly status', '[Gluster-devel] Weekly status (week 41)'],
    ['monthly report', '[ceph-devel] RGW monthly report (March 2021)'],
    ['update', '[openstack-discuss] [nova] Weekly update (week 23)'],
    ["what's cooking", "What's cooking in git.git (Jun 2024, #08; Thu, 27)"],
    ['bits from', 'Bits from the release team: buster freeze dates'],
    ['month in parentheses', 'NSR (April 2015)'],
  ])('accepts the subject cue %s', (_cue, subject) => {
    expect(detect(subject).isReport).toBe(true);
  });

  it.each([
    ['Re: [Gluster-devel] jdarcy status (October 2014)', false, /^reply \(subject starts with "Re:"\)$/],
    ['[Gluster-devel] jdarcy status (October 2014)', true, /^reply \(In-Reply-To/],
    ['[Gluster-devel] Status of NSR?', false, /^question/],
    ['[Gluster-devel] Status of NSR', false, /^question \(subject starts with "Status of"\)/],
    ['[Gluster-devel] [ANNOUNCE] GlusterFS 3.7.0 status', false, /^announcement/],
    ['GlusterFS 3.7.0 released', false, /^release announcement/],
    ['[PATCH v2 0/5] status: per-branch upstream status', false, /^patch mail/],
    ['[openstack-dev] [all] Guidelines for team status updates', false, /^procedure or guidance/],
    ['[Gluster-devel] REMINDER: Weekly community meeting', false, /^meeting/],
    ['Proposal: status reports branch', false, /^proposal/],
  ])('rejects %s', (subject, isReply, reason) => {
    const r = detect(subject, REPORT_BODY, isReply);
    expect(r.isReport).toBe(false);
    expect(r.reason).toMatch(reason);
  });

  it('rejects patch mails by body (Signed-off-by, diffstat)', () => {
    const body = 'Fix it.\n\n * a\n * b\n * c\n\nSigned-off-by: A U Thor <a at example.org>\n';
    expect(detect('weekly status (week 3)', body).reason).toMatch(/^patch mail \(Signed-off-by/);
    const diffstat = 'Series:\n - a\n - b\n - c\n\n builtin/commit.c | 48 ++++++++---\n 1 file changed, 40 insertions(+)\n';
    expect(detect('status update (week 3)', diffstat).isReport).toBe(false);
  });

  it('rejects a design proposal with a Status: Draft line', () => {
    expect(detect('JBR status (May 2016)', 'Status: Draft\n\n' + REPORT_BODY).reason).toBe('design proposal ("Status: Draft" line)');
  });

  it('rejects quoted copies: > quoting, and an Outlook original-message block', () => {
    const quoted = 'Jeff wrote:\n' + REPORT_BODY.split('\n').map((l) => '> ' + l).join('\n') + '\n\n+1, thanks!\n';
    expect(detect('[Gluster-devel] jdarcy status (October 2014)', quoted).reason).toMatch(/^quoted copy/);
    const outlook = 'Forwarding for the record.\n\n-----Original Message-----\nFrom: Ed\nSent: Friday\n\n' + REPORT_BODY;
    expect(detect('[nova] Weekly update (week 24)', outlook).isReport).toBe(false);
  });

  it('rejects a discussion that merely says status, and explains it', () => {
    const r = detect('volume status shows N/A for brick ports', 'After upgrading, "gluster volume status" shows N/A.\n\n * a\n * b\n\nAny idea?\n');
    expect(r.isReport).toBe(false);
    expect(r.reason).toBe('subject says "status" but the body has no report structure (1 section with 2 items)');
  });

  it('needs structure even with a strong cue', () => {
    expect(detect('jdarcy status (December 2014)', 'Nothing this month, sorry.\n').isReport).toBe(false);
  });

  it('accepts strong structure without a subject cue', () => {
    const body = '## A\n\n* https://review.opendev.org/1\n\n## B\n\n* https://review.opendev.org/2\n\n## C\n\n* https://review.opendev.org/3\n';
    expect(detect('[ironic] this week in ironic', body).reason).toBe('no subject cue, but 3 sections with 3 items and 3 review links');
  });

  it('is usable on its own with sections from the parser', () => {
    const parsed = parseStatusPost({ subject: 'x', body: REPORT_BODY });
    expect(detectReport({ subject: 'NSR status (May 2015)', body: REPORT_BODY }, parsed.sections).isReport).toBe(true);
  });
});
