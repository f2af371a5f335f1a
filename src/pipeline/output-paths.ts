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

/** One recipient's copy (`delivery: each`): `<outDir>/<date>-<slug>/<recipient>.<lang>.<ext>`. */
export function copyPath(outDir: string, name: string, date: string, recipient: string, langs: readonly string[], ext: 'html' | 'pdf' | 'docx'): string {
  const folder = `${date}-${letterSlug(name, date)}`.replace(/[/\\]/g, '_');
  return join(outDir, folder, `${recipient}.${langs.join('-')}.${ext}`);
}
