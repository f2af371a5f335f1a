/**
 * A letter's lines as a reader of the printed letter sees them: YAML comments in the
 * front matter are blanked (they are never printed), the `---` and `::: lang` fences
 * are skipped. Blanking keeps columns, so a problem found in `text` is reported at
 * the file's own line and column.
 */
import { splitFrontMatter } from './front-matter.js';

export interface LetterLine {
  /** 1-based file line. */
  line: number;
  text: string;
  region: 'front-matter' | 'body';
}

const FENCE = /^(---|:::)([ \t]*[A-Za-z-]*)?[ \t]*$/;

export function printableLines(text: string): LetterLine[] {
  // Where the front matter ends is decided the way every reader decides it.
  const split = splitFrontMatter(text);
  // Lines before `closing` are the front matter's (line 1 is its opening `---`); an unclosed one runs to the end.
  const closing = split ? split.closed?.line ?? Infinity : 0;
  const result: LetterLine[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (line === 1 && split) return;
    if (line < closing) result.push({ line, text: blankYamlComment(raw), region: 'front-matter' });
    else if (line > closing && !FENCE.test(raw)) result.push({ line, text: raw, region: 'body' });
  });
  return result;
}

/** Replaces a YAML comment (a `#` at the start or after a blank, outside quotes) by spaces. */
export function blankYamlComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) {
        if (quote === "'" && line[i + 1] === "'") i++;
        else quote = undefined;
      } else if (c === '\\' && quote === '"') i++;
    } else if (c === '"' || c === "'") {
      // A quote only opens a quoted scalar at the start of a value, not inside a word (it's).
      if (i === 0 || /[\s:,[{-]/.test(line[i - 1]!)) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) {
      return line.slice(0, i) + ' '.repeat(line.length - i);
    }
  }
  return line;
}
