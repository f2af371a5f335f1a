/**
 * A Chromium started as the CLI starts its own (src/pdf/chromium.ts's flags, a profile
 * of its own), but listening on a port, so that commands can print in it through
 * COALITION_BROWSER_WS_ENDPOINT: the run's shared browser, and the one
 * test/pdf/shared-browser.test.ts counts the leftovers of. It draws frames all along,
 * as a browser that captures images must (publish's share images are captured in it);
 * its PDFs are the same bytes as those of a command's own print-only browser, which
 * shared-browser.test.ts checks.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer';
import { launchOptions } from '../../src/pdf/chromium.js';
import { findBrowser, puppeteerPlaces } from '../../src/pdf/find-browser.js';

export interface ListeningChromium {
  browser: Browser;
  /** Closes it and removes its profile. */
  close(): Promise<void>;
}

export async function listeningChromium(): Promise<ListeningChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'coalition-test-browser-'));
  const { path } = findBrowser(undefined, process.env, puppeteerPlaces(puppeteer));
  const browser = await puppeteer.launch({ ...launchOptions(path, { screenshots: true }), userDataDir: profile });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
