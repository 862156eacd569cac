/**
 * A small robots.txt parser (RFC 9309 subset): groups by User-agent, Allow/Disallow path rules,
 * `*` wildcards and a trailing `$`; the longest matching rule wins, Allow wins a tie.
 */

interface Rule {
  allow: boolean;
  pattern: string;
  re: RegExp;
}

export interface RobotsRules {
  /** Is this path (with query) allowed for our agent? */
  isAllowed(pathAndQuery: string): boolean;
}

/** Our product token for group matching: the User-Agent up to the first '/' or space, lower-cased. */
export function agentToken(userAgent: string): string {
  return userAgent.trim().split(/[\/\s]/)[0]!.toLowerCase();
}

function compile(pattern: string): RegExp {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const src = body
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp('^' + src + (anchored ? '$' : ''));
}

/** Percent-decoding differences should not let a rule miss: compare both sides decoded where safe. */
function normPath(p: string): string {
  try {
    return decodeURI(p);
  } catch {
    return p;
  }
}

export function parseRobots(text: string, userAgent: string): RobotsRules {
  const token = agentToken(userAgent);
  const lines = text.split(/\r\n|\r|\n/);
  // Parse into groups: consecutive User-agent lines start a group, rules follow.
  const groups: { agents: string[]; rules: Rule[] }[] = [];
  let current: { agents: string[]; rules: Rule[] } | null = null;
  let lastWasAgent = false;
  for (const raw of lines) {
    const line = raw.replace(/#.*$/, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (key === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [] };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (key === 'allow' || key === 'disallow') {
      if (value === '') continue; // "Disallow:" with no path allows everything
      const pattern = normPath(value);
      current.rules.push({ allow: key === 'allow', pattern, re: compile(pattern) });
    }
  }
  // Our own group(s) if any mention our token, else the '*' group(s); their rules are merged.
  const ours = groups.filter((g) => g.agents.some((a) => a !== '*' && a === token));
  const chosen = ours.length > 0 ? ours : groups.filter((g) => g.agents.includes('*'));
  const rules = chosen.flatMap((g) => g.rules);

  return {
    isAllowed(pathAndQuery: string): boolean {
      const path = normPath(pathAndQuery);
      if (path === '/robots.txt') return true;
      let best: Rule | null = null;
      for (const r of rules) {
        if (!r.re.test(path)) continue;
        if (!best || r.pattern.length > best.pattern.length || (r.pattern.length === best.pattern.length && r.allow)) best = r;
      }
      return best ? best.allow : true;
    },
  };
}

export const ALLOW_ALL: RobotsRules = { isAllowed: () => true };
