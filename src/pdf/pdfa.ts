/**
 * Chromium's tagged PDF → PDF/A (`build --pdfa`, or a profile with a `pdfa` rule), on
 * the document metadata.ts has already loaded: what ISO 19005 asks and Chromium does
 * not write. XMP metadata that agrees with the document information, an sRGB
 * OutputIntent (the profile shipped in color/), a trailer /ID, printable annotations,
 * a CIDSet per subset font; metadata.ts writes the part's version header (1.4, 1.7). Tags, /Lang, the
 * outline and the title are left as Chromium and metadata.ts wrote them.
 *
 * Part 1 (PDF/A-1b) forbids transparency. A letter with some (a PNG logo with an
 * alpha channel) becomes PDF/A-2b when the part is left to us, or, when part 1 is
 * asked for, has its images composited onto white so that part 1 holds.
 *
 * Everything here depends only on the PDF Chromium wrote: the same letter gives the
 * same bytes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  decodePDFRawStream, PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFString,
  type PDFContext, type PDFDocument,
} from 'pdf-lib';
import { PACKAGE_ROOT } from '../package-root.js';
import { addCidSets } from './pdfa-cidset.js';
import { findTransparency, flattenTransparency, hasTransparency } from './pdfa-transparency.js';
import { xmpPacket } from './pdfa-xmp.js';

import type { PdfaPart, PdfaRequest } from './pdfa-parts.js';

export type { PdfaPart, PdfaRequest };

export interface PdfaResult {
  part: PdfaPart;
  /** Images composited onto white so that part 1 holds (`--pdfa 1b`). */
  flattened: number;
  /** Why part 1 could not hold the letter (`auto` only): what is see-through in it. */
  transparency?: string;
}

export interface PdfaFacts {
  title: string;
  author: string;
  subject: string;
  keywords?: string;
  creator: string;
  producer: string;
  date: Date;
  langs: readonly string[];
}

/** The sRGB profile named by the OutputIntent (ICC v2.3, so PDF/A-1 may carry it). */
export const SRGB_PROFILE = join(PACKAGE_ROOT, 'color', 'sRGB.icc');
let srgb: Uint8Array | undefined;

/** Turns the loaded document into PDF/A of the part asked for (or the one it allows). */
export function convertToPdfA(doc: PDFDocument, facts: PdfaFacts, request: PdfaRequest): PdfaResult {
  const { context, catalog } = doc;
  const found = findTransparency(context);
  const transparent = hasTransparency(found);
  const part: PdfaPart = request === 'auto' ? (transparent ? '2b' : '1b') : request;
  let flattened = 0;
  if (part === '1b') flattened = flattenTransparency(context, found);

  addCidSets(context);
  printAnnotations(doc);
  srgb ??= readFileSync(SRGB_PROFILE);
  const profile = context.register(context.flateStream(srgb, { N: 3 }));
  if (part === '1b') useVersion2Profiles(context, profile);

  const xmp = context.stream(xmpPacket({ ...facts, part: part === '1b' ? 1 : 2, creatorTool: facts.creator }), { Type: 'Metadata', Subtype: 'XML' });
  catalog.set(PDFName.of('Metadata'), context.register(xmp));
  catalog.set(PDFName.of('OutputIntents'), context.obj([{
    Type: 'OutputIntent', S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    RegistryName: PDFString.of('http://www.color.org'),
    Info: PDFString.of('sRGB IEC61966-2.1'),
    DestOutputProfile: profile,
  }]));

  const id = documentId(doc, facts, part);
  context.trailerInfo.ID = context.obj([PDFHexString.of(id), PDFHexString.of(id)]);

  const reasons = [
    found.images.length && `${found.images.length} image${found.images.length === 1 ? '' : 's'} with transparency (a logo with an alpha channel)`,
    found.states.length && 'see-through drawing (opacity)',
  ].filter(Boolean).join(' and ');
  return { part, flattened, ...(request === 'auto' && transparent ? { transparency: reasons } : {}) };
}

/**
 * The same letter gets the same /ID: a digest of the facts and of every stream Chromium
 * wrote (pages, fonts, images). Not of Chromium's whole file, whose own dates differ
 * from one print to the next.
 */
function documentId(doc: PDFDocument, facts: PdfaFacts, part: PdfaPart): string {
  const hash = createHash('md5').update(JSON.stringify({ ...facts, part }));
  for (const [, object] of doc.context.enumerateIndirectObjects()) if (object instanceof PDFRawStream) hash.update(object.contents);
  return hash.digest('hex').toUpperCase();
}

/**
 * Part 1 is PDF 1.4, which knows ICC profiles up to version 2.4; Chromium tags images
 * with its own sRGB profile, of version 4. An RGB image's profile becomes ours (sRGB
 * too, version 2.3): the same colours.
 */
function useVersion2Profiles(context: PDFContext, srgbProfile: PDFRef): void {
  for (const [, object] of context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFRawStream ? object.dict : object instanceof PDFDict ? object : undefined;
    const spaces = [dict?.get(PDFName.of('ColorSpace'))];
    const resources = dict?.lookup(PDFName.of('ColorSpace'));
    if (resources instanceof PDFDict) spaces.push(...resources.values());
    for (const space of spaces.map((s) => (s instanceof PDFRef ? context.lookup(s) : s))) {
      if (!(space instanceof PDFArray) || space.get(0) !== PDFName.of('ICCBased')) continue;
      const iccProfile = context.lookup(space.get(1));
      if (!(iccProfile instanceof PDFRawStream) || iccProfile.dict.get(PDFName.of('N'))?.toString() !== '3') continue;
      const header = decodePDFRawStream(iccProfile).decode();
      if (header[8]! > 2 || (header[8] === 2 && header[9]! > 0x40)) space.set(1, srgbProfile);
    }
  }
}

/** PDF/A wants every annotation printed and never hidden: the Print flag on, Hidden, Invisible and NoView off. */
function printAnnotations(doc: PDFDocument): void {
  for (const page of doc.getPages()) {
    const annots = page.node.lookup(PDFName.of('Annots'));
    if (!(annots instanceof PDFArray)) continue;
    for (let i = 0; i < annots.size(); i++) {
      const annot = annots.lookup(i);
      if (!(annot instanceof PDFDict)) continue;
      const flags = annot.lookup(PDFName.of('F'));
      const value = flags instanceof PDFNumber ? flags.asNumber() : 0;
      annot.set(PDFName.of('F'), PDFNumber.of((value | 4) & ~(1 | 2 | 32)));
    }
  }
}
