/**
 * The Word stage of `build --format docx`: each letter's views → its .docx, beside
 * the HTML and PDF, written atomically. Loaded only by builds that ask for Word, so
 * the docx library never slows an HTML or PDF build.
 *
 * The reference document is `--reference-docx <file>` (any file the user names), or
 * else the workspace's `templates/reference.docx`, which like every template
 * override must be a regular file inside the workspace (inside-workspace.ts). Its
 * size is known before a byte of it is read.
 */
import { existsSync, lstatSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CoalitionError, ExitCode, type Diagnostic } from '../errors.js';
import type { LetterView } from '../resolve/letter-view.js';
import { buildWordLetter, type WordEdition, type WordLetter } from '../render/docx/word-document.js';
import { MAX_REFERENCE_BYTES, readReferenceDocument, referenceTooLarge, type ReferenceDocument } from '../render/docx/word-reference.js';
import type { WordFont } from '../render/docx/word-styles.js';
import { writeFileAtomic } from '../workspace/atomic-write.js';
import { workspaceFile } from '../workspace/inside-workspace.js';
import { readRegularFile } from '../workspace/regular-file.js';
import { displayPath } from '../workspace/workspace.js';
import { outputPath } from './output-paths.js';

export interface WordOptions {
  /** A reference .docx named on the command line (absolute path). */
  referenceDocx?: string;
  /** The body's font, as a channel asks (`--for un-hrc-statement`: Times New Roman 12, justified). */
  font?: Partial<WordFont>;
  /** The signatory block right after the heading. */
  signersFirst?: boolean;
  /** Each document will also be laid out to count its pages (`--for`): made with its styles as objects too. */
  forLayout?: boolean;
}

export interface WordJob {
  file: string;
  /** The letter's file name without `.md`. */
  name: string;
  /** One view, or both of a combined edition (first language first). */
  parts: LetterView[];
  edition: WordEdition;
  /** Where to write it; default: `out/<date>-<slug>.<lang>.docx`. */
  path?: string;
}

/**
 * The reference document of this build, if any; its reading problems as warnings.
 * `check` calls this too, so it reports what a build would.
 */
export async function loadReference(root: string, explicit?: string): Promise<{ reference?: ReferenceDocument; diagnostics: Diagnostic[] }> {
  let path = explicit;
  const origin = explicit ?? OWN_REFERENCE;
  if (!path) {
    const own = join(root, OWN_REFERENCE);
    if (!existsSync(own) && !isLink(own)) return { diagnostics: [] };
    path = workspaceFile(root, own, 'template', OWN_REFERENCE);
    if (!path) return { diagnostics: [] };
  } else if (!existsSync(path)) {
    throw new CoalitionError(`${origin}: no such file`, {
      code: 'reference-docx-missing', exitCode: ExitCode.usage, hint: 'Name a Word document (.docx) whose styles the letters should take.',
    });
  }
  const file = explicit ? relative(root, explicit) || explicit : origin;
  let reference: ReferenceDocument;
  try {
    const bytes = await readRegularFile(path, origin, MAX_REFERENCE_BYTES, { overLimit: (size) => referenceTooLarge(origin, size) });
    reference = readReferenceDocument(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), origin);
  } catch (error) {
    throw atFile(error, file, origin);
  }
  return {
    reference,
    diagnostics: reference.problems.map((message) => ({
      file, line: 0, column: 0, severity: 'warning', code: 'reference-docx-part', message,
      hint: 'Keep the header and footer of the reference document to text, page numbers and pictures stored in it.',
    })),
  };
}

const OWN_REFERENCE = 'templates/reference.docx';

/** A reference's problem as one line at its file, as `check` reports it: `templates/reference.docx error docx-too-large …`. */
function atFile(error: unknown, file: string, origin: string): unknown {
  if (!(error instanceof CoalitionError) || error.diagnostics.length) return error;
  const message = error.message.startsWith(origin) ? error.message.slice(origin.length).replace(/^:? /, '') : error.message;
  return CoalitionError.fromDiagnostic(
    { file, line: 0, column: 0, severity: 'error', code: error.code, message, ...(error.hint ? { hint: error.hint } : {}) },
    { exitCode: error.exitCode, cause: error },
  );
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Writes the Word letter of `job`; returns its path, the document written and the warnings met. */
export async function writeWordLetter(
  job: WordJob,
  options: WordOptions & { outDir: string; root: string; reference?: ReferenceDocument },
): Promise<{ path: string; document: WordLetter['document']; diagnostics: Diagnostic[] }> {
  const primary = job.parts[0]!;
  const letter = buildWordLetter(job.parts, {
    edition: job.edition,
    ...(options.font ? { font: options.font } : {}),
    ...(options.signersFirst ? { signersFirst: true } : {}),
    ...(options.reference ? { reference: options.reference } : {}),
    ...(options.forLayout ? { forLayout: true } : {}),
  });
  const bytes = await letter.pack();
  const problems = letter.problems;
  const path = job.path ?? outputPath(options.outDir, job.name, primary.date, job.parts.map((v) => v.lang), 'docx');
  await writeFileAtomic(path, bytes, displayPath(options.root, path));
  return {
    path,
    document: letter.document,
    diagnostics: problems.map((message) => ({
      file: job.file, line: 0, column: 0, severity: 'warning', code: 'docx-image-left-out', message,
      hint: 'Word letters hold PNG, JPEG, GIF and self-contained SVG images: convert the image, or leave it to the PDF.',
    })),
  };
}
