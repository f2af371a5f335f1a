/**
 * Issue 28, item 2 (the consent column): a sign-on form that asks "¿Autoriza publicar su
 * nombre?", exported by Excel in Windows-1252. A "No" (or "No, gracias…") signs the
 * organization with `publish: false`: counted as confirmed by `status`, never named in
 * the HTML, PDF, Word, plain text, released lists or public site, which print "y 3
 * organizaciones que pidieron no ser nombradas" after the names instead.
 */
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZipParts } from '../../src/render/docx/zip-parts.js';
import { mapColumns } from '../../src/registry/import/columns.js';
import { readConsent } from '../../src/registry/import/consent.js';
import { cli, cliInProcess, pdfText, REPO, sampleWorkspace } from '../helpers.js';

const LETTER = 'us-mexico-security-dialogue';
const FILE = `letters/2022-10-12-${LETTER}.md`;
const STEM = `2022-10-12-${LETTER}`;
/** The names of the three that said no, as the registry spells them. */
const UNNAMED = ['Red Lésbica Cattrachas', 'Asylum Access México', 'Servicios y Asesoría para la Paz'];
const LINE_ES = 'y 3 organizaciones que pidieron no ser nombradas';
const LINE_EN = 'and 3 organizations that asked not to be named';

const ws = sampleWorkspace();
const read = (path: string) => readFileSync(join(ws.dir, path), 'utf8');
let imported: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  cpSync(join(REPO, 'test', 'fixtures', 'registry', 'consent-windows-1252.csv'), join(ws.dir, 'respuestas.csv'));
  imported = await cli(['import', LETTER, 'respuestas.csv', '--confirmed'], { cwd: ws.dir });
  const built = await cliInProcess(['build', LETTER, '--format', 'html,pdf,docx', '--lang', 'es'], ws.dir);
  expect(built.code, built.stderr).toBe(0);
}, 120_000);
afterAll(() => ws.cleanup());

describe('import of a form with a consent column', () => {
  it('records each "No" as publish: false, on new signers and on one already on the letter', () => {
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('respuestas.csv:3 new red-lesbica-cattrachas "Red Lésbica Cattrachas" (not named: publish: false)');
    expect(imported.stdout).toContain('respuestas.csv:6 new fundacion-tres-rios "Fundación Tres Ríos" (consent left blank: named)');
    expect(imported.stderr).toContain('3 asked not to be named (the consent column): recorded publish: false');
    const letter = read(FILE);
    expect(letter).toContain('  - { id: serapaz, status: confirmed, publish: false }');
    expect(letter).toMatch(/- \{ id: red-lesbica-cattrachas, status: confirmed, signed_on: 2022-10-01, text: \w+, publish: false \}/);
    expect(letter).toMatch(/- \{ id: asylum-access-mexico, status: confirmed, signed_on: 2022-10-02, text: \w+, publish: false \}/);
    expect(letter).toMatch(/- \{ id: colectivo-nanduti, status: confirmed, signed_on: 2022-10-01, text: \w+ \}/);
  });

  it('status counts them as confirmed, marked not named; check says nothing about them', async () => {
    const status = await cliInProcess(['status', LETTER], ws.dir);
    expect(status.stdout).toContain('16 confirmed (3 not named: publish: false), 0 pending');
    expect(status.stdout).toMatch(/red-lesbica-cattrachas .*Red Lésbica Cattrachas \(not named\)/);
    const check = await cliInProcess(['check', '--json'], ws.dir);
    const diagnostics = JSON.parse(check.stdout) as { message: string }[];
    expect(diagnostics.filter((d) => /cattrachas|serapaz|asylum/i.test(d.message))).toEqual([]);
  });
});

describe('an unnamed signer is never printed', () => {
  it('HTML, PDF and Word name the others and count them after the list', () => {
    const html = read(`out/${STEM}.es.html`);
    const pdf = pdfText(join(ws.dir, 'out', `${STEM}.es.pdf`)).replace(/\s+/g, ' ');
    const word = ZipParts.read(readFileSync(join(ws.dir, 'out', `${STEM}.es.docx`)), 'docx').text('word/document.xml')!;
    for (const [format, text] of [['html', html], ['pdf', pdf], ['docx', word]] as const) {
      for (const name of UNNAMED) expect(text, `${format}: ${name}`).not.toContain(name);
      expect(text, format).toContain('Colectivo Ñanduti');
      expect(text, format).toContain(LINE_ES);
    }
    // After the last name, not before it.
    expect(pdf.indexOf(LINE_ES)).toBeGreaterThan(pdf.indexOf('Fundación Tres Ríos'));
  });

  it('the release (plain text, signatories.csv/json) and the public site (pages, embed, CSV) leave them out', async () => {
    const released = await cliInProcess(['release', LETTER, '--format', 'html'], ws.dir);
    expect(released.code, released.stderr).toBe(0);
    const published = await cliInProcess(['publish', LETTER, '--out', 'site'], ws.dir);
    expect(published.code, published.stderr).toBe(0);
    const version = join('releases', STEM, 'v1');
    const files = [
      ...readdirSync(join(ws.dir, version)).filter((f) => f !== 'manifest.json').map((f) => join(version, f)),
      'site/index.html', 'site/es/index.html', 'site/es/embed.html', 'site/en/index.html', 'site/signatories.csv', `site/${STEM}.en.txt`,
    ];
    for (const file of files) {
      const text = read(file);
      for (const name of UNNAMED) expect(text, `${file}: ${name}`).not.toContain(name);
      expect(text, file).not.toMatch(/cattrachas|asylum-access|serapaz/i);
    }
    expect(read('site/es/embed.html')).toContain(LINE_ES);
    expect(read(`site/${STEM}.en.txt`)).toContain(`Fundación Tres Ríos\n\n${LINE_EN}`);
    // The cover note counts what the version printed (signatories.json): 13 named.
    expect(JSON.parse(read(join(version, 'signatories.json')))).toHaveLength(13);
  });

  it('a combined bilingual edition says it in both languages', async () => {
    const built = await cliInProcess(['build', LETTER, '--bilingual', 'parallel', '--lang', 'en,es', '--format', 'html', '--out', 'bi'], ws.dir);
    expect(built.code, built.stderr).toBe(0);
    const html = read(`bi/${STEM}.en-es.html`);
    expect(html).toContain(`${LINE_EN} / ${LINE_ES}`);
    for (const name of UNNAMED) expect(html).not.toContain(name);
  });

  it('a letter can turn the count line off (signing.count_unnamed: false); they stay unnamed', async () => {
    writeFileSync(join(ws.dir, FILE), read(FILE).replace('signing:\n', 'signing:\n  count_unnamed: false\n'));
    const built = await cliInProcess(['build', LETTER, '--format', 'html', '--lang', 'en', '--out', 'off'], ws.dir);
    expect(built.code, built.stderr).toBe(0);
    const html = read(`off/${STEM}.en.html`);
    expect(html).not.toContain(LINE_EN);
    for (const name of UNNAMED) expect(html).not.toContain(name);
  });
});

describe('--consent-column, and the answers in the shipped languages', () => {
  it('names a column the import does not recognize; its "Nope" leaves the row unnamed', async () => {
    writeFileSync(join(ws.dir, 'form.csv'), 'Organization,Country,Listing OK?\nNuevo Grupo Uno,Mexico,Nope\nNuevo Grupo Dos,Mexico,Yes please\n');
    const plain = JSON.parse((await cliInProcess(['import', LETTER, 'form.csv', '--dry-run', '--json'], ws.dir)).stdout);
    expect(plain.unnamed).toEqual([]);
    const named = await cliInProcess(['import', LETTER, 'form.csv', '--dry-run', '--json', '--consent-column', 'Listing OK?'], ws.dir);
    expect(named.code, named.stderr).toBe(0);
    expect(JSON.parse(named.stdout).unnamed).toEqual(['nuevo-grupo-uno']);
  });

  it('recognizes the question in each shipped language, not taken for the name or organization column', () => {
    for (const question of [
      'May we publish your name?', '¿Autoriza publicar su nombre?', 'Acceptez-vous que le nom de votre organisation soit publié ?',
      'Autoriza a publicação do nome da sua organização?', 'Dürfen wir Ihren Namen veröffentlichen?',
      'Possiamo pubblicare il nome della vostra organizzazione?', 'Можем ли мы опубликовать название вашей организации?',
      'هل توافقون على نشر اسم منظمتكم؟', '是否同意公开贵组织的名称？', '是否同意公開貴組織的名稱？',
    ]) {
      const { columns } = mapColumns(['Organization name', 'Public email', question]);
      expect(columns, question).toMatchObject({ organization: 0, email: 1, consent: 2 });
    }
  });

  it('reads no / yes in English, Spanish, French, Portuguese, German, Italian, Russian, Arabic and Chinese', () => {
    for (const no of ['No', 'no', 'NO, gracias', 'Non', 'Não', 'Nein, danke', 'Нет', 'No, please keep us anonymous', 'Prefiero que no', 'Anonymous', 'لا', 'لا، شكرًا', '否', '不同意', '不，请匿名']) {
      expect(readConsent(no).publish, no).toBe(false);
    }
    for (const yes of ['Yes', 'Sí', 'si', 'Oui', 'Sim', 'Ja', 'Sì', 'Да', 'No problem', 'Yes, with our logo', 'نعم', 'أوافق', 'لا مانع', '同意', '是的', '可以，请公开', '不介意']) {
      expect(readConsent(yes), yes).toEqual({ publish: true });
    }
    expect(readConsent('')).toEqual({ publish: true, note: 'consent left blank: named' });
    expect(readConsent('Maybe later')).toEqual({ publish: false, note: 'consent "Maybe later" is not a clear yes: not named (publish: false)' });
  });
});
