#!/usr/bin/env node
/**
 * A measurement behind docs/performance.md, not part of `npm run bench`: how much
 * sooner the first PDF comes if Chromium is spawned before puppeteer is loaded and
 * puppeteer then connects to it over a pipe, against puppeteer.launch() after loading
 * puppeteer. Run each mode several times, alternating:
 *
 *   for i in 1 2 3 4; do node bench/early-launch.mjs early; node bench/early-launch.mjs launch; done
 *
 * The early mode copies puppeteer's default Chromium flags by hand (PUP below): that
 * copy, and the profile folder's clean-up, are why coalition does not do this. It was
 * measured with a full Chromium (`--headless=new`); CHROME (default /usr/bin/chromium)
 * names another, and the headless shell takes the flag as well.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const t0 = performance.now();
const mode = process.argv[2];
const CHROME = process.env.CHROME ?? '/usr/bin/chromium';
const ARGS = ['--headless=new','--disable-gpu','--disable-dev-shm-usage','--disable-background-networking','--disable-component-update','--disable-sync','--disable-default-apps','--disable-extensions','--disable-domain-reliability','--no-first-run','--no-default-browser-check','--mute-audio','--font-render-hinting=none','--no-sandbox'];
const PUP = ['--allow-pre-commit-input','--disable-background-timer-throttling','--disable-backgrounding-occluded-windows','--disable-breakpad','--disable-client-side-phishing-detection','--disable-component-extensions-with-background-pages','--disable-crash-reporter','--disable-hang-monitor','--disable-infobars','--disable-ipc-flooding-protection','--disable-popup-blocking','--disable-prompt-on-repost','--disable-renderer-backgrounding','--disable-search-engine-choice-screen','--enable-automation','--export-tagged-pdf','--force-color-profile=srgb','--generate-pdf-document-outline','--metrics-recording-only','--password-store=basic','--use-mock-keychain','--hide-scrollbars'];
let browser, proc, dir;
if (mode === 'early') {
  dir = mkdtempSync(join(tmpdir(), 'coalition-chromium-'));
  proc = spawn(CHROME, [...PUP, ...ARGS, '--remote-debugging-pipe', `--user-data-dir=${dir}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
  const puppeteer = await import('puppeteer');
  const t1 = performance.now();
  browser = await puppeteer.default.connect({ transport: new puppeteer.PipeTransport(proc.stdio[3], proc.stdio[4]), defaultViewport: null });
  console.error('import', Math.round(t1 - t0));
} else {
  const puppeteer = await import('puppeteer');
  browser = await puppeteer.default.launch({ executablePath: CHROME, args: ARGS });
}
const t2 = performance.now();
let [page] = await browser.pages();
if (!page) page = await browser.newPage();
await page.setContent('<p>x</p>');
await page.pdf();
const t3 = performance.now();
if (mode === 'early') { await browser.close(); await new Promise((r) => proc.exitCode !== null ? r() : proc.once('exit', r)); rmSync(dir, { recursive: true, force: true }); }
else await browser.close();
const t4 = performance.now();
console.log(mode, 'connected', Math.round(t2 - t0), 'first pdf', Math.round(t3 - t0), 'closed', Math.round(t4 - t0));
