/**
 * The aliases file (`NSR = JBR` lines). Apart from the name resolution that uses it
 * (projectNames.ts) so that reading it at start-up loads no parser. Pure.
 */
import { ArchiveError } from '../errors.js';

export interface AliasPair { a: string; b: string }

/**
 * Parse an aliases file: one `NAME = OTHER [= MORE]` per line, `#` comments. A line that is not
 * of that shape is an error (E_INPUT) naming the file (`source`) and the line number.
 */
export function parseAliasFile(text: string, source = 'aliases file'): AliasPair[] {
  const out: AliasPair[] = [];
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const l = lines[n].replace(/#.*/, '').trim();
    if (!l) continue;
    const names = l.split('=').map((x) => x.trim());
    if (names.length < 2 || names.some((x) => !x)) {
      throw new ArchiveError('E_INPUT', `${source}:${n + 1}: expected "NAME = OTHER" (e.g. NSR = JBR), got "${lines[n].trim().slice(0, 80)}"`);
    }
    for (let i = 1; i < names.length; i++) out.push({ a: names[0], b: names[i] });
  }
  return out;
}
