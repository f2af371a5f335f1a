/**
 * What the real binary loads: `--help` no zod, yaml or renderer, an HTML-only build no
 * puppeteer or pdf-lib (the fast-start promise), checked by recording every module the
 * binary resolves. No timings are asserted: speed is reported by `npm run bench`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { BIN, sampleWorkspace } from '../helpers.js';

const run = promisify(execFile);
const hookDir = mkdtempSync(join(tmpdir(), 'coalition-loader-'));
const sample = sampleWorkspace();
afterAll(() => {
  rmSync(hookDir, { recursive: true, force: true });
  sample.cleanup();
});

// An ESM resolve hook that writes every module URL the CLI resolves to a file (the
// entry point among them), and, at exit, every CommonJS module it loaded (the binary and
// the bundle are CommonJS, for V8's code cache: bin/code-cache.cjs).
writeFileSync(join(hookDir, 'loaded.cjs'), [
  "const { appendFileSync } = require('node:fs');",
  "const { pathToFileURL } = require('node:url');",
  'process.on("exit", () => appendFileSync(process.env.MODULE_LOG, Object.keys(require.cache).filter((f) => f !== __filename).map((f) => pathToFileURL(f).href + "\\n").join("")));',
].join('\n'));
writeFileSync(join(hookDir, 'hook.mjs'), [
  "import { appendFileSync } from 'node:fs';",
  'export async function resolve(specifier, context, next) {',
  '  const result = await next(specifier, context);',
  '  appendFileSync(process.env.MODULE_LOG, result.url + "\\n");',
  '  return result;',
  '}',
].join('\n'));
writeFileSync(join(hookDir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(hookDir, 'hook.mjs')).href)});\n`);

let logs = 0;
async function modulesLoaded(args: string[], cwd: string): Promise<string[]> {
  const log = join(hookDir, `modules-${logs++}.log`);
  writeFileSync(log, '');
  await run(process.execPath, ['--require', join(hookDir, 'loaded.cjs'), '--import', join(hookDir, 'register.mjs'), BIN, ...args], {
    cwd, env: { ...process.env, NO_COLOR: '1', MODULE_LOG: log },
  });
  return [...new Set(readFileSync(log, 'utf8').split('\n').filter(Boolean))];
}

/** The bundle's entry, as bin/coalition.js requires it, and the folder holding it and its chunks. */
const entry = new URL(/require\(\s*['"](\.\.\/dist\/main\.cjs)['"]/.exec(readFileSync(BIN, 'utf8'))![1]!, pathToFileURL(BIN)).href;
const bundleDir = new URL('.', entry).href;

/** The bundle's chunks that hold zod, Handlebars, yaml, pdf-lib, puppeteer or docx (found by strings only they contain). */
const HEAVY = {
  zod: '$ZodError', handlebars: 'Parse error on line', yaml: 'YAMLParseError', 'pdf-lib': 'Input document to `PDFDocument.load` is encrypted',
  puppeteer: '__puppeteer_utility_world__', docx: 'w:compatSetting',
};
const heavyIn = (urls: string[]) =>
  Object.entries(HEAVY)
    .filter(([, marker]) => urls.some((url) => url.startsWith(bundleDir) && readFileSync(new URL(url), 'utf8').includes(marker)))
    .map(([name]) => name);

describe('start-up', () => {
  it('builds HTML without loading puppeteer, pdf-lib or docx; a PDF build loads puppeteer only (Chromium\'s PDF is edited without pdf-lib), from the bundle like every module', async () => {
    const html = await modulesLoaded(['build', '--format', 'html'], sample.dir);
    expect(heavyIn(html)).toEqual(['zod', 'handlebars', 'yaml']); // the log and the markers work
    const pdf = await modulesLoaded(['build', '--format', 'pdf', '--lang', 'en'], sample.dir);
    // pdf-lib (its chunk 40 ms to load) only for PDF/A or a PDF not laid out as Chromium writes it (src/pdf/skia-pdf.ts).
    expect(heavyIn(pdf)).toEqual(['zod', 'handlebars', 'yaml', 'puppeteer']);
    // Nothing comes from node_modules, so an installed coalition needs none (README, "Install").
    // The binary and its code-cache loader are the package's only other files.
    expect(pdf.filter((url) => url.startsWith('file:') && !url.startsWith(bundleDir)).sort()).toEqual([pathToFileURL(BIN).href, new URL('code-cache.cjs', pathToFileURL(BIN)).href].sort());
  });

  it('prints --help without loading zod, yaml or the renderers', async () => {
    const urls = await modulesLoaded(['--help'], tmpdir());
    expect(urls).toContain(entry);
    expect(heavyIn(urls)).toEqual([]);
    expect(urls.filter((url) => /\/node_modules\/(zod|yaml|handlebars|markdown-it|sanitize-html|gray-matter|puppeteer)\//.test(url))).toEqual([]);
  });
});
