/**
 * `coalition preview` through the real binary, seen by a real Chromium: the pages tab
 * shows the printed PDF page by page and follows an edit that adds a page; the text tab
 * shows the letter, switches language, follows edits without a manual reload, shows a
 * broken edit as an error page, recovers, and the server stops cleanly on Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BIN, drivenBrowser, REPO, sampleWorkspace, type DrivenBrowser } from '../helpers.js';


let browser: DrivenBrowser;
beforeAll(async () => {
  browser = await drivenBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Preview {
  child: ChildProcess;
  url: string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running: Preview[] = [];
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const p of running.splice(0)) p.child.kill('SIGKILL');
  cleanups.splice(0).forEach((c) => c());
});

/** Starts the real CLI and waits for the URL it prints. */
async function startPreview(cwd: string, args: string[]): Promise<Preview> {
  const child = spawn(process.execPath, [BIN, 'preview', ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
  let out = '';
  let err = '';
  child.stderr.on('data', (c) => (err += c));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (c) => {
      out += c;
      const match = /http:\/\/[^\s/]+:\d+\/[\w-]+\//.exec(out);
      if (match) resolve(match[0]);
    });
    void exited.then(() => reject(new Error(`preview exited: ${err}`)));
  });
  const preview = { child, url, stderr: () => err, exited };
  running.push(preview);
  return preview;
}

const LETTER = 'letters/2022-10-12-us-mexico-security-dialogue.md';

/** The status of a GET sent to 127.0.0.1:`port` with the given Host header. */
function statusOf(port: string, path: string, host: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    }).on('error', reject).end();
  });
}

describe('coalition preview', () => {
  it('serves the letter on loopback and reloads it by itself when the file changes', async () => {
    const ws = sampleWorkspace();
    cleanups.push(ws.cleanup);
    const preview = await startPreview(ws.dir, ['us-mexico-security-dialogue', '--port', '0']);
    // Loopback, under an unguessable token.
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[\w-]{24}\/$/);

    // Any client with the address gets the letter's HTML itself.
    const raw = await (await fetch(`${preview.url}?view=text`)).text();
    expect(raw).toContain('We, the undersigned U.S. and Mexican civil society organizations');

    const page = await browser.newPage();
    try {
      await page.goto(`${preview.url}?view=text`, { waitUntil: 'load' });
      expect(await page.$eval('html', (e) => e.lang)).toBe('en');
      const firstBody = await page.$eval('.body', (e) => e.textContent ?? '');
      expect(firstBody).toContain('We, the undersigned U.S. and Mexican');

      // Wait until the page is listening, then edit the letter on disk.
      await page.waitForNetworkIdle({ idleTime: 200, concurrency: 1 }).catch(() => undefined);
      const path = join(ws.dir, LETTER);
      writeFileSync(path, readFileSync(path, 'utf8').replace('We, the undersigned U.S. and Mexican', 'We, the EDITED undersigned U.S. and Mexican'));
      await page.waitForFunction(() => document.querySelector('.body')?.textContent?.includes('We, the EDITED undersigned'), { timeout: 5000 });

      // The language switcher in the page leads to the Spanish text.
      await page.waitForNetworkIdle({ idleTime: 300, concurrency: 1 }).catch(() => undefined);
      await page.click('#coalition-preview-bar a[hreflang="es"]');
      await page.waitForFunction(() => document.documentElement.lang === 'es'
        && document.querySelector('.body')?.textContent?.includes('Las organizaciones'), { timeout: 5000 });
      expect(new URL(page.url()).searchParams.get('lang')).toBe('es');

      // A change to the registry reloads too.
      const registry = join(ws.dir, 'signatories.yaml');
      writeFileSync(registry, readFileSync(registry, 'utf8').replace('name: Human Rights Watch', 'name: Human Rights Watch EDITED'));
      await page.waitForFunction(() => document.body.textContent?.includes('Human Rights Watch EDITED'), { timeout: 5000 });
    } finally {
      await page.close();
    }
  });

  it('shows the printed pages, numbered, beside what check and the profile say, and one more page soon after an edit adds one', async () => {
    const ws = sampleWorkspace();
    cleanups.push(ws.cleanup);
    const preview = await startPreview(ws.dir, [LETTER, '--for', 'us-scotus-amicus']);
    const page = await browser.newPage();
    const pageCount = () => page.$eval('#coalition-pages', (e) => Number((e as HTMLElement).dataset.pages));
    try {
      await page.goto(preview.url, { waitUntil: 'load' });
      // The first print starts the preview's browser.
      await page.waitForFunction(() => Number(document.getElementById('coalition-pages')?.dataset.pages) > 0, { timeout: 60_000 });
      expect(await pageCount()).toBe(3);
      expect(await page.$$eval('#coalition-pages figure.page canvas', (c) => c.map((e) => (e as HTMLCanvasElement).width > 300))).toEqual([true, true, true]);
      expect(await page.$$eval('#coalition-pages figcaption', (c) => c.map((e) => e.textContent))).toEqual(['Page 1 of 3', 'Page 2 of 3', 'Page 3 of 3']);
      expect(await page.$eval('#coalition-page-count', (e) => e.textContent)).toMatch(/^3 pages · printed in \d+ ms$/);
      expect(await page.$eval('#coalition-problems', (e) => e.textContent)).toContain('no problems');
      const findings = await page.$eval('#coalition-findings', (e) => e.textContent ?? '');
      expect(findings).toContain('PDF/A-1b (1 PDF)');
      expect(findings).toMatch(/807 words \(en\) in the body, within the limit of 8,000/);
      expect(findings).toMatch(/largest file \d+ KB, under 100 MB/);

      // An edit that adds a page: one more page, the next pages' numbers, within seconds.
      const path = join(ws.dir, LETTER);
      const filler = Array.from({ length: 5 }, () => 'We add this sentence to fill the page with more words. '.repeat(12).trim()).join('\n\n');
      writeFileSync(path, readFileSync(path, 'utf8').replace('::: en\n', `::: en\n${filler}\n\n`));
      await page.waitForFunction(() => Number(document.getElementById('coalition-pages')?.dataset.pages) === 4, { timeout: 10_000 });
      expect(await page.$$eval('#coalition-pages figcaption', (c) => c.map((e) => e.textContent))).toEqual(['Page 1 of 4', 'Page 2 of 4', 'Page 3 of 4', 'Page 4 of 4']);
      expect(preview.stderr()).toMatch(/changed letters\/2022-10-12-us-mexico-security-dialogue\.md — 4 pages, printed in \d+ ms/);

      // A problem check finds is listed beside the pages, with its line.
      writeFileSync(path, readFileSync(path, 'utf8').replace('  - wola\n', '  - wolla\n'));
      await page.waitForFunction(() => (document.getElementById('coalition-problems')?.textContent ?? '').includes('did you mean "wola"?'), { timeout: 10_000 });
      expect(await page.$eval('#coalition-page-count', (e) => e.textContent)).toBe('not printed: see the problems');
    } finally {
      await page.close();
    }
  });

  it('shows a broken edit as an error page with its line, then recovers; the server keeps running', async () => {
    const ws = sampleWorkspace();
    cleanups.push(ws.cleanup);
    const preview = await startPreview(ws.dir, [LETTER]);
    const page = await browser.newPage();
    try {
      await page.goto(`${preview.url}?view=text`, { waitUntil: 'load' });
      await page.waitForNetworkIdle({ idleTime: 200, concurrency: 1 }).catch(() => undefined);
      const path = join(ws.dir, LETTER);
      const good = readFileSync(path, 'utf8');
      writeFileSync(path, good.replace('  - wola\n', '  - wolla\n'));
      const line = good.split('\n').indexOf('  - wola') + 1;
      // waitForFunction survives the page's own reloads, however many the edit causes.
      await page.waitForFunction((where) => {
        const text = document.querySelector('#coalition-problems')?.textContent ?? '';
        return text.includes(where) && text.includes('did you mean "wola"?');
      }, { timeout: 5000 }, `${LETTER}:${line}:5`);

      writeFileSync(path, good);
      await page.waitForFunction(() => document.querySelector('.body')?.textContent?.includes('We, the undersigned'), { timeout: 5000 });
      expect(preview.child.exitCode).toBe(null);
    } finally {
      await page.close();
    }
  });

  it('runs no script from the letter, and answers only requests addressed to it', async () => {
    const ws = sampleWorkspace();
    cleanups.push(ws.cleanup);
    const path = join(ws.dir, LETTER);
    writeFileSync(path, readFileSync(path, 'utf8').replace('::: en\n', '::: en\n<script>window.pwned = 1</script><img src="x" onerror="window.pwned = 2">\n\n'));
    const preview = await startPreview(ws.dir, [LETTER]);
    const response = await fetch(`${preview.url}?view=text`);
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'nonce-[^']+'/);
    const page = await browser.newPage();
    try {
      await page.goto(`${preview.url}?view=text`, { waitUntil: 'load' });
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    } finally {
      await page.close();
    }
    // A request naming another host (a DNS-rebinding page) is refused, token or not.
    const { port, pathname } = new URL(preview.url);
    expect(await statusOf(port, pathname, `evil.example:${port}`)).toBe(403);
    expect(await statusOf(port, pathname, `127.0.0.1:${port}`)).toBe(200);
  });

  it('answers nothing without its token: page, events, any path; the browser gets a 403 too', async () => {
    const ws = sampleWorkspace();
    cleanups.push(ws.cleanup);
    const preview = await startPreview(ws.dir, [LETTER]);
    const { port, pathname } = new URL(preview.url);
    const token = pathname.slice(1, -1);
    const wrong = token.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    for (const path of ['/', '/?lang=es', '/__coalition/events', `/${wrong}/`, `/${wrong}/__coalition/events`, `/${token.slice(0, -1)}/`, `/x/${token}/`]) {
      const response = await fetch(`http://127.0.0.1:${port}${path}`);
      expect(response.status, path).toBe(403);
      expect(await response.text(), path).not.toContain('undersigned');
    }
    // With the token: the page and its events; the address without the last slash leads to the page.
    expect((await fetch(preview.url)).status).toBe(200);
    expect((await fetch(preview.url.slice(0, -1), { redirect: 'manual' })).headers.get('location')).toBe(pathname);
    const events = await fetch(`${preview.url}__coalition/events`);
    expect(events.headers.get('content-type')).toBe('text/event-stream');
    await events.body?.cancel();
    expect((await fetch(`${preview.url}other`)).status).toBe(404);

    const page = await browser.newPage();
    try {
      const response = await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
      expect(response?.status()).toBe(403);
      expect(await page.evaluate(() => document.body.textContent)).not.toContain('undersigned');
    } finally {
      await page.close();
    }
  });

  it('answers only the languages the letter has: any other is a 404, not a new page', async () => {
    const ws = sampleWorkspace();
    cleanups.push(ws.cleanup);
    const preview = await startPreview(ws.dir, [LETTER]);
    const es = await fetch(`${preview.url}?view=text&lang=es`);
    expect(es.status).toBe(200);
    expect(await es.text()).toContain('<html lang="es" dir="ltr">');
    for (const view of ['view=text&', '']) {
      for (const lang of ['zz', 'fr', 'x'.repeat(2000)]) {
        const response = await fetch(`${preview.url}?${view}lang=${lang}`);
        expect(response.status, `${view}${lang.slice(0, 10)}`).toBe(404);
        expect(await response.text()).toContain('its languages are en, es');
      }
    }
    expect((await fetch(`${preview.url}__coalition/pages.json?lang=zz`)).status).toBe(404);
  });

  it('shared with --host 0.0.0.0, still answers only to the names of this machine', async () => {
    const ws = sampleWorkspace();
    cleanups.push(ws.cleanup);
    const preview = await startPreview(ws.dir, [LETTER, '--host', '0.0.0.0']);
    const { port, pathname } = new URL(preview.url);
    expect(await statusOf(port, pathname, `evil.example:${port}`)).toBe(403);
    expect(await statusOf(port, pathname, `127.0.0.1:${port}`)).toBe(200);
    expect(await statusOf(port, pathname, `localhost:${port}`)).toBe(200);
    expect(await statusOf(port, pathname, `${hostname()}:${port}`)).toBe(200);
    expect(await statusOf(port, pathname, `127.0.0.1:${Number(port) + 1}`)).toBe(403);
    expect(await statusOf(port, '/', `127.0.0.1:${port}`)).toBe(403);
    expect(preview.stderr()).toMatch(/token included/);
  });

  it('stops cleanly on SIGINT', async () => {
    const ws = sampleWorkspace();
    cleanups.push(ws.cleanup);
    const preview = await startPreview(ws.dir, [LETTER]);
    expect((await fetch(preview.url)).status).toBe(200);
    preview.child.kill('SIGINT');
    const { code } = await preview.exited;
    expect(code).toBe(130);
    expect(preview.stderr()).toContain('preview stopped');
    expect(preview.stderr()).not.toMatch(/Error|at .*\.js/);
    await expect(fetch(preview.url)).rejects.toThrow();
  });

  it('refuses a letter outside the workspace and a bad port as usage errors', async () => {
    const ws = sampleWorkspace();
    cleanups.push(ws.cleanup);
    const exitOf = (args: string[]) => new Promise<number | null>((resolve) => spawn(process.execPath, [BIN, 'preview', ...args], { cwd: ws.dir }).on('exit', resolve));
    expect(await exitOf([LETTER, '--port', '70000'])).toBe(2);
    expect(await exitOf([join(REPO, 'package.json')])).toBe(2);
  });

  it('refuses at start-up a --lang the letter does not have, naming its languages (exit 2)', async () => {
    const ws = sampleWorkspace();
    cleanups.push(ws.cleanup);
    const child = spawn(process.execPath, [BIN, 'preview', LETTER, '--lang', 'zz'], { cwd: ws.dir, env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(err).toContain('--lang zz: this letter has no "zz" text; its languages are en, es');
    expect(out).toBe(''); // no address: nothing was served
  });
});
