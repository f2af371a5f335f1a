/**
 * `build`: every letter × language → HTML, then one shared browser prints the PDFs.
 * A broken letter is reported and skipped; the others are built. A letter that fails
 * leaves no output at all; every file is written atomically.
 */
import { rm } from 'node:fs/promises';
import { CoalitionError, ExitCode, hasErrors, type Diagnostic } from '../errors.js';
import { createHtmlRenderer, type HtmlRenderer } from '../render/html.js';
import type { LetterView } from '../resolve/letter-view.js';
import { makeWritableFolder, writeFileAtomic } from '../workspace/atomic-write.js';
import { openWorkspace, prepareLetters, type PreparedLetter, type Workspace } from '../workspace/load.js';
import { displayPath, listLetters } from '../workspace/workspace.js';
import { renderEdition, editionLanguages, type BilingualMode, type RenderedEdition } from '../render/bilingual.js';
import { outputPath } from './output-paths.js';
import { letterViews } from '../render/letter-html.js';
import type { Printer } from '../pdf/printer.js';

export type OutputFormat = 'html' | 'pdf';

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
  /** The exit status the run deserves: 0, or the most severe failure's code. */
  exitCode: ExitCode;
}

interface Job {
  build: LetterBuild;
  /** The letter's file name without `.md`. */
  name: string;
  view: LetterView;
  html: string;
  /** Sequential editions: its parts alone, printed first to count their pages (src/render/bilingual.ts). */
  measure?: RenderedEdition['measure'];
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
  const jobs: Job[] = [];
  const builds: LetterBuild[] = [];

  // Every letter's languages, to tell a --lang no letter has from one some letters lack.
  const languages = new Set<string>();
  let unread = 0;
  let index = 0;
  for await (const prepared of prepareLetters(ws, paths)) {
    const build: LetterBuild = { file: prepared.letter.file, outputs: [], diagnostics: prepared.diagnostics };
    builds.push(build);
    if (!prepared.letter.frontMatter) unread++;
    for (const lang of prepared.letter.frontMatter?.languages ?? []) languages.add(lang);
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

  const unknown = (options.langs ?? []).filter((lang) => !languages.has(lang));
  // A letter whose front matter is broken may have that language: its own errors say more.
  if (unknown.length && builds.length && !unread) throw unknownLanguages(unknown, languages);
  const ready = jobs.filter((job) => !job.build.error);
  if (ready.length) await makeWritableFolder(options.outDir, displayPath(ws.root, options.outDir));
  if (options.formats.includes('html')) {
    for (const job of ready) {
      const path = outputPath(options.outDir, job.name, job.view.date, job.view.langs, 'html');
      await writeFileAtomic(path, job.html, displayPath(ws.root, path));
      job.build.outputs.push({ lang: job.view.lang, format: 'html', path });
    }
  }
  if (printer && ready.length) await printAll(ready, options, ws.root, printer);

  for (const build of builds) {
    if (build.error) await removeOutputs(build);
  }
  const failures = builds.filter((b) => b.error).map((b) => b.error!.exitCode);
  return { letters: builds, exitCode: (failures.length ? Math.max(...failures) : ExitCode.ok) as ExitCode };
}

function unknownLanguages(unknown: string[], languages: ReadonlySet<string>): CoalitionError {
  const list = [...languages].sort();
  return new CoalitionError(`--lang ${unknown.join(',')}: no letter has ${unknown.length === 1 ? 'this language' : 'these languages'}; the letters have ${list.join(', ')}`, {
    code: 'unknown-language', exitCode: ExitCode.usage,
    hint: `Name one of ${list.join(', ')} with --lang, or leave --lang out to build every language.`,
  });
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
  const jobs = views.map((view) => ({ build, name: letter.name, view, html: options.bilingual ? '' : renderer.render(view) }));
  if (!options.bilingual) return jobs;
  return [{ build, name: letter.name, ...renderEdition(jobs.map((job) => job.view), options.bilingual, renderer) }];
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
        const print = (html: string) => session.print({ html, paper: job.view.paper, timeout: options.timeout ?? 60_000 });
        if (job.measure) {
          const { pageCount } = await import('../pdf/page-count.js');
          const pages = await Promise.all(job.measure.parts.map(async (part) => pageCount((await print(part)).pdf)));
          job.html = job.measure.withPages(pages);
          // The HTML file numbers pages like the PDF.
          const written = job.build.outputs.find((o) => o.format === 'html' && o.lang === job.view.lang);
          if (written) await writeFileAtomic(written.path, job.html, displayPath(root, written.path));
        }
        const printed = await print(job.html);
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
