/**
 * Output names: `<date>-<slug>.<lang>.<ext>`, where the date is the letter's `date:` and
 * the slug is the letter's file name without `.md` and without any leading date: a
 * letter whose date moved after its file was named never gets two dates in its name.
 */
import { join } from 'node:path';
import { letterSlug } from '../workspace/workspace.js';

export function outputBaseName(name: string, date: string, langs: readonly string[]): string {
  return `${date}-${letterSlug(name)}.${langs.join('-')}`;
}

export function outputPath(outDir: string, name: string, date: string, langs: readonly string[], ext: 'html' | 'pdf' | 'docx'): string {
  const base = outputBaseName(name, date, langs).replace(/[/\\]/g, '_');
  return join(outDir, `${base}.${ext}`);
}
