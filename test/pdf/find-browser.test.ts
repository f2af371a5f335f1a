import { describe, expect, it } from 'vitest';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findBrowser, isHeadlessShell, puppeteerDownloads, puppeteerPlaces, SYSTEM_BROWSER_PATHS } from '../../src/pdf/find-browser.js';
import { FRAMES_ON_REQUEST, headlessMode, launchOptions } from '../../src/pdf/chromium.js';
import { CoalitionError } from '../../src/errors.js';
import { tempWorkspace } from '../helpers.js';

function fakeExecutable(dir: string, name: string): string {
  const path = join(dir, name);
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, 0o755);
  return path;
}

describe('findBrowser', () => {
  it('prefers --chrome-path, then PUPPETEER_EXECUTABLE_PATH, then CHROME_PATH', () => {
    const ws = tempWorkspace();
    try {
      const flag = fakeExecutable(ws.dir, 'flag');
      const pup = fakeExecutable(ws.dir, 'pup');
      const chrome = fakeExecutable(ws.dir, 'chrome');
      const env = { PUPPETEER_EXECUTABLE_PATH: pup, CHROME_PATH: chrome };
      expect(findBrowser(flag, env)).toEqual({ path: flag, source: '--chrome-path' });
      expect(findBrowser(undefined, env)).toEqual({ path: pup, source: 'PUPPETEER_EXECUTABLE_PATH' });
      expect(findBrowser(undefined, { CHROME_PATH: chrome })).toEqual({ path: chrome, source: 'CHROME_PATH' });
    } finally {
      ws.cleanup();
    }
  });

  it("uses puppeteer's own download before the system paths", () => {
    const ws = tempWorkspace();
    try {
      const downloaded = fakeExecutable(ws.dir, 'chrome-for-testing');
      const system = fakeExecutable(ws.dir, 'chromium');
      expect(findBrowser(undefined, {}, { downloads: () => [join(ws.dir, 'absent'), downloaded], systemPaths: [system] }))
        .toEqual({ path: downloaded, source: "puppeteer's download" });
    } finally {
      ws.cleanup();
    }
  });

  it("takes the browser puppeteer's configuration file names before any download or install path, shell or not", () => {
    const ws = tempWorkspace();
    try {
      const configured = fakeExecutable(ws.dir, 'chrome');
      const shell = fakeExecutable(ws.dir, 'chromium-headless-shell');
      const places = puppeteerPlaces({ configuration: { executablePath: configured }, executablePath: () => configured });
      expect(findBrowser(undefined, {}, { ...places, systemPaths: [shell] })).toEqual({ path: configured, source: "puppeteer's configuration" });
      // PUPPETEER_EXECUTABLE_PATH still wins over it.
      expect(findBrowser(undefined, { PUPPETEER_EXECUTABLE_PATH: shell }, places).path).toBe(shell);
    } finally {
      ws.cleanup();
    }
  });

  it('falls back to the usual install paths', () => {
    const found = findBrowser(undefined, {}, { downloads: () => ['/nonexistent/chrome'] });
    expect(SYSTEM_BROWSER_PATHS).toContain(found.path);
    expect(found.source).toBe('system');
  });

  it('prefers the headless shell to a full Chromium among the install paths and downloads', () => {
    const ws = tempWorkspace();
    try {
      const full = fakeExecutable(ws.dir, 'chromium');
      const shell = fakeExecutable(ws.dir, 'chromium-headless-shell');
      expect(SYSTEM_BROWSER_PATHS.indexOf('/usr/bin/chromium-headless-shell')).toBeLessThan(SYSTEM_BROWSER_PATHS.indexOf('/usr/bin/chromium'));
      expect(findBrowser(undefined, {}, { systemPaths: [shell, full] }).path).toBe(shell);
      // Without the shell, the full browser.
      expect(findBrowser(undefined, {}, { systemPaths: [join(ws.dir, 'chromium-headless-shell-absent'), full] }).path).toBe(full);
      // The system's shell before puppeteer's full Chrome; puppeteer's shell before the system's.
      const downloadedChrome = fakeExecutable(ws.dir, 'chrome');
      const downloadedShell = fakeExecutable(ws.dir, 'chrome-headless-shell');
      expect(findBrowser(undefined, {}, { downloads: () => [downloadedChrome], systemPaths: [shell, full] })).toEqual({ path: shell, source: 'system' });
      expect(findBrowser(undefined, {}, { downloads: () => [downloadedShell, downloadedChrome], systemPaths: [shell, full] }))
        .toEqual({ path: downloadedShell, source: "puppeteer's download" });
      expect(findBrowser(undefined, {}, { downloads: () => [downloadedChrome], systemPaths: [full] })).toEqual({ path: downloadedChrome, source: "puppeteer's download" });
      // puppeteer's headless shell before its Chrome, both asked of puppeteer itself.
      const asked: unknown[] = [];
      const places = puppeteerDownloads({ executablePath: (options) => (asked.push(options), options?.headless === 'shell' ? '/cache/chrome-headless-shell' : '/cache/chrome') });
      expect(places).toEqual(['/cache/chrome-headless-shell', '/cache/chrome']);
      // A download puppeteer cannot name (none configured) is left out, not an error.
      expect(puppeteerDownloads({ executablePath: () => { throw new Error('no download'); } })).toEqual([]);
    } finally {
      ws.cleanup();
    }
  });

  it('launches the headless shell in its own headless mode and a full browser in --headless=new', () => {
    for (const shell of ['/usr/bin/chromium-headless-shell', '/root/.cache/puppeteer/chrome-headless-shell/linux-148/chrome-headless-shell-linux64/chrome-headless-shell', 'C:\\chrome-headless-shell.exe']) {
      expect(isHeadlessShell(shell), shell).toBe(true);
      expect(headlessMode(shell)).toBe('shell');
    }
    for (const full of ['/usr/bin/chromium', '/opt/google/chrome/chrome', '/home/ana/headless-shell-tools/chromium']) {
      expect(isHeadlessShell(full), full).toBe(false);
      expect(headlessMode(full)).toBe(true);
    }
  });

  it('has the headless shell draw frames only on request when it only prints, and all along when it captures images', () => {
    const shell = '/usr/bin/chromium-headless-shell';
    expect(launchOptions(shell, { screenshots: false }).args).toContain(FRAMES_ON_REQUEST);
    expect(launchOptions(shell, { screenshots: true }).args).not.toContain(FRAMES_ON_REQUEST);
    // A full browser's headless mode has no such flag: it gets the same flags either way.
    expect(launchOptions('/usr/bin/chromium', { screenshots: false }).args).toEqual(launchOptions('/usr/bin/chromium', { screenshots: true }).args);
    expect(launchOptions('/usr/bin/chromium', { screenshots: false }).args).not.toContain(FRAMES_ON_REQUEST);
  });

  it('refuses a named browser that does not exist, with exit code 3 and a hint', () => {
    try {
      findBrowser('/nonexistent/chrome', {});
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CoalitionError);
      expect((error as CoalitionError).exitCode).toBe(3);
      expect((error as CoalitionError).message).toContain('/nonexistent/chrome');
      expect((error as CoalitionError).hint).toMatch(/apt-get install chromium-headless-shell/);
    }
  });
});
