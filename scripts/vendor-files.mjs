/**
 * The npm packages whose files coalition reads at run time rather than imports: the
 * fonts (CSS and woff2 files: Source Serif 4, Noto Serif SC/TC, Noto Naskh Arabic), the country name tables and the hyphenation patterns (`hyphen/<lang>`, chosen by
 * the letter's language, so no bundler can follow it). The build copies what is read
 * into dist/vendor/<package>/, keeping each package's layout, license and package.json
 * (which makes `hyphen`'s CommonJS files CommonJS inside our ESM package), and
 * src/package-root.ts `packageFolder()` reads from there in the bundle. With those
 * copies and everything else bundled, an installed coalition needs no node_modules.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The styles src/render/fonts.ts reads (its PACKAGES): each CSS file and the woff2 files
 * it names (never the .woff copies). Chinese has regular and bold only (no italic).
 */
const fontFiles = (styles) => (dir) => {
  const woff2 = styles.flatMap((css) => [...readFileSync(join(dir, css), 'utf8').matchAll(/url\(\.\/(files\/[^)]+\.woff2)\)/g)].map((m) => m[1]));
  return ['package.json', 'LICENSE', ...styles, ...new Set(woff2)];
};
const REGULAR_ITALIC_BOLD = ['400.css', '400-italic.css', '700.css', '700-italic.css'];
const REGULAR_BOLD = ['400.css', '700.css'];

/** Every file of `hyphen` but its docs: the pattern sets of all its languages. */
function hyphenFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !/^(README\.md|CHANGELOG|bower\.json)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}

/** i18n-iso-countries' name tables (src/registry/countries.ts reads the shipped languages' by file). */
function countryNameFiles(dir) {
  return ['package.json', 'LICENSE', ...readdirSync(join(dir, 'langs')).filter((name) => name.endsWith('.json')).map((name) => `langs/${name}`)];
}

export const VENDORED = {
  '@fontsource/source-serif-4': fontFiles(REGULAR_ITALIC_BOLD),
  '@fontsource/noto-serif-sc': fontFiles(REGULAR_BOLD),
  '@fontsource/noto-serif-tc': fontFiles(REGULAR_BOLD),
  '@fontsource/noto-naskh-arabic': fontFiles(REGULAR_BOLD),
  hyphen: hyphenFiles, 'i18n-iso-countries': countryNameFiles };

/** Copies the vendored packages' files into `<out>/vendor/`; returns how many were copied. */
export function copyVendored(out) {
  let count = 0;
  for (const [name, files] of Object.entries(VENDORED)) {
    const from = dirname(require.resolve(`${name}/package.json`));
    for (const file of files(from)) {
      const to = join(out, 'vendor', name, file);
      mkdirSync(dirname(to), { recursive: true });
      cpSync(join(from, file), to);
      count++;
    }
  }
  return count;
}

/** The rolldown plugin: the copies are written beside the chunks, on every written build. */
export function vendoredFiles() {
  return {
    name: 'vendored-files',
    writeBundle(options) {
      copyVendored(options.dir);
    },
  };
}
