/** The seed letter (test/fixtures/seed-letter.txt, copied from ../shared/seeds) split into the parts a PDF must reproduce. */
import { readFileSync } from 'node:fs';
import { SEED, normalizeSpace } from './helpers.js';

/** Web-page furniture around the letter in the seed's text dump. */
const PAGE_CHROME = [/^Skip to main content$/, /^Your tax deductible gift/, /^Region \/ Country/];

/** The seed's paragraphs, in order: title, date, addressees, greeting, body, list items, signers. */
export function seedParagraphs(): string[] {
  return readFileSync(SEED, 'utf8')
    .split(/\n/)
    .map((line) => normalizeSpace(line.replace(/^\s*•\s*/, '')))
    .filter((line) => line !== '' && !PAGE_CHROME.some((re) => re.test(line)));
}

/** PDF text without page furniture (footer page numbers, form feeds), whitespace collapsed. */
export function letterText(pdfText: string, pageLabel = /^(Page|Página) \d+ (of|de) \d+$/): string {
  return normalizeSpace(pdfText.split('\n').filter((line) => !pageLabel.test(line.trim())).join('\n').replace(/\f/g, '\n'));
}
