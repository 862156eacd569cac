/** Sizes of the full and the quick benchmark, and the command line. */
import { currentMonth, type ArchiveParams } from './generate/params.js';

export interface BenchConfig {
  quick: boolean;
  runs: number;
  archive: ArchiveParams;
  bigDb: ArchiveParams | null;
  /** Smaller archives measured for the growth figures (issue 12, target 6); the query database is the largest point. */
  growth: ArchiveParams[];
  install: boolean;
  profile: boolean;
  out: string | null;
  /** Word searched by `archive search` and `notmuch search` (a common one), and a rare one. */
  word: string;
  rareWord: string;
  project: string;
  onlyBigDb: boolean;
}

export function configFrom(argv: string[]): BenchConfig {
  const has = (f: string): boolean => argv.includes(f);
  const value = (f: string): string | undefined => {
    const i = argv.indexOf(f);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const unknown = argv.filter((a, i) => a.startsWith('--') && !KNOWN.includes(a) && !(i > 0 && VALUED.includes(argv[i - 1])));
  if (unknown.length || has('--help')) {
    process.stderr.write(`usage: npm run bench [-- --quick] [--runs N] [--no-big-db] [--no-growth] [--no-install] [--no-profile] [--out FILE] [--only-big-db]\n`);
    process.exit(has('--help') ? 0 : 2);
  }
  const quick = has('--quick');
  const endMonth = currentMonth();
  const archive: ArchiveParams = quick
    ? { lists: 1, years: 1, messages: 2000, heavyPeriods: 1, statusShare: 0.02, seed: 2026, endMonth, pages: true, maildir: true }
    : { lists: 3, years: 15, messages: 150_000, heavyPeriods: 3, statusShare: 0.02, seed: 2026, endMonth, pages: true, maildir: true };
  const bigDb: ArchiveParams = quick
    ? { lists: 2, years: 1, messages: 12_000, heavyPeriods: 0, statusShare: 0.02, seed: 2027, endMonth, pages: false, maildir: false }
    : { lists: 8, years: 20, messages: 1_000_000, heavyPeriods: 4, statusShare: 0.02, seed: 2027, endMonth, pages: false, maildir: false };
  // Growth points: the shape of each keeps about one status reporter per 50 messages a month.
  const growth: ArchiveParams[] = (quick ? [1_000, 4_000] : [10_000, 100_000]).map((messages) => ({
    lists: messages >= 100_000 ? 3 : 1, years: quick ? 1 : 15, messages, heavyPeriods: quick ? 0 : messages >= 100_000 ? 3 : 1, statusShare: 0.02,
    seed: 2028, endMonth, pages: false, maildir: false,
  }));
  const runs = Number(value('--runs') ?? (quick ? 2 : 3));
  return {
    quick,
    runs: Number.isInteger(runs) && runs > 0 ? runs : 3,
    archive,
    bigDb: has('--no-big-db') ? null : bigDb,
    growth: has('--no-growth') || has('--no-big-db') ? [] : growth,
    install: !quick && !has('--no-install'),
    profile: !quick && !has('--no-profile'),
    out: value('--out') ?? (quick ? null : 'BENCHMARKS.md'),
    word: 'rebalance',
    rareWord: 'München',
    project: 'NSR',
    onlyBigDb: has('--only-big-db'),
  };
}

const VALUED = ['--runs', '--out'];
const KNOWN = ['--quick', '--no-big-db', '--no-growth', '--no-install', '--no-profile', '--only-big-db', '--help', ...VALUED];
