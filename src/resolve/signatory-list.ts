/**
 * The printed signatory list for one language: who is printed (confirmed; pending
 * too in drafts; withdrawn never), how each name reads, in which order and groups.
 */
import { collator, countryName } from '../i18n/intl.js';
import { pick } from '../i18n/localized.js';
import { nameConvention, personSortKey, withoutArticle } from '../i18n/names.js';
import type { Signatory, Signing } from '../model/schema.js';
import type { Signer } from '../workspace/signers.js';

export interface PrintedSigner {
  id: string;
  /** The full line as printed ("Washington Office on Latin America (WOLA) / …"). */
  text: string;
  /** An individual's name alone; `detail` holds title and affiliation, so templates may put them on a second line. */
  name: string;
  detail?: string;
  kind: 'organization' | 'individual';
  pending: boolean;
  number?: number;
  country?: string;
  logo?: string;
}

export interface SignerGroup {
  /** The country's name in the letter's language; undefined when not grouped. */
  heading?: string;
  /** The group's ISO country code ("" for signers without a country); undefined when not grouped. */
  code?: string;
  signers: PrintedSigner[];
}

/**
 * The organization's name as printed in `lang` (formats.md, "Display name"):
 * names[lang] or name, then " (short)"; with `bilingual`, every distinct name,
 * the letter's language first, joined by " / ".
 */
export function displayName(entry: Signatory, lang: string): string {
  const withShort = (name: string) => (entry.short && entry.short !== name ? `${name} (${entry.short})` : name);
  const own = entry.names?.[lang] ?? entry.name;
  if (entry.kind === 'individual') {
    const parts = [entry.name, pick(entry.title, lang, 'en'), pick(entry.affiliation, lang, 'en')];
    return parts.filter((p): p is string => Boolean(p && p.trim())).join(', ');
  }
  if (!entry.bilingual) return withShort(own);
  const names = [own, entry.name, ...Object.values(entry.names ?? {})];
  return [...new Set(names)].map(withShort).join(' / ');
}

/** An individual splits into name and "Title, Affiliation"; an organization is all name. */
function nameAndDetail(entry: Signatory, lang: string): { name: string; detail?: string } {
  if (entry.kind !== 'individual') return { name: displayName(entry, lang) };
  const parts = [pick(entry.title, lang, 'en'), pick(entry.affiliation, lang, 'en')].filter((p): p is string => Boolean(p && p.trim()));
  return parts.length ? { name: entry.name, detail: parts.join(', ') } : { name: entry.name };
}

/**
 * What a signer sorts by: `sort_as`; else an individual's family name by their naming
 * convention (src/i18n/names.ts: "Zúñiga Aguilar, Pedro Ángel", "King, Martin Luther,
 * Jr."); else the printed name, without a leading article when the letter asks.
 */
export function sortKey(entry: Signatory, lang: string, ignoreArticles = false): string {
  if (entry.sort_as) return entry.sort_as;
  if (entry.kind === 'individual') return personSortKey(entry.name, nameConvention(entry.country, lang));
  const name = displayName(entry, lang);
  return ignoreArticles ? withoutArticle(name) : name;
}

export interface ListOptions {
  draft: boolean;
  noCountryHeading: string;
  /** Country names that win over CLDR's (the strings file's `countries:`). */
  countryNames?: Readonly<Record<string, string>>;
}

export function buildSignatoryList(
  signers: readonly Signer[],
  registry: ReadonlyMap<string, Signatory>,
  signing: Signing,
  lang: string,
  options: ListOptions,
): SignerGroup[] {
  const compare = collator(lang).compare;
  const printed = signers
    .filter((s) => s.status === 'confirmed' || (options.draft && s.status === 'pending'))
    .flatMap((s) => {
      const entry = registry.get(s.id);
      if (!entry) return [];
      return [{ signer: s, entry, key: sortKey(entry, lang, signing.ignore_articles) }];
    });
  if (signing.order === 'alphabetical') {
    printed.sort((a, b) => compare(a.key, b.key) || a.signer.index - b.signer.index);
  }
  const toPrinted = ({ signer, entry }: (typeof printed)[number]): PrintedSigner => ({
    id: signer.id,
    text: displayName(entry, lang),
    ...nameAndDetail(entry, lang),
    kind: entry.kind,
    pending: signer.status === 'pending',
    ...(entry.country ? { country: entry.country } : {}),
    ...(entry.logo ? { logo: entry.logo } : {}),
  });

  let groups: SignerGroup[];
  if (signing.group_by === 'country') {
    const byCountry = new Map<string, PrintedSigner[]>();
    for (const item of printed) {
      const code = item.entry.country ?? '';
      byCountry.set(code, [...(byCountry.get(code) ?? []), toPrinted(item)]);
    }
    const named = [...byCountry.entries()]
      .filter(([code]) => code !== '')
      .map(([code, list]) => ({ heading: countryName(code, lang, options.countryNames), code, signers: list }))
      .sort((a, b) => compare(a.heading, b.heading));
    const without = byCountry.get('');
    groups = without ? [...named, { heading: options.noCountryHeading, code: '', signers: without }] : named;
  } else {
    groups = printed.length ? [{ signers: printed.map(toPrinted) }] : [];
  }
  if (signing.numbered) {
    let n = 0;
    for (const group of groups) for (const signer of group.signers) signer.number = ++n;
  }
  return groups;
}
