import { afterAll, describe, expect, it } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BIN, cli, OWN_BROWSER, sampleWorkspace, tempWorkspace } from '../helpers.js';
import puppeteer from 'puppeteer';
import { findBrowser, puppeteerPlaces } from '../../src/pdf/find-browser.js';

const sample = sampleWorkspace();
const empty = tempWorkspace();
afterAll(() => {
  sample.cleanup();
  empty.cleanup();
});

describe('coalition doctor', () => {
  it('names the browser it found with the version the browser itself reports, and the bundled font', async () => {
    const result = await cli(['doctor'], { cwd: sample.dir, env: OWN_BROWSER });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const browser = findBrowser(undefined, process.env, puppeteerPlaces(puppeteer));
    const version = execFileSync(browser.path, ['--version'], { encoding: 'utf8' }).trim().split('\n')[0]!;
    expect(result.stdout).toContain(`✓ browser      ${version} at ${browser.path}`);
    expect(result.stdout).toMatch(/✓ Node\.js\s+20|✓ Node\.js\s+2\d/);
    expect(result.stdout).toContain('Source Serif 4, Noto Serif SC, Noto Serif TC, Noto Naskh Arabic, bundled');
    expect(result.stdout).toContain(`✓ workspace    ${sample.dir}: writable`);
    expect(result.stderr).toContain('everything coalition needs is here');
  });

  it('a browser that is not there: exit 3, with how to install one; optional things are no problem', async () => {
    const result = await cli(['doctor', '--chrome-path', '/nowhere/chrome', '--json'], { cwd: empty.dir });
    expect(result.code).toBe(3);
    const report = JSON.parse(result.stdout) as { findings: { name: string; status: string; found: string; fix?: string }[] };
    const browser = report.findings.find((f) => f.name === 'browser')!;
    expect(browser).toMatchObject({ status: 'problem', found: 'the browser named by --chrome-path (/nowhere/chrome) does not exist' });
    expect(browser.fix).toContain('apt-get install chromium');
    const workspace = report.findings.find((f) => f.name === 'workspace')!;
    expect(workspace.status).toBe('optional');
    expect(workspace.fix).toContain('coalition init');
  });

  it("honours puppeteer's configuration file, as puppeteer does, though puppeteer is bundled", async () => {
    // A .puppeteerrc.cjs naming a downloaded Chrome (here a stand-in that answers --version).
    const fake = join(empty.dir, 'chrome-stand-in');
    writeFileSync(fake, '#!/bin/sh\necho "Stand-in Chrome 1.0"\n', { mode: 0o755 });
    writeFileSync(join(empty.dir, '.puppeteerrc.cjs'), `module.exports = { executablePath: ${JSON.stringify(fake)} };\n`);
    try {
      // (An undefined variable is left out of the child's environment.)
      const result = await cli(['doctor'], { cwd: empty.dir, env: { ...OWN_BROWSER, PUPPETEER_EXECUTABLE_PATH: undefined, CHROME_PATH: undefined } });
      // Before the headless shell of the system, which comes before any other download.
      expect(result.stdout).toContain(`✓ browser      Stand-in Chrome 1.0 at ${fake} (puppeteer's configuration)`);
    } finally {
      rmSync(join(empty.dir, '.puppeteerrc.cjs'));
    }
  });

  it('says LibreOffice is optional for Word letters', async () => {
    const result = await cli(['doctor', '--json'], { cwd: sample.dir, env: { PATH: '/nonexistent' } });
    const office = (JSON.parse(result.stdout) as { findings: { name: string; status: string; fix?: string }[] }).findings.find((f) => f.name === 'LibreOffice')!;
    expect(office.status).toBe('optional');
    expect(office.fix).toContain('Word letters (--format docx) are written without it');
    expect(result.code).toBe(0);
  });

  it('a workspace on a read-only file system: exit 5, naming the folder', async () => {
    // A private mount namespace: a tmpfs holding a copy of the workspace, remounted read-only.
    const script = 'set -e; mount -t tmpfs tmpfs "$1"; cp -r "$2"/. "$1"; mount -o remount,ro "$1"; cd "$1"; shift 2; exec "$@"';
    const ws = tempWorkspace();
    try {
      const mountpoint = join(ws.dir, 'mnt');
      const source = join(ws.dir, 'source');
      mkdirSync(mountpoint);
      mkdirSync(source);
      renameSync(join(sample.dir, 'letters'), join(source, 'letters'));
      execFileSync('cp', [join(sample.dir, 'signatories.yaml'), source]);
      let result: { code: number; stdout: string };
      try {
        result = { code: 0, ...(await promisify(execFile)('unshare', ['-rm', 'sh', '-c', script, 'sh', mountpoint, source, process.execPath, BIN, 'doctor'], { env: { ...process.env, NO_COLOR: '1' } })) };
      } catch (error) {
        result = error as { code: number; stdout: string };
      } finally {
        renameSync(join(source, 'letters'), join(sample.dir, 'letters'));
      }
      expect(result.code).toBe(5);
      expect(result.stdout).toContain(`✗ workspace    ${mountpoint} is not writable (read-only file system)`);
      expect(result.stdout).toContain('Copy the workspace to a writable disk');
    } finally {
      ws.cleanup();
    }
  });
});
