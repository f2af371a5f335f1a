/**
 * Accessibility of the HTML every edition produces: zero errors from the Nu HTML
 * Checker (vnu-jar, run on Java) and zero axe-core violations in real Chromium. One
 * page per template path (a one-language letter, the parallel and the sequential
 * bilingual editions) and per kind of content (the sample; a letterhead with logos;
 * 300 signers grouped by country and numbered; sections, a collective addressee, no
 * address block): the same template with the other language adds nothing but `lang`.
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliInProcess, drivenBrowser, REPO, sampleWorkspace, tempWorkspace } from '../helpers.js';
import { axeViolations } from '../support/axe.js';
import { nuErrors } from '../support/nu-checker.js';
import { featuredWorkspace } from './featured-letter.js';
import { largeWorkspace } from './large-letter.js';

const workspaces: { dir: string; cleanup: () => void }[] = [];
const pages: string[] = [];

async function htmlOf(ws: { dir: string }, out: string, args: string[]): Promise<void> {
  const result = await cliInProcess(['build', '--format', 'html', '--out', out, ...args], ws.dir);
  expect(result.code, result.stderr).toBe(0);
  for (const file of readdirSync(join(ws.dir, out))) pages.push(join(ws.dir, out, file));
}

beforeAll(async () => {
  const sample = sampleWorkspace();
  const featured = featuredWorkspace();
  const large = largeWorkspace('  group_by: country\n  numbered: true\n');
  // Sections, details, a collective addressee, no address block (test/fixtures/medicines).
  const medicines = tempWorkspace();
  cpSync(join(REPO, 'test', 'fixtures', 'medicines'), medicines.dir, { recursive: true });
  workspaces.push(sample, featured, large, medicines);
  await htmlOf(sample, 'single', ['--lang', 'en']);
  await htmlOf(sample, 'sequential', ['--bilingual', 'sequential']);
  await htmlOf(featured, 'single', ['--lang', 'en']);
  await htmlOf(featured, 'parallel', ['--bilingual', 'parallel']);
  await htmlOf(large, 'single', ['--lang', 'en']);
  await htmlOf(medicines, 'single', ['--lang', 'en']);
}, 300_000);

afterAll(() => {
  for (const ws of workspaces) ws.cleanup();
});

describe('the HTML of every edition', () => {
  it('builds the pages checked below', () => {
    // The sample (English, sequential), the featured letter (English, parallel), the large
    // one (English), and the 3 English letters of test/fixtures/medicines.
    expect(pages.map((path) => path.split('/').slice(-2).join('/')).filter((p) => /parallel|sequential/.test(p))).toHaveLength(2);
    expect(pages).toHaveLength(8);
  });

  it('has no error in the Nu HTML Checker', async () => {
    expect(await nuErrors(pages)).toEqual([]);
  }, 120_000);

  it('has no axe-core violation in Chromium', async () => {
    const browser = await drivenBrowser();
    try {
      const violations: string[] = [];
      const requests: string[] = [];
      for (const path of pages) {
        const page = await browser.newPage();
        // Offline: the pages are self-contained, so any request is a defect.
        await page.setRequestInterception(true);
        page.on('request', (req) => {
          if (req.url().startsWith('data:')) return void req.continue();
          requests.push(req.url());
          void req.abort();
        });
        await page.setContent(readFileSync(path, 'utf8'), { waitUntil: 'load' });
        violations.push(...(await axeViolations(page)).map((v) => `${path.split('/').slice(-2).join('/')}: ${v}`));
        await page.close();
      }
      expect(violations).toEqual([]);
      // setContent loads about:blank; nothing else may be fetched.
      expect(requests.filter((url) => url !== 'about:blank')).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 180_000);
});
