/**
 * How many pages a PDF has: a sequential bilingual edition counts each part's pages
 * before printing the edition that numbers them ("Page 2 of 3").
 */
import { PDFDocument } from 'pdf-lib';

export async function pageCount(pdf: Uint8Array): Promise<number> {
  return (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
}
