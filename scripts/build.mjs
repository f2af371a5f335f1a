// `npm run build`: bundles src/ and every dependency into dist/ (rolldown.config.mjs
// says how and why) and prints one line. The rolldown command line lists every chunk and source map, about
// 170 lines that bury what matters in setup's output; its warnings and errors still
// print here.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

process.chdir(join(dirname(fileURLToPath(import.meta.url)), '..'));
const { default: config } = await import('../rolldown.config.mjs');
const started = performance.now();
rmSync('dist', { recursive: true, force: true });
await build(config);
const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((name) => !name.endsWith('.map') && statSync(join('dist', name)).isFile());
const size = (names) => `${(names.reduce((sum, name) => sum + statSync(join('dist', name)).size, 0) / 1e6).toFixed(1)} MB`;
const vendored = files.filter((name) => name.startsWith(`vendor${sep}`));
const chunks = files.filter((name) => !vendored.includes(name));
console.log(`built dist/: ${chunks.length} chunks (${size(chunks)}) and ${vendored.length} files read at run time (${size(vendored)}), in ${((performance.now() - started) / 1000).toFixed(1)} s`);
