/**
 * Sets the PDF's document information and language, which Chromium does not: Title
 * (shown in the window bar), Author, Subject, Keywords, the catalog's /Lang, and
 * creation and modification dates taken from the letter, so the same input gives
 * the same PDF whatever the clock says.
 */
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  lang: string;
  /** The letter's date, `YYYY-MM-DD`. */
  date: string;
}

const PRODUCER = 'coalition';

/**
 * pdf-lib yields to the event loop every 50–100 objects by default; under load each
 * yield waits behind other work, which made this pass 3–4× slower per document
 * (bench/print-strategies.mjs). A letter's PDF is small: parse and write it in one go.
 */
const AT_ONCE = { objectsPerTick: Infinity };

export async function applyPdfMetadata(pdf: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, ...AT_ONCE });
  const [y, m, d] = meta.date.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  // pdf-lib joins keywords with spaces; names of several words need a clearer separator.
  if (meta.keywords.length) doc.setKeywords([meta.keywords.join('; ')]);
  doc.setCreator(PRODUCER);
  doc.setProducer(`${PRODUCER} (Chromium, pdf-lib)`);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(meta.lang));
  return doc.save({ useObjectStreams: false, ...AT_ONCE });
}
