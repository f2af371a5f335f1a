/**
 * The UN languages coalition ships beyond the Latin-script ones (issue 30): each letter
 * built once, in this process, to PDF and Word, and read back: the greeting, the date,
 * the footer and draft mark in the language, no English scaffold, and every glyph in
 * an embedded font of the package (pdffonts: no system fallback).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliInProcess, normalizeSpace, pdfText, tempWorkspace, type CliResult } from '../helpers.js';
import { ZipParts } from '../../src/render/docx/zip-parts.js';
import { convertWithLibreOffice } from '../docx/libreoffice.js';
import { expectPageLikeReference } from '../layout/reference-pages.js';

/** `count` paragraphs of 90 words: a body long enough to run onto a second page. */
const paragraphs = (count: number, word: string) => Array.from({ length: count }, (_, i) => `${i + 1}. ${`${word} `.repeat(90).trim()}.`).join('\n\n');

const REGISTRY = `signatories:
  memorial: { name: Мемориал, country: RU }
  amnesty: { name: Амнистия, country: GB }
  yabloko: { name: Яблоко, country: RU }
  hrw: { name: Human Rights Watch, country: US }
`;

const RU = `---
title: Письмо министру
date: 2026-03-02
languages: [ru]
place: Москва
to:
  - name: Анна Петрова
    title: Министр иностранных дел
    salutation: госпожа министр
  - name: Иван Соколов
    title: Посол
    gender: m
cc: [Секретариат]
signatories: [yabloko, hrw, memorial, amnesty]
signing:
  as_of: 2026-03-02
  count: true
---

${paragraphs(8, 'текст')}
`;

let ws: { dir: string; cleanup: () => void };
let runs: Record<'build' | 'check', CliResult>;

beforeAll(async () => {
  ws = tempWorkspace({ 'signatories.yaml': REGISTRY, 'letters/ru.md': RU });
  runs = {
    build: await cliInProcess(['build', '--draft', '--format', 'pdf,docx'], ws.dir),
    check: await cliInProcess(['check', '--json'], ws.dir),
  };
}, 300_000);

afterAll(() => ws?.cleanup());

const out = (file: string) => join(ws.dir, 'out', file);
const pdf = (name: string) => normalizeSpace(pdfText(out(`${name}.pdf`)));
const xml = (name: string) => {
  const zip = ZipParts.read(readFileSync(out(`${name}.docx`)), name);
  return ['word/document.xml', ...[1, 2, 3, 4, 5, 6].flatMap((n) => [`word/header${n}.xml`, `word/footer${n}.xml`])].map((part) => zip.text(part) ?? '').join('\n');
};
/** The Word letter's text, a space per paragraph end; page fields print as #. */
const word = (name: string) => normalizeSpace(xml(name).replace(/<w:instrText[^>]*>[^<]*<\/w:instrText>/g, '#').replace(/<\/w:p>/g, ' ').replace(/<[^>]+>/g, ''));
const fonts = (name: string) => execFileSync('pdffonts', [out(`${name}.pdf`)], { encoding: 'utf8' }).trim().split('\n').slice(2)
  .map((line) => ({ name: line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''), embedded: / yes /.test(line.slice(line.search(/\s(Type|CID)/))) }));

describe('Russian', () => {
  const name = '2026-03-02-ru.ru';
  it('builds, and check finds nothing it cannot print nor a language without strings', () => {
    expect(runs.build.code, runs.build.stderr).toBe(0);
    const found = JSON.parse(runs.check.stdout) as { code: string }[];
    expect(found.map((d) => d.code).filter((c) => ['unprintable-character', 'no-strings'].includes(c))).toEqual([]);
  });

  it('greets each addressee in their gender, with "!", and dates the Russian way, in the PDF and in Word', () => {
    for (const text of [pdf(name), word(name)]) {
      expect(text).toContain('Уважаемая госпожа министр, уважаемый господин Соколов!');
      expect(text).toContain('Москва, 2 марта 2026 г.');
      expect(text).toContain('Подписавшие по состоянию на 2 марта 2026 г.');
      // Plural forms by Intl.PluralRules: few organizations, from few countries (genitive).
      expect(text).toContain('4 организации из 3 стран');
      expect(text).toContain('Копия:');
      expect(text).toContain('ПРОЕКТ');
      for (const english of ['Dear', 'Signatories', 'DRAFT', 'Page ', 'organizations', 'cc:']) expect(text).not.toContain(english);
    }
    expect(pdf(name)).toContain('Страница 2 из 2');
    expect(word(name)).toContain('Страница # из #');
  });

  it('sorts the signers in the Russian alphabet, Latin names after', () => {
    const text = pdf(name);
    const at = (s: string) => text.indexOf(s);
    expect(at('Амнистия')).toBeLessThan(at('Мемориал'));
    expect(at('Мемориал')).toBeLessThan(at('Яблоко'));
    expect(at('Яблоко')).toBeLessThan(at('Human Rights Watch'));
  });

  it('prints every glyph in the bundled, embedded Source Serif 4: no system font', () => {
    const used = fonts(name);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((f) => !f.name.startsWith('SourceSerif4') || !f.embedded)).toEqual([]);
  });

  it('looks as its reference page (test/reference/ru-1.png)', () => {
    expectPageLikeReference(out(`${name}.pdf`), 'ru', 1);
  });

  it('opens in LibreOffice with the Russian text, no English scaffold', () => {
    const dir = mkdtempSync(join(tmpdir(), 'coalition-ru-word-'));
    try {
      const converted = convertWithLibreOffice([out(`${name}.docx`)], dir).get(out(`${name}.docx`))!;
      const text = normalizeSpace(pdfText(converted));
      expect(text).toContain('Уважаемая госпожа министр, уважаемый господин Соколов!');
      expect(text).toContain('Москва, 2 марта 2026 г.');
      expect(text).toContain('4 организации из 3 стран');
      expect(text).toContain('Страница 2 из 2');
      for (const english of ['Dear', 'Signatories', 'DRAFT', 'Page ', 'organizations', 'cc:']) expect(text).not.toContain(english);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('tags the Word letter Russian', () => {
    expect(xml(name)).toContain('<w:lang w:val="ru-RU"/>');
    expect(xml(name)).not.toMatch(/w:val="en-US"/);
  });
});
