/**
 * Characters no bundled font can print (colour emoji, Georgian, Hebrew…): the browser would
 * fall back to another font, or print an empty box, in front of the reader.
 * Checked in the printed parts of each letter, and in the registry (names are printed).
 */
import type { Diagnostic } from '../../errors.js';
import { blankYamlComment, printableLines } from '../printable-lines.js';
import { describeChar, FONT_FAMILY, unprintable } from '../font-coverage.js';
import type { Rule } from '../types.js';

const HINT = `The bundled fonts print the Latin scripts (with Vietnamese), Cyrillic and Greek (${FONT_FAMILY}), Chinese (Noto Serif SC and TC) and Arabic (Noto Naskh Arabic): replace the character, or write it out in words.`;

function scan(file: string, lines: { line: number; text: string }[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { line, text } of lines) {
    const bad = unprintable(text);
    if (!bad.length) continue;
    const chars = [...new Set(bad.map((b) => b.char))];
    diagnostics.push({
      file, line, column: bad[0]!.column, severity: 'warning', code: 'unprintable-character',
      message: `${chars.slice(0, 5).map(describeChar).join(', ')}${chars.length > 5 ? ` and ${chars.length - 5} more` : ''} cannot be printed in ${FONT_FAMILY}`,
      hint: HINT,
    });
  }
  return diagnostics;
}

export const unprintableCharacters: Rule = {
  name: 'unprintable-characters',
  letter({ prepared }) {
    return scan(prepared.letter.file, printableLines(prepared.letter.text));
  },
  workspace({ ws }) {
    return scan(ws.registry.file, ws.registry.text.split('\n').map((t, i) => ({ line: i + 1, text: blankYamlComment(t) })));
  },
};
