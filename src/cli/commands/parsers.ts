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

/** A language code as letters write it, whatever the case typed: `ES` → `es`, `pt_br` → `pt-BR`. */
export function languageCode(value: string): string {
  const [lang = '', region, ...rest] = value.trim().split(/[-_]/);
  return [lang.toLowerCase(), region?.toUpperCase(), ...rest].filter((part) => part !== undefined && part !== '').join('-');
}

/** A comma-separated list of language codes (`--lang en,ES`). */
export function languageList(value: string): string[] {
  return commaList()(value).map(languageCode);
}
