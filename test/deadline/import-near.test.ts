/**
 * Issue 28, item 2 (in part): the form export of deadline night. A typed-in-haste
 * "Womens Refugee Comission" is held as a near match of the registered "Women's Refugee
 * Commission" instead of becoming a second entry; `check` flags such a pair; each
 * signer's signed_on is the day the form was submitted, not the day of the import.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, cliInProcess, tempWorkspace } from '../helpers.js';

const ws = tempWorkspace();
const letter = join(ws.dir, 'letters', '2026-12-10-refugees.md');
// A Google Forms export in Spanish: "Marca temporal", day first.
const CSV = [
  'Marca temporal,Organización,Siglas,País,Correo electrónico',
  '3/12/2026 14:05:33,Womens Refugee Comission,,Estados Unidos,ana@wrc.example',
  '25/11/2026 09:00:00,Centro de Derechos Humanos Miguel Agustín Pro Juárez,Centro Prodh,México,info@prodh.example',
  '',
].join('\r\n');

beforeAll(async () => {
  expect((await cli(['init', '.'], { cwd: ws.dir })).code).toBe(0);
  writeFileSync(letter, [
    '---', 'title: Letter', 'date: 2026-12-10', 'to:', '  - name: Ana Pérez', '    title: Minister', '    salutation: Minister Pérez',
    'closing: "Sincerely,"', 'signatories: [example-network]', '---', '', '::: en', 'We write about the border.', ':::', '',
  ].join('\n'));
  writeFileSync(join(ws.dir, 'respuestas.csv'), CSV);
  expect((await cliInProcess(['org', 'add', 'wrc', '--name', 'Women\'s Refugee Commission', '--short', 'WRC', '--country', 'US'], ws.dir)).code).toBe(0);
}, 60_000);
afterAll(() => ws.cleanup());

describe('import of a form export', () => {
  it('--dry-run shows the near match for a decision, with both ways out', async () => {
    const result = await cli(['import', 'refugees', 'respuestas.csv', '--dry-run'], { cwd: ws.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('respuestas.csv:2 held "Womens Refugee Comission": near match: wrc "Women\'s Refugee Commission" — if it is that one: coalition sign refugees wrc; if not: coalition org add <id> --name "Womens Refugee Comission" --force, then sign');
    expect(result.stdout).toContain('respuestas.csv:3 new centro-prodh');
  });

  it('records the day each organization submitted the form as signed_on, and adds no second WRC', async () => {
    const result = await cliInProcess(['import', 'refugees', 'respuestas.csv'], ws.dir);
    expect(result.code).toBe(0);
    const text = readFileSync(letter, 'utf8');
    expect(text).toContain('{ id: centro-prodh, status: pending, signed_on: 2026-11-25 }');
    expect(text).not.toMatch(/womens/);
    expect(readFileSync(join(ws.dir, 'signatories.yaml'), 'utf8')).not.toMatch(/Comission/);
  });

  it('check flags "Womens Refugee Comission" beside "Women\'s Refugee Commission (WRC)"', async () => {
    // org add refuses the typo unless forced.
    const refused = await cliInProcess(['org', 'add', 'wrc-3', '--name', 'Women\'s Refugee Comission'], ws.dir);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('is already in signatories.yaml as wrc (similar name "Women\'s Refugee Commission")');
    expect((await cliInProcess(['org', 'add', 'wrc-typo', '--name', 'Womens Refugee Comission', '--force'], ws.dir)).code).toBe(0);
    expect((await cliInProcess(['org', 'add', 'wrc-full', '--name', 'Women\'s Refugee Commission (WRC)', '--country', 'US', '--force'], ws.dir)).code).toBe(0);
    const json = JSON.parse((await cliInProcess(['check', '--json'], ws.dir)).stdout);
    const pairs = json.filter((d: { code: string }) => d.code === 'look-alike-entries').map((d: { message: string }) => d.message);
    expect(pairs).toEqual(expect.arrayContaining([
      '"wrc-typo" looks like "wrc" (similar name "Women\'s Refugee Commission"): one organization under two ids?',
      expect.stringMatching(/^"wrc-full" looks like "wrc" \(similar name "Women's Refugee Commission"\)/),
    ]));
  });

  it('different organizations with close short names stay apart', async () => {
    const json = JSON.parse((await cliInProcess(['check', '--json'], ws.dir)).stdout);
    expect(json.filter((d: { code: string; message: string }) => d.code === 'look-alike-entries' && /example-network|maria-lopez|centro-prodh/.test(d.message))).toEqual([]);
    expect(readdirSync(ws.dir)).toContain('signatories.yaml');
  });

  it('names that differ by a number are different bodies, however close: SEIU Local 32 and SEIU Local 23', async () => {
    for (const [id, name] of [['local-32', 'Service Employees Local 32'], ['local-23', 'Service Employees Local 23'], ['local-320', 'Service Employees Local 320']]) {
      const added = await cliInProcess(['org', 'add', id!, '--name', name!, '--country', 'US'], ws.dir);
      expect(added.code, added.stderr).toBe(0);
    }
    const json = JSON.parse((await cliInProcess(['check', '--json'], ws.dir)).stdout);
    expect(json.filter((d: { code: string; message: string }) => d.code === 'look-alike-entries' && /local-/.test(d.message))).toEqual([]);
  });
});
