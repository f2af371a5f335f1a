/**
 * Reference pages: pages of the printed letters as small PNGs (50 dpi, poppler's
 * pdftoppm) in test/reference/, compared pixel by pixel with the same pages printed
 * now. At 50 dpi a changed word hardly shows, but a moved block, another margin, font,
 * size or colour does: on the sample's first page, 0.1rem more space under the date
 * changes 6.9 % of the pixels, the accent colour of the heading 0.6 %, the text colour
 * 2.3 %. The same build renders pixel-identical pages; the tolerance (with
 * pixelmatch's, which passes anti-aliased edges) is for another Chromium or poppler.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { expect } from 'vitest';
import { REFERENCE_DIR, UPDATING } from './layout-facts.js';

/** At most this share of a page's pixels may differ from its reference. */
export const PAGE_TOLERANCE = 0.0025;

/** Writes page `page` of `pdf` as `<base>.png`; returns its path. */
function renderPage(pdf: string, page: number, base: string): string {
  rmSync(`${base}.png`, { force: true });
  execFileSync('pdftoppm', ['-r', '50', '-f', String(page), '-l', String(page), '-singlefile', '-png', pdf, base]);
  return `${base}.png`;
}

/** Writes pages of `pdf` as `<name>-<page>.png` into test/reference/ (after an intended change). */
export function writeReferencePages(pdf: string, name: string, pages: readonly number[]): void {
  mkdirSync(REFERENCE_DIR, { recursive: true });
  for (const page of pages) renderPage(pdf, page, join(REFERENCE_DIR, `${name}-${page}`));
}

export interface PageComparison {
  page: number;
  /** Differing pixels over all pixels; 1 when the sizes differ. */
  differs: number;
  /** When over the tolerance: the page as printed now and an image of the differences, kept to look at. */
  now?: string;
  diff?: string;
}

/** Page `page` of `pdf` compared with test/reference/<name>-<page>.png. */
export function comparePage(pdf: string, name: string, page: number): PageComparison {
  const dir = mkdtempSync(join(tmpdir(), `coalition-reference-${name}-${page}-`));
  const now = renderPage(pdf, page, join(dir, 'now'));
  const actual = PNG.sync.read(readFileSync(now));
  const expected = PNG.sync.read(readFileSync(join(REFERENCE_DIR, `${name}-${page}.png`)));
  const { width, height } = expected;
  const diff = new PNG({ width, height });
  const differs = actual.width !== width || actual.height !== height ? 1
    : pixelmatch(actual.data, expected.data, diff.data, width, height, { threshold: 0.1 }) / (width * height);
  if (differs <= PAGE_TOLERANCE) {
    rmSync(dir, { recursive: true, force: true });
    return { page, differs };
  }
  writeFileSync(join(dir, 'diff.png'), PNG.sync.write(diff));
  return { page, differs, now, diff: join(dir, 'diff.png') };
}

/**
 * Page `page` of `pdf` looks as test/reference/<name>-<page>.png (UPDATE_REFERENCE=1
 * writes the reference instead: look at it before committing). On a difference the
 * message names the page printed now and the image of the differences.
 */
export function expectPageLikeReference(pdf: string, name: string, page: number): void {
  if (UPDATING) writeReferencePages(pdf, name, [page]);
  const result = comparePage(pdf, name, page);
  expect(result.differs, `${name} page ${page}: ${(result.differs * 100).toFixed(2)} % of the pixels differ; now: ${result.now}, differences: ${result.diff}`).toBeLessThanOrEqual(PAGE_TOLERANCE);
}
