/** Command-line flags of the measuring scripts (npm run learn, npm run learn:words). */

/** `--flag N`: its number, or `fallback` when the flag is absent; a value that is no number stops the script with a one-line error. */
export function numberFlag(argv: readonly string[], flag: string, fallback: number): number {
  const at = argv.indexOf(flag);
  if (at < 0) return fallback;
  const value = Number(argv[at + 1]);
  if (!Number.isFinite(value)) {
    console.error(`${flag} needs a number (got ${JSON.stringify(argv[at + 1] ?? '')})`);
    process.exit(2);
  }
  return value;
}
