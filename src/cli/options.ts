/** Argument parsers shared by the commands; they throw InvalidArgumentError (exit 2, usage shown). */
import { InvalidArgumentError } from 'commander';

export function month(value: string): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) throw new InvalidArgumentError(`expected a month as YYYY-MM (e.g. 2014-10), got "${value}"`);
  return value;
}

/** A whole number from 1 to 2^53-1: beyond that it would silently lose digits (a usage error). */
export function positiveInt(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) <= 0) throw new InvalidArgumentError(`expected a positive whole number, got "${value}"`);
  if (!Number.isSafeInteger(Number(value))) throw new InvalidArgumentError(`${value} is too large (at most ${Number.MAX_SAFE_INTEGER})`);
  return Number(value);
}

export function nonNegativeNumber(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !Number.isFinite(n)) throw new InvalidArgumentError(`expected a number of seconds, got "${value}"`);
  return n;
}

export function choice<T extends string>(values: readonly T[]) {
  return (value: string): T => {
    if (!values.includes(value as T)) throw new InvalidArgumentError(`expected one of ${values.join(', ')}, got "${value}"`);
    return value as T;
  };
}

/** `2014-10..2015-02` */
export function monthRange(value: string): [string, string] {
  const m = /^(\d{4}-\d{2})\.\.(\d{4}-\d{2})$/.exec(value);
  if (!m) throw new InvalidArgumentError(`expected two months as FROM..TO (e.g. 2014-10..2015-02), got "${value}"`);
  return [month(m[1]), month(m[2])];
}
