/**
 * Issue 28, item 9 (in part): the reminder before the deadline. `status --csv
 * --contacts` lists the pending signers with their contact emails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, cliInProcess, tempWorkspace } from '../helpers.js';

const ws = tempWorkspace();

beforeAll(async () => {
  expect((await cli(['init', '.'], { cwd: ws.dir })).code).toBe(0);
  writeFileSync(join(ws.dir, 'letters', '2026-12-10-refugees.md'), [
    '---', 'title: Letter', 'date: 2026-12-10', 'to:', '  - name: Ana Pérez', '    title: Minister', '    salutation: Minister Pérez',
    'closing: "Sincerely,"', 'signatories:', '  - example-network', '  - { id: maria-lopez, status: pending, signed_on: 2026-12-01 }',
    '  - { id: cels, status: pending, signed_on: 2026-12-02 }', '---', '', '::: en', 'We write about the border.', ':::', '',
  ].join('\n'));
  expect((await cliInProcess(['org', 'add', 'cels', '--name', 'Centro de Estudios Legales y Sociales', '--short', 'CELS', '--country', 'AR', '--contact-name', 'Ana Ruiz', '--contact-email', 'ana@cels.example'], ws.dir)).code).toBe(0);
}, 60_000);
afterAll(() => ws.cleanup());

describe('status --csv --contacts', () => {
  it('lists the pending signers with their contacts, and says who has no email', async () => {
    const result = await cli(['status', 'refugees', '--csv', '--contacts'], { cwd: ws.dir });
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual([
      'id,signatory,contact,email,signed_on',
      'maria-lopez,"María López, Professor of Law, Universidad Ejemplo",,,2026-12-01',
      'cels,Centro de Estudios Legales y Sociales (CELS),Ana Ruiz,ana@cels.example,2026-12-02',
    ]);
    expect(result.stderr).toContain('2 pending signers on letters/2026-12-10-refugees.md; 1 without an email');
  });

  it('is a CSV only', async () => {
    const result = await cliInProcess(['status', 'refugees', '--contacts'], ws.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--contacts is a CSV: give it with --csv');
  });
});
