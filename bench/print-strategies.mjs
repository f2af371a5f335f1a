#!/usr/bin/env node
/**
 * The measurement behind src/pdf/printer.ts's choices: prints the same 20 letters'
 * HTML (rendered by the real CLI) with puppeteer in several ways, in one process, back
 * to back, and prints the median of each. Not part of `npm run bench`; run it by hand
 * after `npm run build`:
 *
 *   node bench/print-strategies.mjs [--runs 3] [--letters 20]
 *
 * Strategies: the product's Printer as it is; then, with a stand-in that has the knobs
 * the product does not (below), a new page per document vs pages reused at concurrency
 * 1–4, and fonts inline vs served; all documents in one page load (the lower bound:
 * it loses per-document tags and titles once split, so it is only the yardstick); the
 * browser's launch over a pipe vs a port; puppeteer's page.pdf() vs printToPdf (the same
 * print in two DevTools calls, src/pdf/print-to-pdf.ts); and the cost of the metadata
 * pass, in place (src/pdf/skia-pdf.ts) and through pdf-lib.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importSource } from './import-source.mjs';
import { median } from './measure.mjs';
import { lettersWorkspace, removeWorkspace, REPO } from './workspace.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, letters: { type: 'string', default: '20' } } });
const runs = Number(values.runs);
const dir = lettersWorkspace(Number(values.letters));
execFileSync(process.execPath, [join(REPO, 'bin', 'coalition.js'), 'build', '--format', 'html', '-q'], { cwd: dir, stdio: 'ignore' });
const docs = readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.html')).sort().map((f) => readFileSync(join(dir, 'out', f), 'utf8'));
removeWorkspace(dir);

const { Printer } = await importSource('pdf/printer.ts');
const { launchOptions } = await importSource('pdf/chromium.ts');
const { findBrowser, puppeteerPlaces } = await importSource('pdf/find-browser.ts');
const puppeteer = (await import('puppeteer')).default;
// The browser a command finds (the headless shell first), unless PUPPETEER_EXECUTABLE_PATH names one.
const CHROME = findBrowser(undefined, process.env, puppeteerPlaces(puppeteer)).path;
console.log(`browser: ${CHROME}`);
const { applyPdfMetadata } = await importSource('pdf/metadata.ts');
const { finishWithPdfLib } = await importSource('pdf/metadata-pdf-lib.ts');
const { printToPdf } = await importSource('pdf/print-to-pdf.ts');
const { fontFaceCss, servedFonts } = await importSource('render/fonts.ts');

// The written .html files inline the faces their characters need (`data:` URLs); the
// printer's copy names the same faces by address. Each inline face is swapped for its
// address, matched by its bytes.
const fonts = servedFonts();
const byBase64 = new Map();
for (const [, url] of fontFaceCss('served').matchAll(/url\("([^"]+)"\)/g)) byBase64.set(Buffer.from(fonts.get(url).body).toString('base64'), url);
const served = docs.map((html) => html.replace(/data:font\/woff2;base64,([A-Za-z0-9+/=]+)/g, (inline, base64) => (byBase64.has(base64) ? `"${byBase64.get(base64)}"` : inline)));
if (served.some((html, i) => html === docs[i] || html.includes('data:font/woff2'))) throw new Error('a face of the HTML files is not one the printer serves');
const metadata = { title: 'T', author: 'A', subject: 'S', keywords: [], lang: 'en', date: '2024-03-15' };

const time = async (fn) => {
  const start = performance.now();
  await fn();
  return performance.now() - start;
};

const results = {};
async function record(name, fn) {
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await time(fn));
  results[name] = Math.round(median(samples));
  console.log(`${name.padEnd(52)} ${String(results[name]).padStart(6)} ms  (${(results[name] / docs.length).toFixed(1)} ms/doc)`);
}

const launch = (pipe = true) => puppeteer.launch({ ...launchOptions(CHROME, { screenshots: false }), pipe });

/**
 * A stand-in for the product's Printer with the knobs it does not have: a page per
 * document or pages reused, fonts inline (`data:` URLs parsed by every page) or served
 * from memory, any concurrency. The page set-up is the product's: JavaScript off,
 * every request intercepted, the HTML written with setContent. No metadata pass.
 */
async function printWith(htmls, { concurrency, reusePages, twoCalls = false }) {
  const browser = await launch();
  const openPage = async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const file = fonts.get(req.url());
      if (file) void req.respond({ status: 200, contentType: file.type, headers: { 'access-control-allow-origin': '*' }, body: file.body });
      else if (req.url().startsWith('data:')) void req.continue();
      else void req.abort('blockedbyclient');
    });
    return page;
  };
  const queue = [...htmls];
  const sessions = new WeakMap();
  const worker = async () => {
    let page;
    for (let html = queue.shift(); html !== undefined; html = queue.shift()) {
      page ??= await openPage();
      await page.setContent(html, { waitUntil: 'load' });
      if (twoCalls) {
        if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
        await printToPdf(sessions.get(page), 'letter');
      } else await page.pdf({ format: 'letter', preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
      if (!reusePages) {
        await page.close();
        page = undefined;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    await browser.close();
  }
}

await record('browser launch + close, over a pipe (the product)', async () => (await launch(true)).close());
await record('browser launch + close, over a port', async () => (await launch(false)).close());

const product = async () => {
  const printer = new Printer({ chromePath: CHROME, files: fonts });
  try {
    await Promise.all(served.map((html) => printer.print({ html, paper: 'letter', timeout: 60_000, metadata })));
  } finally {
    await printer.close();
  }
};
await record('Printer (the product: pages reused, a second when 3 wait; fonts served)', product);

for (const concurrency of [1, 2, 3, 4]) {
  for (const reusePages of [false, true]) {
    await record(`stand-in, concurrency ${concurrency}, ${reusePages ? 'pages reused' : 'new page per doc'}`, () => printWith(served, { concurrency, reusePages }));
  }
}

for (const serveFonts of [false, true, false, true]) {
  await record(`stand-in, concurrency 2, pages reused, fonts ${serveFonts ? 'served' : 'inline'}`, () => printWith(serveFonts ? served : docs, { concurrency: 2, reusePages: true }));
}

for (const twoCalls of [false, true, false, true]) {
  await record(`stand-in, concurrency 2, pages reused, ${twoCalls ? 'printToPdf (2 calls)' : 'page.pdf()'}`, () => printWith(served, { concurrency: 2, reusePages: true, twoCalls }));
}

// The yardstick: every letter in one document, one load, one print.
const head = /^[\s\S]*?<body[^>]*>/.exec(docs[0])[0];
const bodyOf = (html) => html.replace(/^[\s\S]*?<body[^>]*>/, '').replace(/<\/body>[\s\S]*$/, '');
const one = `${head}${docs.map((html) => `<div style="break-before: page">${bodyOf(html)}</div>`).join('')}</body></html>`;
await record('all in one page load (no per-doc tags/titles)', async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.setContent(one, { waitUntil: 'load' });
    await page.pdf({ format: 'letter', preferCSSPageSize: true, printBackground: true, tagged: true });
  } finally {
    await browser.close();
  }
});

const browser = await launch();
const page = await browser.newPage();
await page.setContent(docs[0], { waitUntil: 'load' });
const printed = await page.pdf({ format: 'letter', preferCSSPageSize: true, printBackground: true, tagged: true });
await browser.close();
await record('metadata in place, all documents (serial; the product)', async () => {
  for (let i = 0; i < docs.length; i++) await applyPdfMetadata(printed, metadata);
});
await record('metadata through pdf-lib, all documents (serial)', async () => {
  for (let i = 0; i < docs.length; i++) await finishWithPdfLib(printed, metadata);
});
console.log(JSON.stringify({ documents: docs.length, runs, results }, null, 2));
