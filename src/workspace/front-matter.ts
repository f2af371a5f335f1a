/**
 * Where a letter's front matter is, as offsets into its text, so that an edit rewrites
 * only that span and the body after the closing `---` stays byte for byte the same.
 */
import { CoalitionError, ExitCode } from '../errors.js';

export interface FrontMatterSpan {
  /** Offset of the first YAML character (after the opening `---` line). */
  start: number;
  /** Offset of the closing `---` line. */
  end: number;
}

export function findFrontMatter(text: string, file: string): FrontMatterSpan {
  const opening = /^---[ \t]*(?:yaml|yml)?[ \t]*\n/i.exec(text);
  const closing = opening ? /^---[ \t]*$/m.exec(text.slice(opening[0].length)) : null;
  if (!opening || !closing) {
    throw new CoalitionError(`${file} has no YAML front matter to edit`, {
      code: 'missing-front-matter', exitCode: ExitCode.input,
      hint: 'A letter starts with a line `---`, its fields, and another line `---` (see `coalition new`).',
    });
  }
  const start = opening[0].length;
  return { start, end: start + closing.index };
}
