/**
 * Output names: `<date>-<slug>.<lang>.<ext>`, where the date is the letter's `date:` and
 * the slug is the letter's file name without `.md` and without any leading date: a
 * letter whose date moved after its file was named never gets two dates in its name.
 */
import { join } from 'node:path';
import { letterSlug } from '../workspace/workspace.js';
import type { OutputFormat } from './output-formats.js';

export function outputBaseName(name: string, date: string, langs: readonly string[]): string {
  return `${date}-${letterSlug(name)}.${langs.join('-')}`;
}

export function outputPath(outDir: string, name: string, date: string, langs: readonly string[], ext: OutputFormat): string {
  const base = outputBaseName(name, date, langs).replace(/[/\\]/g, '_');
  return join(outDir, `${base}.${ext}`);
}

/** One recipient's copy (`delivery: each`): `<outDir>/<date>-<slug>/<recipient>.<lang>.<ext>`. */
export function copyPath(outDir: string, name: string, date: string, recipient: string, langs: readonly string[], ext: OutputFormat): string {
  const folder = `${date}-${letterSlug(name)}`.replace(/[/\\]/g, '_');
  return join(outDir, folder, `${recipient}.${langs.join('-')}.${ext}`);
}
