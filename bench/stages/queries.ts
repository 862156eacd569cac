/**
 * Query timings on the big database: whole-process wall time of `archive query --project X`,
 * `archive search WORD` and `archive projects` (what a user feels, Node start-up included), and
 * the time inside the query (the same call in this process, database already open).
 */
import { archive, check, type BenchContext } from '../context.js';
import { spread, fmtMs, fmtNum, type Spread } from '../measure/stats.js';

const n0 = (x: number): string => fmtNum(x, 0);
import { run } from '../measure/proc.js';
import { openDatabase } from '../../src/store/index.js';
import { projectHistory, listProjects, search, historyToText } from '../../src/query/index.js';

export interface QueryFigure {
  command: string;
  wallMs: Spread;
  insideMs: Spread;
  output: string;
  skipped?: string;
}

export interface QueryFigures {
  project: string;
  reports: number;
  word: string;
  figures: QueryFigure[];
  nodeStartMs: Spread;
  cliVersionMs: Spread;
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
  const whole = async (args: string[]): Promise<{ s: Spread; out: string }> => {
    const xs: number[] = [];
    let out = '';
    // One warm-up run: the figure is a warm page cache, as for a user who queries twice.
    await archive(ctx, ['--db', db, ...args]);
    for (let i = 0; i < runs; i++) {
      const r = check(await archive(ctx, ['--db', db, ...args]), `archive ${args.join(' ')}`);
      xs.push(r.wallMs);
      out = r.stdout;
    }
    return { s: spread(xs), out };
  };
  const conn = openDatabase(db, { readonly: true });
  const figures: QueryFigure[] = [];
  let reports = 0;
  try {
    // The busiest project (reported every month in every list) and a typical one (median report count).
    const all = listProjects(conn, {}).filter((p) => p.reports > 0).sort((a, b) => a.reports - b.reports);
    const typical = all[Math.floor(all.length / 2)]?.name;
    for (const name of [project, ...(typical && typical.toLowerCase() !== project.toLowerCase() ? [typical] : [])]) {
      const arg = /\s/.test(name) ? name : name;
      const q = await whole(['query', '--project', arg]);
      const inside = timeInside(runs, () => projectHistory(conn, { project: name, aliases: [] }));
      const h = projectHistory(conn, { project: name, aliases: [] });
      const withText = timeInside(runs, () => historyToText(projectHistory(conn, { project: name, aliases: [] }), { color: false, width: 100 }));
      if (name === project) reports = h.reports.length;
      figures.push({
        command: `archive query --project ${/\s/.test(name) ? `"${name}"` : name}`, wallMs: q.s, insideMs: inside,
        output: `${h.reports.length} reports, ${Math.round(q.out.length / 1024)} KiB of text; query + text formatting in process ${fmtMs(withText.median)}`,
      });
    }

    if (await searchAvailable(ctx)) {
      for (const w of words) {
        const s = await whole(['search', w]);
        const insideS = timeInside(runs, () => search(conn, { text: w, limit: 20 }));
        const total = (conn.prepare('SELECT count(*) AS n FROM search_fts WHERE search_fts MATCH ?').get(`"${w.replace(/"/g, '')}"`) as { n: number }).n;
        figures.push({ command: `archive search ${w}`, wallMs: s.s, insideMs: insideS, output: `${n0(total)} matching documents, top 20 shown` });
      }
    } else {
      figures.push({ command: `archive search ${words[0]}`, wallMs: spread([]), insideMs: spread([]), output: '', skipped: '`archive search` does not exist in this build' });
    }

    const p = await whole(['projects']);
    const insideP = timeInside(runs, () => listProjects(conn, {}));
    figures.push({ command: 'archive projects', wallMs: p.s, insideMs: insideP, output: `${listProjects(conn, {}).length} projects` });
  } finally {
    conn.close();
  }
  const node: number[] = [], ver: number[] = [];
  for (let i = 0; i < runs; i++) {
    node.push((await run(process.execPath, ['-e', ''])).wallMs);
    ver.push((await archive(ctx, ['--version'])).wallMs);
  }
  return { project, reports, word: words[0], figures, nodeStartMs: spread(node), cliVersionMs: spread(ver) };
}
