import { Option, type Command } from 'commander';
import { basename, join, relative, resolve } from 'node:path';
import { CoalitionError, ExitCode } from '../../errors.js';
import type { BuildOptions, BuildResult, BuiltFile } from '../../pipeline/build-letters.js';
import type { Printer } from '../../pdf/printer.js';
import type { Output } from '../output.js';
import type { CommandContext } from '../context.js';
import { letterPaths, workspaceRoot } from '../workspace-arg.js';
import { listLetters } from '../../workspace/workspace.js';
import { commaList, languageList, positiveNumber } from './parsers.js';
import { DEFAULT_BUILD_FORMATS, OUTPUT_FORMATS, type OutputFormat } from '../../pipeline/output-formats.js';
import { PDFA_PARTS, type PdfaPart } from '../../pdf/pdfa-parts.js';

interface BuildFlags {
  lang?: string[];
  format: OutputFormat[];
  referenceDocx?: string;
  for?: string;
  out?: string;
  draft: boolean;
  bilingual?: 'parallel' | 'sequential';
  each: boolean;
  chromePath?: string;
  pdfa?: true | PdfaPart;
  timeout: number;
  release?: string;
  strict: boolean;
  watch: boolean;
  clean: boolean;
}

export function registerBuild(program: Command, ctx: CommandContext): void {
  program
    .command('build')
    .description('render letters to out/<date>-<slug>.<lang>.html and .pdf (and .docx)')
    .argument('[letter...]', 'letters to build, by path or slug (default: every letter)')
    .option('-l, --lang <langs>', 'only these languages, comma-separated (default: each letter\'s languages)', languageList)
    .option('-f, --format <formats>', `any of ${OUTPUT_FORMATS.join(', ')} (docx: Word), comma-separated`, commaList([...OUTPUT_FORMATS]), [...DEFAULT_BUILD_FORMATS])
    .option('--for <profile>', 'build what a channel takes (its formats, languages, Word settings) and measure it against its rules; see `coalition profiles`')
    .option('--reference-docx <file>', 'Word letters take the styles, page setup, header and footer of this .docx (default: templates/reference.docx)')
    .option('-o, --out <dir>', 'output folder (default: <workspace>/out)')
    .option('--draft', 'also print pending signatories, marked, and mark every page DRAFT', false)
    .option('--each', 'one copy per addressee, addressed to them alone: out/<date>-<slug>/<addressee>.<lang>.<ext> and recipients.csv (as `delivery: each`)', false)
    .addOption(new Option('--bilingual <mode>', 'one combined two-language document, <date>-<slug>.<l1>-<l2>.<ext>: the languages side by side (parallel) or one after the other (sequential)').choices(['parallel', 'sequential']))
    .addOption(new Option('--pdfa [part]', 'write the PDFs as PDF/A: 1b, or 2b (which keeps transparency); alone: 1b unless a letter needs 2b (a logo with transparency)').choices([...PDFA_PARTS]))
    .option('--chrome-path <path>', 'the Chrome/Chromium to print with (also PUPPETEER_EXECUTABLE_PATH, CHROME_PATH)')
    .option('--timeout <seconds>', 'give up printing one document after this long (exit 4)', positiveNumber, 60)
    .option('--release <version>', 'make a released version (v1, v2…) again from its snapshot and compare it with the released files')
    .option('--strict', 'exit 1 when a built letter is not ready to send (`coalition check` finds errors)', false)
    .option('--clean', 'remove the files an earlier build of these letters left in the folders this build writes (listed otherwise)', false)
    .option('-w, --watch', 'keep running: build, then build again the letters a change concerns, with one browser kept open (Ctrl-C stops)', false)
    .addHelpText('after', '\nExamples:\n  coalition build\n  coalition build us-mexico --lang es --format pdf\n  coalition build --draft --out /tmp/drafts\n  coalition build us-mexico --bilingual parallel --lang en,es\n  coalition build us-mexico --format docx --reference-docx house-style.docx\n  coalition build us-mexico --for un-upr      (into out/un-upr/)\n  coalition build us-mexico --clean\n  coalition build us-mexico --release v1 --out /tmp/v1\n  coalition build judiciary-letter --each --format pdf\n  coalition build us-mexico --watch')
    .action(async (letters: string[], flags: BuildFlags, command: Command) => {
      const out = ctx.output();
      const root = workspaceRoot(ctx);
      if (flags.release) return (await import('./build-extras.js')).buildFromRelease(ctx, root, letters, flags, command);
      const outDir = flags.out ? resolve(ctx.io.cwd, flags.out) : resolve(root, 'out');
      const paths = await letterPaths(ctx, root, letters);
      // --pdfa applies to PDFs: say so rather than write nothing quietly.
      if (flags.pdfa && !flags.for && !flags.format.includes('pdf') && !flags.format.includes('docx')) out.warn('--pdfa applies to PDFs, and --format builds none: add pdf to --format (--format html,pdf)');
      if (flags.watch && (flags.for || flags.strict || flags.clean)) {
        throw new CoalitionError(`--watch cannot be used with ${flags.for ? '--for' : flags.strict ? '--strict' : '--clean'}`, {
          code: 'conflicting-options', exitCode: ExitCode.usage,
          hint: flags.for ? 'Build for a channel once (coalition build --for <profile>), or watch without --for.' : flags.strict ? 'Leave out --strict: a watching build reports the letters not ready to send and keeps watching.' : 'Clean once (coalition build --clean), then watch.',
        });
      }
      // A PDF build starts Chromium before loading the build's modules: its start (half a
      // second, in processes of its own) then overlaps that loading and the rendering on
      // the other core (docs/performance.md). Not for a workspace with no letter to print.
      const early = flags.format.includes('pdf') && !flags.watch && !flags.for && (paths ?? (await listLetters(root))).length > 0;
      const printer = early ? await startPrinter(flags.chromePath) : undefined;
      let extras: typeof import('./build-extras.js');
      let readiness: ReturnType<typeof extras.readinessCheck>;
      let submission: Awaited<ReturnType<typeof buildFor>> | undefined;
      let result: BuildResult;
      try {
        extras = await import('./build-extras.js');
        const options: BuildOptions = {
          root,
          letters: paths,
          langs: flags.lang,
          formats: flags.format,
          outDir,
          draft: flags.draft,
          bilingual: flags.bilingual,
          each: flags.each,
          ...(flags.referenceDocx ? { word: { referenceDocx: resolve(ctx.io.cwd, flags.referenceDocx) } } : {}),
          chromePath: flags.chromePath,
          ...(flags.pdfa ? { pdfa: flags.pdfa === true ? 'auto' : flags.pdfa } : {}),
          timeout: flags.timeout * 1000,
          onProgress: (printed, total) => out.progress(`printing PDFs ${printed}/${total}`),
          ...(printer ? { printer } : {}),
        };
        if (flags.watch) {
          const { watchBuild } = await import('./build-watch.js');
          return await watchBuild(ctx, out, { ...options, letters: letters.length ? paths : undefined }, (watched) => {
            reportBuild(ctx, out, watched);
            finishBuild(ctx, out, watched);
          });
        }
        readiness = extras.readinessCheck(root, flags.strict);
        options.onRendered = readiness.onRendered;
        // --for: the profile's formats and languages unless given on the command line.
        // A channel's build goes to out/<profile>/ (unless --out says where): never over the plain build's files of the same name.
        submission = flags.for ? await buildFor(flags.for, root, { ...options, formats: command.getOptionValueSource('format') === 'cli' ? flags.format : undefined, langs: flags.lang }, !flags.out) : undefined;
        result = submission?.build ?? await (await import('../../pipeline/build-letters.js')).buildLetters(options);
      } finally {
        // A printer given to the build is ours to close (buildLetters closes only its own);
        // a watching build never has one here.
        await printer?.close();
      }
      reportBuild(ctx, out, result);
      await reportStale(ctx, out, result, { ...(flags.lang ? { langs: flags.lang } : {}), bilingual: Boolean(flags.bilingual) }, flags.clean);
      if (submission) {
        for (const d of submission.diagnostics) out.diagnostic(d);
        const { printSubmissionReport } = await import('../submission-report.js');
        printSubmissionReport(out, submission.profile, submission.reports, (line) => out.info(line));
      }
      finishBuild(ctx, out, result);
      await extras.reportReadiness(ctx, out, result, flags.strict, readiness.result());
    });
}

/** A build's printer, its browser already starting (Printer.warmUp). */
async function startPrinter(chromePath: string | undefined): Promise<Printer> {
  const { createPrinter } = await import('../../pipeline/create-printer.js');
  const printer = await createPrinter({ chromePath });
  await printer.warmUp();
  return printer;
}

/** What a build made, letter by letter: the files written, each letter's problems and signers. */
function reportBuild(ctx: CommandContext, out: Output, result: BuildResult): void {
  out.endProgress();
  for (const d of result.diagnostics) out.diagnostic(d);
  // One error can fail many letters (the browser stopped): say it once.
  const said = new Set<unknown>();
  for (const letter of result.letters) {
    for (const d of letter.diagnostics) out.diagnostic(d);
    if (letter.error) {
      if (!letter.error.diagnostics.length && !said.has(letter.error)) out.error(letter.error);
      said.add(letter.error);
      out.info(`${out.color.red('✗')} ${letter.file} was not built`);
      continue;
    }
    for (const file of letter.outputs) {
      out.out(relative(ctx.io.cwd, file.path) || file.path);
    }
    if (letter.signers) out.info(`${out.color.dim(letter.file)}: ${signerCount(letter.signers)}`);
    const reused = letter.outputs.filter((o) => o.reused);
    if (reused.length) out.info(`${out.color.dim(letter.file)}: ${fileNames(reused)} unchanged, not printed again`);
    const parts = pdfaParts(letter.outputs);
    if (parts) out.info(`${out.color.dim(letter.file)}: ${parts}`);
    if (letter.incomplete.length) out.info(`${out.color.red('✗')} ${letter.file}: ${letter.incomplete.join(', ')} not built (missing text, above); its other languages were`);
    if (letter.copies?.csv) out.out(relative(ctx.io.cwd, letter.copies.csv) || letter.copies.csv);
  }
}

/** The build's last line and exit status. */
function finishBuild(ctx: CommandContext, out: Output, result: BuildResult): void {
  const built = result.letters.reduce((n, l) => n + (l.error ? 0 : l.outputs.length), 0);
  const failed = result.letters.filter((l) => l.error).length;
  const incomplete = result.letters.filter((l) => !l.error && l.incomplete.length).length;
  if (result.letters.length === 0) out.info('no letters to build: add one with `coalition new <slug>`');
  else out.info(`${failed || incomplete ? out.color.yellow('built') : out.color.green('built')} ${built} file${built === 1 ? '' : 's'} from ${result.letters.length - failed} letter${result.letters.length - failed === 1 ? '' : 's'}${failed ? `; ${failed} failed` : ''}${incomplete ? `; ${incomplete} with a language not built` : ''}`);
  ctx.setExitCode(result.exitCode ?? ExitCode.ok);
}

/** Files by name, five and a count beyond six (535 copies of a letter): "a.pdf, b.pdf, … and 530 more". */
function fileNames(list: readonly BuiltFile[]): string {
  const names = list.map((o) => basename(o.path));
  return names.length > 6 ? `${names.slice(0, 5).join(', ')} and ${names.length - 5} more` : names.join(', ');
}

/** Which PDF/A part each PDF is: "PDF/A-1b: a.en.pdf, a.es.pdf", the flattened images said. */
function pdfaParts(outputs: readonly BuiltFile[]): string | undefined {
  const pdfs = outputs.filter((o) => o.pdfa);
  if (!pdfs.length) return undefined;
  return [...new Set(pdfs.map((o) => o.pdfa!.part))].map((part) => {
    const files = pdfs.filter((o) => o.pdfa!.part === part).sort((a, b) => a.path.localeCompare(b.path));
    const flattened = files.reduce((n, o) => n + o.pdfa!.flattened, 0);
    return `PDF/A-${part}: ${fileNames(files)}${flattened ? ` (${flattened} image${flattened === 1 ? '' : 's'} flattened onto white)` : ''}`;
  }).join('; ');
}

function signerCount(s: { printed: number; pending: number; withdrawn: number }): string {
  const left = [s.pending && `${s.pending} pending left out (--draft prints them)`, s.withdrawn && `${s.withdrawn} withdrawn`].filter(Boolean);
  return `${s.printed} signer${s.printed === 1 ? '' : 's'} printed${left.length ? `; ${left.join(', ')}` : ''}`;
}

async function buildFor(id: string, root: string, options: Omit<Parameters<typeof import('../../check/submission-check.js').buildForProfile>[0], 'profile'>, ownFolder: boolean) {
  const { loadProfile } = await import('../../workspace/submission-profiles.js');
  const { buildForProfile } = await import('../../check/submission-check.js');
  const profile = await loadProfile(id, root);
  // The profile's id as loaded (`UK-Parliament` is uk-parliament): one folder per channel.
  return { profile, ...(await buildForProfile({ ...options, ...(ownFolder ? { outDir: join(options.outDir, profile.id) } : {}), profile })) };
}

/**
 * The files an earlier build of these letters left beside the ones just written
 * (src/pipeline/stale-outputs.ts): listed, or with --clean removed.
 */
async function reportStale(ctx: CommandContext, out: Output, result: BuildResult, scope: import('../../pipeline/stale-outputs.js').StaleScope, clean: boolean): Promise<void> {
  const { staleOutputs, removeStale } = await import('../../pipeline/stale-outputs.js');
  const stale = await staleOutputs(result, scope);
  if (!stale.length) return;
  const shown = (paths: readonly string[]) => paths.map((p) => relative(ctx.io.cwd, p) || p).join(', ');
  if (clean) {
    const removed = await removeStale(stale);
    if (removed.length) out.info(`removed ${removed.length} file${removed.length === 1 ? '' : 's'} an earlier build left: ${shown(removed)}`);
    return;
  }
  out.warn(`not written by this build, left from an earlier one: ${shown(stale)} (coalition build --clean removes them)`);
}
