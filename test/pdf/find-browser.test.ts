import { describe, expect, it } from 'vitest';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findBrowser, SYSTEM_BROWSER_PATHS } from '../../src/pdf/find-browser.js';
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
      expect(findBrowser(undefined, {}, () => downloaded)).toEqual({ path: downloaded, source: "puppeteer's download" });
    } finally {
      ws.cleanup();
    }
  });

  it('falls back to the usual install paths', () => {
    const found = findBrowser(undefined, {}, () => '/nonexistent/chrome');
    expect(SYSTEM_BROWSER_PATHS).toContain(found.path);
    expect(found.source).toBe('system');
  });

  it('refuses a named browser that does not exist, with exit code 3 and a hint', () => {
    try {
      findBrowser('/nonexistent/chrome', {});
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CoalitionError);
      expect((error as CoalitionError).exitCode).toBe(3);
      expect((error as CoalitionError).message).toContain('/nonexistent/chrome');
      expect((error as CoalitionError).hint).toMatch(/apt-get install chromium/);
    }
  });
});
