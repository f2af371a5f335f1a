/**
 * CONTRIBUTING.md's recipes, done: the repository is copied, each recipe's edits are
 * made in the copy exactly as the guide writes them (its `<!-- recipe:<name> <how>:<file>[:<anchor>] -->`
 * comments, each before the block it places), each recipe must touch exactly the
 * files its "Files:" line names (an anchor found no longer, or twice, fails), the
 * copy typechecks, and each change is then used: a Dutch letter built by the copy's
 * binary, a profile it lists and measures with, `--paper`, a check rule and a JSON
 * output run from the copy's sources. A recipe that no longer fits the code fails here.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTRY } from '../hostile/corpus.js';
import { REPO, sampleWorkspace, tempWorkspace, type CliResult } from '../helpers.js';

const run = promisify(execFile);
const GUIDE = readFileSync(join(REPO, 'CONTRIBUTING.md'), 'utf8');
const RECIPES = ['add-a-language', 'add-a-submission-profile', 'add-a-build-option', 'add-a-check-rule', 'add-an-output-format'] as const;
type Recipe = (typeof RECIPES)[number];

interface Edit {
  how: 'new' | 'after' | 'before' | 'replace';
  file: string;
  anchor?: string;
  block: string;
}

/** The guide's edits for `recipe`, in order: each marker and the fenced block after it. */
function editsOf(recipe: Recipe): Edit[] {
  const pattern = /<!-- recipe:([a-z-]+) (new|after|before|replace):([^:\s]+)(?::(.*?))? -->\n```[a-z]*\n([\s\S]*?)```/g;
  return [...GUIDE.matchAll(pattern)]
    .filter((m) => m[1] === recipe)
    .map((m) => ({ how: m[2] as Edit['how'], file: m[3]!, ...(m[4] !== undefined ? { anchor: m[4] } : {}), block: m[5]! }));
}

/** The files a recipe's "Files:" paragraph names; `<…>` stands for any one path segment. */
function filesNamed(recipe: Recipe): RegExp[] {
  const heading = GUIDE.split('\n## ').find((section) => section.toLowerCase().replace(/[^a-z]+/g, '-').startsWith(recipe))!;
  const paragraph = /^Files: ([\s\S]*?)\n\n/m.exec(heading)![1]!;
  return [...paragraph.matchAll(/`([^`]+)`/g)].map((m) => new RegExp(`^${m[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/<[a-z]+>/g, '[^/]+')}$`));
}

function apply(copy: string, edit: Edit): void {
  const path = join(copy, edit.file);
  if (edit.how === 'new') {
    expect(existsSync(path), `${edit.file} exists already`).toBe(false);
    writeFileSync(path, edit.block);
    return;
  }
  const text = readFileSync(path, 'utf8');
  const where = `${edit.file}: "${edit.anchor}"`;
  expect(text.split(edit.anchor!).length - 1, `${where} should be found exactly once`).toBe(1);
  if (edit.how === 'replace') {
    writeFileSync(path, text.replace(edit.anchor!, () => edit.block.replace(/\n$/, '')));
    return;
  }
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.includes(edit.anchor!));
  lines.splice(edit.how === 'after' ? at + 1 : at, 0, ...edit.block.replace(/\n$/, '').split('\n'));
  writeFileSync(path, lines.join('\n'));
}

/** Every file of `dir` with its content, by path relative to `dir`. */
function snapshot(dir: string, under = dir): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') continue;
    if (statSync(path).isDirectory()) for (const [p, c] of snapshot(path, under)) files.set(p, c);
    else files.set(relative(under, path), readFileSync(path, 'latin1'));
  }
  return files;
}

function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after].filter(([path, content]) => before.get(path) !== content).map(([path]) => path).sort();
}

let copy: string;
const touched = new Map<Recipe, string[]>();

/** The copy's own CLI, run in-process from its sources (with every recipe applied). */
async function copyCli(args: string[], cwd: string): Promise<CliResult> {
  const { run: runCli } = (await import(pathToFileURL(join(copy, 'src', 'cli', 'main.ts')).href)) as typeof import('../../src/cli/main.js');
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  const code = await runCli(['node', 'coalition', ...args], { stdout, stderr, env: { NO_COLOR: '1' }, cwd });
  return { code, stdout: out, stderr: err };
}

/** The copy's binary (its bundle, built before these recipes: languages and profiles need no code). */
async function copyBin(args: string[], cwd: string): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(copy, 'bin', 'coalition.js'), ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'coalition-recipes-'));
  const skip = new Set(['node_modules', '.git', 'out', 'releases'].map((name) => join(REPO, name)));
  cpSync(REPO, copy, { recursive: true, filter: (source) => !skip.has(source) });
  symlinkSync(join(REPO, 'node_modules'), join(copy, 'node_modules'), 'dir');
  for (const recipe of RECIPES) {
    const before = snapshot(copy);
    const edits = editsOf(recipe);
    expect(edits.length, `${recipe}: its edits in CONTRIBUTING.md`).toBeGreaterThan(0);
    for (const edit of edits) apply(copy, edit);
    touched.set(recipe, changed(before, snapshot(copy)));
  }
}, 120_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('CONTRIBUTING.md', () => {
  it('links from the README, with the architecture and its five recipes', () => {
    expect(readFileSync(join(REPO, 'README.md'), 'utf8')).toContain('(CONTRIBUTING.md)');
    for (const step of ['parse', 'validate', 'resolve', 'render', 'print']) expect(GUIDE).toContain(`─ ${step} `);
    for (const recipe of RECIPES) expect(editsOf(recipe).length, recipe).toBeGreaterThan(0);
  });

  it.each(RECIPES)('%s touches exactly the files it names', (recipe) => {
    const named = filesNamed(recipe);
    const files = touched.get(recipe)!;
    expect(files.filter((file) => !named.some((pattern) => pattern.test(file))), 'touched but not named').toEqual([]);
    expect(named.filter((pattern) => !files.some((file) => pattern.test(file))).map(String), 'named but not touched').toEqual([]);
  });

  it('adding a language is one file coalition reads (the rest is the documentation naming it)', () => {
    expect(touched.get('add-a-language')!.filter((file) => file !== 'README.md' && !file.startsWith('docs/'))).toEqual(['templates/i18n/nl.yaml']);
  });

  it('the copy typechecks with every recipe applied', async () => {
    const typecheck = await run(process.execPath, [join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(copy, 'tsconfig.json')]).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? String(error) }));
    expect(typecheck.stdout).toBe('');
  }, 120_000);
});

describe('the recipes, used', () => {
  let ws: { dir: string; cleanup: () => void };
  let sample: { dir: string; cleanup: () => void };
  beforeAll(() => {
    ws = tempWorkspace({ 'signatories.yaml': REGISTRY, 'letters/.keep': '' });
    sample = sampleWorkspace();
  });
  afterAll(() => {
    ws?.cleanup();
    sample?.cleanup();
  });

  it('a Dutch letter: new writes Dutch placeholders; it builds with its greeting, date and strings; check and --country know Dutch', async () => {
    const created = await copyBin(['new', 'brief', '--lang', 'nl', '--date', '2022-10-12', '--to', 'Anna de Vries'], ws.dir);
    expect(created.code, created.stderr).toBe(0);
    const skeleton = readFileSync(join(ws.dir, 'letters', '2022-10-12-brief.md'), 'utf8');
    for (const text of ['TODO titel van de brief', 'Hoogachtend,', 'TODO: wie wij zijn en waarom wij nu schrijven.']) expect(skeleton).toContain(text);

    writeFileSync(join(ws.dir, 'letters', '2022-10-12-brief.md'), [
      '---', 'title: Brief aan de minister', 'date: 2022-10-12', 'languages: [nl]', 'subject: Mensenrechten in de handelsagenda',
      'to:', '  - name: Anna de Vries', '    title: Mevrouw de Minister van Buitenlandse Handel',
      'cc: [Jan Jansen]', 'signatories: [wola, hrw]', '---', '', 'Wij schrijven u over de handelsagenda.', '',
    ].join('\n'));
    writeFileSync(join(ws.dir, 'letters', '2022-10-12-eigen.md'), '---\ntitle: T\ndate: 2022-10-12\nlanguages: [qaa]\nto: []\nsignatories: [wola]\n---\n\nText.\n');
    const built = await copyBin(['build', 'brief', '--format', 'html'], ws.dir);
    expect(built.code, built.stderr).toBe(0);
    const html = readFileSync(join(ws.dir, 'out', '2022-10-12-brief.nl.html'), 'utf8');
    expect(html).toContain('lang="nl"');
    expect(html).toContain('12 oktober 2022');
    // "mevrouw" in the title tells a woman (gender_words:), so the salutation is built (salutation_forms:).
    expect(html).toMatch(/Geachte mevrouw [Dd]e Vries,/);
    for (const label of ['Betreft:', 'Kopie aan:']) expect(html).toContain(label);

    const check = await copyBin(['check', '--json'], ws.dir);
    const found = JSON.parse(check.stdout) as { file: string; code: string; hint: string; message: string }[];
    expect(found.filter((d) => d.code === 'no-strings').map((d) => d.file)).toEqual(['letters/2022-10-12-eigen.md']);
    expect(found.find((d) => d.code === 'no-strings')!.message).toContain('coalition ships strings for (ar, de, en, es, fr, it, nl, pt, ru and zh)');

    const added = await copyBin(['org', 'add', 'duitse-org', '--name', 'Duitse organisatie', '--country', 'Duitsland'], ws.dir);
    expect(added.code, added.stderr).toBe(0);
    expect(readFileSync(join(ws.dir, 'signatories.yaml'), 'utf8')).toMatch(/duitse-org:[\s\S]*country: DE/);
  });

  it('a profile: listed, and the letter measured against it', async () => {
    const listed = await copyBin(['profiles'], ws.dir);
    expect(listed.stdout).toMatch(/^eu-consultation /m);
    const measured = await copyCli(['check', 'brief', '--for', 'eu-consultation'], ws.dir);
    const report = measured.stdout + measured.stderr;
    expect(report).toContain('eu-consultation: European Commission "Have your say" position paper');
    expect(report).toMatch(/✓ \d+ characters \(nl\) in the body, within the limit of 4,000/);
  });

  it('--paper: every document on that paper, and build --release refuses it by itself', async () => {
    const SLUG = 'us-mexico-security-dialogue';
    const pageWidth = (path: string) => /<w:pgSz w:w="(\d+)"/.exec(strFromU8(unzipSync(readFileSync(path))['word/document.xml']!))![1];
    const a4 = await copyCli(['build', SLUG, '--format', 'docx', '--paper', 'a4', '--out', 'a4'], sample.dir);
    expect(a4.code, a4.stderr).toBe(0);
    expect(pageWidth(join(sample.dir, 'a4', `2022-10-12-${SLUG}.en.docx`))).toBe('11906');
    const letter = await copyCli(['build', SLUG, '--format', 'docx', '--out', 'letter'], sample.dir);
    expect(letter.code, letter.stderr).toBe(0);
    expect(pageWidth(join(sample.dir, 'letter', `2022-10-12-${SLUG}.en.docx`))).toBe('12240');

    expect((await copyCli(['release', SLUG, '--format', 'html'], sample.dir)).code).toBe(0);
    const again = await copyCli(['build', SLUG, '--release', 'v1', '--paper', 'a4'], sample.dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--paper cannot apply to them');
  });

  it('a check rule: reported at its line, with its code', async () => {
    const words = Array.from({ length: 260 }, (_, i) => `word${i}`).join(' ');
    writeFileSync(join(ws.dir, 'letters', '2022-10-12-long.md'), `---\ntitle: Long\ndate: 2022-10-12\nto: []\nsignatories: [wola]\n---\n\nA short paragraph.\n\n${words}\n`);
    const check = await copyCli(['check', 'long', '--json'], ws.dir);
    const found = (JSON.parse(check.stdout) as { line: number; code: string; message: string }[]).filter((d) => d.code === 'long-paragraph');
    expect(found).toEqual([expect.objectContaining({ line: 10, message: 'a paragraph of 260 words (en), over 250' })]);
  });

  it('an output format: build --format json writes the letter as data', async () => {
    const built = await copyCli(['build', 'us-mexico-security-dialogue', '--format', 'json', '--lang', 'en'], sample.dir);
    expect(built.code, built.stderr).toBe(0);
    const [letter] = JSON.parse(readFileSync(join(sample.dir, 'out', '2022-10-12-us-mexico-security-dialogue.en.json'), 'utf8')) as { lang: string; greeting: string; signatories: string[] }[];
    expect(letter!.lang).toBe('en');
    expect(letter!.greeting).toMatch(/^Dear Secretary Blinken/);
    expect(letter!.signatories).toHaveLength(12);
  });
});
