/**
 * Which build of coalition a process runs: the name `npm run build` gave it
 * (`dist/build-id`, a random one each build), where it is, and the Node.js running it. A
 * warm process serves only clients of the same identity, so a rebuild, an upgrade or
 * another Node.js never runs old code.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function processIdentity(): string {
  // This file is in dist/ in the bundle, beside build-id.
  const dist = dirname(fileURLToPath(import.meta.url));
  let build = 'unbuilt';
  try {
    build = readFileSync(join(dist, 'build-id'), 'utf8').trim();
  } catch {
    // Run from src/ (tests import it): no build; the path and Node.js still tell.
  }
  return `${dist} ${build} ${process.execPath} ${process.version}`;
}
