/** Summarise a V8 .cpuprofile: where the self time goes, by function and by source file. */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileRow {
  name: string;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  functions: ProfileRow[];
  files: ProfileRow[];
}

function shortUrl(url: string): string {
  if (!url) return '(native)';
  const u = url.replace(/^file:\/\//, '');
  const i = u.indexOf('/dist/');
  if (i >= 0) return u.slice(i + 6).replace(/\.js$/, '.ts');
  const nm = u.indexOf('/node_modules/');
  if (nm >= 0) return u.slice(nm + 14).split('/').slice(0, 2).join('/');
  return u.startsWith('node:') ? u : u.split('/').slice(-2).join('/');
}

export function summarizeProfile(file: string, top = 15): ProfileSummary {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const fn = new Map<string, number>();
  const files = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const n = byId.get(p.samples[i]);
    const dt = p.timeDeltas[i] ?? 0;
    if (!n) continue;
    total += dt;
    const f = shortUrl(n.callFrame.url);
    const name = `${n.callFrame.functionName || '(anonymous)'} (${f}${n.callFrame.url ? `:${n.callFrame.lineNumber + 1}` : ''})`;
    fn.set(name, (fn.get(name) ?? 0) + dt);
    files.set(f, (files.get(f) ?? 0) + dt);
  }
  const rows = (m: Map<string, number>): ProfileRow[] => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, t]) => ({ name, share: total ? t / total : 0 }));
  return { totalMs: total / 1000, functions: rows(fn), files: rows(files) };
}
