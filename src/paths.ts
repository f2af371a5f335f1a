/**
 * Path facts every layer needs (the renderer to keep images inside the workspace,
 * the workspace to keep letters inside letters/), in a leaf module that imports
 * nothing of ours.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** True when `path` is `root` or inside it (after resolving `..`). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(resolve(root), resolve(path));
  // `..md` is a file name, not a way out: compare whole path segments.
  return rel === '' || (!isAbsolute(rel) && rel.split(sep)[0] !== '..');
}
