/**
 * Line-breaking refinements the browser does not make on its own. Chromium may break
 * a line before an em or en dash ("force\n—part"), which a typesetter avoids; and a
 * break at a dash or hyphen damages the text a PDF reader extracts: poppler joins
 * "high-\nprofile" into "highprofile" and turns "force\n—part" into "force —part".
 * Words joined by a dash or hyphen are therefore kept on one line, in a span that adds
 * no character to the text.
 */

/** A dash or hyphen with a non-space character on each side. */
const INNER_DASH = /[^\s\u2014\u2013-][\u2014\u2013-][^\s]/;
/** Longer runs (URLs, long compounds) may still break: unbreakable, they could overflow a narrow column. */
const MAX_KEPT = 32;

/** `html` with every "word—word", "word–word" and "word-word" wrapped in `<span class="nobr">`. Tags are left alone. */
export function keepDashesWithWords(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[^\s<>]+/g, (word) => (INNER_DASH.test(word) && word.replace(/\u00AD/g, '').length <= MAX_KEPT ? `<span class="nobr">${word}</span>` : word))))
    .join('');
}

/**
 * Typographic quotes in a plain text from the front matter (the body gets them from the
 * Markdown typographer): `"` and `'` become the language's opening or closing marks by
 * position, and an apostrophe inside a word becomes ’.
 */
export function smartQuotes(text: string, quotes: readonly [string, string, string, string]): string {
  const [dOpen, dClose, sOpen, sClose] = quotes;
  return text
    .replace(/(\p{L})'(\p{L})/gu, '$1’$2')
    .replace(/(^|[\s([{\u2014\u2013-])"/gu, `$1${dOpen}`)
    .replace(/"/g, dClose)
    .replace(/(^|[\s([{\u2014\u2013-])'/gu, `$1${sOpen}`)
    .replace(/'/g, sClose);
}
