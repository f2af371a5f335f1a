/**
 * Comparable forms of names: case, accents, punctuation and spacing ignored, so that
 * "Amnistía Internacional – México" and "amnistia internacional mexico" are one key.
 * Also: turning a name into a registry id.
 */

export function nameKey(text: string): string {
  // Plain ASCII (most names in an English registry) has no accents to strip: a cheaper path.
  if (!/[^\x00-\x7f]/.test(text)) {
    return text.toLowerCase().replace(/([a-z])'(?=[a-z])/g, '$1').replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, ' ').trim();
  }
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    // "Women's" and "Women’s" are "womens": an apostrophe joins a word, it does not split it.
    .replace(/(\p{L})['’](?=\p{L})/gu, '$1')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const STOP_WORDS = new Set(['the', 'of', 'for', 'and', 'on', 'in', 'a', 'de', 'del', 'la', 'el', 'los', 'las', 'y', 'e', 'en', 'para', 'por', 'a', 'al']);

/** "Trade Justice Network" → "trade-justice-network"; long names keep their first significant words. */
function slugify(name: string, maxWords = 5): string {
  const words = nameKey(name).replace(/ and /g, ' ').split(' ').filter(Boolean);
  const significant = words.length > maxWords ? words.filter((w) => !STOP_WORDS.has(w)) : words;
  return significant.slice(0, maxWords).join('-').replace(/[^a-z0-9-]/g, '').replace(/-+/g, '-').replace(/^-|-$/g, '');
}

/**
 * An id for a new entry: its acronym when it has a short one-word form ("WOLA" → "wola"),
 * else the slug of its name; made unique with -2, -3… against `taken`.
 */
export function suggestId(name: string, short: string | undefined, taken: (id: string) => boolean): string {
  const fromShort = short && short.length <= 16 ? slugify(short) : '';
  const base = fromShort || slugify(name) || 'signatory';
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}
