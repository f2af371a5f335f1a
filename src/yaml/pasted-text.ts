/**
 * Slips of YAML typed in, or pasted from, a word processor (Word, Google Docs, Pages):
 * they turn " into “ ”, ' into ‘ ’, "- " at the start of a line into an en dash or a
 * bullet, and put non-breaking spaces where spaces were. The YAML parser reads most of
 * these without complaint and gets another file than the one meant (curly quotes are
 * text, so `{ es: “Atentamente,”, en: “Sincerely,” }` splits at its commas and then
 * finds the key "”" twice; "– wola" is a sentence, not a list item), so its own error,
 * when there is one, is about something else. They are looked for in the text itself,
 * before the parser, and said in plain words with the line to write instead.
 *
 * Errors are slips that change what the file says (a comma or ": " inside curly
 * quotes, a dash for a list item, a non-breaking space that makes a key); a value
 * simply wrapped in curly quotes reads as meant but prints them, which is a warning.
 */
import type { Diagnostic } from '../errors.js';

/** Nothing in a text without one of these is looked at (the common case: a quick test). */
const SUSPECT = /[\u00a0\u2000-\u200b\u2060\u202f\u3000\ufeff\u2013\u2014\u2022\u2043\u25e6\u2212\u2018\u2019\u201a\u201c\u201d\u201e]/;
/** Spaces that are not the ASCII space YAML indents and separates with (and invisible ones). */
const ODD_SPACE = /[\u00a0\u2000-\u200b\u2060\u202f\u3000\ufeff]/;
/** What a word processor makes of "- " at the start of a line: dashes, bullets, a minus. */
const DASH_ITEM = /^([\u2013\u2014\u2022\u2043\u25e6\u2212])[ \u00a0]/;
const OPENERS = '“”„‘’‚';
const CLOSERS = '”“’‘';

const SPACE_NAMES: Record<string, string> = { '\u00a0': 'a non-breaking space', '\u202f': 'a narrow non-breaking space', '\u200b': 'a zero-width space', '\ufeff': 'an invisible byte order mark', '\u2060': 'an invisible word joiner' };
const DASH_NAMES: Record<string, string> = { '–': 'an en dash', '—': 'an em dash', '•': 'a bullet', '⁃': 'a bullet', '◦': 'a bullet', '−': 'a minus sign' };

export interface PastedSlips {
  /** The first slip that changes what the file says; nothing after it can be trusted. */
  error?: Diagnostic;
  /** Values wrapped in curly quotes, which print them. */
  warnings: Diagnostic[];
}

/** The word-processor slips of a YAML text whose first line is line `lineOffset + 1` of `file`. */
export function pastedSlips(text: string, file: string, lineOffset = 0): PastedSlips {
  const warnings: Diagnostic[] = [];
  if (!SUSPECT.test(text)) return { warnings };
  const lines = text.split('\n');
  const at = (line: number, column: number, kind: Pick<Diagnostic, 'severity' | 'code'>, message: string, hint: string): Diagnostic => ({
    file, line: line + lineOffset, column, ...kind, message, hint, ...(kind.severity === 'error' ? { excerpt: lines[line - 1] ?? '' } : {}),
  });
  /** Inside a block scalar (`note: |`): its lines are text, whatever they hold. */
  let blockParent = -1;
  let flowDepth = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    // Most lines of a long registry hold nothing to look at: no suspect character, no bracket, no block scalar.
    if (blockParent < 0 && flowDepth === 0 && !SUSPECT.test(line) && !/[[\]{}|>]/.test(line)) continue;
    const lead = /^[ \t\u00a0\u2000-\u200b\u2060\u202f\u3000\ufeff]*/.exec(line)![0];
    const content = line.slice(lead.length);
    if (blockParent >= 0) {
      if (content === '' || lead.length > blockParent) continue;
      blockParent = -1;
    }
    if (content === '' || content.startsWith('#')) continue;
    const odd = ODD_SPACE.exec(lead);
    if (odd && !(odd[0] === '\ufeff' && i === 0 && odd.index === 0)) {
      return { error: at(i + 1, odd.index + 1, { severity: 'error', code: 'yaml-syntax' }, `${SPACE_NAMES[odd[0]] ?? 'an unusual space'} in the indentation (pasted from a word processor): YAML indents with plain spaces only`, 'Delete the indentation of this line and type it again with the space bar, lining it up with the fields it belongs with.'), warnings };
    }
    const dash = flowDepth === 0 ? DASH_ITEM.exec(content) : null;
    if (dash) {
      const fixed = `${lead}- ${content.slice(2)}`;
      return { error: at(i + 1, lead.length + 1, { severity: 'error', code: 'yaml-syntax' }, `this line starts with ${DASH_NAMES[dash[1]!]} "${dash[1]}" where a list item needs a plain hyphen "-"`, `Word processors turn "- " into a dash or a bullet: write the line as \`${fixed.trim()}\`.`), warnings };
    }
    const key = flowDepth === 0 ? /^((?:- )*)([^\s#:'"{[][^:#]*?)(:)([ \u00a0\u202f]|$)/.exec(content) : null;
    if (key) {
      const inKey = /[\u00a0\u200b\u2060\u202f\ufeff]/.exec(key[2]!);
      const after = key[4] === '\u00a0' || key[4] === '\u202f' ? key[4] : undefined;
      if (inKey || after) {
        const column = lead.length + key[1]!.length + (inKey ? inKey.index : key[2]!.length + 1) + 1;
        const what = SPACE_NAMES[(inKey?.[0] ?? after)!]!;
        return { error: at(i + 1, column, { severity: 'error', code: 'yaml-syntax' }, `${what} ${inKey ? 'in the key' : 'after the key\'s colon'} (pasted from a word processor): YAML reads it as part of the text`, `Type the ${inKey ? 'key' : 'space after the colon'} again with a plain space: \`${`${key[2]!.replace(/[\u00a0\u200b\u2060\u202f\ufeff]/g, inKey ? '' : ' ').trim()}:`} …\`.`), warnings };
      }
    }
    const scan = curlyValues(line, flowDepth);
    flowDepth = scan.depth;
    if (scan.mixed) {
      const { start, end } = scan.mixed;
      const fixed = `${line.slice(0, end)}${line[start]}${line.slice(end + 1)}`;
      return { error: at(i + 1, start + 1, { severity: 'error', code: 'yaml-syntax' }, `the ${line[start]} opened here ends with a curly ${line[end]}: YAML needs the same straight quote at both ends`, `Word and Google Docs turn quotes into curly ones as you type: write the line as \`${fixed.trim()}\`.`), warnings };
    }
    for (const value of scan.values) {
      const fixed = straightened(line, scan.values);
      if (value.breaks) {
        return { error: at(i + 1, value.start + 1, { severity: 'error', code: 'yaml-syntax' }, `curly quotes ${line[value.start]} ${line[value.end]} around a value: use straight quotes " or none`, `Word and Google Docs turn " into “ ” as you type, and YAML reads curly quotes as text, so the ${/: /.test(value.inner) ? '": "' : /,/.test(value.inner) ? 'comma' : '"#"'} inside ends the value. Write the line as \`${fixed.trim()}\` (or paste as plain text, or turn smart quotes off).`), warnings };
      }
      warnings.push(at(i + 1, value.start + 1, { severity: 'warning', code: 'yaml-curly-quotes' }, `the value ${line.slice(value.start, value.end + 1)} is wrapped in curly quotes, which YAML keeps as text: the letter prints them`, `To quote it for YAML, use straight quotes: \`${fixed.trim()}\`. To print the curly quotes on purpose, put the whole value in straight quotes: '${line.slice(value.start, value.end + 1)}'.`));
    }
    if (flowDepth === 0 && /:[ \t]+[|>][-+0-9]*[ \t]*(#.*)?$/.test(content)) blockParent = lead.length;
  }
  return { warnings };
}

interface CurlyValue {
  /** Columns (0-based) of the opening and closing curly quotes. */
  start: number;
  end: number;
  inner: string;
  /** What is inside would have needed real quotes: a comma in a list or map, ": ", " #". */
  breaks: boolean;
}

/**
 * The values of one line that are wrapped in curly quotes, and the depth of `[`/`{`
 * after it. A value starts the line's content, follows "- ", "key: ", or in a list or
 * map follows "[", "{" or ",".
 */
function curlyValues(line: string, depthBefore: number): { values: CurlyValue[]; depth: number; mixed?: { start: number; end: number } } {
  const values: CurlyValue[] = [];
  let depth = depthBefore;
  let quote = '';
  let valueStart = true;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote && !(quote === '\'' && line[i + 1] === '\'')) quote = '';
      else if (quote === '\'' && c === '\'') i++;
      else if (quote === '"' && c === '\\') i++;
      continue;
    }
    if (c === ' ' || c === '\t') continue;
    if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) break;
    if (valueStart && (c === '"' || c === '\'')) {
      const curly = curlyCloser(line, i, depth > 0);
      if (curly !== undefined) return { values: [], depth, mixed: { start: i, end: curly } };
      quote = c;
      valueStart = false;
      continue;
    }
    if (valueStart && OPENERS.includes(c)) {
      const value = wrapped(line, i, depth > 0);
      valueStart = false;
      if (value) {
        values.push(value);
        i = value.end;
        continue;
      }
    }
    if (c === '-' && valueStart && /\s|$/.test(line[i + 1] ?? '')) continue;
    if (c === '[' || c === '{') {
      depth++;
      valueStart = true;
      continue;
    }
    if ((c === ']' || c === '}') && depth > 0) {
      depth--;
      valueStart = false;
      continue;
    }
    if (c === ',' && depth > 0) {
      valueStart = true;
      continue;
    }
    if (c === ':' && /\s|$/.test(line[i + 1] ?? '')) {
      valueStart = true;
      continue;
    }
    valueStart = false;
  }
  return { values, depth };
}

/**
 * `"Atentamente,”`: a value opened with a straight quote and closed with a curly one,
 * which the parser reads on past it (to the next straight quote). The column of that
 * curly quote, when it stands where the value ends.
 */
function curlyCloser(line: string, start: number, inFlow: boolean): number | undefined {
  const straight = line[start]!;
  const curly = straight === '"' ? '”“' : '’‘';
  const next = line.indexOf(straight, start + 1);
  for (let i = start + 1; i < (next === -1 ? line.length : next); i++) {
    if (!curly.includes(line[i]!)) continue;
    const after = line.slice(i + 1).trimStart()[0];
    if (after === undefined || after === '#' || (inFlow && (after === ',' || after === ']' || after === '}'))) return i;
  }
  return undefined;
}

/**
 * The curly-quoted value opening at `start`: its closing quote is the last curly one
 * before the value ends (the end of the line or a comment; in a list or map, a ",",
 * "]" or "}" right after a closing quote), so an apostrophe inside (“Women’s”) is text.
 */
function wrapped(line: string, start: number, inFlow: boolean): CurlyValue | undefined {
  let end = -1;
  for (let i = start + 1; i < line.length; i++) {
    const c = line[i]!;
    if (!inFlow && c === '#' && /\s/.test(line[i - 1]!)) break;
    if (!CLOSERS.includes(c)) continue;
    const next = line.slice(i + 1).trimStart()[0];
    if (inFlow) {
      if (next === undefined || next === ',' || next === ']' || next === '}' || next === '#') {
        end = i;
        break;
      }
    } else if (next === undefined || next === '#') end = i;
  }
  if (end === -1) return undefined;
  const inner = line.slice(start + 1, end);
  if (inner.trim() === '') return undefined;
  const breaks = /:\s/.test(inner) || /\s#/.test(inner) || (inFlow && /[,[\]{}]/.test(inner));
  return { start, end, inner, breaks };
}

/** The line with each curly-quoted value in straight double quotes. */
function straightened(line: string, values: readonly CurlyValue[]): string {
  let out = '';
  let from = 0;
  for (const v of values) {
    out += `${line.slice(from, v.start)}"${v.inner.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    from = v.end + 1;
  }
  return out + line.slice(from);
}
