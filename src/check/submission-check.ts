/**
 * `build --for <profile>` and `check --for <profile>`: build what a channel takes
 * (its formats and languages, the Word letter set as it asks), then measure the
 * built files against the profile's rules (submission-measure.ts). `check --for`
 * builds into a temporary folder that it removes: it measures the real documents
 * without leaving any behind.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from '../errors.js';
import { editionLanguages } from '../render/bilingual.js';
import { letterViews } from '../render/letter-html.js';
import { buildLetters, type BuildOptions, type BuildResult, type BuiltFile, type OutputFormat } from '../pipeline/build-letters.js';
import { loadReference } from '../pipeline/write-word.js';
import { buildWordLetter } from '../render/docx/word-document.js';
import type { LetterView } from '../resolve/letter-view.js';
import { openWorkspace, prepareLetter } from '../workspace/load.js';
import type { LoadedProfile } from '../workspace/submission-profiles.js';
import { listLetters } from '../workspace/workspace.js';
import { findingDiagnostics, measureSubmission, type Finding, type PageCount } from './submission-measure.js';

export interface SubmissionReport {
  /** The letter, as shown to the user. */
  file: string;
  findings: Finding[];
}

export interface SubmissionOptions extends Omit<BuildOptions, 'formats' | 'letters'> {
  profile: LoadedProfile;
  /** Absolute paths of the letters; default: every letter. */
  letters?: string[];
  /** Formats asked for on the command line instead of the profile's. */
  formats?: OutputFormat[];
}

export interface SubmissionResult {
  build: BuildResult;
  reports: SubmissionReport[];
  /** The reports' warnings (over a limit, not measured, not supported). */
  diagnostics: Diagnostic[];
}

/** Builds the letters as the profile's channel takes them, and measures what was built. */
export async function buildForProfile(options: SubmissionOptions): Promise<SubmissionResult> {
  const { profile } = options.profile;
  const paths = options.letters ?? (await listLetters(options.root));
  const word = {
    ...options.word,
    ...(profile.word?.font ? { font: profile.word.font } : {}),
    ...(profile.word?.signers_first ? { signersFirst: true } : {}),
  };
  const langs = options.langs ?? profile.languages;
  // A channel that asks PDF/A gets it, of the part the letter allows unless one was asked for.
  const pdfa = options.pdfa ?? (profile.rules.some((r) => r.kind === 'pdfa') ? 'auto' : undefined);
  const build = await buildLetters({
    ...options, letters: paths, formats: options.formats ?? profile.formats, word,
    ...(langs ? { langs, requireLangs: !!options.langs } : {}), ...(pdfa ? { pdfa } : {}),
  });

  const ws = await openWorkspace(options.root);
  const reference = build.letters.some((l) => l.outputs.some((o) => o.format === 'docx'))
    ? (await loadReference(ws.root, word.referenceDocx)).reference
    : undefined;
  const reports: SubmissionReport[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [index, letter] of build.letters.entries()) {
    if (letter.error) continue;
    const prepared = await prepareLetter(ws, paths[index]!);
    const fm = prepared.letter.frontMatter!;
    const built = options.bilingual ? editionLanguages(fm.languages, langs) : fm.languages.filter((lang) => letter.outputs.some((o) => o.lang === lang));
    const { views } = letterViews(ws, prepared, built, options.draft ?? false);
    const partsOf = (output: BuiltFile): LetterView[] => (options.bilingual ? views.slice(0, 2) : views.filter((v) => v.lang === output.lang));
    const findings = await measureSubmission({
      profileId: options.profile.id,
      profile,
      views,
      outputs: letter.outputs,
      languagesOf: (output) => partsOf(output).map((v) => v.lang),
      pagesOf: (output) => (output.format === 'pdf'
        ? pdfPages(output.path)
        : wordPages(buildWordLetter(partsOf(output), {
          edition: options.bilingual ?? 'single',
          forLayout: true,
          ...(word.font ? { font: word.font } : {}),
          ...(word.signersFirst ? { signersFirst: true } : {}),
          ...(reference ? { reference } : {}),
        }).document)),
    });
    reports.push({ file: letter.file, findings });
    diagnostics.push(...findingDiagnostics(letter.file, options.profile.id, findings));
  }
  return { build, reports, diagnostics };
}

/** Measures the letters against the profile on documents built in a temporary folder, then removed. */
export async function checkForProfile(options: Omit<SubmissionOptions, 'outDir'>): Promise<SubmissionResult> {
  const outDir = await mkdtemp(join(tmpdir(), 'coalition-check-'));
  try {
    return await buildForProfile({ ...options, outDir });
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

async function pdfPages(path: string): Promise<PageCount> {
  const { PDFDocument } = await import('pdf-lib');
  const doc = await PDFDocument.load(await readFile(path), { updateMetadata: false });
  return { pages: doc.getPageCount(), estimated: false };
}

/** A Word document's pages, laid out as Word lays them out (docx's layout module, loaded only here). */
async function wordPages(document: Parameters<typeof import('docx/layout').layoutDocument>[0]): Promise<PageCount> {
  const { layoutDocument } = await import('docx/layout');
  const layout = layoutDocument(document, { guess: true });
  if (layout.stoppedAt) return { estimated: true, unknown: `Word's layout could not be followed past ${layout.stoppedAt}; count the pages in Word` };
  return { pages: layout.pages.length, estimated: true };
}
