import { describe, expect, it } from 'vitest';
import { stripListPrefix, isReplySubject, isForwardSubject } from '../../src/mail/index.js';

describe('stripListPrefix', () => {
  it('removes only leading list prefixes', () => {
    expect(stripListPrefix('[ImageJ-builds] Jenkins build is back to normal : Validate-javadoc\t#881')).toBe(
      'Jenkins build is back to normal : Validate-javadoc #881',
    );
    expect(stripListPrefix('[Twisted-Python] Re: Patch for tcp.py')).toBe('Re: Patch for tcp.py');
    expect(stripListPrefix('[Divunal-list] Re: [Divunal-author]author efficiency')).toBe('Re: author efficiency');
    expect(stripListPrefix('Re: [Twisted-Python] Weekly Bug Summary')).toBe('Re: Weekly Bug Summary');
    expect(stripListPrefix('[A] [B] status')).toBe('status');
    expect(stripListPrefix('Status of [foo] bar')).toBe('Status of [foo] bar');
    expect(stripListPrefix('No subject')).toBe('No subject');
  });
});

describe('isReplySubject', () => {
  it('recognises Re:/AW:/SV:/VS: after the prefix', () => {
    expect(isReplySubject('[Twisted-Python] Re: Patch for tcp.py')).toBe(true);
    expect(isReplySubject('RE: status')).toBe(true);
    expect(isReplySubject('AW: Status')).toBe(true);
    expect(isReplySubject('[x] Sv: Status')).toBe(true);
    expect(isReplySubject('VS: Status')).toBe(true);
    expect(isReplySubject('Re[2]: Status')).toBe(true);
    expect(isReplySubject('[Twisted-Python] Weekly Bug Summary')).toBe(false);
    expect(isReplySubject('Fwd: Status')).toBe(false);
    expect(isReplySubject('Regarding: x')).toBe(false);
    expect(isReplySubject('Release notes')).toBe(false);
  });
});

describe('isForwardSubject', () => {
  it('reads Fwd:/Fw: after list tags, never a reply to a forward', () => {
    expect(isForwardSubject('[Systems] Fwd: [IAEP] Infrastructure Team Report')).toBe(true);
    expect(isForwardSubject('FW: minutes')).toBe(true);
    expect(isForwardSubject('Re: Fwd: May reports due')).toBe(false);
    expect(isForwardSubject('Forward planning')).toBe(false);
  });
});
