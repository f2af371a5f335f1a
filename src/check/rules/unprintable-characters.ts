/**
 * Characters no bundled font can print (colour emoji, Georgian, Hebrew, Devanagari…):
 * the PDF would print an empty box in front of the reader. An error, as in `build`,
 * which refuses such a letter (pipeline/printable-text.ts). Checked in the printed
 * parts of each letter, and in the registry (names are printed).
 */
import { printableLines } from '../../workspace/printable-lines.js';
import { registryLines, unprintableDiagnostics } from '../../render/unprintable.js';
import type { Rule } from '../types.js';

export const unprintableCharacters: Rule = {
  name: 'unprintable-characters',
  letter({ prepared }) {
    return unprintableDiagnostics(prepared.letter.file, printableLines(prepared.letter.text));
  },
  workspace({ ws }) {
    return unprintableDiagnostics(ws.registry.file, registryLines(ws.registry.text));
  },
};
