/**
 * Which paragraphs of one language's text changed between two versions. A paragraph
 * is a block of the Markdown body between blank lines (a list counts as one), compared
 * after the normalization text fingerprints use, so re-wrapping is not a change.
 */
import { normalizeBody } from './fingerprint.js';

export interface ParagraphChange {
  kind: 'changed' | 'added' | 'removed';
  /** 1-based paragraph numbers: in the new text for changed and added, in the old text for removed. */
  from: number;
  to: number;
  /** The first words of the (new, or for removed the old) paragraph. */
  excerpt: string;
}

function paragraphsOf(markdown: string): string[] {
  const text = normalizeBody(markdown);
  return text === '' ? [] : text.split(/\n[ \t]*\n/);
}

export function paragraphChanges(oldMarkdown: string, newMarkdown: string): ParagraphChange[] {
  const a = paragraphsOf(oldMarkdown);
  const b = paragraphsOf(newMarkdown);
  const pairs = commonParagraphs(a, b);
  const changes: ParagraphChange[] = [];
  let i = 0;
  let j = 0;
  for (const [mi, mj] of [...pairs, [a.length, b.length] as const]) {
    // Between two matches: old paragraphs i..mi-1 gave way to new ones j..mj-1.
    const removed = mi - i;
    const added = mj - j;
    const changed = Math.min(removed, added);
    if (changed) changes.push(change('changed', j, j + changed, b));
    if (added > changed) changes.push(change('added', j + changed, mj, b));
    if (removed > changed) changes.push(change('removed', i + changed, mi, a));
    i = mi + 1;
    j = mj + 1;
  }
  return changes;
}

function change(kind: ParagraphChange['kind'], start: number, end: number, paragraphs: string[]): ParagraphChange {
  return { kind, from: start + 1, to: end, excerpt: excerpt(paragraphs[start] ?? '') };
}

function excerpt(paragraph: string, words = 8): string {
  const all = paragraph.replace(/^\s*(?:[-*+]|\d+[.)]|>|#+)\s+/, '').split(/\s+/).filter(Boolean);
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}

/** Index pairs of the longest common subsequence of equal paragraphs (letters have tens of them). */
function commonParagraphs(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const table = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** "paragraph 4 changed", "paragraphs 7–8 added", "paragraph 3 of the previous version removed". */
export function describeParagraphChange(c: ParagraphChange): string {
  const which = c.from === c.to ? `paragraph ${c.from}` : `paragraphs ${c.from}–${c.to}`;
  const where = c.kind === 'removed' ? `${which} of the previous version` : which;
  return `${where} ${c.kind}${c.excerpt ? ` (“${c.excerpt}”)` : ''}`;
}
