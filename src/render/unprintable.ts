/**
 * Characters no bundled font can print, as diagnostics at their file's line: what
 * `check` reports in letters and the registry and `build` in what a letter prints
 * (pipeline/printable-text.ts).
 */
import type { Diagnostic } from '../errors.js';
import { blankYamlComment } from '../workspace/printable-lines.js';
import { describeChar, UNPRINTABLE_HINT, unprintable } from './font-coverage.js';

export function unprintableDiagnostics(file: string, lines: { line: number; text: string }[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { line, text } of lines) {
    const bad = unprintable(text);
    if (!bad.length) continue;
    const chars = [...new Set(bad.map((b) => b.char))];
    diagnostics.push({
      file, line, column: bad[0]!.column, severity: 'error', code: 'unprintable-character',
      message: `${chars.slice(0, 5).map(describeChar).join(', ')}${chars.length > 5 ? ` and ${chars.length - 5} more` : ''} cannot be printed: no bundled font holds ${chars.length === 1 ? 'it' : 'them'}`,
      hint: UNPRINTABLE_HINT,
    });
  }
  return diagnostics;
}

/** The registry's lines as printed text: its YAML comments blanked. */
export function registryLines(text: string): { line: number; text: string }[] {
  return text.split('\n').map((t, i) => ({ line: i + 1, text: blankYamlComment(t) }));
}
