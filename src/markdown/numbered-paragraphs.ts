/**
 * `numbered_paragraphs: true`: the body's paragraphs numbered 1, 2, 3…, as UK
 * parliamentary committees and UN bodies ask of submissions. Only the body's own
 * paragraphs are numbered, not headings, list items or quoted paragraphs, which keep
 * their own marks. The number is text in the paragraph, so the HTML, the PDF and text
 * copied from them all carry it; the Word letter turns it into Word's own numbering.
 */
import { render } from 'dom-serializer';
import { parseDocument } from 'htmlparser2';

/** The class of the number put before each numbered paragraph (templates/letter.css styles it). */
export const PARAGRAPH_NUMBER_CLASS = 'paragraph-number';

interface Node {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: Node[];
}

/** `html` (a sanitized body fragment) with its top-level paragraphs numbered. */
/** @param digits writes a number in the letter's digits ("١٢" in Arabic); default 0–9. */
export function numberParagraphs(html: string, digits: (n: number) => string = String): string {
  const doc = parseDocument(html);
  let n = 0;
  for (const node of doc.children as unknown as Node[]) {
    if (node.type !== 'tag' || node.name !== 'p') continue;
    const number = parseDocument(`<span class="${PARAGRAPH_NUMBER_CLASS}">${digits(++n)}. </span>`).children as unknown as Node[];
    node.attribs = { ...node.attribs, class: `${node.attribs?.class ? `${node.attribs.class} ` : ''}numbered` };
    node.children = [...number, ...(node.children ?? [])];
  }
  return n ? render(doc, { encodeEntities: 'utf8' }) : html;
}
