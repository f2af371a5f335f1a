#!/usr/bin/env node
/**
 * The measurement behind src/pdf/browser-session.ts's choices: prints the same 20 letters'
 * HTML (rendered by the real CLI) with puppeteer in several ways, in one process, back
 * to back, and prints the median of each. Not part of `npm run bench`; run it by hand:
 *
 *   node bench/print-strategies.mjs [--runs 3] [--letters 20]
 *
 * Strategies: a new page per document vs pages reused, at concurrency 1–4; all documents
 * in one page load (the lower bound the issue names: it loses per-document tags and
 * titles once split, so it is only the yardstick); and the cost of the pdf-lib pass.
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

const { BrowserSession, CHROMIUM_ARGS } = await importSource('pdf/browser-session.ts');
const { applyPdfMetadata } = await importSource('pdf/metadata.ts');
const puppeteer = (await import('puppeteer')).default;

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
  console.log(`${name.padEnd(44)} ${String(results[name]).padStart(6)} ms  (${(results[name] / docs.length).toFixed(1)} ms/doc)`);
}

const launch = () => puppeteer.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--no-sandbox'] });
await record('browser launch + close', async () => (await launch()).close());

for (const concurrency of [1, 2, 3, 4]) {
  for (const reusePages of [false, true]) {
    await record(`session, concurrency ${concurrency}, ${reusePages ? 'pages reused' : 'new page per doc'}`, async () => {
      const session = new BrowserSession({ chromePath: '/usr/bin/chromium', concurrency, reusePages });
      try {
        await Promise.all(docs.map((html) => session.print({ html, paper: 'letter', timeout: 60_000 })));
      } finally {
        await session.close();
      }
    });
  }
}

for (const serveFonts of [false, true, false, true]) {
  await record(`session, concurrency 2, pages reused, fonts ${serveFonts ? 'served' : 'inline'}`, async () => {
    const session = new BrowserSession({ chromePath: '/usr/bin/chromium', concurrency: 2, serveFonts });
    try {
      await Promise.all(docs.map((html) => session.print({ html, paper: 'letter', timeout: 60_000 })));
    } finally {
      await session.close();
    }
  });
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

const session = new BrowserSession({ chromePath: '/usr/bin/chromium', concurrency: 1 });
const printed = (await session.print({ html: docs[0], paper: 'letter', timeout: 60_000 })).pdf;
await session.close();
await record('pdf-lib metadata pass, all documents (serial)', async () => {
  for (let i = 0; i < docs.length; i++) {
    await applyPdfMetadata(printed, { title: 'T', author: 'A', subject: 'S', keywords: [], lang: 'en', date: '2024-03-15' });
  }
});
console.log(JSON.stringify({ documents: docs.length, runs, results }, null, 2));
