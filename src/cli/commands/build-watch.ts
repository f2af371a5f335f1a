/**
 * `coalition build --watch`: one build, then a rebuild of the letters each change
 * concerns, for as long as it runs. One browser is started at the first PDF and kept
 * (what makes a rebuild cost its prints, not Chromium's start), and it prints again only
 * the PDFs whose page or metadata changed (pdf/print-memo.ts); every build reads the
 * workspace afresh, so its files are those a cold `build` writes. A build that fails
 * (a YAML slip, a broken template) is reported and the watch goes on; Ctrl-C closes
 * the browser and ends it.
 */
import { existsSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { asCoalitionError } from '../../errors.js';
import type { BuildOptions, BuildResult } from '../../pipeline/build-letters.js';
import type { Printer } from '../../pdf/printer.js';
import { LETTERS_DIR, listLettersSync } from '../../workspace/workspace.js';
import type { CommandContext } from '../context.js';
import type { Output } from '../output.js';

/**
 * Files a letter never reads: notes, a README, sign-on sheets waiting for `import`.
 * Every other file (the registry, the officials, templates, strings, images, a
 * letterhead) may change what a letter prints, so it rebuilds them all.
 */
const NOT_READ = new Set(['.md', '.markdown', '.txt', '.csv', '.tsv', '.log', '.pdf', '.docx', '.html']);

/** An editor's backup or temporary copy (`letter.md~`, `x.tmp`, `x.bak`, `x.swp`); hidden files are never watched. */
const EDITOR_LEFTOVER = /(~|\.(tmp|bak|swp|swx))$/i;

/**
 * The letters a change concerns: a changed letter itself; every letter for a file
 * letters read; none for a file none reads. `selected` is the letters named on the
 * command line (absolute paths), or undefined for every letter of the workspace.
 */
export function lettersConcerned(root: string, files: readonly string[], selected: readonly string[] | undefined): 'all' | string[] {
  const letters = new Set<string>();
  for (const file of files) {
    const parts = file.split(sep);
    const isLetter = parts.length === 2 && parts[0] === LETTERS_DIR && file.toLowerCase().endsWith('.md');
    if (isLetter) {
      const path = join(root, file);
      if (!selected || selected.includes(path)) letters.add(path);
      continue;
    }
    if (!NOT_READ.has(extname(file).toLowerCase()) && !EDITOR_LEFTOVER.test(file)) return 'all';
  }
  return [...letters].sort();
}

export async function watchBuild(ctx: CommandContext, out: Output, options: BuildOptions, report: (result: BuildResult) => void): Promise<void> {
  const [{ buildLetters }, { createPrinter }] = await Promise.all([import('../../pipeline/build-letters.js'), import('../../pipeline/create-printer.js')]);
  const { watchLetters } = await import('../../preview/watcher.js');
  const { root } = options;
  const selected = options.letters;
  let printer: Printer | undefined;
  let stopped = false;

  const build = async (letters: string[] | undefined): Promise<void> => {
    try {
      if (options.formats.includes('pdf')) printer ??= await createPrinter(options, true);
      report(await buildLetters({ ...options, letters, ...(printer ? { printer } : {}) }));
    } catch (error) {
      // A build that cannot start (a broken registry, an unknown --lang) waits for the next change.
      out.endProgress();
      out.error(asCoalitionError(error));
    }
  };

  await build(selected);
  // Changes that arrive during a build are gathered and built after it, once.
  const pending: string[] = [];
  let running: Promise<void> | undefined;
  const next = (): void => {
    if (running || stopped || !pending.length) return;
    const files = pending.splice(0);
    const concerned = lettersConcerned(root, files, selected);
    // A letter removed since has nothing to build.
    const letters = concerned === 'all' ? selected : concerned.filter((path) => existsSync(path));
    if (letters && !letters.length) {
      out.info(`${out.color.dim('changed')} ${files.join(', ')}: no letter reads ${files.length === 1 ? 'it' : 'them'}, nothing to build`);
      return;
    }
    out.info(`${out.color.dim('changed')} ${files.join(', ')}: building ${letters ? letters.map((path) => relative(root, path)).join(', ') : 'every letter'}`);
    running = build(letters).finally(() => {
      running = undefined;
      next();
    });
  };
  // The build's own output (--out inside the workspace; out/ is never watched) must not start another build.
  const output = relative(root, options.outDir);
  const ownOutput = (file: string) => !output.startsWith('..') && (file === output || file.startsWith(output + sep));
  // What the letters read, as the preview watches it (never the whole workspace: a link to / would walk the machine).
  const watcher = watchLetters(root, () => selected ?? listLettersSync(root), (files) => {
    // A folder made or removed: its files, if any letter reads them, come as changes of their own.
    const isFolder = (file: string) => { try { return statSync(join(root, file)).isDirectory(); } catch { return false; } };
    const changed = files.filter((file) => !ownOutput(file) && !isFolder(file) && !pending.includes(file));
    if (!changed.length) return;
    pending.push(...changed);
    next();
  });
  await watcher.ready;
  out.info(`watching ${relative(ctx.io.cwd, root) || '.'} for changes; Ctrl-C stops`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      stopped = true;
      out.info('watch stopped');
      void Promise.allSettled([watcher.close(), running, printer?.close()]).then(() => resolve());
    };
    // Runs before the CLI's own handler, which then removes temporary files and exits with status 130.
    process.prependListener('SIGINT', stop);
    process.prependListener('SIGTERM', stop);
  });
}
