/**
 * The quick YAML reading (js-yaml) and the full one (`yaml`, with positions) must
 * never disagree: whenever the quick reading accepts a text, the full parser must
 * find no problem in it and give exactly the same data. Checked over generated
 * well-formed and broken YAML, the hostile-input corpus and the sample files, with
 * a count of how often the quick path is taken, so the test cannot pass by declining
 * everything.
 */
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { REPO } from '../helpers.js';
import { BAD_INPUTS, REGISTRY } from '../hostile/corpus.js';

import { splitFrontMatter } from '../../src/workspace/front-matter.js';
import { fullYamlSource, yamlToData } from '../../src/yaml/yaml.js';
import { quickYaml } from '../../src/yaml/yaml-quick.js';

/** The full reading, exactly as yaml.ts falls back to it: data, and how many problems it found. */
function fullReading(text: string): { problems: number; data?: unknown } {
  const source = fullYamlSource(text, 'test.yaml');
  const converted = source.diagnostics.length ? {} : yamlToData(source, 'test.yaml');
  const problems = source.diagnostics.length + (converted.diagnostic ? 1 : 0);
  return { problems, data: problems ? undefined : converted.data };
}

/** A letter's front matter YAML, found the way every reader finds it. */
function frontMatterOf(letter: string): string | undefined {
  const split = splitFrontMatter(letter);
  return split?.closed ? letter.slice(split.start, split.closed.end) : undefined;
}

/** Counts texts the quick path accepted, and asserts agreement for each. */
function agreeOn(text: string, tally: { quick: number; total: number }): void {
  tally.total++;
  const quick = quickYaml(text);
  if (!quick) return;
  tally.quick++;
  const full = fullReading(text);
  expect(full.problems, `the full parser has problems with a text the quick one accepted:\n${text}`).toBe(0);
  expect(quick.data, text).toStrictEqual(full.data);
}

/** Scalars where YAML libraries are known to differ, as values and as keys. */
const TRICKY = [
  '0b101', '+0x10', '-0o7', '0o17', '0x1F', '017', '+12', '-0', '1e3', '+.5', '.5', '5.', '1.0', '.inf', '-.Inf', '.NaN',
  'True', 'TRUE', 'yes', 'on', 'off', '~', 'null', 'Null', 'NULL', '', '2024-01-01', '12:30:00', '1_000', '1,000',
  '"quoted"', "'it''s'", '"a\\tb\\u00e9"', 'Justice & Peace', 'AT&T', 'a#b', 'a #comment', '"x: y"', 'über', '¿Qué?', '@at',
  '`tick', '%pct', '|', '>', '- item', '[a, b]', '{a: 1}', '{}', '[]',
];

const scalarish = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 10 }), fc.string({ unit: 'grapheme', maxLength: 8 }));
const keyish = fc.oneof(fc.constantFrom(...TRICKY), fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/));

/** Hand-shaped YAML: a map of keys to scalars, lists or flow maps, written as a person would. */
const handWritten = fc.array(
  fc.tuple(keyish, fc.oneof(
    scalarish.map((v) => ` ${v}`),
    fc.array(scalarish, { maxLength: 3 }).map((items) => items.map((v) => `\n  - ${v}`).join('')),
    fc.array(fc.tuple(keyish, scalarish), { maxLength: 3 }).map((pairs) => ` { ${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')} }`),
    fc.array(fc.tuple(keyish, scalarish), { maxLength: 3 }).map((pairs) => pairs.map(([k, v]) => `\n  ${k}: ${v}`).join('')),
  )),
  { maxLength: 6 },
).map((entries) => entries.map(([k, v]) => `${k}:${v}`).join('\n'));

/** Data written out by both libraries, in several styles. */
const data = fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 6 });
const dumped = fc.oneof(
  data.map((d) => stringify(d)),
  data.map((d) => stringify(d, { defaultStringType: 'QUOTE_DOUBLE', collectionStyle: 'flow' })),
  data.map((d) => dump(d)),
  data.map((d) => dump(d, { flowLevel: 1, quotingType: '"' })),
);

/** Data as people write it in a registry or a letter: words, names, numbers, yes/no, lists and maps of those. */
const word = fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9 .,'()/-]{0,24}$/).map((w) => w.trim() || 'x');
const plainValue = fc.oneof(word, fc.integer(), fc.boolean(), fc.constant(null));
const plainData = fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9_-]{0,10}$/), fc.oneof(
  plainValue,
  fc.array(plainValue, { maxLength: 4 }),
  fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9_-]{0,10}$/), fc.oneof(plainValue, fc.array(word, { maxLength: 3 })), { maxKeys: 4 }),
), { maxKeys: 6 });
const plainDumped = fc.oneof(plainData.map((d) => stringify(d)), plainData.map((d) => dump(d)));

/** Any text made of YAML's own punctuation and words. */
const TOKENS = ['- ', '  ', '\t', ':', ': ', '{', '}', '[', ']', ',', '&a', '*a', '!t', '|', '>', '"', "'", '#', '? ', '---', '...', '\n', 'a', 'b', '1', '~', 'null'];
const tokens = fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 4 })), { maxLength: 40 }).map((p) => p.join(''));

describe('the quick YAML reading', () => {
  it('gives the full parser\'s data, or declines, for generated YAML', () => {
    const tally = { quick: 0, total: 0 };
    fc.assert(fc.property(fc.oneof(handWritten, tokens), (text) => agreeOn(text, tally)), { numRuns: Number(process.env.RUNS ?? 3000) });
    expect(tally.quick).toBeGreaterThan(0);
  });

  it('agrees on data written out by YAML libraries, and takes the quick path for plain data', () => {
    const tally = { quick: 0, total: 0 };
    fc.assert(fc.property(dumped, (text) => agreeOn(text, tally)), { numRuns: Number(process.env.RUNS ?? 1000) });
    const plain = { quick: 0, total: 0 };
    fc.assert(fc.property(plainDumped, (text) => agreeOn(text, plain)), { numRuns: Number(process.env.RUNS ?? 1000) });
    // The agreement above is not vacuous: arbitrary strings often decline (quotes, `!`,
    // `#`), but data as people write it nearly always takes the quick path.
    expect(tally.quick).toBeGreaterThan(0);
    expect(plain.quick / plain.total).toBeGreaterThan(0.9);
  });

  it('agrees on every tricky scalar, as a value, as a key and in a list', () => {
    const tally = { quick: 0, total: 0 };
    for (const s of TRICKY) {
      for (const text of [`v: ${s}`, `${s}: v`, `- ${s}`, `m: { ${s}: ${s} }`, `l: [${s}]`]) agreeOn(text, tally);
    }
    expect(tally.quick).toBeGreaterThan(TRICKY.length * 2);
  });

  it('declines what only the full parser reports: duplicates, aliases, tags, odd keys, depth, syntax', () => {
    const declined = [
      'a: 1\na: 2',
      'a: &x [1]\nb: *x',
      'a: !custom 1',
      'a: !!str 12',
      '? [a, b]\n: 1',
      '[a, b]: 1',
      '{a: 1}: 2',
      'null: 1',
      '~: 1',
      ': 1',
      `${'['.repeat(70)}${']'.repeat(70)}`,
      `${Array.from({ length: 70 }, (_, i) => `${'  '.repeat(i)}k:`).join('\n')} 1`,
      'a: [1, 2',
      'a: 1\n---\nb: 2',
      '',
    ];
    for (const text of declined) expect(quickYaml(text), text).toBeUndefined();
  });

  it('takes the quick path for the sample letter, the registry and the strings files, and turns null back into null', () => {
    const letter = readFileSync(join(REPO, 'letters', readdirSync(join(REPO, 'letters'))[0]!), 'utf8');
    const frontMatter = frontMatterOf(letter)!;
    const strings = readdirSync(join(REPO, 'templates', 'i18n')).map((f) => readFileSync(join(REPO, 'templates', 'i18n', f), 'utf8'));
    for (const text of [readFileSync(join(REPO, 'signatories.yaml'), 'utf8'), frontMatter, ...strings]) {
      expect(quickYaml(text), text.slice(0, 80)).toBeDefined();
      expect(quickYaml(text)!.data).toStrictEqual(fullReading(text).data);
    }
    expect(quickYaml(REGISTRY)!.data).toStrictEqual(fullReading(REGISTRY).data);
    expect(quickYaml('a:\nb: ~\nc: [null, 1]')!.data).toStrictEqual({ a: null, b: null, c: [null, 1] });
  });

  it('agrees on every YAML file of the hostile-input corpus', () => {
    const tally = { quick: 0, total: 0 };
    for (const input of BAD_INPUTS) {
      for (const [path, content] of Object.entries(input.files)) {
        if (typeof content !== 'string') continue;
        const yaml = path.endsWith('.md') ? frontMatterOf(content) : content;
        if (yaml !== undefined) agreeOn(yaml, tally);
      }
    }
    expect(tally.total).toBeGreaterThan(40);
  });
});
