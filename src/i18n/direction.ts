/**
 * Which way a language's text runs. Arabic, Hebrew, Persian, Urdu and the other
 * languages written in right-to-left scripts set `dir="rtl"` on the page, on each
 * passage of a bilingual edition and on the site's pages, and Word's bidirectional
 * paragraphs and runs: the same list for HTML, PDF and Word.
 */
import { baseLanguage } from './strings.js';

const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'dv', 'ku', 'sd', 'ug']);

export type TextDirection = 'rtl' | 'ltr';

/** "ar", "ar-MA", "he" → rtl; everything else ltr. */
export function textDirection(lang: string): TextDirection {
  return RIGHT_TO_LEFT.has(baseLanguage(lang).toLowerCase()) ? 'rtl' : 'ltr';
}

/** Letters of the right-to-left scripts (Arabic, Hebrew, Syriac, Thaana, N'Ko, Samaritan, Mandaic, Adlam). */
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u;

/**
 * The direction of `text`'s first letter, as Unicode's bidi algorithm finds a
 * paragraph's (UAX #9, P2): undefined when it has no letter.
 */
export function firstStrongDirection(text: string): TextDirection | undefined {
  const letter = /\p{L}/u.exec(text)?.[0];
  if (letter === undefined) return undefined;
  return RTL_LETTER.test(letter) ? 'rtl' : 'ltr';
}

/**
 * Whether `text` printed in a `lang` page needs isolating (`<bdi>`): it starts in the
 * other direction, as a Latin name in an Arabic letter does ("Human Rights Watch Inc."
 * would otherwise print its full stop at its left end).
 */
export function needsIsolation(text: string, lang: string): boolean {
  const own = firstStrongDirection(text);
  return own !== undefined && own !== textDirection(lang);
}
