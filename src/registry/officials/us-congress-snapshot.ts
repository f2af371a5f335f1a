/**
 * The congress-legislators snapshot shipped in the package (data/us-congress/, CC0):
 * `officials import --us-congress` reads it, offline. The members first, then the
 * committees (committees-current.yaml is read beside the membership file).
 */
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../package-root.js';

const FOLDER = join(PACKAGE_ROOT, 'data', 'us-congress');

export const US_CONGRESS_FILES: readonly { path: string; shown: string }[] = ['legislators-current.yaml', 'committee-membership-current.yaml']
  .map((name) => ({ path: join(FOLDER, name), shown: `${name} (bundled)` }));
