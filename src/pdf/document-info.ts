/**
 * What a letter's PDF says of itself (its document information), as both ways of
 * writing it use it: in place (metadata.ts) and through pdf-lib (metadata-pdf-lib.ts).
 */
import type { PdfaRequest, PdfaResult } from './pdfa.js';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  lang: string;
  /** The letter's date, `YYYY-MM-DD`. */
  date: string;
  /** Make it PDF/A: of this part, or (`auto`) part 1 unless the letter needs part 2. */
  pdfa?: PdfaRequest;
  /** Every language of the document (a combined edition has two); default: `lang`. */
  langs?: readonly string[];
}

export interface FinishedPdf {
  pdf: Uint8Array;
  /** The part written, when PDF/A was asked for. */
  pdfa?: PdfaResult;
}

export const PRODUCER = 'coalition';

/** The letter's date as the PDF's creation and modification dates (midnight, UTC). */
export function letterDate(meta: PdfMetadata): Date {
  const [y, m, d] = meta.date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** pdf-lib joins keywords with spaces; names of several words need a clearer separator. */
export function keywordText(meta: PdfMetadata): string | undefined {
  return meta.keywords.length ? meta.keywords.join('; ') : undefined;
}
