/**
 * printToPdf (src/pdf/print-to-pdf.ts) prints as puppeteer's page.pdf() does with the
 * options coalition used: the same PDF, byte for byte apart from the clock's time, which
 * Chromium writes as the creation date (metadata.ts replaces it with the letter's date).
 * A4 and Letter, a page size from CSS, web fonts and several pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printToPdf, type Paper } from '../../src/pdf/print-to-pdf.js';
import { drivenBrowser, type DrivenBrowser } from '../helpers.js';
import { fontFaceCss, servedFonts } from '../../src/render/fonts.js';

let browser: DrivenBrowser;
beforeAll(async () => {
  browser = await drivenBrowser();
}, 60_000);
afterAll(() => browser?.close());

/** Chromium's PDF with its clock dates (`D:20261206231913+00'00'`) made equal. */
const withoutClock = (pdf: Uint8Array) => Buffer.from(Buffer.from(pdf).toString('latin1').replace(/D:\d{14}[^)]*/g, 'D:'), 'latin1');

const html = (css: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Joint letter</title>
<style>${fontFaceCss('served')}\n${css} body { font-family: 'Source Serif 4'; }</style></head>
<body><h1>Joint letter</h1><p>We write to you about the dialogue.</p><h2>Signatories</h2>
${Array.from({ length: 80 }, (_, i) => `<p>Organization number ${i + 1}</p>`).join('')}</body></html>`;

describe('printToPdf', () => {
  for (const [paper, css] of [['letter', ''], ['a4', ''], ['letter', '@page { size: A5; margin: 2cm; }']] as [Paper, string][]) {
    it(`gives page.pdf()'s bytes: ${paper}${css ? `, ${css}` : ''}`, async () => {
      const page = await browser.newPage();
      const fonts = servedFonts();
      await page.setJavaScriptEnabled(false);
      await page.setRequestInterception(true);
      page.on('request', (req) => {
        const file = fonts.get(req.url());
        void (file ? req.respond({ status: 200, contentType: file.type, headers: { 'access-control-allow-origin': '*' }, body: file.body }) : req.abort());
      });
      const session = await page.createCDPSession();
      await page.setContent(html(css), { waitUntil: 'load' });
      const ours = await printToPdf(session, paper);
      await page.setContent(html(css), { waitUntil: 'load' });
      const puppeteers = await page.pdf({ format: paper, preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
      await page.close();
      expect(ours.length).toBeGreaterThan(5_000);
      expect(Buffer.from(ours).toString('latin1')).toContain('/FontFile2'); // the web font is in it
      expect(withoutClock(ours).equals(withoutClock(puppeteers))).toBe(true);
    }, 60_000);
  }
});
