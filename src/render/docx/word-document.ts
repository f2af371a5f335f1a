/**
 * The Word letter (`build --format docx`): one letter view, or the two views of a
 * combined edition, → a .docx built with the `docx` library from the same resolved
 * letter the HTML prints (never by converting the HTML page).
 *
 * - Page: the letter's paper and the PDF's margins, or the reference document's page.
 * - Footer "Page 2 of 3" in the letter's language from page 2 on (Word's PAGE and
 *   NUMPAGES fields; a sequential edition numbers each language part from 1 and
 *   counts its pages with a PAGEREF to the part's last paragraph). With `draft`, the
 *   language's DRAFT at the top of every page.
 * - The signatory list in as many columns as the PDF's, in a section of its own.
 * - Every run and paragraph tagged with its language; document properties as the PDF's.
 * - The same bytes for the same input (word-package.ts).
 */
import { textDirection } from '../../i18n/direction.js';
import { baseLanguage } from '../../i18n/strings.js';
import { numberingSystem } from '../../i18n/intl.js';
import { ARABIC_FAMILY } from '../fonts.js';
import {
  AlignmentType, Bookmark, Document, Footer, Header, LevelFormat, PageNumber, PageReference, Paragraph, SectionType,
  SimpleField, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type ISectionOptions, type ParagraphChild,
} from 'docx';
import type { LetterView } from '../../resolve/letter-view.js';
import { NUMBERING, paragraphLanguage, textRun, type BodyContext } from './word-body.js';
import { sharedView } from '../bilingual.js';
import { pageLabelParts, pageLabelsInOwnDigits } from '../page-label.js';
import { letterBlocks, type Block, type LetterBlocks } from './word-letter.js';
import { marksKey, marksOf } from './word-list-marks.js';
import { packWordLetter } from './word-package.js';
import type { ReferenceDocument } from './word-reference.js';
import { DEFAULT_FONT, letterStyles, STYLE, stylesXml, type WordFont } from './word-styles.js';

export type WordEdition = 'single' | 'sequential' | 'parallel';

export interface WordLetterOptions {
  edition: WordEdition;
  font?: Partial<WordFont>;
  /** The signatory block right after the heading, as joint UN UPR submissions are asked to begin. */
  signersFirst?: boolean;
  /** Styles, page setup, header and footer lent by a reference .docx. */
  reference?: ReferenceDocument;
  /** The document will be laid out (docx/layout) to count its pages: it then needs its styles as objects, not only as the file's XML. */
  forLayout?: boolean;
}

export interface WordLetter {
  /** The document, for measuring (docx/layout lays it out as Word would). */
  document: Document;
  /** Images left out and other problems, as sentences. */
  problems: string[];
  /** The .docx file. */
  pack(): Promise<Uint8Array>;
}

interface PageSetup {
  size: { width: number; height: number; orientation?: 'portrait' | 'landscape' };
  margin: { top: number; right: number; bottom: number; left: number; header: number; footer: number; gutter: number };
}

/** The PDF's pages (partials/page-style.hbs), in twentieths of a point. */
const PAPER: Record<LetterView['paper'], PageSetup> = {
  letter: { size: { width: 12240, height: 15840 }, margin: { top: 1224, right: 1440, bottom: 1368, left: 1440, header: 576, footer: 648, gutter: 0 } },
  a4: { size: { width: 11906, height: 16838 }, margin: { top: 1247, right: 1417, bottom: 1361, left: 1417, header: 567, footer: 680, gutter: 0 } },
};

/**
 * Word wants a region to check spelling with: `es` alone is not a proofing language. A
 * shipped language's strings say which region they are written for (`word_language:`,
 * "es-MX", "pt-BR"); this table serves the languages whose strings do not.
 */
const REGIONS: Record<string, string> = {
  en: 'en-US', es: 'es-ES', fr: 'fr-FR', pt: 'pt-PT', de: 'de-DE', it: 'it-IT', nl: 'nl-NL', ar: 'ar-SA', he: 'he-IL',
  ru: 'ru-RU', zh: 'zh-CN', ja: 'ja-JP', ko: 'ko-KR', pl: 'pl-PL', tr: 'tr-TR', uk: 'uk-UA', ca: 'ca-ES', sv: 'sv-SE',
};

/**
 * A letter's own region (`es-ES`) as written; else the region its strings are written
 * for, when they are the language's own (a language without strings borrows English
 * ones, whose region says nothing of the letter's: Arabic stays Arabic); else the usual one.
 */
function wordLanguage(view: Pick<LetterView, 'lang' | 'strings'>): string {
  // A region says itself (es-ES, zh-TW); a script alone (zh-Hant) is no Word language: the strings say which.
  if (view.lang.includes('-') && !/^[a-z]{2,3}-[A-Z][a-z]{3}$/.test(view.lang)) return view.lang;
  const fromStrings = view.strings.word_language;
  const own = fromStrings !== undefined && baseLanguage(fromStrings) === baseLanguage(view.lang) ? fromStrings : undefined;
  return own ?? REGIONS[view.lang] ?? view.lang;
}

/**
 * The face Word sets a right-to-left language's text in (`w:rFonts w:cs`, the
 * complex-script font): the one the PDF embeds for it. Word does not embed it: a
 * machine without it substitutes its own Arabic face.
 */
function complexScriptFont(lang: string): string | undefined {
  return baseLanguage(lang).toLowerCase() === 'ar' ? ARABIC_FAMILY : undefined;
}

/** The Word letter of `views`: one view, or the two of a combined edition, first language first. */
export function buildWordLetter(views: readonly LetterView[], options: WordLetterOptions): WordLetter {
  const primary = views[0]!;
  const font: WordFont = { ...DEFAULT_FONT, ...options.font };
  const page = options.reference?.page ?? PAPER[primary.paper];
  const textWidth = ((page.size.width - page.margin.left - page.margin.right) / 1440) * 96;
  const problems: string[] = [];
  /** Each ordered list's numbering: its marks and first number, `decimal.|1`. */
  const orderedLists = new Set<string>();
  let instances = 0;
  const context = (view: LetterView, width = textWidth): BodyContext => ({
    lang: wordLanguage(view),
    rtl: textDirection(view.lang) === 'rtl',
    ...(complexScriptFont(view.lang) ? { csFont: complexScriptFont(view.lang)! } : {}),
    digits: numberingSystem(view.lang),
    quotes: [view.strings.quotes[0], view.strings.quotes[1]],
    fontSize: font.size,
    textWidth: width,
    paragraphNumbering: ++instances,
    nextListInstance: (start, marks) => {
      // A decimal list numbers in the letter's digits, as the PDF does (`numerals-arab`).
      const own = numberingSystem(view.lang) === 'arab' && (marks?.format ?? 'decimal') === 'decimal' ? { suffix: marks?.suffix ?? '.', format: 'arabic-indic' as const } : marks;
      const key = `${marksKey(own)}|${start}`;
      orderedLists.add(key);
      return { reference: `${NUMBERING.ordered}-${key}`, instance: ++instances };
    },
    problems,
  });
  const frame = (view: LetterView, ctx: BodyContext, pages: 'document' | string) => ({
    headers: view.draft || options.reference?.hasHeader
      ? { default: draftHeader(view, ctx), first: draftHeader(view, ctx) }
      : undefined,
    footers: { default: pageFooter(view.strings.page, ctx, pages), first: new Footer({ children: [new Paragraph({ style: STYLE.footer, ...paragraphLanguage(ctx) })] }) },
  });

  let sections: ISectionOptions[];
  if (options.edition === 'parallel' && views.length === 2) {
    const [a, b] = views as [LetterView, LetterView];
    const columnWidth = textWidth / 2 - 12;
    const ctxA = context(a, columnWidth);
    const ctxB = context(b, columnWidth);
    const blocksA = letterBlocks(a, ctxA);
    const blocksB = letterBlocks(b, ctxB);
    const both = sharedView(a, b);
    const shared = letterBlocks(both, context(a));
    const main = [...blocksA.letterhead, parallelTable(parallelRows(blocksA, blocksB), ctxA, ctxB), ...shared.representatives];
    const tail = blocksA.cc.length || blocksB.cc.length ? [parallelTable([[blocksA.cc, blocksB.cc]], ctxA, ctxB)] : [];
    // The footer and the DRAFT mark in both languages, as the PDF prints them.
    // The footer's numbers: each language's in its own digits ("صفحة ٢ من ٣ / Page 2 of 3").
    // Joined without the PDF's bidi isolates (sharedView's), as Word's footer always was.
    const label = a.strings.page === b.strings.page ? a.strings.page : pageLabelsInOwnDigits(a, b).join(' / ');
    const footer = { ...both, strings: { ...both.strings, page: label } };
    sections = partSections({ main, signatories: shared.signatories, columns: a.signing.columns, tail }, page, frame(footer, context(a), 'document'), false);
  } else {
    const parts = options.edition === 'sequential' ? views : [primary];
    sections = parts.flatMap((view, index) => {
      const ctx = context(view);
      const blocks = letterBlocks(view, ctx);
      // One language: NUMPAGES. Each part of a sequential edition counts its own pages.
      const end = parts.length > 1 ? `coalition_end_${index + 1}` : undefined;
      const head = [...blocks.letterhead, ...blocks.heading];
      const rest = [...blocks.addressees, ...blocks.greeting, ...blocks.body.flat(), ...blocks.closing];
      const content = options.signersFirst
        ? { main: [...head, ...blocks.representatives], signatories: blocks.signatories, columns: view.signing.columns, tail: [...rest, ...blocks.cc] }
        : { main: [...head, ...rest, ...blocks.representatives], signatories: blocks.signatories, columns: view.signing.columns, tail: blocks.cc };
      return partSections(content, page, frame(view, ctx, end ?? 'document'), index > 0, end);
    });
  }

  const styles = letterStyles(font);
  const rtl = textDirection(primary.lang) === 'rtl';
  const xml = options.reference?.mergeStyles(styles) ?? stylesXml(font, wordLanguage(primary), styles.values());
  const document = new Document({
    title: primary.meta.title,
    subject: primary.meta.subject,
    creator: primary.meta.author,
    keywords: primary.meta.keywords.join('; '),
    ...(options.forLayout ? { externalStyles: xml } : {}),
    numbering: { config: numberingConfig([...orderedLists], views.some((v) => numberingSystem(v.lang) === 'arab')) },
    sections,
  });
  return {
    document,
    problems,
    pack: () => packWordLetter(document, {
      styles: xml,
      meta: { ...primary.meta, lang: wordLanguage(primary), date: primary.date },
      reference: options.reference,
      draftHeader: primary.draft,
      rtl,
    }),
  };
}

interface PartContent {
  main: Block[];
  signatories: Block[];
  columns: number;
  tail: Block[];
}

/**
 * The sections of one part: the letter, then (when the list has columns) the list in
 * a continuous section of its own and the rest after it in another, so Word balances
 * the columns as the PDF does. Only the first section carries headers, footers and
 * "different first page"; the others inherit them.
 */
function partSections(content: PartContent, page: PageSetup, frame: Pick<ISectionOptions, 'headers' | 'footers'>, newPage: boolean, bookmark?: string): ISectionOptions[] {
  const properties = { page: { size: page.size, margin: page.margin } };
  const first: ISectionOptions = {
    properties: {
      ...properties,
      page: { ...properties.page, pageNumbers: { start: 1 } },
      titlePage: true,
      ...(newPage ? { type: SectionType.NEXT_PAGE } : {}),
    },
    ...(frame.headers ? { headers: frame.headers } : {}),
    ...(frame.footers ? { footers: frame.footers } : {}),
    children: [],
  };
  // The cc never stands alone on a page of its own: the list's last names go with it.
  if (content.columns <= 1 || !content.signatories.length) {
    // The cc never stands alone at the top of a page: the list's last names go with it.
    const signatories = content.tail.length ? keepWithNext(content.signatories, KEPT_WITH_CC) : content.signatories;
    return [{ ...first, children: withBookmark([...content.main, ...signatories, ...content.tail], bookmark) }];
  }
  // In columns, the list is a continuous section of its own, ended by a continuous break, so Word
  // and LibreOffice balance its columns and the cc follows under both. Its last names are not
  // kept with the cc: LibreOffice cannot keep a paragraph of a balanced section with the next
  // section, and pushed a letter that fits on two pages to three (measured: docs/formats.md).
  const signatories = content.signatories;
  return [
    { ...first, children: content.main.length ? content.main : [new Paragraph({})] },
    { properties: { ...properties, type: SectionType.CONTINUOUS, column: { count: content.columns, space: 400, equalWidth: true } }, children: signatories },
    { properties: { ...properties, type: SectionType.CONTINUOUS }, children: withBookmark(content.tail.length ? content.tail : [new Paragraph({ style: STYLE.normal })], bookmark) },
  ];
}

/** How many of the list's last paragraphs are kept with the cc after it (two names, or a name and the unnamed count). */
const KEPT_WITH_CC = 2;

/** `blocks` with their last `count` paragraphs kept with what follows them, each kept whole. */
function keepWithNext(blocks: Block[], count: number): Block[] {
  let left = count;
  const kept = [...blocks];
  for (let i = kept.length - 1; i >= 0 && left > 0; i--) {
    const block = kept[i];
    if (!(block instanceof Paragraph)) break;
    kept[i] = new Paragraph({ ...block.options, keepNext: true, keepLines: true });
    left--;
  }
  return kept;
}

/** `blocks` with a bookmark at the end of the last paragraph: what a PAGEREF counts the part's pages by. */
function withBookmark(blocks: Block[], id?: string): Block[] {
  if (!id) return blocks;
  const last = blocks[blocks.length - 1];
  const mark = new Bookmark({ id, children: [] });
  if (last instanceof Paragraph) {
    return [...blocks.slice(0, -1), new Paragraph({ ...last.options, children: [...(last.options.children ?? []), mark] })];
  }
  return [...blocks, new Paragraph({ style: STYLE.normal, children: [mark] })];
}

/**
 * Word's field switch for a numbering system's digits (ECMA-376 §17.16.4.3): the page
 * numbers of an Arabic letter in Arabic-Indic digits ("صفحة ٢ من ٣").
 */
const FIELD_DIGITS: Record<string, { format: string; digits: string }> = { arab: { format: 'HINDIARABIC', digits: '٠١٢٣٤٥٦٧٨٩' } };

function pageFooter(template: string, ctx: BodyContext, pages: 'document' | string): Footer {
  const children: ParagraphChild[] = pageLabelParts(template).map((part) => {
    if (typeof part === 'string') return textRun(part, ctx);
    const digits = FIELD_DIGITS[part.digits ?? ctx.digits ?? 'latn'];
    // A field in other digits than 0–9: PAGE/NUMPAGES with the digits' switch, its shown value in them.
    if (digits) {
      const instruction = part.field === 'page' ? 'PAGE' : pages === 'document' ? 'NUMPAGES' : `PAGEREF ${pages}`;
      return new SimpleField(`${instruction} \\* ${digits.format}`, digits.digits[1]);
    }
    if (part.field === 'page') return new TextRun({ children: [PageNumber.CURRENT], language: { value: ctx.lang } });
    return pages === 'document' ? new TextRun({ children: [PageNumber.TOTAL_PAGES], language: { value: ctx.lang } }) : new PageReference(pages);
  });
  return new Footer({ children: [new Paragraph({ style: STYLE.footer, ...paragraphLanguage(ctx), children })] });
}

function draftHeader(view: LetterView, ctx: BodyContext): Header {
  return new Header({
    children: [new Paragraph({ style: view.draft ? STYLE.draftMark : STYLE.header, ...paragraphLanguage(ctx), children: view.draft ? [textRun(view.strings.draft, ctx)] : [] })],
  });
}

/** Rows of the parallel table: heading, addressees, greeting, the body block by block, closing. */
function parallelRows(a: LetterBlocks, b: LetterBlocks): [Block[], Block[]][] {
  const rows: [Block[], Block[]][] = [
    [a.heading, b.heading],
    [a.addressees, b.addressees],
    [a.greeting, b.greeting],
  ];
  for (let i = 0; i < Math.max(a.body.length, b.body.length); i++) rows.push([a.body[i] ?? [], b.body[i] ?? []]);
  rows.push([a.closing, b.closing]);
  return rows.filter(([x, y]) => x.length || y.length);
}

/** The parallel table; a right-to-left first language puts its column on the right (`w:bidiVisual`), as the PDF does. */
function parallelTable(rows: [Block[], Block[]][], ctxA: BodyContext, ctxB: BodyContext): Table {
  const cell = (blocks: Block[], ctx: BodyContext) => new TableCell({
    width: { size: 50, type: WidthType.PERCENTAGE },
    children: blocks.length ? blocks : [new Paragraph({ style: STYLE.normal, ...paragraphLanguage(ctx) })],
  });
  return new Table({
    style: STYLE.parallelTable,
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    ...(ctxA.rtl ? { visuallyRightToLeft: true } : {}),
    columnWidths: [4680, 4680],
    rows: rows.map(([x, y]) => new TableRow({ children: [cell(x, ctxA), cell(y, ctxB)] })),
  });
}

/**
 * @param orderedLists each ordered list's marks and first number, `decimal.|1` (word-list-marks.ts).
 * @param arabicDigits a view numbers in Arabic-Indic digits: its numbered paragraphs get a numbering of their own.
 */
function numberingConfig(orderedLists: string[], arabicDigits: boolean) {
  const indent = (level: number, step = 360) => ({ paragraph: { indent: { left: step * (level + 1), hanging: step } } });
  const bullets = ['\u2022', '\u25e6', '\u25aa'];
  return [
    {
      reference: NUMBERING.paragraphs,
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: indent(0, 567) }],
    },
    // Only in a letter with Arabic-Indic digits: every other letter's numbering stays as it was.
    ...(arabicDigits ? [{
      reference: NUMBERING.arabicParagraphs,
      levels: [{ level: 0, format: LevelFormat.HINDI_NUMBERS, text: '%1.', alignment: AlignmentType.START, style: indent(0, 567) }],
    }] : []),
    {
      reference: NUMBERING.bullets,
      levels: Array.from({ length: 9 }, (_, level) => ({ level, format: LevelFormat.BULLET, text: bullets[level % 3]!, alignment: AlignmentType.START, style: indent(level) })),
    },
    ...orderedLists.map((key) => {
      const [marks, start] = key.split('|') as [string, string];
      const { format, suffix } = marksOf(marks);
      // Every level has the list's own marks: a nested <ol> is a list of its own, with its own numbering.
      return {
        reference: `${NUMBERING.ordered}-${key}`,
        levels: Array.from({ length: 9 }, (_, level) => ({
          level, format, text: `%${level + 1}${suffix}`, alignment: AlignmentType.START,
          start: Number(start), style: indent(level, 400),
        })),
      };
    }),
  ];
}
