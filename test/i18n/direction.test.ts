/**
 * Right to left (issue 21 §4: switching RTL off entirely failed no test). A letter in
 * Arabic sets `dir="rtl"` on its page; an English and Arabic edition sets each
 * passage's own direction; the Word letter's Arabic paragraphs are bidirectional and
 * tagged Arabic. Built in-process as `build` does, read back from the files written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textDirection } from '../../src/i18n/direction.js';
import { REGISTRY } from '../hostile/corpus.js';
import { cliInProcess, tempWorkspace } from '../helpers.js';

const LETTER = `---
title: { en: Letter on detention, ar: رسالة بشأن الاحتجاز }
date: 2026-12-01
languages: [en, ar]
to:
  - name: { en: Minister Ahmed, ar: الوزير أحمد }
    title: { en: Minister of Justice, ar: وزير العدل }
    salutation: { en: Minister Ahmed, ar: معالي الوزير أحمد }
closing: { en: "Sincerely,", ar: "وتفضلوا بقبول فائق الاحترام،" }
signatories: [wola, hrw]
---

::: en
We write about detention.
:::

::: ar
نكتب إليكم بشأن الاحتجاز.
:::
`;

// A language coalition does not ship is refused unless the workspace has its own strings (issue 30): a file of one key will do.
const ws = tempWorkspace({ 'signatories.yaml': REGISTRY, 'letters/2026-12-01-detention.md': LETTER, 'templates/i18n/ar.yaml': 'draft: مسودة\n' });
const out = (name: string) => join(ws.dir, 'out', name);
const html = (name: string) => readFileSync(out(name), 'utf8');

beforeAll(async () => {
  for (const args of [['--format', 'html,docx'], ['--format', 'html', '--lang', 'en,ar', '--bilingual', 'parallel']]) {
    const built = await cliInProcess(['build', 'detention', ...args], ws.dir);
    expect(built.code, built.stderr).toBe(0);
  }
}, 120_000);
afterAll(() => ws.cleanup());

describe('right-to-left languages', () => {
  it('knows which languages run right to left, regions included', () => {
    expect(['ar', 'ar-MA', 'he', 'fa', 'ur'].map(textDirection)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en', 'es', 'ru', 'zh-Hant'].map(textDirection)).toEqual(['ltr', 'ltr', 'ltr', 'ltr']);
  });

  it('sets dir="rtl" on the Arabic page and dir="ltr" on the English one', () => {
    expect(html('2026-12-01-detention.ar.html')).toMatch(/<html lang="ar" dir="rtl">/);
    expect(html('2026-12-01-detention.en.html')).toMatch(/<html lang="en" dir="ltr">/);
  });

  it('gives each passage of a parallel edition its own direction', () => {
    const page = html('2026-12-01-detention.en-ar.html');
    // The Arabic column also counts in Arabic-Indic digits (its ordered lists).
    expect(page).toMatch(/<div class="parallel-cell numerals-arab" role="group" lang="ar" dir="rtl">/);
    expect(page).toMatch(/<div class="parallel-cell" role="group" lang="en" dir="ltr">/);
  });

  it('makes the Arabic Word letter\'s paragraphs bidirectional, its runs right to left and Arabic', () => {
    const xml = strFromU8(unzipSync(readFileSync(out('2026-12-01-detention.ar.docx')))['word/document.xml']!);
    const arabic = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*الاحتجاز(?:(?!<\/w:p>).)*<\/w:p>/gs)].map((m) => m[0]);
    expect(arabic.length).toBeGreaterThan(0);
    for (const paragraph of arabic) {
      expect(paragraph).toContain('<w:bidi/>');
      expect(paragraph).toMatch(/<w:rtl\/>/);
      expect(paragraph).toMatch(/w:bidi="ar-SA"/);
    }
    const english = strFromU8(unzipSync(readFileSync(out('2026-12-01-detention.en.docx')))['word/document.xml']!);
    expect(english).not.toContain('<w:bidi/>');
  });
});
