/**
 * A letter body → Word paragraphs and tables. The input is the body the HTML page
 * prints: the letter's Markdown rendered and sanitized (markdown/markdown.ts), with
 * its typography applied, so both formats say the same words. Only that fragment is
 * converted, with the elements the sanitizer lets through; the page around it is
 * built from the view (word-letter.ts), never from the HTML page.
 *
 * Inert by construction: links become Word hyperlinks only to web, mail and phone
 * addresses (a relative link would point Word at a file beside the document), images
 * are embedded from the `data:` URLs the workspace resolver made, and text is text:
 * nothing in a letter becomes a Word field, a macro or an external reference.
 */
import {
  ExternalHyperlink, ImageRun, Paragraph, SoftHyphen, Table, TableCell, TableRow, TextRun, WidthType,
  type IRunOptions, type ParagraphChild,
} from 'docx';
import { parseDocument } from 'htmlparser2';
import { withoutMailAttachments } from '../../markdown/mail-link.js';
import { PARAGRAPH_NUMBER_CLASS } from '../../markdown/numbered-paragraphs.js';
import { footnoteRun, isFootnoteRef, isFootnotes, notesOf, type Notes } from './word-footnotes.js';
import { orderedMarks, type OrderedMarks } from './word-list-marks.js';
import { STYLE } from './word-styles.js';
import { blankPng, decodeImage, fit } from './word-images.js';
import { xmlSafe } from './word-xml.js';

/** What the converter needs to know about the letter it converts. */
export interface BodyContext {
  /** The language tag of every run and paragraph (`en-US`). */
  lang: string;
  rtl: boolean;
  /** The complex-script face of a right-to-left language's runs (`w:rFonts w:cs`: Noto Naskh Arabic). */
  csFont?: string;
  /** The digits the language writes numbers with (CLDR's numbering system: `latn`, `arab`). */
  digits?: string;
  /** Opening and closing quotes for `<q>`. */
  quotes: readonly [string, string];
  /** The body's size in points (`<small>` is set smaller). */
  fontSize: number;
  /** Width of the text, in pixels, that images are fitted to. */
  textWidth: number;
  /** The numbering instance of this body's numbered paragraphs (one per language part or column). */
  paragraphNumbering: number;
  /** Gives each ordered list its own numbering instance; called once per list, with its marks ("1.", "a)"). */
  nextListInstance: (start: number, marks?: OrderedMarks) => { reference: string; instance: number };
  /** The body's footnotes, by id (word-footnotes.ts): set by bodyToWord. */
  notes?: Notes;
  /** Refused images and other problems, as sentences. */
  problems: string[];
}

export const NUMBERING = {
  paragraphs: 'numbered-paragraphs',
  /** Numbered paragraphs of a letter whose numbers are Arabic-Indic (١، ٢، ٣). */
  arabicParagraphs: 'numbered-paragraphs-arab',
  bullets: 'bullets',
  ordered: 'ordered',
} as const;


type Block = Paragraph | Table;

/** What the converter reads of htmlparser2's nodes. */
export interface DomNode {
  type: string;
  data?: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
}

/** Run formatting inherited from the elements around a piece of text. */
interface Format {
  bold?: boolean;
  italics?: boolean;
  /** East Asian emphasis marks (w:em), for Chinese emphasis. */
  emphasis?: boolean;
  underline?: boolean;
  strike?: boolean;
  superScript?: boolean;
  subScript?: boolean;
  small?: boolean;
  highlight?: boolean;
  code?: boolean;
  style?: string;
}

/** One piece of a paragraph before it becomes runs: text, a line break or an image. */
type Piece =
  | { kind: 'text'; text: string; format: Format; link?: LinkTarget; pre?: boolean }
  | { kind: 'break'; format: Format; link?: LinkTarget }
  | { kind: 'image'; run: ImageRun; link?: LinkTarget }
  | { kind: 'note'; run: ParagraphChild; link?: undefined };

/** One `<a>` element; pieces of the same link share the object. */
interface LinkTarget {
  href: string;
}

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'hr', 'table', 'figure', 'figcaption', 'div', 'dl', 'dt', 'dd', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption']);

/**
 * The blocks of a sanitized body fragment, grouped by the fragment's top-level
 * elements (a paragraph, a list, a heading…; loose text between them is one group),
 * so that two languages can be set side by side element by element.
 */
/**
 * `keepLastWithNext`: the body's last paragraph keeps with the paragraph after it (the
 * closing), so that a closing never starts a page alone; Word has no "keep with previous".
 */
export function bodyToWord(html: string, ctx: BodyContext, options: { keepLastWithNext?: boolean } = {}): Block[][] {
  const all = (parseDocument(html) as unknown as DomNode).children ?? [];
  // The notes under the body become Word's own footnotes, at their marks (word-footnotes.ts).
  const nodes = all.filter((n) => !isFootnotes(n));
  const noted: BodyContext = { ...ctx, notes: notesOf(all.filter(isFootnotes)) };
  const last = nodes.filter((n) => n.type === 'tag').at(-1);
  if (options.keepLastWithNext && last?.name === 'p') last.attribs = { ...last.attribs, [KEEP_NEXT]: '' };
  return groupedBlocks(nodes, noted, { style: STYLE.bodyText });
}

/** The blocks of a footnote's content, in Word's Footnote Text style (a note holds no note). */
function noteBlocks(nodes: DomNode[], ctx: BodyContext): Block[] {
  return blocks(nodes, { ...ctx, notes: undefined }, { style: STYLE.footnoteText });
}

/** An attribute of ours on a parsed paragraph (never in the letter's HTML, which is sanitized): keep it with the next. */
const KEEP_NEXT = 'data-coalition-keep-next';

interface BlockScope {
  /** The style of plain paragraphs here: Body Text, Quote inside a quotation, List Continue inside a list item. */
  style: string;
  listLevel?: number;
}

function blocks(nodes: DomNode[], ctx: BodyContext, scope: BlockScope): Block[] {
  return groupedBlocks(nodes, ctx, scope).flat();
}

/** The blocks of `nodes`, one group per block element, and one paragraph for each run of loose inline content. */
function groupedBlocks(nodes: DomNode[], ctx: BodyContext, scope: BlockScope): Block[][] {
  const groups: Block[][] = [];
  let loose: DomNode[] = [];
  const flush = () => {
    if (loose.some((n) => n.type === 'tag' || /\S/.test(n.data ?? ''))) groups.push([paragraph(inlinePieces(loose, {}, ctx), ctx, { style: scope.style })]);
    loose = [];
  };
  for (const node of nodes) {
    if (node.type === 'tag' && BLOCK_TAGS.has(node.name!)) {
      flush();
      groups.push(block(node, ctx, scope));
    } else if (node.type === 'text' || node.type === 'tag') {
      loose.push(node);
    }
  }
  flush();
  return groups.filter((group) => group.length);
}

function block(node: DomNode, ctx: BodyContext, scope: BlockScope): Block[] {
  const children = node.children ?? [];
  switch (node.name) {
    case 'p': {
      const numbered = scope.style === STYLE.bodyText && children.some(isParagraphNumber);
      const content = numbered ? withoutParagraphNumber(children) : children;
      return [paragraph(inlinePieces(content, {}, ctx), ctx, {
        style: scope.style,
        ...(node.attribs?.[KEEP_NEXT] !== undefined ? { keepNext: true } : {}),
        ...(numbered ? { numbering: { reference: ctx.digits === 'arab' ? NUMBERING.arabicParagraphs : NUMBERING.paragraphs, level: 0, instance: ctx.paragraphNumbering } } : {}),
      })];
    }
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6':
      return [paragraph(inlinePieces(children, {}, ctx), ctx, { style: STYLE.heading(Number(node.name[1])) })];
    case 'blockquote':
      return blocks(children, ctx, { ...scope, style: STYLE.quote });
    case 'ul': case 'ol':
      return list(node, ctx, scope.listLevel === undefined ? 0 : scope.listLevel + 1);
    case 'pre':
      return [paragraph(preformatted(children), ctx, { style: STYLE.preformatted })];
    case 'hr':
      return [new Paragraph({ style: STYLE.bodyText, thematicBreak: true, ...paragraphLanguage(ctx) })];
    case 'table':
      return [table(node, ctx)];
    case 'figcaption': case 'caption':
      return [paragraph(inlinePieces(children, {}, ctx), ctx, { style: STYLE.caption })];
    case 'dt':
      return [paragraph(inlinePieces(children, { bold: true }, ctx), ctx, { style: scope.style, keepNext: true })];
    case 'dd':
      return blocks(children, ctx, { ...scope, style: STYLE.listContinue });
    default:
      // div, figure, dl, li outside a list, table parts outside a table: their content.
      return blocks(children, ctx, scope);
  }
}

function list(node: DomNode, ctx: BodyContext, level: number): Block[] {
  const ordered = node.name === 'ol';
  const start = Number(node.attribs?.start ?? 1);
  const numbering = ordered
    ? { ...ctx.nextListInstance(Number.isInteger(start) && start >= 0 ? start : 1, orderedMarks(node.attribs ?? {})), level: Math.min(level, 8) }
    : { reference: NUMBERING.bullets, level: Math.min(level, 8) };
  const style = ordered ? STYLE.listNumber : STYLE.listBullet;
  const inner: BlockScope = { style: STYLE.listContinue, listLevel: level };
  const out: Block[] = [];
  for (const item of node.children ?? []) {
    if (item.type !== 'tag' || item.name !== 'li') continue;
    // The item's first line carries its mark; what follows is indented under it.
    const children = item.children ?? [];
    let firstBlock = children.findIndex((n) => n.type === 'tag' && BLOCK_TAGS.has(n.name!));
    if (firstBlock === -1) firstBlock = children.length;
    const leading = children.slice(0, firstBlock);
    const hasLeading = leading.some((n) => n.type === 'tag' || /\S/.test(n.data ?? ''));
    const opening = children[firstBlock];
    if (!hasLeading && opening?.name === 'p') {
      out.push(paragraph(inlinePieces(opening.children ?? [], {}, ctx), ctx, { style, numbering }));
      out.push(...blocks(children.slice(firstBlock + 1), ctx, inner));
    } else {
      out.push(paragraph(inlinePieces(leading, {}, ctx), ctx, { style, numbering }));
      out.push(...blocks(children.slice(firstBlock), ctx, inner));
    }
  }
  return out;
}

function table(node: DomNode, ctx: BodyContext): Table {
  const rows: DomNode[] = [];
  const collect = (nodes: DomNode[]) => {
    for (const n of nodes) {
      if (n.type !== 'tag') continue;
      if (n.name === 'tr') rows.push(n);
      else if (n.name === 'thead' || n.name === 'tbody' || n.name === 'tfoot') collect(n.children ?? []);
    }
  };
  collect(node.children ?? []);
  const span = (cell: DomNode, name: string) => Math.max(1, Math.min(63, Number(cell.attribs?.[name]) || 1));
  const columns = Math.max(1, ...rows.map((r) => (r.children ?? []).filter(isCell).reduce((sum, c) => sum + span(c, 'colspan'), 0)));
  const cellWidth = ctx.textWidth / columns;
  const tableRows = rows.filter((r) => (r.children ?? []).some(isCell)).map((r) => new TableRow({
    children: (r.children ?? []).filter(isCell).map((cell) => {
      const header = cell.name === 'th';
      const cellCtx = { ...ctx, textWidth: cellWidth * span(cell, 'colspan') };
      const content = header
        ? [paragraph(inlinePieces(cell.children ?? [], { bold: true }, cellCtx), cellCtx, { style: STYLE.normal })]
        : blocks(cell.children ?? [], cellCtx, { style: STYLE.normal });
      return new TableCell({
        children: content.length ? content : [paragraph([], ctx, { style: STYLE.normal })],
        columnSpan: span(cell, 'colspan'),
        rowSpan: span(cell, 'rowspan'),
      });
    }),
  }));
  return new Table({
    rows: tableRows.length ? tableRows : [new TableRow({ children: [new TableCell({ children: [paragraph([], ctx, { style: STYLE.normal })] })] })],
    width: { size: 100, type: WidthType.PERCENTAGE },
    style: STYLE.tableGrid,
    // A right-to-left letter's table reads from the right, its first column there (w:bidiVisual).
    ...(ctx.rtl ? { visuallyRightToLeft: true } : {}),
  });
}

function isCell(node: DomNode): boolean {
  return node.type === 'tag' && (node.name === 'td' || node.name === 'th');
}

function isParagraphNumber(node: DomNode): boolean {
  return node.type === 'tag' && node.name === 'span' && (node.attribs?.class ?? '').split(/\s+/).includes(PARAGRAPH_NUMBER_CLASS);
}

/** A numbered paragraph's content without the number the HTML prints (Word numbers it itself). */
function withoutParagraphNumber(nodes: DomNode[]): DomNode[] {
  const at = nodes.findIndex(isParagraphNumber);
  const rest = nodes.slice(at + 1);
  const next = rest[0];
  if (next?.type === 'text') return [{ ...next, data: (next.data ?? '').replace(/^\s+/, '') }, ...rest.slice(1)];
  return rest;
}

function preformatted(nodes: DomNode[]): Piece[] {
  const pieces: Piece[] = [];
  const walk = (list: DomNode[]) => {
    for (const n of list) {
      if (n.type === 'text') {
        n.data!.replace(/\n$/, '').split('\n').forEach((line, i) => {
          if (i) pieces.push({ kind: 'break', format: {} });
          // Preformatted text keeps its spaces: the whitespace pass leaves it alone.
          if (line) pieces.push({ kind: 'text', text: line, format: {}, pre: true });
        });
      } else if (n.type === 'tag') {
        walk(n.children ?? []);
      }
    }
  };
  walk(nodes);
  return pieces;
}

/** The pieces of inline content, with whitespace collapsed as HTML collapses it. */
function inlinePieces(nodes: DomNode[], format: Format, ctx: BodyContext, link?: LinkTarget): Piece[] {
  const pieces: Piece[] = [];
  const walk = (list: DomNode[], fmt: Format, href: LinkTarget | undefined) => {
    for (const n of list) {
      if (n.type === 'text') {
        pieces.push({ kind: 'text', text: n.data ?? '', format: fmt, ...(href ? { link: href } : {}) });
        continue;
      }
      if (n.type !== 'tag') continue;
      const kids = n.children ?? [];
      switch (n.name) {
        case 'br': pieces.push({ kind: 'break', format: fmt, ...(href ? { link: href } : {}) }); break;
        case 'strong': case 'b': walk(kids, { ...fmt, bold: true }, href); break;
        // Chinese sets no italics: emphasis marks, dots under the characters (GB/T 15834 着重号), as the PDF does.
        case 'em': case 'i': case 'cite': walk(kids, /^zh(-|$)/i.test(ctx.lang) ? { ...fmt, emphasis: true } : { ...fmt, italics: true }, href); break;
        case 'u': walk(kids, { ...fmt, underline: true }, href); break;
        case 's': walk(kids, { ...fmt, strike: true }, href); break;
        case 'sup':
          if (isFootnoteRef(n) && ctx.notes) {
            pieces.push({ kind: 'note', run: footnoteRun(n, ctx.notes, (nodes) => noteBlocks(nodes, ctx), (text, options) => textRun(text, ctx, options)) });
            break;
          }
          walk(kids, { ...fmt, superScript: true }, href);
          break;
        case 'sub': walk(kids, { ...fmt, subScript: true }, href); break;
        case 'small': walk(kids, { ...fmt, small: true }, href); break;
        case 'mark': walk(kids, { ...fmt, highlight: true }, href); break;
        case 'code': walk(kids, { ...fmt, code: true }, href); break;
        case 'q':
          pieces.push({ kind: 'text', text: ctx.quotes[0], format: fmt });
          walk(kids, fmt, href);
          pieces.push({ kind: 'text', text: ctx.quotes[1], format: fmt });
          break;
        case 'a': {
          const target = safeLink(n.attribs?.href);
          walk(kids, fmt, target ? { href: target } : href);
          break;
        }
        case 'img': {
          const run = imageRun(n.attribs ?? {}, ctx);
          if (run) pieces.push({ kind: 'image', run, ...(href ? { link: href } : {}) });
          else if (n.attribs?.alt) pieces.push({ kind: 'text', text: n.attribs.alt, format: { ...fmt, italics: true } });
          break;
        }
        case 'span':
          if ((n.attribs?.class ?? '').split(/\s+/).includes('missing-image')) walk(kids, { ...fmt, italics: true }, href);
          else walk(kids, fmt, href);
          break;
        default:
          // abbr, any block element met inside a line: its text.
          walk(kids, fmt, href);
      }
    }
  };
  walk(nodes, format, link);
  return collapseWhitespace(pieces);
}

/** Collapses runs of whitespace to one space and trims the ends of lines, as a browser does. */
function collapseWhitespace(pieces: Piece[]): Piece[] {
  let atLineStart = true;
  const out: Piece[] = [];
  for (const piece of pieces) {
    if (piece.kind !== 'text' || piece.pre) {
      out.push(piece);
      atLineStart = piece.kind === 'break';
      continue;
    }
    let text = piece.text.replace(/[ \t\n\r\f]+/g, ' ');
    if (atLineStart) text = text.replace(/^ /, '');
    if (!text) continue;
    atLineStart = text.endsWith(' ');
    out.push({ ...piece, text });
  }
  // Trailing spaces before a break or at the end.
  for (let i = out.length - 1; i >= 0; i--) {
    const piece = out[i]!;
    const next = out[i + 1];
    if (piece.kind === 'text' && (!next || next.kind === 'break') && !piece.pre) {
      const text = piece.text.replace(/ $/, '');
      if (text) out[i] = { ...piece, text };
      else out.splice(i, 1);
    }
  }
  return out;
}

/** Only web, mail and phone addresses become links; a link to anything else is left as its text. */
function safeLink(href: string | undefined): string | undefined {
  if (!href) return undefined;
  const value = xmlSafe(href).trim();
  if (/^https?:\/\//i.test(value)) {
    try {
      return new URL(value).href;
    } catch {
      return undefined;
    }
  }
  if (/^(mailto|tel):[^\s]+$/i.test(value)) return encodeURI(decodeSafely(withoutMailAttachments(value)));
  return undefined;
}

function decodeSafely(value: string): string {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}

function imageRun(attribs: Record<string, string>, ctx: BodyContext): ImageRun | undefined {
  const src = attribs.src ?? '';
  const alt = xmlSafe(attribs.alt ?? '');
  const { image, problem } = decodeImage(src);
  if (!image) {
    ctx.problems.push(`image${alt ? ` "${alt}"` : ''} left out of the Word file: ${problem}`);
    return undefined;
  }
  const asked = { width: Number(attribs.width) || image.width, height: Number(attribs.height) || (Number(attribs.width) ? (image.height * Number(attribs.width)) / image.width : image.height) };
  const transformation = fit(asked, ctx.textWidth);
  const altText = { name: alt || 'image', description: alt, title: xmlSafe(attribs.title ?? alt) };
  return image.type === 'svg'
    ? new ImageRun({ type: 'svg', data: image.data, fallback: { type: 'png', data: blankPng() }, transformation, altText })
    : new ImageRun({ type: image.type, data: image.data, transformation, altText });
}

export function wordImageRun(dataUrl: string, alt: string, box: { width: number; height: number }, problems: string[]): ImageRun | undefined {
  const { image, problem } = decodeImage(dataUrl);
  if (!image) {
    problems.push(`image${alt ? ` "${alt}"` : ''} left out of the Word file: ${problem}`);
    return undefined;
  }
  const transformation = fit(image, box.width, box.height);
  const altText = { name: xmlSafe(alt) || 'image', description: xmlSafe(alt), title: xmlSafe(alt) };
  return image.type === 'svg'
    ? new ImageRun({ type: 'svg', data: image.data, fallback: { type: 'png', data: blankPng() }, transformation, altText })
    : new ImageRun({ type: image.type, data: image.data, transformation, altText });
}

/**
 * The run properties every run of the language carries: a right-to-left language's
 * runs are `w:rtl`, tagged `w:lang w:bidi`, and set in its complex-script face.
 */
export function runLanguage(ctx: Pick<BodyContext, 'lang' | 'rtl' | 'csFont'>): Pick<IRunOptions, 'language' | 'rightToLeft' | 'font'> {
  if (!ctx.rtl) return { language: { value: ctx.lang } };
  return { language: { value: ctx.lang, bidirectional: ctx.lang }, rightToLeft: true, ...(ctx.csFont ? { font: { cs: ctx.csFont } } : {}) };
}

/** The paragraph properties that tag the paragraph (its mark) with the language: a right-to-left one's paragraphs are `w:bidi`. */
export function paragraphLanguage(ctx: Pick<BodyContext, 'lang' | 'rtl' | 'csFont'>): { run: Pick<IRunOptions, 'language' | 'font'>; bidirectional?: boolean } {
  if (!ctx.rtl) return { run: { language: { value: ctx.lang } } };
  return { run: { language: { value: ctx.lang, bidirectional: ctx.lang }, ...(ctx.csFont ? { font: { cs: ctx.csFont } } : {}) }, bidirectional: true };
}

/** A text run in the language, soft hyphens as Word's optional hyphens. */
export function textRun(text: string, ctx: Pick<BodyContext, 'lang' | 'rtl' | 'csFont'>, options: Omit<IRunOptions, 'text' | 'children'> = {}): TextRun {
  const safe = xmlSafe(text);
  const parts = safe.split('\u00ad');
  const children = parts.length === 1 ? undefined : parts.flatMap((part, i) => (i ? [new SoftHyphen(), part] : [part])).filter((c) => c !== '');
  return new TextRun({ ...runLanguage(ctx), ...options, ...(children ? { children } : { text: safe }) });
}

function runOptions(format: Format): Omit<IRunOptions, 'text' | 'children'> {
  return {
    ...(format.bold ? { bold: true } : {}),
    ...(format.italics ? { italics: true } : {}),
    // Word's `underDot`: the dot under each character; the docx library's type names only `dot` (above).
    ...(format.emphasis ? { emphasisMark: { type: 'underDot' as 'dot' } } : {}),
    ...(format.underline ? { underline: {} } : {}),
    ...(format.strike ? { strike: true } : {}),
    ...(format.superScript ? { superScript: true } : {}),
    ...(format.subScript ? { subScript: true } : {}),
    ...(format.highlight ? { highlight: 'yellow' } : {}),
    ...(format.code ? { style: STYLE.code } : format.style ? { style: format.style } : {}),
  };
}

/** Runs of the pieces, each link's pieces wrapped in one hyperlink. */
function piecesToChildren(pieces: Piece[], ctx: BodyContext): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const run = (piece: Piece): ParagraphChild => {
    if (piece.kind === 'image' || piece.kind === 'note') return piece.run;
    const options = { ...runOptions(piece.format), ...(piece.link ? { style: STYLE.hyperlink } : {}) };
    if (piece.kind === 'break') return new TextRun({ ...runLanguage(ctx), break: 1 });
    return textRun(piece.text, ctx, piece.format.small ? { ...options, size: Math.round(ctx.fontSize * 2 * 0.85) } : options);
  };
  for (let i = 0; i < pieces.length; ) {
    const link = pieces[i]!.link;
    if (!link) {
      out.push(run(pieces[i]!));
      i++;
      continue;
    }
    const group: ParagraphChild[] = [];
    while (i < pieces.length && pieces[i]!.link === link) group.push(run(pieces[i++]!));
    out.push(new ExternalHyperlink({ link: link.href, children: group }));
  }
  return out;
}

function paragraph(pieces: Piece[], ctx: BodyContext, options: { style: string; numbering?: object; keepNext?: boolean }): Paragraph {
  const p = new Paragraph({
    style: options.style,
    ...(options.numbering ? { numbering: options.numbering as never } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
    ...paragraphLanguage(ctx),
    children: piecesToChildren(pieces, ctx),
  });
  return p;
}
