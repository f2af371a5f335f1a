/**
 * The day a response was submitted, from the form's timestamp column: that is when the
 * organization signed (`signed_on`), not the day of the import. Exports write it in
 * their locale: "2026-12-03 14:05:33", "2026/12/03 2:05:33 p. m. GMT-5", "12/3/2026
 * 14:05:33" (Google Forms in English: month first) or "3/12/2026 14:05:33" (in Spanish:
 * day first). A slashed date's order is read from the whole column (a first number over
 * 12 is a day), and when no row tells, from the header's language ("Marca temporal":
 * day first; "Timestamp": month first).
 */
import { nameKey } from '../name-key.js';

export type DayOrder = 'day-first' | 'month-first';

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:\D|$)/;
const SLASHED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\D|$)/;

/** How the column writes slashed dates. */
export function dayOrder(values: readonly string[], header: string): DayOrder {
  for (const value of values) {
    const m = SLASHED.exec(value.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) return 'day-first';
    if (Number(m[2]) > 12) return 'month-first';
  }
  return /^(marca temporal|fecha|marca de tiempo|horodateur|data)/.test(nameKey(header)) ? 'day-first' : 'month-first';
}

/** `YYYY-MM-DD`, or undefined when the cell is not a date. */
export function timestampDay(value: string, order: DayOrder): string | undefined {
  const text = value.trim();
  let y: number, mo: number, d: number;
  const iso = ISO.exec(text);
  const slashed = iso ? null : SLASHED.exec(text);
  if (iso) [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (slashed) {
    const [a, b] = [Number(slashed[1]), Number(slashed[2])];
    [y, mo, d] = order === 'day-first' ? [Number(slashed[3]), b, a] : [Number(slashed[3]), a, b];
  } else return undefined;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
