/**
 * The index gives the parser a body whose quotes the mail stage already blanked; detection must
 * still see that a reply is mostly quote (it did not: the quoted lines were gone before it counted).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deriveMessage } from '../../src/index/index.js';
import { FIXTURES } from '../support/cli.js';

const REPORT = ['= NSR =', '', ' * http://review.gluster.org/#/c/8913/   code', ' * http://review.gluster.org/#/c/8915/   design', '',
  '= SSL =', '', ' * docs in the tree (merged)', ' * own-thread without SSL', ''];

describe('a reply through the index path', () => {
  it('that mostly quotes a report is weighed as mostly quoted', () => {
    const raw = ['From: Vijay Bellur <vbellur@redhat.com>', 'Subject: [Gluster-devel] jdarcy status (October 2014)',
      'Message-ID: <reply-1@example.org>', 'In-Reply-To: <jdarcy-status-2014-10@redhat.com>', 'Date: Thu, 9 Oct 2014 09:12:40 +0000', '',
      'On 10/09/2014 01:50 AM, Jeff Darcy wrote:', ...REPORT.map((l) => `> ${l}`), '', 'Thanks, the SSL part looks good.', ' * one question', ' * and another', ' * and a third', ''].join('\n');
    const d = deriveMessage(Buffer.from(raw), 'mbox');
    expect(d.isReport).toBe(false);
    expect(d.reason).toMatch(/mostly quoted \(\d+ of \d+ lines\) -5/);
  });
});

describe("a reply retitled as its meeting's results", () => {
  const post = (p: string) => deriveMessage(readFileSync(join(FIXTURES, 'real-corpus', `${p}.eml`)), 'mbox');
  it('is read as the results its writer says it is, though it answers under the quoted invitation', () => {
    // `Re: Security Working Group - Wednesday July 24 - results`: prose answers below the quoted reminder
    const d = post('openbmc/2019-07-security-wg-july-24-results');
    expect(d.reason).toMatch(/a reply retitled as the meeting's results \("- results"\) \+2\.5/);
    expect(d.reason).toMatch(/answers the quoted agenda/);
    expect(d.reason).not.toMatch(/reply \("Re:" subject\)/);
    expect(d.isReport).toBe(true);
  });

  it('but a reply to those results, which keeps their subject, is a reply', () => {
    // what others answer under the results: the results quoted, themselves opening with the quoted invitation
    const results = readFileSync(join(FIXTURES, 'real-corpus', 'openbmc/2019-07-security-wg-july-24-results.eml'), 'utf8');
    const body = results.slice(results.indexOf('\n\n') + 2).trim().split('\n');
    const raw = ['From: Ed Tanous <ed@example.org>', 'Subject: Re: Security Working Group - Wednesday July 24 - results', 'Message-ID: <reply-2@example.org>',
      'In-Reply-To: <e20a1db2-9fcf-b48b-1289-3e7d96a07002@linux.ibm.com>', 'Date: Thu, 25 Jul 2019 09:00:00 -0700', '',
      'On 7/24/19 12:18 PM, Joseph Reynolds wrote:', ...body.map((l) => (l.startsWith('>') ? `>${l}` : `> ${l}`)), '',
      'I think we should look at the second item again before the next meeting; the', 'certificate duration in particular needs a decision.', ''].join('\n');
    const d = deriveMessage(Buffer.from(raw), 'mbox');
    expect(d.message.quoting.quotesReply).toBe(true);
    expect(d.reason).not.toMatch(/retitled/);
    expect(d.isReport).toBe(false);
    // the results themselves quote a fresh post, the invitation
    expect(post('openbmc/2019-07-security-wg-july-24-results').message.quoting.quotesReply).toBeUndefined();
  });

  it('nor is an answer that quotes someone else\'s results, trimmed; results under another\'s invitation are', () => {
    const results = ['Attendees: Joseph, James, Dhananjay', '', '1. Idle timeout for SSH and the web UI', '',
      'There was general agreement that OpenBMC should set a default idle timeout,', 'configurable for each interface.', ''];
    const answer = ['From: Patrick Williams <patrick@example.org>', 'Subject: Re: Security Working Group meeting - Wednesday August 4 - results', 'Message-ID: <reply-3@example.org>',
      'In-Reply-To: <results@example.org>', '', 'On Wed, Aug 04, 2021 at 01:47:31PM -0500, Joseph Reynolds wrote:', ...results.map((l) => `> ${l}`), '',
      'Once again I will ask why. Can we please create a private repository and be done with this topic?', ''].join('\n');
    const a = deriveMessage(Buffer.from(answer), 'mbox');
    expect(a.message.quoting.quotesOther).toBe(true);
    expect(a.reason).not.toMatch(/retitled/);
    // the note-taker's results under the chair's invitation: still retitled
    const invitation = ['This is a reminder of the OpenBMC Security Working Group meeting', 'scheduled for this Wednesday October 14 at 10:00am PDT.', '',
      "We'll discuss the following items on the agenda:", ' 1. Gerrit code review: BMCWeb webUI login change'];
    const notes = ['From: Joseph Reynolds <jrey@example.org>', 'Subject: Re: Security Working Group Meeting - Wed 14 October - results', 'Message-ID: <results-2@example.org>',
      'In-Reply-To: <invite@example.org>', '', 'On 10/13/20 2:06 PM, Parth Shukla wrote:', ...invitation.map((l) => `> ${l}`), '',
      'We discussed the login change: the risk is small, and the flag stays off by default.', 'Anton gave an update on the privilege separation work.', ''].join('\n');
    const n = deriveMessage(Buffer.from(notes), 'mbox');
    expect(n.message.quoting.quotesOther).toBeUndefined();
    expect(n.reason).toMatch(/a reply retitled as the meeting's results/);
  });

  it('but a plain reply that quotes the meeting is still a reply', () => {
    const raw = ['From: A <a@example.org>', 'Subject: Re: Security Working Group - Wednesday July 24', 'In-Reply-To: <x@example.org>', '',
      ...Array.from({ length: 12 }, (_, k) => `> agenda item ${k}`), '', 'Can we add one more topic?', ''].join('\n');
    expect(deriveMessage(Buffer.from(raw), 'mbox').isReport).toBe(false);
  });
});

describe('who wrote a quote, in other languages (round 45, tuned on)', () => {
  const post = (p: string) => deriveMessage(readFileSync(join(FIXTURES, 'real-corpus', `${p}.eml`)), 'mbox');
  it('an Italian attribution (`... ha scritto:`) opens a quote: the status report below it is the writer\'s (erlang-questions, 2008)', () => {
    const d = post('erlang/2008-06-erlang-ffi-status-report');
    expect(d.isReport).toBe(true);
    const raw = readFileSync(join(FIXTURES, 'real-corpus', 'erlang/2008-06-erlang-ffi-status-report.eml'), 'utf8').replace('ha scritto:', 'ha scritto');
    expect(deriveMessage(Buffer.from(raw), 'mbox').isReport).toBe(false);
  });

  it('a Russian attribution (`... пишет:`) on a page that lost its `>` is no title line (mc-devel, 2014)', () => {
    const raw = readFileSync(join(FIXTURES, 'real-corpus', 'midnight-commander/2014-11-re-happy-20th-birthday.eml'), 'utf8').replace(/^Subject:.*\n/m, '');
    const d = deriveMessage(Buffer.from(raw), 'mbox');
    expect(d.reason).not.toContain('title line');
    expect(d.isReport).toBe(false);
  });
});
