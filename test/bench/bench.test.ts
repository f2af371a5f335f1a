/**
 * The benchmark's own correctness: its synthetic workspaces are valid input for the
 * real CLI (a benchmark of failing builds would measure nothing), `npm run bench`
 * writes its JSON, and an HTML-only build never loads puppeteer or pdf-lib (the
 * fast-start promise), checked by recording every module the real binary resolves.
 * No timings are asserted here: speed is reported by the benchmark, not tested.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BIN, REPO, cli, pdfInfo } from '../helpers.js';
import {
  bigLetterWorkspace, checkWorkspace, importWorkspace, lettersWorkspace, removeWorkspace, sampleWorkspace,
} from '../../bench/workspace.mjs';

const run = promisify(execFile);
const made: string[] = [];
const track = (dir: string) => (made.push(dir), dir);
afterAll(() => made.forEach(removeWorkspace));

describe('bench workspace generator', () => {
  it('makes letters that build to HTML, one page each in PDF, with their own titles', async () => {
    const dir = track(lettersWorkspace(3));
    const result = await cli(['build', '--format', 'html,pdf'], { cwd: dir });
    expect(result.stderr).not.toMatch(/warning|error/i);
    expect(result.code).toBe(0);
    const out = readdirSync(join(dir, 'out')).sort();
    expect(out).toHaveLength(6);
    const info = pdfInfo(join(dir, 'out', '2024-03-15-letter-002.en.pdf'));
    expect(info.Pages).toBe('1');
    expect(info.Title).toBe('Joint letter number 2');
    expect(info.Tagged).toBe('yes');
    // The bundled face was really used (a font that failed to load falls back silently).
    expect(execFileSync('pdffonts', [join(dir, 'out', '2024-03-15-letter-002.en.pdf')], { encoding: 'utf8' })).toContain('SourceSerif4-Regular');
  });

  it('makes a two-language letter whose signers are grouped by country', async () => {
    const dir = track(bigLetterWorkspace(60));
    const result = await cli(['build', '--format', 'html'], { cwd: dir });
    expect(result.code).toBe(0);
    const es = readFileSync(join(dir, 'out', '2024-03-15-big.es.html'), 'utf8');
    expect(es).toContain('Justice Center 2');
    expect(es).toContain('Organización 1 (O1)'); // the Spanish name the registry gives
    expect(es).toMatch(/<h3 class="group-heading">México<\/h3>/); // grouped, headings in Spanish
  });

  it('makes a check workspace that `coalition check` accepts', async () => {
    const dir = track(checkWorkspace(3, 200));
    const result = await cli(['check'], { cwd: dir });
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.code).toBe(0);
  });

  it('makes a sign-on CSV with a header and one line per row', () => {
    const dir = track(importWorkspace(30, 20));
    const lines = readFileSync(join(dir, 'responses.csv'), 'utf8').trim().split('\n');
    expect(lines[0]).toBe('Organization,Acronym,Country,Email,Name,Title');
    expect(lines).toHaveLength(31);
  });
});

describe('npm run bench', () => {
  it('writes results.json with a median, a per-document time and a peak memory', async () => {
    const out = join(track(mkdtempSync(join(tmpdir(), 'coalition-bench-out-'))), 'results.json');
    await run(process.execPath, [join(REPO, 'bench', 'run.mjs'), '--only', 'a-html', '--runs', '2', '--no-md-to-pdf', '--out', out], { cwd: REPO });
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.runs).toBe(2);
    expect(report.machine.cpus).toBeGreaterThan(0);
    const [result] = report.results;
    expect(result).toMatchObject({ id: 'a-html', status: 'ok', units: 2 });
    expect(result.samplesMs).toHaveLength(2);
    expect(result.failures).toEqual([]);
    expect(result.medianMs).toBeGreaterThan(0);
    expect(result.perUnitMs).toBeCloseTo(result.medianMs / 2, 1);
    expect(result.peakMb).toBeGreaterThan(10);
  });
});

describe('fast start', () => {
  const hookDir = track(mkdtempSync(join(tmpdir(), 'coalition-loader-')));
  // An ESM resolve hook that writes every module URL the CLI resolves to a file.
  writeFileSync(join(hookDir, 'hook.mjs'), [
    "import { appendFileSync } from 'node:fs';",
    'export async function resolve(specifier, context, next) {',
    '  const result = await next(specifier, context);',
    '  appendFileSync(process.env.MODULE_LOG, result.url + "\\n");',
    '  return result;',
    '}',
  ].join('\n'));
  writeFileSync(join(hookDir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(`file://${join(hookDir, 'hook.mjs')}`)});\n`);

  async function modulesLoaded(args: string[], cwd: string): Promise<string[]> {
    const log = join(hookDir, `modules-${made.length}-${Date.now()}.log`);
    writeFileSync(log, '');
    await run(process.execPath, ['--import', join(hookDir, 'register.mjs'), BIN, ...args], {
      cwd, env: { ...process.env, NO_COLOR: '1', MODULE_LOG: log },
    });
    return readFileSync(log, 'utf8').split('\n').filter(Boolean);
  }

  /** The bundle's chunks that hold zod, Handlebars, yaml, pdf-lib or docx (found by strings only they contain). */
  const HEAVY = {
    zod: '$ZodError', handlebars: 'Parse error on line', yaml: 'YAMLParseError', 'pdf-lib': 'Input document to `PDFDocument.load` is encrypted',
    docx: 'wordprocessingml.document.main+xml',
  };
  const heavyIn = (urls: string[]) =>
    Object.entries(HEAVY)
      .filter(([, marker]) => urls.some((url) => url.includes('/dist/bundle/') && readFileSync(new URL(url), 'utf8').includes(marker)))
      .map(([name]) => name);

  it('builds HTML without loading puppeteer, pdf-lib or docx, and a PDF or Word build does load them', async () => {
    const dir = track(sampleWorkspace());
    const html = await modulesLoaded(['build', '--format', 'html'], dir);
    expect(heavyIn(html)).toEqual(['zod', 'handlebars', 'yaml']); // the log and the markers work
    expect(html.filter((url) => /\/(puppeteer|puppeteer-core|pdf-lib)\//.test(url))).toEqual([]);
    const pdf = await modulesLoaded(['build', '--format', 'pdf', '--lang', 'en'], dir);
    expect(pdf.some((url) => url.includes('/puppeteer'))).toBe(true);
    // pdf-lib is bundled (loading its own files and dependencies took 100–120 ms, the chunk 40 ms).
    expect(heavyIn(pdf)).toContain('pdf-lib');
    expect(heavyIn(pdf)).not.toContain('docx');
    const word = await modulesLoaded(['build', '--format', 'docx', '--lang', 'en'], dir);
    expect(heavyIn(word)).toContain('docx');
    expect(word.filter((url) => /\/(puppeteer|puppeteer-core)\//.test(url))).toEqual([]);
  });

  it('prints --help without loading zod, yaml or the renderers', async () => {
    const urls = await modulesLoaded(['--help'], tmpdir());
    expect(urls.some((url) => url.endsWith('/dist/bundle/main.js'))).toBe(true);
    expect(heavyIn(urls)).toEqual([]);
    expect(urls.filter((url) => /\/node_modules\/(zod|yaml|handlebars|markdown-it|sanitize-html|gray-matter|puppeteer)\//.test(url))).toEqual([]);
  });
});
