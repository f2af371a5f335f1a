/**
 * `build --release vN` makes a released version's documents as they were released: every
 * option given that could change them is refused by name (exit 2), found from the
 * options commander parsed, not from a list kept by hand. Where they go, which of the
 * released formats and languages, and how the browser prints are taken.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliInProcess, sampleWorkspace } from '../helpers.js';

const SLUG = 'us-mexico-security-dialogue';
const BASE = '2022-10-12-us-mexico-security-dialogue';

let ws: { dir: string; cleanup: () => void };

beforeAll(async () => {
  ws = sampleWorkspace();
  const released = await cliInProcess(['release', SLUG, '--format', 'html,docx'], ws.dir);
  expect(released.code, released.stderr).toBe(0);
});

afterAll(() => ws?.cleanup());

describe('build --release refuses what would change the documents', () => {
  const refusals: [string, string[]][] = [
    ['--each', ['--each']],
    ['--for', ['--for', 'un-upr']],
    ['--strict', ['--strict']],
    ['--reference-docx', ['--reference-docx', 'house.docx']],
    ['--draft', ['--draft']],
    ['--bilingual', ['--bilingual', 'parallel']],
  ];
  for (const [flag, args] of refusals) {
    it(`refuses ${flag}, naming it, and writes nothing`, async () => {
      const out = join(ws.dir, `out-${flag.slice(2)}`);
      const result = await cliInProcess(['build', SLUG, '--release', 'v1', '--out', out, ...args], ws.dir);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toContain(`error --release makes the documents as they were released; ${flag} cannot apply to them`);
      expect(existsSync(out)).toBe(false);
    });
  }

  it('names every such option at once', async () => {
    const result = await cliInProcess(['build', SLUG, '--release', 'v1', '--draft', '--each'], ws.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--draft, --each cannot apply to them');
  });

  it('takes --out, --format, --timeout and --lang with some of the released languages', async () => {
    const result = await cliInProcess(['build', SLUG, '--release', 'v1', '--out', 'again', '--format', 'html', '--lang', 'es', '--timeout', '30'], ws.dir);
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(join(ws.dir, 'again'))).toEqual([`${BASE}.es.html`]);
    expect(result.stdout).toContain(`${BASE}.es.html  identical to the release`);
  });

  it('refuses a --lang the version was not released in', async () => {
    const result = await cliInProcess(['build', SLUG, '--release', 'v1', '--out', 'never', '--lang', 'fr'], ws.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--lang fr: no letter has this language; the letters have en, es/);
    expect(existsSync(join(ws.dir, 'never'))).toBe(false);
  });
});
