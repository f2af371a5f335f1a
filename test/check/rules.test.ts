/** Check rules on their own, through the compiled library, with today's date injected. */
import { afterEach, describe, expect, it } from 'vitest';
import { tempWorkspace } from '../helpers.js';

import { checkWorkspace } from '../../src/check/check-workspace.js';
import { canPrint } from '../../src/render/font-coverage.js';
import { blankYamlComment } from '../../src/workspace/printable-lines.js';
type D = { file: string; line: number; column: number; severity: string; code: string; message: string };

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const REGISTRY = 'signatories:\n  wola:\n    name: WOLA\n  hrw:\n    name: Human Rights Watch\n';

async function check(letter: string, extra: Record<string, string> = {}, today = '2030-01-01'): Promise<D[]> {
  const ws = tempWorkspace({ 'signatories.yaml': REGISTRY, 'letters/x.md': letter, ...extra });
  cleanups.push(ws.cleanup);
  const result = await checkWorkspace({ root: ws.dir, today });
  return result.diagnostics;
}

const where = (ds: D[]) => ds.map((d) => `${d.line}:${d.column} ${d.code}`);

function bilingual(en: string, es: string): string {
  return `---\ntitle: T\ndate: 2022-10-12\nlanguages: [en, es]\n---\n\n::: en\n${en}\n:::\n\n::: es\n${es}\n:::\n`;
}

describe('pending signers after the letter\'s date', () => {
  const letter = '---\ntitle: T\ndate: 2022-10-12\nsignatories:\n  - wola\n  - { id: hrw, status: pending }\n---\n\nText.\n';
  it('is silent up to and on the date, and warns the day after', async () => {
    expect(await check(letter, {}, '2022-10-12')).toEqual([]);
    const late = await check(letter, {}, '2022-10-13');
    expect(where(late)).toEqual(['6:5 pending-after-date']);
    expect(late[0]!.severity).toBe('warning');
    expect(late[0]!.message).toContain('"hrw" is still pending');
  });
});

describe('placeholders', () => {
  it('finds TODO, TK, XXX and {{…}} at their columns, not in comments nor the Spanish word "todo"', async () => {
    const ds = await check('---\ntitle: A TODO title   # TODO: fix\ndate: 2022-10-12\nplace: "Quote # TK"\n---\n\nTodo el mundo, todo.\n\nSee {{ link }} and XXXX, not TKO.\n');
    expect(where(ds)).toEqual(['2:10 placeholder', '4:17 placeholder', '9:5 placeholder', '9:20 placeholder']);
  });
  it('ignores comment-like text inside quotes only', () => {
    expect(blankYamlComment('a: "x # y" # z')).toBe('a: "x # y"    ');
    expect(blankYamlComment("a: it's # z")).toBe("a: it's    ");
  });
});

describe('translation structure', () => {
  it('is silent when every language has the same blocks', async () => {
    expect(await check(bilingual('# H\n\nOne.\n\n> Quote.\n\n1. a\n2. b', '# H\n\nUno.\n\n> Cita.\n\n1. a\n2. b'))).toEqual([]);
  });
  it('reports a missing paragraph at the translation\'s differing block', async () => {
    const ds = await check(bilingual('One.\n\nTwo.\n\n> Quote.', 'Uno.\n\n> Cita.'));
    // Line 18 is the es quote, standing where the en text has its second paragraph.
    expect(where(ds)).toEqual(['18:1 translation-structure']);
    expect(ds[0]!.message).toContain('the es text has a quote where the en text has a paragraph (line 10)');
    expect(ds[0]!.message).toContain('es: 1 paragraph, 1 quote; en: 2 paragraphs, 1 quote');
  });
  it('reports a translation that stops early at its last block, and a missing heading', async () => {
    const short = await check(bilingual('One.\n\nTwo.', 'Uno.'));
    expect(where(short)).toEqual(['14:1 translation-structure']);
    expect(short[0]!.message).toContain('ends here');
    const heading = await check(bilingual('## Ask\n\nOne.', 'Uno.'));
    expect(heading[0]!.message).toContain('where the en text has a heading 2');
  });
});

describe('characters the font cannot print', () => {
  it('accepts Latin, Latin Extended, Vietnamese, Cyrillic, Greek and typographic punctuation', () => {
    for (const c of ['a', 'é', 'ñ', 'ç', 'ő', 'ệ', 'ư', 'Ж', 'ё', 'Ω', '€', '—', '“', '”', '„', '…', '\u00a0', '\t']) expect(canPrint(c), c).toBe(true);
  });
  it('accepts Chinese (Simplified and Traditional, full-width punctuation) and Arabic, which the bundled Noto faces print', () => {
    for (const c of ['中', '國', '们', '。', '，', '“', '「', 'ع', 'ب']) expect(canPrint(c), c).toBe(true);
  });
  it('refuses colour emoji, Georgian and Hebrew', () => {
    for (const c of ['😀', 'მ', 'א']) expect(canPrint(c), c).toBe(false);
  });
});

describe('missing files', () => {
  const letter = '---\ntitle: T\ndate: 2022-10-12\n---\n\n![Logo](../images/logo.png) ![Gone](gone.png)\n\n[Annex](annex.pdf), [mail](mailto:a@b.org), [web](https://x.org), [here](#top)\n\n![Remote](https://example.org/a.png)\n';
  it('reports only the files that do not exist, and remote images, at their columns', async () => {
    const ds = await check(letter, { 'images/logo.png': 'not really a png', 'letters/annex.pdf': '%PDF' });
    expect(where(ds)).toEqual(['6:37 image-missing', '10:11 image-refused']);
  });
  it('reports a link to a missing file', async () => {
    const ds = await check(letter, { 'images/logo.png': 'x' });
    expect(where(ds)).toContain('8:9 missing-file');
  });
});

describe('templates', () => {
  it('reports an override that fails while rendering at the template file', async () => {
    const ds = await check('---\ntitle: T\ndate: 2022-10-12\n---\n\nText.\n', { 'templates/partials/body.hbs': '{{> no-such-partial}}\n' });
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ file: 'templates/partials/body.hbs', code: 'template-error', severity: 'error' });
    expect(ds[0]!.message).toContain('no-such-partial');
  });
  it('reports a public site template override that does not compile, at its line', async () => {
    const ds = await check('---\ntitle: T\ndate: 2022-10-12\n---\n\nText.\n', { 'templates/site.hbs': '<!DOCTYPE html>\n<title>{{title}}</title>\n{{#if site.url}}\n' });
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ file: 'templates/site.hbs', code: 'template-syntax', severity: 'error' });
  });
  it('reports an invalid strings override', async () => {
    const ds = await check('---\ntitle: T\ndate: 2022-10-12\n---\n\nText.\n', { 'templates/i18n/en.yaml': 'quotes: [1]\n' });
    expect(ds[0]).toMatchObject({ file: 'templates/i18n/en.yaml', line: 1, code: 'invalid-strings' });
    expect(ds[0]!.message).toMatch(/^quotes: /);
  });
  it('reports a strings override whose YAML is broken at its line and column, from the error itself', async () => {
    const ds = await check('---\ntitle: T\ndate: 2022-10-12\n---\n\nText.\n', { 'templates/i18n/en.yaml': 'draft: Draft\npage: Page: {page}\n' });
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ file: 'templates/i18n/en.yaml', line: 2, column: 7, code: 'invalid-strings', severity: 'error' });
    expect(ds[0]!.message).toBe('a colon followed by a space inside a value: YAML reads it as the start of another key');
  });
});

describe('letterhead', () => {
  it('reports a letterhead id that is not in the registry, with a suggestion, and accepts a known one', async () => {
    const letter = (id: string) => `---\ntitle: T\ndate: 2022-10-12\nletterhead: ${id}\n---\n\nText.\n`;
    const unknown = await check(letter('wolla'));
    expect(where(unknown)).toEqual(['4:1 unknown-letterhead']);
    expect(unknown[0]!.message).toContain('did you mean "wola"');
    expect(await check(letter('wola'))).toEqual([]);
  });
});
