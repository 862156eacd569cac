/** The aliases file of a run: read once per command, every failure a clear usage error. */
import { readFileSync, statSync } from 'node:fs';
import type { Config } from '../config.js';
import { ArchiveError } from '../errors.js';
import { parseAliasFile, type AliasPair } from '../query/aliasFile.js';

export function loadAliases(cfg: Config): AliasPair[] {
  let isFile: boolean;
  try {
    isFile = statSync(cfg.aliasesPath).isFile();
  } catch {
    if (!cfg.aliasesGiven) return []; // the default aliases.conf is optional
    throw new ArchiveError('E_USAGE', `no aliases file at ${cfg.aliasesPath}`, 'give --aliases a file of "NSR = JBR" lines, or leave it out');
  }
  if (!isFile) throw new ArchiveError('E_USAGE', `${cfg.aliasesPath} is not a file: give --aliases a file of "NSR = JBR" lines`);
  let text: string;
  try {
    text = readFileSync(cfg.aliasesPath, 'utf8');
  } catch (e) {
    throw new ArchiveError('E_INPUT', `cannot read aliases file ${cfg.aliasesPath}: ${(e as Error).message}`);
  }
  return parseAliasFile(text, cfg.aliasesPath);
}
