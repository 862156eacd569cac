import { describe, expect, it } from 'vitest';
import { agentToken, parseRobots } from '../../src/crawl/robots.js';

const UA = 'archive/0.1 (+mailing-list status indexer)';

describe('parseRobots', () => {
  it('uses the * group; longest match wins; Allow wins a tie', () => {
    const r = parseRobots(
      ['User-agent: *', 'Disallow: /pipermail/', 'Allow: /pipermail/public-list/', 'Disallow: /pipermail/public-list/attachments/', 'Allow: /x', 'Disallow: /x'].join('\n'),
      UA,
    );
    expect(r.isAllowed('/pipermail/private-list/')).toBe(false);
    expect(r.isAllowed('/pipermail/public-list/2014-October/002260.html')).toBe(true);
    expect(r.isAllowed('/pipermail/public-list/attachments/20141001/abcd1234/attachment.bin')).toBe(false);
    expect(r.isAllowed('/x')).toBe(true);
    expect(r.isAllowed('/mailman/listinfo/public-list')).toBe(true);
    expect(r.isAllowed('/robots.txt')).toBe(true);
  });

  it('prefers a group naming our product token, case-insensitively, and merges the agent lines of a group', () => {
    const text = 'User-agent: *\nDisallow: /\n\nUser-agent: Googlebot\nUser-Agent: ARCHIVE\nDisallow: /mailman/\n';
    expect(agentToken(UA)).toBe('archive');
    const r = parseRobots(text, UA);
    expect(r.isAllowed('/pipermail/list/')).toBe(true);
    expect(r.isAllowed('/mailman/private/list/')).toBe(false);
    // another agent only gets the * group
    expect(parseRobots(text, 'otherbot/1.0').isAllowed('/pipermail/list/')).toBe(false);
  });

  it('handles comments, CRLF, an empty Disallow, wildcards and $', () => {
    const r = parseRobots('User-agent: * # everyone\r\nDisallow:\r\nDisallow: /*.txt.gz$\r\nDisallow: /*?action=\r\n', UA);
    expect(r.isAllowed('/pipermail/list/2014-October.txt.gz')).toBe(false);
    expect(r.isAllowed('/pipermail/list/2014-October.txt.gz.html')).toBe(true);
    expect(r.isAllowed('/pipermail/list/?action=edit')).toBe(false);
    expect(r.isAllowed('/pipermail/list/')).toBe(true);
  });

  it('an empty or garbage file allows everything', () => {
    expect(parseRobots('', UA).isAllowed('/anything')).toBe(true);
    expect(parseRobots('<html><body>Not Found</body></html>', UA).isAllowed('/anything')).toBe(true);
  });

  it('a pattern of many wildcards against a long path is answered (Google\'s matcher, no regex backtracking)', () => {
    const r = parseRobots(`User-agent: *\nDisallow: /${'*a'.repeat(15)}*b\nDisallow: /${'*a'.repeat(15)}$\n`, UA);
    expect(r.isAllowed(`/${'a'.repeat(5000)}c`)).toBe(true);
    expect(r.isAllowed(`/${'a'.repeat(5000)}`)).toBe(false);
  });
});
