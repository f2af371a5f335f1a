/** `coalition init --example`: a complete workspace that builds as is (issue 18, item 2); `init` inside a workspace is refused (item 5). */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliInThisProcess, pdfText, normalizeSpace, tempWorkspace } from '../helpers.js';

const tmp = tempWorkspace();
afterAll(() => tmp.cleanup());
const ws = join(tmp.dir, 'example');

describe('init --example', () => {
  it('writes a workspace that checks clean and builds both languages to PDF', async () => {
    const init = await cliInThisProcess(['init', '--example', 'example'], { cwd: tmp.dir });
    expect(init.code, init.stderr).toBe(0);
    const letters = readdirSync(join(ws, 'letters'));
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatch(/^\d{4}-\d{2}-\d{2}-environmental-defenders\.md$/);
    expect(existsSync(join(ws, 'sign-on-responses.csv'))).toBe(true);

    const check = await cliInThisProcess(['check'], { cwd: ws });
    expect(check.code, check.stdout).toBe(0);
    expect(check.stderr).toContain('no problems');

    const build = await cliInThisProcess(['build'], { cwd: ws });
    expect(build.code, build.stderr).toBe(0);
    const date = letters[0]!.slice(0, 10);
    const es = normalizeSpace(pdfText(join(ws, 'out', `${date}-environmental-defenders.es.pdf`)));
    const en = normalizeSpace(pdfText(join(ws, 'out', `${date}-environmental-defenders.en.pdf`)));
    // A woman addressee with her address, the subject and a cc, in each language.
    expect(es).toContain('Estimada Ministra Méndez:');
    expect(es).toContain('Avenida del Ejemplo 100');
    expect(es).toContain('Asunto: Protección de las personas defensoras');
    // A cc written out prints as an addressee does: its title on the line under the name.
    expect(es).toMatch(/c\. c\. p\.: Andrés Torres Vega Defensor del Pueblo/);
    expect(en).toContain('Dear Minister Méndez,');
    // Pending and withdrawn signers are not printed; confirmed ones are, grouped by country.
    expect(es).not.toContain('Colectivo Ríos Libres');
    expect(es).not.toContain('Observatorio de Conflictos del Agua');
    expect(es).toContain('Red Nacional de Defensoras Ambientales (RNDA)');
    expect(en).toContain('Germany');
    expect(es).toContain('Alemania');
  });

  it('has thirty organizations in many countries, and pending and withdrawn signers', async () => {
    const list = await cliInThisProcess(['org', 'list', '--json'], { cwd: ws });
    const entries = JSON.parse(list.stdout) as { id: string; kind?: string; country?: string }[];
    const organizations = entries.filter((e) => e.kind !== 'individual');
    expect(organizations).toHaveLength(30);
    expect(new Set(organizations.map((e) => e.country)).size).toBeGreaterThanOrEqual(10);
    const status = JSON.parse((await cliInThisProcess(['status', 'environmental-defenders', '--json'], { cwd: ws })).stdout) as { counts: Record<string, number> };
    expect(status.counts).toMatchObject({ confirmed: 27, pending: 3, withdrawn: 1 });
  });

  it('its sign-on CSV is read by import: matches, new entries, a repeat merged, a person', async () => {
    const dry = await cliInThisProcess(['import', 'environmental-defenders', 'sign-on-responses.csv', '--dry-run'], { cwd: ws });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stderr).toContain('8 rows: 3 matched, 4 added to the registry, 1 merged, 0 skipped');
    expect(dry.stdout).toContain('new tomas-riquelme "Tomás Riquelme"');
    const registry = readFileSync(join(ws, 'signatories.yaml'), 'utf8');
    expect(registry).not.toContain('cfdn');
  });
});

describe('init inside a workspace', () => {
  it('is refused, naming the enclosing workspace, and writes nothing', async () => {
    const result = await cliInThisProcess(['init'], { cwd: join(ws, 'letters') });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${join(ws, 'letters')} is inside the workspace ${ws}`);
    expect(result.stderr).toContain(`coalition init ${join(tmp.dir, 'letters')}`);
    expect(existsSync(join(ws, 'letters', 'signatories.yaml'))).toBe(false);
    mkdirSync(join(ws, 'notes'));
    const deeper = await cliInThisProcess(['init', 'notes/campaign'], { cwd: ws });
    expect(deeper.code).toBe(1);
    expect(existsSync(join(ws, 'notes', 'campaign'))).toBe(false);
  });
});
