/**
 * Two letters shaped like real published joint letters (test/fixtures/shapes), each
 * released once and its Word files opened once by LibreOffice; every feature of issue
 * 26 read back from the PDF (pdftotext), from Word as LibreOffice prints it, and from
 * the release's plain text:
 *
 * - pt-BR, to the President of the Senate: no title printed, a reference line, `1)`
 *   reasons and `a)` requests, footnotes (two by label, one inline), three named
 *   representatives side by side above the list of 71 organizations;
 * - en-GB, to two presiding officers and a committee with a postal address: cc blocks
 *   with addresses right under the addressees, a workspace dateline "{place} {date}.",
 *   33 organizations and 43 individuals in two titled sections (affiliations on
 *   several lines, a role on the name line, a name with letters after it).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliInProcess, normalizeSpace, pdfInfo, pdfText, REPO, tempWorkspace } from '../helpers.js';
import { convertWithLibreOffice } from '../docx/libreoffice.js';

const PT = '2015-03-12-carta-senado';
const EN = '2018-10-12-assistance-access';

interface Formats {
  /** pdftotext of Chromium's PDF, in reading order; and with -layout (side by side stays on one line). */
  pdf: string;
  pdfLayout: string;
  /** pdftotext of LibreOffice's PDF of the Word file. */
  word: string;
  wordLayout: string;
  text: string;
  pdfPath: string;
}

let ws: { dir: string; cleanup: () => void };
const out: Record<string, Formats> = {};
const released: Record<string, { code: number; stderr: string }> = {};

const lines = (text: string) => text.split('\n').map((l) => normalizeSpace(l)).filter(Boolean);
const layout = (pdf: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', pdf, '-'], { encoding: 'utf8' });
/** In `pdftotext -layout` text: the line holding `needle` and the `count` lines under it, in its column. */
function underIn(printed: string, needle: string, count: number): string[] {
  const all = printed.split('\n');
  const at = all.findIndex((l) => l.includes(needle));
  if (at === -1) return [];
  const column = all[at]!.indexOf(needle);
  return all.slice(at, at + count + 1).map((l) => l.slice(Math.max(0, column - 2)).trim().split(/\s{3,}/)[0]!);
}
/** Asserts that `needles` occur in `text` in this order. */
function inOrder(text: string, needles: string[]): void {
  let at = -1;
  for (const needle of needles) {
    const next = text.indexOf(needle, at + 1);
    expect(next, `"${needle}" after "${text.slice(Math.max(0, at - 40), at + 40)}"`).toBeGreaterThan(at);
    at = next;
  }
}

beforeAll(async () => {
  ws = tempWorkspace();
  cpSync(join(REPO, 'test', 'fixtures', 'shapes'), ws.dir, { recursive: true });
  for (const base of [PT, EN]) {
    const r = await cliInProcess(['release', base, '--format', 'pdf,docx'], ws.dir);
    released[base] = r;
  }
  const version = (base: string) => join(ws.dir, 'releases', base, 'v1');
  const docx = [PT, EN].map((base) => join(version(base), readdirSync(version(base)).find((f) => f.endsWith('.docx'))!));
  const pdfs = convertWithLibreOffice(docx, join(ws.dir, 'word-pdf'));
  [PT, EN].forEach((base, i) => {
    const files = readdirSync(version(base));
    const pdfPath = join(version(base), files.find((f) => f.endsWith('.pdf'))!);
    const wordPdf = pdfs.get(docx[i]!)!;
    out[base] = {
      pdf: pdfText(pdfPath),
      pdfLayout: layout(pdfPath),
      word: pdfText(wordPdf),
      wordLayout: layout(wordPdf),
      text: readFileSync(join(version(base), files.find((f) => f.endsWith('.txt'))!), 'utf8'),
      pdfPath,
    };
  });
}, 240_000);
afterAll(() => ws?.cleanup());

describe('a letter to the President of the Senate (pt-BR)', () => {
  const all = () => ({ pdf: out[PT]!.pdf, word: out[PT]!.word, text: out[PT]!.text });

  it('is released', () => {
    expect(released[PT]!.code, released[PT]!.stderr).toBe(0);
  });

  it('prints no title (title_block: false), which stays the PDF\'s Title', () => {
    for (const [format, text] of Object.entries(all())) {
      expect(text, format).not.toContain('Carta ao Presidente do Senado');
      expect(lines(text)[0], format).toBe('São Paulo, 12 de março de 2015');
    }
    expect(pdfInfo(out[PT]!.pdfPath).Title).toBe('Carta ao Presidente do Senado sobre o Projeto de Lei do Senado nº 000/2015');
  });

  it('prints the reference line above the addressee, and the addressee with its address lines', () => {
    for (const [format, text] of Object.entries(all())) {
      const l = lines(text);
      const at = l.indexOf('Carta Idec nº 100/2015/Coex');
      expect(at, format).toBeGreaterThan(0);
      expect(l.slice(at + 1, at + 6), format).toEqual([
        'Excelentíssimo Senhor Senador Renato Calmon', 'Presidente do Senado Federal', 'Praça dos Três Poderes',
        'Palácio do Congresso Nacional, Senado Federal', 'Brasília – DF, CEP 70165-900',
      ]);
    }
  });

  it('keeps the list marks as written: 1) 2) 3) and a) b)', () => {
    for (const [format, text] of Object.entries(all())) {
      const l = lines(text);
      for (const mark of ['1) o texto não foi debatido', '2) a proposta não cria', '3) o consentimento', 'a) retire o pedido', 'b) encaminhe o projeto']) {
        expect(l.some((line) => line.startsWith(mark)), `${format}: ${mark}`).toBe(true);
      }
      expect(text, format).not.toMatch(/^\s*1\. o texto/m);
    }
  });

  it('prints the footnotes: numbered marks in the text, the notes before the closing (PDF), Word\'s own notes, [1] in plain text', () => {
    const { pdf, word, text } = all();
    // PDF: the mark is a superscript number right after the word; the notes follow the body, before the closing.
    expect(pdf).toContain('nº 000/20151, que trata');
    inOrder(normalizeSpace(pdf), ['contribuir com o debate3.', '1. Apresentado em fevereiro de 2015', '2. A última audiência', '3. O Idec encaminhou nota técnica', 'Atenciosamente,']);
    // Word: real footnotes, printed by LibreOffice at the foot of the page, numbered by it.
    expect(normalizeSpace(word)).toContain('Apresentado em fevereiro de 2015; a íntegra está em https://www.example.org/pls-000-2015.');
    expect(normalizeSpace(word)).toContain('O Idec encaminhou nota técnica à Consultoria Legislativa em 2 de março de 2015.');
    expect(normalizeSpace(word)).not.toMatch(/\d\. Apresentado em fevereiro/);
    inOrder(text, ['nº 000/2015[1], que trata', 'sociedade civil[2];', 'com o debate[3].', '[1] Apresentado em fevereiro', '[2] A última audiência', '[3] O Idec encaminhou', 'Atenciosamente,']);
  });

  it('prints the named representatives side by side, name, title and organization on lines of their own, then the 71 organizations', () => {
    for (const [format, printed] of Object.entries({ pdf: out[PT]!.pdfLayout, word: out[PT]!.wordLayout })) {
      const row = printed.split('\n').find((l) => l.includes('Elisa Moura Bastos'));
      expect(row, format).toMatch(/Elisa Moura Bastos\s{2,}Carlos Eduardo Tavares\s{2,}Marina Lopes Viana/);
      const titles = printed.split('\n').find((l) => l.includes('Coordenadora Executiva'));
      expect(titles, format).toMatch(/Coordenadora Executiva\s{2,}Coordenador do Programa/);
    }
    inOrder(out[PT]!.pdf, ['Assinam esta carta:', 'Elisa Moura Bastos\nCoordenadora Executiva\nInstituto Brasileiro de', 'Marina Lopes Viana\nPresidente\nFórum Nacional']);
    const text = out[PT]!.text;
    inOrder(text, ['Atenciosamente,', 'Elisa Moura Bastos\nCoordenadora Executiva\nInstituto Brasileiro de Defesa do Consumidor (Idec)', 'Marina Lopes Viana\nPresidente\nFórum Nacional das Entidades Civis de Defesa do Consumidor']);
    const list = text.slice(text.indexOf('Fórum Nacional das Entidades Civis de Defesa do Consumidor\n\n') + 60);
    const organizations = lines(list);
    expect(organizations).toHaveLength(71);
    expect(organizations).toContain('Instituto Brasileiro de Defesa do Consumidor (Idec)');
  });
});

describe('a letter to two presiding officers and a committee (en-GB)', () => {
  const all = () => ({ pdf: out[EN]!.pdf, word: out[EN]!.word, text: out[EN]!.text });

  it('is released', () => {
    expect(released[EN]!.code, released[EN]!.stderr).toBe(0);
  });

  it('prints the title and the workspace\'s dateline with every character of its pattern', () => {
    for (const [format, text] of Object.entries(all())) {
      expect(normalizeSpace(text), format).toContain('Joint letter on the Telecommunications Amendment (Assistance and Access) Bill 2018 Canberra 12 October 2018.');
      expect(lines(text), format).toContain('Canberra 12 October 2018.');
    }
  });

  it('prints the committee with its postal address, and the cc entries with theirs right under the addressees', () => {
    for (const [format, text] of Object.entries(all())) {
      const flat = lines(text).join('\n').replace(/^cc:\s*/m, 'cc: ');
      inOrder(flat, [
        'The Honourable Anthony Smith MP\nSpeaker of the House of Representatives\nPO Box 6021\nParliament House\nCanberra ACT 2600',
        'Senator the Honourable Scott Ryland\nPresident of the Senate\nPO Box 6100',
        'Committee Secretary\nParliamentary Joint Committee on Intelligence and Security\nPO Box 6021\nParliament House\nCanberra ACT 2600',
        'cc: Honorable Christopher Porteous MP\nAttorney-General for Australia\nCommonwealth Parliamentary Offices\nLevel 6\n1 The Esplanade\nPerth WA 6000',
        'Honorable Peter Dalton MP\nMinister for Home Affairs\nPO Box 6022\nHouse of Representatives\nParliament House\nCanberra ACT 2600',
        'Dear Mr Speaker, Mr President and Committee Secretary,',
        'We write as organisations',
      ]);
      // Once only: not again after the signatures.
      expect(flat.match(/Perth WA 6000/g), format).toHaveLength(1);
    }
  });

  it('keeps a) b) c) and prints the footnotes', () => {
    for (const [format, text] of Object.entries(all())) {
      const l = lines(text);
      expect(l.some((line) => line.startsWith('a) refer the Bill')), format).toBe(true);
      expect(l.some((line) => line.startsWith('c) provide for independent')), format).toBe(true);
      expect(normalizeSpace(text), format).toContain('Introduced into the House of Representatives on 20 September 2018.');
    }
    inOrder(out[EN]!.text, ['Bill 2018[1].', 'encryption[2];', '[1] Introduced', '[2] A ‘systemic weakness’', 'Yours sincerely,']);
  });

  it('prints the two titled sections, and the individuals as the letter writes them, the same in PDF and Word', () => {
    for (const text of Object.values(all())) {
      const flat = normalizeSpace(text);
      inOrder(flat, ['Signatories', 'Organisations', 'Individuals (affiliations for identification only)']);
    }
    // Affiliation lines one under another (and a role on the name line): in the PDF as in Word.
    for (const [format, printed] of Object.entries({ pdf: out[EN]!.pdfLayout, word: out[EN]!.wordLayout })) {
      expect(underIn(printed, 'Professor Helen Marsh AM, Chair', 1), format).toEqual(['Professor Helen Marsh AM, Chair', 'Australian Privacy Forum']);
      expect(underIn(printed, 'Owen Lacey', 4), format).toEqual(['Owen Lacey', 'Senior Lecturer', 'Faculty of Law', 'University of Sydney', 'Member, Law Council Privacy Committee']);
    }
    // The plain text: one signer a line.
    expect(out[EN]!.text).toContain('Owen Lacey, Senior Lecturer, Faculty of Law, University of Sydney, Member, Law Council Privacy Committee\n');
    const individuals = lines(out[EN]!.text.slice(out[EN]!.text.indexOf('Individuals (')));
    expect(individuals).toHaveLength(1 + 43);
    const organizations = lines(out[EN]!.text.slice(out[EN]!.text.indexOf('Organisations\n'), out[EN]!.text.indexOf('Individuals (')));
    expect(organizations).toHaveLength(1 + 33);
  });

  it('sorts a name with letters after it under the family name', () => {
    const individuals = lines(out[EN]!.text.slice(out[EN]!.text.indexOf('Individuals (')));
    const at = individuals.findIndex((l) => l.startsWith('Dr Ravi Kumar Sharma, B. Tech (IT), MBA, PhD'));
    expect(individuals[at - 1]).toMatch(/^Xavier Sato/);
    expect(individuals[at + 1]).toMatch(/^Noah Thompson/);
  });
});
