/**
 * Where a letter's front matter is: the one rule that reading (`build`, `check`,
 * `preview`), the printable-lines check and the editing commands (`sign`, `withdraw`…)
 * all use, so they can never disagree about where the YAML ends and the body begins.
 *
 * - The first line is `---`, optionally with a language word (`--- yaml`) and spaces.
 * - The front matter ends at the first later line that is `---` alone (spaces or tabs
 *   after it allowed). A line that only starts with `---` (`----`, `--- end`) does not
 *   end it; an indented `---` (inside a block scalar) does not either.
 *
 * The text is LF: every file is read through read-text.ts, which turns CRLF into LF.
 */
import { CoalitionError, ExitCode } from '../errors.js';

export interface FrontMatterSpan {
  /** Offset of the first YAML character (after the opening `---` line). */
  start: number;
  /** Offset of the closing `---` line. */
  end: number;
}

export interface FrontMatterSplit {
  /** The word after the opening `---`, lower-cased; '' when there is none. */
  language: string;
  /** Offset of the first YAML character (the start of line 2). */
  start: number;
  /** Where it closes and the body begins; undefined when no line closes it. */
  closed?: {
    /** Offset of the closing `---` line, and its line number (1-based). */
    end: number;
    line: number;
    /** Offset of the body: the line after the closing one (the text's end when there is none). */
    body: number;
    /** The line the body starts on: the closing line's when nothing follows it. */
    bodyLine: number;
  };
}

const OPENING = /^---[ \t]*([^\s]*)[ \t]*\n/;
const CLOSING = /^---[ \t]*$/gm;

/** The front matter's place in `text`; undefined when the text does not start with an opening `---` line. */
export function splitFrontMatter(text: string): FrontMatterSplit | undefined {
  const opening = OPENING.exec(text);
  if (!opening) return undefined;
  const start = opening[0].length;
  const language = opening[1]!.toLowerCase();
  CLOSING.lastIndex = start;
  const closing = CLOSING.exec(text);
  if (!closing) return { language, start };
  const end = closing.index;
  const lineEnd = text.indexOf('\n', end);
  const line = lineCount(text, end);
  if (lineEnd === -1) return { language, start, closed: { end, line, body: text.length, bodyLine: line } };
  return { language, start, closed: { end, line, body: lineEnd + 1, bodyLine: line + 1 } };
}

/** The 1-based line number of `offset`. */
function lineCount(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Languages that mean YAML after the opening `---`: any other would be code to run, and is refused. */
export const YAML_LANGUAGES: ReadonlySet<string> = new Set(['', 'yaml', 'yml']);

/** The span an edit of the front matter may rewrite; an error when there is no closed YAML front matter. */
export function findFrontMatter(text: string, file: string): FrontMatterSpan {
  const split = splitFrontMatter(text);
  if (!split?.closed || !YAML_LANGUAGES.has(split.language)) {
    throw new CoalitionError(`${file} has no YAML front matter to edit`, {
      code: 'missing-front-matter', exitCode: ExitCode.input,
      hint: 'A letter starts with a line `---`, its fields, and another line `---` (see `coalition new`).',
    });
  }
  return { start: split.start, end: split.closed.end };
}
