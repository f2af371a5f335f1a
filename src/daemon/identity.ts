/**
 * Which build of coalition a process runs: its bundle's entry (path, size, time of
 * writing) and the Node.js running it. A warm process serves only clients of the same
 * identity, so a rebuild, an upgrade or another Node.js never runs old code.
 */
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function processIdentity(): string {
  // This file is in dist/ in the bundle, beside main.cjs, the CLI's entry.
  const entry = join(dirname(fileURLToPath(import.meta.url)), 'main.cjs');
  let stamp = 'unbuilt';
  try {
    const stats = statSync(entry);
    stamp = `${stats.size}:${stats.mtimeMs}`;
  } catch {
    // Run from src/ (tests import it): no bundle; the path and Node.js still tell.
  }
  return `${entry} ${stamp} ${process.execPath} ${process.version}`;
}
