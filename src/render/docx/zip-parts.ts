/**
 * The parts of a Word file (an Open Packaging zip): read with limits, written with
 * fflate, every entry dated the same fixed day, so the same letter gives the same
 * bytes whatever the clock says. Every part is deflated again when the file is written.
 *
 * Reading trusts nothing the file says about itself. The central directory is read
 * here, and each part is inflated by zlib with a ceiling on its output, so a part
 * that inflates past its limit stops being inflated at that limit (a zip bomb costs
 * a few milliseconds and its limit in memory, never its declared or real size):
 * at most MAX_PART_BYTES per part, MAX_TOTAL_BYTES for all parts together, and at
 * most MAX_RATIO times its compressed size for a part over RATIO_FREE_BYTES. A real
 * Word file is far inside all three.
 */
import { inflateRawSync } from 'node:zlib';
import { strFromU8, strToU8, zipSync, type Zippable } from 'fflate';
import { CoalitionError } from '../../errors.js';

/** One part: a letterhead image is a few megabytes, styles a few hundred kilobytes. */
export const MAX_PART_BYTES = 32 * 1024 * 1024;
/** All parts together. */
export const MAX_TOTAL_BYTES = 96 * 1024 * 1024;
/** Text compresses about 10:1, images hardly at all; a zip bomb reaches 1000:1. */
export const MAX_RATIO = 100;
/** Below this a part may compress as well as it likes (a few kilobytes of repeated XML). */
const RATIO_FREE_BYTES = 1024 * 1024;

/** A Word file's parts by name, in their order in the file. */
export class ZipParts {
  private readonly parts = new Map<string, Uint8Array>();

  /** Parts given by name, in order (text or bytes). */
  static of(files: Iterable<readonly [string, string | Uint8Array]>): ZipParts {
    const parts = new ZipParts();
    for (const [name, content] of files) parts.set(name, content);
    return parts;
  }

  /** Reads a zip file within the limits above; `origin` names it in messages. */
  static read(bytes: Uint8Array, origin: string): ZipParts {
    const parts = new ZipParts();
    let total = 0;
    for (const entry of centralDirectory(bytes, origin)) {
      // Folders hold nothing; a part named twice is read once, as its first entry says.
      if (entry.name.endsWith('/') || parts.has(entry.name)) continue;
      const data = inflatePart(bytes, entry, origin, MAX_TOTAL_BYTES - total);
      total += data.length;
      parts.set(entry.name, data);
    }
    return parts;
  }

  names(): string[] {
    return [...this.parts.keys()];
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  bytes(name: string): Uint8Array | undefined {
    return this.parts.get(name);
  }

  text(name: string): string | undefined {
    const bytes = this.parts.get(name);
    return bytes && strFromU8(bytes);
  }

  /** Adds or replaces a part (added parts go last). */
  set(name: string, content: string | Uint8Array): void {
    this.parts.set(name, typeof content === 'string' ? strToU8(content) : content);
  }

  delete(name: string): void {
    this.parts.delete(name);
  }

  /** The zip file, every entry dated `date` (YYYY-MM-DD; zip dates run from 1980 to 2099). */
  write(date: string): Uint8Array {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    // fflate writes the date as the local calendar reads it: local midnight of that day, in every time zone.
    const mtime = new Date(Math.max(1980, Math.min(2099, y)), m - 1, d);
    const files: Zippable = {};
    for (const [name, data] of this.parts) files[name] = data;
    return zipSync(files, { level: 6, mtime });
  }
}

interface Entry {
  name: string;
  method: number;
  compressed: number;
  declared: number;
  /** Where its local header starts. */
  offset: number;
}

/** The entries the central directory lists (ZIP64 sizes and offsets included). */
function centralDirectory(bytes: Uint8Array, origin: string): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => Number(view.getBigUint64(at, true));
  const broken = (why: string) => unreadable(origin, why);
  // The end record is in the last 64 KB (22 bytes and a comment of at most 65,535).
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at--) {
    if (u32(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw broken('invalid zip data');
  let count = u16(end + 10);
  let start = u32(end + 16);
  if ((count === 0xffff || start === 0xffffffff) && end >= 20 && u32(end - 20) === 0x07064b50) {
    const record = u64(end - 12);
    if (record + 56 > bytes.length || u32(record) !== 0x06064b50) throw broken('invalid ZIP64 record');
    count = u64(record + 32);
    start = u64(record + 48);
  }
  const entries: Entry[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== 0x02014b50) throw broken('invalid zip directory');
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const name = strFromU8(bytes.subarray(at + 46, at + 46 + nameLength), !(u16(at + 8) & 0x800));
    let compressed = u32(at + 20);
    let declared = u32(at + 24);
    let offset = u32(at + 42);
    // ZIP64: the fields that overflowed are in the extra field 0x0001, in this order.
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength;) {
      const id = u16(x);
      const size = u16(x + 2);
      if (id === 1) {
        let field = x + 4;
        if (declared === 0xffffffff) (declared = u64(field)), (field += 8);
        if (compressed === 0xffffffff) (compressed = u64(field)), (field += 8);
        if (offset === 0xffffffff) offset = u64(field);
      }
      x += 4 + size;
    }
    entries.push({ name, method: u16(at + 10), compressed, declared, offset });
    at += 46 + nameLength + extraLength + u16(at + 32);
  }
  return entries;
}

/** One part's bytes, inflated no further than its limits allow. */
function inflatePart(bytes: Uint8Array, entry: Entry, origin: string, left: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (entry.offset + 30 > bytes.length || view.getUint32(entry.offset, true) !== 0x04034b50) throw unreadable(origin, `invalid local header of ${entry.name}`);
  const from = entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
  const data = bytes.subarray(from, from + entry.compressed);
  if (data.length < entry.compressed) throw unreadable(origin, `${entry.name} is cut short`);
  const ratioLimit = Math.max(RATIO_FREE_BYTES, entry.compressed * MAX_RATIO);
  const limit = Math.min(MAX_PART_BYTES, left, ratioLimit);
  // The declared size is checked first (nothing is inflated), the real one while inflating.
  if (entry.declared > limit) throw tooLarge(origin, entry.name, entry.declared, limit, ratioLimit, left);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw unreadable(origin, `unknown compression type ${entry.method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: limit });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(origin, entry.name, undefined, limit, ratioLimit, left);
    throw unreadable(origin, (error as Error).message, error);
  }
}

function unreadable(origin: string, why: string, cause?: unknown): CoalitionError {
  return new CoalitionError(`${origin} is not a Word file that can be read (${why})`, {
    code: 'docx-unreadable', hint: 'Save it again from Word or LibreOffice as a .docx file.', cause,
  });
}

function tooLarge(origin: string, name: string, declared: number | undefined, limit: number, ratioLimit: number, left: number): CoalitionError {
  const mb = (n: number) => `${Math.round(n / 1048576)} MB`;
  const which = limit === left ? `the ${mb(MAX_TOTAL_BYTES)} all its parts may hold together`
    : limit === ratioLimit ? `${MAX_RATIO} times its compressed size`
      : `the ${mb(MAX_PART_BYTES)} a part may hold`;
  return new CoalitionError(`${origin}: its part ${name} ${declared === undefined ? 'inflates to more than' : `would inflate to ${mb(declared)},`} ${declared === undefined ? which : `over ${which}`}; it was not read further`, {
    code: 'docx-too-large', hint: 'This is not what Word or LibreOffice saves (a "zip bomb"?): save the document again from Word or LibreOffice, keeping only its styles, header and footer.',
  });
}
