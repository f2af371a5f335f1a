/** Option parsers shared by commands; they reject bad values as usage errors (exit 2). */
import { InvalidArgumentError } from 'commander';

export function commaList(allowed?: readonly string[]) {
  return (value: string): string[] => {
    const items = value.split(',').map((s) => s.trim()).filter(Boolean);
    if (items.length === 0) throw new InvalidArgumentError('give at least one value, separated by commas');
    const wrong = allowed ? items.filter((i) => !allowed.includes(i)) : [];
    if (wrong.length) throw new InvalidArgumentError(`${wrong.join(', ')} is not one of ${allowed!.join(', ')}`);
    return items;
  };
}

export function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
}
