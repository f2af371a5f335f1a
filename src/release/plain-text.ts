/**
 * A letter as plain text, for email bodies and web forms (regulations.gov's comment
 * box, a ministry's contact form): greeting, body, closing and the signatory list, as
 * the printed letter has them. One paragraph per line, a blank line between them, no
 * hard wrapping (the form or mail client wraps); list items one per line, marked as
 * the letter marks them; a link's address follows its text in brackets.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import type { LetterView } from '../resolve/letter-view.js';

type Node = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<Node, { attribs: Record<string, string> }>;
const isElement = (node: Node): node is Element => 'attribs' in node;
const isText = (node: Node): node is Extract<Node, { data: string }> => node.type === 'text';

/** Blocks that end a paragraph of text; their contents are laid out by `blocks()`. */
const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'hr', 'figure', 'figcaption', 'caption', 'div', 'dl', 'dt', 'dd']);

export function letterPlainText(view: LetterView): string {
  const parts: string[] = [];
  if (view.greeting) parts.push(view.greeting);
  parts.push(...bodyParagraphs(view.body));
  if (view.closing) parts.push(view.closing);
  parts.push(...signatoryParagraphs(view));
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}

/** The number of characters as a text box counts them (code points, not UTF-16 units). */
export function characterCount(text: string): number {
  return [...text].length;
}

function signatoryParagraphs(view: LetterView): string[] {
  const { signing } = view;
  if (!signing.count) return [];
  const parts: string[] = [];
  const heading = [signing.heading, signing.asOf].filter(Boolean).join(' ');
  if (heading) parts.push(heading);
  for (const group of signing.groups) {
    const lines = group.signers.map((s) => `${s.number !== undefined ? `${s.number}. ` : ''}${s.text}`);
    parts.push([...(group.heading ? [group.heading] : []), ...lines].join('\n'));
  }
  if (signing.updated) parts.push(signing.updated);
  if (signing.note) parts.push(signing.note);
  return parts;
}

/** The body's HTML (sanitized, see markdown.ts) as paragraphs of plain text. */
export function bodyParagraphs(html: string): string[] {
  return blocks(parseDocument(html).children, '');
}

/** Paragraphs of `nodes`, each line of them starting with `indent`. */
function blocks(nodes: readonly Node[], indent: string): string[] {
  const out: string[] = [];
  let inline: Node[] = [];
  const flush = () => {
    const text = inlineText(inline);
    if (text) out.push(indentLines(text, indent));
    inline = [];
  };
  for (const node of nodes) {
    if (!isElement(node) || !BLOCK.has(node.name)) {
      inline.push(node);
      continue;
    }
    flush();
    const name = node.name;
    if (name === 'ul' || name === 'ol') out.push(list(node, indent));
    else if (name === 'blockquote') out.push(...blocks(node.children, `${indent}    `));
    else if (name === 'pre') out.push(indentLines(DomUtils.textContent(node).replace(/\n$/, ''), indent));
    else if (name === 'hr') out.push(`${indent}* * *`);
    else if (name === 'table') out.push(table(node, indent));
    else if (['div', 'figure', 'dl', 'thead', 'tbody', 'tfoot'].includes(name)) out.push(...blocks(node.children, indent));
    else {
      const text = inlineText(node.children);
      if (text) out.push(indentLines(text, indent));
    }
  }
  flush();
  return out;
}

/** A list: one item a line, `• ` or `1. ` (from the list's `start`), nested lists indented under their item. */
function list(node: Element, indent: string): string {
  const start = Number(node.attribs.start ?? 1);
  const items = node.children.filter((c): c is Element => isElement(c) && c.name === 'li');
  return items.map((item, i) => {
    const mark = node.name === 'ol' ? `${start + i}. ` : '• ';
    const inner = blocks(item.children, `${indent}${' '.repeat(mark.length)}`).join('\n');
    return `${indent}${mark}${inner.slice(indent.length + mark.length)}`;
  }).join('\n');
}

function table(node: Element, indent: string): string {
  const rows = DomUtils.getElementsByTagName('tr', node, true);
  return rows.map((row) => {
    const cells = row.children.filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'));
    return `${indent}${cells.map((c) => inlineText(c.children)).join(' | ')}`;
  }).join('\n');
}

/** Stands for `<br>` until whitespace is collapsed (a character no letter text holds). */
const BREAK = '\u0000';

/** Text of inline content: whitespace collapsed as HTML does, `<br>` a line break, images by their alternative text. */
function inlineText(nodes: readonly Node[]): string {
  let text = '';
  const walk = (node: Node) => {
    if (isText(node)) text += node.data;
    else if (isElement(node)) {
      if (node.name === 'br') text += BREAK;
      else if (node.name === 'img') text += node.attribs.alt ?? '';
      else if (BLOCK.has(node.name)) {
        text += ` ${blocks([node], '').join(' ')} `;
      } else {
        node.children.forEach(walk);
        const href = node.name === 'a' ? node.attribs.href : undefined;
        if (href && !sameAddress(href, DomUtils.textContent(node))) text += ` (${href.replace(/^mailto:/, '')})`;
      }
    }
  };
  nodes.forEach(walk);
  return text
    // Soft hyphens (hyphenated editions) and word joiners are invisible in print and noise in a text box.
    .replace(/[\u00ad\u2060]/g, '')
    // A line break in the Markdown is a space in the letter; only `<br>` breaks the line.
    .split(BREAK)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .trim();
}

function sameAddress(href: string, text: string): boolean {
  const bare = (s: string) => s.trim().replace(/^mailto:/, '').replace(/^https?:\/\//, '').replace(/\/$/, '');
  return bare(href) === bare(text);
}

function indentLines(text: string, indent: string): string {
  return text.split('\n').map((line) => `${indent}${line}`).join('\n');
}
