/**
 * Hostile reference documents, made here byte for byte: a house style built with the
 * docx library, then its header, footer, styles or zip entries rewritten the way an
 * attacker would (fields that fetch, VML, OLE, entities, a zip bomb whose declared
 * sizes tell the truth or lie).
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { Document, Footer, Header, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync } from 'fflate';

export const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

/** A house style: a header with a logo and text, a footer with text. */
export async function houseParts(): Promise<Map<string, Uint8Array>> {
  const bytes = await Packer.toBuffer(new Document({
    sections: [{
      headers: { default: new Header({ children: [new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 20, height: 20 } }), new TextRun('House header')] })] }) },
      footers: { default: new Footer({ children: [new Paragraph('House footer')] }) },
      children: [new Paragraph('Reference')],
    }],
  }));
  return new Map(Object.entries(unzipSync(new Uint8Array(bytes))));
}

export const text = (data: Uint8Array | undefined) => strFromU8(data ?? new Uint8Array());

/** Adds `xml` at the end of a header or footer part and `rels` to its relationships. */
export function addToPart(parts: Map<string, Uint8Array>, name: string, xml: string, rels = ''): void {
  parts.set(name, strToU8(text(parts.get(name)).replace(/<\/w:(hdr|ftr)>\s*$/, `${xml}</w:$1>`)));
  const relsName = name.replace(/([^/]+)$/, '_rels/$1.rels');
  const current = text(parts.get(relsName)) || '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>';
  parts.set(relsName, strToU8(current.replace(/<Relationships([^>]*?)\/>/, '<Relationships$1></Relationships>').replace('</Relationships>', `${rels}</Relationships>`)));
}

/** The header part of a house style (`word/header1.xml`). */
export function headerName(parts: Map<string, Uint8Array>): string {
  return [...parts.keys()].find((n) => /^word\/header\d+\.xml$/.test(n))!;
}

export function footerName(parts: Map<string, Uint8Array>): string {
  return [...parts.keys()].find((n) => /^word\/footer\d+\.xml$/.test(n))!;
}

/** A zip entry: its content, or a raw deflate stream with the size it claims. */
export type Entry = Uint8Array | { deflated: Uint8Array; declared: number };

/** A zip file of `entries`, written by hand so that an entry may claim any size. */
export function zip(entries: Map<string, Entry>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, entry] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(entry instanceof Uint8Array ? deflateRawSync(entry) : entry.deflated);
    const size = entry instanceof Uint8Array ? entry.length : entry.declared;
    const crc = entry instanceof Uint8Array ? crc32(entry) : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x800, 8);
    record.writeUInt16LE(8, 10);
    record.writeUInt32LE(crc, 16);
    record.writeUInt32LE(data.length, 20);
    record.writeUInt32LE(size, 24);
    record.writeUInt16LE(nameBytes.length, 28);
    record.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    central.push(record, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.size, 8);
  end.writeUInt16LE(entries.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * A raw deflate stream that inflates to `megabytes` MB of "A": one megabyte deflated
 * with a full flush (a self-contained, byte-aligned piece), repeated, then an empty
 * final block. About 1 KB per megabyte, made in milliseconds.
 */
export function bombStream(megabytes: number): Buffer {
  const piece = deflateRawSync(Buffer.alloc(1024 * 1024, 0x41), { finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([...Array.from({ length: megabytes }, () => piece), Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff])]);
}
