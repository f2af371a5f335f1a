/**
 * The first syntax fault of a YAML text, said in plain words. The parser reports where
 * it got lost, which is often a line after the slip (an over-indented line is blamed on
 * the value above it, an unclosed quote on the end of the file), and one slip makes it
 * lose its way many times over. People make a handful of slips: a tab, a line indented
 * to no level above it, a key without its colon, a value holding ": ", a quote or a
 * bracket never closed. Each is recognised from the text around the parser's first
 * error, and the diagnostic points at the slip itself, with the line for a caret.
 */
import type { Diagnostic } from '../errors.js';

/** The parts of the yaml library's error that are read. */
export interface ParserError {
  code: string;
  message: string;
  /** 1-based line and column in the text. */
  line: number;
  column: number;
}

interface Fault {
  line: number;
  column: number;
  message: string;
  hint: string;
}

/**
 * @param lines the parsed text's lines
 * @param error the parser's first error
 * @param lineOffset added to line numbers (the text's first line is the file's line lineOffset + 1)
 */
export function yamlFault(lines: readonly string[], error: ParserError, file: string, lineOffset = 0): Diagnostic {
  const fault = tab(lines, error) ?? unclosed(lines, error) ?? overIndented(lines, error) ?? colonInValue(lines, error) ?? colonInFlow(lines, error)
    ?? missingColon(lines, error) ?? misIndented(lines, error) ?? {
      line: error.line, column: error.column,
      message: `the YAML cannot be read here: ${error.message}`,
      hint: 'Look for a slip on this line or the one above: indentation (spaces, lined up with the fields around it), a missing ":" after a key, or quotes around a value holding ": " or "#".',
    };
  return {
    file, line: fault.line + lineOffset, column: fault.column, severity: 'error', code: 'yaml-syntax',
    message: fault.message, hint: fault.hint, excerpt: lines[fault.line - 1] ?? '',
  };
}

const indentOf = (line: string) => /^ */.exec(line)![0].length;
const isContent = (line: string | undefined) => line !== undefined && line.trim() !== '' && !line.trimStart().startsWith('#');

/** The nearest line above `line` (1-based) with content, and its number. */
function previousContent(lines: readonly string[], line: number): { text: string; line: number } | undefined {
  for (let i = line - 2; i >= 0; i--) if (isContent(lines[i])) return { text: lines[i]!, line: i + 1 };
  return undefined;
}

/** A tab in the indentation, on the faulty line or above it (the parser may stumble later). */
function tab(lines: readonly string[], error: ParserError): Fault | undefined {
  for (let i = 0; i < Math.min(lines.length, error.line); i++) {
    const lead = /^[ \t]*/.exec(lines[i]!)![0];
    const at = lead.indexOf('\t');
    if (at === -1 || !isContent(lines[i])) continue;
    return {
      line: i + 1, column: at + 1,
      message: 'a tab in the indentation: YAML indents with spaces only',
      hint: 'Replace the tab with spaces, lining the line up with the fields it belongs with (editors can show tabs and convert them).',
    };
  }
  return undefined;
}

/** A quote or a `[`/`{` that is never closed: the parser notices only where the text ends or the indentation drops. */
function unclosed(lines: readonly string[], error: ParserError): Fault | undefined {
  const quote = /Missing closing ("|')quote/.exec(error.message);
  const flow = /Flow (sequence|mapping) in block collection must be sufficiently indented and end with a ([\]}])/.exec(error.message);
  if (!quote && !flow) return undefined;
  const opener = quote ? quote[1]! : flow![2] === ']' ? '[' : '{';
  const closer = quote ? opener : flow![2]!;
  // The last line above the error where the opener is left open.
  for (let i = Math.min(error.line, lines.length) - 1; i >= 0; i--) {
    const text = lines[i]!;
    const at = openedAt(text, opener, closer);
    if (at === -1) continue;
    // "WOLA” from a word processor: the closing quote is there, curly.
    const curly = quote ? (opener === '"' ? /[”“]/ : /[’‘]/).exec(text.slice(at + 1)) : null;
    return {
      line: i + 1, column: at + 1,
      message: quote ? `the ${opener} opened here is never closed${curly ? `: it ends with a curly ${curly[0]}` : ''}` : `the ${opener === '[' ? 'list' : 'map'} opened here with "${opener}" is never closed with "${closer}"`,
      hint: curly
        ? `Word and Google Docs turn quotes into curly ones as you type, and YAML reads those as text: end the value with a straight ${opener} too (or remove both quotes).`
        : quote
        ? `End the value with a matching ${opener} on this line, or remove the quote (a value needs quotes only when it holds ": " or " #" or starts with a special character).`
        : `Add "${closer}" at the end of this line (items are separated by commas: [en, es]).`,
    };
  }
  return undefined;
}

/** Where on `text` an `opener` is left unclosed (outside quotes and comments), or -1. */
function openedAt(text: string, opener: string, closer: string): number {
  if (opener === closer) {
    // A quote: opened at the start of a value, an odd number of them on the line.
    const start = text.search(new RegExp(`(^|[:\\-\\[{,]\\s*)${opener}`));
    if (start === -1) return -1;
    const at = text.indexOf(opener, start);
    const count = text.slice(at).split(opener).length - 1;
    return count % 2 === 1 ? at : -1;
  }
  let depth = 0;
  let first = -1;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === '\'') quote = c;
    else if (c === '#' && (i === 0 || text[i - 1] === ' ')) break;
    else if (c === opener) {
      if (depth++ === 0) first = i;
    } else if (c === closer && depth > 0) depth--;
  }
  return depth > 0 ? first : -1;
}

/**
 * A line indented deeper than the one above, which already has its value: the parser
 * blames the line above (`title: x` cannot also hold a map). The slip is the deeper
 * line, unless the line above is itself the odd one out (less indented than both its
 * neighbours, as a field pulled left out of its entry is).
 */
function overIndented(lines: readonly string[], error: ParserError): Fault | undefined {
  if (error.code !== 'BLOCK_AS_IMPLICIT_KEY' && error.code !== 'MULTILINE_IMPLICIT_KEY') return undefined;
  const above = lines[error.line - 1];
  if (!above || !/^\s*(- )?[^\s#:][^:#]*:\s+\S/.test(above)) return undefined;
  let next = error.line;
  while (next < lines.length && !isContent(lines[next])) next++;
  const below = lines[next];
  if (!isContent(below) || indentOf(below!) <= fieldIndent(above) || !/^\s*[^\s#:][^:#]*:(\s|$)/.test(below!)) return undefined;
  const before = previousContent(lines, error.line);
  if (before && fieldIndent(before.text) === indentOf(below!) && indentOf(above) < indentOf(below!)) return indentation(lines, error.line);
  return indentation(lines, next + 1);
}

/** Where the fields of the entry a line belongs to start (`- name:` counts as its field). */
const fieldIndent = (line: string) => indentOf(line.replace(/^(\s*)- /, '$1  '));

/** Line `line` is indented unlike the line above it; undefined when it is not. */
function indentation(lines: readonly string[], line: number): Fault | undefined {
  const text = lines[line - 1];
  const above = previousContent(lines, line);
  if (!isContent(text) || !above) return undefined;
  const indent = indentOf(text!);
  const sibling = fieldIndent(above.text);
  if (indent === sibling) return undefined;
  const item = /^\s*- /.test(text!);
  return {
    line, column: indent + 1,
    message: `this line is indented ${indent} space${indent === 1 ? '' : 's'}, the line above it ${sibling}: YAML groups fields by their indentation`,
    hint: item
      ? 'Start each "- " item of a list in the same column as the items before it.'
      : `If it belongs with the field above (line ${above.line}), start it in the same column, ${sibling + 1}, with spaces.`,
  };
}

/** `title: Re: the dialogue`: the second ": " reads as a key inside the value. */
function colonInValue(lines: readonly string[], error: ParserError): Fault | undefined {
  if (error.code !== 'BLOCK_AS_IMPLICIT_KEY') return undefined;
  const text = lines[error.line - 1] ?? '';
  const match = /^(\s*(?:- )?[^\s#:'"][^:#]*):\s+([^'"[{\s].*?:\s.*)$/.exec(text);
  if (!match) return undefined;
  const key = match[1]!.trim();
  return {
    line: error.line, column: match[1]!.length + 3,
    message: 'a colon followed by a space inside a value: YAML reads it as the start of another key',
    hint: `Put the value in quotes: ${key}: "${match[2]!.replace(/\s+#.*$/, '').replace(/"/g, '\\"')}".`,
  };
}

/**
 * `title: { en: Re: the dialogue, es: … }`: inside a list or map written with brackets,
 * ": " in a value starts a map the parser refuses ("Block collections are not allowed
 * within flow collections"). The value runs from the error to the next "," or bracket.
 */
function colonInFlow(lines: readonly string[], error: ParserError): Fault | undefined {
  if (error.code !== 'BLOCK_IN_FLOW') return undefined;
  const text = lines[error.line - 1] ?? '';
  const start = error.column - 1;
  if (!/: /.test(text.slice(start))) return undefined;
  const rest = /^[^,\]}]*/.exec(text.slice(start))![0].trimEnd();
  if (!/: /.test(rest) || /^["']/.test(rest)) return undefined;
  const fixed = `${text.slice(0, start)}"${rest.replace(/"/g, '\\"')}"${text.slice(start + rest.length)}`;
  return {
    line: error.line, column: error.column,
    message: 'a colon followed by a space inside a value: YAML reads it as the start of another key',
    hint: `Put the value in quotes: ${fixed.trim()}`,
  };
}

/**
 * `name Washington Office`, or an id with nothing after it and fields under it: the ":"
 * is missing. The parser stumbles on that line or on the next one.
 */
function missingColon(lines: readonly string[], error: ParserError): Fault | undefined {
  if (!['MULTILINE_IMPLICIT_KEY', 'MISSING_CHAR', 'BAD_INDENT'].includes(error.code)) return undefined;
  const above = previousContent(lines, error.line);
  for (const line of [error.line, ...(above ? [above.line] : [])]) {
    const text = lines[line - 1] ?? '';
    const content = text.replace(/\s+#.*$/, '');
    if (!isContent(text) || /:(\s|$)/.test(content) || /^\s*-(\s|$)/.test(content) || /^\s*["'[{]/.test(content)) continue;
    const [key, ...rest] = content.trim().split(/\s+/);
    return {
      line, column: indentOf(text) + key!.length + 1,
      message: `"${content.trim()}" has no ":" after its key`,
      hint: rest.length
        ? `Write the key, a colon and a space, then the value: ${key}: ${rest.join(' ')}`
        : `Write a colon after it: ${key}:`,
    };
  }
  return undefined;
}

/** A line whose indentation matches no level of the lines above it. */
function misIndented(lines: readonly string[], error: ParserError): Fault | undefined {
  if (!['BAD_INDENT', 'MISSING_CHAR', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'UNEXPECTED_TOKEN'].includes(error.code)) return undefined;
  return indentation(lines, error.line);
}
