import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliInProcess, REPO, sampleWorkspace } from '../helpers.js';

const LETTER = 'letters/2022-10-12-us-mexico-security-dialogue.md';
const SLUG = 'us-mexico-security-dialogue';
const CSV = join(REPO, 'test', 'fixtures', 'registry', 'responses.csv');

let ws: { dir: string; cleanup: () => void };
const read = (file: string) => readFileSync(join(ws.dir, file), 'utf8');
const run = (...args: string[]) => cliInProcess(args, ws.dir);

beforeEach(() => {
  ws = sampleWorkspace();
  // Two entries with one name in one country: a row naming it must not be guessed.
  appendFileSync(join(ws.dir, 'signatories.yaml'), '\n  cdh-norte:\n    name: Centro de Derechos Humanos\n    country: MX\n\n  cdh-sur:\n    name: Centro de Derechos Humanos\n    country: MX\n');
  // hrw starts as not signed, so the import signs it.
  writeFileSync(join(ws.dir, LETTER), read(LETTER).replace('  - hrw\n', ''));
});
afterEach(() => ws.cleanup());

describe('coalition import', () => {
  it('--dry-run prints the plan and the counts and writes nothing', async () => {
    const registry = read('signatories.yaml');
    const letter = read(LETTER);
    const result = await run('import', SLUG, CSV, '--dry-run');
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n').map((l) => l.replace(/^.*responses\.csv:/, ''));
    expect(lines).toEqual([
      '2 matched amnistia-mx "AMNISTIA INTERNACIONAL MEXICO"',
      '3 matched wola "Oficina en Washington para Asuntos Latinoamericanos"',
      '4 matched cadhac "Ciudadanos en apoyo a los derechos humanos, A.C." (by acronym)',
      '5 new tjn "Trade Justice Network"',
      '6 merged into tjn: repeats line 5',
      `7 skipped "Centro de Derechos Humanos": ambiguous: matches cdh-norte, cdh-sur — sign the right one by hand: coalition sign ${SLUG} <id>`,
      '8 skipped: no organization or person name',
      '9 new jane-roe "Jane Roe"',
      '10 matched dplf "Fundación para el Debido Proceso" (country "Narnia" not recognized; left out)',
      '11 new red-mexicana-de-organizaciones-civiles "Red Mexicana de Organizaciones Civiles"',
      '12 matched hrw "Human Rights Watch"',
    ]);
    // The timestamp column is read: each row's signed_on (test/deadline/import-near.test.ts).
    expect(result.stderr).not.toContain('columns not read');
    expect(result.stderr).toContain('11 rows: 5 matched, 3 added to the registry, 1 merged, 2 skipped');
    expect(result.stderr).toContain(`would sign 4 as pending on ${LETTER}; 4 already on it`);
    expect(read('signatories.yaml')).toBe(registry);
    expect(read(LETTER)).toBe(letter);
  });

  it('adds new entries, signs everyone new as pending, and changes nothing else', async () => {
    const registry = read('signatories.yaml');
    const letter = read(LETTER);
    const result = await run('import', SLUG, CSV, '--json', '--date', '2022-10-11');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.counts).toEqual({ rows: 11, matched: 5, added: 3, merged: 1, skipped: 2, signed: 4, alreadySigned: 4, unnamed: 0 });

    expect(read('signatories.yaml')).toBe(`${registry}\n  tjn:\n    name: Trade Justice Network\n    short: TJN\n    country: US\n    contact: { name: Tim Doe, email: tim@tjn.example }\n`
      + '\n  jane-roe:\n    kind: individual\n    name: Jane Roe\n    title: Profesora de Derecho\n    country: MX\n    contact: { email: jane@example.org }\n'
      + '\n  red-mexicana-de-organizaciones-civiles:\n    name: Red Mexicana de Organizaciones Civiles\n    country: MX\n    contact: { name: Luz, email: red@example.org }\n');
    const date = '2022-10-11';
    expect(read(LETTER)).toBe(letter.replace('  - wola\n', `  - wola\n${['tjn', 'jane-roe', 'red-mexicana-de-organizaciones-civiles', 'hrw'].map((id) => `  - { id: ${id}, status: pending, signed_on: ${date} }\n`).join('')}`));

    // Importing the same file again finds everyone and adds nothing.
    const again = JSON.parse((await run('import', SLUG, CSV, '--json')).stdout);
    expect(again.counts).toMatchObject({ matched: 8, added: 0, signed: 0, alreadySigned: 8 });
  });

  it('--confirmed records the text; --map reads an unusual header', async () => {
    const csv = join(ws.dir, 'custom.csv');
    writeFileSync(csv, 'Grupo;Lugar\n"Robert F. Kennedy Human Rights";US\nNueva Coalición;Guatemala\n');
    const letter = read(LETTER);
    writeFileSync(join(ws.dir, LETTER), letter.replace('  - rfk-human-rights\n', ''));
    const result = await run('import', SLUG, 'custom.csv', '--confirmed', '--map', 'grupo=organization', '--map', 'Lugar=country');
    expect(result.code).toBe(0);
    const status = JSON.parse((await run('status', SLUG, '--json')).stdout);
    const signed = status.signers.filter((s: { id: string }) => ['rfk-human-rights', 'nueva-coalicion'].includes(s.id));
    expect(signed.map((s: { id: string; status: string; text: string }) => [s.id, s.status, s.text])).toEqual([
      ['rfk-human-rights', 'confirmed', 'current'], ['nueva-coalicion', 'confirmed', 'current'],
    ]);
    expect(read('signatories.yaml')).toContain('\n  nueva-coalicion:\n    name: Nueva Coalición\n    country: GT\n');
  });

  it('a bad --map is a usage error; a broken CSV names its line', async () => {
    expect((await run('import', SLUG, CSV, '--map', 'Nope=organization')).code).toBe(2);
    writeFileSync(join(ws.dir, 'bad.csv'), 'Organization,Country\nA,MX\n"B,MX\n');
    const bad = await run('import', SLUG, 'bad.csv');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad\.csv:\d+/);
  });
});
