/**
 * What the printed letters look like, read back from the real PDFs: the sample letter
 * in both languages and as parallel and sequential editions, and a 300-signer letter.
 * Page count and the page each section starts on are compared with
 * test/reference/layout-facts.json, and pages as images with the PNGs next to it
 * (regenerate both with UPDATE_REFERENCE=1 after an intended change, and look at the
 * pages written).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliInThisProcess, normalizeSpace, pdfText, sampleWorkspace, SEED } from '../helpers.js';
import { largeWorkspace } from './large-letter.js';
import { layoutFacts, pageTexts, readReference, UPDATING, writeReference, type LayoutFacts } from './layout-facts.js';
import { comparePage, PAGE_TOLERANCE, writeReferencePages } from './reference-pages.js';

const SAMPLE = '2022-10-12-us-mexico-security-dialogue';
const SAMPLE_EN = ['Letter from Human Rights Groups', 'Dear Secretary Blinken', 'Through the Bicentennial Framework', 'One year into the Framework', 'Prevent and reduce substance abuse', 'Our organizations welcome', 'Amnistía Internacional México', 'Washington Office on Latin America'];
const SAMPLE_ES = ['Carta de organizaciones de derechos humanos', 'Estimados Secretario Blinken', 'Mediante el Entendimiento Bicentenario', 'Prevenir y reducir el abuso', 'Amnistía Internacional México', 'Washington Office on Latin America'];
const LARGE_EN = ['Joint Letter on Security Cooperation', 'Re: U.S.-Mexico High-Level', 'Dear Secretary Blinken', 'Our organizations welcome', 'Signed,', '100. ', '200. ', '300. ', 'cc: Ken Salazar'];

let sample: { dir: string; cleanup: () => void };
let large: { dir: string; cleanup: () => void };
let grouped: { dir: string; cleanup: () => void };
const facts: Record<string, LayoutFacts> = {};
const reference = readReference();

async function build(dir: string, args: string[]): Promise<void> {
  const result = await cliInThisProcess(['build', '--format', 'pdf', ...args], { cwd: dir });
  expect(result.stderr).not.toMatch(/error|✗/i);
  expect(result.code).toBe(0);
}

beforeAll(async () => {
  sample = sampleWorkspace();
  large = largeWorkspace();
  grouped = largeWorkspace('  group_by: country\n');
  await Promise.all([
    build(sample.dir, ['--out', 'out']),
    build(sample.dir, ['--out', 'parallel', '--bilingual', 'parallel']),
    build(sample.dir, ['--out', 'sequential', '--bilingual', 'sequential']),
  ]);
  await Promise.all([
    build(large.dir, ['--out', 'out', '--lang', 'en']),
    build(large.dir, ['--out', 'parallel', '--bilingual', 'parallel']),
    build(grouped.dir, ['--out', 'out', '--lang', 'es']),
  ]);
}, 400_000);

/** The pages kept as images in test/reference/<name>-<page>.png, by the PDF they come from. */
const REFERENCE_PAGES: Record<string, { pdf: () => string; pages: number[] }> = {
  'sample-en': { pdf: () => join(sample.dir, 'out', `${SAMPLE}.en.pdf`), pages: [1, 2, 3] },
  'sample-parallel': { pdf: () => join(sample.dir, 'parallel', `${SAMPLE}.en-es.pdf`), pages: [1] },
  'large-en': { pdf: () => join(large.dir, 'out', '2022-10-12-large.en.pdf'), pages: [1, 3, 4] },
  'large-parallel': { pdf: () => join(large.dir, 'parallel', '2022-10-12-large.en-es.pdf'), pages: [1] },
};

afterAll(() => {
  if (UPDATING) {
    writeReference({ ...reference, ...facts });
    for (const [name, { pdf, pages }] of Object.entries(REFERENCE_PAGES)) writeReferencePages(pdf(), name, pages);
  }
  sample?.cleanup();
  large?.cleanup();
  grouped?.cleanup();
});

/** Unless regenerating, compares the reference pages of `names` with the same pages printed now. */
function expectReferencePages(...names: string[]): void {
  if (UPDATING) return;
  for (const name of names) {
    const { pdf, pages } = REFERENCE_PAGES[name]!;
    for (const { page, differs, now, diff } of pages.map((page) => comparePage(pdf(), name, page))) {
      expect(differs, `page ${page} of ${name} differs from test/reference/${name}-${page}.png in ${(differs * 100).toFixed(2)} % of its pixels; `
        + `printed now: ${now}, the differences in red: ${diff} (regenerate with UPDATE_REFERENCE=1 if intended)`).toBeLessThanOrEqual(PAGE_TOLERANCE);
    }
  }
}

/** Records the facts and, unless regenerating, compares them with the reference. */
function expectFacts(name: string, pdf: string, markers: readonly string[]): LayoutFacts {
  const found = layoutFacts(pdf, markers);
  facts[name] = found;
  for (const [marker, page] of Object.entries(found.starts)) expect(page, `"${marker}" is printed`).toBeGreaterThan(0);
  if (!UPDATING) expect(found, `layout of ${name} (regenerate with UPDATE_REFERENCE=1 if intended)`).toEqual(reference[name]);
  return found;
}

describe('the sample letter', () => {
  it('keeps its layout: page count and where each section starts', () => {
    expectFacts('sample.en', join(sample.dir, 'out', `${SAMPLE}.en.pdf`), SAMPLE_EN);
    expectFacts('sample.es', join(sample.dir, 'out', `${SAMPLE}.es.pdf`), SAMPLE_ES);
    expectFacts('sample.en-es.parallel', join(sample.dir, 'parallel', `${SAMPLE}.en-es.pdf`), [...SAMPLE_EN, ...SAMPLE_ES]);
    expectFacts('sample.en-es.sequential', join(sample.dir, 'sequential', `${SAMPLE}.en-es.pdf`), [...SAMPLE_EN, ...SAMPLE_ES]);
  });

  it('looks like its reference pages, alone and as a parallel edition', () => {
    expectReferencePages('sample-en', 'sample-parallel');
  });

  it('prints the English text word for word as the original, in reading order', () => {
    const seed = readFileSync(SEED, 'utf8');
    const original = seed.slice(seed.indexOf('Letter from Human Rights Groups'), seed.indexOf('Latinoamericanos (WOLA)') + 'Latinoamericanos (WOLA)'.length);
    const printed = pdfText(join(sample.dir, 'out', `${SAMPLE}.en.pdf`)).replace(/^Page \d+ of \d+$/gm, '');
    const words = (text: string) => normalizeSpace(text.replace(/•/g, ' '));
    expect(words(printed)).toBe(words(original));
  });

  it('numbers pages from page 2 on, in the letter\'s language', () => {
    const en = pageTexts(join(sample.dir, 'out', `${SAMPLE}.en.pdf`));
    const es = pageTexts(join(sample.dir, 'out', `${SAMPLE}.es.pdf`));
    expect(en[0]).not.toMatch(/Page \d/);
    expect(en[1]).toContain(`Page 2 of ${en.length}`);
    expect(es[0]).not.toMatch(/Página \d/);
    expect(es[1]).toContain(`Página 2 de ${es.length}`);
  });

  it('embeds every font', () => {
    const fonts = execFileSync('pdffonts', [join(sample.dir, 'out', `${SAMPLE}.en.pdf`)], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/SourceSerif4.*\byes\b.*\byes\b/);
  });
});

describe('a sequential edition', () => {
  it('starts the second language on a new page, each part numbering its own pages in its language', () => {
    const pages = pageTexts(join(sample.dir, 'sequential', `${SAMPLE}.en-es.pdf`));
    const first = pages.findIndex((t) => t.includes('Carta de organizaciones'));
    expect(first).toBeGreaterThan(0);
    expect(pages[first]).not.toContain('Washington Office on Latin America (WOLA) / Oficina');
    expect(pages[first - 1]).toContain('Washington Office on Latin America');
    expect(pages[first - 1]).toContain(`Page ${first} of ${first}`);
    // A part's first page, like a letter's, carries no number.
    expect(pages[first]).not.toMatch(/Página \d|Page \d/);
    expect(pages[first + 1]).toContain(`Página 2 de ${pages.length - first}`);
  });
});

describe('a 300-signer letter', () => {
  it('keeps its layout in English and as a parallel edition', () => {
    expectFacts('large.en', join(large.dir, 'out', '2022-10-12-large.en.pdf'), LARGE_EN);
    expectFacts('large.en-es.parallel', join(large.dir, 'parallel', '2022-10-12-large.en-es.pdf'), [...LARGE_EN.map((m) => (m === 'Signed,' ? 'Signed / Firman' : m)), 'Carta conjunta', 'Estimado Secretario Blinken']);
  });

  it('looks like its reference pages, alone and as a parallel edition', () => {
    expectReferencePages('large-en', 'large-parallel');
  });

  it('prints every signer once, numbered 1 to 300', () => {
    const text = pdfText(join(large.dir, 'out', '2022-10-12-large.en.pdf'));
    const numbers = [...text.matchAll(/(?<![\d,.])\b(\d{1,3})\. (?=\p{Lu})/gu)].map((m) => Number(m[1])).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
  });

  it('never leaves a country heading alone at the bottom of a page', () => {
    const pdf = join(grouped.dir, 'out', '2022-10-12-large.es.pdf');
    const headings = new Set(['Brasil', 'Canadá', 'Colombia', 'El Salvador', 'Estados Unidos', 'Guatemala', 'Honduras', 'México', 'Perú']);
    const pages = Number(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)![1]);
    const seen = new Set<string>();
    for (let page = 1; page <= pages; page++) {
      // -layout keeps the two columns apart: the last line of each column is at the end of its half.
      const lines = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' })
        .split('\n').filter((l) => l.trim() && !/Página \d+ de \d+/.test(l));
      // Each column's last line: the left and right halves of the page, read separately.
      const mid = Math.floor(Math.max(...lines.map((l) => l.length)) / 2);
      for (const half of [(l: string) => l.slice(0, mid), (l: string) => l.slice(mid)]) {
        const last = lines.map(half).filter((l) => l.trim()).at(-1)?.trim() ?? '';
        expect(headings.has(last), `a column on page ${page} ends with the heading "${last}"`).toBe(false);
      }
      for (const cell of lines.flatMap((l) => l.trim().split(/\s{3,}/))) if (headings.has(cell.trim())) seen.add(cell.trim());
    }
    expect([...seen].sort()).toEqual([...headings].sort());
  });
});
