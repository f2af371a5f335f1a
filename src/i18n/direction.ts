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
