/**
 * What a PDF reader sees beyond the text: bookmarks (the outline) and the languages
 * marked on the tagged structure, read with pdf-lib.
 */
import { readFileSync } from 'node:fs';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

function textOf(value: unknown): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

/** Every bookmark title, depth first, indented by two spaces per level. */
export async function pdfOutline(path: string): Promise<string[]> {
  const doc = await PDFDocument.load(readFileSync(path), { updateMetadata: false });
  const titles: string[] = [];
  const walk = (item: PDFDict | undefined, depth: number) => {
    for (let node = item; node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      titles.push(`${'  '.repeat(depth)}${textOf(node.lookup(PDFName.of('Title'))) ?? ''}`);
      walk(node.lookupMaybe(PDFName.of('First'), PDFDict), depth + 1);
    }
  };
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  walk(outlines?.lookupMaybe(PDFName.of('First'), PDFDict), 0);
  return titles;
}

/** The catalog's /Lang and the /Lang of every structure element that has one (with its role). */
export async function pdfLanguages(path: string): Promise<{ document?: string; elements: string[] }> {
  const doc = await PDFDocument.load(readFileSync(path), { updateMetadata: false });
  const elements: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('StructElem')) continue;
    const lang = textOf(object.lookup(PDFName.of('Lang')));
    if (lang) elements.push(`${String(object.get(PDFName.of('S'))).slice(1)}:${lang}`);
  }
  return { document: textOf(doc.catalog.lookup(PDFName.of('Lang'))), elements };
}
