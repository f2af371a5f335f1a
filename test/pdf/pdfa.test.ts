/**
 * PDF/A (issue 25), validated by Apache PDFBox Preflight: the sample letter in both
 * its languages, letters in French, Portuguese, German and Italian, a letter of 400
 * signers (whose names overflow PDF/A's cap on a string; the 2,000-signer PDF/A build is
 * the bench's, bench/pdfa-and-preview.mjs), the combined bilingual edition, each recipient's copy, and a letter whose
 * PNG logo has an alpha channel (PDF/A-2b by default, flattened into PDF/A-1b on
 * request). One workspace, built by the in-process CLI a few times; one JVM validates
 * every file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliInProcess, normalizeSpace, pdfInfo, pdfText, REPO, tempWorkspace, type CliResult } from '../helpers.js';
import * as L from '../i18n/fidelity-letters.js';
import { preflight, type PreflightVerdict } from './preflight.js';

const SAMPLE = readFileSync(join(REPO, 'letters', '2022-10-12-us-mexico-security-dialogue.md'), 'utf8');
const SAMPLE_REGISTRY = readFileSync(join(REPO, 'signatories.yaml'), 'utf8');
// Enough signers, with names long enough, that their names overflow PDF/A's cap on a
// string (about 16,000 characters in the Author field; metadata.ts cuts them to fit).
const SIGNERS = 400;

/** A 120×60 logo, an opaque ellipse on a half-transparent striped ground: transparency PDF/A-1 forbids. */
function alphaLogo(): Buffer {
  const png = new PNG({ width: 120, height: 60 });
  for (let y = 0; y < 60; y++) {
    for (let x = 0; x < 120; x++) {
      const i = (y * 120 + x) * 4;
      const inside = (x - 60) ** 2 / 3600 + (y - 30) ** 2 / 900 < 1;
      png.data.set([30, 90, 160, inside ? 255 : x % 20 < 10 ? 80 : 0], i);
    }
  }
  return PNG.sync.write(png);
}

function bigRegistry(): string {
  const countries = ['US', 'MX', 'GT', 'CO', 'BR', 'FR', 'DE', 'ES'];
  return Array.from({ length: SIGNERS }, (_, i) => `  big-${i + 1}:\n    name: Network ${i + 1} for Human Rights and Justice in the Americas\n    country: ${countries[i % countries.length]}\n`).join('');
}

const BIG = `---
title: A letter of ${SIGNERS} signers
date: 2024-03-15
languages: [en]
to: [{ name: Jane Doe, title: Minister of Justice }]
signatories:
${Array.from({ length: SIGNERS }, (_, i) => `  - big-${i + 1}`).join('\n')}
signing: { numbered: true, group_by: country }
---

We write about justice.
`;

const LOGO = `---
title: A letter under a logo
date: 2024-03-15
languages: [en]
letterhead: { name: Round Coalition, logo: ../logos/round.png, lines: [1 Main Street] }
to: [{ name: Jane Doe, title: Minister of Justice }]
signatories: [hrw, dplf]
---

We write about the logo.
`;

const EACH = SAMPLE.replace(/^paper: letter$/m, 'paper: letter\ndelivery: each');

let ws: { dir: string; cleanup: () => void };
let runs: Record<'all' | 'flat' | 'bilingual' | 'scotus' | 'check' | 'word' | 'wordCheck', CliResult>;
let verdicts: Map<string, PreflightVerdict>;
const out = (...parts: string[]) => join(ws.dir, 'out', ...parts);
const SAMPLE_PDF = '2022-10-12-us-mexico-security-dialogue';

beforeAll(async () => {
  ws = tempWorkspace({
    'signatories.yaml': `${SAMPLE_REGISTRY.trimEnd()}\n${L.REGISTRY.replace(/^signatories:\n/, '')}${bigRegistry()}`,
    [`letters/${SAMPLE_PDF}.md`]: SAMPLE,
    'letters/french.md': L.FRENCH,
    'letters/portuguese.md': L.PORTUGUESE,
    'letters/german.md': L.GERMAN,
    'letters/italian.md': L.ITALIAN,
    'letters/2024-03-15-big.md': BIG,
    'letters/2024-03-15-logo.md': LOGO,
    'letters/each.md': EACH,
    'logos/round.png': alphaLogo(),
    // A channel that takes Word files only, and asks PDF/A.
    'profiles/word-archive.yaml': 'name: An archive that takes Word\nformats: [docx]\nsources: { a: { title: Guidance, url: "https://example.org/" } }\nrules:\n  - { kind: pdfa, says: PDF/A, source: a }\n',
  });
  const run = (...args: string[]) => cliInProcess(args, ws.dir);
  runs = {
    all: await run('build', '--pdfa', '--format', 'pdf'),
    flat: await run('build', 'logo', '--pdfa', '1b', '--format', 'pdf', '--out', out('flat')),
    bilingual: await run('build', SAMPLE_PDF, '--bilingual', 'parallel', '--lang', 'en,es', '--pdfa', '--format', 'pdf', '--out', out('bilingual')),
    scotus: await run('build', SAMPLE_PDF, '--for', 'us-scotus-amicus', '--out', out('scotus')),
    check: await run('check', SAMPLE_PDF, '--for', 'us-scotus-amicus'),
    word: await run('build', SAMPLE_PDF, '--pdfa', '--format', 'docx', '--lang', 'en', '--out', out('word')),
    wordCheck: await run('check', SAMPLE_PDF, '--for', 'word-archive'),
  };
  const pdfs = [
    ...readdirSync(out()).filter((f) => f.endsWith('.pdf')).map((f) => out(f)),
    ...readdirSync(out('2022-10-12-each')).filter((f) => f.endsWith('.pdf')).map((f) => out('2022-10-12-each', f)),
    out('flat', '2024-03-15-logo.en.pdf'),
    out('bilingual', `${SAMPLE_PDF}.en-es.pdf`),
  ];
  verdicts = await preflight(pdfs);
}, 240_000);

afterAll(() => ws?.cleanup());

describe('build --pdfa, validated by PDFBox Preflight', () => {
  it('builds every letter', () => {
    expect(runs.all.code, runs.all.stderr).toBe(0);
    expect(runs.flat.code, runs.flat.stderr).toBe(0);
    expect(runs.bilingual.code, runs.bilingual.stderr).toBe(0);
  });

  it.each([
    ['the sample letter in English', `${SAMPLE_PDF}.en.pdf`],
    ['the sample letter in Spanish', `${SAMPLE_PDF}.es.pdf`],
    ['a letter in French', 'french.fr.pdf'],
    ['a letter in Brazilian Portuguese', 'portuguese.pt-BR.pdf'],
    ['a letter in German', 'german.de.pdf'],
    ['a letter in Italian', 'italian.it.pdf'],
    [`a letter of ${SIGNERS} signers`, '2024-03-15-big.en.pdf'],
  ])('%s is valid PDF/A-1b', (_, name) => {
    const path = [...verdicts.keys()].find((p) => p.endsWith(`/${name}`) || p.endsWith(`-${name}`));
    expect(path, `${name} was built`).toBeDefined();
    expect(verdicts.get(path!)).toEqual({ valid: true, errors: [] });
  });

  it(`cuts the author, ${SIGNERS} signers' names, to PDF/A's cap on a string, saying how many more`, () => {
    const author = pdfInfo(out('2024-03-15-big.en.pdf')).Author!;
    expect(author).toMatch(/^Network \d+ for Human Rights and Justice in the Americas; Network \d+ for /);
    expect(author).toMatch(/; and \d+ more$/);
    expect(author.length).toBeLessThanOrEqual(16_000);
  });

  it('makes each recipient\'s copy valid PDF/A-1b', () => {
    const copies = [...verdicts.entries()].filter(([path]) => path.includes('/2022-10-12-each/'));
    expect(copies).toHaveLength(4); // two addressees, two languages
    for (const [path, verdict] of copies) expect(verdict, path).toEqual({ valid: true, errors: [] });
  });

  it('makes the combined bilingual edition valid PDF/A-1b, with both languages', () => {
    const path = out('bilingual', `${SAMPLE_PDF}.en-es.pdf`);
    expect(verdicts.get(path)).toEqual({ valid: true, errors: [] });
    expect(readFileSync(path, 'latin1')).toMatch(/<dc:language><rdf:Bag><rdf:li>en<\/rdf:li><rdf:li>es<\/rdf:li><\/rdf:Bag><\/dc:language>/);
  });

  it('writes a letter with a transparent logo as PDF/A-2b and says why; part 1 would refuse it only for what part 2 allows', () => {
    expect(runs.all.stderr).toMatch(/2024-03-15-logo\.md\S* warning pdfa-part-2 written as PDF\/A-2b, not PDF\/A-1b: the letter has 1 image with transparency/);
    expect(runs.all.stderr).toContain('checks part 2 less strictly');
    const path = out('2024-03-15-logo.en.pdf');
    expect(readFileSync(path, 'latin1')).toContain('<pdfaid:part>2</pdfaid:part>');
    const verdict = verdicts.get(path)!;
    expect(verdict.valid).toBe(false);
    // Transparency (2.2.x), Chromium's ICC v4 image profile (2.1.6) and the part number (7.11.2): all allowed in part 2.
    expect(verdict.errors.filter((e) => !/^(2\.2\.\d|2\.1\.6|7\.11\.2) :/.test(e))).toEqual([]);
  });

  it('flattens the logo onto white with --pdfa 1b, so that part 1 holds', () => {
    expect(verdicts.get(out('flat', '2024-03-15-logo.en.pdf'))).toEqual({ valid: true, errors: [] });
    expect(runs.flat.stderr).toContain('PDF/A-1b: 2024-03-15-logo.en.pdf (1 image flattened onto white)');
    expect(runs.flat.stderr).not.toContain('pdfa-part-2');
  });

  it('says which part every file is', () => {
    expect(runs.all.stderr).toContain(`letters/${SAMPLE_PDF}.md: PDF/A-1b: ${SAMPLE_PDF}.en.pdf, ${SAMPLE_PDF}.es.pdf`);
    expect(runs.all.stderr).toContain('letters/2024-03-15-logo.md: PDF/A-2b: 2024-03-15-logo.en.pdf');
    expect(runs.all.stderr).toContain('letters/each.md: PDF/A-1b: ');
  });

  it('keeps the tags, title, language, bookmarks and text; the XMP agrees with the document information', async () => {
    const path = out(`${SAMPLE_PDF}.es.pdf`);
    const info = pdfInfo(path);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toMatch(/^Carta de organizaciones de derechos humanos/);
    expect(info['PDF version']).toBe('1.4');
    const doc = await PDFDocument.load(readFileSync(path), { updateMetadata: false });
    expect(doc.catalog.lookup(PDFName.of('Lang'))?.toString()).toBe('(es)');
    expect(doc.catalog.lookup(PDFName.of('StructTreeRoot'))).toBeInstanceOf(PDFDict);
    expect(doc.catalog.lookup(PDFName.of('Outlines'))).toBeInstanceOf(PDFDict);
    const xmp = readFileSync(path, 'latin1');
    expect(xmp).toContain('<xmp:CreateDate>2022-10-12T00:00:00Z</xmp:CreateDate>');
    expect(normalizeSpace(pdfText(path))).toContain('Estimados Secretario Blinken y Secretario Ebrard:');
  });
});

describe('profiles that ask PDF/A', () => {
  it('build --for us-scotus-amicus writes PDF/A-1b, the same bytes as build --pdfa', () => {
    expect(runs.scotus.code, runs.scotus.stderr).toBe(0);
    expect(runs.scotus.stderr).toContain('✓ PDF/A-1b (2 PDFs)');
    for (const lang of ['en', 'es']) {
      expect(readFileSync(out('scotus', `${SAMPLE_PDF}.${lang}.pdf`)).equals(readFileSync(out(`${SAMPLE_PDF}.${lang}.pdf`))), lang).toBe(true);
    }
  });

  it('check --for us-scotus-amicus reports the rule met', () => {
    expect(runs.check.stderr + runs.check.stdout).toContain('✓ PDF/A-1b (2 PDFs)');
    expect(runs.check.stderr + runs.check.stdout).not.toContain('profile-unsupported');
  });

  it('says Word files are not PDF/A', () => {
    expect(runs.word.stderr).toMatch(/warning pdfa-word Word files are not PDF\/A/);
    expect(runs.wordCheck.stderr + runs.wordCheck.stdout).toContain('no PDF was built: Word (.docx) files are not PDF/A');
  });

  it('says --pdfa needs a PDF when --format builds none', async () => {
    const result = await cliInProcess(['build', SAMPLE_PDF, '--pdfa', '--format', 'html', '--out', out('html-only')], ws.dir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('--pdfa applies to PDFs, and --format builds none');
  });

  it('refuses a part it does not know', async () => {
    const result = await cliInProcess(['build', '--pdfa', '3u'], ws.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--pdfa.*3u.*1b, 2b/s);
  });
});
