/**
 * Issue 28, item 3: one edit of the Spanish text after 23 signers confirmed made `check`
 * print 23 warnings. Now it is one per letter, with what changed since the released text
 * they saw; `--verbose` lists them; `release` asks for `--accept-outdated`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, cliInProcess, tempWorkspace } from '../helpers.js';

const ws = tempWorkspace();
const ids = Array.from({ length: 23 }, (_, i) => `org-${i + 1}`);
const letter = join(ws.dir, 'letters', '2026-12-10-border.md');

beforeAll(async () => {
  expect((await cli(['init', '.'], { cwd: ws.dir })).code).toBe(0);
  const registry = readFileSync(join(ws.dir, 'signatories.yaml'), 'utf8');
  writeFileSync(join(ws.dir, 'signatories.yaml'), `${registry.trimEnd()}\n${ids.map((id, i) => `  ${id}:\n    name: Organization ${i + 1}\n    country: MX\n`).join('')}`);
  writeFileSync(letter, [
    '---', 'title: Border', 'date: 2026-12-10', 'languages: [en, es]', 'to:', '  - name: Ana Pérez', '    title: { en: Minister, es: Ministra }',
    '    salutation: { en: Minister Pérez, es: Ministra Pérez }', 'closing: { en: "Sincerely,", es: "Atentamente," }', 'signatories: []', '---', '',
    '::: en', 'We write about the border.', '', 'Asylum seekers wait for months.', '', 'We ask you to act.', ':::', '',
    '::: es', 'Escribimos sobre la frontera.', '', 'Las personas solicitantes esperan meses.', '', 'Le pedimos actuar.', ':::', '',
  ].join('\n'));
  expect((await cliInProcess(['sign', 'border', ...ids], ws.dir)).code).toBe(0);
  expect((await cliInProcess(['release', 'border', '--format', 'html'], ws.dir)).code).toBe(0);
  // The Spanish second paragraph is corrected after everyone confirmed.
  writeFileSync(letter, readFileSync(letter, 'utf8').replace('esperan meses', 'esperan durante meses'));
}, 120_000);
afterAll(() => ws.cleanup());

describe('signers who confirmed an earlier text', () => {
  it('check says it once per letter, with what changed and the command', async () => {
    const result = await cli(['check', 'border'], { cwd: ws.dir });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n').filter((l) => l.includes('outdated-text') || l.includes('confirmed an earlier text'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('23 signers confirmed an earlier text (changed: es ¶2) — `coalition confirm 2026-12-10-border --outdated` once they agree');
    expect(result.stdout + result.stderr).toContain('0 errors, 1 warning');
    const json = JSON.parse((await cliInProcess(['check', 'border', '--json'], ws.dir)).stdout);
    expect(json.filter((d: { code: string }) => d.code === 'outdated-text')).toHaveLength(1);
  });

  it('check --verbose lists each signer at their line', async () => {
    const json = JSON.parse((await cliInProcess(['check', 'border', '--json', '--verbose'], ws.dir)).stdout);
    const outdated = json.filter((d: { code: string }) => d.code === 'outdated-text');
    expect(outdated).toHaveLength(24);
    expect(outdated.slice(1).map((d: { message: string }) => d.message.match(/^"([^"]+)"/)![1])).toEqual(ids);
  });

  it('status says what changed', async () => {
    const status = await cliInProcess(['status', 'border'], ws.dir);
    expect(status.stdout).toContain('23 confirmed an earlier text (changed: es ¶2): org-1, org-2');
  });

  it('release refuses until the change is accepted, and --accept-outdated releases', async () => {
    const refused = await cli(['release', 'border', '--format', 'html'], { cwd: ws.dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('outdated-not-accepted');
    expect(refused.stderr).toContain('23 signers confirmed an earlier text (changed: es ¶2): they have not seen the text this release sends');
    expect(refused.stderr).toContain('coalition release border --accept-outdated');
    const accepted = await cliInProcess(['release', 'border', '--format', 'html', '--accept-outdated'], ws.dir);
    expect(accepted.code).toBe(0);
    expect(accepted.stderr).toContain('released v2');
    expect(accepted.stderr).toContain('23 signers confirmed an earlier text');
  });

  it('once they agree, nothing is outdated and release needs no flag', async () => {
    expect((await cliInProcess(['confirm', 'border', '--outdated'], ws.dir)).code).toBe(0);
    const json = JSON.parse((await cliInProcess(['check', 'border', '--json'], ws.dir)).stdout);
    expect(json.filter((d: { code: string }) => d.code === 'outdated-text')).toEqual([]);
  });
});
