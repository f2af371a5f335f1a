/**
 * The characters a woff2 file really holds, read from its `cmap` table. fontsource's
 * `unicode-range` of a Chinese slice names code points the slice's font lacks (Noto
 * Serif TC's ranges hold Simplified characters such as 们 and 为, mapped to no glyph);
 * Chromium picks the face by its range and prints an empty box instead of falling
 * back to the next family. So the ranges the pages get, and what `check` calls
 * printable, are the declared ranges checked against the font itself.
 *
 * WOFF2 (W3C): a 48-byte header, a table directory, then one Brotli stream holding
 * every table in directory order; `cmap` is never transformed. Formats 4 and 12 are read.
 */
import { readFileSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';

/** The known-table tags of the WOFF2 directory, by their 6-bit index. */
const KNOWN_TAGS = ['cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'cvt ', 'fpgm', 'glyf', 'loca', 'prep', 'CFF ', 'VORG', 'EBDT', 'EBLC', 'gasp', 'hdmx', 'kern', 'LTSH', 'PCLT', 'VDMX', 'vhea', 'vmtx', 'BASE', 'GDEF', 'GPOS', 'GSUB', 'EBSC', 'JSTF', 'MATH', 'CBDT', 'CBLC', 'COLR', 'CPAL', 'SVG ', 'sbix', 'acnt', 'avar', 'bdat', 'bloc', 'bsln', 'cvar', 'fdsc', 'feat', 'fmtx', 'fvar', 'gvar', 'hsty', 'just', 'lcar', 'mort', 'morx', 'opbd', 'prop', 'trak', 'Zapf', 'Silf', 'Glat', 'Gloc', 'Feat', 'Sill'];

function cmapTable(file: string): Buffer {
  const b = readFileSync(file);
  const numTables = b.readUInt16BE(12);
  const compressed = b.readUInt32BE(20);
  let p = 48;
  const base128 = () => {
    let value = 0;
    for (let i = 0; i < 5; i++) {
      const byte = b[p++]!;
      value = value * 128 + (byte & 0x7f);
      if (!(byte & 0x80)) return value;
    }
    throw new Error(`${file}: not a WOFF2 file`);
  };
  const tables: { tag: string; length: number }[] = [];
  for (let i = 0; i < numTables; i++) {
    const flags = b[p++]!;
    const index = flags & 0x3f;
    let tag = KNOWN_TAGS[index] ?? '';
    if (index === 63) {
      tag = b.toString('latin1', p, p + 4);
      p += 4;
    }
    const version = flags >> 6;
    let length = base128();
    // glyf and loca are transformed unless their version is 3; every other table only with a nonzero version.
    if (tag === 'glyf' || tag === 'loca' ? version === 0 : version !== 0) length = base128();
    tables.push({ tag, length });
  }
  const data = brotliDecompressSync(b.subarray(p, p + compressed));
  let offset = 0;
  for (const table of tables) {
    if (table.tag === 'cmap') return data.subarray(offset, offset + table.length);
    offset += table.length;
  }
  throw new Error(`${file}: no cmap table`);
}

/** Every code point the font maps to a glyph. */
export function fontCodePoints(file: string): Set<number> {
  const cmap = cmapTable(file);
  const codes = new Set<number>();
  const subtables = cmap.readUInt16BE(2);
  for (let i = 0; i < subtables; i++) {
    const at = cmap.readUInt32BE(8 + i * 8);
    const format = cmap.readUInt16BE(at);
    if (format === 12) {
      const groups = cmap.readUInt32BE(at + 12);
      for (let g = 0; g < groups; g++) {
        const start = cmap.readUInt32BE(at + 16 + g * 12);
        const end = cmap.readUInt32BE(at + 20 + g * 12);
        const glyph = cmap.readUInt32BE(at + 24 + g * 12);
        for (let code = start; code <= end; code++) if (glyph + code - start) codes.add(code);
      }
    } else if (format === 4) {
      const segments = cmap.readUInt16BE(at + 6) / 2;
      const ends = at + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const rangeOffsets = deltas + segments * 2;
      for (let s = 0; s < segments; s++) {
        const end = cmap.readUInt16BE(ends + s * 2);
        const start = cmap.readUInt16BE(starts + s * 2);
        const delta = cmap.readInt16BE(deltas + s * 2);
        const rangeOffset = cmap.readUInt16BE(rangeOffsets + s * 2);
        for (let code = start; code <= end && code !== 0xffff; code++) {
          const index = rangeOffset ? cmap.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (code - start) * 2) : code;
          const glyph = index ? (index + delta) & 0xffff : 0;
          if (glyph) codes.add(code);
        }
      }
    }
  }
  return codes;
}
