/** A print's result: what `Printer.print` gives, and what a printer or a kept browser remembers (print-memo.ts). */
import type { PdfaResult } from './pdfa.js';

export interface PrintResult {
  /** Not printed again: the same document and metadata as an earlier print of this printer (`remember`). */
  reused?: boolean;
  pdf: Uint8Array;
  /** The PDF/A part written, when `metadata.pdfa` asked for PDF/A. */
  pdfa?: PdfaResult;
  /** Requests the page tried to make and that were refused. */
  blocked: string[];
}
