/**
 * Many entries of a large map changed at once (a re-import updating hundreds of
 * officials): each entry's text is cut out, edited on its own by `YamlTextEditor`
 * (field by field, comments kept), and put back; the file is then read once and its
 * data compared with what the changes should give. Editing each entry in the whole
 * file would re-read the whole file after every field: seconds per entry in a
 * directory of 500. If the result disagrees (an unusual layout), the edits are made
 * one by one on the whole file, which is slower and just as careful.
 */
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, type Node, type Pair } from 'yaml';
import { hasErrors } from '../errors.js';
import { YamlTextEditor } from './yaml-text-editor.js';
import { blockPair, contentEnd, lineEndAt } from './yaml-text-layout.js';
import { parseYamlSource, yamlToData, type YamlSource } from './yaml.js';

export interface EntryChange {
  /** A top-level key holding a block map (`officials`). */
  map: string;
  /** The entry's key in it; it must exist. */
  id: string;
  /** The entry's new value (a map of fields). */
  value: Record<string, unknown>;
}

const CHECK = '(edited YAML)';

/** `text` with every change made; `source` is its reading (its document gives the entries' places). */
export function setEntries(text: string, source: YamlSource, changes: readonly EntryChange[]): string {
  if (changes.length === 0) return text;
  const expected = structuredClone(yamlToData(source, CHECK).data) as Record<string, Record<string, unknown>>;
  for (const { map, id, value } of changes) expected[map]![id] = value;
  const spliced = spliceEntries(text, source, changes);
  if (spliced !== undefined) {
    const reread = parseYamlSource(spliced, CHECK);
    if (!hasErrors(reread.diagnostics) && isDeepStrictEqual(yamlToData(reread, CHECK).data, expected)) return spliced;
  }
  const editor = new YamlTextEditor(text, source);
  for (const change of changes) setFields(editor, change);
  return editor.text;
}

/**
 * Sets the fields that differ, and removes those the new value lacks: a field that
 * stays the same keeps its text (a list set again would be rewritten in the editor's style).
 */
function setFields(editor: YamlTextEditor, { map, id, value }: EntryChange): void {
  const current = ((editor.toJS() as Record<string, Record<string, unknown>>)[map]?.[id] ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(current)) if (!(key in value)) editor.delete([map, id, key]);
  for (const [key, field] of Object.entries(value)) if (!isDeepStrictEqual(current[key], field)) editor.set([map, id, key], field);
}

function spliceEntries(text: string, source: YamlSource, changes: readonly EntryChange[]): string | undefined {
  const spans: { from: number; to: number; text: string }[] = [];
  for (const change of changes) {
    const map = source.doc.get(change.map, true) as Node | undefined;
    if (!map || !isMap(map) || map.flow) return undefined;
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === change.id) as Pair | undefined;
    const key = pair?.key as Node | undefined;
    const value = pair?.value as Node | undefined;
    if (!key?.range || !value?.range) return undefined;
    const from = text.lastIndexOf('\n', key.range[0] - 1) + 1;
    const to = lineEndAt(text, contentEnd(text, value.range[1]) - 1);
    const edited = editAlone(change, text.slice(from, to));
    if (edited === undefined) return undefined;
    spans.push({ from, to, text: edited });
  }
  spans.sort((a, b) => b.from - a.from);
  let out = text;
  for (const span of spans) out = out.slice(0, span.from) + span.text + out.slice(span.to);
  return out;
}

/**
 * `text` with new entries written at the end of the block map under the top-level key
 * `map` (a key alone on its line: `officials:`), or undefined when the layout is not
 * that simple and the editor must do it. Checked like every splice: read again, the
 * data must be the old data and the new entries. Adding 500 entries this way costs one
 * reading of the file, where the editor's model of it costs several.
 */
export function appendEntries(text: string, source: YamlSource, map: string, pairs: readonly [string, unknown][], blankLines: boolean): string | undefined {
  const data = yamlToData(source, CHECK).data as Record<string, unknown> | null | undefined;
  const current = data?.[map];
  if (!data || typeof data !== 'object' || (current !== null && (typeof current !== 'object' || Array.isArray(current)))) return undefined;
  const head = new RegExp(`^${map}:[ \t]*(?:#.*)?$`, 'm').exec(text);
  if (!head) return undefined;
  // The map ends where the next top-level key begins, less the blank and comment lines above that key.
  const next = /^[^\s#]/m.exec(text.slice(head.index + head[0].length + 1));
  let at = next ? head.index + head[0].length + 1 + next.index : text.length;
  while (at > 0) {
    const lineStart = text.lastIndexOf('\n', at - 2) + 1;
    if (lineStart <= head.index || !/^(?:#.*)?\s*$/.test(text.slice(lineStart, at - 1))) break;
    at = lineStart;
  }
  const before = text.slice(0, at);
  const lines = pairs.map(([key, value]) => blockPair(key, value, 2)).join(blankLines ? '\n\n' : '\n');
  const spliced = `${before}${before.endsWith('\n') || !before ? '' : '\n'}${blankLines && current ? '\n' : ''}${lines}\n${text.slice(at)}`;
  const expected = { ...data, [map]: { ...(current as object | null), ...Object.fromEntries(pairs) } };
  const reread = parseYamlSource(spliced, CHECK);
  return !hasErrors(reread.diagnostics) && isDeepStrictEqual(yamlToData(reread, CHECK).data, expected) ? spliced : undefined;
}

/** One entry's text, under its map's key alone, edited as a file of its own. */
function editAlone(change: EntryChange, entry: string): string | undefined {
  const head = `${change.map}:\n`;
  const editor = new YamlTextEditor(`${head}${entry}\n`);
  setFields(editor, change);
  return editor.text.startsWith(head) ? editor.text.slice(head.length).replace(/\n+$/, '') : undefined;
}
