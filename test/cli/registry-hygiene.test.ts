/**
 * A registry that stays clean: `org add` refuses a second id for an organization it
 * already has, `check` names look-alike entries and letters that list two of them,
 * `org merge` makes two entries one, `import` reads Excel's Windows-1252 CSVs and keeps
 * a name's best spelling, and `confirm --outdated` re-confirms after an edit the
 * coalition has accepted. On test/fixtures/duplicates, a registry grown by hand and by imports.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliInProcess, REPO, sampleWorkspace, tempWorkspace } from '../helpers.js';

const ASYLUM = 'letters/2022-11-03-asylum.md';
const SHELTERS = 'letters/2022-12-01-shelters.md';
let ws: { dir: string; cleanup: () => void };
const read = (file = 'signatories.yaml') => readFileSync(join(ws.dir, file), 'utf8');
const run = (...args: string[]) => cliInProcess(args, ws.dir);

function duplicatesWorkspace(): { dir: string; cleanup: () => void } {
  const temp = tempWorkspace();
  cpSync(join(REPO, 'test', 'fixtures', 'duplicates'), temp.dir, { recursive: true });
  return temp;
}

describe('coalition org add', () => {
  beforeEach(() => { ws = duplicatesWorkspace(); });
  afterEach(() => ws.cleanup());

  it('refuses an organization already there under another id, by any name or the acronym, naming it', async () => {
    const before = read();
    const attempts: [string[], string][] = [
      [['--name', 'Washington Office on Latin America', '--short', 'WOLA'], 'as wola (same name "Washington Office on Latin America")'],
      [['--name', 'washington office on latin-america'], 'as wola (same name "Washington Office on Latin America"); it also looks like wola-2'],
      [['--name', 'Oficina en Washington para Asuntos Latinoamericanos', '--country', 'US'], 'as wola (same name "Oficina en Washington para Asuntos Latinoamericanos"); it also looks like oficina-washington'],
      [['--name', 'W.O.L.A. Washington', '--short', 'W.O.L.A.'], 'as wola (same acronym "WOLA")'],
      [['--name', 'Asylum Access Mexico', '--country', 'MX'], 'as asylum-access-mexico (same name "Asylum Access México")'],
    ];
    for (const [flags, named] of attempts) {
      const result = await run('org', 'add', ...flags);
      expect(result.code, flags.join(' ')).toBe(1);
      expect(result.stderr).toContain(named);
      expect(result.stderr).toContain('--force');
    }
    expect(read()).toBe(before);
  });

  it('adds it anyway with --force, with a warning; another country\'s group with the same acronym needs none', async () => {
    const forced = await run('org', 'add', 'wola-dc', '--name', 'Washington Office on Latin America', '--force');
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('warning wola-dc looks like wola (same name "Washington Office on Latin America"); added because of --force');
    expect(read()).toContain('\n  wola-dc:\n    name: Washington Office on Latin America\n');
    const other = await run('org', 'add', '--name', 'Centro de Derechos Humanos del Paraguay', '--short', 'CDH', '--country', 'PY');
    expect(other.code, other.stderr).toBe(0);
    expect(other.stderr).not.toContain('looks like');
  });
});

describe('coalition check', () => {
  beforeEach(() => { ws = duplicatesWorkspace(); });
  afterEach(() => ws.cleanup());

  it('warns at each look-alike entry and at a letter\'s second listing of one organization', async () => {
    const result = await run('check', '--json');
    expect(result.code).toBe(0);
    const found = (JSON.parse(result.stdout) as { file: string; line: number; code: string; message: string }[])
      .filter((d) => d.code.startsWith('look-alike'))
      .map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`);
    expect(found).toEqual([
      `${ASYLUM}:13 look-alike-signers "wola-2" and "wola" (line 11) look like one organization (same name "Washington Office on Latin America"), which would be printed twice`,
      'signatories.yaml:31 look-alike-entries "wola-2" looks like "wola" (same name "Washington Office on Latin America"): one organization under two ids?',
      'signatories.yaml:36 look-alike-entries "oficina-washington" looks like "wola" (same name "Oficina en Washington para Asuntos Latinoamericanos"): one organization under two ids?',
    ]);
    expect(result.stdout).not.toContain('cdh-hn');
  });
});

describe('coalition org merge', () => {
  beforeEach(() => { ws = duplicatesWorkspace(); });
  afterEach(() => ws.cleanup());

  it('moves every letter to the kept id with its status, date and fingerprint, copies what only the other had, and removes it', async () => {
    const asylum = read(ASYLUM);
    const shelters = read(SHELTERS);
    const registry = read();
    const result = await run('org', 'merge', 'wola', 'wola-2');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`${ASYLUM}: listed both: kept one wola`);
    expect(result.stderr).toContain(`${SHELTERS}: wola-2 → wola`);
    expect(result.stderr).toContain('copied to wola: website');
    // Listed both: the confirmed entry wins, at the kept id's place; the letterhead follows.
    expect(read(ASYLUM)).toBe(asylum
      .replace('letterhead: wola-2', 'letterhead: wola')
      .replace('  - { id: wola, status: pending, signed_on: 2022-10-30 }', '  - { id: wola, status: confirmed, signed_on: 2022-11-01, text: 7a6e4f8528 }')
      .replace('  - { id: wola-2, status: confirmed, signed_on: 2022-11-01, text: 7a6e4f8528 }\n', ''));
    expect(read(SHELTERS)).toBe(shelters.replace('{ id: wola-2, status: confirmed, signed_on: 2022-11-20, text: abcdef0123 }', '{ id: wola, status: confirmed, signed_on: 2022-11-20, text: abcdef0123 }'));
    expect(read()).toBe(registry
      .replace('    country: US\n\n  serapaz:', '    country: US\n    website: https://www.wola.org\n\n  serapaz:')
      .replace('\n  # Added later from a sign-on form, in capitals, with the website the first lacks.\n  wola-2:\n    name: WASHINGTON OFFICE ON LATIN-AMERICA\n    website: https://www.wola.org\n', ''));
    const check = await run('check', '--json');
    expect(check.code).toBe(0);
    expect(check.stdout).not.toContain('wola-2');
  });

  it('refuses an unknown id or the same id twice, changing nothing', async () => {
    const registry = read();
    const unknown = await run('org', 'merge', 'wola', 'wola-3');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('"wola-3" is not in signatories.yaml; did you mean wola-2');
    expect((await run('org', 'merge', 'wola', 'wola')).code).toBe(2);
    expect(read()).toBe(registry);
  });
});

describe('coalition confirm --outdated', () => {
  beforeEach(() => { ws = sampleWorkspace(); });
  afterEach(() => ws.cleanup());

  it('re-confirms every signer who confirmed an earlier text, and no one else', async () => {
    const letter = 'letters/2022-10-12-us-mexico-security-dialogue.md';
    await run('confirm', 'us-mexico-security-dialogue', 'wola', 'hrw', '--date', '2022-10-10');
    await run('unsign', 'us-mexico-security-dialogue', 'cadhac');
    await run('sign', 'us-mexico-security-dialogue', 'cadhac', '--pending', '--date', '2022-10-10');
    const signed = read(letter);
    writeFileSync(join(ws.dir, letter), signed.replace('We, the undersigned', 'We, the undersigned U.S. and Mexican'));
    const before = JSON.parse((await run('status', 'us-mexico-security-dialogue', '--json')).stdout);
    expect(before.counts.outdated).toBeGreaterThan(0);
    const outdated = before.signers.filter((s: { text?: string }) => s.text === 'outdated').map((s: { id: string }) => s.id).sort();
    const result = await run('confirm', 'us-mexico-security-dialogue', '--outdated');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim().split('\n').sort()).toEqual(outdated.map((id: string) => `confirmed ${id} (the current text)`));
    const after = JSON.parse((await run('status', 'us-mexico-security-dialogue', '--json')).stdout);
    expect(after.counts.outdated).toBe(0);
    // The pending signer stays pending; dates are kept.
    expect(after.signers.find((s: { id: string }) => s.id === 'cadhac').status).toBe('pending');
    expect(after.signers.find((s: { id: string }) => s.id === 'wola').signedOn).toBe('2022-10-10');
    const again = await run('confirm', 'us-mexico-security-dialogue', '--outdated');
    expect(again.stderr).toContain('nothing to do');
    expect((await run('confirm', 'us-mexico-security-dialogue')).code).toBe(2);
  });
});

describe('coalition import', () => {
  beforeEach(() => { ws = sampleWorkspace(); });
  afterEach(() => ws.cleanup());

  it('reads a CSV that Excel saved in Windows-1252, says so, and keeps each name\'s best spelling', async () => {
    const csv = join(REPO, 'test', 'fixtures', 'registry', 'responses-windows-1252.csv');
    const registry = read();
    const result = await run('import', 'us-mexico-security-dialogue', csv, '--date', '2022-10-11');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('as Windows-1252');
    const lines = result.stdout.trim().split('\n').map((l) => l.replace(/^.*\.csv:/, ''));
    expect(lines).toEqual([
      '2 new asylum-access-mexico "asylum access méxico"',
      '3 merged into asylum-access-mexico: repeats line 2',
      '4 merged into asylum-access-mexico: repeats line 2',
      '5 new red-lesbica-cattrachas "Red Lésbica Cattrachas"',
      '6 new womens-rights-center-nuestra-voz "Women’s Rights Center «Nuestra Voz»"',
      '7 new colectivo-nanduti "Colectivo Ñanduti"',
      '8 matched serapaz "SERVICIOS Y ASESORÍA PARA LA PAZ"',
    ]);
    const added = read().slice(registry.length);
    // Never "asylum access méxico" over "Asylum Access México"; the registry's own spelling of Serapaz untouched.
    expect(added).toContain('\n  asylum-access-mexico:\n    name: Asylum Access México\n    country: MX\n    contact: { email: info@asylum.example }\n');
    expect(added).toContain('    name: Red Lésbica Cattrachas\n    country: HN\n');
    expect(added).toContain('    name: Women’s Rights Center «Nuestra Voz»\n    country: NI\n');
    expect(added).toContain('    name: Colectivo Ñanduti\n    country: PY\n');
    expect(read()).toContain('name: Servicios y Asesoría para la Paz');
    expect(added).not.toContain('SERVICIOS');
  });

  it('reads a UTF-16 "Unicode text" export from Excel', async () => {
    const text = 'Organización\tPaís\r\nColectivo Ñanduti\tParaguay\r\n';
    writeFileSync(join(ws.dir, 'unicode.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const result = await run('import', 'us-mexico-security-dialogue', 'unicode.csv', '--dry-run');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('as UTF-16');
    expect(result.stdout).toContain('new colectivo-nanduti "Colectivo Ñanduti"');
  });
});
