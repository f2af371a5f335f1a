/**
 * Characters the bundled font cannot print (emoji, CJK, Arabic, Georgian…): the browser would
 * fall back to another font, or print an empty box, in front of the reader.
 * Checked in the printed parts of each letter, and in the registry (names are printed).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../../errors.js';
import { blankYamlComment, printableLines } from '../printable-lines.js';
import { describeChar, FONT_FAMILY, unprintable } from '../font-coverage.js';
import type { Rule } from '../types.js';
import { REGISTRY_FILE } from '../../workspace/workspace.js';

const HINT = `${FONT_FAMILY} prints the Latin scripts (with Vietnamese), Cyrillic and Greek: replace the character, or write it out in words.`;

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
    let text: string;
    try {
      text = readFileSync(join(ws.root, REGISTRY_FILE), 'utf8').replace(/\r\n?/g, '\n');
    } catch {
      return []; // Loading already reported an unreadable registry.
    }
    return scan(ws.registry.file, text.split('\n').map((t, i) => ({ line: i + 1, text: blankYamlComment(t) })));
  },
};
