/**
 * Letters shaped like published coalition letters (test/fixtures/medicines): a list of
 * 98 organizations in two sections with each one's country, a collective addressee, a
 * list grouped by country inside sections, organizations and individuals in sections;
 * and letters whose closing would fall at the top of a page. One build prints them
 * all; the layout facts are read back from the PDFs, positions with pdftotext -bbox.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ZipParts } from '../../src/render/docx/zip-parts.js';
import { cliInThisProcess, normalizeSpace, pdfText, REPO, tempWorkspace } from '../helpers.js';
import { pageTexts } from './layout-facts.js';
import { pdfLines, type PdfLine } from './pdf-lines.js';

const FIXTURE = join(REPO, 'test', 'fixtures', 'medicines');
const TRIPS = '2021-06-08-trips-waiver';
const CENTRAL = '2021-09-15-central-america-health';
const MIXED = '2023-03-02-pandemic-agreement';
/** Letters whose first paragraph grows a line at a time, moving the closing down the page past the page's end. */
const CLOSINGS = Array.from({ length: 10 }, (_, k) => `2022-01-${String(k + 1).padStart(2, '0')}-closing-${k}`);

let ws: { dir: string; cleanup: () => void };
const out = (name: string) => join(ws.dir, 'out', name);
const html = (name: string) => readFileSync(out(name), 'utf8');
const registry = parse(readFileSync(join(FIXTURE, 'signatories.yaml'), 'utf8')).signatories as Record<string, { name: string; short?: string; kind?: string }>;
const typeset = (text: string) => text.replace(/'/g, '’');

function closingLetter(k: number): string {
  const filler = 'The coalition repeats its concern about the delays. '.repeat(2 + Math.round(k * 1.8));
  const paragraph = 'We write again about access to essential medicines, and about the decisions that remain open before the next meeting of the council, where the matter will be discussed. ';
  return `---\ntitle: Closing test ${k}\ndate: 2022-01-${String(k + 1).padStart(2, '0')}\nclosing: "Sincerely,"\n---\n\n${filler}\n\n${Array.from({ length: 4 }, () => paragraph.repeat(3)).join('\n\n')}\n\nLast paragraph ${k}: we thank you for your attention and look forward to your reply on these points, which we will follow closely.\n`;
}

beforeAll(async () => {
  ws = tempWorkspace();
  cpSync(FIXTURE, ws.dir, { recursive: true });
  CLOSINGS.forEach((name, k) => writeFileSync(join(ws.dir, 'letters', `${name}.md`), closingLetter(k)));
  const result = await cliInThisProcess(['build', '--out', 'out'], { cwd: ws.dir });
  expect(result.code, result.stderr).toBe(0);
}, 300_000);

afterAll(() => ws?.cleanup());

/** The ids a letter lists, section starts left out. */
function letterIds(name: string): string[] {
  const text = readFileSync(join(FIXTURE, 'letters', `${name}.md`), 'utf8');
  return [...text.matchAll(/^  - ([a-z0-9-]+)$/gm)].map((m) => m[1]!);
}

/** The section headings and the signers' printed names, in document order, from the HTML. */
function sectionsOf(page: string): { heading: string; names: string[]; kinds: string[] }[] {
  const sections: { heading: string; names: string[]; kinds: string[] }[] = [];
  for (const m of page.matchAll(/<h3 class="section-heading">([^<]*)<\/h3>|<li class="signer signer-(\w+)[^"]*">(?:<span class="signer-name">)?([^<]*)</g)) {
    if (m[1] !== undefined) sections.push({ heading: m[1], names: [], kinds: [] });
    else {
      sections.at(-1)!.names.push(m[3]!);
      sections.at(-1)!.kinds.push(m[2]!);
    }
  }
  return sections;
}

describe('a 98-organization letter in two sections, with countries, to "All WTO Members"', () => {
  it('prints its two sections in order, each sorted by the language\'s collation', () => {
    for (const lang of ['en', 'es']) {
      const sections = sectionsOf(html(`${TRIPS}.${lang}.html`));
      expect(sections.map((s) => s.heading)).toEqual(lang === 'en'
        ? ['International and regional networks:', 'National organizations:']
        : ['Redes internacionales y regionales:', 'Organizaciones nacionales:']);
      expect(sections.map((s) => s.names.length)).toEqual([14, 84]);
      for (const { names } of sections) expect(names).toEqual([...names].sort(new Intl.Collator(lang, { numeric: true }).compare));
    }
  });

  it('prints every signer once, in the PDF, with its country after the name and the count under the heading', () => {
    const text = normalizeSpace(pdfText(out(`${TRIPS}.en.pdf`)));
    const ids = letterIds(TRIPS);
    expect(ids).toHaveLength(98);
    // Compared without spaces: a long unbroken name is wrapped inside the word.
    const compact = (s: string) => s.replace(/\s+/g, '');
    const all = compact(text);
    for (const id of ids) {
      const entry = registry[id]!;
      const name = compact(typeset(entry.short ? `${entry.name} (${entry.short})` : entry.name));
      expect(all.split(name).length - 1, name).toBe(1);
    }
    expect(text).toContain('Signed, 98 organizations from 34 countries International and regional networks:');
    expect(text).toContain('Third World Network (TWN) — Malaysia');
    expect(text).toContain('People’s Health Movement (PHM) — South Africa');
    expect(text.indexOf('International and regional networks:')).toBeLessThan(text.indexOf('National organizations:'));
    const es = normalizeSpace(pdfText(out(`${TRIPS}.es.pdf`)));
    expect(es).toContain('Firman, 98 organizaciones de 34 países Redes internacionales y regionales:');
    expect(es).toContain('Third World Network (TWN) — Malasia');
  });

  it('addresses its collective addressee as written, with no address line, and greets it without gender agreement', () => {
    const en = html(`${TRIPS}.en.html`);
    expect(en).toMatch(/<address class="addressees">\s*<p class="addressee"><span class="addressee-line">All WTO Members<\/span><\/p>\s*<\/address>/);
    expect(en).toContain('<p class="greeting">Dear WTO Members,</p>');
    const es = html(`${TRIPS}.es.html`);
    expect(es).toContain('<span class="addressee-line">Todos los Miembros de la OMC</span></p>');
    expect(es).toContain('<p class="greeting">Estimados Miembros de la OMC:</p>');
  });

  it('prints a paragraph pasted with a leading tab or four spaces as a paragraph, in the body\'s font, at the margin', () => {
    const en = html(`${TRIPS}.en.html`);
    expect(en).not.toMatch(/<pre|<code/);
    expect(en).toMatch(/<p>More than a year into the pandemic/);
    expect(en).toMatch(/<p>We ask Members to move/);
    const lines = pdfLines(out(`${TRIPS}.en.pdf`));
    const start = (prefix: string) => lines.find((l) => l.text.startsWith(prefix))!;
    const margin = start('We, the undersigned').xMin;
    expect(start('More than a year').xMin).toBeCloseTo(margin, 0);
    expect(start('We ask Members').xMin).toBeCloseTo(margin, 0);
    const fonts = execFileSync('pdffonts', [out(`${TRIPS}.en.pdf`)], { encoding: 'utf8' }).trim().split('\n').slice(2);
    for (const font of fonts) expect(font).toMatch(/SourceSerif4/);
  });

  it('indents a second cc line like the first', () => {
    const lines = pdfLines(out(`${TRIPS}.en.pdf`));
    const first = lines.find((l) => l.text.startsWith('cc: Ngozi'))!;
    const second = lines.find((l) => l.text.startsWith('Dagfinn'))!;
    const name = first.words.find((w) => w.text === 'Ngozi')!;
    expect(second.page).toBe(first.page);
    expect(name.xMin).toBeGreaterThan(first.xMin + 5);
    expect(second.xMin).toBeCloseTo(name.xMin, 0);
  });

  it('wraps a long unbroken name inside its column', () => {
    const long = pdfLines(out(`${TRIPS}.en.pdf`)).filter((l) => l.text.includes('accesoamedicamentos'));
    expect(long.length).toBeGreaterThan(0);
    const width = 612;
    const right = width - 72;
    // Both columns of every list page: no word of the left column reaches the middle, none of the right one the margin.
    const list = listLines(out(`${TRIPS}.en.pdf`));
    const cc = list.findIndex((l) => l.text.startsWith('cc:'));
    list.splice(cc);
    for (const line of list) {
      for (const word of line.words) {
        if (line.xMin < width / 2) expect(word.xMax, `"${word.text}" (page ${line.page}) runs into the right column`).toBeLessThan(width / 2);
        else expect(word.xMax, `"${word.text}" (page ${line.page}) runs past the margin`).toBeLessThanOrEqual(right + 1);
      }
    }
  });

  it('exports the list as printed with status --csv', async () => {
    const result = await cliInThisProcess(['status', TRIPS, '--csv', '--lang', 'es'], { cwd: ws.dir });
    expect(result.code, result.stderr).toBe(0);
    const rows = result.stdout.trim().split('\n');
    expect(rows[0]).toBe('number,section,group,signatory,details,id,status');
    expect(rows).toHaveLength(99);
    expect(rows[1]).toBe(',Redes internacionales y regionales:,,Access to Medicines Network (AMN),,access-to-medicines-network,confirmed');
    expect(rows[15]).toBe(',Organizaciones nacionales:,,Acceso a la Justicia para Migrantes,México,acceso-a-la-justicia-para,confirmed');
    expect(rows.slice(1).map((r) => r.split(',').at(-2))).toEqual(sectionsOf(html(`${TRIPS}.es.html`)).flatMap((s) => s.names).map((n) => Object.entries(registry).find(([, e]) => typeset(e.short ? `${e.name} (${e.short})` : e.name) === n)![0]));
  });
});

/** The lines of the signatory list: after the heading, without the page numbers. */
function listLines(pdf: string): PdfLine[] {
  const lines = pdfLines(pdf);
  const heading = lines.find((l) => l.text === 'Signed,')!;
  return lines.filter((l) => !/^Page \d+ of \d+$/.test(l.text) && (l.page > heading.page || (l.page === heading.page && l.yMin > heading.yMin)));
}

describe('a list grouped by country inside sections', () => {
  it('repeats a group\'s heading, "(cont.)", exactly where the group goes on in another column or page', () => {
    const page = html(`${CENTRAL}.en.html`);
    // Number → its country group, from the HTML.
    const groupOf = new Map<number, string>();
    let group = '';
    let n = 0;
    for (const m of page.matchAll(/<h[34] class="group-heading">([^<]*)<\/h[34]>|<li class="signer/g)) {
      if (m[1] !== undefined) group = m[1];
      else groupOf.set(++n, group);
    }
    expect(n).toBe(37);
    const lines = listLines(out(`${CENTRAL}.en.pdf`));
    const side = (l: PdfLine) => `${l.page}:${l.xMin < 306 ? 'left' : 'right'}`;
    const starts = new Map<number, PdfLine>();
    for (const line of lines) {
      const number = /^(\d+)\.$/.exec(line.words[0]!.text)?.[1];
      if (number) starts.set(Number(number), line);
    }
    expect([...starts.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 37 }, (_, i) => i + 1));
    let continued = 0;
    for (let k = 2; k <= 37; k++) {
      const line = starts.get(k)!;
      const above = lines.filter((l) => side(l) === side(line) && l.yMin < line.yMin).sort((a, b) => a.yMin - b.yMin).at(-1);
      const sameGroup = groupOf.get(k) === groupOf.get(k - 1);
      const newColumn = side(starts.get(k - 1)!) !== side(line) || starts.get(k - 1)!.yMin > line.yMin;
      if (sameGroup && newColumn) {
        continued++;
        expect(above?.text, `entry ${k} continues ${groupOf.get(k)} in another column`).toBe(`${groupOf.get(k)} (cont.)`);
      } else if (!sameGroup) {
        expect(above?.text, `entry ${k} starts ${groupOf.get(k)}`).toBe(groupOf.get(k));
      } else {
        expect(above?.text ?? '', `entry ${k}`).not.toMatch(/\(cont\.\)$/);
      }
    }
    expect(continued, 'the fixture has a group that continues in another column').toBeGreaterThan(0);
    expect(lines.filter((l) => l.text.endsWith('(cont.)'))).toHaveLength(continued);
  });

  it('prints no addressee block with address_block: false, and each signer\'s city', () => {
    const page = html(`${CENTRAL}.en.html`);
    expect(page).not.toContain('class="addressees"');
    expect(page).toContain('<p class="greeting">Dear Ministers,</p>');
    expect(normalizeSpace(pdfText(out(`${CENTRAL}.es.pdf`)))).toContain('Asociación Kukulcán — Tegucigalpa');
  });
});

describe('a letter from organizations and individuals, in two sections', () => {
  it('lists organizations, then individuals with their affiliations, and counts both', () => {
    const sections = sectionsOf(html(`${MIXED}.en.html`));
    expect(sections.map((s) => s.heading)).toEqual(['Organizations', 'Individuals (affiliations for identification only)']);
    expect(new Set(sections[0]!.kinds)).toEqual(new Set(['organization']));
    expect(new Set(sections[1]!.kinds)).toEqual(new Set(['individual']));
    expect(sections[1]!.names.slice(0, 3)).toEqual(['Thomas Brennan', 'Sofía de la Cruz', 'Lucía Fernández García']);
    const text = normalizeSpace(pdfText(out(`${MIXED}.en.pdf`)));
    expect(text).toContain('Signed, 12 organizations and 10 individuals from 14 countries Organizations');
    expect(text).toContain('Daniel O’Connor');
    expect(text.indexOf('Treatment Action Campaign')).toBeLessThan(text.indexOf('Individuals (affiliations for identification only)'));
    expect(text.indexOf('Individuals (affiliations for identification only)')).toBeLessThan(text.indexOf('Thomas Brennan'));
    expect(normalizeSpace(pdfText(out(`${MIXED}.es.pdf`)))).toContain('Firman, 12 organizaciones y 10 personas de 14 países Organizaciones');
  });
});

describe('the closing', () => {
  it('never starts a page alone: it goes with the end of the last paragraph', () => {
    let nearTop = 0;
    for (const name of CLOSINGS) {
      const pages = pageTexts(out(`${name}.en.pdf`));
      const page = pages.findIndex((t) => t.includes('Sincerely,'));
      expect(page, name).toBeGreaterThanOrEqual(0);
      expect(pages[page]!.startsWith('Sincerely,'), `${name}: the closing starts page ${page + 1}`).toBe(false);
      expect(pages[page], name).toContain('which we will follow closely. Sincerely,');
      if (page > 0 && pages[page]!.indexOf('Sincerely,') < 200) nearTop++;
    }
    // The letters step the closing across a page's end, so some put it right at a page's top.
    expect(nearTop, 'a closing near the top of a page').toBeGreaterThan(0);
  });
});

describe('the sections, the count and the details in Word and in a parallel edition', () => {
  let word: { dir: string; cleanup: () => void };
  /** A Word file's text, a line per paragraph, no-break spaces as spaces. */
  const wordText = (name: string) => ZipParts.read(readFileSync(join(word.dir, 'out', name)), name).text('word/document.xml')!
    .replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/\u00a0/g, ' ');

  beforeAll(async () => {
    word = tempWorkspace();
    cpSync(FIXTURE, word.dir, { recursive: true });
    for (const args of [[TRIPS, '--format', 'docx', '--lang', 'en'], [MIXED, '--format', 'html,docx', '--bilingual', 'parallel']]) {
      const result = await cliInThisProcess(['build', ...args, '--out', 'out'], { cwd: word.dir });
      expect(result.code, result.stderr).toBe(0);
    }
  }, 300_000);
  afterAll(() => word?.cleanup());

  it('prints the Word letter\'s list as the PDF does: count, section headings in order, details after each name', () => {
    const lines = wordText(`${TRIPS}.en.docx`).split('\n');
    expect(lines).toContain('98 organizations from 34 countries');
    expect(lines.indexOf('International and regional networks:')).toBeGreaterThan(lines.indexOf('98 organizations from 34 countries'));
    expect(lines.indexOf('National organizations:')).toBeGreaterThan(lines.indexOf('International and regional networks:'));
    expect(lines).toContain('Third World Network (TWN) — Malaysia');
    expect(lines.indexOf('Fundación IFARMA — Colombia')).toBeGreaterThan(lines.indexOf('National organizations:'));
  });

  it('prints a parallel edition\'s one list with its section headings and count in both languages', () => {
    const both = ['12 organizations and 10 individuals from 14 countries / 12 organizaciones y 10 personas de 14 países',
      'Organizations / Organizaciones', 'Individuals (affiliations for identification only) / Personas (afiliaciones solo a efectos de identificación)'];
    const page = readFileSync(join(word.dir, 'out', `${MIXED}.en-es.html`), 'utf8');
    expect(page).toContain(`<p class="signing-count">${both[0]}</p>`);
    expect(sectionsOf(page).map((s) => s.heading)).toEqual(both.slice(1));
    const lines = wordText(`${MIXED}.en-es.docx`).split('\n');
    for (const line of both) expect(lines).toContain(line);
  });
});
