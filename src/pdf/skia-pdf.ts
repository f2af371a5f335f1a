/**
 * Chromium's own PDFs, edited without a PDF library. Chromium (its Skia PDF writer)
 * writes a plain layout: numbered objects, one cross-reference table, a trailer that
 * names the catalog and the document information, and no object streams. Setting the
 * information (metadata.ts) then means replacing one object and moving the offsets
 * after it, instead of parsing every object with pdf-lib and writing them all again:
 * about 0.03 ms a letter instead of 3 ms, and pdf-lib is not loaded at all
 * (docs/performance.md, "Chromium's PDF edited in place").
 *
 * Every function here checks that the file has exactly that layout and returns
 * `undefined` when it does not (another Chromium, a PDF from elsewhere): the caller
 * then uses pdf-lib, as before. The rest of the file is copied byte for byte.
 */

/** The parts of a PDF this module reads: where each object starts, and what the trailer names. */
interface Layout {
  /** Byte offset of each object, by number; `undefined` for a free entry. */
  offsets: (number | undefined)[];
  /** Where the cross-reference table starts (its `xref` keyword). */
  xrefAt: number;
  root: number;
  info: number;
}

/** An edit: objects (by number) given new text, in place of the old. */
type ObjectEdits = ReadonlyMap<number, string>;

/** The end of the file: the trailer with exactly these three entries, in any order, then `startxref`. */
const TAIL = /trailer\s*<<\s*((?:\/(?:Size \d+|Root \d+ 0 R|Info \d+ 0 R)\s*){3})>>\s*startxref\s+(\d+)\s+%%EOF\s*$/;
const XREF_HEAD = /^xref\r?\n0 (\d+)\r?\n/;
/** A cross-reference entry: always 20 bytes. */
const XREF_ENTRY = /^(\d{10}) (\d{5}) ([nf])(?: \n| \r|\r\n)$/;

/** Bytes `from`–`to` as text, cut at the end of `bytes` (a table longer than the file must not read past it). */
function latin1(bytes: Uint8Array, from: number, to: number): string {
  const start = Math.min(Math.max(0, from), bytes.length);
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, Math.min(to, bytes.length) - start)).toString('latin1');
}

/** The layout of a PDF as Chromium writes it, or `undefined` for any other. */
function layoutOf(pdf: Uint8Array): Layout | undefined {
  const tailFrom = Math.max(0, pdf.length - 512);
  const tail = TAIL.exec(latin1(pdf, tailFrom, pdf.length));
  if (!tail) return undefined;
  const entry = (key: string) => Number(new RegExp(`/${key} (\\d+)`).exec(tail[1]!)?.[1]);
  const size = entry('Size');
  const xrefAt = Number(tail[2]);
  if (!(xrefAt > 0 && xrefAt < tailFrom + tail.index)) return undefined;
  const head = XREF_HEAD.exec(latin1(pdf, xrefAt, xrefAt + 32));
  if (!head || Number(head[1]) !== size) return undefined;
  const entriesAt = xrefAt + head[0].length;
  const table = latin1(pdf, entriesAt, entriesAt + size * 20);
  if (table.length !== size * 20) return undefined;
  const offsets: (number | undefined)[] = [];
  for (let n = 0; n < size; n++) {
    const row = XREF_ENTRY.exec(table.slice(n * 20, n * 20 + 20));
    if (!row) return undefined;
    if (row[3] === 'f') {
      offsets.push(undefined);
      continue;
    }
    const offset = Number(row[1]);
    // Generation 0 only, and an object before the table: anything else is not Chromium's.
    if (row[2] !== '00000' || offset >= xrefAt) return undefined;
    offsets.push(offset);
  }
  const root = entry('Root');
  const info = entry('Info');
  // NaN (an entry named twice, another missing) finds no offset either.
  if (offsets[root] === undefined || offsets[info] === undefined || root === info) return undefined;
  return { offsets, xrefAt, root, info };
}

/** Each object's bytes: from its offset to the next object's (or the table's). */
function extents(layout: Layout): Map<number, [number, number]> {
  const starts = layout.offsets
    .map((offset, n) => [n, offset] as const)
    .filter((pair): pair is readonly [number, number] => pair[1] !== undefined)
    .sort((a, b) => a[1] - b[1]);
  const found = new Map<number, [number, number]>();
  starts.forEach(([n, offset], i) => found.set(n, [offset, starts[i + 1]?.[1] ?? layout.xrefAt]));
  return found;
}

/** `n 0 obj … endobj`'s dictionary text (`<<…>>`), or `undefined` if the object is not a plain dictionary. */
function dictionaryAt(pdf: Uint8Array, n: number, extent: [number, number]): string | undefined {
  const text = latin1(pdf, extent[0], extent[1]);
  const m = new RegExp(`^${n} 0 obj\\s*(<<[\\s\\S]*>>)\\s*endobj\\s*$`).exec(text);
  // A stream's dictionary is followed by its data: never one of the objects edited here.
  return m && !/\bstream\b/.test(m[1]!) ? m[1] : undefined;
}

/** What this module can read of a Chromium PDF: the catalog's and the information's dictionaries. */
export interface SkiaPdf {
  catalog: string;
  info: string;
  /** The PDF with these objects replaced, the offsets after them moved. */
  withObjects(edits: { catalog?: string; info?: string }): Uint8Array;
  /** The dictionary of object `n`, if it is a plain one. */
  dictionary(n: number): string | undefined;
}

export function readSkiaPdf(pdf: Uint8Array): SkiaPdf | undefined {
  const layout = layoutOf(pdf);
  if (!layout) return undefined;
  const spans = extents(layout);
  const dictionary = (n: number) => {
    const extent = spans.get(n);
    return extent ? dictionaryAt(pdf, n, extent) : undefined;
  };
  const catalog = dictionary(layout.root);
  const info = dictionary(layout.info);
  if (!catalog || !info || !/\/Type\s*\/Catalog\b/.test(catalog)) return undefined;
  return {
    catalog,
    info,
    dictionary,
    withObjects: (edits) => replaceObjects(pdf, layout, spans, new Map([
      ...(edits.catalog !== undefined ? [[layout.root, edits.catalog] as const] : []),
      ...(edits.info !== undefined ? [[layout.info, edits.info] as const] : []),
    ])),
  };
}

/** The PDF with `edits` (object number → new dictionary text); a new table; the trailer as it was. */
function replaceObjects(pdf: Uint8Array, layout: Layout, spans: Map<number, [number, number]>, edits: ObjectEdits): Uint8Array {
  const order = [...spans].sort((a, b) => a[1][0] - b[1][0]);
  const parts: Uint8Array[] = [pdf.subarray(0, order[0]?.[1][0] ?? layout.xrefAt)];
  const offsets = [...layout.offsets];
  let at = parts[0]!.length;
  for (const [n, [from, to]] of order) {
    offsets[n] = at;
    const text = edits.get(n);
    const part = text === undefined ? pdf.subarray(from, to) : Buffer.from(`${n} 0 obj\n${text}\nendobj\n`, 'latin1');
    parts.push(part);
    at += part.length;
  }
  const rows = offsets.map((offset, n) => (offset === undefined ? `0000000000 ${n === 0 ? '65535' : '00000'} f \n` : `${String(offset).padStart(10, '0')} 00000 n \n`));
  const tail = latin1(pdf, layout.xrefAt, pdf.length);
  const trailer = tail.slice(tail.lastIndexOf('trailer'), tail.lastIndexOf('startxref'));
  parts.push(Buffer.from(`xref\n0 ${offsets.length}\n${rows.join('')}${trailer}startxref\n${at}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** A text string as PDF writes Unicode text: UTF-16BE with its byte order mark, in hexadecimal (as pdf-lib writes it). */
export function pdfText(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

/** A date as PDF writes it, in UTC: `(D:20221012000000Z)`. */
export function pdfDate(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `(D:${date.getUTCFullYear()}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}Z)`;
}

/** The number of pages of a Chromium PDF (its page tree's `/Count`), or `undefined` for another PDF. */
export function skiaPageCount(pdf: Uint8Array): number | undefined {
  const read = readSkiaPdf(pdf);
  const pages = read && /\/Pages (\d+) 0 R/.exec(read.catalog);
  const tree = pages ? read.dictionary(Number(pages[1])) : undefined;
  const count = tree && /\/Type\s*\/Pages\b/.test(tree) ? /\/Count (\d+)/.exec(tree) : undefined;
  return count ? Number(count[1]) : undefined;
}
