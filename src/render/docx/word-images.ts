/**
 * Images for the Word letter. They reach the writer as the `data:` URLs the HTML
 * uses, already limited to files inside the workspace (markdown/images.ts); here
 * they are decoded and measured. Word holds PNG, JPEG and GIF as they are, and SVG
 * beside a blank PNG that only Word 2013 and older show; WebP has no place in a
 * .docx, and an SVG that refers to anything outside itself (a remote image, a file,
 * an external entity) is refused, so that opening the letter fetches nothing.
 */

export interface WordImage {
  type: 'png' | 'jpg' | 'gif' | 'svg';
  data: Uint8Array;
  /** Natural size in CSS pixels (96 per inch). */
  width: number;
  height: number;
}

/** A 1×1 transparent PNG: the fallback Word asks for beside an SVG. */
const BLANK_PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'));

export function blankPng(): Uint8Array {
  return BLANK_PNG;
}

/** The image of a `data:` URL, or why it cannot go into a Word file. */
export function decodeImage(dataUrl: string): { image?: WordImage; problem?: string } {
  const match = /^data:(image\/[a-z+.-]+)(;base64)?,(.*)$/is.exec(dataUrl);
  if (!match) return { problem: 'it is not an embedded image' };
  const mime = match[1]!.toLowerCase();
  if (mime === 'image/webp') return { problem: 'Word files cannot hold WebP images; use PNG or JPEG' };
  let data: Uint8Array;
  try {
    data = match[2] ? Uint8Array.from(Buffer.from(match[3]!, 'base64')) : new TextEncoder().encode(decodeURIComponent(match[3]!));
  } catch {
    return { problem: 'the embedded image is not encoded correctly' };
  }
  const size = mime === 'image/svg+xml' ? svgSize(data) : rasterSize(data);
  if (mime === 'image/svg+xml') {
    const text = new TextDecoder().decode(data);
    if (/<!DOCTYPE|<!ENTITY/i.test(text) || /(?:href|src)\s*=\s*["']\s*(?!#|data:)/i.test(text) || /url\(\s*["']?\s*(?!#|data:)/i.test(text)) {
      return { problem: 'the SVG refers to files or addresses outside itself' };
    }
    return { image: { type: 'svg', data, ...(size ?? { width: 300, height: 150 }) } };
  }
  const type = mime === 'image/png' ? 'png' : mime === 'image/jpeg' ? 'jpg' : mime === 'image/gif' ? 'gif' : undefined;
  if (!type) return { problem: `Word files cannot hold ${mime} images; use PNG or JPEG` };
  if (!size) return { problem: 'the image file is damaged or not what its name says' };
  return { image: { type, data, ...size } };
}

/** Width and height of a PNG, GIF or JPEG from its header. */
function rasterSize(data: Uint8Array): { width: number; height: number } | undefined {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (data.length >= 24 && view.getUint32(0) === 0x89504e47) return positive(view.getUint32(16), view.getUint32(20));
  if (data.length >= 10 && data[0] === 0x47 && data[1] === 0x49 && data[2] === 0x46) return positive(view.getUint16(6, true), view.getUint16(8, true));
  if (data.length >= 4 && data[0] === 0xff && data[1] === 0xd8) {
    let at = 2;
    while (at + 9 < data.length) {
      if (data[at] !== 0xff) return undefined;
      const marker = data[at + 1]!;
      const length = view.getUint16(at + 2);
      // Start-of-frame markers carry the size; 0xC4 (DHT), 0xC8 and 0xCC are not frames.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return positive(view.getUint16(at + 7), view.getUint16(at + 5));
      }
      at += 2 + length;
    }
  }
  return undefined;
}

/** An SVG's size from its width and height, or its viewBox. */
function svgSize(data: Uint8Array): { width: number; height: number } | undefined {
  const head = new TextDecoder().decode(data.subarray(0, 4096));
  const root = /<svg\b[^>]*>/i.exec(head)?.[0];
  if (!root) return undefined;
  const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(root)?.[1];
  const px = (value?: string) => {
    const m = value && /^\s*([\d.]+)\s*(px|pt|in|cm|mm)?\s*$/i.exec(value);
    if (!m) return undefined;
    const factor = { px: 1, pt: 96 / 72, in: 96, cm: 96 / 2.54, mm: 96 / 25.4 }[(m[2] ?? 'px').toLowerCase() as 'px'];
    return Number(m[1]) * factor;
  };
  const box = attr('viewBox')?.trim().split(/[\s,]+/).map(Number);
  const width = px(attr('width')) ?? box?.[2];
  const height = px(attr('height')) ?? box?.[3];
  return width && height ? positive(width, height) : undefined;
}

function positive(width: number, height: number): { width: number; height: number } | undefined {
  return width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height) ? { width, height } : undefined;
}

/** `image` scaled to fit within `maxWidth` × `maxHeight` pixels, never enlarged. */
export function fit(image: { width: number; height: number }, maxWidth: number, maxHeight = Infinity): { width: number; height: number } {
  const scale = Math.min(1, maxWidth / image.width, maxHeight / image.height);
  return { width: Math.max(1, Math.round(image.width * scale)), height: Math.max(1, Math.round(image.height * scale)) };
}
