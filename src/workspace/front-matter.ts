/**
 * Where a letter's front matter is: the one rule that reading (`build`, `check`,
 * `preview`), the printable-lines check and the editing commands (`sign`, `withdraw`…)
 * all use, so they can never disagree about where the YAML ends and the body begins.
 *
 * - The first line is `---`, optionally with a language word (`--- yaml`) and spaces.
 * - gray-matter (the library the project chose for front matter) decides where it
 *   ends: at the first later line that starts with `---`; an indented `---` (inside a
 *   block scalar) does not end it. Its only engine is ours and parses nothing, so it
 *   brings no second YAML dialect: the YAML is read by yaml.ts, with positions.
 * - A closing line with more than `---` and spaces on it (`----`, `--- end`) is still
 *   where every reader ends the front matter, but `exact` is false: readers report it
 *   (`front-matter-closing`) and editors refuse it, rather than guess what was meant.
 *
 * The text is LF: every file is read through read-text.ts, which turns CRLF into LF.
 */
import matter from 'gray-matter';
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
    /** The closing line is `---` alone (spaces and tabs after it allowed). */
    exact: boolean;
  };
}

const OPENING = /^---[ \t]*([^\s]*)[ \t]*\n/;
const EXACT_CLOSING = /^---[ \t]*$/;

/** The front matter's place in `text`; undefined when the text does not start with an opening `---` line. */
export function splitFrontMatter(text: string): FrontMatterSplit | undefined {
  const opening = OPENING.exec(text);
  // gray-matter reads `----` on the first line as a rule, not as an opening.
  if (!opening || text[3] === '-') return undefined;
  const start = opening[0].length;
  const language = opening[1]!.toLowerCase();
  const end = closingLineStart(text, opening[1]!);
  if (end === undefined) return { language, start };
  const lineEnd = text.indexOf('\n', end);
  const closingLine = text.slice(end, lineEnd === -1 ? text.length : lineEnd);
  const line = lineCount(text, end);
  const exact = EXACT_CLOSING.test(closingLine);
  if (lineEnd === -1) return { language, start, closed: { end, line, body: text.length, bodyLine: line, exact } };
  return { language, start, closed: { end, line, body: lineEnd + 1, bodyLine: line + 1, exact } };
}

/**
 * The offset of the line gray-matter closes the front matter with. Its engine for the
 * front matter's language only records that it was called: the YAML is parsed by
 * yaml.ts, with positions, once the span is known.
 */
function closingLineStart(text: string, languageWord: string): number | undefined {
  const engine = { parse: () => ({}), stringify: () => '' };
  // Given options, gray-matter neither caches by content nor looks up an engine of its own.
  const file = matter(text, { language: 'yaml', engines: { yaml: engine, [languageWord || 'yaml']: engine } as never });
  // gray-matter's `matter` starts after `---` and the language word (when there is one) and ends before "\n---".
  const firstLineRest = text.slice(3, text.indexOf('\n'));
  const matterStart = 3 + (firstLineRest.trim() ? firstLineRest.length : 0);
  const newline = matterStart + (file.matter ?? '').length;
  return text.startsWith('\n---', newline) ? newline + 1 : undefined;
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
  if (!split?.closed || !split.closed.exact || !YAML_LANGUAGES.has(split.language)) {
    throw new CoalitionError(`${file} has no YAML front matter to edit`, {
      code: 'missing-front-matter', exitCode: ExitCode.input,
      hint: 'A letter starts with a line `---`, its fields, and another line `---` (see `coalition new`).',
    });
  }
  return { start: split.start, end: split.closed.end };
}
