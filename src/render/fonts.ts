/**
 * The bundled text face, Source Serif 4 (from the npm package @fontsource/source-serif-4),
 * inlined as `data:` URLs so the HTML is self-contained and every machine prints the
 * letter identically. Only the Latin, Latin Extended and Vietnamese subsets are
 * embedded: they cover Spanish, Portuguese, French, Catalan and Vietnamese diacritics.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const FONT_FAMILY = 'Source Serif 4';
const SUBSETS = new Set(['latin', 'latin-ext', 'vietnamese']);
/** Regular, italic and bold: what a letter body uses. */
const STYLES = ['400.css', '400-italic.css', '700.css', '700-italic.css'];

let cachedCss: string | undefined;

export function fontFaceCss(): string {
  if (cachedCss !== undefined) return cachedCss;
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve('@fontsource/source-serif-4/package.json'));
  const blocks: string[] = [];
  for (const style of STYLES) {
    const css = readFileSync(join(packageDir, style), 'utf8');
    for (const match of css.matchAll(/\/\* source-serif-4-([a-z-]+)-\d+-(?:normal|italic) \*\/\s*(@font-face\s*\{[^}]*\})/g)) {
      if (!SUBSETS.has(match[1]!)) continue;
      blocks.push(
        match[2]!.replace(/src:[^;]*;/, (src) => {
          const file = /url\(\.\/(files\/[^)]+\.woff2)\)/.exec(src)![1]!;
          const data = readFileSync(join(packageDir, file)).toString('base64');
          return `src: url(data:font/woff2;base64,${data}) format('woff2');`;
        }).replace(/font-display:\s*swap;/, 'font-display: block;'),
      );
    }
  }
  cachedCss = blocks.join('\n');
  return cachedCss;
}
