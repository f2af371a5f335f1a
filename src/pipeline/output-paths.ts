/**
 * Output names: `<date>-<slug>.<lang>.<ext>`, where the slug is the letter's file name
 * without `.md` and without a leading `<date>-` equal to the letter's date.
 */
import { join } from 'node:path';

export function letterSlug(name: string, date: string): string {
  return name.startsWith(`${date}-`) ? name.slice(date.length + 1) : name;
}

export function outputBaseName(name: string, date: string, langs: readonly string[]): string {
  return `${date}-${letterSlug(name, date)}.${langs.join('-')}`;
}

export function outputPath(outDir: string, name: string, date: string, langs: readonly string[], ext: 'html' | 'pdf' | 'docx'): string {
  const base = outputBaseName(name, date, langs).replace(/[/\\]/g, '_');
  return join(outDir, `${base}.${ext}`);
}
