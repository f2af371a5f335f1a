// Bundles src/ (TypeScript, read directly) into dist/, which bin/coalition.js runs; tsc
// only typechecks. Why a bundle: Node 20 resolves and loads each ES module file on its
// own, and the dependencies come as hundreds of small files (zod alone is over 200),
// which cost more than the work of an HTML build. Chunks keep the lazy imports lazy, so
// `--help` still loads no renderer. pdf-lib is bundled too (in the chunk that only PDF
// builds load: 40 ms instead of 100–120 ms for its own files). Puppeteer and chokidar
// stay outside: puppeteer resolves files at run time, chokidar serves only the preview.
// Minified because parsing is part of start-up; `node --enable-source-maps` maps
// `--debug` stack traces back to src/.
import { defineConfig } from 'rolldown';
import { precompiledTemplates } from './scripts/precompile-templates.mjs';

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

export default defineConfig({
  input: { main: 'src/cli/main.ts' },
  platform: 'node',
  // package.json's engines: syntax newer than Node 20 runs is lowered.
  transform: { target: 'node20' },
  external: ['puppeteer', 'chokidar', /^node:/],
  plugins: [precompiledTemplates(), noGrayMatterEngines],
  output: { dir: 'dist', format: 'esm', chunkFileNames: '[name]-[hash].js', sourcemap: true, minify: true },
  logLevel: 'warn',
});
