/**
 * `coalition release`: what a version holds, the record in the
 * letter, frozen against registry edits, verified, rebuilt byte for byte, the next
 * version and its CHANGES.md, and the refusals (a letter not ready, nothing changed).
 * The first release (HTML, PDF and Word), two releases at once and Ctrl-C run the real
 * binary; the other commands run in-process (`run()` from src/cli/main.ts), which
 * costs no Node start per command.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ManifestSchema } from '../../src/release/manifest.js';
import { spawn } from 'node:child_process';
import { BIN, cli, cliInProcess, normalizeSpace, pdfInfo, pdfText, sampleWorkspace, tempWorkspace } from '../helpers.js';
import { waitFor } from '../pdf/chromium-processes.js';
import { seedParagraphs } from '../seed.js';

const LETTER = 'letters/2022-10-12-us-mexico-security-dialogue.md';
const SLUG = 'us-mexico-security-dialogue';
const BASE = '2022-10-12-us-mexico-security-dialogue';
const SERIES = `releases/${BASE}`;

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
const frontMatter = (text: string) => parse(text.slice(4, text.indexOf('\n---\n', 4))) as Record<string, unknown>;
const filesIn = (dir: string) => readdirSync(dir).sort();
const inProcess = (args: string[], options: { cwd: string }) => cliInProcess(args, options.cwd);

describe('release of the sample letter (HTML, PDF and Word)', () => {
  let ws: { dir: string; cleanup: () => void };
  let original: string;
  let released: { code: number; stdout: string; stderr: string };
  const v1 = () => join(ws.dir, SERIES, 'v1');

  beforeAll(async () => {
    ws = sampleWorkspace();
    original = readFileSync(join(ws.dir, LETTER), 'utf8');
    released = await cli(['release', SLUG], { cwd: ws.dir });
  });
  afterAll(() => ws.cleanup());

  it('makes v1 with every file: documents, plain text, signatory list, manifest', () => {
    expect(released.code, released.stderr).toBe(0);
    expect(filesIn(v1())).toEqual([
      `${BASE}.en.docx`, `${BASE}.en.html`, `${BASE}.en.pdf`, `${BASE}.en.txt`,
      `${BASE}.es.docx`, `${BASE}.es.html`, `${BASE}.es.pdf`, `${BASE}.es.txt`,
      'manifest.json', 'signatories.csv', 'signatories.json',
    ]);
    // The summary: every file with its size, the plain text with its length in characters.
    const enText = readFileSync(join(v1(), `${BASE}.en.txt`), 'utf8');
    expect(released.stdout).toContain(`${SERIES}/v1/${BASE}.en.txt`);
    expect(released.stdout).toContain(`${[...enText].length.toLocaleString('en-US')} characters`);
    expect(released.stdout).toMatch(new RegExp(`${BASE}\\.en\\.pdf +\\d+ kB`));
    expect(released.stderr).toMatch(/released v1 of letters\/2022-10-12-us-mexico-security-dialogue\.md: 12 signatories, 11 files/);
    // No temporary folder is left beside the version.
    expect(readdirSync(join(ws.dir, SERIES))).toEqual(['v1']);
  });

  it('writes a manifest that validates and whose hashes are those of the files', () => {
    const manifest = ManifestSchema.parse(JSON.parse(readFileSync(join(v1(), 'manifest.json'), 'utf8')));
    expect(manifest.version).toBe(1);
    expect(manifest.letter).toEqual({ file: LETTER, date: '2022-10-12', languages: ['en', 'es'] });
    expect(manifest.signers).toBe(12);
    expect(Object.keys(manifest.text)).toEqual(['en', 'es']);
    expect(Object.keys(manifest.files).sort()).toEqual(filesIn(v1()).filter((f) => f !== 'manifest.json'));
    for (const [name, record] of Object.entries(manifest.files)) {
      const data = readFileSync(join(v1(), name));
      expect(record, name).toEqual({ bytes: data.length, sha256: sha256(data) });
    }
    expect(Object.keys(manifest.snapshot.registry)).toHaveLength(12);
    expect(manifest.snapshot.registry.wola?.name).toBe('Washington Office on Latin America');
    expect(manifest.snapshot.letter).toBe(original);
    expect(manifest.tool.version).toBe(JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')).version);
    expect(Date.parse(manifest.released_at)).not.toBeNaN();
  });

  it('records the release in the front matter, every other line and comment unchanged', () => {
    const text = readFileSync(join(ws.dir, LETTER), 'utf8');
    const manifestHash = sha256(readFileSync(join(v1(), 'manifest.json')));
    const releases = frontMatter(text).releases as Record<string, unknown>[];
    expect(releases).toHaveLength(1);
    expect(releases[0]).toMatchObject({ version: 1, signers: 12, manifest: `sha256:${manifestHash}` });
    expect(releases[0]!.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Only the record was added, at the end of the front matter.
    const added = text.split('\n').filter((line) => !original.split('\n').includes(line));
    expect(added).toEqual(['releases:', expect.stringMatching(/^ {2}- \{ version: 1, date: \d{4}-\d{2}-\d{2}, signers: 12, manifest: "?sha256:[0-9a-f]{64}"? \}$/)]);
    expect(text.replace(/releases:\n.*\n/, '')).toBe(original);
  });

  it('prints the letter in its PDFs as the documents build makes', () => {
    const pdf = normalizeSpace(pdfText(join(v1(), `${BASE}.es.pdf`)));
    expect(pdf).toContain('Estimados Secretario Blinken y Secretario Ebrard:');
    expect(pdf).toContain('Oficina en Washington para Asuntos Latinoamericanos (WOLA)');
    expect(pdfInfo(join(v1(), `${BASE}.en.pdf`)).Title).toMatch(/^Letter from Human Rights Groups/);
  });

  it('writes the plain text that reads as the letter does: title, dateline, addressees, greeting, body, list items, signers in order', () => {
    const lines = readFileSync(join(v1(), `${BASE}.en.txt`), 'utf8').split('\n').map((l) => normalizeSpace(l.replace(/^\s*•\s*/, ''))).filter(Boolean);
    const seed = seedParagraphs();
    // A record of what was sent: title, dateline and addressees before the greeting (issue 26).
    expect(lines.slice(0, 4)).toEqual([
      'Letter from Human Rights Groups to US Secretary of State Antony Blinken and Mexican Secretary of Foreign Affairs Marcelo Ebrard',
      'October 12, 2022', 'U.S. Secretary of State Antony Blinken', 'Mexican Secretary of Foreign Affairs Marcelo Ebrard',
    ]);
    expect(lines.slice(4)).toEqual(seed.slice(seed.indexOf('Dear Secretary Blinken and Secretary Ebrard,')));
    const es = readFileSync(join(v1(), `${BASE}.es.txt`), 'utf8');
    expect(es).toContain('\n\nEstimados Secretario Blinken y Secretario Ebrard:\n\nLas organizaciones de la sociedad civil');
    expect(es).toContain('\n• “Prevenir y reducir el abuso de sustancias');
    expect(es.trimEnd().split('\n').at(-1)).toBe('Oficina en Washington para Asuntos Latinoamericanos (WOLA) / Washington Office on Latin America (WOLA)');
  });

  it('writes the printed list as CSV and JSON, in printed order', () => {
    const csv = readFileSync(join(v1(), 'signatories.csv'), 'utf8');
    const rows = csv.replace(/^\ufeff/, '').trimEnd().split('\r\n');
    expect(rows[0]).toBe('id,name_en,name_es,acronym,country,kind,status,signed_on');
    expect(rows).toHaveLength(13);
    expect(rows[1]).toBe('amnistia-mx,Amnistía Internacional México,Amnistía Internacional México,,MX,organization,confirmed,');
    expect(rows[12]).toBe('wola,Washington Office on Latin America,Oficina en Washington para Asuntos Latinoamericanos,WOLA,US,organization,confirmed,');
    const json = JSON.parse(readFileSync(join(v1(), 'signatories.json'), 'utf8')) as { id: string; printed: Record<string, string> }[];
    expect(json.map((r) => r.id)).toEqual(rows.slice(1).map((r) => r.split(',')[0]));
    expect(json[5]).toMatchObject({ id: 'dplf', acronym: 'DPLF', country: 'US', kind: 'organization', status: 'confirmed', signed_on: null });
    expect(json[5]!.printed.es).toBe('Fundación para el Debido Proceso (DPLF) / Due Process of Law Foundation (DPLF)');
  });

  it('stays frozen: a registry rename changes new builds, and build --release v1 gives v1\'s bytes', async () => {
    const registry = join(ws.dir, 'signatories.yaml');
    writeFileSync(registry, readFileSync(registry, 'utf8').replace('name: Washington Office on Latin America', 'name: WOLA Renamed'));
    const fresh = await inProcess(['build', SLUG, '--lang', 'en', '--format', 'html', '--out', 'now'], { cwd: ws.dir });
    expect(fresh.code, fresh.stderr).toBe(0);
    expect(readFileSync(join(ws.dir, 'now', `${BASE}.en.html`), 'utf8')).toContain('WOLA Renamed');

    const rebuilt = await inProcess(['build', SLUG, '--release', 'v1', '--out', 'again'], { cwd: ws.dir });
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    expect(rebuilt.stderr).toMatch(/byte for byte as released/);
    const again = filesIn(join(ws.dir, 'again'));
    expect(again).toEqual([`${BASE}.en.docx`, `${BASE}.en.html`, `${BASE}.en.pdf`, `${BASE}.es.docx`, `${BASE}.es.html`, `${BASE}.es.pdf`]);
    for (const name of again) {
      expect(readFileSync(join(ws.dir, 'again', name)).equals(readFileSync(join(v1(), name))), name).toBe(true);
    }
    // Nothing in the version itself changed.
    expect((await inProcess(['release', '--verify', SLUG], { cwd: ws.dir })).code).toBe(0);
  });

  it('--verify names a released file that changed by one byte, and exits 1', async () => {
    const ok = await inProcess(['release', '--verify', SLUG, 'v1'], { cwd: ws.dir });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toBe(`${SERIES}/v1: 11 files as released\n`);

    const pdf = join(v1(), `${BASE}.es.pdf`);
    const bytes = readFileSync(pdf);
    const at = bytes.length >> 1;
    bytes[at] = bytes[at]! ^ 0x01;
    writeFileSync(pdf, bytes);
    const bad = await inProcess(['release', '--verify', SLUG], { cwd: ws.dir });
    expect(bad.code).toBe(1);
    expect(bad.stdout.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^${SERIES}/v1/${BASE}\\.es\\.pdf: changed — `))]);
    expect(bad.stderr).toMatch(/a released file differs/);
  });
});

describe('the next version', () => {
  let ws: { dir: string; cleanup: () => void };
  afterEach(() => ws.cleanup());
  const run = (...args: string[]) => inProcess(args, { cwd: ws.dir });

  it('v2 after two signed and one withdrew: CHANGES.md names exactly those three; nothing changed is refused', async () => {
    ws = sampleWorkspace();
    expect((await run('release', SLUG, '--format', 'html')).code).toBe(0);

    const again = await run('release', SLUG, '--format', 'html');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/nothing changed since v1 \(released \d{4}-\d{2}-\d{2}\)/);
    expect(readdirSync(join(ws.dir, SERIES))).toEqual(['v1']);

    await run('org', 'add', 'lawg', '--name', 'Latin America Working Group', '--short', 'LAWG', '--country', 'US');
    await run('org', 'add', 'jane-roe', '--individual', '--name', 'Jane Roe', '--country', 'US');
    // A pending signer is not printed: alone, it makes no new version.
    await run('sign', SLUG, 'jane-roe', '--pending');
    const pendingOnly = await run('release', SLUG, '--format', 'html');
    expect(pendingOnly.code).toBe(1);
    expect(pendingOnly.stderr).toMatch(/1 pending signatory is not printed until confirmed/);

    await run('confirm', SLUG, 'jane-roe');
    await run('sign', SLUG, 'lawg');
    await run('withdraw', SLUG, 'cadhac');
    const status = await run('status', SLUG);
    expect(status.stdout).toMatch(/^v1 released \d{4}-\d{2}-\d{2}; 2 signers added, 1 signer withdrew since$/m);
    expect(JSON.parse((await run('status', SLUG, '--json')).stdout).release).toMatchObject({
      version: 'v1', signers: 12, added: ['Jane Roe', 'Latin America Working Group (LAWG)'],
      withdrew: ['Ciudadanos en Apoyo a los Derechos Humanos (CADHAC)'], removed: [], text_changed: [],
    });

    const v2 = await run('release', SLUG, '--format', 'html');
    expect(v2.code, v2.stderr).toBe(0);
    expect(v2.stderr).toContain('added 2: Jane Roe; Latin America Working Group (LAWG)');
    expect(v2.stderr).toContain('withdrew 1: Ciudadanos en Apoyo a los Derechos Humanos (CADHAC)');
    expect(v2.stderr).toMatch(/signing\.updated: \d{4}-\d{2}-\d{2}` prints "Signatory list updated /);
    const changes = readFileSync(join(ws.dir, SERIES, 'v2', 'CHANGES.md'), 'utf8');
    const listed = changes.split('\n').filter((l) => l.startsWith('- ') && !/^- (en|es):/.test(l));
    expect(listed).toEqual([
      '- Jane Roe',
      '- Latin America Working Group (LAWG)',
      '- Ciudadanos en Apoyo a los Derechos Humanos (CADHAC)',
    ]);
    expect(changes).toContain('Added (2):');
    expect(changes).toContain('Withdrew (1):');
    expect(changes).not.toContain('Removed');
    expect(changes).toContain('- en: unchanged\n- es: unchanged');
    expect(filesIn(join(ws.dir, SERIES, 'v2'))).toContain('CHANGES.md');
    expect(frontMatter(readFileSync(join(ws.dir, LETTER), 'utf8')).releases).toMatchObject([{ version: 1, signers: 12 }, { version: 2, signers: 13 }]);

    const listing = await run('releases', SLUG);
    expect(listing.stdout.split('\n').slice(2, 4)).toEqual([
      expect.stringMatching(/^v1 +\d{4}-\d{2}-\d{2} +12 +7 +\d+ kB +html$/),
      expect.stringMatching(/^v2 +\d{4}-\d{2}-\d{2} +13 +8 +\d+ kB +html$/),
    ]);
    expect((await run('status', SLUG)).stdout).toMatch(/^v2 released \d{4}-\d{2}-\d{2}; no signer or text changed since$/m);
  });

  it('a changed paragraph is named by language and number; --updated prints the localized line in v3', async () => {
    ws = sampleWorkspace();
    await run('release', SLUG, '--format', 'html');
    const path = join(ws.dir, LETTER);
    writeFileSync(path, readFileSync(path, 'utf8').replace('Les agradecemos su tiempo y consideración.', 'Agradecemos su atención.'));
    const v2 = await run('release', SLUG, '--format', 'html');
    expect(v2.code, v2.stderr).toBe(0);
    expect(v2.stderr).toContain('es text changed: paragraph 9 changed');
    const changes = readFileSync(join(ws.dir, SERIES, 'v2', 'CHANGES.md'), 'utf8');
    expect(changes).toContain('- en: unchanged');
    expect(changes).toContain('  - paragraph 9 changed (“Nuestras organizaciones valoran la oportunidad de seguir dialogando…”)');

    await run('unsign', SLUG, 'wola');
    const v3 = await run('release', SLUG, '--format', 'html', '--updated', '2022-12-03');
    expect(v3.code, v3.stderr).toBe(0);
    expect(v3.stderr).not.toMatch(/signing\.updated:/);
    const v3dir = join(ws.dir, SERIES, 'v3');
    expect(readFileSync(join(v3dir, `${BASE}.en.txt`), 'utf8')).toContain('\n\nSignatory list updated December 3, 2022\n');
    expect(readFileSync(join(v3dir, `${BASE}.es.html`), 'utf8')).toContain('Lista de firmantes actualizada el 3 de diciembre de 2022');
    expect(readFileSync(join(v3dir, 'CHANGES.md'), 'utf8')).toMatch(/Removed \(1\):\n\n- Washington Office on Latin America \(WOLA\)/);
    expect((frontMatter(readFileSync(path, 'utf8')).signing as Record<string, unknown>).updated).toBe('2022-12-03');
  });

  it('two releases at once give v1 and a refusal (or v2), never two v1', async () => {
    ws = sampleWorkspace();
    const results = await Promise.all([cli(['release', SLUG, '--format', 'html'], { cwd: ws.dir }), cli(['release', SLUG, '--format', 'html'], { cwd: ws.dir })]);
    expect(results.map((r) => r.code).sort()).toEqual([0, 1]);
    expect(results.find((r) => r.code === 1)!.stderr).toMatch(/nothing changed since v1/);
    expect(readdirSync(join(ws.dir, SERIES))).toEqual(['v1']);
    expect(frontMatter(readFileSync(join(ws.dir, LETTER), 'utf8')).releases).toHaveLength(1);
  });

  it('a temporary folder left by a killed release is removed by the next one and is never a version', async () => {
    ws = sampleWorkspace();
    const leftover = join(ws.dir, SERIES, '.v1-99999-abcdef12.tmp');
    mkdirSync(leftover, { recursive: true });
    writeFileSync(join(leftover, 'half.html'), '<p>half');
    expect((await run('releases', SLUG)).stderr).toMatch(/has no release yet/);
    expect((await run('release', SLUG, '--format', 'html')).code).toBe(0);
    expect(readdirSync(join(ws.dir, SERIES))).toEqual(['v1']);
  });
});

describe('a release\'s snapshot', () => {
  let ws: { dir: string; cleanup: () => void } | undefined;
  afterEach(() => ws?.cleanup());

  it('keeps the template overrides it was made with, and the letter\'s record detects a rewritten manifest', async () => {
    ws = sampleWorkspace();
    const heading = join(ws.dir, 'templates/partials/heading.hbs');
    mkdirSync(join(ws.dir, 'templates/partials'), { recursive: true });
    writeFileSync(heading, '<h1 class="title">Version one: {{title}}</h1>\n');
    expect((await inProcess(['release', SLUG, '--format', 'html'], { cwd: ws.dir })).code).toBe(0);
    writeFileSync(heading, '<h1 class="title">Version two: {{title}}</h1>\n');
    const rebuilt = await inProcess(['build', SLUG, '--release', 'v1', '--out', 'again'], { cwd: ws.dir });
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    const v1 = join(ws.dir, SERIES, 'v1');
    for (const lang of ['en', 'es']) {
      const name = `${BASE}.${lang}.html`;
      expect(readFileSync(join(ws.dir, 'again', name), 'utf8')).toContain('Version one: ');
      expect(readFileSync(join(ws.dir, 'again', name)).equals(readFileSync(join(v1, name))), name).toBe(true);
    }

    // A file changed and its hash changed in the manifest to match: the letter's record still tells.
    const txt = join(v1, `${BASE}.en.txt`);
    writeFileSync(txt, `${readFileSync(txt, 'utf8')}Also signed: someone who did not.\n`);
    const manifestPath = join(v1, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.files[`${BASE}.en.txt`] = { bytes: readFileSync(txt).length, sha256: sha256(readFileSync(txt)) };
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    const verify = await inProcess(['release', '--verify', SLUG], { cwd: ws.dir });
    expect(verify.code).toBe(1);
    expect(verify.stdout).toMatch(new RegExp(`^${SERIES}/v1/manifest\\.json: changed — its hash is sha256:`, 'm'));
  });
});

describe('an interrupted release', () => {
  let ws: { dir: string; cleanup: () => void } | undefined;
  afterEach(() => ws?.cleanup());

  it('Ctrl-C while its PDFs print leaves no version, no temporary folder and no record', async () => {
    const paragraphs = Array.from({ length: 6000 }, (_, i) => `Paragraph ${i + 1} of a long letter, with enough words to fill a line and wrap onto the next one.\n`).join('\n');
    const letter = `---\ntitle: A long letter\ndate: 2022-10-12\nsignatories: [wola]\n---\n\n${paragraphs}`;
    ws = tempWorkspace({ 'signatories.yaml': 'signatories:\n  wola:\n    name: Washington Office on Latin America\n', 'letters/long.md': letter });
    const dir = ws.dir;
    const child = spawn(process.execPath, [BIN, 'release', 'long', '--format', 'html,pdf', '--timeout', '300'], {
      cwd: dir, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // The HTML is in the temporary folder: the PDF is printing.
    const series = join(dir, 'releases', '2022-10-12-long');
    const temp = await waitFor(() => {
      const found = existsSync(series) ? readdirSync(series).find((n) => n.startsWith('.v1-')) : undefined;
      return found && existsSync(join(series, found, '2022-10-12-long.en.html')) ? found : undefined;
    }, 60_000);
    expect(temp, stderr).toBeDefined();
    child.kill('SIGINT');
    expect(await exited, stderr).toBe(130);
    expect(existsSync(join(dir, 'releases')), 'releases/ left behind').toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['letters', 'signatories.yaml']);
    expect(readFileSync(join(dir, 'letters/long.md'), 'utf8')).toBe(letter);
  });
});

describe('release refuses a letter that is not ready', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  it('a new letter with its TODO placeholders (and no signers): exit 1, every problem listed, nothing written', async () => {
    const parent = tempWorkspace();
    cleanups.push(parent.cleanup);
    await inProcess(['init', 'ws'], { cwd: parent.dir });
    const dir = join(parent.dir, 'ws');
    expect((await inProcess(['new', 'x', '--to', 'Ana Pérez', '--date', '2026-03-01'], { cwd: dir })).code).toBe(0);
    const before = readFileSync(join(dir, 'letters/2026-03-01-x.md'), 'utf8');
    const result = await inProcess(['release', 'x'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/letters\/2026-03-01-x\.md:\d+:\d+ error placeholder "TODO" is still in the letter/);
    expect(result.stderr).toMatch(/error no-signers no confirmed signatory/);
    expect(result.stderr).toMatch(/✗ letters\/2026-03-01-x\.md was not released: \d+ problems/);
    expect(existsSync(join(dir, 'releases'))).toBe(false);
    expect(readFileSync(join(dir, 'letters/2026-03-01-x.md'), 'utf8')).toBe(before);

    // build still writes it (to look at), and says in one line that it is not ready; --strict fails.
    const build = await inProcess(['build', 'x', '--format', 'html'], { cwd: dir });
    expect(build.code).toBe(0);
    expect(build.stderr.split('\n').filter((l) => l.includes('not ready'))).toEqual([
      expect.stringMatching(/^warning letters\/2026-03-01-x\.md: \d+ problems — run coalition check: this letter is not ready to send$/),
    ]);
    const strict = await inProcess(['build', 'x', '--format', 'html', '--strict'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(existsSync(join(dir, 'out', '2026-03-01-x.en.html'))).toBe(true);
  });

  it('a finished letter with no confirmed signer (one pending): exit 1 naming the signatories line', async () => {
    const ws = tempWorkspace({
      'signatories.yaml': 'signatories:\n  wola:\n    name: Washington Office on Latin America\n',
      'letters/ready.md': '---\ntitle: A letter\ndate: 2022-10-12\nsignatories:\n  - { id: wola, status: pending }\n---\n\nWe write to you.\n',
    });
    cleanups.push(ws.cleanup);
    const result = await inProcess(['release', 'ready', '--format', 'html', '--today', '2022-10-01'], { cwd: ws.dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('letters/ready.md:4:1 error no-signers no confirmed signatory: the letter would be sent with no one\'s name on it (1 pending, not printed until confirmed)');
    expect(existsSync(join(ws.dir, 'releases'))).toBe(false);
    // A ready letter builds without the line.
    const build = await inProcess(['build', 'ready', '--format', 'html'], { cwd: ws.dir });
    expect(build.stderr).not.toMatch(/not ready/);
  });

  it('wrong usage exits 2: a version without --verify, an unknown version, a profile this version lacks', async () => {
    const ws = sampleWorkspace();
    cleanups.push(ws.cleanup);
    expect((await inProcess(['release', SLUG, 'v1'], { cwd: ws.dir })).code).toBe(2);
    const none = await inProcess(['release', '--verify', SLUG], { cwd: ws.dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/has no release to verify/);
    expect((await inProcess(['release', SLUG, '--for', 'no-such-channel'], { cwd: ws.dir })).code).toBe(2);
    expect((await inProcess(['build', SLUG, '--release', 'first'], { cwd: ws.dir })).code).toBe(2);
    expect((await inProcess(['build', SLUG, '--release', 'v1'], { cwd: ws.dir })).stderr).toMatch(/v1 does not exist/);
  });
});
