/**
 * A letter's lines as a reader of the printed letter sees them: YAML comments in the
 * front matter are blanked (they are never printed), the `---` and `::: lang` fences
 * are skipped. Blanking keeps columns, so a problem found in `text` is reported at
 * the file's own line and column.
 */
export interface LetterLine {
  /** 1-based file line. */
  line: number;
  text: string;
  region: 'front-matter' | 'body';
}

const FENCE = /^(---|:::)([ \t]*[A-Za-z-]*)?[ \t]*$/;

export function printableLines(text: string): LetterLine[] {
  const lines = text.split('\n');
  const result: LetterLine[] = [];
  let region: LetterLine['region'] = lines[0]?.startsWith('---') ? 'front-matter' : 'body';
  lines.forEach((raw, index) => {
    if (index === 0 && region === 'front-matter') return;
    if (region === 'front-matter' && /^---[ \t]*$/.test(raw)) {
      region = 'body';
      return;
    }
    if (region === 'body' && FENCE.test(raw)) return;
    result.push({ line: index + 1, text: region === 'front-matter' ? blankYamlComment(raw) : raw, region });
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
