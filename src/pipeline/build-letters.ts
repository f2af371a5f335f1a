/**
 * `build`: every letter × language → HTML, then one shared browser prints the PDFs.
 * A broken letter is reported and skipped; the others are built. A language that lacks
 * its body or a translation is reported and skipped; the letter's others are built. A
 * letter that fails leaves no output at all; every file is written atomically.
 */
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { asCoalitionError, CoalitionError, ExitCode, type Diagnostic } from '../errors.js';
import { createHtmlRenderer, type HtmlRenderer } from '../render/html.js';
import type { LetterView } from '../resolve/letter-view.js';
import { makeWritableFolder, writeFileAtomic } from '../workspace/atomic-write.js';
import { openWorkspace, type Workspace } from '../workspace/load.js';
import { prepareLetters, type PreparedLetter } from '../resolve/prepare-letter.js';
import { completeLanguages } from '../workspace/read-letter.js';
import { displayPath, listLetters } from '../workspace/workspace.js';
import { renderEdition, editionLanguages, type RenderedEdition } from '../render/bilingual.js';
import type { BilingualMode } from '../render/edition-view.js';
import type { FontSource } from '../render/fonts.js';
import { createPrinter } from './create-printer.js';
import { unprintableInPages } from './printable-text.js';
import { missingStrings } from '../i18n/missing-strings.js';
import { copyPath, outputPath } from './output-paths.js';
import { recipientsCsv } from './recipients-csv.js';
import type { Recipient } from '../resolve/addressees.js';
import { letterViews, type LetterViewOptions } from '../render/letter-html.js';
import type { Printer } from '../pdf/printer.js';
import type { WordLetter } from '../render/docx/word-document.js';
import type { PdfaPart, PdfaRequest } from '../pdf/pdfa.js';
import type { WordOptions } from './write-word.js';
import { OUTPUT_FORMATS, type OutputFormat } from './output-formats.js';

export type { OutputFormat };

export interface BuildOptions {
  root: string;
  /** Absolute paths of the letters to build; default: every letter. */
  letters?: string[];
  /** Only these languages (each letter builds those it has). */
  langs?: string[];
  /**
   * A language in `langs` that no letter has is a usage error (the default: `--lang zz`
   * is a typo), or, when false, simply not built (a profile asks for languages a
   * letter may lack, and reports the missing ones itself).
   */
  requireLangs?: boolean;
  formats: OutputFormat[];
  outDir: string;
  draft?: boolean;
  /** Build the combined two-language edition instead of one document per language. */
  bilingual?: BilingualMode;
  /** One copy per addressee of every letter (`build --each`); a letter's `delivery: each` asks the same. */
  each?: boolean;
  /** Word letters (`--format docx`): a reference document, a channel's font, signers first. */
  word?: WordOptions;
  chromePath?: string;
  /** Write the PDFs as PDF/A: of this part, or (`auto`) part 1 unless a letter needs part 2 (src/pdf/pdfa.ts). */
  pdfa?: PdfaRequest;
  /** Per-document print timeout in milliseconds. */
  timeout?: number;
  /** Called after each PDF is printed. */
  onProgress?: (printed: number, total: number) => void;
  /** The workspace already read (a release's snapshot); default: read from `root`. */
  workspace?: Workspace;
  /** The letters already read, instead of reading `letters` from disk. */
  prepared?: readonly PreparedLetter[];
  /**
   * Called once every letter is read and rendered, before anything is written or
   * printed: `build` checks the letters it is about to write with what was read here
   * (src/cli/commands/build-extras.ts), while the browser prints.
   */
  onRendered?: (ws: Workspace, letters: readonly PreparedLetter[]) => void;
  /** A browser kept across builds (`build --watch`), which this build neither starts nor closes. */
  printer?: Printer;
}

export interface BuiltFile {
  lang: string;
  format: OutputFormat;
  path: string;
  /** The recipient whose copy this is (`delivery: each`). */
  recipient?: string;
  /** The views the document was made from: one, or both languages of a combined edition (first language first). */
  parts: readonly LetterView[];
  /** A Word file's document as written, to lay out and count its pages (made so with `word.forLayout`). */
  word?: WordLetter['document'];
  /** A PDF written as PDF/A: its part, and the images flattened to make part 1 hold. */
  pdfa?: { part: PdfaPart; flattened: number };
  /** A PDF not printed again: its page and metadata were those of an earlier print of a kept printer (`build --watch`). */
  reused?: boolean;
}

export interface LetterBuild {
  file: string;
  outputs: BuiltFile[];
  diagnostics: Diagnostic[];
  /** Languages asked for that were not built for want of a body or a translation (their problems are in `diagnostics`). */
  incomplete: string[];
  /** The signers the letter printed, and those it left out (pending ones print only in a draft). */
  signers?: { printed: number; pending: number; withdrawn: number };
  /** Why the letter was not built; its exit code tells the kind of failure. */
  error?: CoalitionError;
  /**
   * The letter's views (addressed to all its addressees) in the languages built, first
   * language first: what its plain text, word counts and signatory list are taken from.
   */
  views?: LetterView[];
  /** `delivery: each`: the recipients, the languages built, and the path of recipients.csv once written. */
  copies?: { recipients: Recipient[]; langs: string[]; csv?: string };
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
  /** The page for each of html and pdf asked for, rendered with that format's fonts. */
  pages: Partial<Record<PageFormat, string>>;
  /** The recipient this copy is addressed to alone (`delivery: each`). */
  recipient?: string;
  /** Sequential editions, per page format: its parts alone, printed first to count their pages (src/render/bilingual.ts). */
  measures?: Partial<Record<PageFormat, RenderedEdition['measure']>>;
}

/**
 * The `.html` file inlines its fonts, so it is self-contained; the printer's copy names
 * them by address and the printer serves them from memory (render/fonts.ts).
 */
const FONTS: Record<PageFormat, FontSource> = { html: 'inline', pdf: 'served' };

/** The formats rendered as an HTML page; every other format is written from the views (Word letters). */
const PAGE_FORMATS = ['html', 'pdf'] as const satisfies readonly OutputFormat[];
type PageFormat = (typeof PAGE_FORMATS)[number];

export async function buildLetters(options: BuildOptions): Promise<BuildResult> {
  // One browser for the whole build, closed on every exit path; PDF builds only, so an
  // HTML-only build never loads puppeteer or pdf-lib.
  if (options.printer) return buildWith(options, options.formats.includes('pdf') ? options.printer : undefined);
  const printer = options.formats.includes('pdf') ? await createPrinter(options) : undefined;
  try {
    return await buildWith(options, printer);
  } finally {
    await printer?.close();
  }
}

async function buildWith(options: BuildOptions, printer: Printer | undefined): Promise<BuildResult> {
  const paths = options.prepared?.map((p) => p.letter.absolutePath) ?? options.letters ?? (await listLetters(options.root));
  // Chromium takes most of a second to start, in its own processes: start it before
  // reading the registry and rendering, so the two overlap.
  const starting = paths.length ? printer?.warmUp() : undefined;
  const ws = options.workspace ?? (await openWorkspace(options.root));
  const renderer = createHtmlRenderer(ws.templates);
  // Read before anything is written: a broken reference document stops the build.
  const word = options.formats.includes('docx') ? await import('./write-word.js') : undefined;
  const reference = word && paths.length ? await word.loadReference(ws.root, options.word?.referenceDocx) : undefined;
  const jobs: Job[] = [];
  const builds: LetterBuild[] = [];

  // Every letter's languages, to tell a --lang no letter has from one some letters lack.
  const languages = new Set<string>();
  let unread = 0;
  const read: PreparedLetter[] = [];
  // Rendering keeps this thread busy: let the browser's process be spawned first (after
  // puppeteer has loaded), or it waits for the rendering to end. The sample's PDFs came
  // 0.2–0.3 s sooner (docs/performance.md).
  await starting;
  for await (const prepared of options.prepared ?? prepareLetters(ws, paths)) {
    read.push(prepared);
    const { letter } = prepared;
    const listed = letter.frontMatter?.languages ?? [];
    const wanted = new Set(options.bilingual ? editionLanguages(listed, options.langs) : listed.filter((lang) => !options.langs || options.langs.includes(lang)));
    // A language waiting for its translation holds back only itself, and only when it is wanted.
    const unwanted = new Set([...letter.gaps].filter(([lang]) => !wanted.has(lang)).flatMap(([, gaps]) => gaps));
    const build: LetterBuild = { file: letter.file, outputs: [], diagnostics: prepared.diagnostics.filter((d) => !unwanted.has(d)), incomplete: [] };
    builds.push(build);
    if (!letter.frontMatter) unread++;
    for (const lang of listed) languages.add(lang);
    build.incomplete = listed.filter((lang) => wanted.has(lang) && letter.gaps.has(lang));
    if (!prepared.signers || (build.incomplete.length && !completeLanguages(letter).some((lang) => wanted.has(lang)))) {
      build.error = CoalitionError.fromDiagnostics(build.file, build.diagnostics);
      continue;
    }
    try {
      const made = renderLetter(ws, prepared, renderer, options, build);
      // A character no bundled font holds would print as an empty box: the letter is refused.
      // A job's pages (HTML and PDF) print the same text: one of them is read, or for Word
      // alone its parts rendered without faces (only the text is looked at).
      const printed = made.flatMap((job) => {
        const [page] = Object.values(job.pages);
        return page !== undefined ? [page] : job.parts.map((view) => renderer.render(view, 'none'));
      });
      const boxes = unprintableInPages(letter, ws.registry, printed);
      if (boxes.length) throw CoalitionError.fromDiagnostics(build.file, boxes);
      jobs.push(...made);
    } catch (error) {
      fail(build, asCoalitionError(error));
    }
  }

  options.onRendered?.(ws, read);
  const unknown = (options.langs ?? []).filter((lang) => !languages.has(lang));
  // A letter whose front matter is broken may have that language: its own errors say more.
  if (unknown.length && builds.length && !unread && options.requireLangs !== false) throw unknownLanguages(unknown, languages);
  const ready = jobs.filter((job) => !job.build.error);
  if (ready.length) await makeWritableFolder(options.outDir, displayPath(ws.root, options.outDir));
  if (options.formats.includes('html')) {
    for (const job of ready) {
      const path = jobPath(options, job, 'html');
      await writeFileAtomic(path, job.pages.html!, displayPath(ws.root, path));
      job.build.outputs.push(builtFile(job, 'html', path));
    }
  }
  if (word) {
    for (const job of ready) {
      try {
        const edition = options.bilingual ?? 'single';
        const written = await word.writeWordLetter(
          { file: job.build.file, name: job.name, parts: job.parts, edition, path: jobPath(options, job, 'docx') },
          { ...options.word, outDir: options.outDir, root: ws.root, reference: reference?.reference },
        );
        job.build.diagnostics.push(...written.diagnostics);
        job.build.outputs.push({ ...builtFile(job, 'docx', written.path), word: written.document });
      } catch (error) {
        job.build.error ??= asCoalitionError(error);
      }
    }
  }
  if (printer && ready.length) await printAll(ready, options, ws.root, printer);
  if (options.pdfa && word) {
    for (const build of builds.filter((b) => b.outputs.some((o) => o.format === 'docx'))) build.diagnostics.push(wordIsNotPdfa(build.file));
  }

  for (const build of builds) {
    if (build.copies && !build.error && build.outputs.length) await writeRecipients(build, ws.root).catch((error) => fail(build, asCoalitionError(error)));
    if (build.error) await removeOutputs(build);
  }
  const failures = [
    ...builds.filter((b) => b.error).map((b) => b.error!.exitCode),
    ...builds.filter((b) => b.incomplete.length).map(() => ExitCode.input),
  ];
  return { letters: builds, diagnostics: reference?.diagnostics ?? [], exitCode: (failures.length ? Math.max(...failures) : ExitCode.ok) as ExitCode };
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
    : completeLanguages(letter).filter((lang) => !options.langs || options.langs.includes(lang));
  // A language coalition ships no strings for, and the workspace has none of its own: refused.
  const unshipped = missingStrings(ws.templates, letter, langs);
  if (unshipped.length) throw CoalitionError.fromDiagnostics(letter.file, unshipped);
  const missing = langs.filter((lang) => letter.gaps.has(lang));
  // A combined edition needs both of its languages.
  if (missing.length) throw CoalitionError.fromDiagnostics(letter.file, missing.flatMap((lang) => letter.gaps.get(lang)!));
  if (options.bilingual && langs.length < 2) {
    throw new CoalitionError(`${letter.file}: a bilingual edition needs two languages; this letter has ${langs.join(', ') || 'none of those asked for'}`, {
      code: 'bilingual-one-language', hint: 'Add a second language to `languages:` (and its body block), or name two with --lang en,es.',
    });
  }
  const each = options.each || fm.delivery === 'each';
  const recipients = prepared.recipients!;
  if (each && recipients.length === 0) {
    throw new CoalitionError(`${letter.file}: a copy for each addressee was asked for, and the letter has no addressees`, {
      code: 'no-addressees', hint: 'Add addressees under `to:` (officials\' ids, { group: … } or names), or build the joint letter (delivery: joint, no --each).',
    });
  }
  if (each) build.copies = { recipients, langs };
  // What every view of this letter (and of each copy) is made with: a build option that changes the documents is passed on here.
  const made: LetterViewOptions = { langs, draft: options.draft ?? false, bodies: new Map() };
  const joint = letterViews(ws, prepared, made);
  // Every copy meets the same problems in the body as the letter: said once.
  build.diagnostics.push(...joint.diagnostics);
  build.views = joint.views;
  const count = (status: string) => prepared.signers!.filter((s) => s.status === status).length;
  build.signers = { printed: joint.views[0]?.signing.count ?? 0, pending: made.draft ? 0 : count('pending'), withdrawn: count('withdrawn') };
  if (!each) return documentJobs(joint.views, { build, name: letter.name }, renderer, options);
  return recipients.flatMap((recipient) => {
    const { views } = letterViews(ws, prepared, { ...made, recipient });
    return documentJobs(views, { build, name: letter.name, recipient: recipient.id }, renderer, options);
  });
}

/** The documents of one letter (or one copy) from its views: one per language, or one combined edition. */
function documentJobs(views: LetterView[], base: Pick<Job, 'build' | 'name' | 'recipient'>, renderer: HtmlRenderer, options: BuildOptions): Job[] {
  const pageFormats = options.formats.filter((format): format is PageFormat => (PAGE_FORMATS as readonly OutputFormat[]).includes(format));
  const pages = (render: (fonts: FontSource) => string) =>
    Object.fromEntries(pageFormats.map((format) => [format, render(FONTS[format])])) as Job['pages'];
  const mode = options.bilingual;
  if (!mode) return views.map((view) => ({ ...base, view, parts: [view], pages: pages((fonts) => renderer.render(view, fonts)) }));
  // A Word-only build prints no page, but takes the edition's view from one rendering.
  const editions = (pageFormats.length ? pageFormats : ['html' as const]).map((format) => [format, renderEdition(views, mode, renderer, FONTS[format])] as const);
  const printed = editions.filter(([format]) => pageFormats.includes(format));
  return [{
    ...base, view: editions[0]![1].view, parts: views,
    pages: Object.fromEntries(printed.map(([format, e]) => [format, e.html])),
    measures: Object.fromEntries(printed.map(([format, e]) => [format, e.measure])),
  }];
}

/** Where a document goes: `out/<date>-<slug>.<lang>.<ext>`, or a copy's `out/<date>-<slug>/<recipient>.<lang>.<ext>`. */
function jobPath(options: BuildOptions, job: Job, ext: OutputFormat): string {
  return job.recipient
    ? copyPath(options.outDir, job.name, job.view.date, job.recipient, job.view.langs, ext)
    : outputPath(options.outDir, job.name, job.view.date, job.view.langs, ext);
}

function builtFile(job: Job, format: OutputFormat, path: string): BuiltFile {
  return { lang: job.view.lang, format, path, ...(job.recipient ? { recipient: job.recipient } : {}), parts: job.parts };
}

/** recipients.csv beside a letter's copies: each recipient, and the file of each copy. */
async function writeRecipients(build: LetterBuild, root: string): Promise<void> {
  const { recipients, langs } = build.copies!;
  // Columns in a fixed order (PDFs print in whatever order they finish): by format, then language.
  const order = (o: BuiltFile) => OUTPUT_FORMATS.indexOf(o.format) * 100 + langs.indexOf(o.lang);
  const outputs = [...build.outputs].sort((a, b) => order(a) - order(b));
  // A copy is <recipient>.<langs>.<ext>: its column is the format and the languages, "pdf_en".
  const files = outputs.map((o) => ({ recipient: o.recipient!, column: `${o.format}_${basename(o.path).split('.').at(-2)}`, path: o.path }));
  // The greeting of each copy in the first language, as printed (a parallel copy's part in that language).
  const greetings = new Map<string, string>();
  for (const o of outputs) {
    const greeting = o.parts.find((view) => view.lang === langs[0])?.greeting;
    if (greeting && !greetings.has(o.recipient!)) greetings.set(o.recipient!, greeting);
  }
  const path = join(dirname(outputs[0]!.path), 'recipients.csv');
  await writeFileAtomic(path, recipientsCsv(recipients, files, langs[0]!, greetings), displayPath(root, path));
  build.copies!.csv = path;
}

/**
 * Prints every job on the build's one browser. If the browser stops, every job it did
 * not print gets the printer's one "browser stopped" error.
 */
async function printAll(jobs: Job[], options: BuildOptions, root: string, printer: Printer): Promise<void> {
  let done = 0;
  await Promise.all(
    jobs.map(async (job) => {
      if (job.build.error) return;
      try {
        const { meta } = job.view;
        const print = (html: string) => printer.print({
          html, paper: job.view.paper, timeout: options.timeout ?? 60_000,
          metadata: {
            title: meta.title, author: meta.author, subject: meta.subject, keywords: meta.keywords, lang: job.view.lang, langs: job.view.langs, date: job.view.date,
            ...(options.pdfa ? { pdfa: options.pdfa } : {}),
          },
        });
        const measure = job.measures?.pdf;
        if (measure) {
          const { pageCount } = await import('../pdf/page-count.js');
          const pages = await Promise.all(measure.parts.map(async (part) => pageCount((await print(part)).pdf)));
          job.pages.pdf = measure.withPages(pages);
          // The HTML file numbers pages like the PDF.
          // A copy's HTML beside the others of its language: found by its path.
          const htmlPath = jobPath(options, job, 'html');
          const written = job.build.outputs.find((o) => o.format === 'html' && o.path === htmlPath);
          const html = job.measures?.html?.withPages(pages);
          if (written && html) await writeFileAtomic(written.path, html, displayPath(root, written.path));
        }
        const printed = await print(job.pages.pdf!);
        for (const url of printed.blocked) {
          job.build.diagnostics.push({
            file: job.build.file, line: 0, column: 0, severity: 'warning', code: 'request-blocked',
            message: `the page tried to load ${url}; the request was refused`,
            hint: 'Letters are printed offline: embed images as files inside the workspace.',
          });
        }
        if (printed.pdfa?.transparency && !job.build.diagnostics.some((d) => d.code === 'pdfa-part-2')) {
          job.build.diagnostics.push(pdfaPart2(job.build.file, printed.pdfa.transparency));
        }
        const path = jobPath(options, job, 'pdf');
        await writeFileAtomic(path, printed.pdf, displayPath(root, path));
        const pdfa = printed.pdfa && { part: printed.pdfa.part, flattened: printed.pdfa.flattened };
        job.build.outputs.push({ ...builtFile(job, 'pdf', path), ...(pdfa ? { pdfa } : {}), ...(printed.reused ? { reused: true } : {}) });
        options.onProgress?.(++done, jobs.length);
      } catch (error) {
        const failure = asCoalitionError(error);
        // Without a browser nothing can print: stop the whole run, HTML stays written.
        if (failure.exitCode === ExitCode.noBrowser) throw failure;
        if (!job.build.error) fail(job.build, failure);
      }
    }),
  );
}

/** `auto` chose part 2: say why, and what part 2 means here. */
function pdfaPart2(file: string, transparency: string): Diagnostic {
  return {
    file, line: 0, column: 0, severity: 'warning', code: 'pdfa-part-2',
    message: `written as PDF/A-2b, not PDF/A-1b: the letter has ${transparency}, which part 1 forbids; coalition checks part 2 less strictly than part 1 (its tests validate part 1)`,
    hint: 'Build with --pdfa 1b to flatten the images onto white so that PDF/A-1b holds, or use a logo without transparency.',
  };
}

function wordIsNotPdfa(file: string): Diagnostic {
  return {
    file, line: 0, column: 0, severity: 'warning', code: 'pdfa-word',
    message: 'Word files are not PDF/A: only the PDFs were written as PDF/A',
    hint: 'Submit the PDF where PDF/A is required; the .docx is for people who edit the letter.',
  };
}

/** Records why a letter failed; the problems it names are listed with the letter's others. */
function fail(build: LetterBuild, error: CoalitionError): void {
  build.error = error;
  build.diagnostics.push(...error.diagnostics.filter((d) => !build.diagnostics.includes(d)));
}

/** A failed letter leaves no output at all, not even the HTML written before its PDF failed. */
async function removeOutputs(build: LetterBuild): Promise<void> {
  await Promise.all([...build.outputs.map((o) => o.path), ...(build.copies?.csv ? [build.copies.csv] : [])].map((path) => rm(path, { force: true })));
  build.outputs = [];
  if (build.copies) delete build.copies.csv;
}
