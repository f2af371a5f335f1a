/**
 * The PDF's document information (metadata.ts): a real Chromium's PDF is edited in place
 * (skia-pdf.ts), any other PDF goes through pdf-lib. Both give a PDF that poppler and
 * pdf-lib read without complaint, with our fields, the letter's date and no other, and
 * the same pages and text as Chromium printed.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finishPdf, type PdfMetadata } from '../../src/pdf/metadata.js';
import { pageCount } from '../../src/pdf/page-count.js';
import { Printer } from '../../src/pdf/printer.js';
import { pdfInfo, pdfText, tempWorkspace } from '../helpers.js';

const ws = tempWorkspace();
const printer = new Printer();
let chromiumPdf: Uint8Array;
let combinedPdf: Uint8Array;

/** A page printed by a real Chromium, its metadata set as every build sets it. */
async function print(html: string): Promise<Uint8Array> {
  return (await printer.print({ html, paper: 'letter', timeout: 60_000, metadata: META })).pdf;
}

const META: PdfMetadata = {
  title: 'Carta conjunta — «Derechos» 権利 حقوق 𝄞',
  author: 'Amnistía Internacional México; Centro Prodh',
  subject: 'Carta conjunta',
  keywords: ['Amnistía Internacional México', 'Centro Prodh'],
  lang: 'es',
  date: '2022-10-12',
};

const page = (lang: string, body: string) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>A title Chromium writes</title></head><body>${body}</body></html>`;
const ONE = page('es', '<p>Primera página de la carta.</p><p style="break-before: page">Segunda página.</p>');

function save(name: string, pdf: Uint8Array): string {
  const path = join(ws.dir, `${name}.pdf`);
  writeFileSync(path, pdf);
  return path;
}

/** What poppler says on stderr while reading the whole file (a wrong offset is reported as a syntax error). */
function popplerComplaints(path: string): string {
  const info = spawnSync('pdfinfo', [path], { encoding: 'utf8' });
  const text = spawnSync('pdftotext', [path, '/dev/null'], { encoding: 'utf8' });
  return `${info.stderr}${text.stderr}`;
}

/** Every cross-reference entry of a classic table points at the object it names. */
function misplacedObjects(pdf: Uint8Array): number[] {
  const text = Buffer.from(pdf).toString('latin1');
  const start = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
  const head = /^xref\n0 (\d+)\n/.exec(text.slice(start))!;
  const wrong: number[] = [];
  for (let n = 0; n < Number(head[1]); n++) {
    const row = text.slice(start + head[0].length + n * 20, start + head[0].length + n * 20 + 20);
    if (row[17] === 'n' && !text.startsWith(`${n} 0 obj`, Number(row.slice(0, 10)))) wrong.push(n);
  }
  return wrong;
}

beforeAll(async () => {
  chromiumPdf = await print(ONE);
  combinedPdf = await print(page('en', '<p lang="en">English first.</p><p lang="es">Después, español.</p>'));
}, 120_000);
afterAll(async () => {
  await printer.close();
  ws.cleanup();
});

describe('the document information of a Chromium PDF, edited in place', () => {
  it('writes our fields, the letter\'s date and the language, and poppler reads the file without complaint', () => {
    const path = save('edited', chromiumPdf);
    const info = pdfInfo(path);
    expect(info.Producer).toBe('coalition (Chromium)'); // the in-place edit, not pdf-lib
    expect(info.Creator).toBe('coalition');
    expect(info.Title).toBe(META.title);
    expect(info.Author).toBe(META.author);
    expect(info.Subject).toBe(META.subject);
    expect(info.Keywords).toBe('Amnistía Internacional México; Centro Prodh');
    expect(info.CreationDate).toMatch(/^2022-10-12/);
    expect(info.ModDate).toMatch(/^2022-10-12/);
    expect(info.Tagged).toBe('yes');
    expect(info.Pages).toBe('2');
    expect(popplerComplaints(path)).toBe('');
    expect(misplacedObjects(chromiumPdf)).toEqual([]);
    expect(pdfText(path)).toContain('Segunda página.');
  });

  it('leaves no date of the clock in the file, only the letter\'s', () => {
    const dates = [...Buffer.from(chromiumPdf).toString('latin1').matchAll(/D:(\d{8})/g)].map((m) => m[1]);
    expect(dates.length).toBeGreaterThan(0);
    expect(new Set(dates)).toEqual(new Set(['20221012']));
  });

  it('is read the same by pdf-lib, an independent parser: title shown in the window bar, catalog language', async () => {
    const doc = await PDFDocument.load(chromiumPdf, { updateMetadata: false });
    expect(doc.getTitle()).toBe(META.title);
    expect(doc.getAuthor()).toBe(META.author);
    expect(doc.getPageCount()).toBe(2);
    expect((doc.catalog.lookup(PDFName.of('Lang'), PDFString)).decodeText()).toBe('es');
    const prefs = doc.catalog.getOrCreateViewerPreferences();
    expect(prefs.getDisplayDocTitle()).toBe(true);
  });

  it('sets the catalog\'s language when Chromium wrote another (a combined edition states its first)', async () => {
    const path = save('combined', combinedPdf);
    const doc = await PDFDocument.load(combinedPdf, { updateMetadata: false });
    expect((doc.catalog.lookup(PDFName.of('Lang'), PDFString)).decodeText()).toBe('es');
    expect(popplerComplaints(path)).toBe('');
    expect(misplacedObjects(combinedPdf)).toEqual([]);
  });

  it('counts the pages of its own output without pdf-lib, the same as poppler', async () => {
    expect(await pageCount(chromiumPdf)).toBe(2);
  });

  it('gives the same bytes for the same PDF and metadata', async () => {
    const again = await finishPdf(chromiumPdf, META);
    const twice = await finishPdf(chromiumPdf, META);
    expect(Buffer.from(again.pdf).equals(Buffer.from(twice.pdf))).toBe(true);
    expect(pdfInfo(save('again', again.pdf)).Producer).toBe('coalition (Chromium)');
  });
});

describe('a PDF of another layout', () => {
  it('goes through pdf-lib: same fields and pages (object streams, as pdf-lib writes by default)', async () => {
    const other = await (await PDFDocument.load(chromiumPdf)).save({ useObjectStreams: true });
    const finished = await finishPdf(other, { ...META, title: 'Another layout' });
    const path = save('pdf-lib', finished.pdf);
    const info = pdfInfo(path);
    expect(info.Producer).toBe('coalition (Chromium, pdf-lib)');
    expect(info.Title).toBe('Another layout');
    expect(info.Author).toBe(META.author);
    expect(info.CreationDate).toMatch(/^2022-10-12/);
    expect(info.Pages).toBe('2');
    expect(popplerComplaints(path)).toBe('');
    expect(await pageCount(other)).toBe(2);
  });

  it('is not edited in place when its table claims more entries than the file holds: pdf-lib then', async () => {
    const text = Buffer.from(chromiumPdf).toString('latin1');
    const size = /\/Size (\d+)/.exec(text.slice(text.lastIndexOf('trailer')))![1]!;
    const at = text.lastIndexOf('\nxref\n') + 1;
    const claimed = Buffer.from(text.slice(0, at) + text.slice(at).replace(`xref\n0 ${size}\n`, 'xref\n0 99999\n').replace(`/Size ${size}`, '/Size 99999'), 'latin1');
    const finished = await finishPdf(claimed, META);
    expect(pdfInfo(save('claimed-finished', finished.pdf)).Producer).toBe('coalition (Chromium, pdf-lib)');
  });

  it('is not edited in place when its trailer holds more than Chromium writes: pdf-lib then', async () => {
    // A file identifier in the trailer: not Chromium's layout. The in-place edit never
    // rewrites a file it only half understands.
    const text = Buffer.from(chromiumPdf).toString('latin1');
    const at = text.lastIndexOf('trailer');
    const withId = Buffer.from(text.slice(0, at) + text.slice(at).replace('>>', '\n/ID [<0A0B> <0A0B>]>>'), 'latin1');
    expect(popplerComplaints(save('with-id', withId))).toBe('');
    const finished = await finishPdf(withId, META);
    const path = save('with-id-finished', finished.pdf);
    expect(pdfInfo(path).Producer).toBe('coalition (Chromium, pdf-lib)');
    expect(pdfInfo(path).Pages).toBe('2');
    expect(await pageCount(withId)).toBe(2);
  });
});
