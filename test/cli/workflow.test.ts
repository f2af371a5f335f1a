/**
 * A new user's path through the real binary: init → new → check → build, and the
 * refusals that keep files safe (no overwrite, nothing outside letters/), which run
 * in-process (`run()` from src/cli/main.ts).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli, cliInThisProcess, pdfInfo, pdfText, normalizeSpace, tempWorkspace } from '../helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
function emptyDir(): string {
  const ws = tempWorkspace();
  cleanups.push(ws.cleanup);
  return ws.dir;
}

describe('init → new → check → build', () => {
  it('takes an empty folder to a built bilingual letter', async () => {
    const parent = emptyDir();
    const init = await cli(['init', 'coalition-ws'], { cwd: parent });
    expect(init.code).toBe(0);
    const dir = join(parent, 'coalition-ws');
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toMatch(/^out\/$/m);
    expect(existsSync(join(dir, 'letters'))).toBe(true);
    const registry = readFileSync(join(dir, 'signatories.yaml'), 'utf8');
    expect(registry).toMatch(/^\s*#/m);
    expect(registry).toContain('kind: individual');

    const created = await cli(['new', 'security-dialogue', '--lang', 'en,es', '--title', 'Letter to the Minister', '--to', 'Ana Pérez', '--date', '2026-03-01'], { cwd: dir });
    expect(created.code).toBe(0);
    expect(created.stdout.trim()).toBe(join('letters', '2026-03-01-security-dialogue.md'));
    const path = join(dir, 'letters', '2026-03-01-security-dialogue.md');
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('::: en\n');
    expect(text).toContain('::: es\n');
    expect(text).toContain('- name: Ana Pérez');

    // The fresh letter's only problems are its TODO placeholders, each an error with its line.
    const first = await cli(['check', '--json'], { cwd: dir, env: { NO_COLOR: '1' } });
    expect(first.code).toBe(1);
    const problems = JSON.parse(first.stdout) as { code: string; line: number; file: string }[];
    expect(problems.length).toBeGreaterThan(0);
    expect(new Set(problems.map((p) => p.code))).toEqual(new Set(['placeholder']));
    const lines = text.split('\n');
    for (const p of problems) expect(lines[p.line - 1]).toContain('TODO');

    // It builds as it is (so the writer can look at it), HTML and PDF in both languages.
    const draftBuild = await cli(['build', '--format', 'html'], { cwd: dir });
    expect(draftBuild.code).toBe(0);

    // The writer fills in the letter and signs with the example organization.
    const filled = text
      .replace(/es: TODO título[^\n]*/, 'es: Carta a la Ministra')
      .replace(/title: \{ en: TODO[^}]*\}/, 'title: { en: Minister of the Interior, es: Ministra del Interior }')
      .replace(/salutation: \{ en: TODO[^}]*\}/, 'salutation: { en: Minister Pérez, es: Ministra Pérez }')
      .replace('# gender: f', 'gender: f')
      .replace('signatories: []', 'signatories: [example-network, maria-lopez]')
      .replace(/TODO: who we are[^\n]*/, 'We, the undersigned, write about the new security law.')
      .replace(/TODO: the facts[^\n]*/, 'The law was passed without consultation.')
      .replace(/TODO: what we ask[^\n]*/, 'We ask you to open a public consultation.')
      .replace(/TODO: quiénes somos[^\n]*/, 'Las organizaciones firmantes escribimos sobre la nueva ley de seguridad.')
      .replace(/TODO: los hechos[^\n]*/, 'La ley se aprobó sin consulta.')
      .replace(/TODO: lo que les pedimos[^\n]*/, 'Les pedimos abrir una consulta pública.');
    writeFileSync(path, filled);
    const second = await cli(['check'], { cwd: dir });
    expect(second.stdout).toBe('');
    expect(second.code).toBe(0);

    const build = await cli(['build'], { cwd: dir });
    expect(build.code).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([
      '2026-03-01-security-dialogue.en.html', '2026-03-01-security-dialogue.en.pdf',
      '2026-03-01-security-dialogue.es.html', '2026-03-01-security-dialogue.es.pdf',
    ]);
    const es = normalizeSpace(pdfText(join(dir, 'out', '2026-03-01-security-dialogue.es.pdf')));
    expect(es).toContain('Les pedimos abrir una consulta pública.');
    expect(es).toContain('Red Ejemplo de Derechos Humanos (EHRN)');
    expect(es).toContain('Estimada Ministra Pérez:');
    expect(Number(pdfInfo(join(dir, 'out', '2026-03-01-security-dialogue.en.pdf')).Pages)).toBe(1);
  });

  it('a one-language letter scaffolded with no options builds too', async () => {
    const dir = emptyDir();
    expect((await cliInThisProcess(['init'], { cwd: dir })).code).toBe(0);
    const made = await cliInThisProcess(['new', 'short-note'], { cwd: dir });
    expect(made.code).toBe(0);
    const build = await cliInThisProcess(['build', 'short-note', '--format', 'pdf'], { cwd: dir });
    expect(build.code).toBe(0);
    expect(normalizeSpace(pdfText(join(dir, build.stdout.trim())))).toContain('TODO: what we ask of you.');
  });
});

describe('refusals', () => {
  it('init refuses a folder that is already a workspace and changes nothing', async () => {
    const dir = emptyDir();
    writeFileSync(join(dir, 'signatories.yaml'), 'signatories: {}\n# mine\n');
    const again = await cliInThisProcess(['init'], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(join(dir, 'signatories.yaml'), 'utf8')).toBe('signatories: {}\n# mine\n');
    expect(existsSync(join(dir, '.gitignore'))).toBe(false);
  });

  it('init keeps an existing .gitignore and only adds out/', async () => {
    const dir = emptyDir();
    writeFileSync(join(dir, '.gitignore'), 'node_modules/');
    expect((await cliInThisProcess(['init'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe('node_modules/\nout/\n');
  });

  it('new refuses paths, unsafe slugs and existing letters, writing nothing', async () => {
    const dir = emptyDir();
    await cliInThisProcess(['init'], { cwd: dir });
    for (const slug of ['../x', '/tmp/evil', 'a/b', '.hidden', 'Bad Name', 'x'.repeat(81)]) {
      const result = await cliInThisProcess(['new', slug], { cwd: dir });
      expect(result.code, `${slug}: ${result.stderr}`).toBe(2);
      expect(result.stderr, slug).toContain('is not a valid letter slug');
    }
    expect(readdirSync(join(dir, 'letters'))).toEqual([]);
    expect(existsSync(join(dir, 'x.md')) || existsSync('/tmp/evil.md')).toBe(false);
    const bad = await cliInThisProcess(['new', 'Bad Name'], { cwd: dir });
    expect(bad.stderr).toContain('Try: coalition new bad-name');

    expect((await cliInThisProcess(['new', 'one', '--date', '2026-01-02'], { cwd: dir })).code).toBe(0);
    const path = join(dir, 'letters', '2026-01-02-one.md');
    writeFileSync(path, 'edited by hand\n');
    const twice = await cliInThisProcess(['new', 'one', '--date', '2026-01-02'], { cwd: dir });
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('already exists; nothing was written');
    const otherDate = await cliInThisProcess(['new', 'one', '--date', '2026-05-05'], { cwd: dir });
    expect(otherDate.code).toBe(1);
    expect(readFileSync(path, 'utf8')).toBe('edited by hand\n');
    expect(readdirSync(join(dir, 'letters'))).toEqual(['2026-01-02-one.md']);

    expect((await cliInThisProcess(['new', 'two', '--date', '2026-02-30'], { cwd: dir })).code).toBe(2);
    expect((await cliInThisProcess(['new', 'two', '--lang', 'en,English'], { cwd: dir })).code).toBe(2);
  });
});
