/**
 * The document information and language written by pdf-lib, which parses the whole PDF
 * and writes it again: for PDF/A (pdfa.ts, in the same pass) and for a PDF that is not
 * laid out as Chromium writes it (metadata.ts edits those in place).
 */
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { convertToPdfA } from './pdfa.js';
import { keywordText, letterDate, PRODUCER, type FinishedPdf, type PdfMetadata } from './document-info.js';

/**
 * pdf-lib yields to the event loop every 50–100 objects by default; under load each
 * yield waits behind other work, which made this pass 3–4× slower per document
 * (bench/print-strategies.mjs). A letter's PDF is small: parse and write it in one go.
 */
const AT_ONCE = { objectsPerTick: Infinity };

/** Characters of a PDF/A text field: 4 hex digits each, under 65,535 digits with the byte order mark. */
const PDFA_TEXT_LIMIT = 16_000;

/** A list of names ("A; B; C") cut at a name, with how many were left out. */
function shortened(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const names = text.split('; ');
  let kept = '';
  let count = 0;
  for (const name of names) {
    const next = count ? `${kept}; ${name}` : name;
    if (next.length > limit - 20) break;
    kept = next;
    count++;
  }
  return count ? `${kept}; and ${names.length - count} more` : `${text.slice(0, limit - 1)}…`;
}

export async function finishWithPdfLib(pdf: Uint8Array, meta: PdfMetadata): Promise<FinishedPdf> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, ...AT_ONCE });
  const date = letterDate(meta);
  // PDF/A caps a string at 65,535 bytes, which a validator counts in hexadecimal digits
  // (pdf-lib writes these fields as UTF-16 hex): 2,000 signers' names do not fit.
  const fit = (text: string) => (meta.pdfa ? shortened(text, PDFA_TEXT_LIMIT) : text);
  const author = fit(meta.author);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(author);
  doc.setSubject(meta.subject);
  const joined = keywordText(meta);
  const keywords = joined ? fit(joined) : undefined;
  if (keywords) doc.setKeywords([keywords]);
  const producer = `${PRODUCER} (Chromium, pdf-lib)`;
  doc.setCreator(PRODUCER);
  doc.setProducer(producer);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(meta.lang));
  const pdfa = meta.pdfa
    ? convertToPdfA(doc, {
      title: meta.title, author, subject: meta.subject, ...(keywords ? { keywords } : {}),
      creator: PRODUCER, producer, date, langs: meta.langs ?? [meta.lang],
    }, meta.pdfa)
    : undefined;
  // No object streams: PDF/A-1 (PDF 1.4) has none, and the plain layout costs a letter little.
  const saved = await doc.save({ useObjectStreams: false, ...AT_ONCE });
  // pdf-lib always writes a %PDF-1.7 header; PDF/A-1 is PDF 1.4. Same length: no offset moves.
  if (pdfa?.part === '1b') saved.set(new TextEncoder().encode('%PDF-1.4'), 0);
  return { pdf: saved, ...(pdfa ? { pdfa } : {}) };
}
