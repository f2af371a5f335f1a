/**
 * The Word letter's styles (word/styles.xml). Word's own names where Word has one
 * (Title, Heading 1…6, Body Text, List Bullet, List Number, Quote, Salutation,
 * Closing, Date, header, footer, Hyperlink, Strong, Emphasis…), so a house style
 * restyles the letter as it restyles any document; named styles of ours for the
 * rest (Letterhead, Addressee, Subject, Signatory Heading, Signatory Count,
 * Signatory Section, Signatory Group, Signatory, Signatory Detail, Pending Mark, Signatory Note, Cc, Draft Mark).
 * Written as XML rather than through the docx library's options so that the style
 * ids and names are exactly Word's, and a reference document's styles can replace
 * them one by one (word-reference.ts).
 */
import { ARABIC_FAMILY, FONT_FAMILY, fontFamiliesFor } from '../fonts.js';
import { escapeXml } from './word-xml.js';

export interface WordFont {
  /** The body's typeface; default Times New Roman (every Word has it; LibreOffice's Liberation Serif has its widths). */
  family: string;
  /** Body size in points. */
  size: number;
  /** Justified body text (the UN Human Rights Council asks for it). */
  justify: boolean;
}

export const DEFAULT_FONT: WordFont = { family: 'Times New Roman', size: 11.5, justify: false };

/** Style ids used by the writer, by what they style. */
export const STYLE = {
  normal: 'Normal',
  title: 'Title',
  heading: (level: number) => `Heading${Math.min(6, Math.max(1, level))}`,
  bodyText: 'BodyText',
  listBullet: 'ListBullet',
  listNumber: 'ListNumber',
  listContinue: 'ListContinue',
  quote: 'Quote',
  date: 'Date',
  salutation: 'Salutation',
  closing: 'Closing',
  caption: 'Caption',
  preformatted: 'HTMLPreformatted',
  header: 'Header',
  footer: 'Footer',
  letterhead: 'Letterhead',
  letterheadLine: 'LetterheadLine',
  addressee: 'Addressee',
  subject: 'Subject',
  signatoryHeading: 'SignatoryHeading',
  signatoryCount: 'SignatoryCount',
  signatorySection: 'SignatorySection',
  signatoryGroup: 'SignatoryGroup',
  signatory: 'Signatory',
  signatoryNote: 'SignatoryNote',
  logos: 'SignatoryLogos',
  cc: 'Cc',
  draftMark: 'DraftMark',
  reference: 'Reference',
  footnoteText: 'FootnoteText',
  representative: 'Representative',
  // Character styles.
  hyperlink: 'Hyperlink',
  strong: 'Strong',
  emphasis: 'Emphasis',
  code: 'HTMLCode',
  signatoryDetail: 'SignatoryDetail',
  pendingMark: 'PendingMark',
  subjectLabel: 'SubjectLabel',
  footnoteReference: 'FootnoteReference',
  representativeName: 'RepresentativeName',
  // Tables.
  tableGrid: 'TableGrid',
  parallelTable: 'ParallelTable',
} as const;

const ACCENT = '1F3A5F';
const MUTED = '555555';
const twips = (points: number) => Math.round(points * 20);
const half = (points: number) => Math.round(points * 2);

interface ParagraphStyle {
  id: string;
  name: string;
  basedOn?: string;
  next?: string;
  /** Paragraph properties, as WordprocessingML. */
  p?: string;
  /** Run properties, as WordprocessingML. */
  r?: string;
  /** Outline level for headings (0-based), so Word's navigation pane lists them. */
  outline?: number;
}

function paragraphStyle(s: ParagraphStyle): string {
  const p = `${s.outline === undefined ? '' : `<w:outlineLvl w:val="${s.outline}"/>`}${s.p ?? ''}`;
  return `<w:style w:type="paragraph" w:styleId="${s.id}"${s.id === STYLE.normal ? ' w:default="1"' : ''}><w:name w:val="${escapeXml(s.name)}"/>${
    s.basedOn ? `<w:basedOn w:val="${s.basedOn}"/>` : ''}${s.next ? `<w:next w:val="${s.next}"/>` : ''}<w:qFormat/>${
    p ? `<w:pPr>${p}</w:pPr>` : ''}${s.r ? `<w:rPr>${s.r}</w:rPr>` : ''}</w:style>`;
}

function characterStyle(id: string, name: string, r: string): string {
  return `<w:style w:type="character" w:styleId="${id}"><w:name w:val="${escapeXml(name)}"/><w:basedOn w:val="DefaultParagraphFont"/><w:qFormat/><w:rPr>${r}</w:rPr></w:style>`;
}

const spacing = (before: number, after: number, line?: number) =>
  `<w:spacing w:before="${twips(before)}" w:after="${twips(after)}"${line ? ` w:line="${Math.round(line * 240)}" w:lineRule="auto"` : ''}/>`;
const size = (points: number) => `<w:sz w:val="${half(points)}"/><w:szCs w:val="${half(points)}"/>`;
const color = (hex: string) => `<w:color w:val="${hex}"/>`;
const keepNext = '<w:keepNext/>';
const bold = '<w:b/><w:bCs/>';
const italic = '<w:i/><w:iCs/>';

/** Every style of ours, by id, as `<w:style>` elements. */
export function letterStyles(font: WordFont): Map<string, string> {
  const body = font.size;
  const justify = font.justify ? '<w:jc w:val="both"/>' : '';
  const styles: string[] = [
    paragraphStyle({ id: STYLE.normal, name: 'Normal', p: spacing(0, 0, 1.15), r: size(body) }),
    paragraphStyle({ id: STYLE.title, name: 'Title', basedOn: STYLE.normal, next: STYLE.date, p: `${keepNext}${spacing(0, 12, 1.05)}`, r: `${bold}${size(body + 3)}` }),
    ...[1, 2, 3, 4, 5, 6].map((level) => paragraphStyle({
      id: STYLE.heading(level), name: `heading ${level}`, basedOn: STYLE.normal, next: STYLE.bodyText, outline: level - 1,
      p: `${keepNext}<w:keepLines/>${spacing(12, 5, 1.05)}`, r: `${bold}${size(level === 1 ? body + 2 : level === 2 ? body + 1 : body)}`,
    })),
    paragraphStyle({ id: STYLE.bodyText, name: 'Body Text', basedOn: STYLE.normal, p: `${spacing(0, body * 0.75)}${justify}` }),
    paragraphStyle({ id: STYLE.listBullet, name: 'List Bullet', basedOn: STYLE.normal, p: `${spacing(0, 3)}${justify}` }),
    paragraphStyle({ id: STYLE.listNumber, name: 'List Number', basedOn: STYLE.normal, p: `${spacing(0, 3)}${justify}` }),
    paragraphStyle({ id: STYLE.listContinue, name: 'List Continue', basedOn: STYLE.normal, p: `${spacing(0, 3)}<w:ind w:left="567"/>${justify}` }),
    paragraphStyle({ id: STYLE.quote, name: 'Quote', basedOn: STYLE.normal, next: STYLE.bodyText, p: `${spacing(0, body * 0.75)}<w:ind w:left="567"/>${justify}`, r: italic }),
    paragraphStyle({ id: STYLE.date, name: 'Date', basedOn: STYLE.normal, next: STYLE.addressee, p: spacing(0, 14) }),
    paragraphStyle({ id: STYLE.salutation, name: 'Salutation', basedOn: STYLE.normal, next: STYLE.bodyText, p: `${keepNext}${spacing(0, 10)}` }),
    paragraphStyle({ id: STYLE.closing, name: 'Closing', basedOn: STYLE.normal, p: `${keepNext}<w:keepLines/>${spacing(12, 0)}` }),
    paragraphStyle({ id: STYLE.caption, name: 'caption', basedOn: STYLE.normal, next: STYLE.bodyText, p: spacing(2, 10), r: `${italic}${size(body - 1.5)}` }),
    paragraphStyle({ id: STYLE.preformatted, name: 'HTML Preformatted', basedOn: STYLE.normal, p: spacing(0, 8, 1), r: `<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/>${size(body - 2)}` }),
    paragraphStyle({ id: STYLE.header, name: 'header', basedOn: STYLE.normal, p: '<w:jc w:val="center"/>' }),
    paragraphStyle({ id: STYLE.footer, name: 'footer', basedOn: STYLE.normal, p: '<w:jc w:val="center"/>', r: `${color(MUTED)}${size(9)}` }),
    paragraphStyle({ id: STYLE.letterhead, name: 'Letterhead', basedOn: STYLE.normal, next: STYLE.letterheadLine, p: spacing(0, 1), r: `${bold}${color(ACCENT)}${size(body + 1.5)}` }),
    paragraphStyle({ id: STYLE.letterheadLine, name: 'Letterhead Line', basedOn: STYLE.normal, p: spacing(0, 0), r: `${color(MUTED)}${size(body - 2)}` }),
    paragraphStyle({ id: STYLE.addressee, name: 'Addressee', basedOn: STYLE.normal, next: STYLE.salutation, p: `<w:keepLines/>${spacing(0, 6)}` }),
    paragraphStyle({ id: STYLE.subject, name: 'Subject', basedOn: STYLE.normal, next: STYLE.salutation, p: `${keepNext}${spacing(4, 12)}`, r: bold }),
    paragraphStyle({ id: STYLE.signatoryHeading, name: 'Signatory Heading', basedOn: STYLE.normal, next: STYLE.signatory, p: `${keepNext}<w:keepLines/>${spacing(18, 6)}`, r: bold }),
    paragraphStyle({ id: STYLE.signatoryCount, name: 'Signatory Count', basedOn: STYLE.normal, next: STYLE.signatory, p: `${keepNext}<w:keepLines/>${spacing(0, 6)}`, r: color(MUTED) }),
    paragraphStyle({ id: STYLE.signatorySection, name: 'Signatory Section', basedOn: STYLE.normal, next: STYLE.signatory, p: `${keepNext}<w:keepLines/>${spacing(10, 4)}`, r: bold }),
    paragraphStyle({ id: STYLE.signatoryGroup, name: 'Signatory Group', basedOn: STYLE.normal, next: STYLE.signatory, p: `${keepNext}<w:keepLines/>${spacing(8, 3)}`, r: `${bold}<w:smallCaps/>${size(body - 0.5)}` }),
    paragraphStyle({ id: STYLE.signatory, name: 'Signatory', basedOn: STYLE.normal, p: `<w:keepLines/>${spacing(0, 3)}<w:ind w:left="240" w:hanging="240"/>` }),
    paragraphStyle({ id: STYLE.signatoryNote, name: 'Signatory Note', basedOn: STYLE.normal, p: spacing(9, 0), r: `${italic}${color(MUTED)}${size(body - 1)}` }),
    paragraphStyle({ id: STYLE.logos, name: 'Signatory Logos', basedOn: STYLE.normal, p: spacing(10, 0) }),
    paragraphStyle({ id: STYLE.cc, name: 'Cc', basedOn: STYLE.normal, p: spacing(18, 0), r: size(body - 0.5) }),
    paragraphStyle({ id: STYLE.reference, name: 'Reference', basedOn: STYLE.normal, next: STYLE.addressee, p: spacing(0, 12) }),
    // Word's own names, so Word's footnote commands find them; the size of the PDF's notes.
    paragraphStyle({ id: STYLE.footnoteText, name: 'footnote text', basedOn: STYLE.normal, p: spacing(0, 3, 1.05), r: size(body - 1.5) }),
    paragraphStyle({ id: STYLE.representative, name: 'Representative', basedOn: STYLE.normal, p: `<w:keepLines/>${spacing(0, 0)}`, r: size(body - 0.5) }),
    paragraphStyle({ id: STYLE.draftMark, name: 'Draft Mark', basedOn: STYLE.header, r: `${bold}<w:spacing w:val="60"/>${color('B00020')}${size(10)}` }),
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>`,
    characterStyle(STYLE.hyperlink, 'Hyperlink', `${color(ACCENT)}<w:u w:val="single"/>`),
    characterStyle(STYLE.strong, 'Strong', bold),
    characterStyle(STYLE.emphasis, 'Emphasis', italic),
    characterStyle(STYLE.code, 'HTML Code', `<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/>${size(body - 1.5)}`),
    characterStyle(STYLE.signatoryDetail, 'Signatory Detail', ''),
    characterStyle(STYLE.pendingMark, 'Pending Mark', `${italic}${color('B00020')}`),
    characterStyle(STYLE.subjectLabel, 'Subject Label', bold),
    characterStyle(STYLE.footnoteReference, 'footnote reference', '<w:vertAlign w:val="superscript"/>'),
    characterStyle(STYLE.representativeName, 'Representative Name', bold),
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`,
    `<w:style w:type="table" w:styleId="${STYLE.tableGrid}"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`).join('')}</w:tblBorders></w:tblPr></w:style>`,
    `<w:style w:type="table" w:styleId="${STYLE.parallelTable}"><w:name w:val="Parallel Table"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:insideV w:val="single" w:sz="4" w:space="0" w:color="C8C8C8"/></w:tblBorders><w:tblCellMar><w:left w:w="170" w:type="dxa"/><w:right w:w="170" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`,
  ];
  return new Map(styles.map((xml) => [/w:styleId="([^"]+)"/.exec(xml)![1]!, xml]));
}

/**
 * The faces Word sets Chinese (`w:eastAsia`) and Arabic (`w:cs`) text in: the PDF's
 * bundled faces (render/fonts.ts), named so that a reader with them installed sees the
 * PDF's letterforms; Word substitutes its own East Asian or complex-script default
 * otherwise. Latin text keeps the body's face.
 */
export function wordScriptFonts(family: string, lang: string): { eastAsia: string; cs: string } {
  const tag = lang.toLowerCase();
  if (/^zh(-|$)/.test(tag)) return { eastAsia: fontFamiliesFor(lang).find((f) => f !== FONT_FAMILY)!, cs: family };
  if (/^ar(-|$)/.test(tag)) return { eastAsia: family, cs: ARABIC_FAMILY };
  return { eastAsia: family, cs: family };
}

/** word/styles.xml: the document defaults (font, size, language) and `styles`. */
export function stylesXml(font: WordFont, lang: string, styles: Iterable<string>): string {
  const { eastAsia, cs } = wordScriptFonts(font.family, lang);
  const fonts = `<w:rFonts w:ascii="${escapeXml(font.family)}" w:hAnsi="${escapeXml(font.family)}" w:eastAsia="${escapeXml(eastAsia)}" w:cs="${escapeXml(cs)}"/>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr>${fonts}${size(font.size)}<w:lang w:val="${escapeXml(lang)}" w:eastAsia="${escapeXml(lang)}" w:bidi="${escapeXml(lang)}"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl/></w:pPr></w:pPrDefault></w:docDefaults>${[...styles].join('')}</w:styles>`;
}
