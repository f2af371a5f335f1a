/**
 * The PDF/A parts `build --pdfa` writes, in a module with no imports, so the CLI can
 * name them at start-up without loading pdf-lib.
 */
export const PDFA_PARTS = ['1b', '2b'] as const;
export type PdfaPart = (typeof PDFA_PARTS)[number];
/** `auto`: part 1 when the letter allows it, else part 2. */
export type PdfaRequest = PdfaPart | 'auto';
