/**
 * Leftover placeholders a writer meant to replace: TODO, TK, XXX and `{{…}}`, in the
 * printed parts of the letter (YAML comments are not printed, so they may say TODO).
 * Matched in capitals only: Spanish "todo" is a word, not a placeholder.
 */
import type { Diagnostic } from '../../errors.js';
import { printableLines } from '../../workspace/printable-lines.js';
import type { Rule } from '../types.js';

const PLACEHOLDER = /\b(?:TODO|TK|XXX+)\b|\{\{[^}\n]*\}\}/g;

/** Whether `text` still holds a placeholder (other rules stay quiet about such a field). */
export function hasPlaceholder(text: string): boolean {
  return new RegExp(PLACEHOLDER.source).test(text);
}

export const placeholders: Rule = {
  name: 'placeholders',
  letter({ prepared }) {
    const { letter } = prepared;
    const diagnostics: Diagnostic[] = [];
    for (const { line, text } of printableLines(letter.text)) {
      for (const match of text.matchAll(PLACEHOLDER)) {
        diagnostics.push({
          file: letter.file, line, column: match.index + 1, severity: 'error', code: 'placeholder',
          message: `"${match[0]}" is still in the letter`,
          hint: 'Replace it with the final text before the letter is sent.',
        });
      }
    }
    return diagnostics;
  },
};
