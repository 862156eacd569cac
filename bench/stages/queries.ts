/**
 * Query timings on the big database: whole-process wall time and peak RSS of `archive query
 * --project X`, `search WORD`, `projects`, `month`, `reviews --project` (what a user feels, Node
 * start-up included), and the time inside the query (the same call in this process, database
 * already open).
 */
import { archive, check, EXTRA_CA_CERTS, TIMED_ENV, type BenchContext } from '../context.js';
import { spread, fmtMs, fmtNum, type Spread } from '../measure/stats.js';
import { run } from '../measure/proc.js';
import { openDatabase } from '../../src/store/index.js';
import { projectHistory, listProjects, search, historyToText, monthDigest, reviewLifecycles } from '../../src/query/index.js';

const n0 = (x: number): string => fmtNum(x, 0);

export interface QueryFigure {
  command: string;
  /** Which goal it answers: 'nsr' (the busiest project), 'small' (a project with up to 100 reports), ... */
  role: 'nsr' | 'small' | 'typical' | 'search' | 'projects' | 'month' | 'reviews';
  wallMs: Spread;
  insideMs: Spread;
  maxRss: Spread;
  load: Spread;
  output: string;
  skipped?: string;
  /** A search run with an explicit `--sort` (the default order has none). */
  sort?: 'relevance' | 'date';
}

export interface QueryFigures {
  project: string;
  reports: number;
  word: string;
  figures: QueryFigure[];
  nodeStartMs: Spread;
  cliVersionMs: Spread;
  /**
   * When this host sets NODE_EXTRA_CA_CERTS (removed from the timed processes: bench/context.ts), the
   * same start and the default search with it kept, as this host runs every Node process.
   */
  hostEnv?: { extraCaCerts: string; nodeStartMs: Spread; search?: { command: string; wallMs: Spread } };
  /** What the default text output of `query` says about the reports it leaves out, if any. */
  textLimit?: string;
  /** `query --help`'s line for `--all`, when it has one. */
  allOption?: string;
  /** `archive search`'s default order, when it offers `--sort`. */
  searchSort?: string;
  /** Reports and projects the index stored (migration 11), when it stores them. */
  storedReports?: number;
  storedProjects?: number;
}

function timeInside(n: number, f: () => unknown): Spread {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    f();
    xs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return spread(xs);
}

export async function searchAvailable(ctx: BenchContext): Promise<boolean> {
  const r = await archive(ctx, ['search', '--help']);
  return r.code === 0;
}

export async function queries(ctx: BenchContext, db: string, project: string, words: string[]): Promise<QueryFigures> {
  const runs = ctx.quick ? 3 : Math.max(5, ctx.runs);
  const whole = async (args: string[], hostEnv = false): Promise<{ s: Spread; rss: Spread; load: Spread; out: string }> => {
    const xs: number[] = [], rss: number[] = [], load: number[] = [];
    let out = '';
    // One warm-up run: the figure is a warm page cache, as for a user who queries twice.
    await archive(ctx, ['--db', db, ...args], [], hostEnv);
    for (let i = 0; i < runs; i++) {
      const r = check(await archive(ctx, ['--db', db, ...args], [], hostEnv), `archive ${args.join(' ')}`);
      xs.push(r.wallMs); load.push(r.load[0]);
      if (r.maxRss !== null) rss.push(r.maxRss);
      out = r.stdout;
    }
    return { s: spread(xs), rss: spread(rss), load: spread(load), out };
  };
  const conn = openDatabase(db, { readonly: true });
  const figures: QueryFigure[] = [];
  let reports = 0;
  let textLimit: string | undefined;
  const allOption = /^\s*--all\b.*$/m.exec((await archive(ctx, ['query', '--help'])).stdout)?.[0].trim().replace(/\s+/g, ' ');
  let searchSort: 'relevance' | 'date' | undefined;
  let storedReports: number | undefined;
  let storedProjects: number | undefined;
  try {
    // The busiest project, a typical one (median report count) and the biggest with at most 100 reports.
    const all = listProjects(conn, {}).filter((p) => p.reports > 0).sort((a, b) => a.reports - b.reports);
    const typical = all[Math.floor(all.length / 2)]?.name;
    const small = [...all].reverse().find((p) => p.reports <= 100)?.name;
    const picks: Array<[string, QueryFigure['role']]> = [[project, 'nsr']];
    if (small && small.toLowerCase() !== project.toLowerCase()) picks.push([small, 'small']);
    else ctx.notes.push(`the query database has no project with at most 100 reports: that goal is not measured.`);
    if (typical && ![project, small].some((x) => x?.toLowerCase() === typical.toLowerCase())) picks.push([typical, 'typical']);
    for (const [name, role] of picks) {
      const q = await whole(['query', '--project', name]);
      // As the command's default text output asks: the last 24 reports read, the others counted.
      const inside = timeInside(runs, () => projectHistory(conn, { project: name, aliases: [], last: 24 }));
      const h = projectHistory(conn, { project: name, aliases: [] });
      const withText = timeInside(runs, () => historyToText(projectHistory(conn, { project: name, aliases: [], last: 24 }), { color: false, width: 100, last: 24 }));
      const everyReport = timeInside(runs, () => projectHistory(conn, { project: name, aliases: [] }));
      if (role === 'nsr') {
        reports = h.reports.length;
        textLimit = /^\s*… .*--all.*$/m.exec(q.out)?.[0].trim();
      }
      figures.push({
        command: `archive query --project ${/\s/.test(name) ? `"${name}"` : name}`, role, wallMs: q.s, insideMs: inside, maxRss: q.rss, load: q.load,
        output: `${h.reports.length} reports, ${Math.round(q.out.length / 1024)} KiB of text; query + text formatting in process ${fmtMs(withText.median)}; every report read (as \`--all\` and the other formats do) ${fmtMs(everyReport.median)}`,
      });
    }

    try {
      const t = conn.prepare('SELECT (SELECT COUNT(*) FROM project_reports) AS r, (SELECT COUNT(*) FROM project_summaries) AS p').get() as { r: number; p: number };
      storedReports = t.r;
      storedProjects = t.p;
    } catch {
      // a database (and a tool) from before migration 11
    }
    if (await searchAvailable(ctx)) {
      const help = (await archive(ctx, ['search', '--help'])).stdout;
      searchSort = /--sort <order>[\s\S]*?\(default: "(\w+)"\)/.exec(help)?.[1] as typeof searchSort;
      const other = searchSort === 'date' ? 'relevance' : 'date';
      for (const [w, sort] of [...words.map((x) => [x, undefined] as const), ...(searchSort ? [[words[0], other] as const] : [])]) {
        const s = await whole(['search', w, ...(sort ? ['--sort', sort] : [])]);
        const insideS = timeInside(runs, () => search(conn, { text: w, limit: 20, sort: sort ?? searchSort }));
        const total = (conn.prepare('SELECT count(*) AS n FROM search_fts WHERE search_fts MATCH ?').get(`"${w.replace(/"/g, '')}"`) as { n: number }).n;
        figures.push({ command: `archive search ${w}${sort ? ` --sort ${sort}` : ''}`, role: 'search', sort, wallMs: s.s, insideMs: insideS, maxRss: s.rss, load: s.load, output: `${n0(total)} matching documents, top 20 shown` });
      }
    }

    const p = await whole(['projects']);
    const insideP = timeInside(runs, () => listProjects(conn, {}));
    figures.push({ command: 'archive projects', role: 'projects', wallMs: p.s, insideMs: insideP, maxRss: p.rss, load: p.load, output: `${listProjects(conn, {}).length} projects` });

    // The newest month with reports: what a person asks for.
    const month = (conn.prepare(`SELECT substr(m.date, 1, 7) AS month FROM analyses a JOIN messages m ON m.id = a.message_rowid
      WHERE a.is_report = 1 AND m.date IS NOT NULL ORDER BY m.date DESC LIMIT 1`).get() as { month: string } | undefined)?.month;
    if (month) {
      const mo = await whole(['month', month]);
      const insideM = timeInside(runs, () => monthDigest(conn, month));
      figures.push({ command: `archive month ${month}`, role: 'month', wallMs: mo.s, insideMs: insideM, maxRss: mo.rss, load: mo.load, output: `${monthDigest(conn, month).projects.length} projects, ${Math.round(mo.out.length / 1024)} KiB of text` });
    }
    const rv = await whole(['reviews', '--project', project]);
    const insideR = timeInside(runs, () => reviewLifecycles(conn, { project }));
    figures.push({ command: `archive reviews --project ${project}`, role: 'reviews', wallMs: rv.s, insideMs: insideR, maxRss: rv.rss, load: rv.load, output: `${reviewLifecycles(conn, { project }).length} reviews, ${Math.round(rv.out.length / 1024)} KiB of text` });
  } finally {
    conn.close();
  }
  const node: number[] = [], ver: number[] = [], hostNode: number[] = [];
  for (let i = 0; i < runs; i++) {
    node.push((await run(process.execPath, ['-e', ''], { env: TIMED_ENV })).wallMs);
    ver.push((await archive(ctx, ['--version'])).wallMs);
    if (EXTRA_CA_CERTS) hostNode.push((await run(process.execPath, ['-e', ''])).wallMs);
  }
  let hostEnv: QueryFigures['hostEnv'];
  if (EXTRA_CA_CERTS) {
    const first = figures.find((f) => f.role === 'search' && !f.sort);
    const args = first ? first.command.replace(/^archive /, '').split(' ') : null;
    hostEnv = { extraCaCerts: EXTRA_CA_CERTS, nodeStartMs: spread(hostNode), search: args ? { command: first!.command, wallMs: (await whole(args, true)).s } : undefined };
  }
  return { project, reports, word: words[0], figures, nodeStartMs: spread(node), cliVersionMs: spread(ver), hostEnv, textLimit, allOption, searchSort, storedReports, storedProjects };
}
