/**
 * The installed package's own folder (the one holding `templates/`), found by walking
 * up from this module: the same answer from `src/…` (the tests) and from `dist/…` (the
 * bundle `bin/coalition.js` runs).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'coalition-letters';

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === PACKAGE_NAME) return dir;
      } catch {
        // An unreadable package.json on the way up is not ours; keep looking.
      }
    }
    if (dirname(dir) === dir) throw new Error(`coalition: cannot find the ${PACKAGE_NAME} package above ${start}`);
  }
}

export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

/** The installed package's version, as `npm` knows it (`coalition --version`, a release's manifest). */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * The folder of an npm package whose files are read at run time (the font, the
 * hyphenation patterns): in the bundle, the copy the build put in dist/vendor/ beside
 * this chunk (scripts/vendor-files.mjs), so an installed coalition needs no
 * node_modules; from src/ (the tests), the package in node_modules.
 */
export function packageFolder(name: string): string {
  const copy = join(dirname(fileURLToPath(import.meta.url)), 'vendor', name);
  if (existsSync(join(copy, 'package.json'))) return copy;
  return dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
}
