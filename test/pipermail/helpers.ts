import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const FIX = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/pipermail');

export const realBytes = (rel: string): Buffer => readFileSync(path.join(FIX, 'real', rel));
export const template = (name: string): string => readFileSync(path.join(FIX, 'templates', name), 'utf8');

/** Fill a Mailman template's `%(name)s` / `%(name)i` placeholders. */
export function fill(tpl: string, vars: Record<string, string | number>): string {
  return tpl.replace(/%\((\w+)\)[si]/g, (_m, k: string) => String(vars[k] ?? ''));
}

export const TP = 'twistedmatrix.com/twisted-python';
export const IJB = 'imagej.net/imagej-builds';
export const DIV = 'twistedmatrix.com/divunal-list';
