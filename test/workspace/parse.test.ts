import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLetter } from '../../src/workspace/read-letter.js';
import { parseRegistry } from '../../src/workspace/read-registry.js';
import { checkSignerRefs } from '../../src/workspace/signers.js';
import { REPO } from '../helpers.js';

const letter = (frontMatter: string, body = '\nHello.\n') => parseLetter(`---\n${frontMatter}\n---\n${body}`, 'letters/x.md');
const codes = (l: { diagnostics: { code: string; line: number }[] }) =>
  [...l.diagnostics].sort((a, b) => a.line - b.line || a.code.localeCompare(b.code)).map((d) => `${d.line}:${d.code}`);

describe('the sample workspace', () => {
  it('parses the sample letter and registry without a single problem', () => {
    const reg = parseRegistry(readFileSync(join(REPO, 'signatories.yaml'), 'utf8'), 'signatories.yaml');
    expect(reg.diagnostics).toEqual([]);
    expect(reg.signatories.size).toBe(12);
    const path = join(REPO, 'letters', '2022-10-12-us-mexico-security-dialogue.md');
    const l = parseLetter(readFileSync(path, 'utf8'), 'letters/sample.md', path);
    expect(l.diagnostics).toEqual([]);
    expect(l.frontMatter!.languages).toEqual(['en', 'es']);
    expect([...l.bodies.keys()]).toEqual(['en', 'es']);
    expect(l.frontMatter!.to.map((a) => typeof a === 'object' && 'name' in a && a.name)).toEqual(['Antony Blinken', 'Marcelo Ebrard']);
    const refs = checkSignerRefs(l.frontMatter!.signatories, reg.signatories, l.source!, l.file);
    expect(refs.diagnostics).toEqual([]);
    expect(refs.signers.map((s) => s.id)).toHaveLength(12);
  });
});

describe('letter front matter', () => {
  it('applies the documented defaults', () => {
    const l = letter('title: T\ndate: 2024-02-29');
    expect(l.diagnostics).toEqual([]);
    expect(l.frontMatter).toMatchObject({ languages: ['en'], paper: 'letter', signatories: [], signing: { order: 'alphabetical', group_by: 'none', numbered: false } });
    // No ::: blocks: the body belongs to the primary language; its text starts on file line 6.
    expect(l.bodies.get('en')).toMatchObject({ markdown: 'Hello.\n', line: 6 });
  });

  it('reports every problem at once, each at its own line', () => {
    const l = letter(['title: T', 'date: 2022-02-30', 'paper: legal', 'colour: red', 'to:', '  - title: Minister'].join('\n'));
    expect(codes(l)).toEqual(['3:invalid-field', '4:invalid-field', '5:unknown-field', '7:missing-field']);
    expect(l.diagnostics[0]!.message).toContain('date');
    expect(l.diagnostics.map((d) => d.message)).toContain('to[0].name is required');
    expect(l.frontMatter).toBeUndefined();
  });

  it('requires the title and the date', () => {
    expect(codes(letter('languages: [en]'))).toEqual(['2:missing-field', '2:missing-field']);
  });

  it('requires every language to have its body and per-language fields', () => {
    const l = letter(
      ['title:', '  en: Letter', 'date: 2022-10-12', 'languages: [en, es]', 'closing: { en: "Sincerely," }'].join('\n'),
      '\n::: en\nHello.\n:::\n',
    );
    expect(codes(l)).toEqual(['2:missing-translation', '5:missing-body', '6:missing-translation']);
    expect(l.diagnostics.map((d) => d.message)).toContain('language "es" has no body: there is no `::: es` block');
  });

  it('reads language blocks in any order and finds their lines', () => {
    const l = letter('title: T\ndate: 2022-10-12\nlanguages: [es, en]', '\n::: en\nHello.\n:::\n\n::: es\nHola.\n:::\n');
    expect(l.diagnostics).toEqual([]);
    expect(l.bodies.get('en')).toMatchObject({ markdown: 'Hello.', line: 8 });
    expect(l.bodies.get('es')).toMatchObject({ markdown: 'Hola.', line: 12 });
  });

  it('flags unclosed blocks and text outside blocks', () => {
    expect(codes(letter('title: T\ndate: 2022-10-12', '\nstray\n::: en\nHello.\n'))).toEqual(['6:text-outside-block', '7:unclosed-block']);
  });

  it('refuses JavaScript front matter instead of running it', () => {
    const text = '---js\n{ title: (globalThis.pwned = 1, "x") }\n---\nbody';
    const l = parseLetter(text, 'letters/x.md');
    expect(codes(l)).toEqual(['1:front-matter-language']);
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  it('reports YAML syntax errors and duplicate keys with their lines', () => {
    expect(codes(letter('title: T\ndate: 2022-10-12\ntitle: U'))).toEqual(['4:duplicate-key']);
    expect(codes(letter('title: [unclosed\ndate: 2022-10-12'))[0]).toMatch(/^\d+:yaml-syntax$/);
  });

  it('reports signatories that are not in the registry, with suggestions, and duplicates', () => {
    const reg = parseRegistry('signatories:\n  trade-justice: { name: Trade Justice }\n  wola: { name: WOLA }\n', 'signatories.yaml');
    const l = letter('title: T\ndate: 2022-10-12\nsignatories:\n  - wola\n  - trade-justise\n  - { id: wola, status: pending }');
    const refs = checkSignerRefs(l.frontMatter!.signatories, reg.signatories, l.source!, l.file);
    expect(refs.diagnostics.map((d) => `${d.line}:${d.code}`)).toEqual(['6:unknown-signatory', '7:duplicate-signatory']);
    expect(refs.diagnostics[0]!.message).toContain('did you mean "trade-justice"');
  });
});

describe('registry', () => {
  it('validates ids, countries, kinds and fields with their lines', () => {
    const reg = parseRegistry(
      ['signatories:', '  Bad_Id: { name: X }', '  ok:', '    name: Y', '    country: Mexico', '  person:', '    kind: robot', '    name: Z', '    emails: []'].join('\n'),
      'signatories.yaml',
    );
    expect(reg.diagnostics.map((d) => `${d.line}:${d.code}`)).toEqual(['2:invalid-field', '5:invalid-field', '7:invalid-field', '9:unknown-field']);
    expect(reg.diagnostics[1]!.message).toContain('ISO 3166-1');
  });
  it('reports duplicate ids', () => {
    const reg = parseRegistry('signatories:\n  a: { name: A }\n  a: { name: B }\n', 'signatories.yaml');
    expect(reg.diagnostics.map((d) => `${d.line}:${d.code}`)).toEqual(['3:duplicate-key']);
  });
  it('accepts an empty registry', () => {
    expect(parseRegistry('signatories:\n', 'signatories.yaml').diagnostics).toEqual([]);
  });
});
