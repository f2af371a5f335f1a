/**
 * The few lines of a large YAML file that one edit concerns, found by indentation
 * alone. Building the `yaml` library's position-keeping document of a whole
 * 100,000-entry registry costs tens of seconds and hundreds of megabytes; an edit of
 * one entry needs only that entry and its neighbours. So `YamlTextEditor` edits a
 * small document made of the parent key's line and this window, and splices the
 * result back.
 *
 * Only the plain block layout every registry has is recognised: a top-level
 * `key:` line with nothing after it but a comment, then one entry per `  id:` line.
 * Anything else (flow style, quoted keys, tabs, document markers, a top-level list)
 * gives no window and the edit reads the whole file as before. The scan is a guess
 * that is checked: the editor compares the keys it found with the file's data.
 */

export interface TextWindow {
  /** The parent key's line (with its newline): it goes before the window to make a small document. */
  header: string;
  /** Offsets in the text: the window is `text.slice(start, end)`. */
  start: number;
  end: number;
  /** Every entry's key as the scan found them, in order; the window holds `keys.slice(from, to)`. */
  keys: string[];
  from: number;
  to: number;
}

/** A plain map key at the start of a line's content; the value may follow on the line. */
const PLAIN_KEY = /^([A-Za-z0-9][A-Za-z0-9_-]*)[ ]*:(?:[ ]|$)/;
/** A key the core schema reads as something other than its own text (null, a bool, a number). */
const NOT_TEXT = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;

interface Line {
  start: number;
  /** Offset of the next line (text.length after the last). */
  next: number;
  /** Column of the first character that is not a space; -1 for a blank or comment line. */
  indent: number;
}

/**
 * The window around the entry `key` of the block map under the top-level key
 * `parent`: from the entry before it to the end of the entry after it, so deleting
 * it sees the blank lines and comments that surround it. `key` undefined: the last
 * entry, for appending after it. Undefined when the layout is not the plain one, the
 * entry is absent, or the map is followed by more of the file after its last entry
 * (the window would end where the file does not).
 */
export function entryWindow(text: string, parent: string, key: string | undefined): TextWindow | undefined {
  if (NOT_TEXT.test(parent) || (key !== undefined && NOT_TEXT.test(key))) return undefined;
  let topIndent = -1;
  let parentLine: Line | undefined;
  let childIndent = -1;
  /** Starts of the entries' key lines, and their keys, in order. */
  const entries: number[] = [];
  const keys: string[] = [];
  let target = -1;
  let regionEnd = text.length;
  for (let start = 0; start < text.length;) {
    const line = readLine(text, start);
    start = line.next;
    if (line.indent === -2) return undefined;
    if (line.indent === -1) continue;
    // Most lines are an entry's fields, deeper than the entries: passed over unread.
    if (childIndent !== -1 && line.indent > childIndent) continue;
    const content = text.slice(line.start + line.indent, text[line.next - 1] === '\n' ? line.next - 1 : line.next);
    if (topIndent === -1) topIndent = line.indent;
    if (!parentLine) {
      if (line.indent < topIndent || /^(?:---|\.\.\.|%|-(?:[ ]|$)|[[{])/.test(content)) return undefined;
      if (line.indent === topIndent && PLAIN_KEY.exec(content)?.[1] === parent) {
        // Nothing after the colon but a comment: the entries follow as a block.
        if (!/^[A-Za-z0-9_-]+[ ]*:[ ]*(?:#.*)?$/.test(content)) return undefined;
        parentLine = line;
      }
      continue;
    }
    if (line.indent <= topIndent) {
      if (content.startsWith('-')) return undefined; // a list at the key's own indentation
      regionEnd = line.start;
      break;
    }
    if (childIndent === -1) childIndent = line.indent;
    if (line.indent < childIndent) return undefined;
    const entry = PLAIN_KEY.exec(content)?.[1];
    if (entry === undefined) return undefined;
    if (entry === key) target = entries.length;
    entries.push(line.start);
    keys.push(entry);
  }
  if (!parentLine || entries.length === 0) return undefined;
  if (key === undefined) target = entries.length - 1;
  if (target === -1) return undefined;
  // The last entry's window runs to the end of the map, which must be the end of the file.
  if (target === entries.length - 1 && regionEnd !== text.length) return undefined;
  const header = text.slice(parentLine.start, parentLine.next);
  const from = Math.max(0, target - 1);
  const to = Math.min(entries.length, target + 2);
  return {
    header: header.endsWith('\n') ? header : `${header}\n`,
    start: from === target ? parentLine.next : entries[from]!,
    end: to < entries.length ? entries[to]! : regionEnd,
    keys, from, to,
  };
}

/** indent: -1 for a blank or comment line, -2 for a tab before the content (never plain layout). */
function readLine(text: string, start: number): Line {
  const newline = text.indexOf('\n', start);
  const next = newline === -1 ? text.length : newline + 1;
  let i = start;
  while (i < next && text.charCodeAt(i) === 0x20) i++;
  const c = text.charCodeAt(i);
  if (c === 0x09) return { start, next, indent: -2 };
  const blank = i >= next || c === 0x0a || c === 0x0d || c === 0x23; // `#`
  return { start, next, indent: blank ? -1 : i - start };
}
