/**
 * YAML with positions: parse a YAML text once, keep the `Document` (which also lets
 * the registry commands edit it without losing comments) and turn paths such as
 * `['to', 1, 'title']` into the file's own 1-based line and column.
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { Diagnostic } from '../errors.js';

export interface YamlSource {
  doc: Document.Parsed;
  /** Diagnostics from the YAML parser itself (syntax, duplicate keys, aliases). */
  diagnostics: Diagnostic[];
  /** Line and column of the node at `path` (or of its nearest existing ancestor). */
  locate(path: readonly PropertyKey[], key?: string): { line: number; column: number };
}

/** Alias expansion limit for `toJS`: a "billion laughs" document fails fast instead of exhausting memory. */
export const MAX_ALIAS_COUNT = 100;

/**
 * Parses YAML text whose first line is line `lineOffset + 1` of `file`.
 * Only the YAML 1.2 core schema: no custom tags, no code execution, dates stay strings.
 */
export function parseYamlSource(text: string, file: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    schema: 'core',
    strict: true,
  });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const diagnostics: Diagnostic[] = [...doc.errors, ...doc.warnings].map((problem) => {
    const at = position(problem.pos[0]);
    const duplicate = problem.code === 'DUPLICATE_KEY';
    return {
      file,
      ...at,
      severity: problem instanceof Error && doc.errors.includes(problem as never) ? 'error' : 'warning',
      code: duplicate ? 'duplicate-key' : 'yaml-syntax',
      message: firstLine(problem.message),
      hint: duplicate
        ? 'Each key may appear once in a map: merge the two entries or rename one.'
        : 'Fix the YAML syntax here (indentation, quotes, a missing ":").',
    } satisfies Diagnostic;
  });

  const locate = (path: readonly PropertyKey[], key?: string) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
      const range = (node as { range?: [number, number, number] } | null)?.range;
      if (range) {
        if (key !== undefined && isMap(node)) {
          const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
          if (pair && isScalar(pair.key) && pair.key.range) return position(pair.key.range[0]);
        }
        // A map value's key is where a reader looks: point at `title:` not at its value.
        const keyNode = keyNodeFor(doc, path.slice(0, depth));
        if (keyNode) return position(keyNode);
        return position(range[0]);
      }
    }
    return { line: lineOffset + 1, column: 1 };
  };
  return { doc, diagnostics, locate };
}

/** Offset of the key whose value sits at `path`, when the last step is a map key. */
function keyNodeFor(doc: Document.Parsed, path: readonly PropertyKey[]): number | undefined {
  const last = path[path.length - 1];
  if (typeof last !== 'string') return undefined;
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1) as unknown[], true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
  return pair && isScalar(pair.key) && pair.key.range ? pair.key.range[0] : undefined;
}

/** The document's plain data; an alias bomb or similar becomes a diagnostic instead of a hang. */
export function yamlToData(source: YamlSource, file: string): { data?: unknown; diagnostic?: Diagnostic } {
  try {
    return { data: source.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    return {
      diagnostic: {
        file, line: source.locate([]).line, column: 1, severity: 'error', code: 'yaml-aliases',
        message: firstLine((error as Error).message),
        hint: 'Write the values out instead of repeating them through many YAML aliases (*name).',
      },
    };
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
