/**
 * The parts of a Word file (an Open Packaging zip), read and written back with every
 * entry dated the same fixed day, so the same letter gives the same bytes whatever the
 * clock says. Every part is deflated again when the file is written. Only what Word files use: no zip64, no encryption, no spanning.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { CoalitionError } from '../../errors.js';

interface Entry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressed: Uint8Array;
  /** The text or bytes written over the part, when it changed. */
  replaced?: Uint8Array;
}

/** A Word file's parts by name, in their order in the file. */
export class ZipParts {
  private readonly entries = new Map<string, Entry>();

  /** Parts given by name, in order (text or bytes). */
  static of(files: Iterable<readonly [string, string | Uint8Array]>): ZipParts {
    const parts = new ZipParts();
    for (const [name, content] of files) parts.set(name, content);
    return parts;
  }

  static read(bytes: Uint8Array, origin: string): ZipParts {
    const parts = new ZipParts();
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const broken = (why: string) => new CoalitionError(`${origin} is not a Word file that can be read (${why})`, {
      code: 'docx-unreadable', hint: 'Save it again from Word or LibreOffice as a .docx file.',
    });
    // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
    let end = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
      if (view.getUint32(i, true) === 0x06054b50) { end = i; break; }
    }
    if (end < 0) throw broken('no zip directory');
    const count = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    for (let n = 0; n < count; n++) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw broken('a damaged zip directory');
      const method = view.getUint16(at + 10, true);
      const compressedSize = view.getUint32(at + 20, true);
      const nameLength = view.getUint16(at + 28, true);
      const extraLength = view.getUint16(at + 30, true);
      const commentLength = view.getUint16(at + 32, true);
      const local = view.getUint32(at + 42, true);
      const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
      at += 46 + nameLength + extraLength + commentLength;
      if (method !== 0 && method !== 8) throw broken(`${name} is compressed in a way Word files do not use`);
      if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw broken(`${name} is damaged`);
      const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      if (dataStart + compressedSize > bytes.length) throw broken(`${name} is cut short`);
      if (name.endsWith('/')) continue;
      parts.entries.set(name, { name, method, compressed: bytes.subarray(dataStart, dataStart + compressedSize) });
    }
    return parts;
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  bytes(name: string): Uint8Array | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    if (entry.replaced) return entry.replaced;
    return entry.method === 0 ? entry.compressed : new Uint8Array(inflateRawSync(entry.compressed));
  }

  text(name: string): string | undefined {
    const bytes = this.bytes(name);
    return bytes && new TextDecoder().decode(bytes);
  }

  /** Adds or replaces a part (added parts go last). */
  set(name: string, content: string | Uint8Array): void {
    const data = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    const entry = this.entries.get(name);
    if (entry) entry.replaced = data;
    else this.entries.set(name, { name, method: 8, compressed: new Uint8Array(), replaced: data });
  }

  delete(name: string): void {
    this.entries.delete(name);
  }

  /** The zip file, every entry dated `date` (YYYY-MM-DD; zip dates start in 1980). */
  write(date: string): Uint8Array {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const dosDate = ((Math.max(1980, Math.min(2107, y)) - 1980) << 9) | (m << 5) | d;
    const chunks: Uint8Array[] = [];
    const directory: Uint8Array[] = [];
    let offset = 0;
    for (const entry of this.entries.values()) {
      // Every part deflated here, by one zlib: the same parts give the same bytes whoever wrote them first.
      const data = this.bytes(entry.name)!;
      const method = 8;
      const crc = crc32(data);
      const size = data.length;
      const compressed = new Uint8Array(deflateRawSync(data));
      const name = new TextEncoder().encode(entry.name);
      const local = new DataView(new ArrayBuffer(30));
      local.setUint32(0, 0x04034b50, true);
      local.setUint16(4, 20, true);
      local.setUint16(6, 0x0800, true); // UTF-8 names
      local.setUint16(8, method, true);
      local.setUint16(10, 0, true);
      local.setUint16(12, dosDate, true);
      local.setUint32(14, crc, true);
      local.setUint32(18, compressed.length, true);
      local.setUint32(22, size, true);
      local.setUint16(26, name.length, true);
      local.setUint16(28, 0, true);
      const central = new DataView(new ArrayBuffer(46));
      central.setUint32(0, 0x02014b50, true);
      central.setUint16(4, 20, true);
      central.setUint16(6, 20, true);
      central.setUint16(8, 0x0800, true);
      central.setUint16(10, method, true);
      central.setUint16(12, 0, true);
      central.setUint16(14, dosDate, true);
      central.setUint32(16, crc, true);
      central.setUint32(20, compressed.length, true);
      central.setUint32(24, size, true);
      central.setUint16(28, name.length, true);
      central.setUint32(42, offset, true);
      chunks.push(new Uint8Array(local.buffer), name, compressed);
      directory.push(new Uint8Array(central.buffer), name);
      offset += 30 + name.length + compressed.length;
    }
    const directorySize = directory.reduce((sum, chunk) => sum + chunk.length, 0);
    const end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, 0x06054b50, true);
    end.setUint16(8, this.entries.size, true);
    end.setUint16(10, this.entries.size, true);
    end.setUint32(12, directorySize, true);
    end.setUint32(16, offset, true);
    return concat([...chunks, ...directory, new Uint8Array(end.buffer)]);
  }
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

let table: Uint32Array | undefined;
function crc32(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of data) crc = table[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
