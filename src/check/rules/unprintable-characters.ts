/**
 * Characters no bundled font can print (colour emoji, Georgian, Hebrew, Devanagari…):
 * the PDF would print an empty box in front of the reader. An error, as in `build`,
 * which refuses such a letter (pipeline/printable-text.ts). Checked in the printed
 * parts of each letter, and in the registry (names are printed).
 */
import type { Diagnostic } from '../../errors.js';
import { blankYamlComment, printableLines } from '../printable-lines.js';
import { describeChar, UNPRINTABLE_HINT, unprintable } from '../font-coverage.js';
import type { Rule } from '../types.js';

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

export const unprintableCharacters: Rule = {
  name: 'unprintable-characters',
  letter({ prepared }) {
    return unprintableDiagnostics(prepared.letter.file, printableLines(prepared.letter.text));
  },
  workspace({ ws }) {
    return unprintableDiagnostics(ws.registry.file, registryLines(ws.registry.text));
  },
};
