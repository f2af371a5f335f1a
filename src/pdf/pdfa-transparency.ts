/**
 * Transparency, which PDF/A-1 forbids and PDF/A-2 allows: images with a soft mask
 * (a PNG logo's alpha channel), graphics states with an opacity, a soft mask or a
 * blend mode, and transparency groups. `findTransparency` says what a PDF holds;
 * `flattenTransparency` makes it opaque for part 1: each soft-masked image is
 * composited onto white (what it looks like on a white page), opacities become 1,
 * and the groups go.
 */
import {
  decodePDFRawStream, PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFContext, type PDFObject,
} from 'pdf-lib';
import { CoalitionError } from '../errors.js';

export interface Transparency {
  /** Images with a soft mask (an alpha channel). */
  images: PDFRef[];
  /** Graphics states that draw with opacity, a soft mask or a blend mode. */
  states: PDFDict[];
  /** Transparency group entries (`/Group << /S /Transparency >>`) on pages and forms. */
  groups: PDFDict[];
}

const name = (value: string) => PDFName.of(value);
const OPAQUE_BLENDS = new Set(['/Normal', '/Compatible']);

export function findTransparency(context: PDFContext): Transparency {
  const found: Transparency = { images: [], states: [], groups: [] };
  const seen = new Set<PDFDict>();
  const visit = (object: PDFObject | undefined, ref?: PDFRef) => {
    const dict = object instanceof PDFRawStream ? object.dict : object instanceof PDFDict ? object : undefined;
    if (object instanceof PDFArray) for (const item of object.asArray()) visit(item);
    if (!dict || seen.has(dict)) return;
    seen.add(dict);
    if (dict.get(name('Subtype')) === name('Image')) {
      const mask = dict.get(name('SMask'));
      if (mask && mask !== name('None') && ref) found.images.push(ref);
    } else if (drawsTransparently(dict)) {
      found.states.push(dict);
    }
    const group = dict.lookup(name('Group'));
    if (group instanceof PDFDict && group.get(name('S')) === name('Transparency')) found.groups.push(dict);
    for (const [, value] of dict.entries()) if (!(value instanceof PDFRef)) visit(value);
  };
  for (const [ref, object] of context.enumerateIndirectObjects()) visit(object, ref);
  return found;
}

/** Whether anything is drawn see-through (a group alone changes nothing). */
export function hasTransparency(found: Transparency): boolean {
  return found.images.length > 0 || found.states.length > 0;
}

function drawsTransparently(dict: PDFDict): boolean {
  const opacity = (key: string) => {
    const value = dict.get(name(key));
    return value instanceof PDFNumber && value.asNumber() < 1;
  };
  const mask = dict.get(name('SMask'));
  const blend = dict.get(name('BM'));
  return opacity('CA') || opacity('ca') || (mask !== undefined && mask !== name('None') && dict.has(name('Type')) && dict.get(name('Type')) === name('ExtGState'))
    || (blend instanceof PDFName && !OPAQUE_BLENDS.has(blend.toString()));
}

/** Makes everything `findTransparency` found opaque; returns how many images were flattened. */
export function flattenTransparency(context: PDFContext, found: Transparency): number {
  for (const ref of found.images) flattenImage(context, ref);
  for (const state of found.states) {
    for (const key of ['CA', 'ca']) if (state.has(name(key))) state.set(name(key), PDFNumber.of(1));
    if (state.has(name('SMask'))) state.set(name('SMask'), name('None'));
    if (state.has(name('BM'))) state.set(name('BM'), name('Normal'));
  }
  for (const dict of found.groups) dict.delete(name('Group'));
  return found.images.length;
}

/** Composites an image onto white through its soft mask, and drops the mask. */
function flattenImage(context: PDFContext, ref: PDFRef): void {
  const image = context.lookup(ref);
  if (!(image instanceof PDFRawStream)) return;
  const maskRef = image.dict.get(name('SMask'));
  const mask = context.lookup(maskRef);
  const width = numberOf(image.dict, 'Width');
  const height = numberOf(image.dict, 'Height');
  const channels = channelsOf(context, image.dict.lookup(name('ColorSpace')));
  if (!(mask instanceof PDFRawStream) || !channels || numberOf(image.dict, 'BitsPerComponent') !== 8 || numberOf(mask.dict, 'BitsPerComponent') !== 8
    || numberOf(mask.dict, 'Width') !== width || numberOf(mask.dict, 'Height') !== height || mask.dict.has(name('Matte'))
    || !plainFlate(image) || !plainFlate(mask)) {
    throw cannotFlatten('an image whose transparency is stored in a way coalition cannot flatten');
  }
  const color = decodePDFRawStream(image).decode();
  const alpha = decodePDFRawStream(mask).decode();
  if (color.length < width * height * channels || alpha.length < width * height) throw cannotFlatten('an image whose data is shorter than its size');
  const out = new Uint8Array(width * height * channels);
  for (let pixel = 0; pixel < width * height; pixel++) {
    const a = alpha[pixel]!;
    for (let c = 0; c < channels; c++) {
      const at = pixel * channels + c;
      out[at] = Math.round((color[at]! * a + 255 * (255 - a)) / 255);
    }
  }
  const dict = context.obj({}) as PDFDict;
  for (const [key, value] of image.dict.entries()) {
    if (!['/SMask', '/Filter', '/DecodeParms', '/Length'].includes(key.toString())) dict.set(key, value);
  }
  const flat = context.flateStream(out);
  for (const [key, value] of dict.entries()) flat.dict.set(key, value);
  context.assign(ref, flat);
  if (maskRef instanceof PDFRef) context.delete(maskRef);
}

function numberOf(dict: PDFDict, key: string): number {
  const value = dict.lookup(name(key));
  return value instanceof PDFNumber ? value.asNumber() : NaN;
}

/** Flate or no filter, without a predictor: what Chromium writes for an image with alpha. */
function plainFlate(stream: PDFRawStream): boolean {
  const filter = stream.dict.lookup(name('Filter'));
  const filters = filter instanceof PDFArray ? filter.asArray() : filter ? [filter] : [];
  return filters.every((f) => f === name('FlateDecode')) && !stream.dict.has(name('DecodeParms'));
}

function channelsOf(context: PDFContext, space: PDFObject | undefined): number | undefined {
  if (space === name('DeviceRGB')) return 3;
  if (space === name('DeviceGray')) return 1;
  if (space instanceof PDFArray && space.get(0) === name('ICCBased')) {
    const profile = context.lookup(space.get(1));
    return profile instanceof PDFRawStream ? numberOf(profile.dict, 'N') : undefined;
  }
  return undefined;
}

function cannotFlatten(what: string): CoalitionError {
  return new CoalitionError(`PDF/A-1b cannot hold this letter: it has ${what}`, {
    code: 'pdfa-flatten',
    hint: 'Build with --pdfa (PDF/A-2b keeps transparency), or save the logo as an image without transparency (a JPEG, or a PNG on a white background).',
  });
}
