/**
 * The languages coalition ships are the files in templates/i18n/: every list of them
 * in the README and the docs must be that list, so adding a language (one file) makes
 * this test name each sentence to update, and no list goes stale unseen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStrings, shippedLanguages, shippedRegions } from '../../src/i18n/strings.js';
import { TemplateFiles } from '../../src/workspace/template-files.js';
import { REPO } from '../helpers.js';

const files = new TemplateFiles(undefined);
const shipped = shippedLanguages(files);
const english = new Intl.DisplayNames(['en'], { type: 'language' });
const read = (name: string) => readFileSync(join(REPO, name), 'utf8').replace(/\s+/g, ' ');

/** The shipped languages named in English in `text` ("English, Spanish and French"), as codes. */
function namedIn(text: string): string[] {
  const words = new Set(text.split(/[\s,;()]+|\band\b/).map((w) => w.trim()).filter(Boolean));
  return shipped.filter((code) => words.has(english.of(code)!)).sort();
}

/** Every match of `pattern` in `file`: the text of its first group. */
function sentences(file: string, pattern: RegExp): string[] {
  return [...read(file).matchAll(pattern)].map((m) => m[1]!);
}

describe('the shipped languages, as the docs list them', () => {
  it('are read from templates/i18n/ (the test reads what it checks)', () => {
    expect(shipped).toContain('en');
    expect(shipped.length).toBeGreaterThanOrEqual(6);
    expect(shippedRegions(files)).toContain('en-GB');
  });

  it('"strings ship for …" names every shipped language, in the README and docs/formats.md', () => {
    for (const file of ['README.md', 'docs/formats.md']) {
      const found = sentences(file, /[Ss]trings ship for ([^.]*?)(?:[,.] (?:and `check`|A language))/g);
      expect(found.length, `${file}: the sentence "strings ship for …"`).toBeGreaterThan(0);
      for (const sentence of found) expect(namedIn(sentence), `${file}: "strings ship for ${sentence}"`).toEqual(shipped);
    }
  });

  it('the README\'s templates section lists every file of templates/i18n/', () => {
    const [list] = sentences('README.md', /in `i18n\/<lang>\.yaml` \(([^)]*)\)/g);
    const codes = [...(list ?? '').matchAll(/`([a-z]{2,3}(?:-[A-Z]{2}|-[A-Z][a-z]{3})?)`/g)].map((m) => m[1]!);
    expect(codes.filter((c) => !c.includes('-')).sort()).toEqual(shipped);
    expect(codes.filter((c) => c.includes('-')).sort()).toEqual(shippedRegions(files));
  });

  it('docs/formats.md lists the regional files built in', () => {
    const [list] = sentences('docs/formats.md', /\(built in: (.*?\)),/g);
    expect([...(list ?? '').matchAll(/`([a-z]{2}-(?:[A-Z]{2}|[A-Z][a-z]{3}))`/g)].map((m) => m[1]!).filter((code) => !/^zh-(TW|HK|MO)$/.test(code)).sort()).toEqual(shippedRegions(files));
  });

  it('the languages whose greeting agrees in gender are those whose strings have feminine and masculine forms', () => {
    // Portuguese agrees in its greeting of private persons only ("Prezada Ana Pérez,").
    const agreeing = shipped.filter((lang) => {
      const { greeting } = loadStrings(files, lang);
      return [greeting, greeting.private].some((forms) => forms?.f !== undefined && forms.m !== undefined && forms.f !== forms.m);
    });
    const [formats] = sentences('docs/formats.md', /- ((?:[A-Z][a-z]+(?:, | and ))+[A-Z][a-z]+) agree in gender and number/g);
    expect(namedIn(formats ?? '')).toEqual(agreeing);
    const [workflow] = sentences('docs/workflow.md', /a greeting that agrees with the addressee's gender \(([^)]*)\)/g);
    expect(namedIn(workflow ?? '')).toEqual(agreeing);
  });
});
