/**
 * How many pages a PDF has: a sequential bilingual edition counts each part's pages
 * before printing the edition that numbers them ("Page 2 of 3"). Chromium's own PDF is
 * read without pdf-lib (skia-pdf.ts); any other is parsed by it.
 */
import { skiaPageCount } from './skia-pdf.js';

export async function pageCount(pdf: Uint8Array): Promise<number> {
  const counted = skiaPageCount(pdf);
  if (counted !== undefined) return counted;
  const { PDFDocument } = await import('pdf-lib');
  return (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
}
