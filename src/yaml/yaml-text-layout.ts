/**
 * Reading and writing YAML text by position, for `YamlTextEditor`: where lines end,
 * which column a node starts at, the comments above an entry, and values written
 * on one line the way the `yaml` library would quote them.
 */
import { isCollection } from 'yaml';
import { yamlDocument, yamlText } from './yaml.js';

/** `end` moved back over trailing whitespace and newlines. */
export function contentEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  return e;
}

/** The offset of the newline ending the line that holds `offset` (or the text's end). */
export function lineEndAt(text: string, offset: number): number {
  const i = text.indexOf('\n', Math.max(0, offset));
  return i === -1 ? text.length : i;
}

export function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** Column of the `- ` before a block sequence item starting at `offset`. */
export function lineDash(text: string, offset: number): number | undefined {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const m = /^(\s*)-\s*$/.exec(text.slice(start, offset));
  return m ? m[1]!.length : undefined;
}

/** Start of the comment lines directly above `lineStart` (they describe the entry below). */
export function leadingCommentStart(text: string, lineStart: number): number | undefined {
  let from: number | undefined;
  let cursor = lineStart;
  while (cursor > 0) {
    const prev = text.lastIndexOf('\n', cursor - 2) + 1;
    if (!/^\s*#/.test(text.slice(prev, cursor - 1))) break;
    from = prev;
    cursor = prev;
  }
  return from;
}

/** A value written on one line: scalars as YAML would quote them, collections in flow style. */
export function flow(value: unknown): string {
  const doc = yamlDocument(value);
  if (isCollection(doc.contents)) doc.contents.flow = true;
  return yamlText(doc).trimEnd();
}

export function flowKey(key: string): string {
  return flow(key);
}

/** `key: value` at `indent`; a map value becomes an indented block of one-line fields. */
export function blockPair(key: string, value: unknown, indent: number): string {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value) && value.length > 0) {
    return `${pad}${flowKey(key)}:\n${value.map((item) => `${pad}  - ${flow(item)}`).join('\n')}`;
  }
  if (isPlainObject(value) && Object.keys(value).length > 0) {
    const inner = Object.entries(value).map(([k, v]) => `${pad}  ${flowKey(k)}: ${flow(v)}`);
    return `${pad}${flowKey(key)}:\n${inner.join('\n')}`;
  }
  return `${pad}${flowKey(key)}: ${flow(value)}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
