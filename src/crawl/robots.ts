/**
 * robots.txt rules through robots-parser (RFC 9309: groups by User-agent, Allow/Disallow, `*` and
 * a trailing `$`, the longest matching rule wins, Allow wins a tie). Its matcher is Google's
 * (pattern x path steps, no regular expressions), so a hostile file costs time linear in its size
 * (the HTTP client caps that size).
 */
import robotsModule from 'robots-parser';

// The package is CommonJS (`module.exports = function`) but its types declare an ES default export.
const robotsParser = robotsModule as unknown as typeof robotsModule.default;

export interface RobotsRules {
  /** Is this path (with query) allowed for our agent? */
  isAllowed(pathAndQuery: string): boolean;
}

/** Our product token for group matching: the User-Agent up to the first '/' or space, lower-cased. */
export function agentToken(userAgent: string): string {
  return userAgent.trim().split(/[\/\s]/)[0]!.toLowerCase();
}

/** The rules are read for paths only: any fixed origin will do. */
const BASE = 'http://robots.invalid';

export function parseRobots(text: string, userAgent: string): RobotsRules {
  const token = agentToken(userAgent);
  const robots = robotsParser(`${BASE}/robots.txt`, text);
  return {
    isAllowed(pathAndQuery: string): boolean {
      if (pathAndQuery === '/robots.txt') return true;
      return robots.isAllowed(BASE + (pathAndQuery.startsWith('/') ? pathAndQuery : `/${pathAndQuery}`), token) !== false;
    },
  };
}

export const ALLOW_ALL: RobotsRules = { isAllowed: () => true };
