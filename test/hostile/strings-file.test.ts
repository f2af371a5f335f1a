/**
 * A workspace's strings file (templates/i18n/<lang>.yaml) is data wherever its values
 * land: HTML text, attributes, and the CSS strings of the page margins inside a
 * `<style>` block, where `</style>` would otherwise end the style and start markup.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, pdfText, sampleWorkspace } from '../helpers.js';

const ESCAPE = `</style><script>fetch('http://127.0.0.1:9/x')</script><style>`;
const STRINGS = `draft: "DRAFT${ESCAPE}"
page: "${ESCAPE}Page {page} of {pages}"
pending: "</span><script>1</script>"
subject_label: "<script>2</script>"
signatories_label: "\\"><script>3</script>"
cc_label: "cc</p><img src=x onerror=alert(4)>"
`;

let ws: ReturnType<typeof sampleWorkspace>;
beforeAll(() => {
  ws = sampleWorkspace();
  mkdirSync(join(ws.dir, 'templates', 'i18n'), { recursive: true });
  writeFileSync(join(ws.dir, 'templates', 'i18n', 'en.yaml'), STRINGS);
});
afterAll(() => ws.cleanup());

describe('values from a strings file', () => {
  it('stay text in the HTML, single and combined, and still print', async () => {
    for (const args of [['--lang', 'en'], ['--bilingual', 'sequential']]) {
      const result = await cli(['build', '--draft', ...args], { cwd: ws.dir });
      expect(result.stderr).not.toMatch(/internal error/);
      expect(result.code).toBe(0);
    }
    const out = join(ws.dir, 'out');
    const pages = readdirSync(out).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const name of pages) {
      const html = readFileSync(join(out, name), 'utf8');
      expect(html, name).not.toMatch(/<script|<img src=x|onerror=/i);
      // Every style block closes exactly where the template closes it.
      expect(html.split('<style>').length, name).toBe(html.split('</style>').length);
    }
    // The draft mark (letter-spaced, hence no blanks compared) prints the value as written: it is text.
    const text = pdfText(join(out, '2022-10-12-us-mexico-security-dialogue.en.pdf')).replace(/\s+/g, '');
    expect(text).toContain(`DRAFT${ESCAPE}`.replace(/\s+/g, ''));
    expect(text).toContain(`${ESCAPE}Page2of`);
  });
});
