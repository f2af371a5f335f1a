/**
 * Layout facts of a printed PDF, read back with poppler: the page count and the page
 * on which each marked passage starts. Comparing them with test/reference/ catches
 * layout regressions (a section moving to another page, an extra page) in words; the
 * reference pages (reference-pages.ts) catch what only shows in pixels.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeSpace, pdfInfo, REPO } from '../helpers.js';

export const REFERENCE_DIR = join(REPO, 'test', 'reference');
export const FACTS_FILE = join(REFERENCE_DIR, 'layout-facts.json');
/** `UPDATE_REFERENCE=1 npx vitest run test/layout` rewrites the facts and the reference pages. */
export const UPDATING = process.env.UPDATE_REFERENCE === '1';

export interface LayoutFacts {
  pages: number;
  /** Marker text → the first page (1-based) on which it appears; 0 when absent. */
  starts: Record<string, number>;
}

/** Page text as a reader would search it: soft hyphens gone, words broken at a line end joined. */
export function searchable(text: string): string {
  return normalizeSpace(text.replace(/\u00AD/g, '').replace(/\u2010\s+/g, ''));
}

/** The text of each page, whitespace collapsed, hyphenation undone. */
export function pageTexts(pdf: string): string[] {
  const pages = Number(pdfInfo(pdf).Pages);
  return Array.from({ length: pages }, (_, i) =>
    searchable(execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' })),
  );
}

export function layoutFacts(pdf: string, markers: readonly string[]): LayoutFacts {
  const texts = pageTexts(pdf);
  return {
    pages: texts.length,
    starts: Object.fromEntries(markers.map((m) => [m, texts.findIndex((t) => t.includes(m)) + 1])),
  };
}

export function readReference(): Record<string, LayoutFacts> {
  return existsSync(FACTS_FILE) ? (JSON.parse(readFileSync(FACTS_FILE, 'utf8')) as Record<string, LayoutFacts>) : {};
}

export function writeReference(facts: Record<string, LayoutFacts>): void {
  mkdirSync(REFERENCE_DIR, { recursive: true });
  const sorted = Object.fromEntries(Object.entries(facts).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(FACTS_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
}
