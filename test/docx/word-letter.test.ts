/**
 * `build --format docx`: every Word file is opened by LibreOffice (converted to PDF in
 * one run) and read back with poppler, and its XML is read from the file itself:
 * the sample letter's paragraphs, greeting and signatories in order, the page footer
 * from page 2 in the letter's language, a page count within one of our own PDF's;
 * Word's style names, a language tag on every run and paragraph, the document
 * properties, the same bytes for the same letter; combined editions, drafts, numbered
 * paragraphs and a reference document; and a letter of hostile markup, which reaches
 * no server while built or opened, embeds nothing from outside the workspace, and
 * still opens. All the Word files are opened by one LibreOffice run: each start costs
 * seconds.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { Document, Footer, Packer, Paragraph, TextRun } from 'docx';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZipParts } from '../../src/render/docx/zip-parts.js';
import { cliInThisProcess, pdfInfo, pdfText, sampleWorkspace } from '../helpers.js';
import { FEATURED_REGISTRY, featuredLetter, logoSvg } from '../layout/featured-letter.js';
import { recordingServer, type RecordingServer } from '../hostile/recording-server.js';
import { hostileWordWorkspace, MARKER, SECRET_PNG } from './hostile-word-letter.js';
import { convertWithLibreOffice } from './libreoffice.js';

const NAME = '2022-10-12-us-mexico-security-dialogue';
let ws: { dir: string; cleanup: () => void };
let out: string;
/** The Word files under test, copied under short names into one folder for LibreOffice. */
let word: string;
/** Word file → the PDF LibreOffice made of it. */
let opened: Map<string, string>;
const docx = (name: string) => join(word, `${name}.docx`);
const lo = (name: string) => opened.get(docx(name))!;
/** The hostile letter: its workspace, the server its links point at, and its build's result. */
let server: RecordingServer;
let hostile: ReturnType<typeof hostileWordWorkspace>;
let hostileBuild: { code: number; stdout: string; stderr: string };

/** A featured letter with everything a letter can hold: a pending signer, numbered paragraphs, quotes, lists, links. */
function richLetter(): string {
  return featuredLetter()
    .replace('signatories: [wola, centro-prodh, serapaz, jane-roe]', 'signatories: [wola, centro-prodh, serapaz, jane-roe, { id: coalition, status: pending }]')
    .replace('closing: {', 'numbered_paragraphs: true\nclosing: {')
    .replace('  group_by: country\n', '  group_by: country\n  columns: 2\n')
    .replace('## Recommendations', 'A second paragraph with *emphasis*, **strength** and [a link](https://example.org/report).\n\n> A quoted sentence.\n\n- First point\n- Second point\n\n## Recommendations');
}

/** A house style: Arial body text, A4 with narrow margins, and a footer of its own. */
async function referenceDocx(): Promise<Uint8Array> {
  const doc = new Document({
    styles: { paragraphStyles: [{ id: 'BodyText', name: 'Body Text', basedOn: 'Normal', run: { font: 'Arial', size: 20 } }] },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1000, right: 1000, bottom: 1000, left: 1000 } } },
      footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun('House footer of the coalition')] })] }) },
      children: [new Paragraph('Reference')],
    }],
  });
  return Packer.toBuffer(doc);
}

function text(pdf: string, page?: number): string {
  return page === undefined
    ? pdfText(pdf)
    : execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
}

/** Text compared without whitespace, case (small capitals) or page furniture: line breaks and footers fall anywhere in a paragraph. */
function flat(value: string): string {
  return value.normalize('NFKC').replace(/^(Page \d+ of \d+|Página \d+ de \d+|DRAFT|BORRADOR)$/gm, '').replace(/\s+/g, '').toLowerCase();
}

function expectInOrder(haystack: string, needles: string[]): void {
  let at = -1;
  for (const needle of needles) {
    const found = flat(haystack).indexOf(flat(needle), at + 1);
    expect(found, `"${needle.slice(0, 60)}…" in order`).toBeGreaterThan(at);
    at = found;
  }
}

function pages(pdf: string): number {
  return Number(pdfInfo(pdf).Pages);
}

function parts(file: string): ZipParts {
  return ZipParts.read(readFileSync(file), file);
}

beforeAll(async () => {
  ws = sampleWorkspace();
  out = join(ws.dir, 'out');
  writeFileSync(join(ws.dir, 'letters', 'rich.md'), richLetter());
  // The featured letter's signers the sample's registry lacks, and their logos.
  const registry = readFileSync(join(ws.dir, 'signatories.yaml'), 'utf8');
  const entries = FEATURED_REGISTRY.split(/\n(?=  [a-z-]+:\n)/).filter((entry) => /^  (coalition|jane-roe):/.test(entry));
  writeFileSync(join(ws.dir, 'signatories.yaml'), `${registry}\n${entries.join('\n')}\n`);
  mkdirSync(join(ws.dir, 'logos'));
  for (const [name, color, label] of [['coalition', '#1f3a5f', 'CRS'], ['wola', '#0b6e4f', 'WOLA'], ['prodh', '#8a1c1c', 'Prodh']] as const) {
    writeFileSync(join(ws.dir, 'logos', `${name}.svg`), logoSvg(color, label));
  }
  writeFileSync(join(ws.dir, 'reference.docx'), await referenceDocx());

  const runs = [
    ['build', 'us-mexico-security-dialogue', '--format', 'html,pdf,docx'],
    ['build', 'us-mexico-security-dialogue', '--format', 'pdf,docx', '--bilingual', 'sequential', '--out', 'out-sequential'],
    ['build', 'us-mexico-security-dialogue', '--format', 'pdf,docx', '--bilingual', 'parallel', '--out', 'out-parallel'],
    ['build', 'rich', '--format', 'html,pdf,docx', '--draft', '--lang', 'en'],
    ['build', 'us-mexico-security-dialogue', '--format', 'docx', '--lang', 'en', '--reference-docx', 'reference.docx', '--out', 'out-reference'],
  ];
  for (const args of runs) {
    const result = await cliInThisProcess(args, { cwd: ws.dir });
    expect(result.code, `${args.join(' ')}\n${result.stderr}`).toBe(0);
  }
  server = await recordingServer();
  hostile = hostileWordWorkspace(server.base);
  hostileBuild = await cliInThisProcess(['build', 'hostile', '--format', 'docx'], { cwd: hostile.ws });
  word = join(ws.dir, 'word');
  mkdirSync(word);
  const files: Record<string, string> = {
    en: join(out, `${NAME}.en.docx`),
    es: join(out, `${NAME}.es.docx`),
    sequential: join(ws.dir, 'out-sequential', `${NAME}.en-es.docx`),
    parallel: join(ws.dir, 'out-parallel', `${NAME}.en-es.docx`),
    rich: join(out, '2022-10-12-rich.en.docx'),
    reference: join(ws.dir, 'out-reference', `${NAME}.en.docx`),
    ...(hostileBuild.code === 0 ? { hostile: join(hostile.ws, 'out', '2022-10-12-hostile.en.docx') } : {}),
  };
  for (const [name, file] of Object.entries(files)) copyFileSync(file, docx(name));
  const pdfs = join(ws.dir, 'libreoffice');
  mkdirSync(pdfs);
  opened = convertWithLibreOffice(Object.keys(files).map(docx), pdfs);
}, 300_000);

afterAll(async () => {
  ws?.cleanup();
  hostile?.cleanup();
  await server?.close();
});

describe('the sample letter in Word, opened by LibreOffice', () => {
  it('holds the paragraphs in order, the greeting before them, the signatories after, in the PDF\'s order', () => {
    const letter = readFileSync(join(ws.dir, 'letters', `${NAME}.md`), 'utf8');
    const english = letter.slice(letter.indexOf('::: en') + 6, letter.indexOf(':::', letter.indexOf('::: en') + 6));
    const paragraphs = english.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)
      .flatMap((p) => (p.startsWith('- ') ? p.split('\n').map((item) => item.replace(/^- /, '')) : [p]));
    expect(paragraphs.length).toBeGreaterThan(10);
    const html = readFileSync(join(out, `${NAME}.en.html`), 'utf8');
    const signers = [...html.matchAll(/<li class="signer[^"]*">([^<]+)</g)].map((m) => m[1]!.replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
    expect(signers).toHaveLength(12);

    const word = text(lo('en'));
    expectInOrder(word, ['U.S. Secretary of State Antony Blinken', 'Dear Secretary Blinken and Secretary Ebrard,', ...paragraphs, ...signers]);
  });

  it('numbers pages from page 2 in the letter\'s language, with as many pages as our PDF, give or take one', () => {
    for (const [lang, footer] of [['en', 'Page'], ['es', 'Página']] as const) {
      const pdf = lo(lang);
      const n = pages(pdf);
      expect(Math.abs(n - pages(join(out, `${NAME}.${lang}.pdf`)))).toBeLessThanOrEqual(1);
      expect(n).toBeGreaterThan(1);
      expect(text(pdf, 1)).not.toMatch(/Page \d|Página \d/);
      const of = lang === 'en' ? 'of' : 'de';
      for (let page = 2; page <= n; page++) expect(text(pdf, page)).toContain(`${footer} ${page} ${of} ${n}`);
    }
  });

  it('is also read by mammoth, paragraph by paragraph, with the letter\'s own named styles', async () => {
    const file = docx('es');
    const raw = await mammoth.extractRawText({ path: file });
    expect(raw.value).toContain('Estimados Secretario Blinken y Secretario Ebrard:');
    const html = await mammoth.convertToHtml({ path: file });
    const unmapped = html.messages.map((m) => m.message).join('\n');
    // mammoth names every style it has no mapping for: these are the letter's own.
    for (const style of ['Addressee', 'Salutation', 'Signatory', 'Date']) expect(unmapped).toContain(`'${style}'`);
    expect(html.value).toContain('<ul><li>“Prevenir y reducir');
  });
});

describe('the Word file itself', () => {
  it('uses Word\'s standard style names and named styles of ours for the rest', () => {
    const zip = parts(docx('en'));
    const styles = zip.text('word/styles.xml')!;
    const named = (id: string) => new RegExp(`w:styleId="${id}"[^>]*><w:name w:val="([^"]+)"`).exec(styles)?.[1];
    expect(named('Normal')).toBe('Normal');
    expect(named('Title')).toBe('Title');
    expect(named('Heading1')).toBe('heading 1');
    expect(named('BodyText')).toBe('Body Text');
    expect(named('ListBullet')).toBe('List Bullet');
    expect(named('ListNumber')).toBe('List Number');
    expect(named('Quote')).toBe('Quote');
    expect(named('Salutation')).toBe('Salutation');
    expect(named('Addressee')).toBe('Addressee');
    expect(named('SignatoryGroup')).toBe('Signatory Group');
    expect(named('Signatory')).toBe('Signatory');
    const used = new Set([...zip.text('word/document.xml')!.matchAll(/<w:pStyle w:val="([^"]+)"/g)].map((m) => m[1]));
    for (const style of ['Title', 'Date', 'Addressee', 'Salutation', 'BodyText', 'ListBullet', 'Signatory']) expect(used).toContain(style);
  });

  it('tags every run and every paragraph with its language', () => {
    for (const [file, tags] of [[docx('es'), ['es-MX']], [docx('parallel'), ['en-US', 'es-MX']]] as const) {
      const xml = parts(file).text('word/document.xml')!;
      const runs = [...xml.matchAll(/<w:r>([^]*?)<\/w:r>/g)].map((m) => m[1]!);
      const paragraphs = [...xml.matchAll(/<w:p>([^]*?)<\/w:p>/g)].map((m) => m[1]!);
      expect(runs.length).toBeGreaterThan(30);
      expect(runs.filter((r) => !/<w:lang w:val="[a-z]{2}-[A-Z]{2}"/.test(r))).toEqual([]);
      expect(paragraphs.filter((p) => !/<w:pPr>[^]*<w:rPr><w:lang w:val=/.test(p))).toEqual([]);
      const found = new Set([...xml.matchAll(/<w:lang w:val="([^"]+)"/g)].map((m) => m[1]));
      expect([...found].sort()).toEqual([...tags]);
    }
    // Spanish paragraphs are tagged Spanish in the combined edition.
    const combined = parts(docx('parallel')).text('word/document.xml')!;
    expect(combined).toMatch(/<w:lang w:val="es-MX"\/><\/w:rPr><w:t xml:space="preserve">Las organizaciones de la sociedad civil/);
  });

  it('carries the PDF\'s document properties, dated with the letter', () => {
    const core = parts(docx('en')).text('docProps/core.xml')!;
    const field = (name: string) => new RegExp(`<${name}[^>]*>([^<]*)</${name}>`).exec(core)?.[1];
    expect(field('dc:title')).toBe('Letter from Human Rights Groups to US Secretary of State Antony Blinken and Mexican Secretary of Foreign Affairs Marcelo Ebrard');
    expect(field('dc:subject')).toBe(field('dc:title'));
    expect(field('dc:creator')).toContain('Amnistía Internacional México; ');
    expect(field('cp:keywords')).toContain('WOLA');
    expect(field('dc:language')).toBe('en-US');
    expect(field('dcterms:created')).toBe('2022-10-12T00:00:00Z');
    expect(field('dcterms:modified')).toBe('2022-10-12T00:00:00Z');
    expect(pdfInfo(join(out, `${NAME}.en.pdf`)).Title).toBe(field('dc:title'));
  });

  it('is the same file, byte for byte, when built again', async () => {
    const again = await cliInThisProcess(['build', 'us-mexico-security-dialogue', '--format', 'docx', '--out', 'out-again'], { cwd: ws.dir });
    expect(again.code, again.stderr).toBe(0);
    for (const lang of ['en', 'es']) {
      expect(readFileSync(join(ws.dir, 'out-again', `${NAME}.${lang}.docx`)).equals(readFileSync(docx(lang)))).toBe(true);
    }
  });
});

describe('combined editions in Word', () => {
  it('sequential: each language a part of its own, its pages numbered from 1 in its language', () => {
    const pdf = lo('sequential');
    const n = pages(pdf);
    expect(Math.abs(n - pages(join(ws.dir, 'out-sequential', `${NAME}.en-es.pdf`)))).toBeLessThanOrEqual(1);
    const spanishStarts = Array.from({ length: n }, (_, i) => i + 1).find((page) => text(pdf, page).includes('Carta de organizaciones de derechos humanos'))!;
    expect(spanishStarts).toBeGreaterThan(2);
    const english = spanishStarts - 1;
    const spanish = n - english;
    expect(text(pdf, 1)).not.toMatch(/Page \d/);
    for (let page = 2; page <= english; page++) expect(text(pdf, page)).toContain(`Page ${page} of ${english}`);
    expect(text(pdf, spanishStarts)).not.toMatch(/Página \d|Page \d/);
    for (let page = 2; page <= spanish; page++) expect(text(pdf, english + page)).toContain(`Página ${page} de ${spanish}`);
  });

  it('parallel: the languages side by side, paragraph by paragraph, in a two-column table', () => {
    const pdf = lo('parallel');
    expect(Math.abs(pages(pdf) - pages(join(ws.dir, 'out-parallel', `${NAME}.en-es.pdf`)))).toBeLessThanOrEqual(1);
    const first = flat(text(pdf, 1));
    expect(first).toContain(flat('Dear Secretary Blinken and Secretary Ebrard,'));
    expect(first).toContain(flat('Estimados Secretario Blinken y Secretario Ebrard:'));
    const xml = parts(docx('parallel')).text('word/document.xml')!;
    const rows = [...xml.matchAll(/<w:tr\b[^>]*>([^]*?)<\/w:tr>/g)].map((m) => [...m[1]!.matchAll(/<w:tc>/g)].length);
    expect(rows.length).toBeGreaterThan(10);
    expect(new Set(rows)).toEqual(new Set([2]));
    // One signatory list, after the table, headed in both languages when they differ.
    expect([...xml.matchAll(/Amnistía Internacional México/g)]).toHaveLength(1);
  });
});

describe('everything a letter can hold, as a draft', () => {
  it('marks every page DRAFT and the pending signer, and prints letterhead, subject, quote, lists, closing, signatories in two columns, and cc', () => {
    const pdf = lo('rich');
    expect(Math.abs(pages(pdf) - pages(join(out, '2022-10-12-rich.en.pdf')))).toBeLessThanOrEqual(1);
    // The list in a section of two columns of its own, between the letter and the cc.
    const xml = parts(docx('rich')).text('word/document.xml')!;
    expect([...xml.matchAll(/<w:sectPr>[^]*?<\/w:sectPr>/g)].map((m) => /w:num="(\d)"/.exec(m[0])?.[1] ?? '1')).toEqual(['1', '2', '1']);
    expect(xml.indexOf('Washington Office on Latin America')).toBeLessThan(xml.indexOf('<w:cols w:space="400" w:num="2"'));
    for (let page = 1; page <= pages(pdf); page++) expect(text(pdf, page)).toContain('DRAFT');
    expectInOrder(text(pdf), [
      'Coalition for Rights and Security', 'Joint Letter on the “Security” Dialogue', 'Mexico City, October 12, 2022',
      'U.S. Secretary of State Antony Blinken', 'U.S. Department of State', 'Re: High-Level Security Dialogue', 'Dear Secretary Blinken,',
      '1. We, the undersigned organizations', '2. A second paragraph with emphasis, strength and a link.',
      'A quoted sentence.', '• First point', '• Second point', 'Recommendations', '1. Prevent and reduce substance abuse.',
      'Sincerely,', 'Signed,', 'Mexico', 'Jane Roe', 'Professor of Law', 'United States', 'Washington Office on Latin America',
      'Affiliations are listed for identification purposes only.', 'cc: Ken Salazar, U.S. Ambassador to Mexico',
    ]);
    expect(text(pdf)).toMatch(/Coalition for Rights and Security\s*\(pending\)/);
    // In two columns, as the PDF prints it: an individual's title and affiliation on the line under the name.
    expect(text(pdf)).toMatch(/Jane Roe\n\s*Professor of Law/);
  });

  it('numbers the body\'s paragraphs in the HTML, the PDF and the Word file alike, lists and quotes keeping their own marks', () => {
    const html = readFileSync(join(out, '2022-10-12-rich.en.html'), 'utf8');
    expect([...html.matchAll(/<span class="paragraph-number">(\d+)\. <\/span>/g)].map((m) => m[1])).toEqual(['1', '2']);
    expectInOrder(text(join(out, '2022-10-12-rich.en.pdf')), ['1. We, the undersigned', '2. A second paragraph', 'A quoted sentence.', 'First point']);
    const xml = parts(docx('rich')).text('word/document.xml')!;
    const body = [...xml.matchAll(/<w:p>([^]*?)<\/w:p>/g)].map((m) => m[1]!).filter((p) => p.includes('<w:pStyle w:val="BodyText"/>'));
    expect(body).toHaveLength(2);
    expect(body.every((p) => p.includes('<w:numPr>'))).toBe(true);
    expect(xml).toMatch(/<w:pStyle w:val="Quote"\/>(?:(?!<\/w:p>)[^])*A quoted sentence/);
    expect(xml).toMatch(/<w:pStyle w:val="ListNumber"\/><w:numPr>/);
    // The Word file numbers them itself: no "1." typed into the text.
    expect(xml).not.toContain('>1. <');
  });

  it('embeds the letterhead and signer logos from the workspace, with a web link only to a web address', () => {
    const zip = parts(docx('rich'));
    // The letterhead's logo and the (pending) coalition's in the signers' grid: one SVG, stored once.
    expect(zip.names().filter((n) => n.startsWith('word/media/')).length).toBeGreaterThanOrEqual(1);
    expect([...zip.text('word/document.xml')!.matchAll(/<w:drawing>/g)]).toHaveLength(2);
    const rels = zip.text('word/_rels/document.xml.rels')!;
    const external = [...rels.matchAll(/Target="([^"]+)" TargetMode="External"/g)].map((m) => m[1]);
    expect(external).toEqual(['https://example.org/report']);
  });
});

describe('a reference document', () => {
  it('lends its styles, page size and footer', () => {
    const pdf = lo('reference');
    expect(pdfInfo(pdf)['Page size']).toMatch(/^595\.\d* x 841\.\d*/);
    expect(text(pdf, 2)).toContain('House footer of the coalition');
    const styles = parts(docx('reference')).text('word/styles.xml')!;
    expect(styles).toMatch(/w:styleId="BodyText"[^]*?w:ascii="Arial"/);
    // Styles it lacks are the letter's own.
    expect(styles).toContain('w:styleId="Signatory"');
  });
});

describe('a Word letter of hostile markup', () => {
  it('reaches no server, embeds nothing from outside the workspace, and still opens', async () => {
    const result = hostileBuild;
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/image-refused .*img\/link\.png.* outside the workspace/);
    expect(result.stderr).toMatch(/docx-image-left-out .*remote svg.*outside itself/);
    expect(result.stderr).toMatch(/docx-image-left-out .*webp.*WebP/);

    const file = join(hostile.ws, 'out', '2022-10-12-hostile.en.docx');
    const bytes = readFileSync(file);
    const zip = ZipParts.read(bytes, file);
    const everything = zip.names().map((name) => Buffer.from(zip.bytes(name)!).toString('latin1')).join('\n');
    expect(everything).not.toContain(MARKER);
    expect(everything).not.toContain(Buffer.from(MARKER).toString('base64').slice(0, 16));
    expect(everything).not.toContain(SECRET_PNG.subarray(0, 40).toString('latin1').slice(16));

    // Links only to web addresses; no other external part (image, template, frame, object).
    const externals = zip.names().filter((n) => n.endsWith('.rels'))
      .flatMap((n) => [...zip.text(n)!.matchAll(/<Relationship\b[^>]*TargetMode="External"[^>]*>/g)].map((m) => m[0]));
    expect(externals.length).toBeGreaterThan(0);
    for (const rel of externals) {
      expect(rel).toMatch(/relationships\/hyperlink"/);
      expect(rel).toMatch(/Target="https?:\/\//);
    }
    // No field, macro, embedded object or imported part from the text.
    const document = zip.text('word/document.xml')!;
    expect(document).not.toMatch(/<w:fldChar|<w:instrText|<w:fldSimple|<w:object|<w:altChunk|<w:subDoc|<v:imagedata/);
    expect(zip.names().filter((n) => /vbaProject|activeX|embeddings|oleObject/i.test(n))).toEqual([]);
    expect(zip.text('word/settings.xml')).not.toMatch(/attachedTemplate|w:updateFields/);

    // Opened by LibreOffice (with the other Word files): it shows the text, field codes as plain text, and fetches nothing.
    const text = pdfText(lo('hostile')).replace(/\s+/g, ' ');
    expect(text).toContain('Hostile letter body, printed.');
    expect(text).toContain('{ DDEAUTO');
    expect(text).not.toContain(MARKER);
    expect(server.requests, 'the local server was reached').toEqual([]);
  });

  it('the recording server does record requests (so an empty list means something)', async () => {
    const before = server.requests.length;
    await fetch(`${server.base}/probe`);
    expect(server.requests.length).toBe(before + 1);
    server.requests.length = before;
  });
});
