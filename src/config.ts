/**
 * The one configuration object, resolved once at startup (flag > environment > default),
 * frozen and passed down. No other module reads process.env.
 */
import { dirname, join } from 'node:path';

export interface Config {
  readonly dbPath: string;
  /** Aliases file (`NSR = JBR` lines); default: aliases.conf beside the database. */
  readonly aliasesPath: string;
  /** The aliases file was named (--aliases or ARCHIVE_ALIASES), so it must exist. */
  readonly aliasesGiven: boolean;
  readonly color: boolean;
  readonly isTTY: boolean;
  readonly width: number;
  readonly verbose: boolean;
}

export interface ConfigInput {
  db?: string;
  aliases?: string;
  verbose?: boolean;
  color?: boolean;
}

export const DEFAULT_DB = 'data/archive.db';

export function resolveConfig(flags: ConfigInput, env: Record<string, string | undefined>, tty: { isTTY: boolean; columns?: number }): Config {
  const dbPath = flags.db ?? env.ARCHIVE_DB ?? DEFAULT_DB;
  const color = flags.color ?? (tty.isTTY && env.NO_COLOR === undefined && env.TERM !== 'dumb');
  return Object.freeze({
    dbPath,
    aliasesPath: flags.aliases ?? env.ARCHIVE_ALIASES ?? join(dirname(dbPath), 'aliases.conf'),
    aliasesGiven: (flags.aliases ?? env.ARCHIVE_ALIASES) !== undefined,
    color,
    isTTY: tty.isTTY,
    width: Math.max(60, Math.min(tty.columns ?? 100, 120)),
    verbose: Boolean(flags.verbose),
  });
}
