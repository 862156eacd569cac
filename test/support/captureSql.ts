/** Every SQL text `run` prepares on `db`, in order of first use (to check which statements a step runs). */
import type { Db } from '../../src/store/index.js';

export function captureSql(db: Db, run: (db: Db) => unknown): string[] {
  const seen: string[] = [];
  const proxy = new Proxy(db, {
    get(target, prop) {
      if (prop === 'prepare') return (sql: string) => { seen.push(sql); return target.prepare(sql); };
      const v = Reflect.get(target, prop, target);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
  run(proxy);
  return [...new Set(seen)];
}
