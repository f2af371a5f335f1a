/**
 * One letter view → the blocks of its Word letter, in the order the PDF prints them:
 * letterhead, title and dateline, addressees, subject, greeting, body, closing, the
 * signatory block and cc. The writer (word-document.ts) lays them out in sections
 * (the signatory list in columns where the PDF has them) or, for a parallel
 * edition, side by side in a table.
 */
import { BorderStyle, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { ordinalPieces } from '../../i18n/intl.js';
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

  const heading = [
    p(STYLE.title, [t(view.title)]),
    // The dateline as the strings write it, as the PDF prints it ("Genève, le 1er octobre 2022").
    p(STYLE.date, dated(view.place ? `${view.placeLead ?? `${view.place}, `}${view.dateText}` : view.dateText)),
  ];

  const addressees: Block[] = view.to.map((a) => p(STYLE.addressee, lines([...a.lines, ...a.address])));
  if (view.subject) addressees.push(p(STYLE.subject, [t(view.strings.subject_label, { style: STYLE.subjectLabel }), t(` ${view.subject}`)]));

  const greeting = view.greeting ? [p(STYLE.salutation, [t(view.greeting)])] : [];
  const body = bodyToWord(view.body, ctx, { keepLastWithNext: Boolean(view.closing) });
  const closing = view.closing ? [p(STYLE.closing, [t(view.closing)])] : [];

  const signatories: Block[] = [];
  const signing = view.signing;
  if (signing.count) {
    // The as-of phrase is a line of its own under the heading ("Signatories as of …"), as the HTML prints it.
    if (signing.heading) signatories.push(p(STYLE.signatoryHeading, dated(signing.heading)));
    if (signing.asOf) signatories.push(p(signing.heading ? STYLE.signatoryCount : STYLE.signatoryHeading, dated(signing.asOf, { bold: false })));
    if (signing.summary) signatories.push(p(STYLE.signatoryCount, [t(signing.summary)]));
    for (const section of signing.sections) {
      if (section.heading) signatories.push(p(STYLE.signatorySection, [t(section.heading)]));
      for (const group of section.groups) {
        if (group.heading) signatories.push(p(STYLE.signatoryGroup, [t(group.heading)]));
        // Signers without a country, last and with no heading (`signing.no_country_heading` gives one): set apart by a blank line.
        else if (group.code === '' && section.groups.length > 1) signatories.push(p(STYLE.signatoryGroup, []));
        for (const signer of group.signers) {
          const number = signer.number === undefined ? [] : [t(`${signer.number}.\u00a0`)];
          const name = signer.detail
            ? [t(signer.name), t(`, ${signer.detail}`, { style: STYLE.signatoryDetail })]
            : [t(signer.text)];
          // "Fundación IFARMA — Colombia", as the HTML prints `signing.details`.
          const details = signer.details?.length ? [t(`\u00a0— ${signer.details.join(', ')}`, { style: STYLE.signatoryDetail })] : [];
          const pending = signer.pending ? [t(` (${view.strings.pending})`, { style: STYLE.pendingMark })] : [];
          signatories.push(p(STYLE.signatory, [...number, ...name, ...details, ...pending]));
        }
      }
    }
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

  const cc = view.cc.length
    ? [p(STYLE.cc, [t(view.strings.cc_label, { bold: true }), t(' '), ...lines(view.cc)])]
    : [];

  return { letterhead, heading, addressees, greeting, body, closing, signatories, cc };
}
