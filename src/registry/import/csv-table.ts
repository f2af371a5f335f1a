/**
 * Reads a sign-on form export (Google Forms, Action Network, a spreadsheet) as a
 * header row and data rows. The delimiter is whichever of , ; or tab the header
 * uses most (spreadsheets in Spanish locales write ;).
 */
import { parse } from 'csv-parse/sync';
import { CoalitionError, ExitCode } from '../../errors.js';

export interface CsvTable {
  headers: string[];
  /** Data rows with the 1-based file line each starts on. */
  rows: { line: number; cells: string[] }[];
}

export function readCsv(text: string, file: string): CsvTable {
  const firstLine = text.split('\n', 1)[0] ?? '';
  const delimiter = [',', ';', '\t'].map((d) => ({ d, n: countOutsideQuotes(firstLine, d) })).sort((a, b) => b.n - a.n)[0]!.d;
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, trim: true, info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    throw new CoalitionError(`${file}:${line}: not a readable CSV file: ${(error as Error).message.split('\n')[0]}`, {
      code: 'invalid-csv', exitCode: ExitCode.input, cause: error,
      hint: 'Export the responses again as CSV (comma-separated, UTF-8), or fix the quoting on that line.',
      diagnostics: [{ file, line, column: 0, severity: 'error', code: 'invalid-csv', message: (error as Error).message.split('\n')[0]!, hint: 'Check the quotes on that line.' }],
    });
  }
  const nonEmpty = records.filter((r) => r.record.some((c) => c !== ''));
  if (nonEmpty.length === 0) {
    throw new CoalitionError(`${file} is empty`, { code: 'empty-csv', exitCode: ExitCode.input, hint: 'Export the form responses with their header row.' });
  }
  const [header, ...data] = nonEmpty;
  return { headers: header!.record, rows: data.map((r) => ({ line: r.info.lines, cells: r.record })) };
}

function countOutsideQuotes(line: string, char: string): number {
  let n = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === char && !quoted) n++;
  }
  return n;
}
