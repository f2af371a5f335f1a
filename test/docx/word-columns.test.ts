/**
 * Issue 28, item 7: the coordinator's Spanish Word letter (two addressees, 28 signers, a
 * cc) opened in real LibreOffice. The list's two columns are balanced (a continuous
 * section of their own, ended by a continuous break), so the letter is two pages with
 * names in both columns of the last one and the cc under them; in one column the cc is
 * kept with the list's last names, never alone at the top of a page.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliInProcess, pdfInfo, sampleWorkspace } from '../helpers.js';
import { convertWithLibreOffice } from './libreoffice.js';

const FILE = 'letters/2022-10-12-us-mexico-security-dialogue.md';
const STEM = '2022-10-12-us-mexico-security-dialogue';
/** The sixteen organizations that joined the sample letter's twelve. */
const MORE = [
  'Asociación Civil Fuerza Ciudadana', 'Colectivo de Análisis de la Seguridad con Democracia (CASEDE)', 'Comité de Derechos Humanos de Tabasco',
  'Red Nacional de Organismos Civiles de Derechos Humanos Todos los Derechos para Todas y Todos', 'Instituto para la Seguridad y la Democracia (Insyde)',
  'Centro de Colaboración Cívica', 'Fundar, Centro de Análisis e Investigación', 'Programa de Política de Drogas del CIDE',
  'Latin America Working Group (LAWG)', 'Center for International Policy', 'Amnesty International USA', 'Due Process of Law Foundation',
  'Mexico Violence Resource Project', 'Elementa DDHH', 'Intersecta', 'Causa en Común',
];

const ws = sampleWorkspace();
let pdfs: Map<string, string>;

/**
 * The sample letter with 28 signers and a cc, its body (each language) without `drop`
 * paragraphs after the first and with `extra` sentences added to the Spanish closing
 * paragraph: the coordinator's length.
 */
function letter(drop: number, extra: number, columns?: number): string {
  let text = readFileSync(join(ws.dir, FILE), 'utf8');
  text = text.replace('  - wola\n', `  - wola\n${MORE.map((_, i) => `  - more-${i}\n`).join('')}`);
  text = text.replace('signatories:  ', 'cc:\n  - name: Ken Salazar\n    title: { en: U.S. Ambassador to Mexico, es: Embajador de los Estados Unidos en México }\nsignatories:  ');
  if (columns) text = text.replace('signing:\n', `signing:\n  columns: ${columns}\n`);
  text = text.replace(/(\n::: (?:en|es)\n)([\s\S]*?)(\n:::)/g, (_, open: string, body: string, close: string) => {
    const paragraphs = body.split('\n\n');
    return open + [paragraphs[0], ...paragraphs.slice(1 + drop)].join('\n\n') + close;
  });
  const sentence = ' Quedamos a su disposición para cualquier consulta adicional sobre estos temas.';
  return text.replace('Les agradecemos su tiempo y consideración.', `Les agradecemos su tiempo y consideración.${sentence.repeat(extra)}`);
}

async function build(text: string, out: string, langs: string): Promise<void> {
  writeFileSync(join(ws.dir, FILE), text);
  const result = await cliInProcess(['build', '--format', 'docx', '--lang', langs, '--out', out], ws.dir);
  expect(result.code, result.stderr).toBe(0);
}

interface Word { page: number; x: number; y: number; text: string }

/** Every word of a PDF with its page and position (pdftotext -bbox), and the pages' width. */
function words(pdf: string): { width: number; words: Word[] } {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const width = Number(/<page width="([\d.]+)"/.exec(html)![1]);
  const found: Word[] = [];
  html.split('<page ').slice(1).forEach((page, i) => {
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g)) {
      found.push({ page: i + 1, x: Number(m[1]), y: Number(m[2]), text: m[3]! });
    }
  });
  return { width, words: found };
}

beforeAll(async () => {
  const registry = MORE.map((name, i) => `\n  more-${i}:\n    name: "${name}"\n    country: MX\n`).join('');
  writeFileSync(join(ws.dir, 'signatories.yaml'), readFileSync(join(ws.dir, 'signatories.yaml'), 'utf8') + registry);
  const original = readFileSync(join(ws.dir, FILE), 'utf8');
  await build(letter(4, 0), 'columns', 'en,es');
  writeFileSync(join(ws.dir, FILE), original);
  await build(letter(5, 10, 1), 'one-column', 'es');
  mkdirSync(join(ws.dir, 'lo'));
  pdfs = convertWithLibreOffice([
    join(ws.dir, 'columns', `${STEM}.en.docx`), join(ws.dir, 'columns', `${STEM}.es.docx`), join(ws.dir, 'one-column', `${STEM}.es.docx`),
  ].map((f, i) => {
    // One folder of PDFs: the three files get names of their own.
    const named = join(ws.dir, 'lo', `${['en', 'es', 'es-one-column'][i]}.docx`);
    writeFileSync(named, readFileSync(f));
    return named;
  }), join(ws.dir, 'lo'));
}, 240_000);
afterAll(() => ws.cleanup());

describe('the Spanish Word letter with 28 signers, in LibreOffice', () => {
  it('is two pages, as the English one is, with names in both columns of page 2 and the cc under the last ones', () => {
    const en = pdfs.get(join(ws.dir, 'lo', 'en.docx'))!;
    const es = pdfs.get(join(ws.dir, 'lo', 'es.docx'))!;
    expect(pdfInfo(en).Pages, 'en').toBe('2');
    expect(pdfInfo(es).Pages, 'es').toBe('2');
    const { width, words: all } = words(es);
    const first = all.find((w) => w.text === 'Amnistía')!;
    const cc = all.find((w) => w.text === 'Salazar')!;
    const last = all.find((w) => w.text === 'Común')!;
    expect([first.page, cc.page, last.page]).toEqual([2, 2, 2]);
    // The list: below its first name, above the cc. Both halves of the page hold names.
    const list = all.filter((w) => w.page === 2 && w.y >= first.y - 1 && w.y < cc.y && w.text !== 'Ken' && w.text !== 'c.' && w.text !== 'p.:');
    expect(list.some((w) => w.x > width / 2 + 10), 'names in the right column').toBe(true);
    expect(list.some((w) => w.x < width / 2 - 10 && w.text === 'Amnistía')).toBe(true);
    expect(last.x).toBeGreaterThan(width / 2);
    // The cc across the page under both columns, not in one of them.
    const ken = all.find((w) => w.text === 'Ken' && w.page === 2)!;
    expect(ken.x).toBeLessThan(width / 4);
    expect(Math.max(...list.map((w) => w.y))).toBeLessThan(ken.y);
  });

  it('in one column, the cc goes to the next page with the last names, never alone', () => {
    const pdf = pdfs.get(join(ws.dir, 'lo', 'es-one-column.docx'))!;
    const { words: all } = words(pdf);
    const cc = all.find((w) => w.text === 'Salazar')!;
    const onItsPage = all.filter((w) => w.page === cc.page && w.y < cc.y).map((w) => w.text);
    expect(onItsPage, 'words above the cc on its page').toEqual(expect.arrayContaining(['Causa', 'Común']));
  });
});
