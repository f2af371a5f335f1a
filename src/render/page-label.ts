/**
 * The page label's placeholders ("Page {page} of {pages}"). Each may name the digits it
 * is written in, `{page:arab}`, so that the two languages of a parallel edition's
 * footer number each side in its own digits ("صفحة ٢ من ٣ / Page 2 of 3"). The PDF's
 * counters (html.ts) and Word's fields (docx/word-document.ts) read them alike.
 */
import { numberingSystem } from '../i18n/intl.js';
import type { LetterView } from '../resolve/letter-view.js';

/** A run of the label's text, or a page number: this page's (`page`) or the count (`pages`), in `digits` when named. */
export type PageLabelPart = string | { field: 'page' | 'pages'; digits?: string };

/** "Page {page} of {pages:arab}" → "Page ", { field: 'page' }, " of ", { field: 'pages', digits: 'arab' }. */
export function pageLabelParts(template: string): PageLabelPart[] {
  return template
    .split(/(\{pages?(?::[a-z]+)?\})/)
    .filter((part) => part !== '')
    .map((part) => {
      const field = /^\{(pages?)(?::([a-z]+))?\}$/.exec(part);
      return field ? { field: field[1] as 'page' | 'pages', ...(field[2] ? { digits: field[2] } : {}) } : part;
    });
}

/**
 * The two languages' page labels, each placeholder naming its language's digits when
 * they differ ("صفحة {page:arab} من {pages:arab}", "Page {page:latn} of {pages:latn}"):
 * joined, the footer numbers each side in its own digits.
 */
export function pageLabelsInOwnDigits(a: LetterView, b: LetterView): [string, string] {
  const [x, y] = [numberingSystem(a.lang), numberingSystem(b.lang)];
  if (x === y) return [a.strings.page, b.strings.page];
  const mark = (template: string, system: string) => template.replace(/\{(pages?)\}/g, `{$1:${system}}`);
  return [mark(a.strings.page, x), mark(b.strings.page, y)];
}
