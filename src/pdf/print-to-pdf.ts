/**
 * A page printed to PDF as puppeteer's `page.pdf()` prints it (puppeteer 24: the same
 * `Page.printToPDF` parameters, after waiting for the page's fonts), in two DevTools
 * calls instead of four: the PDF comes back in the answer, in base64, instead of as a
 * stream that puppeteer reads in chunks (`IO.read` until its end, then `IO.close`).
 * Measured on the 535-copy letter's page, 150 prints on one page: 1.0–1.7 ms less of
 * Node's CPU and 1.5–3.5 ms less time a print (docs/performance.md, "Fewer round trips
 * a print"). The PDF is the same, byte for byte but for the clock's time
 * (test/pdf/print-to-pdf.test.ts prints each way).
 */
import type { CDPSession } from 'puppeteer';

/** Paper sizes in inches, as puppeteer's `format` gives them (its paperFormats). */
const PAPER = {
  letter: { paperWidth: 8.5, paperHeight: 11 },
  a4: { paperWidth: 8.2677, paperHeight: 11.6929 },
} as const;

export type Paper = keyof typeof PAPER;

/**
 * Prints what the session's page shows. `@page` sizes win over `paper` (preferCSSPageSize);
 * backgrounds printed; tagged, with an outline from the headings.
 */
export async function printToPdf(session: CDPSession, paper: Paper): Promise<Uint8Array> {
  // Web fonts still loading when the page's load event fires would print in a fallback
  // face: puppeteer waits for them too. Page scripts are off; DevTools' evaluation is not.
  const fonts = await session.send('Runtime.evaluate', { expression: 'document.fonts.ready.then(() => undefined)', awaitPromise: true });
  // puppeteer's own wait throws then; printing on would set the letter in a fallback face.
  if (fonts.exceptionDetails) throw new Error(`waiting for the page's fonts failed: ${fonts.exceptionDetails.exception?.description ?? fonts.exceptionDetails.text}`);
  const { data } = await session.send('Page.printToPDF', {
    transferMode: 'ReturnAsBase64',
    ...PAPER[paper],
    landscape: false,
    displayHeaderFooter: false,
    headerTemplate: '',
    footerTemplate: '',
    printBackground: true,
    scale: 1,
    marginTop: 0,
    marginBottom: 0,
    marginLeft: 0,
    marginRight: 0,
    pageRanges: '',
    preferCSSPageSize: true,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  });
  return Buffer.from(data, 'base64');
}
