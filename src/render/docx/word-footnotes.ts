/**
 * The body's footnotes as Word's own (`<w:footnoteReference>` in the text, the note in
 * word/footnotes.xml, numbered by Word): the HTML body holds each mark as
 * `<sup class="footnote-ref"><a href="#fn-en-1">1</a></sup>` and the notes in
 * `<section class="footnotes">` (src/markdown/footnotes.ts). The first mark of a note
 * brings the note; a note marked again is marked with its number in superscript, as
 * the PDF prints it (Word has one reference per footnote).
 */
import { FootnoteReferenceRun, Paragraph, TextRun, type ParagraphChild, type Table } from 'docx';
import { FOOTNOTE_REF_CLASS, FOOTNOTES_CLASS } from '../../markdown/footnotes.js';

/** What this file reads of htmlparser2's nodes (the shape word-body.ts's DomNode has). */
interface NoteNode {
  type: string;
  data?: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: NoteNode[];
}

/** The notes of one body: each note's content by its id, and the ids already referred to. */
export interface Notes {
  content: Map<string, NoteNode[]>;
  used: Set<string>;
}

const hasClass = (node: NoteNode, name: string) => node.type === 'tag' && (node.attribs?.class ?? '').split(/\s+/).includes(name);

/** The section of notes under the body. */
export function isFootnotes(node: NoteNode): boolean {
  return node.name === 'section' && hasClass(node, FOOTNOTES_CLASS);
}

/** A note's mark in the text. */
export function isFootnoteRef(node: NoteNode): boolean {
  return node.name === 'sup' && hasClass(node, FOOTNOTE_REF_CLASS);
}

/** The notes of the footnote sections of a body, by the id their marks link to. */
export function notesOf(sections: readonly NoteNode[]): Notes {
  const content = new Map<string, NoteNode[]>();
  const visit = (nodes: readonly NoteNode[]) => {
    for (const node of nodes) {
      if (node.type !== 'tag') continue;
      if (node.name === 'li' && node.attribs?.id) content.set(node.attribs.id, node.children ?? []);
      else visit(node.children ?? []);
    }
  };
  visit(sections.flatMap((s) => s.children ?? []));
  return { content, used: new Set() };
}

/**
 * The run of one mark: a Word footnote carrying the note's content (`blocks` converts
 * it), or the note's number in superscript when the note was marked before or is missing.
 * `plain` makes a run in the letter's language.
 */
export function footnoteRun(
  sup: NoteNode,
  notes: Notes,
  blocks: (nodes: NoteNode[]) => (Paragraph | Table)[],
  plain: (text: string, options?: { superScript: true }) => TextRun,
): ParagraphChild {
  const link = (sup.children ?? []).find((c) => c.name === 'a');
  const id = link?.attribs?.href?.replace(/^#/, '') ?? '';
  const number = textOf(sup).trim();
  const content = notes.content.get(id);
  if (!content || notes.used.has(id)) return plain(number, { superScript: true });
  notes.used.add(id);
  const [first = new Paragraph({}), ...rest] = blocks(content).filter((b): b is Paragraph => b instanceof Paragraph);
  // Word puts the note's number before its first paragraph: a space after it, as Word's own notes have.
  const spaced = new Paragraph({ ...first.options, children: [plain(' '), ...(first.options.children ?? [])] });
  return new FootnoteReferenceRun({ children: [spaced, ...rest] });
}

function textOf(node: NoteNode): string {
  return node.type === 'text' ? node.data ?? '' : (node.children ?? []).map(textOf).join('');
}
