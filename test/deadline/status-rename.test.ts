/**
 * Issue 28, item 5: right after a release, `status` said a signer was renamed (the
 * release prints "Women’s", the registry says "Women's") while `release` said nothing
 * changed. One comparison of printed names, everywhere.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { samePrintedName } from '../../src/resolve/printed-name.js';
import { cli, cliInProcess, tempWorkspace } from '../helpers.js';

const ws = tempWorkspace();
beforeAll(async () => {
  expect((await cli(['init', '.'], { cwd: ws.dir })).code).toBe(0);
  writeFileSync(join(ws.dir, 'letters', '2026-12-10-refugees.md'), [
    '---', 'title: Letter', 'date: 2026-12-10', 'to:', '  - name: Ana Pérez', '    title: Minister', '    salutation: Minister Pérez',
    'closing: "Sincerely,"', 'signatories: [example-network]', '---', '', '::: en', 'We write about the border.', ':::', '',
  ].join('\n'));
  expect((await cli(['org', 'add', 'wrc', '--name', 'Women\'s Refugee Commission', '--short', 'WRC', '--country', 'US'], { cwd: ws.dir })).code).toBe(0);
  expect((await cli(['sign', 'refugees', 'wrc'], { cwd: ws.dir })).code).toBe(0);
  expect((await cli(['release', 'refugees', '--format', 'html'], { cwd: ws.dir })).code).toBe(0);
});
afterAll(() => ws.cleanup());

describe('status right after a release', () => {
  it('reports no rename for a name printed with a typographic apostrophe, as release does', async () => {
    const status = await cli(['status', 'refugees'], { cwd: ws.dir });
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('v1 released ');
    expect(status.stdout).toContain('; no signer or text changed since');
    expect(status.stdout).not.toMatch(/renamed/);
    const json = JSON.parse((await cliInProcess(['status', 'refugees', '--json'], ws.dir)).stdout);
    expect(json.release.renamed).toEqual([]);
    // And release agrees: nothing changed.
    const again = await cliInProcess(['release', 'refugees', '--format', 'html'], ws.dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('nothing changed since v1');
  });

  it('a real rename is still one, in status and in the next release', async () => {
    expect((await cli(['org', 'edit', 'wrc', '--name', 'Women\'s Refugee Commission International'], { cwd: ws.dir })).code).toBe(0);
    const status = await cli(['status', 'refugees'], { cwd: ws.dir });
    expect(status.stdout).toContain('1 signer renamed since');
    const json = JSON.parse((await cliInProcess(['status', 'refugees', '--json'], ws.dir)).stdout);
    expect(json.release.renamed).toEqual(['Women’s Refugee Commission (WRC) → Women\'s Refugee Commission International (WRC)']);
  });

  it('the comparison: typography undone, words kept', () => {
    expect(samePrintedName('Women\'s Refugee Commission', 'Women’s Refugee Commission')).toBe(true);
    expect(samePrintedName('Red « Todos los Derechos »', 'Red "Todos los Derechos"')).toBe(true);
    expect(samePrintedName('Fundación\u00a0Ifarma', 'Fundación Ifarma')).toBe(true);
    expect(samePrintedName('Women\'s Refugee Commission', 'Women\'s Refugee Council')).toBe(false);
  });
});
