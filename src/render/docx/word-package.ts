/**
 * The .docx file of a Word letter, the same bytes for the same letter: the document
 * properties are dated with the letter's date instead of the clock, the relationship
 * ids the docx library draws at random (hyperlinks) are numbered in order, and every
 * zip entry carries the letter's date. A reference document's header, footer and
 * theme are put in here, part for part (word-reference.ts).
 */
import { Packer, type Document } from 'docx';
import { escapeXml } from './word-xml.js';
import type { ReferenceDocument } from './word-reference.js';
import { ZipParts } from './zip-parts.js';

export interface PackOptions {
  /** word/styles.xml, exactly. */
  styles: string;
  meta: { title: string; author: string; subject: string; keywords: string[]; lang: string; date: string };
  reference?: ReferenceDocument;
  /** The letter's own header is a DRAFT mark, kept above a reference header. */
  draftHeader: boolean;
  /** A right-to-left letter: its sections are right to left (`w:bidi` in each `w:sectPr`), their columns too. */
  rtl?: boolean;
}

export async function packWordLetter(document: Document, options: PackOptions): Promise<Uint8Array> {
  const overrides = [
    { path: 'word/styles.xml', data: options.styles },
    { path: 'docProps/core.xml', data: coreXml(options.meta) },
    { path: 'docProps/app.xml', data: APP_XML },
  ];
  const parts = await documentParts(document, overrides);
  numberRandomIds(parts);
  numberCountedIds(parts);
  if (options.rtl) rightToLeftSections(parts);
  options.reference?.lendTo(parts, { draftHeader: options.draftHeader });
  return parts.write(options.meta.date);
}

/** The library's compiler, which the Packer zips the parts of; not part of its typed interface. */
interface PartsCompiler {
  compile(file: Document, prettify: undefined, overrides: readonly { path: string; data: string }[]): Map<string, string | Uint8Array>;
}

/**
 * The document's parts. The Packer deflates them in JavaScript, which took half of a
 * letter's Word time, only for them to be inflated here again: the parts are taken
 * from its compiler when it has the one this was written against, and from the
 * Packer's zip otherwise.
 */
async function documentParts(document: Document, overrides: { path: string; data: string }[]): Promise<ZipParts> {
  const compiler = (Packer as unknown as { compiler?: Partial<PartsCompiler> }).compiler;
  if (typeof compiler?.compile === 'function') {
    const files = compiler.compile(document, undefined, overrides);
    if (files instanceof Map && files.has('word/document.xml')) return ZipParts.of(files);
  }
  return ZipParts.read(await Packer.toBuffer(document, false, overrides), 'the Word letter');
}

const APP_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>coalition</Application></Properties>';

/** docProps/core.xml: the PDF's title, author, subject, keywords and language, dated with the letter. */
function coreXml(meta: PackOptions['meta']): string {
  const date = `${meta.date}T00:00:00Z`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`
    + `<dc:title>${escapeXml(meta.title)}</dc:title><dc:subject>${escapeXml(meta.subject)}</dc:subject><dc:creator>${escapeXml(meta.author)}</dc:creator>`
    + `<cp:keywords>${escapeXml(meta.keywords.join('; '))}</cp:keywords><dc:language>${escapeXml(meta.lang)}</dc:language><cp:revision>1</cp:revision>`
    + `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified></cp:coreProperties>`;
}

/**
 * `w:bidi` in every section's properties, which the docx library does not write: Word
 * then lays the section out right to left (its columns from the right, the gutter on
 * the right). Its place in CT_SectPr is after `w:titlePg`/`w:textDirection` and before `w:docGrid`.
 */
function rightToLeftSections(parts: ZipParts): void {
  const xml = parts.text('word/document.xml');
  if (xml === undefined) return;
  parts.set('word/document.xml', xml.replace(/(<w:sectPr\b[^>]*>)([\s\S]*?)(<\/w:sectPr>)/g, (whole, open: string, inner: string, close: string) => {
    if (inner.includes('<w:bidi/>')) return whole;
    const at = inner.search(/<w:(?:rtlGutter|docGrid|printerSettings|sectPrChange)\b/);
    return at === -1 ? `${open}${inner}<w:bidi/>${close}` : `${open}${inner.slice(0, at)}<w:bidi/>${inner.slice(at)}${close}`;
  }));
}

/** Relationship ids other than `rId<n>` (the library draws hyperlinks' at random) → `rIdL<n>`, in order, in each part and its relationships. */
function numberRandomIds(parts: ZipParts): void {
  for (const relsName of parts.names().filter((n) => n.endsWith('.rels'))) {
    const rels = parts.text(relsName)!;
    const ids = [...rels.matchAll(/\sId="([^"]+)"/g)].map((m) => m[1]!).filter((id) => !/^rId\d+$/.test(id));
    if (!ids.length) continue;
    const renamed = new Map(ids.map((id, i) => [id, `rIdL${i + 1}`]));
    const rename = (text: string) => text.replace(/(\s(?:Id|r:id|r:embed|r:link)=")([^"]+)"/g, (whole, head: string, id: string) => (renamed.has(id) ? `${head}${renamed.get(id)}"` : whole));
    parts.set(relsName, rename(rels));
    const owner = relsName.replace(/_rels\/([^/]+)\.rels$/, '$1');
    const text = parts.text(owner);
    if (text !== undefined) parts.set(owner, rename(text));
  }
}

/**
 * Bookmark and drawing ids come from counters the library keeps for the whole
 * process, so a letter built after another gets other numbers: renumbered from 1, in
 * order, in every part that has them.
 */
function numberCountedIds(parts: ZipParts): void {
  for (const name of parts.names().filter((n) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(n))) {
    const xml = parts.text(name)!;
    const bookmarks = new Map<string, number>();
    let drawings = 0;
    const renumbered = xml
      .replace(/(<w:bookmark(?:Start|End)\b[^>]*\sw:id=")(\d+)"/g, (_, head: string, id: string) => {
        if (!bookmarks.has(id)) bookmarks.set(id, bookmarks.size + 1);
        return `${head}${bookmarks.get(id)}"`;
      })
      .replace(/(<wp:docPr\b[^>]*\sid=")(\d+)"/g, (_, head: string) => `${head}${++drawings}"`);
    if (renumbered !== xml) parts.set(name, renumbered);
  }
}
