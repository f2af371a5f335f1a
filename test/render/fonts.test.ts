/**
 * The bundled faces as a page gets them (src/render/fonts.ts): the served files the
 * printer answers by address, read per package on first request; and a render for
 * problems only (`check`), which carries no faces at all.
 */
import { describe, expect, it } from 'vitest';
import { FONT_CSS_MARK, fontFaceCss, servedFonts, withFontFaces } from '../../src/render/fonts.js';

const addresses = (css: string) => [...css.matchAll(/url\("([^"]+)"\)/g)].map((m) => m[1]!);

describe('the faces a printing page asks for', () => {
  it('answers every file the served CSS of a Chinese, an Arabic and an English page names, with a WOFF2 font', () => {
    const pages = [
      '<html lang="zh"><body>我们致函</body></html>',
      '<html lang="ar"><body>نكتب إليكم</body></html>',
      '<html lang="en"><body>We write to you</body></html>',
    ];
    const fonts = servedFonts();
    for (const page of pages) {
      const urls = addresses(fontFaceCss('served', page));
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) expect(Buffer.from(fonts.get(url)!.body).subarray(0, 4).toString('latin1'), url).toBe('wOF2');
    }
  });

  it('answers nothing outside the bundled faces: another address, or a file of no bundled package', () => {
    const fonts = servedFonts();
    expect(fonts.get('http://fonts.invalid/other-font-400-normal.woff2')).toBeUndefined();
    expect(fonts.get('https://example.org/source-serif-4-latin-400-normal.woff2')).toBeUndefined();
  });

  it('counts every face of every bundled package', () => {
    expect(servedFonts().size).toBe(addresses(fontFaceCss('served')).length);
  });
});

describe('a page rendered only for its problems', () => {
  it('gets no @font-face, and the mark is gone', () => {
    const page = `<html lang="en"><head><style>${FONT_CSS_MARK}</style></head><body>We write</body></html>`;
    expect(withFontFaces(page, 'none')).toBe('<html lang="en"><head><style></style></head><body>We write</body></html>');
    expect(withFontFaces(page, 'served')).toContain('@font-face');
  });
});
