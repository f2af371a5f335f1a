import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliInProcess } from '../helpers.js';
import { importCongress, officialsWorkspace, read } from './fixtures.js';

const DIRECTORY = `# Who we write to. Kept by hand.
officials:
  min-interior:
    name: Ana Pérez                 # since 2024
    title: { en: Minister of the Interior, es: Ministra del Interior }
    salutation: { en: Minister Pérez, es: Ministra Pérez }
    gender: f
    groups: [cabinet]

  # The finance ministry changes hands often.
  min-finance:
    name: Luis Gómez
    title: { en: Minister of Finance, es: Secretario de Hacienda }
    groups: [cabinet]
`;

const LETTER = `---
title: Letter
date: 2026-03-02
to: [min-interior, { group: cabinet }]
signatories: [wola]
---

We write.
`;

let ws: { dir: string; cleanup: () => void };
const run = (...args: string[]) => cliInProcess(args, ws.dir);

beforeEach(() => { ws = officialsWorkspace({ 'officials.yaml': DIRECTORY, 'letters/cabinet.md': LETTER }); });
afterEach(() => ws.cleanup());

describe('coalition officials add|edit|remove', () => {
  it('add appends an entry in the file\'s own layout, every flag a field', async () => {
    const result = await run('officials', 'add', 'min-health', '--name', 'Rosa Díaz', '--title-en', 'Minister of Health', '--title-es', 'Ministra de Salud',
      '--salutation-en', 'Minister Díaz', '--salutation-es', 'Ministra Díaz', '--honorific', 'Her Excellency', '--gender', 'f',
      '--address', 'Av. Reforma 10', '--address', '06600 Ciudad de México', '--email', 'rosa@example.gov', '--until', '2030-09-30', '--group', 'cabinet');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('min-health\n');
    expect(read(ws.dir)).toBe(`${DIRECTORY}\n  min-health:\n    name: Rosa Díaz\n    honorific: Her Excellency\n`
      + '    title: { en: Minister of Health, es: Ministra de Salud }\n    salutation: { en: Minister Díaz, es: Ministra Díaz }\n    gender: f\n'
      + '    address: [ Av. Reforma 10, 06600 Ciudad de México ]\n    email: rosa@example.gov\n    until: 2030-09-30\n    groups: [ cabinet ]\n');
  });

  it('add makes officials.yaml in a workspace that has none', async () => {
    const fresh = officialsWorkspace();
    try {
      const result = await cliInProcess(['officials', 'add', '--name', 'Ana Pérez', '--group', 'cabinet'], fresh.dir);
      expect(result.stdout).toBe('ana-perez\n');
      expect(read(fresh.dir)).toMatch(/^# The officials letters are addressed to[^\n]*\n#[^\n]*\nofficials:\n {2}ana-perez:\n {4}name: Ana Pérez\n {4}groups: \[ cabinet \]\n$/);
    } finally {
      fresh.cleanup();
    }
  });

  it('edit changes only the lines it must; comments and layout stay', async () => {
    const result = await run('officials', 'edit', 'min-finance', '--title-es', 'Secretario de Hacienda y Crédito Público', '--gender', 'm', '--group', 'economy', '--remove-group', 'cabinet');
    expect(result.code).toBe(0);
    expect(read(ws.dir)).toBe(DIRECTORY
      .replace('es: Secretario de Hacienda }\n    groups: [cabinet]\n', 'es: Secretario de Hacienda y Crédito Público }\n    groups: [ economy ]\n    gender: m\n'));
    const name = await run('officials', 'edit', 'min-interior', '--name', 'Ana María Pérez');
    expect(name.code).toBe(0);
    expect(read(ws.dir)).toBe(DIRECTORY
      .replace('    name: Ana Pérez  ', '    name: Ana María Pérez  ')
      .replace('es: Secretario de Hacienda }\n    groups: [cabinet]\n', 'es: Secretario de Hacienda y Crédito Público }\n    groups: [ economy ]\n    gender: m\n'));
  });

  it('refuses an unknown id, a bad value, and leaves the file as it was', async () => {
    const unknown = await run('officials', 'edit', 'min-interor', '--name', 'X');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('"min-interor" is not in officials.yaml; did you mean min-interior?');
    expect((await run('officials', 'edit', 'min-interior', '--until', '2026-02-30')).code).toBe(2);
    expect((await run('officials', 'add', 'min-interior', '--name', 'X')).code).toBe(1);
    expect(read(ws.dir)).toBe(DIRECTORY);
  });

  it('remove is refused while a letter names the official, and --force takes it off the letter too', async () => {
    const refused = await run('officials', 'remove', 'min-interior');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('"min-interior" is an addressee of 1 letter: letters/cabinet.md');
    expect(read(ws.dir)).toBe(DIRECTORY);
    const forced = await run('officials', 'remove', 'min-interior', '--force');
    expect(forced.code).toBe(0);
    expect(read(ws.dir)).toBe(DIRECTORY.replace(/ {2}min-interior:[^]*?\n\n/, '\n'));
    expect(read(ws.dir, 'letters/cabinet.md')).toContain('to: [{ group: cabinet }]');
    // Removing someone out of no letter is done at once.
    expect((await run('officials', 'remove', 'min-finance')).code).toBe(0);
  });

  it('remove takes a committee member off the groups that list them', async () => {
    const congress = officialsWorkspace();
    try {
      await importCongress(congress.dir);
      const result = await cliInProcess(['officials', 'remove', 'sen-durbin'], congress.dir);
      expect(result.code).toBe(0);
      expect(result.stderr).toContain('removed sen-durbin from the groups SSJU');
      const text = read(congress.dir);
      expect(text).not.toMatch(/^ {2}sen-durbin:/m);
      expect(text).not.toMatch(/members: \[.*sen-durbin|ranking_member: sen-durbin/);
      expect(text).toMatch(/^ {2}SSJU:\n.*\n {4}members: \[ sen-grassley, [^\n]*\n {4}chair: sen-grassley\n {2}SSJU\d/m);
      const check = await cliInProcess(['check'], congress.dir);
      expect(check.code).toBe(0);
      expect(check.stdout).not.toContain('error');
    } finally {
      congress.cleanup();
    }
  });
});

describe('coalition officials list|show', () => {
  it('list shows every entry, or a group in its order, as a table, JSON or CSV', async () => {
    const list = await run('officials', 'list');
    expect(list.stdout.split('\n').slice(2, 4).map((l) => l.split(/\s{2,}/))).toEqual([
      ['min-interior', 'Ana Pérez', 'Minister of the Interior', 'cabinet'],
      ['min-finance', 'Luis Gómez', 'Minister of Finance', 'cabinet'],
    ]);
    expect(JSON.parse((await run('officials', 'list', '--group', 'cabinet', '--json')).stdout).map((e: { id: string }) => e.id)).toEqual(['min-interior', 'min-finance']);
    expect((await run('officials', 'list', '--csv')).stdout.split('\n')[0]).toBe('id,name,title,groups');
    expect((await run('officials', 'list', '--groups')).stdout).toContain('cabinet  2');
    expect((await run('officials', 'list', '--group', 'senate')).code).toBe(1);
  });

  it('show gives the entry as written, its groups and the letters addressed to it', async () => {
    const show = await run('officials', 'show', 'min-interior');
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('min-interior: Ana Pérez\n  name: Ana Pérez\n');
    expect(show.stdout).toContain('in cabinet\n');
    expect(show.stdout).toContain('letters/cabinet.md  by id, { group: cabinet }');
  });
});

describe('a broken officials.yaml', () => {
  it('is reported by check with its line, fails only the letters that use it, and is never rewritten', async () => {
    const broken = DIRECTORY.replace('    gender: f\n', '    gender: female\n');
    writeFileSync(join(ws.dir, 'officials.yaml'), broken);
    writeFileSync(join(ws.dir, 'letters/other.md'), LETTER.replace('to: [min-interior, { group: cabinet }]', 'to: [{ name: Someone }]'));
    const check = await run('check');
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('officials.yaml:7:5 error invalid-field officials.min-interior.gender: expected f or m');
    const build = await run('build', '--format', 'html');
    expect(build.code).toBe(1);
    expect(build.stdout).toContain('out/2026-03-02-other.en.html');
    expect(build.stderr).toContain('letters/cabinet.md was not built');
    expect((await run('officials', 'edit', 'min-finance', '--name', 'X')).code).toBe(1);
    expect(readFileSync(join(ws.dir, 'officials.yaml'), 'utf8')).toBe(broken);
  });

  it('an unreadable one (a binary file) is a problem of the directory, not a crash', async () => {
    writeFileSync(join(ws.dir, 'officials.yaml'), Buffer.from([0x6f, 0x66, 0x00, 0x01]));
    const check = await run('check');
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('officials.yaml:1:3 error binary-file');
    expect(check.stderr).not.toContain('internal');
  });
});
