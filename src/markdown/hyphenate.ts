/**
 * Hyphenation by language: Liang's TeX patterns (npm `hyphen`) put soft hyphens into
 * the text of an HTML fragment, tags untouched. Chromium on Linux ships no hyphenation
 * dictionaries, so CSS `hyphens: auto` alone does nothing when printing.
 *
 * Chromium copies soft hyphens into the PDF's text layer, so copied text carries
 * invisible U+00AD characters; this is why hyphenation is on by default only where the
 * measure is narrow (parallel editions) and a letter opts in with `hyphenate: true`.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageFolder } from '../package-root.js';

type HyphenateSync = (text: string, options?: { minWordLength?: number }) => string;

const require = createRequire(import.meta.url);
const cache = new Map<string, HyphenateSync | null>();

/** Words shorter than this are never broken: short words leave small gaps anyway. */
const MIN_WORD_LENGTH = 8;

/** The pattern set for `lang` ("pt-BR" → pt), or undefined when `hyphen` has none. */
function hyphenatorFor(lang: string): HyphenateSync | undefined {
  const base = lang.toLowerCase().split('-')[0]!;
  if (!/^[a-z]{2,3}$/.test(base)) return undefined;
  if (!cache.has(base)) {
    try {
      cache.set(base, (require(join(packageFolder('hyphen'), base)) as { hyphenateSync: HyphenateSync }).hyphenateSync);
    } catch {
      cache.set(base, null);
    }
  }
  return cache.get(base) ?? undefined;
}

/** The fragment with soft hyphens in its long words; unchanged for a language without patterns. */
export function hyphenateHtml(html: string, lang: string): string {
  const hyphenate = hyphenatorFor(lang);
  if (!hyphenate) return html;
  // Entities such as &amp; stay whole: split them out and hyphenate only the text between.
  return html
    .split(/(<[^>]*>|&[#a-z0-9]+;)/i)
    .map((part, i) => (i % 2 === 1 || !part.trim() ? part : hyphenate(part, { minWordLength: MIN_WORD_LENGTH })))
    .join('');
}
