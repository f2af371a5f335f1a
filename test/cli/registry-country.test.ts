/**
 * `org add --country` reads a country as people write it: an ISO alpha-2 or alpha-3
 * code, or its name in any language coalition ships strings for (from a maintained ISO
 * table, i18n-iso-countries), stored as alpha-2. In-process: that the installed
 * package carries the tables is test/install/global-install.test.ts's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliInThisProcess, tempWorkspace } from '../helpers.js';

let ws: { dir: string; cleanup: () => void };

beforeAll(() => {
  ws = tempWorkspace({ 'signatories.yaml': 'signatories: {}\n', 'letters/.keep': '' });
});

afterAll(() => ws?.cleanup());

const country = (id: string) => (parse(readFileSync(join(ws.dir, 'signatories.yaml'), 'utf8')) as { signatories: Record<string, { country?: string }> }).signatories[id]?.country;

describe('org add --country', () => {
  it.each([
    ['URY', 'UY'],
    ['KEN', 'KE'],
    ['ZAF', 'ZA'],
    ['Allemagne', 'DE'],
    ['Royaume-Uni', 'GB'],
    ['Südafrika', 'ZA'],
    ['Costa de Marfil', 'CI'],
    ['mx', 'MX'],
  ])('reads %s as %s', async (written, code) => {
    const id = `org-${code.toLowerCase()}-${written.length}`;
    const result = await cliInThisProcess(['org', 'add', id, '--name', `Organization ${written}`, '--country', written], { cwd: ws.dir });
    expect(result.code, result.stderr).toBe(0);
    expect(country(id)).toBe(code);
  });

  it('refuses a name it cannot place, saying what it reads', async () => {
    const result = await cliInThisProcess(['org', 'add', 'nowhere', '--name', 'Nowhere', '--country', 'Atlantis'], { cwd: ws.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"Atlantis" is not a country I know');
    expect(result.stderr).toMatch(/ISO code \(MX or MEX, UY or URY…\) or the country's name in one of coalition's languages \(ar, de, en, es, fr, it, pt, ru, zh\)/);
    expect(country('nowhere')).toBeUndefined();
  });
});
