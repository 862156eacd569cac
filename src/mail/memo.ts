/**
 * A pure function of one string, remembered for the last few thousand distinct arguments. Mail
 * repeats itself (a list's senders, a thread's subject, the encoded words of both) and a reindex
 * reads every message of an archive: most of these calls have been made before. Bounded: the
 * memory is dropped whole when it is full. The results are shared, so callers must not change them.
 */
export function memoized<T>(f: (s: string) => T, size = 4096): (s: string) => T {
  const seen = new Map<string, T>();
  return (s: string): T => {
    const had = seen.get(s);
    if (had !== undefined) return had;
    const v = f(s);
    if (seen.size >= size) seen.clear();
    seen.set(s, v);
    return v;
  };
}
