/**
 * List markers as written. CommonMark reads `1)` as an ordered list whose delimiter is
 * `)`, but its HTML keeps only "an ordered list", which prints `1.`; and it has no
 * lettered lists at all, so `a)` lines run together into one paragraph. Letters use
 * both ("1) …", "a) …", the way legal and Brazilian letters set their points), so:
 *
 * - an ordered list written with `)` gets the class `list-paren`;
 * - lines starting `a)`, `b)`, `c)`… (or `A)`, `B)`…) make an ordered list of
 *   `type="a"` (`"A"`), classes `list-paren list-lower-alpha` (`list-upper-alpha`), when the first is `a)` (`A)`) and each
 *   next item takes the next letter. Like `1)`, such a list may follow a paragraph's
 *   last line directly. Items hold text (a line and its continuation lines).
 *
 * The HTML, PDF, Word letter and plain text then print `1)` and `a)` as written
 * (letter.css's counter styles, Word's numbering, the plain text's own marks).
 */
import type { MarkdownIt, StateBlock } from 'markdown-it';

/** The class of an ordered list whose marks close with `)`. */
export const PAREN_LIST_CLASS = 'list-paren';

export function listMarkersPlugin(md: MarkdownIt): void {
  md.block.ruler.before('paragraph', 'lettered_list', letteredList, { alt: ['paragraph'] });
  md.core.ruler.after('block', 'paren_lists', (state) => {
    for (const token of state.tokens) {
      if (token.type === 'ordered_list_open' && token.markup === ')' && !String(token.attrGet('class') ?? '').includes(PAREN_LIST_CLASS)) {
        token.attrJoin('class', PAREN_LIST_CLASS);
      }
    }
  });
}

/** The letter of an item mark (`a)`) starting `line`, with where its text starts; none when the line has no mark. */
function markAt(state: StateBlock, line: number): { letter: string; textStart: number } | undefined {
  if (state.sCount[line]! - state.blkIndent >= 4) return undefined;
  const start = state.bMarks[line]! + state.tShift[line]!;
  const max = state.eMarks[line]!;
  const text = state.src.slice(start, Math.min(max, start + 3));
  const match = /^([a-zA-Z])\)(?=[ \t]|$)/.exec(text);
  if (!match) return undefined;
  let pos = start + 2;
  while (pos < max && (state.src[pos] === ' ' || state.src[pos] === '\t')) pos++;
  return { letter: match[1]!, textStart: pos };
}

function nextLetter(letter: string): string {
  return String.fromCharCode(letter.charCodeAt(0) + 1);
}

function letteredList(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const first = markAt(state, startLine);
  if (!first || (first.letter !== 'a' && first.letter !== 'A')) return false;
  if (silent) return true;
  const upper = first.letter === 'A';
  const terminators = state.md.block.ruler.getRules('paragraph');
  const items: { start: number; end: number; text: string[] }[] = [];
  let expected = first.letter;
  let loose = false;
  let line = startLine;
  while (line < endLine) {
    const mark = markAt(state, line);
    if (!mark || mark.letter !== expected) break;
    const item = { start: line, end: line + 1, text: [state.src.slice(mark.textStart, state.eMarks[line]!).trim()] };
    line++;
    // Continuation lines: up to a blank line, the next item's mark, or a line that starts another block.
    while (line < endLine && !state.isEmpty(line)) {
      if (state.sCount[line]! < state.blkIndent) break;
      if (markAt(state, line)?.letter === nextLetter(expected)) break;
      if (terminators.some((rule) => rule(state, line, endLine, true))) break;
      item.text.push(state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]!).trim());
      line++;
    }
    item.end = line;
    items.push(item);
    expected = nextLetter(expected);
    if (expected > (upper ? 'Z' : 'z')) break;
    // Blank lines between two items make the list loose (each item a paragraph), as CommonMark's lists.
    let after = line;
    while (after < endLine && state.isEmpty(after)) after++;
    if (after > line && markAt(state, after)?.letter === expected) {
      loose = true;
      line = after;
    } else if (after > line) break;
  }

  const open = state.push('ordered_list_open', 'ol', 1);
  // The class names the kind too: CSS matches `type` without regard to case ([type="a"] is [type="A"]).
  open.attrs = [['type', upper ? 'A' : 'a'], ['class', `${PAREN_LIST_CLASS} ${upper ? 'list-upper-alpha' : 'list-lower-alpha'}`]];
  open.markup = ')';
  open.map = [startLine, items.at(-1)!.end];
  for (const item of items) {
    const li = state.push('list_item_open', 'li', 1);
    li.markup = ')';
    li.map = [item.start, item.end];
    const p = state.push('paragraph_open', 'p', 1);
    p.hidden = !loose;
    p.map = [item.start, item.end];
    const inline = state.push('inline', '', 0);
    inline.content = item.text.join('\n');
    inline.map = [item.start, item.end];
    inline.children = [];
    state.push('paragraph_close', 'p', -1).hidden = !loose;
    state.push('list_item_close', 'li', -1);
  }
  state.push('ordered_list_close', 'ol', -1).markup = ')';
  state.line = items.at(-1)!.end;
  return true;
}
