/**
 * Minimal edits to YAML text. The `yaml` library's `Document.toString()` keeps
 * comments, key order and quoting, but it re-flows the whole file (it realigns
 * trailing comments and folds long lines), so a one-field change would show as
 * dozens of changed lines in `git diff`. Each edit here therefore splices only the
 * text of the node it changes, then re-parses the result and checks that its data is
 * exactly what the Document API says it should be. Should a splice ever disagree
 * (an unusual layout), the edit falls back to the Document API's own output, which
 * is still correct and still keeps comments — only less minimal.
 *
 * The text is read, and each splice checked, the way every file is read (./yaml.ts):
 * quickly where it can, with the position-keeping document that the next edit needs
 * built only if there is a next edit. An import adding 3,000 entries to a registry of
 * 2,000 parsed it twice; now once.
 *
 * That document costs ten times what the quick reading does, and more: for a
 * 100,000-entry registry, minutes. So an edit under a top-level map's entry (a
 * registry's `signatories:`) is made in a small document of its few lines
 * (./yaml-text-window.ts), by the same splices and checks, and the result's data is
 * compared with what the edit should give, computed on the plain data. Should they
 * differ, the edit is made on the whole document as before.
 */
import { isDeepStrictEqual } from 'node:util';
import { isCollection, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { hasErrors } from '../errors.js';
import { documentData, knownYamlSource, parseYamlSource, yamlDocument, yamlText, yamlToData, type YamlSource } from './yaml.js';
import { blockPair, columnOf, contentEnd, flow, flowKey, leadingCommentStart, lineDash, lineEndAt } from './yaml-text-layout.js';
import { entryWindow } from './yaml-text-window.js';

export type YamlPath = (string | number)[];

/** The editor's text is checked, never reported: problems in it only make an edit fall back. */
const EDITED = '(edited YAML)';

export class YamlTextEditor {
  /** The reading of `text`; its document is parsed when an edit or toJS() first needs it. */
  private source?: YamlSource;

  /**
   * `source`: the reading of `text` already made, when there is one (its document is reused).
   * `whole`: every edit on the whole document, never in a window (the window's own small document).
   */
  constructor(public text: string, source?: YamlSource, private readonly whole = false) {
    this.source = source;
  }

  /** The reading of the current text (quick where it can be: ./yaml.ts). */
  get reading(): YamlSource {
    return (this.source ??= parseYamlSource(this.text, EDITED));
  }

  private get doc(): Document.Parsed {
    return this.reading.doc;
  }

  /** The data when the quick reading has it; undefined when only the document can say. */
  private get quickData(): unknown {
    return this.reading.quick?.data;
  }

  /** The current data, as plain JavaScript (a fresh copy: callers may change it). */
  toJS(): unknown {
    return this.get([]);
  }

  /** The value at `path` (a fresh copy), undefined when absent. */
  get(path: YamlPath): unknown {
    const quick = this.reading.quick;
    const value = valueAt(quick ? quick.data : documentData(this.doc), path);
    return quick && value !== undefined ? structuredClone(value) : value;
  }

  /** Sets the value at `path` (a map key, or an existing sequence index), creating maps on the way. */
  set(path: YamlPath, value: unknown): void {
    if (typeof path[1] === 'string' && this.inWindow(path, path[1], (sub) => sub.set(path, value), (data) => changedAt(data, path, (parent, key) => setKey(parent, key, asData(value))))) return;
    const node = this.node(path);
    if (node && isMap(node) && isPlainObject(value) && Object.keys(value).length > 0) {
      // Field by field, so unchanged fields keep their exact text.
      const current = node.items.map((p) => keyOf(p)).filter((k): k is string => typeof k === 'string');
      for (const key of current) if (!(key in value)) this.delete([...path, key]);
      for (const [key, v] of Object.entries(value)) this.set([...path, key], v);
      return;
    }
    if (node && isScalar(node) && !isCollectionValue(value) && node.value === value) return;
    this.apply((model) => setIn(model, path, value), () => this.spliceSet(path, value));
  }

  /** Removes the map key or sequence item at `path`; nothing when it is absent. */
  delete(path: YamlPath): void {
    if (this.quickData !== undefined && valueAt(this.quickData, path) === undefined) return;
    if (typeof path[1] === 'string' && this.inWindow(path, path[1], (sub) => sub.delete(path), (data) => changedAt(data, path, deleteKey))) return;
    if (!this.doc.hasIn(path)) return;
    this.apply((model) => model.deleteIn(path), () => this.spliceDelete(path));
  }

  /** Appends items to the sequence at `path` (created when missing or null). */
  append(path: YamlPath, items: unknown[]): void {
    if (items.length === 0) return;
    const apply = (model: Document) => {
      const seq = model.getIn(path, true);
      if (isSeq(seq)) for (const item of items) seq.add(model.createNode(item));
      else setIn(model, path, items);
    };
    this.apply(apply, () => this.spliceAppend(path, items));
  }

  /** Adds several keys to the map at `path` at once (one re-parse for all). */
  addPairs(path: YamlPath, pairs: [string, unknown][], options: { blankLineBefore?: boolean } = {}): void {
    if (pairs.length === 0) return;
    // After the map's last entry, when none of the keys is there yet.
    const map = this.quickData === undefined ? undefined : valueAt(this.quickData, path);
    if (path.length === 1 && isPlainObject(map) && pairs.every(([key]) => !Object.hasOwn(map, key))) {
      const expected = (data: unknown) => changedAt(data, path, (parent, key) => {
        const entries = { ...(parent as Record<string, unknown>)[key] as Record<string, unknown> };
        for (const [k, v] of pairs) entries[k] = asData(v);
        setKey(parent, key, entries);
      });
      if (this.inWindow(path, undefined, (sub) => sub.addPairs(path, pairs, options), expected)) return;
    }
    const apply = (model: Document) => {
      for (const [key, value] of pairs) setIn(model, [...path, key], value);
    };
    this.apply(apply, () => this.spliceAddPairs(path, pairs, options.blankLineBefore ?? false));
  }

  private node(path: YamlPath): Node | undefined {
    const node = path.length === 0 ? this.doc.contents : this.doc.getIn(path, true);
    return (node ?? undefined) as Node | undefined;
  }

  /** Runs one edit: the Document API gives the expected data; the splice must match it. */
  private apply(edit: (model: Document) => void, splice: () => string | undefined): void {
    const model = this.doc.clone();
    edit(model);
    const expected = documentData(model);
    let candidate: string | undefined;
    try {
      candidate = splice();
    } catch {
      candidate = undefined;
    }
    if (candidate !== undefined && this.accept(candidate, expected)) return;
    this.text = yamlText(model);
    this.source = undefined;
  }

  /**
   * Runs `edit` on a small document made of the lines around the entry `key` of the
   * top-level map `path[0]` (the last entry when undefined) and splices its result
   * back. False when it cannot (the caller then edits the whole document): no window,
   * or one the file's data does not confirm, or a result other than `expected` makes
   * of the window's data (the edit changes nothing outside it).
   *
   * The whole is not read again. The window's entries are exactly the file's (the keys
   * the scan found are the data's, in order, so it begins and ends at entry lines),
   * and the small document read back without a problem (a quote or bracket left open
   * would be one); so the file reads as before, with the window's entries as the
   * small document has them.
   */
  private inWindow(path: YamlPath, key: string | undefined, edit: (sub: YamlTextEditor) => void, expected: (data: unknown) => unknown): boolean {
    const data = this.quickData;
    const parent = path[0];
    if (this.whole || typeof parent !== 'string' || !isPlainObject(data)) return false;
    const map = data[parent];
    const window = entryWindow(this.text, parent, key);
    if (!window || !isPlainObject(map) || !sameKeys(window.keys, map)) return false;
    // The data the window holds now, and what the edit should make of it.
    const held = { [parent]: Object.fromEntries(window.keys.slice(window.from, window.to).map((k) => [k, map[k]])) };
    const before = window.header + this.text.slice(window.start, window.end);
    const sub = new YamlTextEditor(before, undefined, true);
    edit(sub);
    if (sub.text === before) return isDeepStrictEqual(expected(held), held); // nothing to change, if indeed none is asked for
    const edited = sub.reading;
    const made = sub.text.startsWith(window.header) && !hasErrors(edited.diagnostics) ? yamlToData(edited, EDITED).data : undefined;
    if (!isPlainObject(made) || !isPlainObject(made[parent]) || !isDeepStrictEqual(made, expected(held))) return false;
    // The data as the new text holds it: the entries before the window, the window's, the entries after.
    const next: Record<string, unknown> = {};
    for (const k of window.keys.slice(0, window.from)) next[k] = map[k];
    for (const [k, v] of [...Object.entries(made[parent]), ...window.keys.slice(window.to).map((k) => [k, map[k]] as const)]) {
      if (Object.hasOwn(next, k)) return false; // a key the file would then hold twice
      next[k] = v;
    }
    const after = { ...data, [parent]: next };
    this.text = this.text.slice(0, window.start) + sub.text.slice(window.header.length) + this.text.slice(window.end);
    this.source = knownYamlSource(this.text, EDITED, after);
    return true;
  }

  /** Takes `candidate` as the new text if it reads without problems as exactly `expected`. */
  private accept(candidate: string, expected: unknown): boolean {
    const reread = parseYamlSource(candidate, EDITED);
    const data = hasErrors(reread.diagnostics) ? undefined : yamlToData(reread, EDITED).data;
    if (data === undefined || !isDeepStrictEqual(data, expected)) return false;
    this.text = candidate;
    this.source = reread;
    return true;
  }

  // ---- splices: each returns the new text, or undefined when it cannot do it neatly

  private spliceSet(path: YamlPath, value: unknown): string | undefined {
    const node = this.node(path);
    if (node?.range) {
      if (isCollection(node) && !node.flow) {
        // A block collection replaced by something else: rewrite from the key's colon.
        const pair = this.pairAt(path);
        if (!pair || !isScalar(pair.key) || !pair.key.range) return undefined;
        return this.replace(pair.key.range[1], contentEnd(this.text, node.range[1]), `: ${flow(value)}`);
      }
      return this.replace(node.range[0], node.range[1], flow(value));
    }
    const parentPath = path.slice(0, -1);
    const key = path[path.length - 1]!;
    const parent = this.node(parentPath);
    if (typeof key === 'string' && parent && isMap(parent)) return this.insertPairs(parent, parentPath, [[key, value]], false);
    if (typeof key === 'string' && (!parent || (isScalar(parent) && parent.value === null))) {
      if (parentPath.length === 0) return undefined;
      return this.spliceSet(parentPath, { [key]: value });
    }
    return undefined;
  }

  private spliceAddPairs(path: YamlPath, pairs: [string, unknown][], blank: boolean): string | undefined {
    const parent = this.node(path);
    if (!parent || !isMap(parent)) return this.emptyMapInsert(path, pairs);
    return this.insertPairs(parent, path, pairs, blank);
  }

  private insertPairs(map: YAMLMap, path: YamlPath, pairs: [string, unknown][], blank: boolean): string | undefined {
    const last = map.items[map.items.length - 1];
    if (!last) return this.emptyMapInsert(path, pairs);
    if (map.flow) {
      const end = last ? pairEnd(last) : undefined;
      if (end === undefined) return undefined;
      return this.replace(end, end, pairs.map(([k, v]) => `, ${flowKey(k)}: ${flow(v)}`).join(''));
    }
    const first = map.items[0];
    if (!first || !isScalar(first.key) || !first.key.range || !last) return this.emptyMapInsert(path, pairs);
    const indent = columnOf(this.text, first.key.range[0]);
    const at = lineEndAt(this.text, contentEnd(this.text, pairEnd(last) ?? first.key.range[1]) - 1);
    const lines = pairs.map(([k, v]) => blockPair(k, v, indent)).join(blank ? '\n\n' : '\n');
    return this.replace(at, at, `\n${blank ? '\n' : ''}${lines}`);
  }

  /** A key whose value is null (`signatories:`) or `{}` gains its first entries. */
  private emptyMapInsert(path: YamlPath, pairs: [string, unknown][]): string | undefined {
    const pair = this.pairAt(path);
    if (!pair || !isScalar(pair.key) || !pair.key.range) return undefined;
    if (pair.value && !(isScalar(pair.value) && pair.value.value === null) && !(isMap(pair.value) && pair.value.items.length === 0)) return undefined;
    const indent = columnOf(this.text, pair.key.range[0]) + 2;
    return this.underKey(pair, pairs.map(([k, v]) => blockPair(k, v, indent)).join('\n'));
  }

  /**
   * Puts a block `body` as the value of `pair`, whose value is empty: after the key's
   * line (keeping a comment there) when nothing is written, else in place of `[]`, `{}` or `null`.
   */
  private underKey(pair: Pair, body: string): string | undefined {
    const key = pair.key as Node;
    const value = pair.value as Node | null;
    const written = value?.range ? this.text.slice(value.range[0], value.range[1]).trim() : '';
    if (!written) {
      const at = lineEndAt(this.text, key.range![1]);
      return this.replace(at, at, `\n${body}`);
    }
    return this.replace(key.range![1], value!.range![1], `:\n${body}`);
  }

  private spliceAppend(path: YamlPath, items: unknown[]): string | undefined {
    const seq = this.node(path);
    if (seq && isSeq(seq) && seq.items.length > 0) {
      const last = seq.items[seq.items.length - 1] as Node;
      if (!last.range) return undefined;
      if (seq.flow) return this.replace(last.range[1], last.range[1], items.map((i) => `, ${flow(i)}`).join(''));
      const first = seq.items[0] as Node;
      const dash = lineDash(this.text, first.range![0]);
      if (dash === undefined) return undefined;
      const at = lineEndAt(this.text, contentEnd(this.text, last.range[1]) - 1);
      return this.replace(at, at, items.map((i) => `\n${' '.repeat(dash)}- ${flow(i)}`).join(''));
    }
    // Missing, null or `[]`: becomes a block list under its key.
    const pair = this.pairAt(path);
    if (!pair) {
      const parent = this.node(path.slice(0, -1));
      const key = path[path.length - 1];
      return parent && isMap(parent) && typeof key === 'string' ? this.insertPairs(parent, path.slice(0, -1), [[key, items]], false) : undefined;
    }
    if (!isScalar(pair.key) || !pair.key.range) return undefined;
    const indent = columnOf(this.text, pair.key.range[0]) + 2;
    return this.underKey(pair, items.map((i) => `${' '.repeat(indent)}- ${flow(i)}`).join('\n'));
  }

  private spliceDelete(path: YamlPath): string | undefined {
    const parent = this.node(path.slice(0, -1));
    const key = path[path.length - 1]!;
    if (!parent || !isCollection(parent)) return undefined;
    const index = isSeq(parent) ? Number(key) : parent.items.findIndex((p) => keyOf(p) === key);
    const item = parent.items[index];
    if (item === undefined) return undefined;
    const start = isPair(item) ? (item.key as Node).range?.[0] : (item as Node).range?.[0];
    const end = isPair(item) ? pairEnd(item) : (item as Node).range?.[1];
    if (start === undefined || end === undefined) return undefined;
    if (parent.flow) {
      const prev = parent.items[index - 1];
      const next = parent.items[index + 1];
      if (prev) return this.replace(isPair(prev) ? pairEnd(prev)! : (prev as Node).range![1], end, '');
      if (next) return this.replace(start, isPair(next) ? (next.key as Node).range![0] : (next as Node).range![0], '');
      return this.replace(parent.range![0], parent.range![1], isSeq(parent) ? '[]' : '{}');
    }
    if (parent.items.length === 1) {
      // The last item of a block collection: leave an explicit empty one.
      const pair = this.pairAt(path.slice(0, -1));
      if (!pair || !isScalar(pair.key) || !pair.key.range) return undefined;
      return this.replace(pair.key.range[1], contentEnd(this.text, parent.range![1]), `: ${isSeq(parent) ? '[]' : '{}'}`);
    }
    const lineStart = this.text.lastIndexOf('\n', start - 1) + 1;
    if (this.text.slice(lineStart, start).trim() !== '' && this.text.slice(lineStart, start).trim() !== '-') return undefined;
    let stop = lineEndAt(this.text, contentEnd(this.text, end) - 1);
    stop = stop < this.text.length ? stop + 1 : stop;
    let from = isPair(item) ? leadingCommentStart(this.text, lineStart) ?? lineStart : lineStart;
    // An entry set off by blank lines takes one of them along.
    if (isPair(item) && (from === 0 || this.text.slice(0, from).endsWith('\n\n'))) {
      if (this.text.slice(stop).startsWith('\n')) stop += 1;
      else if (from > 0 && stop >= this.text.length) from -= 1;
    }
    return this.replace(from, stop, '');
  }

  private pairAt(path: YamlPath): Pair | undefined {
    if (path.length === 0) return undefined;
    const parent = this.node(path.slice(0, -1));
    if (!parent || !isMap(parent)) return undefined;
    return parent.items.find((p) => keyOf(p) === path[path.length - 1]);
  }

  private replace(from: number, to: number, insert: string): string {
    return this.text.slice(0, from) + insert + this.text.slice(to);
  }
}

/** `Document.setIn`, replacing a null or scalar on the way by the maps the path needs. */
function setIn(model: Document, path: YamlPath, value: unknown): void {
  for (let i = 0; i < path.length - 1; i++) {
    const prefix = path.slice(0, i + 1);
    if (isCollection(model.getIn(prefix, true))) continue;
    let nested = value;
    for (let j = path.length - 1; j > i; j--) nested = { [path[j]!]: nested };
    model.setIn(prefix, model.createNode(nested));
    return;
  }
  model.setIn(path, model.createNode(value));
}

type Container = Record<string, unknown> | unknown[];

/** The plain value at `path`, undefined when absent. */
function valueAt(data: unknown, path: YamlPath): unknown {
  let node = data;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/**
 * `data` after `change` is made to the parent of `path`'s last key: the maps and
 * lists on the way are copied (a scalar or null there becomes a map, as `setIn`
 * makes it), everything else is shared. What an edit should give, without a document.
 */
function changedAt(data: unknown, path: YamlPath, change: (parent: Container, key: string | number) => void): unknown {
  const copy = (node: unknown): Container => (Array.isArray(node) ? [...node] : typeof node === 'object' && node !== null ? { ...node } : {});
  const root = copy(data);
  let node: Container = root;
  for (const key of path.slice(0, -1)) {
    const child = copy((node as Record<string | number, unknown>)[key]);
    setKey(node, key, child);
    node = child;
  }
  change(node, path[path.length - 1]!);
  return root;
}

function setKey(parent: Container, key: string | number, value: unknown): void {
  (parent as Record<string | number, unknown>)[key] = value;
}

function deleteKey(parent: Container, key: string | number): void {
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[key];
}

/** A value as the file will hold it once written and read back (what the Document API makes of it). */
function asData(value: unknown): unknown {
  return documentData(yamlDocument(value));
}

function keyOf(pair: Pair): unknown {
  return isScalar(pair.key) ? pair.key.value : pair.key;
}

/** True when `keys` are the keys of `map`, in the same order. */
function sameKeys(keys: readonly string[], map: Record<string, unknown>): boolean {
  const own = Object.keys(map);
  return own.length === keys.length && own.every((k, i) => k === keys[i]);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCollectionValue(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}

/** End offset of a pair's text (its value, or its key when the value is empty). */
function pairEnd(pair: Pair): number | undefined {
  const value = pair.value as Node | null;
  if (value?.range && !(isScalar(value) && value.value === null && value.range[0] === value.range[1])) return value.range[1];
  return (pair.key as Node | null)?.range?.[1];
}
