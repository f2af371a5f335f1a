/**
 * Which characters the bundled font can print: the union of the `unicode-range`s of
 * the @font-face blocks the renderer embeds (Source Serif 4: latin, latin-ext and
 * vietnamese subsets). Read from the same CSS the letters use, so the check and the
 * output can never disagree.
 */
import { fontFaceCss, FONT_FAMILY } from '../render/fonts.js';

export { FONT_FAMILY };

let ranges: [number, number][] | undefined;

function fontRanges(): [number, number][] {
  if (ranges) return ranges;
  const found: [number, number][] = [];
  for (const match of fontFaceCss().matchAll(/unicode-range:\s*([^;}]+)/g)) {
    for (const part of match[1]!.split(',')) {
      const m = /U\+([0-9A-F?]+)(?:-([0-9A-F]+))?/i.exec(part.trim());
      if (!m) continue;
      const low = parseInt(m[1]!.replace(/\?/g, '0'), 16);
      const high = m[2] ? parseInt(m[2], 16) : parseInt(m[1]!.replace(/\?/g, 'F'), 16);
      found.push([low, high]);
    }
  }
  ranges = found.sort((a, b) => a[0] - b[0]);
  return ranges;
}

/** Blanks and invisible controls need no glyph. */
const INVISIBLE = /[\s\p{Cc}\p{Cf}]/u;

export function canPrint(char: string): boolean {
  if (INVISIBLE.test(char)) return true;
  const code = char.codePointAt(0)!;
  return fontRanges().some(([low, high]) => code >= low && code <= high);
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

export function describeChar(char: string): string {
  return `"${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
}
