// Bundles tsc's output (dist/) into dist/bundle/, which bin/coalition.js runs.
// Why: Node 20 resolves and loads each ES module file on its own, and the
// dependencies come as hundreds of small files (zod alone is over 200), which cost
// more than the work of an HTML build. Chunks keep the lazy imports lazy, so
// `--help` still loads no renderer. pdf-lib is bundled too (in the chunk that only
// PDF builds load: 40 ms instead of 100–120 ms for its own files). Puppeteer and
// chokidar stay outside: puppeteer resolves files at run time, chokidar serves only
// the preview.
// Minified because parsing is part of start-up; `node --enable-source-maps` maps
// `--debug` stack traces back to the sources.
import { defineConfig } from 'rolldown';

export default defineConfig({
  input: { main: 'dist/cli/main.js' },
  platform: 'node',
  external: ['puppeteer', 'chokidar', /^node:/],
  output: { dir: 'dist/bundle', format: 'esm', chunkFileNames: '[name]-[hash].js', sourcemap: true, minify: true },
  logLevel: 'warn',
});
