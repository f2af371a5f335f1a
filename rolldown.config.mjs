// Bundles src/ (TypeScript, read directly) into dist/, which bin/coalition.js runs; tsc
// only typechecks. Why a bundle: Node 20 resolves and loads each ES module file on its
// own, and the dependencies come as hundreds of small files (zod alone is over 200),
// which cost more than the work of an HTML build. Chunks keep the lazy imports lazy, so
// `--help` still loads no renderer. Every dependency is bundled, so that installing the
// packed tarball needs nothing from the registry (README, "Install"): pdf-lib and
// puppeteer in chunks only PDF builds load (pdf-lib: 40 ms instead of 100–120 ms for its
// own files), chokidar in the preview's. The files read at run time (the font, the
// hyphenation patterns) are copied into dist/vendor/ (scripts/vendor-files.mjs).
// Minified because parsing is part of start-up; `node --enable-source-maps` maps
// `--debug` stack traces back to src/. CommonJS, so that bin/code-cache.cjs can load each
// file with V8's code cache made at build time (Node 20 has none for ES modules): 50–70 ms
// of every everyday command (docs/performance.md, "A code cache for the bundle").
import { defineConfig } from 'rolldown';
import { precompiledTemplates } from './scripts/precompile-templates.mjs';
import { vendoredFiles } from './scripts/vendor-files.mjs';

/**
 * gray-matter's default engines: JavaScript front matter run through a direct `eval`
 * (which the bundler warns about), YAML through a second js-yaml (version 3).
 * src/workspace/read-letter.ts passes its own YAML engine and refuses every other
 * language, so the bundle gets an engines module that defines none.
 */
const noGrayMatterEngines = {
  name: 'no-gray-matter-engines',
  load: {
    filter: { id: /[\\/]gray-matter[\\/]lib[\\/]engines\.js$/ },
    handler: () => ({ code: 'module.exports = {};', moduleType: 'js' }),
  },
};

/**
 * What puppeteer brings only to download a browser, which coalition never does (it finds
 * the machine's Chrome or Chromium, src/pdf/find-browser.ts): @puppeteer/browsers'
 * proxy agent (with a JavaScript engine for PAC files, 1.2 MB), its archive extractors
 * and its command line. Each is replaced by a module that says so if ever reached.
 */
const noBrowserDownloads = {
  name: 'no-browser-downloads',
  resolveId: {
    filter: { id: /^(proxy-agent|extract-zip|tar-fs|yargs)(\/.*)?$/ },
    handler: (id) => `\0no-download:${id}`,
  },
  load: {
    filter: { id: /^\0no-download:/ },
    handler: (id) => {
      const message = JSON.stringify(`coalition does not download browsers (${id.slice('\0no-download:'.length)} is not bundled)`);
      const fail = `function fail() { throw new Error(${message}); }`;
      return { code: `${fail}\nexport class ProxyAgent { constructor() { fail(); } }\nexport default fail;\nexport const hideBin = fail;\n`, moduleType: 'js' };
    },
  },
};

/**
 * import-fresh, which cosmiconfig uses to read puppeteer's configuration files
 * (`.puppeteerrc.cjs`: a downloaded Chrome's cache folder or path, which
 * src/pdf/find-browser.ts honours), finds its caller through `__filename`, which an ES
 * module bundle does not have. coalition passes it absolute paths only, so a require
 * that forgets the cached module does the same.
 */
const importFreshInBundle = {
  name: 'import-fresh-in-bundle',
  load: {
    filter: { id: /[\\/]import-fresh[\\/]index\.js$/ },
    handler: () => ({
      code: 'module.exports = (file) => { const path = require.resolve(file); delete require.cache[path]; return require(path); };',
      moduleType: 'js',
    }),
  },
};

/**
 * Two libraries every HTML build loads that bring a large dependency they never use
 * here (issue 29: together about a third of the Markdown and template chunks, parsed
 * and run at every `check` and `build`):
 * - sanitize-html requires postcss (and source-map-js) at load, for `style` attributes,
 *   which src/markdown/markdown.ts never allows: the attribute is dropped before
 *   postcss would see it. Were it ever reached, the stub's parse throws and
 *   sanitize-html drops the attribute (its own catch), so nothing unsanitized passes.
 * - handlebars' compiler requires source-map for source maps coalition never asks for;
 *   when the require fails it uses its own small SourceNode, which makes the same code.
 */
const noUnusedHeavyDeps = {
  name: 'no-unused-heavy-deps',
  resolveId: {
    filter: { id: /^(postcss|source-map)$/ },
    handler: (id, importer) => {
      const from = importer?.replaceAll('\\', '/') ?? '';
      if (id === 'postcss' && from.includes('/sanitize-html/')) return '\0unused:postcss';
      if (id === 'source-map' && from.includes('/handlebars/')) return '\0unused:source-map';
      return null;
    },
  },
  load: {
    filter: { id: /^\0unused:/ },
    handler: (id) => id === '\0unused:postcss'
      ? { code: 'module.exports = { parse() { throw new Error("style attributes are not parsed (postcss is not bundled)"); } };', moduleType: 'js' }
      : { code: 'throw new Error("source-map is not bundled");', moduleType: 'js' },
  },
};

/**
 * puppeteer logs every DevTools message through `debug(prefix)(message)`, making a new
 * logger each time; the `debug` library then asks whether stderr is a terminal and
 * matches the prefix against DEBUG for each one: about 0.3 ms a message, 0.17 s of a
 * 535-copy build (issue 29, docs/performance.md). puppeteer's `debug` import gets the
 * same library with one logger kept per prefix: DEBUG=puppeteer:* still logs the same
 * lines (a logger checks DEBUG again when it changes).
 */
const oneLoggerPerPrefix = {
  name: 'one-logger-per-prefix',
  resolveId: {
    filter: { id: /^debug$/ },
    async handler(id, importer) {
      if (!/[\\/]puppeteer-core[\\/].*[\\/]Debug\.js$/.test(importer ?? '')) return null;
      const real = await this.resolve(id, importer, { skipSelf: true });
      return real && `\0one-logger-per-prefix:${real.id}`;
    },
  },
  load: {
    filter: { id: /^\0one-logger-per-prefix:/ },
    handler: (id) => ({
      code: `import createDebug from ${JSON.stringify(id.slice('\0one-logger-per-prefix:'.length))};\n`
        + 'const loggers = new Map();\n'
        + 'export default function debug(prefix) {\n'
        + '  let logger = loggers.get(prefix);\n'
        + '  if (!logger) loggers.set(prefix, (logger = createDebug(prefix)));\n'
        + '  return logger;\n'
        + '}\n',
      moduleType: 'js',
    }),
  },
};

export default defineConfig({
  // The warm process's client (src/daemon/client.ts) is an entry of its own: bin/coalition.js loads it
  // first, and it must stay small, since every command pays for it.
  input: { main: 'src/cli/main.ts', 'daemon-client': 'src/daemon/client.ts' },
  platform: 'node',
  // package.json's engines: syntax newer than Node 20 runs is lowered.
  transform: { target: 'node20' },
  // Optional modules some dependencies try to load and do without: ws's native helpers,
  // cosmiconfig's TypeScript loader (puppeteer's configuration, `.puppeteerrc.ts`).
  external: [/^node:/, 'bufferutil', 'utf-8-validate', 'typescript'],
  plugins: [precompiledTemplates(), noGrayMatterEngines, noBrowserDownloads, importFreshInBundle, noUnusedHeavyDeps, oneLoggerPerPrefix, vendoredFiles()],
  output: {
    dir: 'dist', format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: '[name]-[hash].cjs',
    // `import('node:path')` becomes a require: a vm.Script's import() has no loader in Node 20.
    dynamicImportInCjs: false,
    sourcemap: true, sourcemapExcludeSources: true, minify: true,
  },
  logLevel: 'warn',
});
