/**
 * A letter to a real Senate committee, one copy per member: the real binary, real
 * Chromium, the PDFs read back with poppler (the HTML and Word builds run in-process).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import mammoth from 'mammoth';
import { cliInThisProcess, normalizeSpace, pdfText, type CliResult } from '../helpers.js';
import { pageTexts } from '../layout/layout-facts.js';
import { importCongress, officialsWorkspace, SSJU } from './fixtures.js';

const LETTER = `---
title: { en: Letter to the Senate Judiciary Committee, es: Carta al Comité Judicial del Senado }
date: 2026-03-02
languages: [en, es]
delivery: each
to:
  - { group: SSJU }
cc: [Office of the Clerk]
signatories: [wola, dplf]
---

::: en
We write about the nomination before the committee.
:::

::: es
Les escribimos sobre la nominación ante el comité.
:::
`;

const FOLDER = join('out', '2026-03-02-judiciary');

describe('delivery: each to the Senate Judiciary Committee', () => {
  const ws = officialsWorkspace({ 'letters/2026-03-02-judiciary.md': LETTER });
  let result: CliResult;
  const copy = (id: string, lang: string) => normalizeSpace(pdfText(join(ws.dir, FOLDER, `${id}.${lang}.pdf`)));

  beforeAll(async () => {
    await importCongress(ws.dir);
    result = await cliInThisProcess(['build', '--format', 'pdf'], { cwd: ws.dir });
  }, 300_000);
  afterAll(() => ws.cleanup());

  it('writes one PDF per member and language, and recipients.csv', () => {
    // The snapshot's one member whose term has ended (sen-moody, until 2026-11-03) is
    // addressed through the committee: build says so, and it is the only thing it says.
    const warnings = result.stderr.split('\n').filter((line) => /error|warning/i.test(line));
    expect(warnings.every((line) => line.includes('warning stale-official')), result.stderr).toBe(true);
    expect(result.code).toBe(0);
    const files = readdirSync(join(ws.dir, FOLDER)).sort();
    expect(files).toEqual([...SSJU.flatMap((id) => [`${id}.en.pdf`, `${id}.es.pdf`]), 'recipients.csv'].sort());
    expect(existsSync(join(ws.dir, 'out', '2026-03-02-judiciary.en.pdf'))).toBe(false);
  });

  it('addresses each copy to that member alone: name, address, "Dear Senator <Last>,"', () => {
    const durbin = copy('sen-durbin', 'en');
    expect(durbin).toContain('The Honorable Richard J. Durbin United States Senator for Illinois 711 Hart Senate Office Building Washington, DC 20510 Dear Senator Durbin,');
    const grassley = copy('sen-grassley', 'en');
    expect(grassley).toContain('Dear Senator Grassley,');
    expect(grassley).toContain('The Honorable Chuck Grassley United States Senator for Iowa');
    for (const id of SSJU) {
      const text = copy(id, 'en');
      const others = SSJU.filter((other) => other !== id);
      expect(text.match(/Dear Senator [^,]+,/g), id).toHaveLength(1);
      // No other member's name anywhere in this copy.
      const names = others.map((other) => other.replace('sen-', '')).filter((last) => !id.includes(last));
      for (const last of names) expect(text.toLowerCase(), `${id} mentions ${last}`).not.toContain(`senator ${last}`);
      // The same cc and the same signatories on every copy.
      expect(text).toContain('cc: Office of the Clerk');
      expect(text).toContain('Washington Office on Latin America (WOLA)');
      expect(text).toContain('Due Process of Law Foundation');
    }
  });

  it('in Spanish: the member\'s title, and a greeting that agrees with her or him', () => {
    const klobuchar = copy('sen-klobuchar', 'es');
    expect(klobuchar).toContain('Honorable Amy Klobuchar Senadora de los Estados Unidos por Minnesota 425 Dirksen Senate Office Building Washington, DC 20510 Estimada Senadora Klobuchar:');
    expect(klobuchar).toContain('Fundación para el Debido Proceso');
    expect(klobuchar).toContain('c. c. p.: Office of the Clerk');
    expect(copy('sen-durbin', 'es')).toContain('Estimado Senador Durbin:');
    expect(copy('sen-blackburn', 'es')).toContain('Estimada Senadora Blackburn:');
  });

  it('recipients.csv lists every member in rank order with their contact details and files', () => {
    const rows = parse(readFileSync(join(ws.dir, FOLDER, 'recipients.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual(SSJU);
    expect(Object.keys(rows[0]!)).toEqual(['id', 'name', 'title', 'email', 'phone', 'contact_form', 'address', 'salutation', 'pdf_en', 'pdf_es']);
    expect(rows.find((r) => r.id === 'sen-durbin')).toEqual({
      id: 'sen-durbin', name: 'Richard J. Durbin', title: 'United States Senator for Illinois', email: '', phone: '202-224-2152',
      contact_form: 'https://www.durbin.senate.gov/contact/', address: '711 Hart Senate Office Building, Washington, DC 20510',
      salutation: 'Dear Senator Durbin,', pdf_en: 'sen-durbin.en.pdf', pdf_es: 'sen-durbin.es.pdf',
    });
    for (const row of rows) expect(existsSync(join(ws.dir, FOLDER, row.pdf_en!))).toBe(true);
    // Each row's salutation is the greeting its copy prints (the first language's).
    for (const row of rows) expect(row.salutation, row.id).toMatch(/^Dear Senator [^,]+,$/);
    expect(copy('sen-grassley', 'en')).toContain(rows.find((r) => r.id === 'sen-grassley')!.salutation!);
    // The build lists every file it wrote, the CSV too.
    expect(result.stdout.trim().split('\n')).toHaveLength(SSJU.length * 2 + 1);
    expect(result.stdout).toContain(`${FOLDER}/recipients.csv`);
  });
});

describe('officials as addressees of a joint letter', () => {
  const ws = officialsWorkspace({
    'letters/joint.md': LETTER.replace('delivery: each\n', '').replace('  - { group: SSJU }', '  - sen-klobuchar\n  - { group: SSJU01, order: alphabetical }'),
  });
  beforeAll(() => importCongress(ws.dir));
  afterAll(() => ws.cleanup());

  it('expands ids and groups into the addressee block and greeting, each official once; --each splits it', async () => {
    const html = await cliInThisProcess(['build', '--format', 'html', '--lang', 'es'], { cwd: ws.dir });
    expect(html.code).toBe(0);
    const page = readFileSync(join(ws.dir, 'out', '2026-03-02-joint.es.html'), 'utf8');
    const greeting = /<p class="greeting">([^<]+)<\/p>/.exec(page)![1]!;
    // Men and women together: each term agrees with its addressee (i18n/greeting.ts).
    expect(greeting).toMatch(/^Estimada Senadora Klobuchar, estimado Senador Blumenthal, estimado Senador Booker, estimada Senadora Britt, .* y estimado Senador Welch:$/);
    expect(greeting.match(/Klobuchar/g)).toHaveLength(1);
    const each = await cliInThisProcess(['build', '--format', 'html', '--lang', 'en', '--each'], { cwd: ws.dir });
    expect(each.code).toBe(0);
    expect(readdirSync(join(ws.dir, 'out', '2026-03-02-joint')).filter((f) => f.endsWith('.html'))).toContain('sen-klobuchar.en.html');
  });

  it('--each writes Word copies too, each addressed to its official alone', async () => {
    const built = await cliInThisProcess(['build', '--format', 'docx', '--lang', 'es', '--each'], { cwd: ws.dir });
    expect(built.code).toBe(0);
    const folder = join(ws.dir, 'out', '2026-03-02-joint');
    const text = (await mammoth.extractRawText({ path: join(folder, 'sen-klobuchar.es.docx') })).value;
    expect(text).toContain('Estimada Senadora Klobuchar:');
    expect(text).not.toContain('Booker');
    const csv = parse(readFileSync(join(folder, 'recipients.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(Object.keys(csv[0]!)).toEqual(['id', 'name', 'title', 'email', 'phone', 'contact_form', 'address', 'salutation', 'docx_es']);
    // The greeting the Spanish copy prints, for a Spanish cover note.
    expect(csv.find((row) => row.id === 'sen-klobuchar')!.salutation).toBe('Estimada Senadora Klobuchar:');
  });
});

describe('delivery: each in a sequential bilingual edition', () => {
  const ws = officialsWorkspace({
    'letters/2026-03-02-pair.md': LETTER.replace('  - { group: SSJU }', '  - sen-durbin\n  - sen-klobuchar'),
  });
  beforeAll(() => importCongress(ws.dir));
  afterAll(() => ws.cleanup());

  it('numbers each copy\'s parts from its own PDF, and each HTML file stays its recipient\'s', async () => {
    const built = await cliInThisProcess(['build', '--bilingual', 'sequential', '--format', 'html,pdf'], { cwd: ws.dir });
    expect(built.code, built.stderr).toBe(0);
    const folder = join(ws.dir, 'out', '2026-03-02-pair');
    expect(readdirSync(folder).sort()).toEqual(['recipients.csv', 'sen-durbin.en-es.html', 'sen-durbin.en-es.pdf', 'sen-klobuchar.en-es.html', 'sen-klobuchar.en-es.pdf']);
    for (const [id, own, other] of [['sen-durbin', 'Durbin', 'Klobuchar'], ['sen-klobuchar', 'Klobuchar', 'Durbin']] as const) {
      const html = readFileSync(join(folder, `${id}.en-es.html`), 'utf8');
      expect(html, id).toContain(`Senator ${own}`);
      expect(html, id).not.toContain(other);
      const pdf = join(folder, `${id}.en-es.pdf`);
      expect(normalizeSpace(pdfText(pdf)), id).toContain(`Estimad${own === 'Klobuchar' ? 'a Senadora' : 'o Senador'} ${own}:`);
      // The HTML numbers the English part's pages with the count printed in this copy's PDF (one label a page), not uncounted.
      const englishPages = pageTexts(pdf).findIndex((t) => t.includes('Carta al Comité'));
      const labels = /@counter-style part-en-pages \{ system: fixed 1; symbols: ([^;]*);/.exec(html)![1]!.match(/"[^"]*"/g);
      expect(labels, id).toHaveLength(englishPages);
    }
  }, 120_000);
});
