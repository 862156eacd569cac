/**
 * Resolving what a user typed to the project keys stored in the index: case-insensitive, through
 * aliases declared in posts (`JBR (formerly NSR)`) and in an aliases file (`NSR = JBR`).
 */
import type { Db } from '../store/index.js';
import { projectKey } from '../status/projectKey.js'; // not the folder index: a query need not load the parser
import type { AliasPair } from './aliasFile.js';
import { compareText } from '../textOrder.js';

export type { AliasPair };

/** Each project key's group under aliases: key -> the group's representative key. */
export function aliasGroups(db: Db, config: AliasPair[] = []): (key: string) => string {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    let c = k;
    while (c !== r) { const n = parent.get(c) ?? r; parent.set(c, r); c = n; }
    return r;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  for (const r of db.prepare('SELECT name_key, other_key FROM aliases').all() as Array<{ name_key: string; other_key: string }>) union(r.name_key, r.other_key);
  for (const p of config) union(projectKey(p.a), projectKey(p.b));
  return find;
}

/** Every key connected to `key` through aliases (including itself). */
export function aliasClosure(db: Db, key: string, config: AliasPair[] = []): string[] {
  const edges = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    if (!edges.has(a)) edges.set(a, new Set());
    edges.get(a)!.add(b);
  };
  for (const r of db.prepare('SELECT name_key, other_key FROM aliases').all() as Array<{ name_key: string; other_key: string }>) {
    add(r.name_key, r.other_key);
    add(r.other_key, r.name_key);
  }
  for (const p of config) {
    const a = projectKey(p.a);
    const b = projectKey(p.b);
    add(a, b);
    add(b, a);
  }
  const seen = new Set([key]);
  const todo = [key];
  while (todo.length) {
    for (const n of edges.get(todo.pop()!) ?? []) {
      if (!seen.has(n)) {
        seen.add(n);
        todo.push(n);
      }
    }
  }
  return [...seen];
}

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length];
}

/** The known project names closest to what was typed, for "did you mean". */
export function closestProjects(db: Db, typed: string, n = 3): string[] {
  const key = projectKey(typed);
  const rows = db.prepare(`SELECT s.project_key AS key, MIN(s.project) AS title FROM sections s
    JOIN analyses a ON a.message_rowid = s.message_rowid AND a.is_report = 1
    WHERE s.is_contents = 0 AND s.project_key <> '' GROUP BY s.project_key`).all() as Array<{ key: string; title: string }>;
  return rows
    .map((r) => ({ title: r.title || r.key, d: r.key.includes(key) || key.includes(r.key) ? 0 : editDistance(key, r.key) }))
    .sort((a, b) => a.d - b.d || compareText(a.title, b.title))
    .slice(0, n)
    .map((r) => r.title);
}
