/**
 * Sets the PDF's document information and language, which Chromium does not: Title
 * (shown in the window bar), Author, Subject, Keywords, the catalog's /Lang, and
 * creation and modification dates taken from the letter, so the same input gives
 * the same PDF whatever the clock says. With `pdfa`, also makes it PDF/A (pdfa.ts),
 * in the same pass: the PDF is parsed and written once.
 *
 * A plain PDF from Chromium is edited in place (skia-pdf.ts): its information object
 * replaced, the rest copied. PDF/A, and any PDF of another layout, go through pdf-lib
 * (metadata-pdf-lib.ts), which is loaded only then.
 */
import { keywordText, letterDate, PRODUCER, type FinishedPdf, type PdfMetadata } from './document-info.js';
import { pdfDate, pdfText, readSkiaPdf } from './skia-pdf.js';

export type { FinishedPdf, PdfMetadata } from './document-info.js';

export async function applyPdfMetadata(pdf: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  return (await finishPdf(pdf, meta)).pdf;
}

export async function finishPdf(pdf: Uint8Array, meta: PdfMetadata): Promise<FinishedPdf> {
  const edited = meta.pdfa ? undefined : editedInPlace(pdf, meta);
  if (edited) return { pdf: edited };
  const { finishWithPdfLib } = await import('./metadata-pdf-lib.js');
  return finishWithPdfLib(pdf, meta);
}

/** A BCP 47 tag as a PDF literal string needs no escaping. */
const PLAIN_TAG = /^[A-Za-z0-9-]+$/;

/**
 * Chromium's PDF with our information object and, if Chromium's differs, our /Lang; or
 * `undefined` if the PDF is not laid out as Chromium writes it, or lacks the title
 * shown in the window bar (Chromium sets it with every <title>).
 */
function editedInPlace(pdf: Uint8Array, meta: PdfMetadata): Uint8Array | undefined {
  const read = readSkiaPdf(pdf);
  if (!read || !PLAIN_TAG.test(meta.lang) || !/\/DisplayDocTitle true\b/.test(read.catalog)) return undefined;
  const lang = `/Lang (${meta.lang})`;
  let catalog: string | undefined;
  if (!read.catalog.includes(lang)) {
    // Chromium writes the root element's lang; a combined edition states its first language.
    const other = /\/Lang \([A-Za-z0-9-]*\)/;
    if (other.test(read.catalog)) catalog = read.catalog.replace(other, lang);
    else if (!/\/Lang\b/.test(read.catalog)) catalog = `${read.catalog.slice(0, -2)}\n${lang}>>`;
    else return undefined;
  }
  const date = pdfDate(letterDate(meta));
  const keywords = keywordText(meta);
  const info = [
    `/Title ${pdfText(meta.title)}`,
    `/Author ${pdfText(meta.author)}`,
    `/Subject ${pdfText(meta.subject)}`,
    ...(keywords ? [`/Keywords ${pdfText(keywords)}`] : []),
    `/Creator ${pdfText(PRODUCER)}`,
    `/Producer ${pdfText(`${PRODUCER} (Chromium)`)}`,
    `/CreationDate ${date}`,
    `/ModDate ${date}`,
  ];
  return read.withObjects({ info: `<<\n${info.join('\n')}\n>>`, ...(catalog ? { catalog } : {}) });
}
