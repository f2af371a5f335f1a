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
import { buildLetters, type BuildOptions, type BuildResult, type BuiltFile, type OutputFormat } from '../pipeline/build-letters.js';
import type { LoadedProfile } from '../workspace/submission-profiles.js';
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

/**
 * Builds the letters as the profile's channel takes them, and measures what was built:
 * each file's pages from the very document written (the PDF read back; a Word file's
 * document as the build made it, laid out as Word would), and the words of the views
 * the build made. Nothing is read or rendered a second time.
 */
export async function buildForProfile(options: SubmissionOptions): Promise<SubmissionResult> {
  const { profile } = options.profile;
  const word = {
    ...options.word,
    ...(profile.word?.font ? { font: profile.word.font } : {}),
    ...(profile.word?.signers_first ? { signersFirst: true } : {}),
    forLayout: true,
  };
  const langs = options.langs ?? profile.languages;
  // A channel that asks PDF/A gets it, of the part the letter allows unless one was asked for.
  const pdfa = options.pdfa ?? (profile.rules.some((r) => r.kind === 'pdfa') ? 'auto' : undefined);
  const build = await buildLetters({
    ...options, formats: options.formats ?? profile.formats, word,
    ...(langs ? { langs, requireLangs: !!options.langs } : {}), ...(pdfa ? { pdfa } : {}),
  });
  const reports: SubmissionReport[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const letter of build.letters) {
    if (letter.error || !letter.views) continue;
    const findings = await measureSubmission({
      profileId: options.profile.id,
      profile,
      views: letter.views,
      outputs: letter.outputs,
      languagesOf: (output) => output.parts.map((v) => v.lang),
      pagesOf: (output) => (output.format === 'pdf' ? pdfPages(output.path) : wordPages(output.word!, output.parts)),
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

/**
 * Words longer than this are unbreakable for the layout, which measures them a
 * character at a time: a letter of 8,000 characters without a space took 24 s.
 */
const LONG_WORD = 60;
/** Characters in long words the layout is given: about a second of it on a slow machine. */
const MAX_LONG_WORD_CHARACTERS = 400;
/** A Word page of body text at 12 pt, for the estimate made without the layout. */
const CHARACTERS_PER_PAGE = 3000;

/** The characters of a letter's body text, and of its long unbroken words. */
export function unbrokenText(parts: readonly { body: string }[]): { characters: number; longWords: number; longest: number } {
  let characters = 0;
  let longWords = 0;
  let longest = 0;
  for (const part of parts) {
    const text = part.body.replace(/<[^>]*>/g, ' ').replace(/&[#a-z0-9]+;/gi, 'x');
    for (const word of text.split(/\s+/)) {
      characters += word.length + 1;
      if (word.length > LONG_WORD) longWords += word.length;
      longest = Math.max(longest, word.length);
    }
  }
  return { characters, longWords, longest };
}

/**
 * A Word document's pages, laid out as Word lays them out (docx's layout module,
 * loaded only here). The layout is synchronous and slow on very long words: a letter
 * holding more than MAX_LONG_WORD_CHARACTERS of them is estimated from its length
 * instead, and the figure says the estimate was cut short.
 */
async function wordPages(document: NonNullable<BuiltFile['word']>, parts: readonly { body: string }[]): Promise<PageCount> {
  const text = unbrokenText(parts);
  if (text.longWords > MAX_LONG_WORD_CHARACTERS) {
    return {
      pages: Math.max(1, Math.ceil(text.characters / CHARACTERS_PER_PAGE)), estimated: true,
      cutShort: `a word of ${text.longest.toLocaleString('en-US')} characters without a break is not laid out; count the pages in Word`,
    };
  }
  const { layoutDocument } = await import('docx/layout');
  const layout = layoutDocument(document, { guess: true });
  if (layout.stoppedAt) return { estimated: true, unknown: `Word's layout could not be followed past ${layout.stoppedAt}; count the pages in Word` };
  return { pages: layout.pages.length, estimated: true };
}
