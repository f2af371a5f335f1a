/**
 * PDF/A-1 asks every subset CID font to say which CIDs its embedded program holds: a
 * `/CIDSet` stream, one bit per CID, high bit first. Chromium (Skia) subsets its fonts
 * keeping glyph ids (`/CIDToGIDMap /Identity`), so a CID is present when its glyph has
 * an outline, is .notdef, or is one the text uses (the ToUnicode map lists those; a
 * space has no outline but is in the font all the same).
 */
import { decodePDFRawStream, PDFArray, PDFDict, PDFName, PDFRawStream, type PDFContext } from 'pdf-lib';

const SUBSET = /^[A-Z]{6}\+/;

/** Adds a CIDSet to each subset CID font that lacks one; returns how many were added. */
export function addCidSets(context: PDFContext): number {
  let added = 0;
  for (const [, object] of context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Subtype')) !== PDFName.of('Type0')) continue;
    const descendants = object.lookup(PDFName.of('DescendantFonts'));
    const cidFont = descendants instanceof PDFArray ? descendants.lookup(0) : undefined;
    if (!(cidFont instanceof PDFDict)) continue;
    const descriptor = cidFont.lookup(PDFName.of('FontDescriptor'));
    const baseFont = cidFont.get(PDFName.of('BaseFont'))?.toString().slice(1) ?? '';
    if (!(descriptor instanceof PDFDict) || !SUBSET.test(baseFont) || descriptor.has(PDFName.of('CIDSet'))) continue;
    const used = usedCids(object.lookup(PDFName.of('ToUnicode')));
    const program = descriptor.lookup(PDFName.of('FontFile2'));
    const glyphs = program instanceof PDFRawStream ? outlinedGlyphs(decodePDFRawStream(program).decode()) : undefined;
    const present = new Set<number>([0, ...used]);
    if (glyphs) {
      // Identity map: CID = glyph id. A glyph past the program's end is not in it.
      for (const cid of [...present]) if (cid >= glyphs.count) present.delete(cid);
      for (const gid of glyphs.outlined) present.add(gid);
      present.add(0);
    }
    descriptor.set(PDFName.of('CIDSet'), context.register(context.flateStream(bitSet(present))));
    added++;
  }
  return added;
}

function bitSet(cids: ReadonlySet<number>): Uint8Array {
  const bytes = new Uint8Array((Math.max(...cids) >> 3) + 1);
  for (const cid of cids) bytes[cid >> 3]! |= 0x80 >> (cid & 7);
  return bytes;
}

/** The character codes (= CIDs under Identity-H) a ToUnicode CMap maps. */
function usedCids(toUnicode: unknown): number[] {
  if (!(toUnicode instanceof PDFRawStream)) return [];
  const text = new TextDecoder('latin1').decode(decodePDFRawStream(toUnicode).decode());
  const cids: number[] = [];
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<[0-9a-fA-F]*>/g)) cids.push(parseInt(code!, 16));
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      for (let cid = parseInt(from!, 16); cid <= parseInt(to!, 16); cid++) cids.push(cid);
    }
  }
  return cids;
}

/** A TrueType program's glyph count and the glyphs that have an outline (from `loca`). */
export function outlinedGlyphs(font: Uint8Array): { count: number; outlined: number[] } | undefined {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = new Map<string, number>();
  try {
    const count = view.getUint16(4);
    for (let i = 0; i < count; i++) {
      const at = 12 + i * 16;
      tables.set(String.fromCharCode(...font.subarray(at, at + 4)), view.getUint32(at + 8));
    }
    const head = tables.get('head');
    const maxp = tables.get('maxp');
    const loca = tables.get('loca');
    if (head === undefined || maxp === undefined || loca === undefined) return undefined;
    const long = view.getInt16(head + 50) === 1;
    const glyphs = view.getUint16(maxp + 4);
    const offset = (i: number) => (long ? view.getUint32(loca + i * 4) : view.getUint16(loca + i * 2) * 2);
    const outlined: number[] = [];
    for (let gid = 0; gid < glyphs; gid++) if (offset(gid + 1) > offset(gid)) outlined.push(gid);
    return { count: glyphs, outlined };
  } catch {
    // A program we cannot read: fall back on the codes the text uses.
    return undefined;
  }
}
