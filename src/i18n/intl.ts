/**
 * Language rules, all through `Intl`: calendar dates, list joining, collation and
 * country names. Formatters are cached: a letter with 2,000 signers asks thousands
 * of times.
 */

const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/**
 * The locale `Intl` formats `lang`'s numbers and dates with: `lang` itself, except a
 * letter in plain `ar`, which takes Arabic-Indic digits (٠١٢٣, `-u-nu-arab`). CLDR 48
 * (Node 20's ICU 78) gives bare `ar` Latin digits; Arabic letters to ministries and the
 * UN's Arabic documents use Arabic-Indic ones, as CLDR gives ar-EG, ar-SA, ar-LB…. A
 * regional letter takes its region's digits as CLDR says (Latin in ar-MA, ar-TN,
 * ar-DZ, ar-AE), and a tag that names its digits (`ar-u-nu-latn`) keeps them.
 */
export function numberLocale(lang: string): string {
  return lang.toLowerCase() === 'ar' ? 'ar-u-nu-arab' : lang;
}

/** The digits `lang` writes numbers with, CLDR's numbering system: `latn` (0123), `arab` (٠١٢٣)… */
export function numberingSystem(lang: string): string {
  return cached(`nu:${lang}`, () => {
    try {
      return new Intl.NumberFormat(numberLocale(lang)).resolvedOptions().numberingSystem;
    } catch {
      return 'latn';
    }
  });
}

/** `n` in `lang`'s digits, without grouping separators: a page or list number ("١٢"). */
export function formatDigits(n: number, lang: string): string {
  return cached(`digits:${lang}`, () => new Intl.NumberFormat(numberLocale(lang), { useGrouping: false })).format(n);
}

/** `n` as `lang` writes a count ("1,250", "١٬٢٥٠"). */
export function formatNumber(n: number, lang: string): string {
  return cached(`number:${lang}`, () => new Intl.NumberFormat(numberLocale(lang))).format(n);
}

/**
 * "2022-10-12" → "October 12, 2022" / "12 de octubre de 2022". The date is a calendar
 * date, not an instant: it is formatted in UTC so every time zone prints the same day.
 * `firstDay` is how the language writes the first of a month where it is an ordinal
 * ("1er octobre", "1º de outubro"); CLDR prints a bare "1".
 */
export function formatCalendarDate(isoDate: string, lang: string, firstDay?: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const format = cached(`date:${lang}`, () => new Intl.DateTimeFormat(numberLocale(lang), { dateStyle: 'long', timeZone: 'UTC' }));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (d !== 1 || !firstDay) return format.format(date);
  return format.formatToParts(date).map((part) => (part.type === 'day' ? firstDay : part.value)).join('');
}

/**
 * "1er octobre 2022" → "1", "er" (superior), " octobre 2022": the letters of a
 * typographic ordinal the dates print ("1er", "1re"), for writers that can set them
 * superior. "1º" needs nothing: º is itself a superior letter.
 */
export function ordinalPieces(text: string): { text: string; superior?: true }[] {
  return text.split(/(?<=(?:^|[^\p{L}\p{N}])1)(er|re)(?=$|[\s\u00a0\u202f,.])/u)
    .map((piece, i) => (i % 2 ? { text: piece, superior: true as const } : { text: piece }))
    .filter((piece) => piece.text !== '');
}

/** Joins with the language's conjunction; Spanish "y" becomes "e" before an i-sound. */
export function joinList(items: readonly string[], lang: string): string {
  return cached(`list:${lang}`, () => new Intl.ListFormat(lang, { type: 'conjunction', style: 'long' })).format(items);
}

/** The language's collation: in Spanish "Ñ" is its own letter after "N"; in English it is not. */
export function collator(lang: string): Intl.Collator {
  return cached(`collator:${lang}`, () => new Intl.Collator(lang, { sensitivity: 'variant', numeric: true }));
}

/**
 * ISO 3166-1 alpha-2 code → the country's name in `lang` ("MX" → "Mexico" / "México").
 * `names` (the strings file's `countries:`) wins over CLDR, whose short forms
 * ("Congo - Kinshasa", "Hong Kong SAR China") are for menus, not letters.
 */
export function countryName(code: string, lang: string, names?: Readonly<Record<string, string>>): string {
  const own = names?.[code];
  if (own) return own;
  try {
    return cached(`region:${lang}`, () => new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' })).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Whether `text` ends with a country's name in `lang` ("Prime Minister of Sweden"):
 * the office of a country, which an English address block prints after the name.
 */
export function endsWithCountryName(text: string, lang: string, names?: Readonly<Record<string, string>>): boolean {
  const all = cached(`country-names:${lang}:${JSON.stringify(names ?? {})}`, () => {
    const found = new Set<string>();
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const name = countryName(code, lang, names);
        if (name !== code) found.add(name.toLowerCase());
      }
    }
    return found;
  });
  const words = text.trim().replace(/[.,;:]+$/, '').toLowerCase().split(/\s+/);
  for (let n = 1; n <= Math.min(4, words.length - 1); n++) {
    if (all.has(words.slice(-n).join(' '))) return true;
  }
  return false;
}

/** A language's name in itself, capitalized: "en" → "English", "es" → "Español". */
export function languageName(lang: string): string {
  return cached(`language:${lang}`, () => {
    try {
      const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
      return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
    } catch {
      return lang;
    }
  });
}

/**
 * Today's calendar date where the user is, `YYYY-MM-DD`: what `new` dates a letter,
 * what `sign` records, and what `check` compares a letter's date with.
 */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
