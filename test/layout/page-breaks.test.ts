/**
 * Page breaks a typesetter would not allow (issue 25), in the PDF and in the Word
 * letter (opened by LibreOffice): the closing never splits and never starts a page
 * alone; a heading (a body section, a country group, the signatory heading, the
 * as-of line, the count) is never the last line of a page or column; the count is
 * one line; a paragraph leaves at least two lines on each page it spans.
 *
 * Letters are made to land each case at the foot of page 1: a first paragraph of
 * identical words ("alpha alpha …"), as long as a calibration letter shows page 1
 * holds less 0 to 4 lines, then the case. Lines are read back with their positions
 * (`pdftotext -bbox-layout`), and each paragraph's lines are known by their word.
 * The parallel edition (English and French side by side) is where the closing used
 * to split. The Word letters are calibrated and shifted on LibreOffice's own layout.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliInProcess, tempWorkspace } from '../helpers.js';
import { convertWithLibreOffice } from '../docx/libreoffice.js';
import { pdfLines, type PdfLine } from './pdf-lines.js';

const COUNTRIES = ['FR', 'BE', 'CH', 'CA', 'SN'];
const REGISTRY = `signatories:\n${Array.from({ length: 20 }, (_, i) => `  org-${i + 1}:\n    name: Association ${i + 1} pour les droits\n    country: ${COUNTRIES[i % COUNTRIES.length]}\n`).join('')}`;
const CLOSING = "Nous vous prions d'agréer, Madame la Ministre, l'expression de notre très haute considération et de nos sentiments les plus respectueux et les plus dévoués.";
const SHIFTS = [0, 1, 2, 3, 4];

interface Case {
  /** Lines of page 1 left for the case when the first paragraph ends (before the shift). */
  room: number;
  front: string;
  tail: string;
}

const CASES: Record<string, Case> = {
  // The closing keeps with the signers after it: room for it, them and the gaps.
  closing: { room: 3, front: `closing: "${CLOSING}"\nsignatories: [org-1, org-2]`, tail: '' },
  section: { room: 2, front: 'signatories: [org-1, org-2]', tail: `\n\n## Recommandations\n\n${Array.from({ length: 100 }, () => 'bravo').join(' ')}` },
  signing: {
    room: 3,
    front: `signatories: [${Array.from({ length: 20 }, (_, i) => `org-${i + 1}`).join(', ')}]\nsigning: { heading: "Signataires :", as_of: 2024-03-01, count: true, columns: 2 }`,
    tail: '',
  },
  groups: {
    room: 14,
    front: `signatories: [${Array.from({ length: 15 }, (_, i) => `org-${i + 1}`).join(', ')}]\nsigning: { group_by: country, columns: 1 }`,
    tail: '',
  },
};

/** The parallel edition's cases: English and French side by side, a long French closing, the signatories' head. */
const PARALLEL: Record<string, Case> = {
  closing: { room: 5, front: `closing: { en: "Sincerely yours, with our highest consideration and respect.", fr: "${CLOSING}" }\nsignatories: [org-1, org-2]`, tail: '' },
  signing: { ...CASES.signing!, room: 5 },
};

function letter(words: number, c: Case | undefined, parallel = false): string {
  const body = `${Array.from({ length: words }, () => 'alpha').join(' ')}${c?.tail ?? ''}`;
  return `---
title: Lettre sur les coupures de page
date: 2024-03-15
languages: [${parallel ? 'en, fr' : 'fr'}]
paper: a4
to: [{ name: Marie Curie, title: Ministre de la Recherche, gender: f }]
${c?.front ?? 'signatories: [org-1]'}
---

${parallel ? `::: en\n${body}\n:::\n\n::: fr\n${body}\n:::` : body}
`;
}

let ws: { dir: string; cleanup: () => void };
const pdfs = new Map<string, PdfLine[]>();
const words = new Map<string, PdfLine[]>();
const parallelPdfs = new Map<string, PdfLine[]>();

beforeAll(async () => {
  // A shift of one line more or less moves each case across the foot of page 1. Each
  // layout is calibrated on its own: Chromium's pages, the parallel edition's French
  // column, and the Word letter as LibreOffice lays it out (its pages hold more).
  ws = tempWorkspace({ 'signatories.yaml': REGISTRY, 'letters/calibration.md': letter(1200, undefined), 'letters/calibration-p.md': letter(1200, undefined, true) });
  const [single, parallel] = await Promise.all([
    cliInProcess(['build', 'calibration', '--format', 'pdf,docx'], ws.dir),
    cliInProcess(['build', 'calibration-p', '--format', 'pdf', '--bilingual', 'parallel'], ws.dir),
  ]);
  expect(single.code, single.stderr).toBe(0);
  expect(parallel.code, parallel.stderr).toBe(0);
  const calibrationDocx = join(ws.dir, 'out', '2024-03-15-calibration.fr.docx');
  const calibrationWord = convertWithLibreOffice([calibrationDocx], join(ws.dir, 'word-calibration')).get(calibrationDocx)!;
  const write = (pdf: string, cases: Record<string, Case>, prefix: string, isParallel: boolean) => {
    // The French column's lines, in the parallel edition (the English one is the same words).
    const lines = pdfLines(pdf).filter((l) => /^(alpha ?)+$/.test(l.text) && (!isParallel || l.xMin > 200));
    const perLine = lines[0]!.text.split(' ').length;
    const onFirstPage = lines.filter((l) => l.page === 1).length;
    for (const [name, c] of Object.entries(cases)) {
      for (const shift of SHIFTS) writeFileSync(join(ws.dir, 'letters', `${prefix}${name}-${shift}.md`), letter((onFirstPage - c.room - shift) * perLine, c, isParallel));
    }
  };
  write(join(ws.dir, 'out', '2024-03-15-calibration.fr.pdf'), CASES, '', false);
  write(join(ws.dir, 'out', '2024-03-15-calibration-p.en-fr.pdf'), PARALLEL, 'p-', true);
  write(calibrationWord, CASES, 'w-', false);
  const names = (prefix: string, cases: Record<string, Case>) => Object.keys(cases).flatMap((name) => SHIFTS.map((s) => `${prefix}${name}-${s}`));
  const [build, buildParallel, buildWord] = await Promise.all([
    cliInProcess(['build', ...names('', CASES), '--format', 'pdf'], ws.dir),
    cliInProcess(['build', ...names('p-', PARALLEL), '--format', 'pdf', '--bilingual', 'parallel'], ws.dir),
    cliInProcess(['build', ...names('w-', CASES), '--format', 'docx'], ws.dir),
  ]);
  expect(build.code, build.stderr).toBe(0);
  expect(buildParallel.code, buildParallel.stderr).toBe(0);
  expect(buildWord.code, buildWord.stderr).toBe(0);
  const docx = names('w-', CASES).map((name) => join(ws.dir, 'out', `2024-03-15-${name}.fr.docx`));
  const converted = convertWithLibreOffice(docx, join(ws.dir, 'word'));
  for (const name of Object.keys(CASES)) {
    for (const s of SHIFTS) {
      pdfs.set(`${name}-${s}`, readable(pdfLines(join(ws.dir, 'out', `2024-03-15-${name}-${s}.fr.pdf`))));
      words.set(`${name}-${s}`, readable(pdfLines(converted.get(join(ws.dir, 'out', `2024-03-15-w-${name}-${s}.fr.docx`))!)));
    }
  }
  for (const name of Object.keys(PARALLEL)) {
    for (const s of SHIFTS) parallelPdfs.set(`${name}-${s}`, readable(pdfLines(join(ws.dir, 'out', `2024-03-15-p-${name}-${s}.en-fr.pdf`))));
  }
}, 240_000);

afterAll(() => ws?.cleanup());

/** The letter's lines, without the page numbers in the margin. */
function readable(lines: PdfLine[]): PdfLine[] {
  return lines.filter((l) => !/^Page \d+ sur \d+$/.test(l.text));
}

/** Whether a line follows `line` on its page, in its column (below it, starting within a few points). */
function followed(lines: PdfLine[], line: PdfLine): boolean {
  return lines.some((l) => l.page === line.page && l.yMin > line.yMin + 1 && Math.abs(l.xMin - line.xMin) < 30);
}

const layouts = { PDF: pdfs, 'Word (LibreOffice)': words };

describe.each(Object.entries(layouts))('page breaks in the %s', (_, layout) => {
  it('never splits the closing, nor starts a page with it alone', () => {
    for (const s of SHIFTS) {
      const lines = layout.get(`closing-${s}`)!;
      const first = lines.findIndex((l) => l.text.startsWith('Nous vous prions d'));
      const last = lines.findIndex((l) => l.text.includes('dévoués.'));
      expect(first, `closing-${s}`).toBeGreaterThan(-1);
      expect(lines[last]!.page, `closing-${s}: the closing split across pages`).toBe(lines[first]!.page);
      expect(lines[first - 1]!.page, `closing-${s}: the closing starts page ${lines[first]!.page} alone`).toBe(lines[first]!.page);
    }
  });

  it('never leaves a heading, the as-of line or the count as the last line of a page or column', () => {
    const headings = (name: string) => (l: PdfLine) =>
      (name === 'section' && l.text === 'Recommandations')
      || (name === 'signing' && (l.text === 'Signataires :' || l.text.startsWith('Signataires au') || /^\d+ organisations de \d+ pays$/.test(l.text)))
      || (name === 'groups' && /^(France|Belgique|Suisse|Canada|Sénégal)$/i.test(l.text));
    for (const name of ['section', 'signing', 'groups']) {
      for (const s of SHIFTS) {
        const lines = layout.get(`${name}-${s}`)!;
        const found = lines.filter(headings(name));
        expect(found.length, `${name}-${s}`).toBeGreaterThan(0);
        for (const heading of found) expect(followed(lines, heading), `${name}-${s}: "${heading.text}" ends page ${heading.page}`).toBe(true);
      }
    }
  });

  it('prints the count as one line', () => {
    for (const s of SHIFTS) expect(layout.get(`signing-${s}`)!.map((l) => l.text)).toContain('20 organisations de 5 pays');
  });

  it('leaves at least two lines of a paragraph on each page it spans', () => {
    for (const [name, lines] of layout) {
      for (const word of ['alpha', 'bravo']) {
        const pages = lines.filter((l) => l.text.split(' ').every((w) => w === word)).map((l) => l.page);
        for (const page of new Set(pages)) {
          if (new Set(pages).size > 1) expect(pages.filter((p) => p === page).length, `${name}: ${word} on page ${page}`).toBeGreaterThanOrEqual(2);
        }
      }
    }
  });
});

describe('page breaks in the parallel edition', () => {
  it('never splits the French closing, nor starts a page with it alone', () => {
    for (const s of SHIFTS) {
      const lines = parallelPdfs.get(`closing-${s}`)!.filter((l) => l.xMin > 200);
      const first = lines.findIndex((l) => l.text.startsWith('Nous vous prions d'));
      const last = lines.findIndex((l) => l.text.includes('dévoués.'));
      expect(first, `closing-${s}`).toBeGreaterThan(0);
      expect(lines[last]!.page, `closing-${s}: the closing split across pages`).toBe(lines[first]!.page);
      expect(lines[first - 1]!.page, `closing-${s}: the closing starts page ${lines[first]!.page} alone`).toBe(lines[first]!.page);
    }
  });

  it('never leaves the signatory heading, as-of line or count at the foot of a page, nor splits the count', () => {
    for (const s of SHIFTS) {
      const lines = parallelPdfs.get(`signing-${s}`)!;
      const head = lines.filter((l) => l.text === 'Signataires :' || l.text.startsWith('Signatories as of') || l.text.startsWith('Signataires au') || /^20 organi[sz]ations/.test(l.text));
      expect(head.length, `signing-${s}`).toBeGreaterThan(0);
      for (const line of head) expect(followed(lines, line), `signing-${s}: "${line.text}" ends page ${line.page}`).toBe(true);
      // The shared list counts in both languages, on one line.
      expect(lines.some((l) => l.text === '20 organizations from 5 countries / 20 organisations de 5 pays'), `signing-${s}: the count is not one line`).toBe(true);
    }
  });

  it.each(['closing', 'signing'])('lands the %s at the foot of page 1 in some shift', (name) => {
    const pages = SHIFTS.map((s) => parallelPdfs.get(`${name}-${s}`)!.find((l) => /^(Nous vous prions|Signataires|Signatories)/.test(l.text))!.page);
    expect(pages).toContain(1);
    expect(pages).toContain(2);
  });
});

describe.each(Object.entries(layouts))('the letters land each case at the foot of page 1 in the %s', (_, layout) => {
  it.each(['closing', 'section', 'signing'])('%s: some shift moves it to page 2', (name) => {
    const pages = SHIFTS.map((s) => layout.get(`${name}-${s}`)!.find((l) => /^(Nous vous prions|Recommandations|Signataires)/.test(l.text))!.page);
    expect(pages).toContain(1);
    expect(pages).toContain(2);
  });

  it('groups: some shift moves a country heading to the top of page 2', () => {
    const tops = SHIFTS.map((s) => layout.get(`groups-${s}`)!.find((l) => l.page === 2)!.text);
    expect(tops.some((t) => /^(France|Belgique|Suisse|Canada|Sénégal)$/i.test(t))).toBe(true);
  });
});
