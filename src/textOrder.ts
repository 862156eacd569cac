/**
 * `a.localeCompare(b)` without loading ICU when it need not: the first locale comparison in a
 * process builds a collator from ICU's data, 20-30 ms on the bench host, a tenth of a query
 * command's budget (issue 12.3). For strings of lower-case ASCII letters, digits, `-`, `.` and
 * `/` alone (months, review keys, system names) the root collation orders as the code units do
 * (punctuation, then digits, then letters; no case or accents to weigh), so those are compared
 * directly; anything else goes to localeCompare, which answers as before.
 */
const PLAIN = /^[a-z0-9./-]*$/;

export function compareText(a: string, b: string): number {
  if (PLAIN.test(a) && PLAIN.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b);
}
