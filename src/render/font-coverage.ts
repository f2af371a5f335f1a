/**
 * Which characters the bundled faces can print: those of the union of the
 * `unicode-range`s of the @font-face blocks the renderer uses that their fonts really
 * hold (render/font-cmap.ts) (render/fonts.ts: Source Serif 4 for the
 * Latin scripts, Cyrillic and Greek; Noto Serif SC and TC for Chinese; Noto Naskh
 * Arabic). Read from the same CSS the letters use, so the check and the output can
 * never disagree: every letter's font stack ends with every bundled face.
 */
import { bundledHolds, FONT_FAMILY } from './fonts.js';

export { FONT_FAMILY };

/** Blanks and invisible controls need no glyph. */
const INVISIBLE = /[\s\p{Cc}\p{Cf}]/u;

export function canPrint(char: string): boolean {
  if (INVISIBLE.test(char)) return true;
  return bundledHolds(char.codePointAt(0)!);
}

/** Characters of `text` the font cannot print, each with its 1-based column (UTF-16, as editors count). */
export function unprintable(text: string): { char: string; column: number }[] {
  const result: { char: string; column: number }[] = [];
  let column = 1;
  for (const char of text) {
    if (char.charCodeAt(0) > 0x7e && !canPrint(char)) result.push({ char, column });
    column += char.length;
  }
  return result;
}

/** Scripts a writer may meet, by their Unicode name (`\p{Script=…}`), in the order tried. */
const SCRIPTS = [
  'Latin', 'Greek', 'Cyrillic', 'Armenian', 'Hebrew', 'Arabic', 'Syriac', 'Thaana', 'Nko', 'Devanagari', 'Bengali',
  'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Thai', 'Lao', 'Tibetan',
  'Myanmar', 'Georgian', 'Hangul', 'Ethiopic', 'Cherokee', 'Canadian_Aboriginal', 'Ogham', 'Runic', 'Khmer',
  'Mongolian', 'Hiragana', 'Katakana', 'Bopomofo', 'Han', 'Yi', 'Tifinagh', 'Vai', 'Javanese', 'Balinese',
  'Sundanese', 'Tagalog', 'Adlam', 'Braille',
].map((name) => [name.replace(/_/g, ' '), new RegExp(`\\p{Script=${name}}`, 'u')] as const);
const EMOJI = /\p{Extended_Pictographic}/u;

/** The script of `char` as Unicode names it ("Georgian", "Hebrew"), "emoji", or "symbol". */
export function scriptName(char: string): string {
  if (EMOJI.test(char)) return 'emoji';
  return SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'symbol';
}

/** `"მ" (U+10DB, Georgian)`. */
export function describeChar(char: string): string {
  return `"${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}, ${scriptName(char)})`;
}

/** What to do about a character no bundled face holds. */
export const UNPRINTABLE_HINT = 'The bundled fonts print the Latin scripts with Vietnamese, Cyrillic and Greek (Source Serif 4), Chinese (Noto Serif SC and TC) and Arabic (Noto Naskh Arabic); the PDF would print an empty box: replace the character, write it out in words, or transliterate the name into a script they print.';
