// `npm run build`: bundles src/ and every dependency into dist/ (rolldown.config.mjs
// says how and why) and prints one line. The rolldown command line lists every chunk and source map, about
// 170 lines that bury what matters in setup's output; its warnings and errors still
// print here.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

process.chdir(join(dirname(fileURLToPath(import.meta.url)), '..'));
const { default: config } = await import('../rolldown.config.mjs');
const started = performance.now();
rmSync('dist', { recursive: true, force: true });
await build(config);
// PDF.js, which the preview's pages tab runs in the browser: its two browser files and
// licence, copied from the pdfjs-dist dev dependency, so an install pulls neither the
// package nor its optional native canvas (Node never runs these files).
mkdirSync('dist/pdfjs');
for (const file of ['build/pdf.min.mjs', 'build/pdf.worker.min.mjs', 'LICENSE']) copyFileSync(join('node_modules/pdfjs-dist', file), join('dist/pdfjs', file.replace('build/', '')));
// This build's name, by which a warm process (src/daemon/identity.ts) serves only its own.
writeFileSync('dist/build-id', `${randomUUID()}\n`);
// V8's code cache of the bundle, for the Node.js running this build (bin/code-cache.cjs).
execFileSync(process.execPath, ['scripts/make-code-cache.mjs'], { stdio: 'inherit', env: { ...process.env, COALITION_WRITE_CODE_CACHE: '1' } });
const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((name) => !name.endsWith('.map') && statSync(join('dist', name)).isFile());
const size = (names) => `${(names.reduce((sum, name) => sum + statSync(join('dist', name)).size, 0) / 1e6).toFixed(1)} MB`;
const vendored = files.filter((name) => name.startsWith(`vendor${sep}`) || name.startsWith(`pdfjs${sep}`) || name.startsWith(`code-cache${sep}`) || name === 'build-id');
const chunks = files.filter((name) => !vendored.includes(name));
console.log(`built dist/: ${chunks.length} chunks (${size(chunks)}) and ${vendored.length} files read at run time (${size(vendored)}), in ${((performance.now() - started) / 1000).toFixed(1)} s`);
