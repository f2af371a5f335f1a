/**
 * One letter view → the blocks of its Word letter, in the order the PDF prints them:
 * letterhead, title and dateline, reference, addressees (and cc, when the letter puts
 * it there), subject, greeting, body, closing, the signatory block (representatives,
 * then the list) and cc. The writer (word-document.ts) lays them out in sections
 * (the signatory list in columns where the PDF has them) or, for a parallel
 * edition, side by side in a table.
 */
import { BorderStyle, Paragraph, Tab, Table, TableCell, TableLayoutType, TableRow, TabStopType, TextRun, WidthType, type ParagraphChild } from 'docx';
import { formatDigits, ordinalPieces } from '../../i18n/intl.js';
import { labelSpace } from '../../i18n/strings.js';
import type { LetterView } from '../../resolve/letter-view.js';
import { bodyToWord, paragraphLanguage, runLanguage, textRun, wordImageRun, type BodyContext } from './word-body.js';
import { STYLE } from './word-styles.js';

export type Block = ReturnType<typeof bodyToWord>[number][number];

export interface LetterBlocks {
  letterhead: Block[];
  /** Title and dateline. */
  heading: Block[];
  /** Addressees and subject. */
  addressees: Block[];
  greeting: Block[];
  /** The body, one entry per top-level block of the HTML body, so that two languages can be set side by side. */
  body: Block[][];
  closing: Block[];
  /** With named representatives: the signatory block's heading and their grid, set across the page before the list's columns. */
  representatives: Block[];
  signatories: Block[];
  cc: Block[];
}

/** Logos in the letterhead and the signers' grid are fitted to the PDF's boxes (CSS pixels). */
const LETTERHEAD_LOGO = { width: 154, height: 72 };
const SIGNER_LOGO = { width: 106, height: 53 };

export function letterBlocks(view: LetterView, ctx: BodyContext): LetterBlocks {
  const p = (style: string, children: ParagraphChild[], extra: object = {}) =>
    new Paragraph({ style, ...paragraphLanguage(ctx), ...extra, children });
  const t = (text: string, options = {}) => textRun(text, ctx, options);
  // "1er" with its letters superior, as the PDF sets them.
  const dated = (text: string, options = {}) => ordinalPieces(text).map((piece) => t(piece.text, piece.superior ? { ...options, superScript: true } : options));
  const lines = (texts: string[]) => texts.flatMap((text, i) => (i ? [new TextRun({ ...runLanguage(ctx), break: 1 }), t(text)] : [t(text)]));

  const letterhead: Block[] = [];
  if (view.letterhead) {
    const head = view.letterhead;
    const logo = head.logo ? wordImageRun(head.logo, head.name, LETTERHEAD_LOGO, ctx.problems) : undefined;
    if (logo) letterhead.push(p(STYLE.letterhead, [logo]));
    const rule = { border: { bottom: { style: BorderStyle.SINGLE, size: 6, space: 6, color: '1F3A5F' } } };
    letterhead.push(p(STYLE.letterhead, [t(head.name)], head.lines.length ? {} : rule));
    head.lines.forEach((line, i) => letterhead.push(p(STYLE.letterheadLine, [t(line)], i === head.lines.length - 1 ? rule : {})));
    letterhead.push(p(STYLE.letterheadLine, []));
  }

  // `title_block: false`: no title paragraph; the title stays the document's Title property.
  const heading = [
    ...(view.titleBlock === false ? [] : [p(STYLE.title, [t(view.title)])]),
    // The dateline as the strings write it, as the PDF prints it ("Genève, le 1er octobre 2022", "Canberra, 12 March 2018.").
    p(STYLE.date, dated(view.dateline)),
  ];

  const cc = ccBlocks(view, ctx, p, t);
  const addressees: Block[] = view.reference ? [p(STYLE.reference, [t(view.reference)])] : [];
  addressees.push(...view.to.map((a) => p(STYLE.addressee, lines([...a.lines, ...a.address]))));
  if (view.ccPosition === 'after-addressees') addressees.push(...cc);
  if (view.subject) addressees.push(p(STYLE.subject, [t(view.strings.subject_label, { style: STYLE.subjectLabel }), t(`${labelSpace(view.strings.subject_label)}${view.subject}`)]));

  const greeting = view.greeting ? [p(STYLE.salutation, [t(view.greeting)])] : [];
  const body = bodyToWord(view.body, ctx, { keepLastWithNext: Boolean(view.closing) });
  // A closing of several lines keeps them; Chinese indents its first ("此致", two characters) and sets the next flush left ("敬礼").
  const closingIndent = /^zh(-|$)/i.test(view.lang) ? { indent: { firstLine: Math.round(ctx.fontSize * 2 * 20) } } : {};
  const closing = view.closing ? [p(STYLE.closing, lines(view.closing.split('\n')), closingIndent)] : [];

  const signatories: Block[] = [];
  const head: Block[] = [];
  const signing = view.signing;
  const representatives = signing.representatives ?? [];
  if (signing.count || signing.unnamed || representatives.length) {
    // The as-of phrase is a line of its own under the heading ("Signatories as of …"), as the HTML prints it.
    if (signing.heading) signatories.push(p(STYLE.signatoryHeading, dated(signing.heading)));
    if (signing.asOf) signatories.push(p(signing.heading ? STYLE.signatoryCount : STYLE.signatoryHeading, dated(signing.asOf, { bold: false })));
    if (signing.summary) signatories.push(p(STYLE.signatoryCount, [t(signing.summary)]));
    if (representatives.length) signatories.push(representativeGrid(view, p, t, ctx.rtl));
    // The head and the grid go before the list's columns (word-document.ts), as the PDF sets them across the page.
    head.push(...(representatives.length ? signatories.splice(0) : []));
    for (const section of signing.list === false ? [] : signing.sections) {
      if (section.heading) signatories.push(p(STYLE.signatorySection, [t(section.heading)]));
      for (const group of section.groups) {
        if (group.heading) signatories.push(p(STYLE.signatoryGroup, [t(group.heading)]));
        // Signers without a country, last and with no heading (`signing.no_country_heading` gives one): set apart by a blank line.
        else if (group.code === '' && section.groups.length > 1) signatories.push(p(STYLE.signatoryGroup, []));
        for (const signer of group.signers) {
          // In the letter's digits, as the PDF's list numbers ("١٢." in Arabic).
          const number = signer.number === undefined ? [] : [t(`${formatDigits(signer.number, view.lang)}.\u00a0`)];
          // As the PDF prints them: lines of an affiliation under the name; title and affiliation
          // after the name in one column, under it in two or three.
          const under = signer.lines ?? (signer.detail && signing.columns > 1 ? [signer.detail] : undefined);
          const name = under
            ? [t(signer.name), ...under.flatMap((line) => [new TextRun({ ...runLanguage(ctx), break: 1 }), t(line, { style: STYLE.signatoryDetail })])]
            : signer.detail
              ? [t(signer.name), t(`, ${signer.detail}`, { style: STYLE.signatoryDetail })]
              : [t(signer.text)];
          // "Fundación IFARMA — Colombia", as the HTML prints `signing.details`.
          const details = signer.details?.length ? [t(`\u00a0— ${signer.details.join(', ')}`, { style: STYLE.signatoryDetail })] : [];
          const pending = signer.pending ? [t(` (${view.strings.pending})`, { style: STYLE.pendingMark })] : [];
          signatories.push(p(STYLE.signatory, [...number, ...name, ...details, ...pending]));
        }
      }
    }
    // "and 2 organizations that asked not to be named": after the names, as the HTML prints it.
    if (signing.unnamed) signatories.push(p(STYLE.signatoryNote, [t(signing.unnamed)]));
    if (signing.logos.length) {
      const runs = signing.logos.flatMap((logo, i) => {
        const run = wordImageRun(logo.src, logo.alt, SIGNER_LOGO, ctx.problems);
        return run ? (i ? [t('\u2003'), run] : [run]) : [];
      });
      if (runs.length) signatories.push(p(STYLE.logos, runs));
    }
    if (signing.updated) signatories.push(p(STYLE.signatoryNote, dated(signing.updated)));
    if (signing.note) signatories.push(p(STYLE.signatoryNote, [t(signing.note)]));
  }

  return { letterhead, heading, addressees, greeting, body, closing, representatives: head, signatories, cc: view.ccPosition === 'after-addressees' ? [] : cc };
}

type MakeParagraph = (style: string, children: ParagraphChild[], extra?: object) => Paragraph;
type MakeRun = (text: string, options?: object) => TextRun;

/**
 * The cc block: the label, then every entry's lines and address lines, each line
 * starting where the first one does (a hanging indent the width of the label, as the
 * PDF's), entries with an address set apart by a little space.
 */
function ccBlocks(view: LetterView, ctx: BodyContext, p: MakeParagraph, t: MakeRun): Block[] {
  const entries = view.ccEntries ?? view.cc.map((line) => ({ lines: [line], address: [] }));
  if (!entries.length) return [];
  const spaced = entries.some((e) => e.lines.length + e.address.length > 1);
  const hang = Math.round((view.strings.cc_label.length + 1) * ctx.fontSize * 10.5);
  const tab = () => new TextRun({ ...runLanguage(ctx), children: [new Tab()] });
  const runs: ParagraphChild[] = [t(view.strings.cc_label, { bold: true }), tab()];
  entries.forEach((entry, i) => {
    [...entry.lines, ...entry.address].forEach((line, j) => {
      if (i || j) runs.push(new TextRun({ ...runLanguage(ctx), break: spaced && i && !j ? 2 : 1 }));
      runs.push(t(line));
    });
  });
  const indent = { indent: { left: hang, hanging: hang }, tabStops: [{ type: TabStopType.LEFT, position: hang }] };
  return [p(STYLE.cc, runs, view.ccPosition === 'after-addressees' ? { ...indent, spacing: { before: 0, after: 240 }, keepLines: true } : { ...indent, keepLines: true })];
}

/** Named representatives: a borderless table of 2 or 3 columns, each cell name, title and organization, read row by row (from the right in a right-to-left letter). */
function representativeGrid(view: LetterView, p: MakeParagraph, t: MakeRun, rtl: boolean): Table {
  const people = view.signing.representatives;
  const columns = Math.max(1, view.signing.representativeColumns ?? 3);
  const rows: (typeof people)[] = [];
  for (let i = 0; i < people.length; i += columns) rows.push(people.slice(i, i + columns));
  const width = Math.floor(100 / columns);
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const borders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    ...(rtl ? { visuallyRightToLeft: true } : {}),
    borders,
    rows: rows.map((row, r) => new TableRow({
      cantSplit: true,
      children: Array.from({ length: columns }, (_, c) => {
        const person = row[c];
        const children = person
          ? [
            p(STYLE.representative, [t(person.name, { style: STYLE.representativeName })]),
            ...(person.title ? [p(STYLE.representative, [t(person.title)])] : []),
            ...(person.organization ? [p(STYLE.representative, [t(person.organization)])] : []),
          ]
          : [p(STYLE.representative, [])];
        if (r < rows.length - 1 && person) children.push(p(STYLE.representative, []));
        // No margin before the first column: names start where the text does.
        return new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, borders, margins: { left: c ? 115 : 0, right: 115 }, children });
      }),
    })),
  });
}
