/**
 * COALITION_BROWSER_WS_ENDPOINT: commands print in a Chromium already running, in a
 * browser context of their own, and leave it as they found it. Here on a browser of this
 * file's own (not the run's shared one, which other files print in at the same time), so
 * what is left in it afterwards can be counted.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from '../../src/pdf/chromium.js';
import { findBrowser } from '../../src/pdf/find-browser.js';
import { cli, OWN_BROWSER, pdfInfo, sampleWorkspace } from '../helpers.js';

const LETTER = '2022-10-12-us-mexico-security-dialogue';
const ws = sampleWorkspace();
const profile = mkdtempSync(join(tmpdir(), 'coalition-test-endpoint-'));
let browser: Browser;
let endpoint: string;

beforeAll(async () => {
  browser = await puppeteer.launch({ executablePath: findBrowser(undefined).path, userDataDir: profile, args: [...CHROMIUM_ARGS, '--no-sandbox'] });
  endpoint = browser.wsEndpoint();
});

afterAll(async () => {
  await browser?.close();
  rmSync(profile, { recursive: true, force: true });
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
    expect(browser.browserContexts()).toHaveLength(1);
    expect(await browser.pages()).toHaveLength(tabsBefore);
  });

  it('says when it cannot reach it: exit 4, naming the variable, no PDF written', async () => {
    const result = await cli(['build', LETTER, '--format', 'pdf', '--out', 'unreachable'], {
      cwd: ws.dir, env: { COALITION_BROWSER_WS_ENDPOINT: 'ws://127.0.0.1:9/devtools/browser/none' },
    });
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('the browser at ws://127.0.0.1:9/devtools/browser/none (COALITION_BROWSER_WS_ENDPOINT) could not be reached');
    expect(result.stderr).toContain('unset COALITION_BROWSER_WS_ENDPOINT');
    expect(result.stderr).not.toMatch(/\n\s+at /);
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
    const gone = await cli(['doctor', '--json'], { cwd: ws.dir, env: { COALITION_BROWSER_WS_ENDPOINT: 'ws://127.0.0.1:9/devtools/browser/none' } });
    expect(gone.code).toBe(4);
    const finding = (JSON.parse(gone.stdout) as { findings: { name: string; status: string; found: string }[] }).findings.find((f) => f.name === 'browser')!;
    expect(finding.status).toBe('problem');
    expect(finding.found).toContain('which could not be reached');
  });
});
