/**
 * Files left in out/ by an earlier build of the same letters: in a folder this build
 * wrote to, named as this build names that letter's documents (`<date>-<slug>.<lang>.<ext>`,
 * any date: a letter whose date moved; a copy's `<recipient>.<lang>.<ext>` in its
 * `<date>-<slug>/` folder), of a format it wrote, but not written this time (a language
 * or addressee since removed, the old date). Never another letter's files, never a file
 * coalition does not name so, never a subfolder (profiles' out/<profile>/, mail/).
 * `build --clean` removes exactly these (docs/workflow.md).
 */
import { readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { letterSlug } from '../workspace/workspace.js';
import type { BuildResult } from './build-letters.js';

export interface StaleScope {
  /** The languages the build was limited to (`--lang`): files in others are not its business. */
  langs?: readonly string[];
  /** A combined two-language build (`--bilingual`) looks at combined files only; any other build at one-language files only. */
  bilingual?: boolean;
}

export async function staleOutputs(result: BuildResult, scope: StaleScope = {}): Promise<string[]> {
  const stale = new Set<string>();
  const written = new Set(result.letters.flatMap((l) => l.outputs.map((o) => resolve(o.path))));
  const asked = scope.langs ? new Set(scope.langs.flatMap((l) => l.toLowerCase().split('-'))) : undefined;
  for (const letter of result.letters) {
    if (letter.error || !letter.outputs.length) continue;
    const slug = escape(letterSlug(basename(letter.file)));
    const extensions = [...new Set(letter.outputs.map((o) => o.format))].join('|');
    // A language left unbuilt for want of its text keeps its last good files.
    const incomplete = new Set(letter.incomplete.map((l) => l.toLowerCase()));
    const folders = new Map<string, RegExp>();
    for (const output of letter.outputs) {
      const folder = dirname(resolve(output.path));
      folders.set(folder, output.recipient !== undefined
        ? new RegExp(`^[^/\\\\]+\\.([A-Za-z0-9-]+)\\.(?:${extensions})$`)
        : new RegExp(`^\\d{4}-\\d{2}-\\d{2}-${slug}\\.([A-Za-z0-9-]+)\\.(?:${extensions})$`));
    }
    for (const [folder, pattern] of folders) {
      let names: string[];
      try {
        names = (await readdir(folder, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
      } catch {
        continue;
      }
      for (const name of names) {
        const path = join(folder, name);
        const langs = pattern.exec(name)?.[1];
        if (!langs || written.has(path)) continue;
        const tags = languageTags(langs);
        if ((tags.length === 2) !== Boolean(scope.bilingual) || tags.length > 2) continue;
        if (tags.some((t) => incomplete.has(t.toLowerCase()))) continue;
        if (asked && !tags.every((t) => t.toLowerCase().split('-').every((piece) => asked.has(piece)))) continue;
        stale.add(path);
      }
    }
  }
  return [...stale].sort();
}

/** Removes the files `staleOutputs` listed; returns those it removed. */
export async function removeStale(paths: readonly string[]): Promise<string[]> {
  const removed: string[] = [];
  for (const path of paths) {
    try {
      await unlink(path);
      removed.push(path);
    } catch {
      // Gone already, or not ours to remove: left as it is.
    }
  }
  return removed;
}

/**
 * "en" → [en]; "pt-BR" → [pt-BR]; "en-es" → [en, es]: a lowercase piece of two or three
 * letters starts a language, a region (BR, 419) or script (Latn) continues it.
 */
function languageTags(text: string): string[] {
  const tags: string[] = [];
  for (const piece of text.split('-')) {
    if (/^[a-z]{2,3}$/.test(piece) || !tags.length) tags.push(piece);
    else tags[tags.length - 1] += `-${piece}`;
  }
  return tags;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
