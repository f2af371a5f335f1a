/**
 * `build` refuses a letter whose printed text has a character no bundled font holds:
 * the PDF would print an empty box (render/fonts.ts). What is judged is the page as
 * rendered, so a registry name the letter does not print never stops it; each
 * character is reported where the writer can fix it: the letter's line, else the
 * registry's, else the letter itself (a template or strings file of the workspace).
 */
import type { Diagnostic } from '../errors.js';
import { printableLines } from '../workspace/printable-lines.js';
import { describeChar, UNPRINTABLE_HINT, unprintable } from '../render/font-coverage.js';
import { registryLines, unprintableDiagnostics } from '../render/unprintable.js';

/** The text a page prints: its markup and styles left out. */
function pageText(html: string): string {
  return html.replace(/<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]*>/g, ' ');
}

export function unprintableInPages(
  letter: { file: string; text: string },
  registry: { file: string; text: string },
  pages: readonly string[],
): Diagnostic[] {
  const bad = new Set(pages.flatMap((html) => unprintable(pageText(html)).map((b) => b.char)));
  if (!bad.size) return [];
  const holds = (line: { text: string }) => [...line.text].some((char) => bad.has(char));
  const inLetter = unprintableDiagnostics(letter.file, printableLines(letter.text).filter(holds));
  const seen = (ds: Diagnostic[]) => new Set(ds.flatMap((d) => unprintable(lineOf(d, d.file === letter.file ? letter.text : registry.text)).map((b) => b.char)));
  const found = seen(inLetter);
  const inRegistry = unprintableDiagnostics(registry.file, registryLines(registry.text).filter((line) => [...line.text].some((char) => bad.has(char) && !found.has(char))));
  for (const char of seen(inRegistry)) found.add(char);
  const elsewhere = [...bad].filter((char) => !found.has(char));
  return [
    ...inLetter,
    ...inRegistry,
    ...(elsewhere.length
      ? [{
        file: letter.file, line: 0, column: 0, severity: 'error' as const, code: 'unprintable-character',
        message: `${elsewhere.map(describeChar).join(', ')} cannot be printed: no bundled font holds ${elsewhere.length === 1 ? 'it' : 'them'} (printed from a template, a strings file or officials.yaml)`,
        hint: UNPRINTABLE_HINT,
      }]
      : []),
  ];
}

function lineOf(d: Diagnostic, text: string): string {
  return d.line > 0 ? text.split('\n')[d.line - 1] ?? '' : '';
}
