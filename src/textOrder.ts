/**
 * `localeCompare`'s order without loading ICU when it need not: the first locale comparison in
 * a process builds a collator from ICU's data, 10-30 ms on the bench host, a tenth of a query
 * command's budget (issue 12.3). On ASCII letters, digits, space, `-`, `.` and `/` (months,
 * review keys, system names, most project names) the root collation is simple: letters compare
 * by their lower case first (space, then `-`, `.`, `/`, then digits, then letters: the code
 * units' order), and only strings equal but for case differ by it, at the first place they do,
 * the lower-case letter first. Strings are walked once, code unit by code unit: where the first
 * difference is between such characters (and everything before it is too) it decides; anything
 * else goes to localeCompare, which answers as before (test/query/textOrder.test.ts checks both
 * agree). A walk, not a regular expression and lower-cased copies. Still JavaScript: cold, a sort
 * of thousands (the 3,206 lines of `projects`, 33,000 comparisons) costs as much as ICU's start
 * and localeCompare's native comparisons after it, so big sorts of names keep localeCompare; this
 * is for small sorts and plain keys (a page of reviews, a month's projects, a list's periods).
 */

/** Space, `-`, `.`, `/`, digits and ASCII letters. */
function plain(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 45 && c <= 57) || c === 32;
}

const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/** Sign of the comparison, or NaN when localeCompare must answer; `caseCounts`: tertiary strength. */
function walk(a: string, b: string, caseCounts: boolean): number {
  const n = a.length < b.length ? a.length : b.length;
  let byCase = 0;
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) {
      if (plain(x)) continue;
      return NaN;
    }
    if (!plain(x) || !plain(y)) return NaN;
    const lx = lower(x);
    const ly = lower(y);
    if (lx !== ly) return lx < ly ? -1 : 1;
    if (byCase === 0 && caseCounts) byCase = x === lx ? -1 : 1;
  }
  // one is the other's beginning (but for case): the shorter first, when what the longer adds is plain
  const rest = a.length > n ? a : b;
  for (let i = n; i < rest.length; i++) if (!plain(rest.charCodeAt(i))) return NaN;
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return byCase;
}

/** a.localeCompare(b). */
export function compareText(a: string, b: string): number {
  const r = walk(a, b, true);
  return Number.isNaN(r) ? a.localeCompare(b) : r;
}

/** a.localeCompare(b, 'en', { sensitivity: 'base' }): case does not count. */
export function compareTextBase(a: string, b: string): number {
  const r = walk(a, b, false);
  return Number.isNaN(r) ? a.localeCompare(b, 'en', { sensitivity: 'base' }) : r;
}
