/**
 * A letter as plain text, the release's record of what was sent (and a text for email
 * bodies and web forms): everything the printed letter prints, in its order — title
 * (unless `title_block: false`), dateline, reference, addressees with their address
 * lines, cc where the letter puts it, subject, greeting, body, its footnotes, closing,
 * the representatives, the signatory list, cc at the end. One paragraph per line, a
 * blank line between them, no hard wrapping (the form or mail client wraps); a block
 * of lines (an addressee, a cc entry, a group of signers) keeps its lines; list items
 * one per line, marked as the letter marks them ("1)", "a)"); a footnote's mark is
 * "[1]" and the notes follow the body; a link's address follows its text in brackets.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import { FOOTNOTE_REF_CLASS, FOOTNOTES_CLASS } from '../markdown/footnotes.js';
import { PAREN_LIST_CLASS } from '../markdown/list-markers.js';
import { labelSpace } from '../i18n/strings.js';
import type { LetterView } from '../resolve/letter-view.js';

type Node = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<Node, { attribs: Record<string, string> }>;
const isElement = (node: Node): node is Element => 'attribs' in node;
const isText = (node: Node): node is Extract<Node, { data: string }> => node.type === 'text';

/** Blocks that end a paragraph of text; their contents are laid out by `blocks()`. */
const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'hr', 'figure', 'figcaption', 'caption', 'div', 'dl', 'dt', 'dd']);

export function letterPlainText(view: LetterView): string {
  const parts: string[] = [];
  if (view.title && view.titleBlock !== false) parts.push(view.title);
  if (view.dateline ?? view.dateText) parts.push(view.dateline ?? view.dateText);
  if (view.translationNote?.at === 'top') parts.push(view.translationNote.text);
  if (view.reference) parts.push(view.reference);
  for (const a of view.to ?? []) parts.push([...a.lines, ...a.address].join('\n'));
  const cc = ccParagraph(view);
  if (view.ccPosition === 'after-addressees') parts.push(cc);
  if (view.subject) parts.push(`${view.strings.subject_label}${labelSpace(view.strings.subject_label)}${view.subject}`);
  if (view.greeting) parts.push(view.greeting);
  const { paragraphs, notes } = bodyAndNotes(view.body);
  parts.push(...paragraphs, ...notes);
  if (view.closing) parts.push(view.closing);
  parts.push(...signatoryParagraphs(view));
  if (view.ccPosition !== 'after-addressees') parts.push(cc);
  if (view.translationNote?.at === 'end') parts.push(view.translationNote.text);
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}

/** "cc: " and each entry's lines and address lines, each line under the first name. */
function ccParagraph(view: LetterView): string {
  const entries = view.ccEntries ?? (view.cc ?? []).map((line) => ({ lines: [line], address: [] }));
  if (!entries.length) return '';
  const label = `${view.strings.cc_label} `;
  const indent = ' '.repeat([...label].length);
  const spaced = entries.some((e) => e.lines.length + e.address.length > 1);
  return entries
    .map((e) => [...e.lines, ...e.address].map((line) => `${indent}${line}`).join('\n'))
    .join(spaced ? '\n\n' : '\n')
    .replace(indent, label);
}

/** The number of characters as a text box counts them (code points, not UTF-16 units). */
export function characterCount(text: string): number {
  return [...text].length;
}

function signatoryParagraphs(view: LetterView): string[] {
  const { signing } = view;
  const representatives = signing.representatives ?? [];
  if (!signing.count && !signing.unnamed && !representatives.length) return [];
  const parts: string[] = [];
  const heading = [signing.heading, signing.asOf].filter(Boolean).join(' ');
  if (heading) parts.push(heading);
  if (signing.summary) parts.push(signing.summary);
  parts.push(...representatives.map((r) => r.lines.join('\n')));
  for (const section of signing.list === false ? [] : signing.sections) {
    if (section.heading) parts.push(section.heading);
    for (const group of section.groups) {
      const lines = group.signers.map((s) => `${s.number !== undefined ? `${s.number}. ` : ''}${s.lines ? [s.name, ...s.lines].join(', ') : s.text}${s.details?.length ? ` — ${s.details.join(', ')}` : ''}`);
      parts.push([...(group.heading ? [group.heading] : []), ...lines].join('\n'));
    }
  }
  if (signing.unnamed) parts.push(signing.unnamed);
  if (signing.updated) parts.push(signing.updated);
  if (signing.note) parts.push(signing.note);
  return parts;
}

/** The body's HTML (sanitized, see markdown.ts) as paragraphs of plain text, its footnotes' notes last. */
export function bodyParagraphs(html: string): string[] {
  const { paragraphs, notes } = bodyAndNotes(html);
  return [...paragraphs, ...notes];
}

/** The body's paragraphs (footnote marks as "[1]"), and its notes, each "[1] The note." */
function bodyAndNotes(html: string): { paragraphs: string[]; notes: string[] } {
  const nodes = parseDocument(html).children;
  const isNotes = (node: Node) => isElement(node) && node.name === 'section' && hasClass(node, FOOTNOTES_CLASS);
  const notes = nodes.filter(isNotes).flatMap((section) => DomUtils.getElementsByTagName('li', section as Element, true).map((item, i) => {
    const text = blocks(item.children, '    ').join('\n').trimStart();
    return `[${i + 1}] ${text}`;
  }));
  return { paragraphs: blocks(nodes.filter((n) => !isNotes(n)), ''), notes };
}

function hasClass(node: Element, name: string): boolean {
  return (node.attribs.class ?? '').split(/\s+/).includes(name);
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

/** A list: one item a line, `• `, `1. ` or `1) `, `a) ` (the list's `start` and marks), nested lists indented under their item. */
function list(node: Element, indent: string): string {
  const start = Number(node.attribs.start ?? 1);
  const items = node.children.filter((c): c is Element => isElement(c) && c.name === 'li');
  const suffix = hasClass(node, PAREN_LIST_CLASS) ? ')' : '.';
  return items.map((item, i) => {
    const mark = node.name === 'ol' ? `${orderedMark(start + i, node.attribs.type)}${suffix} ` : '• ';
    const inner = blocks(item.children, `${indent}${' '.repeat(mark.length)}`).join('\n');
    return `${indent}${mark}${inner.slice(indent.length + mark.length)}`;
  }).join('\n');
}

/** The n-th mark of a list of `type` (1, a, A, i, I), as a browser numbers it. */
function orderedMark(n: number, type: string | undefined): string {
  if (type === 'a' || type === 'A') {
    let letters = '';
    for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) letters = String.fromCharCode(97 + ((k - 1) % 26)) + letters;
    return type === 'A' ? letters.toUpperCase() : letters;
  }
  if (type === 'i' || type === 'I') {
    const roman = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']] as const;
    let rest = n;
    let out = '';
    for (const [value, mark] of roman) while (rest >= value) { out += mark; rest -= value; }
    return type === 'I' ? out.toUpperCase() : out;
  }
  return String(n);
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
      else if (node.name === 'sup' && hasClass(node, FOOTNOTE_REF_CLASS)) text += `[${DomUtils.textContent(node).trim()}]`;
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
