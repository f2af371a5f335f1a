/**
 * The outline of a Markdown body: its top-level blocks in order (paragraphs,
 * headings, lists with their item counts, quotes…) with the file line of each.
 * Two translations of one letter should have the same outline.
 */
import MarkdownIt from 'markdown-it';
import { footnoteUse } from '../markdown/footnotes.js';
import { INDENTED_CODE, letterMarkdownPlugins } from '../markdown/markdown.js';

export interface OutlineBlock {
  /** `paragraph`, `heading 2`, `bulleted list`, `numbered list`, `quote`, `table`, `code`, `rule`, `html`. */
  kind: string;
  /** Items, for lists. */
  items?: number;
  /** 1-based file line where the block starts. */
  line: number;
}

// Read as the letter is rendered: no indented code blocks, footnotes and `a)` lists (markdown/markdown.ts).
const md = letterMarkdownPlugins(new MarkdownIt({ html: true })).disable(INDENTED_CODE);

const KINDS: Record<string, string> = {
  paragraph_open: 'paragraph',
  bullet_list_open: 'bulleted list',
  ordered_list_open: 'numbered list',
  blockquote_open: 'quote',
  table_open: 'table',
  fence: 'code',
  code_block: 'code',
  hr: 'rule',
  html_block: 'html',
};

/** @param firstLine the file line of the markdown's first line */
export function outlineOf(markdown: string, firstLine: number): OutlineBlock[] {
  const tokens = md.parse(markdown, {});
  const blocks: OutlineBlock[] = [];
  let current: OutlineBlock | undefined;
  for (const token of tokens) {
    // The notes, which the footnote plugin puts last, are counted apart (footnoteCount).
    if (token.type === 'footnote_block_open') break;
    if (token.level === 0 && token.nesting !== -1) {
      const kind = token.type === 'heading_open' ? `heading ${token.tag.slice(1)}` : KINDS[token.type];
      if (!kind) continue;
      current = { kind, line: firstLine + (token.map?.[0] ?? 0) };
      if (kind.endsWith('list')) current.items = 0;
      blocks.push(current);
    } else if (token.type === 'list_item_open' && token.level === 1 && current?.items !== undefined) {
      current.items++;
    }
  }
  return blocks;
}

export function describeBlock(block: OutlineBlock): string {
  return block.items === undefined ? `a ${block.kind}` : `a ${block.kind} of ${block.items} item${block.items === 1 ? '' : 's'}`;
}

/** How many footnotes a body prints, and the labels it defines in vain or uses undefined (markdown/footnotes.ts). */
export function footnotesOf(markdown: string): ReturnType<typeof footnoteUse> {
  return footnoteUse(md, markdown);
}
