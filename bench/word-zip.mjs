/**
 * The Word file's zip, measured below the CLI: the sample letter's two Word letters
 * (en, es) packed N times (compile the parts, renumber ids, zip them), and each file
 * read back part by part as a reference document is. Prints the median per document
 * (and the CPU time per pack, steadier on a loaded machine) and the files' SHA-256, so a change to the zip code shows both its time and whether
 * the bytes stayed the same:
 *
 *   node bench/word-zip.mjs [--runs 40]
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { importSource } from './import-source.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 40;
const root = fileURLToPath(new URL('..', import.meta.url));
const { openWorkspace } = await importSource('workspace/load.ts');
const { prepareLetter } = await importSource('resolve/prepare-letter.ts');
const { letterViews } = await importSource('render/letter-html.ts');
const { buildWordLetter } = await importSource('render/docx/word-document.ts');
const { ZipParts } = await importSource('render/docx/zip-parts.ts');

const ws = await openWorkspace(root);
const prepared = await prepareLetter(ws, `${root}letters/2022-10-12-us-mexico-security-dialogue.md`);
const { views } = letterViews(ws, prepared, { langs: ['en', 'es'] });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const view of views) {
  const letter = buildWordLetter([view], { edition: 'single' });
  let bytes;
  const pack = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    bytes = await letter.pack();
    pack.push(performance.now() - start);
  }
  const { user, system } = process.cpuUsage(cpu);
  const packCpu = (user + system) / 1000 / runs;
  const read = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const parts = ZipParts.read(bytes, 'bench');
    for (const name of parts.names()) parts.bytes(name);
    read.push(performance.now() - start);
  }
  const sha = createHash('sha256').update(bytes).digest('hex');
  console.log(`${view.lang}: pack ${median(pack).toFixed(2)} ms (CPU ${packCpu.toFixed(2)} ms), read every part ${median(read).toFixed(2)} ms (median of ${runs}); ${bytes.length} bytes, sha256 ${sha}`);
}
