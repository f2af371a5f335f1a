/**
 * Greetings a ministry reviser signs off (issue 27): for each language a table of the
 * issue's examples, each row read back from the real PDF (pdftotext) and from the Word
 * letter's XML built in the same run. One build in this process for every letter, one
 * for the parallel edition, `check --json` with and without `--strict`, and `release`
 * refusing a letter whose greeting could not agree in gender.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliInProcess, normalizeSpace, pdfInfo, pdfText, tempWorkspace, type CliResult } from '../helpers.js';
import { ZipParts } from '../../src/render/docx/zip-parts.js';
import * as L from './greeting-letters.js';
import { buildGreeting } from '../../src/i18n/greeting.js';
import { countryName } from '../../src/i18n/intl.js';
import { loadStrings, shippedLanguages, shippedRegions } from '../../src/i18n/strings.js';
import { letterSkeleton } from '../../src/scaffold/letter-template.js';
import { TemplateFiles } from '../../src/workspace/template-files.js';
import type { Addressee } from '../../src/model/schema.js';

const LETTERS: Record<string, string> = {
  'es-surnames': L.ES_SURNAMES, 'es-gender': L.ES_GENDER, 'es-unknown': L.ES_UNKNOWN, 'es-es': L.ES_ES, 'es-mx': L.ES_MX,
  'fr-women': L.FR_WOMEN, 'fr-en': L.FR_EN, 'pt-private': L.PT_PRIVATE, 'pt-officials': L.PT_OFFICIALS, 'pt-pt': L.PT_PT,
  'en-gb': L.EN_GB, 'en-us': L.EN_US, 'de-keys': L.DE_KEYS,
};

let ws: { dir: string; cleanup: () => void };
let runs: Record<'build' | 'parallel' | 'check' | 'strict' | 'release', CliResult>;

beforeAll(async () => {
  ws = tempWorkspace({
    'signatories.yaml': L.REGISTRY,
    'officials.yaml': L.OFFICIALS,
    'templates/i18n/de.yaml': L.DE_MARKERS,
    ...Object.fromEntries(Object.entries(LETTERS).map(([name, text]) => [`letters/${name}.md`, text])),
  });
  const run = (args: string[]) => cliInProcess(args, ws.dir);
  runs = {
    build: await run(['build', '--draft', '--format', 'html,pdf,docx']),
    parallel: await run(['build', 'fr-en', '--bilingual', 'parallel', '--draft', '--format', 'html,pdf,docx', '--out', 'parallel']),
    check: await run(['check', '--json']),
    strict: await run(['check', '--strict', '--json']),
    release: await run(['release', 'es-unknown']),
  };
}, 300_000);

afterAll(() => ws?.cleanup());

const out = (file: string) => join(ws.dir, 'out', file);
const pdf = (name: string) => normalizeSpace(pdfText(out(`${name}.pdf`)));
/** The Word letter's text (body, headers, footers), a space per paragraph end, no-break spaces as spaces. */
const word = (name: string) => {
  const zip = ZipParts.read(readFileSync(out(`${name}.docx`)), name);
  const xml = ['word/document.xml', ...[1, 2, 3, 4, 5, 6].flatMap((n) => [`word/header${n}.xml`, `word/footer${n}.xml`])]
    .map((part) => zip.text(part) ?? '').join('\n');
  return normalizeSpace(xml.replace(/<w:instrText[^>]*>[^<]*<\/w:instrText>/g, '#').replace(/<\/w:p>/g, ' ').replace(/<w:tab\/>/g, ' ').replace(/<w:br\/>/g, ' ').replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, '\''));
};
 /** Small capitals (group headings) come out of pdftotext with stray spaces: compare without any. */
const bare = (text: string) => text.replace(/\s+/g, '');
const xmlOf = (name: string) => ZipParts.read(readFileSync(out(`${name}.docx`)), name).text('word/document.xml')!;

interface Row {
  /** The example, in its words. */
  name: string;
  /** The output's name without extension. */
  file: string;
  /** Printed in the PDF and in the Word letter. */
  prints?: string[];
  /** Printed in both, compared without blanks (pdftotext spaces small capitals and kerned pairs). */
  headings?: string[];
  /** In the PDF only, and in the Word letter only (Word's page fields print as #). */
  pdf?: string[];
  word?: string[];
  /** In neither. */
  never?: string[];
}

const ROWS: Record<string, Row[]> = {
  Spanish: [
    { name: 'family_name: from the directory, its particle capitalized without the given name (RAE)', file: '2020-04-30-es-surnames.es', prints: ['Estimado señor De la Fuente'], never: ['señor Ramón', 'señor Fuente'] },
    { name: 'a long name without family_name: is never split by guess: the full name', file: '2020-04-30-es-surnames.es', prints: ['estimada señora Rosa Icela Rodríguez Velázquez:'], never: ['señora Velázquez', 'señora Rodríguez Velázquez'] },
    { name: 'the as-of date joins the heading, never a second noun', file: '2020-04-30-es-surnames.es', prints: ['Firmantes al 30 de abril de 2020:'], never: ['Firmantes: Firmantes', 'Firmantes al 30 de abril de 2020 Firmantes'] },
    { name: 'signers without a country come last with no heading', file: '2020-04-30-es-surnames.es', prints: ['Zeta Colectivo Palestina Al-Haq Red sin fronteras'], never: ['Otros países', 'Territorios Palestinos'] },
    { name: 'an honorific that shows the gender decides it: "Estimada Titular Robles"', file: '2020-04-30-es-gender.es', prints: ['Excelentísima Señora Rosa Robles', 'Estimada Titular Robles:'], never: ['Estimado Titular'] },
    { name: 'nothing shows the gender: no adjective, never the masculine', file: '2020-04-30-es-unknown.es', prints: ['Ernestina Godoy Ramos:'], never: ['Estimado', 'Estimada'] },
    { name: 'es-ES: "a 1 de octubre"', file: '2022-10-01-es-es.es-ES', prints: ['Firmantes a 1 de octubre de 2022'], never: ['Firmantes al'] },
    { name: 'es-MX reads fields keyed es', file: '2022-10-01-es-mx.es-MX', prints: ['Carta a la secretaria', 'Asunto: Cooperación', 'Estimada Secretaria Bárcena:'] },
  ],
  French: [
    { name: 'two women without salutations: "Mesdames,"', file: '2022-10-01-fr-women.fr', prints: ['Mesdames,'], never: ['Madame, Madame'] },
    { name: 'the dateline with "le", in Word too', file: '2022-10-01-fr-women.fr', prints: ['Genève, le 1er octobre 2022'], never: ['Genève, 1er'] },
    { name: 'the as-of phrase, with 1er', file: '2022-10-01-fr-women.fr', prints: ['Signataires au 1er octobre 2022'] },
    { name: 'Palestine is one name; Côte d’Ivoire as France writes it', file: '2022-10-01-fr-women.fr', headings: ['Palestine Al-Haq', 'Côte d’Ivoire'], never: ['Territoires palestiniens', 'Autres pays'] },
  ],
  Portuguese: [
    { name: 'two women, private persons: each her own adjective', file: '2022-10-01-pt-private.pt-BR', prints: ['Prezada Senhora Souza, prezada Senhora Mendes,'], never: ['Prezadas Senhora'] },
    { name: 'pt-BR as-of: "em 1º de", not "até"', file: '2022-10-01-pt-private.pt-BR', prints: ['Signatários em 1º de outubro de 2022'], never: ['até'] },
    { name: '"As" and "O" are articles a Portuguese list sorts without', file: '2022-10-01-pt-private.pt-BR', prints: ['Bravo Centro As Mulheres em Movimento Zeta Colectivo'] },
    { name: 'officials: the vocative of the office (Manual de Redação), never the name', file: '2022-10-02-pt-officials.pt', prints: ['Senhora Ministra, Senhor Ministro,'], never: ['Senhora Marina', 'Senhora Silva', 'Prezad'] },
    { name: 'pt-PT as-of: "à data de 1 de"', file: '2022-10-01-pt-pt.pt-PT', prints: ['Signatários à data de 1 de outubro de 2022'] },
    { name: 'pt-PT: "Costa do Marfim", not CLDR’s menu form', file: '2022-10-01-pt-pt.pt-PT', prints: ['Costa do Marfim'], never: ['Côte d', '(Costa do Marfim)'] },
  ],
  English: [
    { name: 'a long title after the name, in the address block', file: '2020-04-30-en-gb.en-GB', prints: ['Stefan Lindgren Prime Minister of Sweden'], never: ['Prime Minister of Sweden Stefan Lindgren'] },
    { name: '"Mr Lindgren" with gender; the full name without', file: '2020-04-30-en-gb.en-GB', prints: ['Dear Mr Lindgren and Jane Cooper,'], never: ['Ms Cooper', 'Mr Cooper'] },
    { name: 'en-GB: "as at" joined to the heading, "organisations"', file: '2020-04-30-en-gb.en-GB', prints: ['Endorsers as at 30 April 2020', '2 organisations'], never: ['Signatories as', 'organizations'] },
    { name: 'en-US: "as of" joined to the heading', file: '2020-04-30-en-us.en', prints: ['Endorsers as of April 30, 2020', 'Dear Ms. Cooper,'], never: ['Endorsers Signatories'] },
  ],
  'Parallel editions': [
    { name: 'the heading without the colon’s space; footer and DRAFT in both languages', file: '../parallel/2022-10-01-fr-en.fr-en', prints: ['Signataires / Signatories', 'PROJET / DRAFT'], pdf: ['Page 2 sur 2 / Page 2 of 2'], word: ['Page # sur # / Page # of #'], never: ['Signataires : /', 'Signataires  /'] },
  ],
};

describe('greetings and the lines coalition prints, read back from PDF and Word', () => {
  it('builds every letter and the edition', () => {
    expect(runs.build.code, runs.build.stderr).toBe(0);
    expect(runs.parallel.code, runs.parallel.stderr).toBe(0);
  });

  for (const [language, rows] of Object.entries(ROWS)) {
    describe(language, () => {
      for (const row of rows) {
        it(row.name, () => {
          const file = row.file;
          for (const [format, text] of [['PDF', pdf(file)], ['Word', word(file)]] as const) {
            for (const s of row.prints ?? []) expect(text, `${format}: ${file}`).toContain(s);
            for (const s of row.never ?? []) expect(text, `${format}: ${file}`).not.toContain(s);
            for (const s of row.headings ?? []) expect(bare(text), `${format}: ${file}`).toContain(bare(s));
            for (const s of (format === 'PDF' ? row.pdf : row.word) ?? []) expect(text, `${format}: ${file}`).toContain(s);
          }
        });
      }
    });
  }

  it('sets the ordinal’s letters superior: 1<sup>er</sup> in the page, a superscript run in Word', () => {
    const page = readFileSync(out('2022-10-01-fr-women.fr.html'), 'utf8');
    expect(page).toContain('<time datetime="2022-10-01">1<sup class="ordinal">er</sup> octobre 2022</time>');
    expect(xmlOf('2022-10-01-fr-women.fr')).toMatch(/<w:vertAlign w:val="superscript"\/>(<w:lang [^>]*>)?<\/w:rPr><w:t[^>]*>er<\/w:t>/);
  });

  it('tags Word letters with the region their strings are written for', () => {
    const tag = (name: string) => /<w:lang w:val="([^"]+)"/.exec(xmlOf(name))?.[1];
    expect(tag('2020-04-30-es-unknown.es')).toBe('es-MX');
    expect(tag('2022-10-02-pt-officials.pt')).toBe('pt-BR');
    expect(tag('2022-10-01-pt-pt.pt-PT')).toBe('pt-PT');
    expect(tag('2022-10-01-fr-women.fr')).toBe('fr-FR');
  });

  it('gives the PDF the title as its Subject, never a phrase built from honorifics', () => {
    expect(pdfInfo(out('2020-04-30-es-gender.es.pdf')).Subject).toBe('Carta a las titulares');
  });

  it('prints in Word every strings key the PDF prints', () => {
    const markers = (text: string) => new Set(text.match(/QQ[a-z]+QQ/g) ?? []);
    const inPdf = markers(pdf('2022-10-01-de-keys.de'));
    const inWord = markers(word('2022-10-01-de-keys.de'));
    // subject, cc, dateline, as-of, updated, page, draft, pending, count and its nouns, greeting, salutation
    expect(inPdf.size).toBeGreaterThanOrEqual(12);
    expect([...inPdf].filter((m) => !inWord.has(m))).toEqual([]);
  });
});

describe('check names the addressee, says what the greeting assumed, and is strict for sending', () => {
  type Found = { file: string; line: number; severity: string; code: string; message: string };
  const found = (run: CliResult) => JSON.parse(run.stdout) as Found[];
  const lineOf = (letter: string, text: string) => LETTERS[letter]!.split('\n').indexOf(text) + 1;
  const greetingCodes = ['gender-unknown', 'salutation-missing', 'family-name-unknown'];
  const listed = (run: CliResult) => found(run).filter((d) => greetingCodes.includes(d.code)).map((d) => `${d.file}:${d.line} ${d.severity} ${d.code}`).sort();

  it('reports each at the addressee’s line', () => {
    expect(listed(runs.check)).toEqual([
      `letters/de-keys.md:${lineOf('de-keys', '  - name: Annalena Baerbock')} warning salutation-missing`,
      `letters/en-gb.md:${lineOf('en-gb', '  - name: Jane Cooper')} warning salutation-missing`,
      `letters/en-gb.md:${lineOf('en-gb', '  - name: Stefan Lindgren')} warning salutation-missing`,
      `letters/en-us.md:${lineOf('en-us', '  - name: Jane Cooper')} warning salutation-missing`,
      `letters/es-surnames.md:${lineOf('es-surnames', '  - emb-fuente')} warning salutation-missing`,
      `letters/es-surnames.md:${lineOf('es-surnames', '  - name: Rosa Icela Rodríguez Velázquez')} warning family-name-unknown`,
      `letters/es-surnames.md:${lineOf('es-surnames', '  - name: Rosa Icela Rodríguez Velázquez')} warning salutation-missing`,
      `letters/es-unknown.md:${lineOf('es-unknown', '  - name: Ernestina Godoy Ramos')} warning gender-unknown`,
      `letters/es-unknown.md:${lineOf('es-unknown', '  - name: Ernestina Godoy Ramos')} warning salutation-missing`,
      `letters/fr-women.md:${lineOf('fr-women', '  - name: Catherine Colonna')} warning salutation-missing`,
      `letters/fr-women.md:${lineOf('fr-women', '  - name: Rachida Dati')} warning salutation-missing`,
      `letters/pt-officials.md:${lineOf('pt-officials', '  - name: Fernando Haddad')} warning salutation-missing`,
      `letters/pt-officials.md:${lineOf('pt-officials', '  - name: Marina Silva')} warning salutation-missing`,
      `letters/pt-private.md:${lineOf('pt-private', '  - name: Ana Souza')} warning salutation-missing`,
      `letters/pt-private.md:${lineOf('pt-private', '  - name: Beatriz Mendes')} warning salutation-missing`,
    ].sort());
  });

  it('says what was assumed', () => {
    const message = (code: string, name: string) => found(runs.check).find((d) => d.code === code && d.message.includes(name))!.message;
    const about = (name: string) => found(runs.check).find((d) => d.code === 'salutation-missing' && d.message.startsWith(name))!.message;
    expect(message('gender-unknown', 'Ernestina')).toContain('no gender was assumed and the greeting leaves their adjective out: "Ernestina Godoy Ramos:" (es)');
    expect(message('family-name-unknown', 'Rosa Icela')).toContain('the full name was used');
    expect(about('Jane Cooper')).toMatch(/"Dear Mr Lindgren and Jane Cooper," \(en-GB\), with the full name/);
    expect(about('Stefan Lindgren')).toMatch(/built from gender m/);
  });

  it('makes an unknown gender an error under --strict, and release refuses the letter', () => {
    expect(runs.check.code).toBe(0);
    expect(listed(runs.strict)).toContain(`letters/es-unknown.md:${lineOf('es-unknown', '  - name: Ernestina Godoy Ramos')} error gender-unknown`);
    expect(runs.strict.code).toBe(1);
    expect(runs.release.code).toBe(1);
    expect(runs.release.stderr).toContain('gender-unknown');
  });

  it('accepts fields keyed es in an es-MX letter', () => {
    expect(found(runs.check).filter((d) => d.file === 'letters/es-mx.md' && d.severity === 'error')).toEqual([]);
  });
});

describe('the rules behind them', () => {
  const files = new TemplateFiles(undefined);
  const strings = (lang: string) => loadStrings(files, lang);
  const person = (name: string, fields: Partial<Addressee> = {}): Addressee => ({ name, ...fields });

  it.each([
    ['fr', [person('A', { gender: 'f' }), person('B', { gender: 'f' })], 'Mesdames,'],
    ['fr', [person('A', { gender: 'f' }), person('B', { gender: 'm' })], 'Madame, Monsieur,'],
    ['fr', [person('A', { gender: 'm' }), person('B', { gender: 'm' }), person('C', { gender: 'f' })], 'Madame, Messieurs,'],
    ['fr', [person('A')], 'Madame, Monsieur,'],
    ['pt', [person('Ana Souza', { gender: 'f' }), person('Rui Mendes', { gender: 'm' })], 'Prezada Senhora Souza, prezado Senhor Mendes,'],
    ['pt', [person('A', { title: 'Secretária Nacional de Justiça' })], 'Senhora Secretária Nacional,'],
    ['pt', [person('Ernestina Godoy Ramos', { title: 'Presidente do Conselho' })], 'Ernestina Godoy Ramos,'],
    ['es', [person('Juan de la Fuente', { gender: 'm' })], 'Estimado señor De la Fuente:'],
    ['es', [person('Juan Ramón de la Fuente', { gender: 'm' })], 'Estimado señor Juan Ramón de la Fuente:'],
    ['es', [person('Ana Pérez', { gender: 'f' }), person('Luis Soto')], 'Estimada señora Pérez y Luis Soto:'],
    ['en', [person('Jane Cooper', { honorific: 'Her Excellency' })], 'Dear Ms. Cooper,'],
    ['en', [person('Jane Cooper', { title: 'Minister of State at His Majesty’s Treasury' })], 'Dear Jane Cooper,'],
    ['en', [person('Martin Luther King Jr.', { gender: 'm' })], 'Dear Mr. King,'],
    ['de', [person('Kim Meyer')], 'Guten Tag Kim Meyer,'],
    ['it', [person('Andrea Rossi')], 'Gentile Andrea Rossi,'],
    ['it', [person('A', { salutation: 'Ministro Rossi', gender: 'm' }), person('B', { salutation: 'Ministro Bianchi', gender: 'm' })], 'Egregio Ministro Rossi, egregio Ministro Bianchi,'],
  ] as const)('greets in %s: %#', (lang, to, greeting) => {
    expect(buildGreeting(to, lang, strings(lang))).toBe(greeting);
  });

  it('names no country by a menu form, in any shipped language or region', () => {
    const codes: string[] = [];
    for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) codes.push(String.fromCharCode(a, b));
    const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    // Real countries and territories: deprecated codes (BU, ZR…) and groupings (EU, UN…) aside; Cocos (Keeling) Islands is the name itself.
    const real = codes.filter((c) => english.of(c) && !['BU', 'CS', 'DD', 'DY', 'FX', 'HV', 'NH', 'RH', 'SU', 'TP', 'YD', 'YU', 'ZR', 'EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', 'AA', 'QU', 'CC', 'XK', 'AN', 'BQ'].includes(c));
    const menu = /[()（）]|特别行政区|特別行政區|领土|自治區|\s-\s|Kinshasa|Brazzaville|\bSAR\b|\bRAE\b|\bRAS\b|R\.A\.S\.|Sonderverwaltungsregion|pal[eä]stin(?!(a|e)$)/i;
    const faults: string[] = [];
    for (const lang of [...shippedLanguages(files), ...shippedRegions(files)]) {
      const own = strings(lang).countries;
      for (const code of real) {
        const name = countryName(code, lang, own);
        if (menu.test(name)) faults.push(`${lang} ${code} ${name}`);
      }
    }
    expect(faults).toEqual([]);
  });

  it('scaffolds a pt-PT letter in European Portuguese and an en-GB one with its closing', () => {
    const pt = letterSkeleton({ date: '2026-03-01', langs: ['pt-PT'], to: ['Ana Mendes'], files });
    expect(pt).toContain('os factos');
    expect(pt).toContain('Com os melhores cumprimentos,');
    expect(pt).not.toMatch(/fatos|Respeitosamente/);
    expect(letterSkeleton({ date: '2026-03-01', langs: ['en-GB'], to: ['Jane Cooper'], files })).toContain('closing: "Yours sincerely,"');
  });
});
