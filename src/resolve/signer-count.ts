/**
 * The line under the signatory heading when a letter asks for `signing.count`:
 * "86 organizations and 12 individuals from 32 countries", in the letter's language,
 * with its plural rules (Intl.PluralRules) and digits (Intl.NumberFormat).
 */
import { formatNumber, joinList } from '../i18n/intl.js';
import { fill, type UiStrings } from '../i18n/strings.js';
import type { PrintedSigner } from './signatory-list.js';

/** A plural form map from the strings file: `{ one: "{n} country", other: "{n} countries" }`. */
type Plural = Record<string, string> & { other: string };

/** `n` in the form its plural category takes in `lang`, its digits as the language writes them. */
export function plural(forms: Plural, n: number, lang: string): string {
  const form = new Intl.PluralRules(lang).select(n);
  return fill(forms[form] ?? forms.other, { n: formatNumber(n, lang) });
}

export function signerCount(printed: readonly PrintedSigner[], lang: string, strings: UiStrings): string | undefined {
  if (printed.length === 0) return undefined;
  const organizations = printed.filter((s) => s.kind === 'organization').length;
  const individuals = printed.length - organizations;
  const countries = new Set(printed.flatMap((s) => (s.country ? [s.country] : []))).size;
  const parts = [
    ...(organizations ? [plural(strings.count_organizations, organizations, lang)] : []),
    ...(individuals ? [plural(strings.count_individuals, individuals, lang)] : []),
  ];
  const signers = joinList(parts, lang);
  return countries ? fill(strings.count, { signers, countries: plural(strings.count_countries, countries, lang) }) : signers;
}
