/**
 * `localeCompare`'s order without loading ICU when it need not: the first locale comparison in
 * a process builds a collator from ICU's data, 10-30 ms on the bench host, a tenth of a query
 * command's budget (issue 12.3). For strings of ASCII letters, digits, space, `-`, `.` and `/`
 * alone (months, review keys, system names, most project names) the root collation is simple:
 * letters compare by their lower case first (space, then `-`, `.`, `/`, then digits, then
 * letters: the code units' order), and only strings equal but for case differ by it, at the
 * first place they do, the lower-case letter first. Those are compared here; anything else goes
 * to localeCompare, which answers as before (test/query/textOrder.test.ts checks both agree).
 */
const PLAIN = /^[A-Za-z0-9 ./-]*$/;

function byUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** a.localeCompare(b). */
export function compareText(a: string, b: string): number {
  if (!PLAIN.test(a) || !PLAIN.test(b)) return a.localeCompare(b);
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return byUnits(la, lb);
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i] === la[i] ? -1 : 1;
  }
  return 0;
}

/** a.localeCompare(b, 'en', { sensitivity: 'base' }): case does not count. */
export function compareTextBase(a: string, b: string): number {
  if (!PLAIN.test(a) || !PLAIN.test(b)) return a.localeCompare(b, 'en', { sensitivity: 'base' });
  return byUnits(a.toLowerCase(), b.toLowerCase());
}
