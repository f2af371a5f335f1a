import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, cliInProcess, sampleWorkspace } from '../helpers.js';

const LETTER = 'letters/2022-10-12-us-mexico-security-dialogue.md';
let ws: { dir: string; cleanup: () => void };
const read = (file = 'signatories.yaml') => readFileSync(join(ws.dir, file), 'utf8');
const run = (...args: string[]) => cliInProcess(args, ws.dir);

beforeEach(() => { ws = sampleWorkspace(); });
afterEach(() => ws.cleanup());

describe('coalition org add', () => {
  it('appends an entry in the registry\'s own layout, every flag a field', async () => {
    const before = read();
    const result = await run('org', 'add', 'jane-roe', '--individual', '--name', 'Jane Roe', '--sort-as', 'Roe, Jane',
      '--title-en', 'Professor of Law', '--title-es', 'Profesora de Derecho', '--affiliation', 'University of Somewhere',
      '--country', 'México', '--website', 'https://example.org', '--contact-name', 'Jane', '--contact-email', 'jane@example.org');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('jane-roe\n');
    expect(read()).toBe(`${before}\n  jane-roe:\n    kind: individual\n    name: Jane Roe\n    sort_as: Roe, Jane\n`
      + '    title: { en: Professor of Law, es: Profesora de Derecho }\n    affiliation: University of Somewhere\n'
      + '    country: MX\n    website: https://example.org\n    contact: { name: Jane, email: jane@example.org }\n');
  });

  it('suggests an id from the acronym or the name', async () => {
    expect((await run('org', 'add', '--name', 'Trade Justice Network', '--name-es', 'Red de Justicia Comercial', '--bilingual')).stdout).toBe('trade-justice-network\n');
    expect((await run('org', 'add', '--name', 'Latin America Working Group', '--short', 'LAWG', '--country', 'United States')).stdout).toBe('lawg\n');
    // An acronym the registry already has is a look-alike (registry-hygiene.test.ts): --force adds it.
    expect((await run('org', 'add', '--name', 'Wola Two', '--short', 'WOLA', '--force')).stdout).toBe('wola-2\n');
    expect(read()).toContain('\n  trade-justice-network:\n    name: Trade Justice Network\n    names: { es: Red de Justicia Comercial }\n    bilingual: true\n');
    expect(read()).toContain('\n  lawg:\n    name: Latin America Working Group\n    short: LAWG\n    country: US\n');
  });

  it('rejects a taken id (1), a malformed id, a missing name and an unknown country (2)', async () => {
    const before = read();
    const taken = await run('org', 'add', 'wola', '--name', 'X');
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('"wola" is already in signatories.yaml');
    expect((await run('org', 'add', 'Bad_Id', '--name', 'X')).code).toBe(2);
    expect((await run('org', 'add', 'x')).code).toBe(2);
    const country = await run('org', 'add', 'x', '--name', 'X', '--country', 'Narnia');
    expect(country.code).toBe(2);
    expect(country.stderr).toContain('"Narnia" is not a country I know');
    expect(read()).toBe(before);
  });
});

describe('coalition org edit', () => {
  it('changes only the lines of the fields it changes, keeping comments', async () => {
    const before = read();
    const result = await run('org', 'edit', 'dplf', '--country', 'mx', '--name-es', 'Fundación DPLF', '--short', '');
    expect(result.code).toBe(0);
    expect(read()).toBe(before
      .replace('    short: DPLF                           # the same acronym in both languages\n', '')
      .replace('      es: Fundación para el Debido Proceso\n', '      es: Fundación DPLF\n')
      .replace('    country: US                           # Washington, D.C.', '    country: MX                           # Washington, D.C.'));
  });

  it('merges per-language titles and switches kind back to the default', async () => {
    await run('org', 'add', 'jane', '--individual', '--name', 'Jane Roe', '--title-en', 'Professor');
    const base = read();
    await run('org', 'edit', 'jane', '--title-es', 'Profesora');
    expect(read()).toBe(base.replace('    title: { en: Professor }\n', '    title: { en: Professor, es: Profesora }\n'));
    await run('org', 'edit', 'jane', '--title-en', '');
    expect(read()).toBe(base.replace('    title: { en: Professor }\n', '    title: { es: Profesora }\n'));
    await run('org', 'edit', 'jane', '--organization', '--title', '');
    expect(read()).toBe(base.replace('    kind: individual\n', '').replace('    title: { en: Professor }\n', ''));
    const unchanged = await run('org', 'edit', 'jane', '--name', 'Jane Roe');
    expect(unchanged.stderr).toContain('jane: nothing to change');
  });

  it('an unknown id exits 1 with a suggestion', async () => {
    const result = await run('org', 'edit', 'cadhak', '--country', 'MX');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('did you mean cadhac?');
  });
});

describe('coalition org remove', () => {
  it('refuses while a letter lists the id, and --force removes it from both', async () => {
    const refused = await run('org', 'remove', 'hrw');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`"hrw" is listed in 1 letter: ${LETTER}`);
    const registry = read();
    const letter = read(LETTER);
    expect((await run('org', 'remove', 'hrw', '--force')).code).toBe(0);
    expect(read(LETTER)).toBe(letter.replace('  - hrw\n', ''));
    expect(read()).toBe(registry.replace(/\n  hrw:\n(    .*\n)+/, ''));
    await run('org', 'add', 'unused', '--name', 'Unused');
    expect((await run('org', 'remove', 'unused')).code).toBe(0);
    expect(read()).toBe(registry.replace(/\n  hrw:\n(    .*\n)+/, ''));
  });
});

describe('coalition org list and show', () => {
  it('prints a table, JSON and CSV, filtered by country and kind', async () => {
    const table = await run('org', 'list', '--country', 'Estados Unidos');
    expect(table.stdout.split('\n')[0]).toMatch(/^id\s+name\s+short\s+country\s+kind$/);
    expect(table.stdout).toMatch(/\nwola\s+Washington Office on Latin America\s+WOLA\s+US\s+organization\n/);
    expect(table.stdout).not.toContain('cadhac');
    const json = JSON.parse((await run('org', 'list', '--json')).stdout);
    expect(json).toHaveLength(12);
    expect(json.find((e: { id: string }) => e.id === 'dplf')).toMatchObject({ name: 'Due Process of Law Foundation', names: { es: 'Fundación para el Debido Proceso' } });
    await run('org', 'add', 'ana', '--individual', '--name', 'Ana, "La" Pérez');
    expect((await run('org', 'list', '--kind', 'individual', '--csv')).stdout).toBe('id,name,short,country,kind\nana,"Ana, ""La"" Pérez",,,individual\n');
  });

  it('--csv writes a cell a spreadsheet would run as a formula as text (OWASP: a leading \')', async () => {
    writeFileSync(join(ws.dir, 'responses.csv'), [
      'Organization name,Siglas,País / Country',
      '"=HYPERLINK(""http://evil.example/"",""click"")",@SUM,México',
      '-2+3 Collective,+CMD,',
      '"\tTab Org",,',
      '',
    ].join('\n'));
    expect((await cli(['import', 'us-mexico-security-dialogue', 'responses.csv'], { cwd: ws.dir })).code).toBe(0);
    const csv = await cli(['org', 'list', '--csv'], { cwd: ws.dir });
    expect(csv.code).toBe(0);
    const lines = csv.stdout.split('\n');
    expect(lines).toContain(`sum,"'=HYPERLINK(""http://evil.example/"",""click"")",'@SUM,MX,organization`);
    expect(lines).toContain(`cmd,'-2+3 Collective,'+CMD,,organization`);
    // No cell of any record starts a formula.
    for (const line of lines) expect(line, line).not.toMatch(/(^|,)"?[=+\-@\t\r]/);
  });

  it('show prints the entry and the letters it is on', async () => {
    await run('sign', 'us-mexico-security-dialogue', 'hrw');
    const shown = await run('org', 'show', 'wola');
    expect(shown.stdout).toContain('wola: Washington Office on Latin America (WOLA) / Oficina en Washington');
    expect(shown.stdout).toContain(`on 1 letter:\n  ${LETTER}  confirmed`);
    const json = JSON.parse((await run('org', 'show', 'hrw', '--json')).stdout);
    expect(json.letters).toEqual([{ file: LETTER, status: 'confirmed', title: expect.stringContaining('Letter from Human Rights Groups') }]);
  });
});
