/**
 * The import rules of docs/ARCHITECTURE.md, read from the source files: each stage imports only
 * the stages below it, pure folders do no I/O, queries return data (renderers live in
 * src/query/format/), the CLI loads stages through src/cli/stages.ts, and no module imports
 * itself round a cycle.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ROOT } from './support/cli.js';

const SRC = join(ROOT, 'src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}

interface Import {
  spec: string;
  /** Path under src/ (`crawl/http.ts`) for a relative import, else null (a package or node: module). */
  target: string | null;
  dynamic: boolean;
}

/** Static imports and re-exports (type-only ones too: they are coupling all the same) and import() calls. */
function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const found: Import[] = [];
  const add = (spec: string, dynamic: boolean) => {
    const target = spec.startsWith('.') ? relative(SRC, resolve(dirname(file), spec)).split(sep).join('/').replace(/\.js$/, '.ts') : null;
    found.push({ spec, target, dynamic });
  };
  for (const m of text.matchAll(/^\s*(?:import|export)\s(?:[^'";]*?\sfrom\s)?\s*['"]([^'"]+)['"]/gm)) add(m[1], false);
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) add(m[1], true);
  return found;
}

const all = files(SRC).map((f) => ({ path: relative(SRC, f).split(sep).join('/'), imports: importsOf(f) }));
const folderOf = (path: string) => (path.includes('/') ? path.slice(0, path.indexOf('/')) : '');
const inFolder = (folder: string) => all.filter((f) => folderOf(f.path) === folder);

/** `file -> what` for every import of `folder` that `bad` picks out. */
function violations(folder: string, bad: (i: Import, file: string) => boolean): string[] {
  return inFolder(folder).flatMap((f) => f.imports.filter((i) => bad(i, f.path)).map((i) => `${f.path} -> ${i.spec}`));
}

const IO_MODULES = /^(node:)?(fs|fs\/promises|child_process|net|http|https|dgram)$|^(undici|better-sqlite3)$/;

describe('import rules', () => {
  it('reads every source file (the rules below are not vacuous)', () => {
    for (const folder of ['crawl', 'sync', 'store', 'index', 'query', 'cli', 'status', 'mail', 'pipermail', 'hyperkitty', 'publicinbox', 'web']) {
      expect(inFolder(folder).length, folder).toBeGreaterThan(0);
    }
    expect(inFolder('crawl').flatMap((f) => f.imports).some((i) => i.spec === 'undici')).toBe(true);
  });

  it.each(['status', 'mail', 'pipermail', 'hyperkitty', 'publicinbox'])('pure folder src/%s does no I/O and imports no stage with I/O', (folder) => {
    expect(violations(folder, (i) => IO_MODULES.test(i.spec)
      || (i.target !== null && ['crawl', 'sync', 'store', 'index', 'query', 'cli', 'web'].includes(folderOf(i.target))))).toEqual([]);
  });

  it('src/crawl is HTTP only: it imports no other stage (src/errors.ts is shared by all)', () => {
    expect(violations('crawl', (i) => i.target !== null && folderOf(i.target) !== 'crawl' && i.target !== 'errors.ts')).toEqual([]);
  });

  it('src/store imports no stage above it', () => {
    expect(violations('store', (i) => i.target !== null && ['crawl', 'sync', 'index', 'query', 'cli', 'web'].includes(folderOf(i.target)))).toEqual([]);
  });

  it('src/index does not reach up into sync, query, cli or down to HTTP', () => {
    expect(violations('index', (i) => IO_MODULES.test(i.spec) && i.spec !== 'better-sqlite3'
      || (i.target !== null && ['crawl', 'sync', 'query', 'cli', 'web'].includes(folderOf(i.target))))).toEqual([]);
  });

  it('src/sync sits just under the CLI: nothing but the CLI imports it, and it imports no CLI or query', () => {
    expect(violations('sync', (i) => i.target !== null && ['cli', 'query', 'web'].includes(folderOf(i.target)))).toEqual([]);
    const users = all.filter((f) => !['sync', 'cli'].includes(folderOf(f.path)) && f.imports.some((i) => i.target !== null && folderOf(i.target) === 'sync'));
    expect(users.map((f) => f.path)).toEqual([]);
  });

  it('src/query returns data: only its format/ folder renders, and query/index.ts is the one place exposing both', () => {
    const data = inFolder('query').filter((f) => !f.path.startsWith('query/format/') && f.path !== 'query/index.ts');
    expect(data.flatMap((f) => f.imports.filter((i) => i.target?.startsWith('query/format/')).map((i) => `${f.path} -> ${i.spec}`))).toEqual([]);
    expect(violations('query', (i) => IO_MODULES.test(i.spec) || (i.target !== null && ['crawl', 'sync', 'cli', 'web'].includes(folderOf(i.target))))).toEqual([]);
    // Renderers turn data into text: they never read the database themselves.
    const format = inFolder('query').filter((f) => f.path.startsWith('query/format/'));
    expect(format.flatMap((f) => f.imports.filter((i) => i.target !== null && ['store', 'index'].includes(folderOf(i.target))).map((i) => `${f.path} -> ${i.spec}`))).toEqual([]);
  });

  it('src/web is read-only and started by the CLI: only the CLI imports it, it imports no sync, crawl or CLI, and its pages only render', () => {
    expect(violations('web', (i) => (i.target !== null && ['crawl', 'sync', 'cli'].includes(folderOf(i.target))) || /^(node:)?(child_process|https|net|dgram)$|^undici$/.test(i.spec))).toEqual([]);
    const users = all.filter((f) => !['web', 'cli'].includes(folderOf(f.path)) && f.imports.some((i) => i.target !== null && folderOf(i.target) === 'web'));
    expect(users.map((f) => f.path)).toEqual([]);
    // Pages turn data into HTML: no database, no parser, no I/O; text from mail goes through query/format/html.ts.
    const pages = inFolder('web').filter((f) => f.path.startsWith('web/pages/'));
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.flatMap((f) => f.imports.filter((i) => IO_MODULES.test(i.spec) || i.spec.startsWith('node:')
      || (i.target !== null && (['store', 'index', 'status', 'mail', 'pipermail'].includes(folderOf(i.target)) || i.target === 'web/server.ts' || i.target === 'web/routes.ts')))
      .map((i) => `${f.path} -> ${i.spec}`))).toEqual([]);
  });

  it('the CLI loads stages lazily only through src/cli/stages.ts', () => {
    const dynamic = all.filter((f) => f.imports.some((i) => i.dynamic)).map((f) => f.path);
    expect(dynamic).toEqual(['cli/stages.ts']);
  });

  it('no import cycles', () => {
    // A lazy import() (only in cli/stages.ts) runs after every module on its path was loaded: the
    // command modules it loads may use the stage map without a load-order cycle.
    const graph = new Map(all.map((f) => [f.path, f.imports.flatMap((i) => (i.target && !i.dynamic ? [i.target] : []))]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (node: string, trail: string[]) => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(node)), node].join(' -> '));
        return;
      }
      state.set(node, 'open');
      for (const next of graph.get(node) ?? []) visit(next, [...trail, node]);
      state.set(node, 'done');
    };
    for (const node of graph.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });
});
