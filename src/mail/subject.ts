/** Subject helpers: list prefixes and reply markers. */

const PREFIX = /^\s*\[[^\][]{1,60}\]\s*/;
const REPLY = /^\s*(?:re|aw|sv|vs)\s*(?:\[\d+\]|\^\d+|\(\d+\))?\s*:/i;

/**
 * Remove leading `[List-Name]` prefixes (repeated ones too). Reply markers are kept:
 * `[Twisted-Python] Re: x` gives `Re: x`; `Re: [Twisted-Python] x` gives `Re: x`.
 */
export function stripListPrefix(subject: string): string {
  // (only runs of white space and non-space white space replaced: the same text, most subjects have neither)
  let s = subject.replace(/\s{2,}|[^\S ]/g, ' ').trim();
  while (PREFIX.test(s)) s = s.replace(PREFIX, '');
  const reply = REPLY.exec(s);
  if (reply) {
    let rest = s.slice(reply[0].length).trimStart();
    if (PREFIX.test(rest)) {
      while (PREFIX.test(rest)) rest = rest.replace(PREFIX, '');
      s = `${reply[0].trim()} ${rest}`;
    }
  }
  return s.trim();
}

/** True when the subject (after any list prefix) starts with Re:/AW:/SV:/VS: (any case, `Re[2]:` too). */
export function isReplySubject(subject: string): boolean {
  return REPLY.test(stripListPrefix(subject));
}

const FORWARD = /^\s*(?:fwd?|fw)\s*:/i;

/** True when the subject (after any list prefix) starts with Fwd:/Fw: (`[Systems] Fwd: [IAEP] Infrastructure Team Report`), and is no reply. */
export function isForwardSubject(subject: string): boolean {
  return FORWARD.test(stripListPrefix(subject));
}
