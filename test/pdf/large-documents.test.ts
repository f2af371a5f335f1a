/**
 * Large documents print alone, on a page that is closed afterwards (the renderer's
 * memory goes with it; docs/performance.md): mixed with small ones on one real
 * Chromium, every document still comes out whole, in its own PDF, and the session
 * goes on printing afterwards.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LARGE_DOCUMENT, Printer } from '../../src/pdf/printer.js';
import { pdfInfo, pdfText, tempWorkspace } from '../helpers.js';

const ws = tempWorkspace();
afterAll(() => ws.cleanup());

const page = (title: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;
const small = (n: number) => page(`Small letter ${n}`, `<p>We write to you, number ${n}.</p>`);
const large = page('Large letter', Array.from({ length: 2000 }, (_, i) => `<p>Signatory number ${i + 1}, an organization from somewhere</p>`).join(''));

function save(name: string, pdf: Uint8Array): string {
  const path = join(ws.dir, `${name}.pdf`);
  writeFileSync(path, pdf);
  return path;
}

describe('printing large and small documents together', () => {
  it('prints each one whole, and keeps printing after a large one', async () => {
    expect(large.length).toBeGreaterThan(LARGE_DOCUMENT); // the test really takes the large path
    const printer = new Printer();
    try {
      printer.warmUp();
      const metadata = { title: 'A letter', author: 'Us', subject: 'Them', keywords: [], lang: 'en', date: '2024-03-15' };
      const request = (html: string) => printer.print({ html, paper: 'letter', timeout: 60_000, metadata });
      const [a, big, b, c] = await Promise.all([request(small(1)), request(large), request(small(2)), request(small(3))]);
      const after = await request(small(4));

      const bigPath = save('large', big!.pdf);
      expect(Number(pdfInfo(bigPath).Pages)).toBeGreaterThan(20);
      const text = pdfText(bigPath);
      expect(text).toContain('Signatory number 1,');
      expect(text).toContain('Signatory number 2000,');
      for (const [n, printed] of [[1, a], [2, b], [3, c], [4, after]] as const) {
        const path = save(`small-${n}`, printed!.pdf);
        expect(pdfInfo(path).Pages).toBe('1');
        expect(pdfText(path)).toContain(`We write to you, number ${n}.`);
      }
    } finally {
      await printer.close();
    }
  }, 120_000);
});
