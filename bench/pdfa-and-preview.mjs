#!/usr/bin/env node
/**
 * Two costs of issue 25, measured below the CLI:
 *
 * 1. PDF/A post-processing per document: the sample letter (en) and a 2,000-signer
 *    letter are printed once; then the pass that follows every print (metadata.ts) is
 *    timed (CPU time) without and with PDF/A (`--pdfa`): the difference is its cost.
 * 2. The preview's rebuild latency: a preview of the sample letter whose pages tab was
 *    opened once (the browser is warm); then the letter is edited, and the time from
 *    the write to the new PDF being printed and counted (the server's onChange) is taken.
 *
 *   node bench/pdfa-and-preview.mjs [--runs 5]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importSource } from './import-source.mjs';
import { median } from './measure.mjs';
import { bigLetterWorkspace, removeWorkspace, REPO, sampleWorkspace } from './workspace.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
const BIN = join(REPO, 'bin', 'coalition.js');

const { Printer } = await importSource('pdf/printer.ts');
const { finishPdf } = await importSource('pdf/metadata.ts');
const { servedFonts, fontFaceCss } = await importSource('render/fonts.ts');
const { startPreview } = await importSource('preview/server.ts');

/** Median CPU time of this process (user + system), in ms: the pass is pure JavaScript, and a busy machine does not inflate it as it does wall time. */
async function timed(fn) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000);
  }
  return Math.round(median(samples));
}

// 1. PDF/A cost per document.
const printer = new Printer({ files: servedFonts() });
try {
  for (const [label, make, lang] of [['sample letter (en, 3 pages)', sampleWorkspace, 'en'], ['2,000 signers (en)', () => bigLetterWorkspace(2000), 'en']]) {
    const dir = make();
    execFileSync(process.execPath, [BIN, 'build', '--format', 'html', '--lang', lang, '-q'], { cwd: dir, stdio: 'ignore' });
    const file = execFileSync('ls', [join(dir, 'out')], { encoding: 'utf8' }).split('\n').find((f) => f.endsWith(`.${lang}.html`));
    const html = readFileSync(join(dir, 'out', file), 'utf8').replace(fontFaceCss('inline'), fontFaceCss('served'));
    removeWorkspace(dir);
    const metadata = { title: 'T', author: 'A; B', subject: 'S', keywords: ['A', 'B'], lang, date: '2024-03-15' };
    const raw = await printer.print({ html, paper: 'letter', timeout: 120_000, metadata: { ...metadata } });
    // The printed file, once more through each pass: metadata only, and metadata + PDF/A.
    await finishPdf(raw.pdf, { ...metadata, pdfa: 'auto' }); // warm the code paths
    const plain = await timed(() => finishPdf(raw.pdf, metadata));
    const pdfa = await timed(() => finishPdf(raw.pdf, { ...metadata, pdfa: 'auto' }));
    console.log(`${label.padEnd(30)} CPU: metadata ${String(plain).padStart(5)} ms, with PDF/A ${String(pdfa).padStart(5)} ms: PDF/A adds ${pdfa - plain} ms (${Math.round(raw.pdf.length / 1024)} KB)`);
  }
} finally {
  await printer.close();
}

// 2. Preview rebuild latency, warm browser.
const dir = sampleWorkspace();
const letter = join(dir, 'letters', '2022-10-12-us-mexico-security-dialogue.md');
let changed;
const server = await startPreview({
  root: dir, letterPath: letter,
  onChange: (event) => changed?.(event),
});
try {
  const first = performance.now();
  const status = await (await fetch(`${server.url}__coalition/pages.json`)).json();
  console.log(`preview, first pages (starts the browser): ${Math.round(performance.now() - first)} ms, ${status.pages} pages`);
  const original = readFileSync(letter, 'utf8');
  const samples = [];
  const printed = [];
  for (let i = 0; i < runs; i++) {
    const done = new Promise((resolve) => { changed = resolve; });
    const start = performance.now();
    writeFileSync(letter, original.replace('We, the undersigned', `We, the undersigned (edit ${i})`));
    const event = await done;
    samples.push(performance.now() - start);
    printed.push(event.printed.ms);
  }
  console.log(`preview, save → new pages printed (warm): median ${Math.round(median(samples))} ms (of which printing and checking ${Math.round(median(printed))} ms; the watcher waits 60 ms for a burst to end)`);
} finally {
  await server.close();
  removeWorkspace(dir);
}
