/**
 * Issue 28, item 10: the small slips of deadline night, each through the real binary
 * in a workspace made as a user makes one (`init`, `new`, the registry's examples).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, cliInProcess, REPO, tempWorkspace } from '../helpers.js';

const ws = tempWorkspace();
const letterFile = (slug: string) => join(ws.dir, 'letters', readdirSync(join(ws.dir, 'letters')).find((f) => f.endsWith(`-${slug}.md`))!);

const SMALL = (date: string, languages: string) => `---
title: Letter
date: ${date}
languages: [${languages}]
to:
  - name: Ana Pérez
    title: Minister
    salutation: Minister Pérez
closing: "Sincerely,"
signatories: [example-network]
---

::: en
Hello.
:::

::: es
Hola.
:::
`;

beforeAll(async () => {
  expect((await cli(['init', '.'], { cwd: ws.dir })).code).toBe(0);
});
afterAll(() => ws.cleanup());

describe('small ones', () => {
  it('languages: [en, sp] → "did you mean es?", and the ::: es block left unused is a warning', async () => {
    writeFileSync(join(ws.dir, 'letters', '2026-12-10-small.md'), SMALL('2026-12-10', 'en, sp'));
    const result = await cli(['check', 'small'], { cwd: ws.dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/small\.md:4:\d+ error missing-body language "sp" has no body: there is no `::: sp` block; did you mean "es"\?/);
    expect(result.stdout).toContain('"sp" is no language code: write "es" in languages: (the `::: es` block is there).');
    expect(result.stdout).toMatch(/small\.md:\d+:1 warning unlisted-language the `::: es` block is not in languages, so it is never printed/);
  });

  it('the same with a bad date too: every problem at once, and no rename to 2026-12-32', async () => {
    writeFileSync(join(ws.dir, 'letters', '2026-12-10-small.md'), SMALL('2026-12-32', 'en, sp'));
    const result = await cli(['check', 'small'], { cwd: ws.dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/error invalid-field date: expected a date that exists on the calendar/);
    expect(result.stdout).toMatch(/did you mean "es"\?/);
    expect(result.stdout).toMatch(/warning unlisted-language the `::: es` block/);
    expect(result.stdout).not.toMatch(/file-name-date|2026-12-32-small|coalition rename/);
    const rename = await cliInProcess(['rename', 'small'], ws.dir);
    expect(rename.code).toBe(1);
    expect(rename.stderr).toContain('is dated 2026-12-32, a day that does not exist, so it cannot be named after it');
    expect(readdirSync(join(ws.dir, 'letters'))).toContain('2026-12-10-small.md');
  });

  it('--for UK-Parliament is uk-parliament; a misspelt profile gets "did you mean"', async () => {
    const right = await cli(['profiles', 'UK-Parliament'], { cwd: ws.dir });
    expect(right.code).toBe(0);
    expect(right.stdout).toMatch(/UK Parliament written evidence/);
    const typo = await cliInProcess(['check', '--for', 'uk-parlament'], ws.dir);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('no submission profile "uk-parlament"; did you mean "uk-parliament"?');
  });

  it('an unknown signer id: the nearest registered id first, `org add <typo>` only after it', async () => {
    writeFileSync(join(ws.dir, 'letters', '2026-12-10-small.md'), SMALL('2026-12-10', 'en, es').replace('[example-network]', '[exampel-network]'));
    const result = await cli(['check', 'small'], { cwd: ws.dir });
    expect(result.stdout).toContain('error unknown-signatory "exampel-network" is not in signatories.yaml; did you mean "example-network"?');
    expect(result.stdout).toContain('hint: Write the registered id: exampel-network → example-network. Only if it is another organization, add it: coalition org add exampel-network --name "…"');
    const sign = await cliInProcess(['sign', 'small', 'maria-lopz'], ws.dir);
    expect(sign.code).toBe(1);
    expect(sign.stderr).toMatch(/hint: Use the registered id: maria-lopz → maria-lopez\. Only if it is another organization, add it first/);
  });

  it('confirm --all-pending: every pending signer, counted, with the text recorded', async () => {
    writeFileSync(join(ws.dir, 'letters', '2026-12-10-small.md'), SMALL('2026-12-10', 'en, es').replace('signatories: [example-network]', 'signatories: []'));
    expect((await cli(['sign', 'small', 'example-network', 'maria-lopez', '--pending'], { cwd: ws.dir })).code).toBe(0);
    const result = await cli(['confirm', 'small', '--all-pending'], { cwd: ws.dir });
    expect(result.code).toBe(0);
    const text = /with the current text \(([0-9a-f]{10})\)/.exec(result.stderr)?.[1];
    expect(result.stderr).toContain('confirmed 2 signers of letters/2026-12-10-small.md with the current text');
    expect(text).toBeDefined();
    const written = readFileSync(letterFile('small'), 'utf8');
    expect(written).toMatch(new RegExp(`id: example-network, status: confirmed, signed_on: \\d{4}-\\d{2}-\\d{2}, text: ${text}`));
    expect(written).toMatch(new RegExp(`id: maria-lopez, status: confirmed, signed_on: \\d{4}-\\d{2}-\\d{2}, text: ${text}`));
    const again = await cliInProcess(['confirm', 'small', '--all-pending'], ws.dir);
    expect(again.stderr).toContain('no signer of letters/2026-12-10-small.md is pending: nothing to do');
  });

  it('new --to "Carolina Vargas Ríos": Vargas, her first surname, in the salutation', async () => {
    expect((await cli(['new', 'ministra', '--lang', 'en,es', '--to', 'Carolina Vargas Ríos'], { cwd: ws.dir })).code).toBe(0);
    const text = readFileSync(letterFile('ministra'), 'utf8');
    expect(text).toContain('salutation: { en: TODO e.g. Minister Vargas, es: TODO p. ej. Ministra Vargas o Ministro Vargas }');
  });

  it('the README says how to get the repository, and that a user needs setup.sh, not npm test', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const quick = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## Install'));
    expect(quick).toMatch(/git clone/);
    expect(quick).toMatch(/download its archive/);
    expect(quick).toMatch(/setup\.sh +# all a user needs/);
    expect(quick).toMatch(/npm test +# only to change coalition itself/);
  });
});
