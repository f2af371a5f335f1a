/**
 * `build`: every letter × language → HTML, then one shared browser prints the PDFs.
 * A broken letter is reported and skipped; the others are built. A letter that fails
 * leaves no output at all; every file is written atomically.
 */
import { rm } from 'node:fs/promises';
import { CoalitionError, ExitCode, hasErrors, type Diagnostic } from '../errors.js';
import { createHtmlRenderer, type HtmlRenderer } from '../render/html.js';
import type { LetterView } from '../resolve/letter-view.js';
import { writeFileAtomic } from '../workspace/atomic-write.js';
import { openWorkspace, prepareLetters, type PreparedLetter, type Workspace } from '../workspace/load.js';
import { displayPath, listLetters } from '../workspace/workspace.js';
import { renderEdition, editionLanguages, type BilingualMode } from '../render/bilingual.js';
import { outputPath } from './output-paths.js';
import { letterViews } from '../render/letter-html.js';
import type { Printer } from '../pdf/printer.js';
import type { WordOptions } from './write-word.js';

export type OutputFormat = 'html' | 'pdf' | 'docx';

export interface BuildOptions {
  root: string;
  /** Absolute paths of the letters to build; default: every letter. */
  letters?: string[];
  /** Only these languages (each letter builds those it has). */
  langs?: string[];
  formats: OutputFormat[];
  outDir: string;
  draft?: boolean;
  /** Build the combined two-language edition instead of one document per language. */
  bilingual?: BilingualMode;
  /** Word letters (`--format docx`): a reference document, a channel's font, signers first. */
  word?: WordOptions;
  chromePath?: string;
  /** Per-document print timeout in milliseconds. */
  timeout?: number;
  concurrency?: number;
  onProgress?: (event: BuildProgress) => void;
}

export type BuildProgress =
  | { type: 'rendered'; file: string; done: number; total: number }
  | { type: 'printed'; path: string; done: number; total: number };

export interface BuiltFile {
  lang: string;
  format: OutputFormat;
  path: string;
}

export interface LetterBuild {
  file: string;
  outputs: BuiltFile[];
  diagnostics: Diagnostic[];
  /** Why the letter was not built; its exit code tells the kind of failure. */
  error?: CoalitionError;
}

export interface BuildResult {
  letters: LetterBuild[];
  /** Problems of the build as a whole (a reference document's parts left out). */
  diagnostics: Diagnostic[];
  /** The exit status the run deserves: 0, or the most severe failure's code. */
  exitCode: ExitCode;
}

interface Job {
  build: LetterBuild;
  /** The letter's file name without `.md`. */
  name: string;
  view: LetterView;
  /** The language views the document is made of: `[view]`, or both of a combined edition. */
  parts: LetterView[];
  html: string;
}

export async function buildLetters(options: BuildOptions): Promise<BuildResult> {
  // One browser for the whole build, closed on every exit path; PDF builds only, so an
  // HTML-only build never loads puppeteer or pdf-lib.
  const printer = options.formats.includes('pdf') ? await createPrinter(options) : undefined;
  try {
    return await buildWith(options, printer);
  } finally {
    await printer?.close();
  }
}

async function buildWith(options: BuildOptions, printer: Printer | undefined): Promise<BuildResult> {
  const paths = options.letters ?? (await listLetters(options.root));
  // Chromium takes most of a second to start, in its own processes: start it before
  // reading the registry and rendering, so the two overlap.
  if (paths.length) printer?.warmUp();
  const ws = await openWorkspace(options.root);
  const renderer = createHtmlRenderer(ws.templates);
  // Read before anything is written: a broken reference document stops the build.
  const word = options.formats.includes('docx') ? await import('./write-word.js') : undefined;
  const reference = word && paths.length ? await word.loadReference(ws.root, options.word?.referenceDocx) : undefined;
  const jobs: Job[] = [];
  const builds: LetterBuild[] = [];

  let index = 0;
  for await (const prepared of prepareLetters(ws, paths)) {
    const build: LetterBuild = { file: prepared.letter.file, outputs: [], diagnostics: prepared.diagnostics };
    builds.push(build);
    if (!prepared.signers || hasErrors(prepared.diagnostics)) {
      build.error = CoalitionError.fromDiagnostics(build.file, prepared.diagnostics);
      continue;
    }
    try {
      jobs.push(...renderLetter(ws, prepared, renderer, options, build));
    } catch (error) {
      build.error = asCoalitionError(error);
    }
    options.onProgress?.({ type: 'rendered', file: build.file, done: ++index, total: paths.length });
  }

  const ready = jobs.filter((job) => !job.build.error);
  if (options.formats.includes('html')) {
    for (const job of ready) {
      const path = outputPath(options.outDir, job.name, job.view.date, job.view.langs, 'html');
      await writeFileAtomic(path, job.html, displayPath(ws.root, path));
      job.build.outputs.push({ lang: job.view.lang, format: 'html', path });
    }
  }
  if (word) {
    for (const job of ready) {
      try {
        const edition = options.bilingual ?? 'single';
        const written = await word.writeWordLetter(
          { file: job.build.file, name: job.name, parts: job.parts, edition },
          { ...options.word, outDir: options.outDir, root: ws.root, reference: reference?.reference },
        );
        job.build.diagnostics.push(...written.diagnostics);
        job.build.outputs.push({ lang: job.view.lang, format: 'docx', path: written.path });
      } catch (error) {
        job.build.error ??= asCoalitionError(error);
      }
    }
  }
  if (printer && ready.length) await printAll(ready, options, ws.root, printer);

  for (const build of builds) {
    if (build.error) await removeOutputs(build);
  }
  const failures = builds.filter((b) => b.error).map((b) => b.error!.exitCode);
  return { letters: builds, diagnostics: reference?.diagnostics ?? [], exitCode: (failures.length ? Math.max(...failures) : ExitCode.ok) as ExitCode };
}

function renderLetter(
  ws: Workspace,
  prepared: PreparedLetter,
  renderer: HtmlRenderer,
  options: BuildOptions,
  build: LetterBuild,
): Job[] {
  const { letter } = prepared;
  const fm = letter.frontMatter!;
  const langs = options.bilingual
    ? editionLanguages(fm.languages, options.langs)
    : fm.languages.filter((lang) => !options.langs || options.langs.includes(lang));
  if (options.bilingual && langs.length < 2) {
    throw new CoalitionError(`${letter.file}: a bilingual edition needs two languages; this letter has ${langs.join(', ') || 'none of those asked for'}`, {
      code: 'bilingual-one-language', hint: 'Add a second language to `languages:` (and its body block), or name two with --lang en,es.',
    });
  }
  const { views, diagnostics } = letterViews(ws, prepared, langs, options.draft ?? false);
  build.diagnostics.push(...diagnostics);
  const jobs = views.map((view) => ({ build, name: letter.name, view, parts: [view], html: options.bilingual ? '' : renderer.render(view) }));
  if (!options.bilingual) return jobs;
  return [{ build, name: letter.name, parts: views, ...renderEdition(views, options.bilingual, renderer) }];
}

async function createPrinter(options: BuildOptions): Promise<Printer> {
  const { Printer } = await import('../pdf/printer.js');
  return new Printer({ chromePath: options.chromePath, concurrency: options.concurrency });
}

/** Prints every job on the build's one browser, `concurrency` pages at a time. */
async function printAll(jobs: Job[], options: BuildOptions, root: string, printer: Printer): Promise<void> {
  const session = printer.session;
  let done = 0;
  await session.locate();
  const { applyPdfMetadata } = await printer.loadMetadata();
  await Promise.all(
    jobs.map(async (job) => {
      if (job.build.error) return;
      try {
        const printed = await session.print({ html: job.html, paper: job.view.paper, timeout: options.timeout ?? 60_000 });
        for (const url of printed.blocked) {
          job.build.diagnostics.push({
            file: job.build.file, line: 0, column: 0, severity: 'warning', code: 'request-blocked',
            message: `the page tried to load ${url}; the request was refused`,
            hint: 'Letters are printed offline: embed images as files inside the workspace.',
          });
        }
        const pdf = await applyPdfMetadata(printed.pdf, {
          title: job.view.meta.title, author: job.view.meta.author, subject: job.view.meta.subject,
          keywords: job.view.meta.keywords, lang: job.view.lang, date: job.view.date,
        });
        const path = outputPath(options.outDir, job.name, job.view.date, job.view.langs, 'pdf');
        await writeFileAtomic(path, pdf, displayPath(root, path));
        job.build.outputs.push({ lang: job.view.lang, format: 'pdf', path });
        options.onProgress?.({ type: 'printed', path, done: ++done, total: jobs.length });
      } catch (error) {
        const failure = asCoalitionError(error);
        // Without a browser nothing can print: stop the whole run, HTML stays written.
        if (failure.exitCode === ExitCode.noBrowser) throw failure;
        job.build.error ??= failure;
      }
    }),
  );
}

/** A failed letter leaves no output at all, not even the HTML written before its PDF failed. */
async function removeOutputs(build: LetterBuild): Promise<void> {
  await Promise.all(build.outputs.map((o) => rm(o.path, { force: true })));
  build.outputs = [];
}

function asCoalitionError(error: unknown): CoalitionError {
  if (error instanceof CoalitionError) return error;
  return new CoalitionError(`internal error: ${(error as Error)?.message ?? String(error)}`, {
    code: 'internal', exitCode: ExitCode.input, cause: error,
    hint: 'This is a bug in coalition: please report it with the output of --debug.',
  });
}
