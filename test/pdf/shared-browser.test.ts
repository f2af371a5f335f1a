/**
 * COALITION_BROWSER_WS_ENDPOINT: commands print in a Chromium already running, in a
 * browser context of their own, and leave it as they found it. Here on a browser of this
 * file's own (not the run's shared one, which other files print in at the same time), so
 * what is left in it afterwards can be counted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, OWN_BROWSER, pdfInfo, sampleWorkspace } from '../helpers.js';
import { listeningChromium, type ListeningChromium } from '../support/listening-chromium.js';

const LETTER = '2022-10-12-us-mexico-security-dialogue';
const ws = sampleWorkspace();
let chromium: ListeningChromium;
let browser: Browser;
let endpoint: string;

beforeAll(async () => {
  chromium = await listeningChromium();
  browser = chromium.browser;
  endpoint = browser.wsEndpoint();
});

afterAll(async () => {
  await chromium?.close();
  ws.cleanup();
});

describe('printing in a running browser (COALITION_BROWSER_WS_ENDPOINT)', () => {
  it('prints the same PDFs as a browser of its own, and leaves no context or tab behind', async () => {
    const tabsBefore = (await browser.pages()).length;
    const [shared, own] = await Promise.all([
      cli(['build', LETTER, '--format', 'pdf', '--out', 'shared'], { cwd: ws.dir, env: { COALITION_BROWSER_WS_ENDPOINT: endpoint } }),
      cli(['build', LETTER, '--format', 'pdf', '--out', 'own'], { cwd: ws.dir, env: OWN_BROWSER }),
    ]);
    expect(shared.code, shared.stderr).toBe(0);
    expect(own.code, own.stderr).toBe(0);
    for (const lang of ['en', 'es']) {
      const file = `${LETTER}.${lang}.pdf`;
      expect(Number(pdfInfo(join(ws.dir, 'shared', file)).Pages)).toBe(3);
      expect(readFileSync(join(ws.dir, 'shared', file)).equals(readFileSync(join(ws.dir, 'own', file))), `${file} differs`).toBe(true);
    }
    expect(browser.connected).toBe(true);
    // Every context in the browser, whoever made it (puppeteer lists only its own).
    const session = await browser.target().createCDPSession();
    expect((await session.send('Target.getBrowserContexts')).browserContextIds).toEqual([]);
    await session.detach();
    expect(await browser.pages()).toHaveLength(tabsBefore);
  });

  it('refuses what it cannot use, within seconds: exit 4, naming the variable and why, no PDF written, no process left waiting', async () => {
    // A port that takes connections and never answers.
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as AddressInfo).port;
    // A tab's address, as DevTools lists it beside the browser's: it would take the connection and never answer as a browser.
    const listed = await (await fetch(new URL('/json/list', endpoint.replace(/^ws:/, 'http:')))).json() as { type: string; webSocketDebuggerUrl: string }[];
    const tabAddress = listed.find((t) => t.type === 'page')!.webSocketDebuggerUrl;
    try {
      const cases: [string, string][] = [
        ['ws://127.0.0.1:9/devtools/browser/none', 'ECONNREFUSED'],
        [`ws://127.0.0.1:${port}/devtools/browser/none`, 'nothing answered'],
        [tabAddress, 'not a browser\'s address'],
        ['ws://192.0.2.1:9222/devtools/browser/none', '192.0.2.1 is not this machine'],
        ['wss://localhost/devtools/browser/none', 'not a ws:// address'],
      ];
      const results = await Promise.all(cases.map(([address], i) => cli(['build', LETTER, '--format', 'pdf', '--out', `refused-${i}`], {
        cwd: ws.dir, env: { COALITION_BROWSER_WS_ENDPOINT: address }, timeout: 30_000,
      })));
      for (const [i, [address, why]] of cases.entries()) {
        const result = results[i]!;
        expect(result.code, `${address}: ${result.stderr}`).toBe(4);
        expect(result.stderr).toContain(`the browser at ${address} (COALITION_BROWSER_WS_ENDPOINT) cannot be used: `);
        expect(result.stderr).toContain(why);
        expect(result.stderr).toContain('unset COALITION_BROWSER_WS_ENDPOINT');
        expect(result.stderr).not.toMatch(/\n\s+at /);
        expect(existsSync(join(ws.dir, `refused-${i}`, `${LETTER}.en.pdf`)), address).toBe(false);
      }
    } finally {
      silent.close();
    }
  });

  it('gives way to --chrome-path, which names the browser to start', async () => {
    const result = await cli(['build', LETTER, '--format', 'pdf', '--chrome-path', '/nowhere/chrome'], {
      cwd: ws.dir, env: { COALITION_BROWSER_WS_ENDPOINT: endpoint },
    });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('/nowhere/chrome');
  });

  it('is what doctor names as the browser, with the version it reports', async () => {
    const version = await browser.version();
    const reached = await cli(['doctor'], { cwd: ws.dir, env: { COALITION_BROWSER_WS_ENDPOINT: endpoint } });
    expect(reached.code, reached.stderr).toBe(0);
    expect(reached.stdout).toContain(`✓ browser      ${version}, running at ${endpoint} (COALITION_BROWSER_WS_ENDPOINT)`);
    const gone = await cli(['doctor', '--json'], { cwd: ws.dir, env: { COALITION_BROWSER_WS_ENDPOINT: 'ws://127.0.0.1:9/devtools/browser/none' }, timeout: 30_000 });
    expect(gone.code).toBe(4);
    const finding = (JSON.parse(gone.stdout) as { findings: { name: string; status: string; found: string }[] }).findings.find((f) => f.name === 'browser')!;
    expect(finding.status).toBe('problem');
    expect(finding.found).toContain('which cannot be used: ');
  });
});
