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
  /** The git binary public-inbox archives are read with (ARCHIVE_GIT, default `git` on PATH). */
  readonly gitPath: string;
  /** What a child process (git) inherits: PATH, HOME and the proxy variables, nothing else. */
  readonly childEnv: Readonly<Record<string, string>>;
}

export interface ConfigInput {
  db?: string;
  aliases?: string;
  verbose?: boolean;
  color?: boolean;
}

export const DEFAULT_DB = 'data/archive.db';

const CHILD_ENV = ['PATH', 'HOME', 'TMPDIR', 'http_proxy', 'https_proxy', 'no_proxy', 'all_proxy', 'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'ALL_PROXY', 'GIT_SSL_CAINFO', 'SSL_CERT_FILE', 'SSL_CERT_DIR'];

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
    gitPath: env.ARCHIVE_GIT || 'git',
    childEnv: Object.freeze(Object.fromEntries(CHILD_ENV.flatMap((k) => (env[k] !== undefined ? [[k, env[k] as string]] : [])))),
  });
}
