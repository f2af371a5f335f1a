/**
 * The one entry point to YAML: every file read (the registry, letters' front matter,
 * strings files), every check of an edit, and every value written goes through here,
 * with one set of options: the YAML 1.2 core schema (dates stay strings), no custom
 * tags, no code execution, errors as data. No other module imports a YAML library to
 * parse or write (test/workspace/yaml-entry.test.ts keeps it so).
 *
 * Reading keeps positions: the `Document` (which also lets the editing commands change
 * a file without losing comments) and a way to turn a path such as `['to', 1, 'title']`
 * into the file's own 1-based line and column. A well-formed file is first read
 * quickly (yaml-quick.ts, js-yaml), and the position-keeping document is built only
 * when a problem or an edit needs it: docs/performance.md has the figures.
 *
 * The text is untrusted, so every cost is bounded: duplicate keys are found with one
 * hash set per map (the yaml library's own check is quadratic: 100,000 registry
 * entries took minutes), nesting deeper than `MAX_DEPTH` and alias bombs are refused
 * before anything recurses over the data, and custom tags are errors, not warnings.
 */
import { Document, isAlias, isCollection, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Diagnostic } from '../errors.js';
import { pastedSlips } from './pasted-text.js';
import { yamlFault } from './yaml-fault.js';
import { MAX_DEPTH, quickYaml } from './yaml-quick.js';

/** Alias expansion limit for `toJS`: a "billion laughs" document fails fast instead of exhausting memory. */
const MAX_ALIAS_COUNT = 100;

/** How every YAML text is parsed and every value written: the one option set. */
const OPTIONS = {
  schema: 'core',
  strict: true,
  uniqueKeys: false, // checked in linear time, below
  prettyErrors: false,
  // The library's own warnings go to process.emitWarning (Node prints them); ours are diagnostics.
  logLevel: 'error',
} as const;
const TO_JS = { maxAliasCount: MAX_ALIAS_COUNT } as const;
/** Long values stay on one line: the yaml library would fold them, changing lines an edit never touched. */
const TO_STRING = { lineWidth: 0 } as const;

/** A document's plain data (the editing commands' model; raw values to show). */
export function documentData(doc: Document): unknown {
  return doc.toJS(TO_JS);
}

/** A new document holding `value`, to be written (`yamlText`) or spliced into a file as YAML. */
export function yamlDocument(value: unknown): Document {
  return new Document(value, OPTIONS);
}

/** `doc` (or a value) written as YAML text. */
export function yamlText(value: unknown): string {
  return (value instanceof Document ? value : yamlDocument(value)).toString(TO_STRING);
}

export interface YamlSource {
  /**
   * The position-keeping document. When the quick reading succeeded (yaml-quick.ts)
   * it is parsed on first use: only positions and edits need it.
   */
  readonly doc: Document.Parsed;
  /**
   * The data, when known without that document: the quick reading's, or an edit's made
   * in a few lines of a file read before (never for a file with problems).
   */
  readonly quick?: { data: unknown };
  /** Diagnostics from the YAML parser itself (syntax, duplicate keys, aliases, depth, tags). */
  diagnostics: Diagnostic[];
  /** Line and column of the node at `path` (or of its nearest existing ancestor). */
  locate(path: readonly PropertyKey[], key?: string): { line: number; column: number };
}

/**
 * Parses YAML text whose first line is line `lineOffset + 1` of `file`.
 * Only the YAML 1.2 core schema: no custom tags, no code execution, dates stay strings.
 * A file the quick reading accepts has no YAML problems to report; its document is
 * built only if a position or an edit is asked for.
 */
export function parseYamlSource(text: string, file: string, lineOffset = 0): YamlSource {
  // What a word processor did to the text comes first: the parser reads most of it
  // without complaint, as another file than the one meant (pasted-text.ts).
  const pasted = pastedSlips(text, file, lineOffset);
  if (pasted.error) {
    const full = fullYamlSource(text, file, lineOffset);
    return { get doc() { return full.doc; }, diagnostics: [pasted.error], locate: full.locate };
  }
  const quick = quickYaml(text);
  const source = quick ? knownYamlSource(text, file, quick.data, lineOffset) : fullYamlSource(text, file, lineOffset);
  if (pasted.warnings.length && !source.diagnostics.some((d) => d.severity === 'error')) source.diagnostics.push(...pasted.warnings);
  return source;
}

/**
 * The reading of a well-formed `text` whose data is already known: the quick reading's,
 * or an edit's, made in a few lines of a file read before (yaml-text-editor.ts).
 */
export function knownYamlSource(text: string, file: string, data: unknown, lineOffset = 0): YamlSource {
  let full: YamlSource | undefined;
  const parsed = () => (full ??= fullYamlSource(text, file, lineOffset));
  return {
    quick: { data },
    diagnostics: [],
    get doc() {
      return parsed().doc;
    },
    locate: (path, key) => parsed().locate(path, key),
  };
}

/** The full, position-keeping reading: what `parseYamlSource` falls back to whenever the quick one declines. */
export function fullYamlSource(text: string, file: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const options = { ...OPTIONS, lineCounter };
  // The parser recurses once per level: thousands of `[` take seconds each, and deep
  // block indentation overflows the stack. Refuse both before or instead of parsing.
  const runaway = runawayBracket(text);
  let refused: { line: number; column: number } | undefined = runaway === undefined ? undefined : lineAndColumn(text, runaway, lineOffset);
  let doc: Document.Parsed | undefined;
  if (!refused) {
    try {
      doc = parseDocument(text, options);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      refused = { line: lineOffset + 1, column: 1 };
    }
  }
  if (refused || !doc) {
    const at = refused ?? { line: lineOffset + 1, column: 1 };
    return { doc: parseDocument('', options), diagnostics: [tooDeep(file, at)], locate: () => at };
  }
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  // Past the parser's own recursion limit the rest of its errors are echoes: report the depth alone.
  const overflow = doc.errors.find((e) => /call stack/i.test(e.message));
  // One slip makes the parser lose its way many times over: the first error is the one
  // to fix, said in plain words (yaml-fault.ts), and nothing is read past it.
  const first = overflow ?? [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0])[0];
  const diagnostics: Diagnostic[] = (first ? [first] : doc.warnings).map((problem) => {
    const at = position(problem.pos[0]);
    if (/call stack/i.test(problem.message)) return tooDeep(file, at);
    if (/unresolved tag/i.test(problem.message)) {
      return {
        file, ...at, severity: 'error', code: 'yaml-tag',
        message: `${firstLine(problem.message)}: custom YAML tags are not read`,
        hint: 'Remove the tag (the word starting with "!") and write a plain value.',
      } satisfies Diagnostic;
    }
    if (first) {
      const { line, col } = lineCounter.linePos(problem.pos[0]);
      return yamlFault(text.split('\n'), { code: problem.code, message: firstLine(problem.message), line, column: col }, file, lineOffset);
    }
    return {
      file, ...at, severity: 'warning', code: 'yaml-syntax',
      message: firstLine(problem.message),
      hint: 'Fix the YAML syntax here (indentation, quotes, a missing ":").',
    } satisfies Diagnostic;
  });
  if (!first) diagnostics.push(...checkStructure(doc, file, position));

  const index = new WeakMap<YAMLMap, Map<string, Pair>>();
  const pairOf = (map: YAMLMap, key: string): Pair | undefined => {
    let keys = index.get(map);
    if (!keys) {
      keys = new Map();
      for (const item of map.items) {
        const k = isScalar(item.key) ? String(item.key.value) : undefined;
        if (k !== undefined && !keys.has(k)) keys.set(k, item as Pair);
      }
      index.set(map, keys);
    }
    return keys.get(key);
  };
  /** The node at `path` (`null` when the path is valid but the value is empty), and its key. */
  const walk = (path: readonly PropertyKey[]): { node: unknown; keyOffset?: number } | undefined => {
    let node: unknown = doc.contents;
    let keyOffset: number | undefined;
    for (const step of path) {
      if (isSeq(node) && typeof step === 'number') {
        node = node.items[step];
        keyOffset = undefined;
        if (node === undefined) return undefined;
      } else if (isMap(node)) {
        const pair = pairOf(node, String(step));
        if (!pair) return undefined;
        node = pair.value;
        keyOffset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      } else return undefined;
    }
    return { node, keyOffset };
  };

  const locate = (path: readonly PropertyKey[], key?: string) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const found = walk(path.slice(0, depth));
      if (!found) continue;
      const { node, keyOffset } = found;
      if (key !== undefined && depth === path.length && isMap(node)) {
        const pair = pairOf(node, key);
        const offset = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
        if (offset !== undefined) return position(offset);
      }
      // A map value's key is where a reader looks: point at `title:` not at its value.
      if (keyOffset !== undefined) return position(keyOffset);
      const range = (node as { range?: [number, number, number] } | null)?.range;
      if (range) return position(range[0]);
    }
    return { line: lineOffset + 1, column: 1 };
  };
  return { doc, diagnostics, locate };
}

/**
 * One pass over the document without recursion: nesting depth and duplicate keys.
 * Stops at the first too-deep node (nothing deeper is worth reporting).
 */
function checkStructure(doc: Document.Parsed, file: string, position: (offset: number) => { line: number; column: number }): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 1 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth > MAX_DEPTH) {
      return [...problems, tooDeep(file, position((node as Node).range?.[0] ?? 0))];
    }
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const item of node.items) {
        if (isScalar(item.key)) {
          const key = String(item.key.value);
          if (seen.has(key)) {
            problems.push({
              file, ...position(item.key.range?.[0] ?? 0), severity: 'error', code: 'duplicate-key',
              message: `the key "${truncate(key)}" appears twice in the same map`,
              hint: 'Each key may appear once in a map: merge the two entries or rename one.',
            });
          }
          seen.add(key);
          if (key === '__proto__') {
            // JavaScript objects cannot hold this key as data: it would vanish without a word.
            problems.push({
              file, ...position(item.key.range?.[0] ?? 0), severity: 'error', code: 'reserved-key',
              message: 'the key "__proto__" cannot be used',
              hint: 'Rename it: ids and field names are lowercase letters, digits and "-".',
            });
          }
        } else if (isCollection(item.key)) {
          // `? [a, b]: c` is valid YAML but no field of ours has such a key (and JavaScript cannot hold it).
          problems.push({
            file, ...position(item.key.range?.[0] ?? 0), severity: 'error', code: 'yaml-complex-key',
            message: 'a key here is a list or a map; keys must be plain words',
            hint: 'Write the key as text, e.g. `title:`; look for a stray "?" or brackets before a ":".',
          });
        }
        if (!isAlias(item.value)) stack.push({ node: item.value, depth: depth + 1 });
      }
    } else {
      for (const item of node.items) if (isPair(item) || isCollection(item)) stack.push({ node: isPair(item) ? item.value : item, depth: depth + 1 });
    }
  }
  return problems;
}

/** Brackets this deep are no letter or registry, whatever quotes they sit in. */
const RUNAWAY_BRACKETS = 1000;

/** Offset where `[`/`{` nesting first passes RUNAWAY_BRACKETS (a linear scan, no parse). */
function runawayBracket(text: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > RUNAWAY_BRACKETS) return i;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return undefined;
}

function lineAndColumn(text: string, offset: number, lineOffset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line: line + lineOffset, column: offset - start + 1 };
}

function tooDeep(file: string, at: { line: number; column: number }): Diagnostic {
  return {
    file, ...at, severity: 'error', code: 'yaml-too-deep',
    message: `the YAML is nested more than ${MAX_DEPTH} levels deep`,
    hint: 'Letters and the registry need only a few levels: look for runaway brackets or indentation here.',
  };
}

/** The document's plain data; an alias bomb or similar becomes a diagnostic instead of a hang. */
export function yamlToData(source: YamlSource, file: string): { data?: unknown; diagnostic?: Diagnostic } {
  if (source.quick) return { data: source.quick.data };
  try {
    return { data: documentData(source.doc) };
  } catch (error) {
    const deep = error instanceof RangeError;
    return {
      diagnostic: deep ? tooDeep(file, source.locate([])) : {
        file, line: source.locate([]).line, column: 1, severity: 'error', code: 'yaml-aliases',
        message: `${firstLine((error as Error).message)}: too many YAML aliases`,
        hint: 'Write the values out instead of repeating them through many YAML aliases (*name).',
      },
    };
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
