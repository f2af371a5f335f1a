import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { cliInProcess } from '../helpers.js';
import { officialsWorkspace, read, SSJU } from './fixtures.js';

let ws: { dir: string; cleanup: () => void };
const run = (...args: string[]) => cliInProcess(args, ws.dir);
const directory = () => parse(read(ws.dir)) as { officials: Record<string, Record<string, unknown>>; groups?: Record<string, Record<string, unknown>> };
const LEGISLATORS = join('congress', 'legislators-current.yaml');
const MEMBERSHIP = join('congress', 'committee-membership-current.yaml');

beforeEach(() => { ws = officialsWorkspace(); });
afterEach(() => ws.cleanup());

describe('officials import legislators-current.yaml', () => {
  it('writes one entry per member: name, term, office, titles and salutations in English and Spanish, groups', async () => {
    const result = await run('officials', 'import', LEGISLATORS);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('(legislators): 33 added, 0 updated, 0 unchanged');
    const { officials } = directory();
    expect(Object.keys(officials)).toHaveLength(33);
    expect(officials['sen-durbin']).toEqual({
      name: 'Richard J. Durbin',
      honorific: { en: 'The Honorable', es: 'Honorable' },
      title: { en: 'United States Senator for Illinois', es: 'Senador de los Estados Unidos por Illinois' },
      salutation: { en: 'Senator Durbin', es: 'Senador Durbin' },
      gender: 'm',
      family_name: 'Durbin',
      party: 'Democrat',
      address: ['711 Hart Senate Office Building', 'Washington, DC 20510'],
      phone: '202-224-2152',
      contact_form: 'https://www.durbin.senate.gov/contact/',
      website: 'https://www.durbin.senate.gov',
      office: '711 Hart Senate Office Building',
      until: '2027-01-03',
      groups: ['senate', 'IL'],
      source: { bioguide: 'D000563' },
    });
    // Gender from the data: the Spanish title and salutation agree.
    expect(officials['sen-klobuchar']!.salutation).toEqual({ en: 'Senator Klobuchar', es: 'Senadora Klobuchar' });
    expect(officials['sen-klobuchar']!.title).toEqual({ en: 'United States Senator for Minnesota', es: 'Senadora de los Estados Unidos por Minnesota' });
    expect(officials['sen-klobuchar']!.gender).toBe('f');
  });

  it('tells shared family names apart by state or district, and names the House\'s seats', async () => {
    await run('officials', 'import', LEGISLATORS);
    const { officials } = directory();
    expect(Object.keys(officials).filter((id) => /scott|johnson/.test(id)).sort()).toEqual(['rep-johnson-ga', 'rep-johnson-la', 'rep-johnson-sd', 'sen-scott-fl', 'sen-scott-sc']);
    expect(officials['rep-johnson-la']).toMatchObject({
      title: { en: 'United States Representative for the 4th District of Louisiana', es: 'Representante de los Estados Unidos por el distrito 4 de Luisiana' },
      salutation: { en: 'Representative Johnson', es: 'Representante Johnson' },
      groups: ['house', 'LA'],
    });
    expect(officials['rep-johnson-sd']!.title).toEqual({ en: 'United States Representative for South Dakota (at large)', es: 'Representante de los Estados Unidos por Dakota del Sur (distrito único)' });
    expect(officials['rep-ocasio-cortez']!.salutation).toEqual({ en: 'Representative Ocasio-Cortez', es: 'Representante Ocasio-Cortez' });
    // The source's surname, as built greetings need it: a compound one whole, never guessed from the full name.
    expect(officials['rep-ocasio-cortez']!.family_name).toBe('Ocasio-Cortez');
    // Non-voting members are apart from `house`, so { group: house } is the voting House.
    expect(officials['rep-norton']).toMatchObject({
      title: { en: 'Delegate to the United States House of Representatives from the District of Columbia', es: 'Delegada ante la Cámara de Representantes de los Estados Unidos por el Distrito de Columbia' },
      salutation: { en: 'Delegate Norton', es: 'Delegada Norton' },
      groups: ['delegates', 'DC'],
    });
    // The official name drops the second family name: the salutation does too.
    expect(officials['rep-hernandez']).toMatchObject({
      name: 'Pablo José Hernández',
      sort_as: 'Hernández Rivera, Pablo José',
      salutation: { en: 'Resident Commissioner Hernández', es: 'Comisionado Residente Hernández' },
    });
  });

  it('--dry-run says what would change and writes nothing; --json gives the same as data', async () => {
    const dry = await run('officials', 'import', LEGISLATORS, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout.split('\n')).toContain('added sen-durbin');
    expect(dry.stderr).toContain('dry run: nothing was written');
    expect(() => read(ws.dir)).toThrow();
    const json = JSON.parse((await run('officials', 'import', LEGISLATORS, '--json')).stdout) as { kind: string; added: string[]; written: boolean };
    expect(json).toMatchObject({ kind: 'legislators', written: true });
    expect(json.added).toHaveLength(33);
  });

  it('imported twice: no duplicate, nothing rewritten, and it says so', async () => {
    await run('officials', 'import', LEGISLATORS);
    const first = read(ws.dir);
    const again = await run('officials', 'import', LEGISLATORS);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('0 added, 0 updated, 33 unchanged');
    expect(read(ws.dir)).toBe(first);
  });

  it('an edited source entry updates that entry in place, keeping what was added by hand', async () => {
    await run('officials', 'import', LEGISLATORS);
    // By hand: a comment, an email, a group of our own.
    writeFileSync(join(ws.dir, 'officials.yaml'), read(ws.dir)
      .replace('  sen-durbin:\n', '  # Our champion on the committee.\n  sen-durbin:\n')
      .replace('    phone: 202-224-2152\n', '    email: staff@durbin.example\n    phone: 202-224-2152\n')
      .replace('    groups: [ senate, IL ]\n    source: { bioguide: D000563 }', '    groups: [ senate, IL, champions ]\n    source: { bioguide: D000563 }'));
    const before = read(ws.dir);
    const source = join(ws.dir, LEGISLATORS);
    const text = read(ws.dir, LEGISLATORS);
    // Every term of his has the phone and the address: the current term's count.
    writeFileSync(source, text.replaceAll('phone: 202-224-2152', 'phone: 202-224-0000').replaceAll('711 Hart Senate Office Building Washington DC 20510', '100 Russell Senate Office Building Washington DC 20510'));
    const result = await run('officials', 'import', LEGISLATORS);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('updated sen-durbin: address, phone\n');
    expect(result.stderr).toContain('0 added, 1 updated, 32 unchanged');
    expect(read(ws.dir)).toBe(before
      .replace('    address: [ 711 Hart Senate Office Building, "Washington, DC 20510" ]\n    email', '    address: [ 100 Russell Senate Office Building, "Washington, DC 20510" ]\n    email')
      .replace('phone: 202-224-2152', 'phone: 202-224-0000'));
    expect(Object.keys(directory().officials)).toHaveLength(33);
  });

  it('a malformed file: a clear error naming the line, and the directory untouched', async () => {
    await run('officials', 'import', LEGISLATORS);
    const before = read(ws.dir);
    const text = read(ws.dir, LEGISLATORS);
    // The 5th entry's current term loses its state.
    const lines = text.split('\n');
    const fifth = lines.findIndex((line, i) => line === '- id:' && lines.slice(0, i).filter((l) => l === '- id:').length === 4);
    const stateLine = lines.findIndex((line, i) => i > fifth && /^ {4}state: /.test(line));
    writeFileSync(join(ws.dir, 'congress', 'broken.yaml'), lines.map((line, i) => (i === stateLine ? '    state: Illinois' : line)).join('\n'));
    const result = await run('officials', 'import', join('congress', 'broken.yaml'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`congress/broken.yaml:${stateLine + 1}:`);
    expect(result.stderr).toContain('a state or territory code such as "IL"');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(read(ws.dir)).toBe(before);

    writeFileSync(join(ws.dir, 'congress', 'syntax.yaml'), `${text.slice(0, 400)}\n  name: [unclosed\n`);
    const syntax = await run('officials', 'import', join('congress', 'syntax.yaml'));
    expect(syntax.code).toBe(1);
    expect(syntax.stderr).toMatch(/congress\/syntax\.yaml:\d+:\d+ error yaml-syntax/);
    expect(read(ws.dir)).toBe(before);
  });

  it('says what a file it cannot use is, and writes nothing', async () => {
    const committees = await run('officials', 'import', join('congress', 'committees-current.yaml'));
    expect(committees.code).toBe(2);
    expect(committees.stderr).toContain('lists committees, not who sits on them');
    expect(committees.stderr).toContain('committee-membership-current.yaml');
    writeFileSync(join(ws.dir, 'list.yaml'), 'groceries: [milk, bread]\n');
    expect((await run('officials', 'import', 'list.yaml')).stderr).toContain('is not a file coalition can import officials from');
    expect(() => read(ws.dir)).toThrow();
  });
});

describe('officials import committee-membership-current.yaml', () => {
  it('makes a group per committee and subcommittee, members in rank order, chair and ranking member noted', async () => {
    await run('officials', 'import', LEGISLATORS);
    const result = await run('officials', 'import', MEMBERSHIP);
    expect(result.code).toBe(0);
    const { groups } = directory();
    expect(Object.keys(groups!)).toEqual([...read(ws.dir, MEMBERSHIP).matchAll(/^(SSJU\d*):$/gm)].map((m) => m[1]));
    expect(Object.keys(groups!)).toHaveLength(8);
    expect(groups!.SSJU).toEqual({ name: 'Senate Committee on the Judiciary', members: SSJU, chair: 'sen-grassley', ranking_member: 'sen-durbin' });
    expect(groups!.SSJU01).toMatchObject({ name: 'Senate Committee on the Judiciary, Subcommittee on Antitrust, Competition Policy, and Consumer Rights', parent: 'SSJU' });
    const list = await run('officials', 'list', '--group', 'SSJU');
    expect(list.stdout.split('\n').slice(2, -1).map((line) => line.split(' ')[0])).toEqual(SSJU);
    const again = await run('officials', 'import', MEMBERSHIP);
    expect(again.stderr).toMatch(/groups: 0 added, 0 updated, \d+ unchanged/);
  });

  it('refuses when none of the members is in the directory yet', async () => {
    const result = await run('officials', 'import', MEMBERSHIP);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('import legislators-current.yaml');
  });
});

describe('officials import <csv>', () => {
  const CSV = 'id,name,title,title_es,salutation_en,salutation_es,gender,email,address,groups\n'
    + 'min-interior,Ana Pérez,Minister of the Interior,Ministra del Interior,Minister Pérez,Ministra Pérez,f,ana@example.gov,"Calle 1; 01000 Ciudad de México",cabinet MX\n'
    + ',Luis Gómez,Minister of Finance,Secretario de Hacienda,Minister Gómez,Secretario Gómez,m,,,cabinet\n';

  it('reads the headers and language suffixes; a second import updates by id or by name', async () => {
    writeFileSync(join(ws.dir, 'cabinet.csv'), CSV);
    const result = await run('officials', 'import', 'cabinet.csv');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('added min-interior\nadded luis-gomez\n');
    expect(directory().officials['min-interior']).toEqual({
      name: 'Ana Pérez',
      title: { en: 'Minister of the Interior', es: 'Ministra del Interior' },
      salutation: { en: 'Minister Pérez', es: 'Ministra Pérez' },
      gender: 'f',
      address: ['Calle 1', '01000 Ciudad de México'],
      email: 'ana@example.gov',
      groups: ['cabinet', 'MX'],
    });
    writeFileSync(join(ws.dir, 'cabinet.csv'), CSV.replace('Secretario de Hacienda', 'Secretario de Hacienda y Crédito Público'));
    const again = await run('officials', 'import', 'cabinet.csv');
    expect(again.stdout).toBe('updated luis-gomez: title\n');
    expect(Object.keys(directory().officials)).toEqual(['min-interior', 'luis-gomez']);
  });

  it('a bad row is reported with its line, and nothing is imported', async () => {
    writeFileSync(join(ws.dir, 'cabinet.csv'), `${CSV}bad,Someone,,,,,x,,,\n`);
    const result = await run('officials', 'import', 'cabinet.csv');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('cabinet.csv:4 error invalid-row gender: expected f or m');
    expect(() => read(ws.dir)).toThrow();
  });
});
