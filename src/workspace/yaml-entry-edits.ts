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
import { contentEnd, lineEndAt } from './yaml-text-layout.js';
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

/** One entry's text, under its map's key alone, edited as a file of its own. */
function editAlone(change: EntryChange, entry: string): string | undefined {
  const head = `${change.map}:\n`;
  const editor = new YamlTextEditor(`${head}${entry}\n`);
  setFields(editor, change);
  return editor.text.startsWith(head) ? editor.text.slice(head.length).replace(/\n+$/, '') : undefined;
}
