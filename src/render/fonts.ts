/**
 * The bundled text face, Source Serif 4 (from the npm package @fontsource/source-serif-4),
 * so every machine prints the letter identically. Its Latin, Latin Extended,
 * Vietnamese, Cyrillic, Cyrillic Extended and Greek subsets are used: they cover the
 * Latin-script languages, Russian (and the other Cyrillic ones) and Greek. Chromium
 * embeds only the glyphs a page prints, and fetches a subset only when the page has a
 * character in its `unicode-range`.
 *
 * Two ways to give a page its fonts (`FontSource`):
 * - `inline`: as `data:` URLs, about 250 KB of base64, so the written `.html` file is
 *   self-contained;
 * - `served`: by address under FONT_ORIGIN, which the printer answers from memory with
 *   `servedFonts()`, so a printing page does not parse the base64 again for every
 *   letter (about a fifth of the print time; docs/performance.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageFolder } from '../package-root.js';

export const FONT_FAMILY = 'Source Serif 4';
export type FontSource = 'inline' | 'served';
/** `.invalid` can never resolve (RFC 2606): a page that ever asked the network would get nothing. */
const FONT_ORIGIN = 'http://fonts.invalid/';
const SUBSETS = new Set(['latin', 'latin-ext', 'vietnamese', 'cyrillic', 'cyrillic-ext', 'greek']);
/** Regular, italic and bold: what a letter body uses (scripts/vendor-files.mjs copies these into the bundle). */
const STYLES = ['400.css', '400-italic.css', '700.css', '700-italic.css'];

/** One @font-face block, cut around its `src:` declaration. */
interface Face {
  before: string;
  after: string;
  /** The woff2 file, relative to the package. */
  file: string;
}

export interface ServedFont {
  type: string;
  body: Buffer;
}

let packageDir: string | undefined;
let faces: Face[] | undefined;
const css = new Map<FontSource, string>();
let served: Map<string, ServedFont> | undefined;

function fontPackage(): string {
  packageDir ??= packageFolder('@fontsource/source-serif-4');
  return packageDir;
}

function fontFaces(): Face[] {
  if (faces) return faces;
  faces = [];
  for (const style of STYLES) {
    const text = readFileSync(join(fontPackage(), style), 'utf8');
    for (const match of text.matchAll(/\/\* source-serif-4-([a-z-]+)-\d+-(?:normal|italic) \*\/\s*(@font-face\s*\{[^}]*\})/g)) {
      if (!SUBSETS.has(match[1]!)) continue;
      const block = match[2]!.replace(/font-display:\s*swap;/, 'font-display: block;');
      const src = /src:[^;]*;/.exec(block)!;
      faces.push({
        before: block.slice(0, src.index),
        after: block.slice(src.index + src[0].length),
        file: /url\(\.\/(files\/[^)]+\.woff2)\)/.exec(src[0])![1]!,
      });
    }
  }
  return faces;
}

/** Where a served font file is asked for. */
function fontUrl(face: Face): string {
  return FONT_ORIGIN + face.file.slice('files/'.length);
}

/** The @font-face rules of the bundled face, its files given as `source` says. */
export function fontFaceCss(source: FontSource = 'inline'): string {
  let text = css.get(source);
  if (text === undefined) {
    text = fontFaces().map((face) => {
      const url = source === 'inline'
        ? `data:font/woff2;base64,${readFileSync(join(fontPackage(), face.file)).toString('base64')}`
        : `"${fontUrl(face)}"`;
      return `${face.before}src: url(${url}) format('woff2');${face.after}`;
    }).join('\n');
    css.set(source, text);
  }
  return text;
}

/** The files that `fontFaceCss('served')` refers to, by address. */
export function servedFonts(): ReadonlyMap<string, ServedFont> {
  served ??= new Map(fontFaces().map((face) => [fontUrl(face), { type: 'font/woff2', body: readFileSync(join(fontPackage(), face.file)) }]));
  return served;
}
