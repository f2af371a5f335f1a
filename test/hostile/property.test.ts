/**
 * Property-based: whatever front matter or registry text a user produces, the parsers
 * return diagnostics (never throw), every diagnostic points at a real line of the
 * file, and a letter without usable front matter always says why.
 */
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';

import { parseLetter } from '../../src/workspace/read-letter.js';
import { parseRegistry } from '../../src/workspace/read-registry.js';
type Diagnostic = import('../../src/errors.js').Diagnostic;

/** Pieces YAML and the letter format give meaning to, so random text hits the interesting paths. */
const TOKENS = [
  '---', '---js', '---yaml', ':::', '::: en', '::: es', 'title:', 'date:', '2022-10-12', '2022-02-30', 'languages:',
  '[en, es]', 'signatories:', '- ', '  ', '\t', ':', '{', '}', '[', ']', ',', '&a', '*a', '!!js/function', '!tag', '|',
  '>', '"', "'", '#', '? ', '<<: *a', '%YAML 1.2', '...', 'null', '~', '\n', '\r\n', '\ufeff', 'é', '\u2028', 'en:', 'es:',
  'to:', 'name:', 'signing:', 'order: as-listed', 'wola', 'hrw', '0x1F', '1e309', 'true', 'yes',
];
const yamlish = fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 80 })
  .map((parts) => parts.join(''));

/** Well-formed YAML holding arbitrary data (wrong types, odd keys, nesting) under the known fields. */
const fieldNames = fc.constantFrom('title', 'date', 'languages', 'place', 'paper', 'subject', 'to', 'cc', 'greeting', 'closing', 'signatories', 'signing', 'author', 'x');
const structured = fc.dictionary(fieldNames, fc.jsonValue({ maxDepth: 4 }), { maxKeys: 8 })
  .map((data) => stringify(data));

const frontMatterText = fc.oneof(yamlish, structured, structured.chain((s) => fc.nat(s.length).map((n) => s.slice(0, n))));
const bodyText = fc.oneof(fc.constant('Text.\n'), yamlish, fc.constantFrom('::: en\nA\n:::\n', '::: en\nA\n', 'x\n::: es\nB\n:::\n'));

function checkDiagnostics(diagnostics: Diagnostic[], file: string, lineCount: number): void {
  for (const d of diagnostics) {
    expect(d.file).toBe(file);
    expect(Number.isInteger(d.line) && d.line >= 0 && d.line <= lineCount + 1, `line ${d.line} of ${lineCount}: ${d.message}`).toBe(true);
    expect(Number.isInteger(d.column) && d.column >= 0).toBe(true);
    expect(['error', 'warning']).toContain(d.severity);
    expect(d.code).toMatch(/^[a-z0-9-]+$/);
    expect(d.message.length).toBeGreaterThan(0);
  }
}

describe('random input never crashes the parsers', () => {
  // A library warning (process.emitWarning) would reach the user's terminal as noise.
  const warnings: string[] = [];
  const onWarning = (w: Error) => warnings.push(w.message);
  beforeAll(() => { process.on('warning', onWarning); });
  afterAll(() => {
    process.off('warning', onWarning);
  });
  afterEach(() => expect(warnings).toEqual([]));

  it('parseLetter returns diagnostics for any front matter and body', () => {
    fc.assert(
      fc.property(fc.constantFrom('---\n', '---yaml\n', '--- \n', '---'), frontMatterText, bodyText, (open, yaml, body) => {
        const text = `${open}${yaml}\n---\n${body}`;
        const letter = parseLetter(text, 'letters/x.md', '/ws/letters/x.md');
        checkDiagnostics(letter.diagnostics, 'letters/x.md', text.split('\n').length);
        if (!letter.frontMatter) expect(letter.diagnostics.some((d) => d.severity === 'error')).toBe(true);
        else expect(letter.diagnostics.some((d) => d.severity === 'error')).toBe(false);
      }),
      { numRuns: 1500 },
    );
  });

  it('parseLetter survives arbitrary text, not only front matter', () => {
    fc.assert(
      fc.property(fc.oneof(yamlish, fc.string({ unit: 'grapheme', maxLength: 200 })), (text) => {
        const letter = parseLetter(text, 'letters/x.md', '/ws/letters/x.md');
        checkDiagnostics(letter.diagnostics, 'letters/x.md', text.split('\n').length);
        if (!letter.frontMatter) expect(letter.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('parseRegistry returns diagnostics for any registry', () => {
    const entry = fc.dictionary(
      fc.constantFrom('name', 'short', 'names', 'kind', 'country', 'bilingual', 'title', 'affiliation', 'sort_as', 'contact', 'website', 'x'),
      fc.jsonValue({ maxDepth: 3 }),
      { maxKeys: 6 },
    );
    const registry = fc.dictionary(fc.oneof(fc.constantFrom('wola', 'hrw', 'a-b', 'Bad_ID', ''), fc.string({ maxLength: 8 })), entry, { maxKeys: 6 })
      .map((signatories) => stringify({ signatories }));
    fc.assert(
      fc.property(fc.oneof(registry, yamlish, registry.chain((s) => fc.tuple(fc.nat(s.length), yamlish).map(([n, noise]) => s.slice(0, n) + noise + s.slice(n)))), (text) => {
        const loaded = parseRegistry(text, 'signatories.yaml');
        checkDiagnostics(loaded.diagnostics, 'signatories.yaml', text.split('\n').length);
        if (loaded.diagnostics.some((d) => d.severity === 'error')) expect(loaded.signatories.size).toBe(0);
      }),
      { numRuns: 1500 },
    );
  });
});
