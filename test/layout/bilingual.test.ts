/**
 * `build --bilingual parallel|sequential`: one combined document per letter, named
 * `<date>-<slug>.<l1>-<l2>.<ext>`, each language part marked with its language in the
 * HTML and in the PDF's tagged structure, with bookmarks for the parts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliInThisProcess, normalizeSpace, pdfInfo, pdfText, sampleWorkspace } from '../helpers.js';
import { pageTexts, searchable } from './layout-facts.js';
import { pdfLanguages, pdfOutline } from './pdf-structure.js';

const BASE = '2022-10-12-us-mexico-security-dialogue';
let ws: { dir: string; cleanup: () => void };

beforeAll(async () => {
  ws = sampleWorkspace();
  const [parallel, sequential, reversed] = await Promise.all([
    cliInThisProcess(['build', '--bilingual', 'parallel', '--out', 'parallel'], { cwd: ws.dir }),
    cliInThisProcess(['build', '--bilingual', 'sequential', '--out', 'sequential'], { cwd: ws.dir }),
    cliInThisProcess(['build', '--bilingual', 'sequential', '--lang', 'es,en', '--format', 'html', '--out', 'reversed'], { cwd: ws.dir }),
  ]);
  for (const r of [parallel, sequential, reversed]) expect(r.code, r.stderr).toBe(0);
}, 300_000);

afterAll(() => ws?.cleanup());

describe('combined editions', () => {
  it('write only <date>-<slug>.<l1>-<l2>.html and .pdf', () => {
    for (const mode of ['parallel', 'sequential']) {
      expect(readdirSync(join(ws.dir, mode)).sort()).toEqual([`${BASE}.en-es.html`, `${BASE}.en-es.pdf`]);
    }
    expect(readdirSync(join(ws.dir, 'reversed'))).toEqual([`${BASE}.es-en.html`]);
  });

  it('mark each language part with its lang in the HTML', () => {
    const parallel = readFileSync(join(ws.dir, 'parallel', `${BASE}.en-es.html`), 'utf8');
    expect(parallel).toMatch(/<html lang="en" dir="ltr">/);
    expect(parallel.match(/class="parallel-cell" role="group" lang="es"/g)!.length).toBeGreaterThan(10);
    expect(parallel).toMatch(/lang="es" dir="ltr"><header class="letter-head">\s*<h1 class="title">Carta de organizaciones/);
    const sequential = readFileSync(join(ws.dir, 'sequential', `${BASE}.en-es.html`), 'utf8');
    expect(sequential.match(/<article class="letter-part" lang="(en|es)"/g)).toEqual(['<article class="letter-part" lang="en"', '<article class="letter-part" lang="es"']);
    const reversed = readFileSync(join(ws.dir, 'reversed', `${BASE}.es-en.html`), 'utf8');
    expect(reversed).toMatch(/<html lang="es" dir="ltr">/);
  });

  it('mark each language part in the PDF structure, with the document language set', async () => {
    for (const mode of ['parallel', 'sequential']) {
      const pdf = join(ws.dir, mode, `${BASE}.en-es.pdf`);
      expect(pdfInfo(pdf).Tagged).toBe('yes');
      expect(pdfInfo(pdf).Title).toBe('Letter from Human Rights Groups to US Secretary of State Antony Blinken and Mexican Secretary of Foreign Affairs Marcelo Ebrard');
      expect(readFileSync(pdf).toString('latin1')).toMatch(/\/DisplayDocTitle true/);
      const langs = await pdfLanguages(pdf);
      expect(langs.document).toBe('en');
      expect(langs.elements.filter((e) => e.endsWith(':es')).length, mode).toBeGreaterThan(0);
    }
  });

  it('have bookmarks for both language parts', async () => {
    for (const mode of ['parallel', 'sequential']) {
      const outline = await pdfOutline(join(ws.dir, mode, `${BASE}.en-es.pdf`));
      // Whole titles, word spaces kept where the heading wraps, each line once.
      expect(outline, mode).toContain('Letter from Human Rights Groups to US Secretary of State Antony Blinken and Mexican Secretary of Foreign Affairs Marcelo Ebrard');
      expect(outline, mode).toContain('Carta de organizaciones de derechos humanos al Secretario de Estado de los Estados Unidos, Antony Blinken, y al Secretario de Relaciones Exteriores de México, Marcelo Ebrard');
    }
  });

  it('parallel: pair the paragraphs, the English one first in reading order, and print the signers once', () => {
    const text = searchable(pdfText(join(ws.dir, 'parallel', `${BASE}.en-es.pdf`)));
    const order = ['Through the Bicentennial Framework', 'Mediante el Entendimiento Bicentenario', 'One year into the Framework', 'Sin embargo, a un año'];
    const at = order.map((m) => text.indexOf(m));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text.split('Human Rights Watch').length - 1).toBe(1);
  });

  it('sequential: the whole letter in each language, one after the other', () => {
    const text = normalizeSpace(pdfText(join(ws.dir, 'sequential', `${BASE}.en-es.pdf`)));
    const english = text.indexOf('Thank you for your time and consideration.');
    const spanish = text.indexOf('Carta de organizaciones');
    expect(english).toBeGreaterThan(0);
    expect(spanish).toBeGreaterThan(english);
    expect(text.split('Human Rights Watch').length - 1).toBe(2);
  });

  it('sequential: each part numbers its own pages, "Page k of n" in its language from its second page', () => {
    const pages = pageTexts(join(ws.dir, 'sequential', `${BASE}.en-es.pdf`));
    const spanish = pages.findIndex((t) => t.includes('Carta de organizaciones'));
    expect(spanish).toBeGreaterThan(1); // the English part has a second page, so a number to check
    const parts = [pages.slice(0, spanish), pages.slice(spanish)];
    const footers = pages.map((t) => /(Page|Página) \d+ (of|de) \d+/.exec(t)?.[0] ?? '');
    expect(footers).toEqual(parts.flatMap((part, p) => part.map((_, k) => (k === 0 ? '' : p === 0 ? `Page ${k + 1} of ${part.length}` : `Página ${k + 1} de ${part.length}`))));
  });

  it('sequential drafts mark every page DRAFT in the language of its part', async () => {
    const result = await cliInThisProcess(['build', '--bilingual', 'sequential', '--draft', '--format', 'pdf', '--out', 'draft'], { cwd: ws.dir });
    expect(result.code, result.stderr).toBe(0);
    const pages = pageTexts(join(ws.dir, 'draft', `${BASE}.en-es.pdf`));
    const spanish = pages.findIndex((t) => t.includes('Carta de organizaciones'));
    pages.forEach((text, i) => expect(text, `page ${i + 1}`).toMatch(i < spanish ? /^DRAFT / : /^BORRADOR /));
  });

  it('refuses a letter with one language, naming it, and writes nothing', async () => {
    const one = readFileSync(join(ws.dir, 'letters', `${BASE}.md`), 'utf8');
    const result = await cliInThisProcess(['build', '--bilingual', 'parallel', '--lang', 'en', '--out', 'one'], { cwd: ws.dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('needs two languages');
    expect(existsSync(join(ws.dir, 'one'))).toBe(false);
    expect(one).toContain('languages: [en, es]');
  });

  it('rejects an unknown mode as a usage error', async () => {
    const result = await cliInThisProcess(['build', '--bilingual', 'sidebyside'], { cwd: ws.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/parallel, sequential/);
  });
});
