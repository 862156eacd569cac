/**
 * The index gives the parser a body whose quotes the mail stage already blanked; detection must
 * still see that a reply is mostly quote (it did not: the quoted lines were gone before it counted).
 */
import { describe, expect, it } from 'vitest';
import { deriveMessage } from '../../src/index/index.js';

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
