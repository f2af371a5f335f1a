/**
 * The printed signatory list for one language: who is printed (confirmed; pending
 * too in drafts; withdrawn never), how each name reads, in which sections, order and
 * groups. A `{ group: … }` item of `signatories:` starts a section; signers are sorted
 * and grouped within their section, sections keep the letter's order, and numbers run
 * across all of them.
 */
import { collator, countryName } from '../i18n/intl.js';
import { pick, pickOwn } from '../i18n/localized.js';
import { nameConvention, personSortKey, withoutArticle } from '../i18n/names.js';
import { isSectionStart, type DetailField, type Localized, type SignatoriesItem, type Signatory, type Signing } from '../model/schema.js';
import type { Signer } from '../workspace/signers.js';

export interface PrintedSigner {
  id: string;
  /** The full line as printed ("Washington Office on Latin America (WOLA) / …"). */
  text: string;
  /** An individual's name alone; `detail` holds title and affiliation, so templates may put them on a second line. */
  name: string;
  detail?: string;
  /** An individual's lines under the name (title, then each affiliation line), when the registry gives the affiliation as lines. */
  lines?: string[];
  kind: 'organization' | 'individual';
  pending: boolean;
  number?: number;
  country?: string;
  logo?: string;
  /** What `signing.details` asks for, in that order ("Mexico City", "Mexico"): printed after the name. */
  details?: string[];
}

export interface SignerGroup {
  /** The country's name in the letter's language; undefined when not grouped. */
  heading?: string;
  /** The group's ISO country code ("" for signers without a country); undefined when not grouped. */
  code?: string;
  /** The heading repeated where the group continues in the next column or page: "Honduras (cont.)". */
  continued?: string;
  signers: PrintedSigner[];
}

export interface SignerSection {
  /** The section's heading ("National organizations:"); undefined before the first `{ group: … }`. */
  heading?: string;
  groups: SignerGroup[];
}

/** Where a `{ group: … }` item stands in `signatories:`, and its heading. */
export interface SectionMark {
  index: number;
  heading: Localized;
}

/** The section starts of a `signatories:` list. */
export function sectionMarks(items: readonly SignatoriesItem[]): SectionMark[] {
  return items.flatMap((item, index) => (isSectionStart(item) ? [{ index, heading: item.group }] : []));
}

/**
 * The organization's name as printed in `lang` (formats.md, "Display name"):
 * names[lang] or name, then " (short)"; with `bilingual`, every distinct name,
 * the letter's language first, joined by " / ".
 */
export function displayName(entry: Signatory, lang: string): string {
  const withShort = (name: string) => (entry.short && entry.short !== name ? `${name} (${entry.short})` : name);
  // A region reads its base language's name ("es" for es-MX).
  const own = pickOwn(entry.names, lang) ?? entry.name;
  if (entry.kind === 'individual') {
    const { name, detail } = nameAndDetail(entry, lang);
    return detail ? `${name}, ${detail}` : name;
  }
  if (!entry.bilingual) return withShort(own);
  const names = [own, entry.name, ...Object.values(entry.names ?? {})];
  return [...new Set(names)].map(withShort).join(' / ');
}

/**
 * An individual splits into the name line (the name, and the `role` after it: "Jane Roe,
 * Chair") and "Title, Affiliation"; an affiliation written as lines also gives `lines`,
 * the title and each affiliation line, printed one under another. An organization is all name.
 */
function nameAndDetail(entry: Signatory, lang: string): { name: string; detail?: string; lines?: string[] } {
  if (entry.kind !== 'individual') return { name: displayName(entry, lang) };
  const text = (value: Localized | undefined) => pick(value, lang, 'en')?.trim() || undefined;
  const role = text(entry.role);
  const name = role ? `${entry.name}, ${role}` : entry.name;
  const affiliation = Array.isArray(entry.affiliation) ? entry.affiliation.map(text) : [text(entry.affiliation)];
  const parts = [text(entry.title), ...affiliation].filter((p): p is string => Boolean(p));
  if (!parts.length) return { name };
  return { name, detail: parts.join(', '), ...(Array.isArray(entry.affiliation) ? { lines: parts } : {}) };
}

/**
 * What a signer sorts by: `sort_as`; else an individual's family name by their naming
 * convention (src/i18n/names.ts: "Zúñiga Aguilar, Pedro Ángel", "King, Martin Luther,
 * Jr."); else the printed name, without a leading article when the letter asks.
 */
export function sortKey(entry: Signatory, lang: string, ignoreArticles = false, articles?: readonly string[]): string {
  if (entry.sort_as) return entry.sort_as;
  if (entry.kind === 'individual') return personSortKey(entry.name, nameConvention(entry.country, lang));
  const name = displayName(entry, lang);
  return ignoreArticles ? withoutArticle(name, articles) : name;
}

export interface ListOptions {
  draft: boolean;
  /** The heading of the signers without a country (`signing.no_country_heading`); without it they come last with none. */
  noCountryHeading?: string;
  /** The letter language's articles (`articles:` of its strings), for `signing.ignore_articles`. */
  articles?: readonly string[];
  /** Country names that win over CLDR's (the strings file's `countries:`). */
  countryNames?: Readonly<Record<string, string>>;
  /** Section starts (default: none, one unnamed section). */
  sections?: readonly SectionMark[];
  /** "{heading} (cont.)": the repeated heading of a continued group. */
  continued?: string;
  /** The language's typography for names, headings and details (typesetText with its rules), as the body gets. */
  typeset?: (text: string) => string;
  /** The letter's primary language: a section heading's fallback. */
  primary?: string;
}

/** Who the list prints, named or not: confirmed signers, and pending ones in drafts (withdrawn never). */
export function isPrinted(signer: Signer, draft: boolean): boolean {
  return signer.status === 'confirmed' || (draft && signer.status === 'pending');
}

/**
 * The signers who would be printed but asked not to be named (`publish: false`): the
 * count of "and N organizations that asked not to be named". Not looked up in the
 * registry: a release's snapshot keeps no entry (no name) for them, only the count.
 */
export function unnamedCount(signers: readonly Signer[], draft: boolean): number {
  return signers.filter((s) => s.publish === false && isPrinted(s, draft)).length;
}

/** The only characters typesetText changes (quotes, apostrophes, guillemets, ; : ! ?): most names have none. */
const TYPESET_MARKS = /['"«»;:!?]/;

export function buildSignatoryList(
  signers: readonly Signer[],
  registry: ReadonlyMap<string, Signatory>,
  signing: Signing,
  lang: string,
  options: ListOptions,
): SignerGroup[] {
  return buildSignatorySections(signers, registry, signing, lang, options).flatMap((s) => s.groups);
}

/** The list in its sections, each sorted and grouped on its own; numbers run across sections. */
export function buildSignatorySections(
  signers: readonly Signer[],
  registry: ReadonlyMap<string, Signatory>,
  signing: Signing,
  lang: string,
  options: ListOptions,
): SignerSection[] {
  const compare = collator(lang).compare;
  const setter = options.typeset;
  // Skip the typesetter's passes for the many names it would leave as they are.
  const typeset = (text: string) => (setter && TYPESET_MARKS.test(text) ? setter(text) : text);
  const marks = [...(options.sections ?? [])].sort((a, b) => a.index - b.index);
  const sectionOf = (index: number) => {
    let section = 0;
    while (section < marks.length && marks[section]!.index < index) section++;
    return section;
  };
  const bySection: { signer: Signer; entry: Signatory; key: string }[][] = Array.from({ length: marks.length + 1 }, () => []);
  for (const s of signers) {
    if (!isPrinted(s, options.draft) || s.publish === false) continue;
    const entry = registry.get(s.id);
    if (entry) bySection[sectionOf(s.index)]!.push({ signer: s, entry, key: sortKey(entry, lang, signing.ignore_articles, options.articles) });
  }
  const toPrinted = ({ signer, entry }: { signer: Signer; entry: Signatory }): PrintedSigner => {
    const { name, detail, lines } = nameAndDetail(entry, lang);
    const details = (signing.details ?? []).flatMap((field) => detailText(entry, field, lang, options) ?? []).map(typeset);
    return {
      id: signer.id,
      text: typeset(displayName(entry, lang)),
      name: typeset(name),
      ...(detail !== undefined ? { detail: typeset(detail) } : {}),
      ...(lines ? { lines: lines.map(typeset) } : {}),
      kind: entry.kind,
      pending: signer.status === 'pending',
      ...(entry.country ? { country: entry.country } : {}),
      ...(entry.logo ? { logo: entry.logo } : {}),
      ...(details.length ? { details } : {}),
    };
  };

  const sections: SignerSection[] = [];
  bySection.forEach((printed, i) => {
    if (printed.length === 0) return;
    if (signing.order === 'alphabetical') {
      printed.sort((a, b) => compare(a.key, b.key) || a.signer.index - b.signer.index);
    }
    const heading = i === 0 ? undefined : pick(marks[i - 1]!.heading, lang, options.primary);
    const groups = groupsOf(printed, signing, lang, options, toPrinted).map((g) => (g.heading === undefined ? g : {
      ...g,
      heading: typeset(g.heading),
      ...(g.continued !== undefined ? { continued: typeset(g.continued) } : {}),
    }));
    sections.push({ ...(heading ? { heading: typeset(heading) } : {}), groups });
  });
  if (signing.numbered) {
    let n = 0;
    for (const section of sections) for (const group of section.groups) for (const signer of group.signers) signer.number = ++n;
  }
  return sections;
}

/** One section's signers, in groups by country (titled in the letter's language, without a country last) or in one group. */
function groupsOf<T extends { entry: Signatory }>(
  printed: readonly T[],
  signing: Signing,
  lang: string,
  options: ListOptions,
  toPrinted: (item: T) => PrintedSigner,
): SignerGroup[] {
  if (signing.group_by !== 'country') return [{ signers: printed.map(toPrinted) }];
  const compare = collator(lang).compare;
  const byCountry = new Map<string, PrintedSigner[]>();
  for (const item of printed) {
    const code = item.entry.country ?? '';
    const list = byCountry.get(code);
    if (list) list.push(toPrinted(item));
    else byCountry.set(code, [toPrinted(item)]);
  }
  const named = [...byCountry.entries()]
    .filter(([code]) => code !== '')
    .map(([code, signers]) => ({ heading: countryName(code, lang, options.countryNames), code, signers }))
    .sort((a, b) => compare(a.heading, b.heading));
  const without = byCountry.get('');
  // Without a country, last: under the letter's own heading, or none ("Other countries" would say they come from one).
  const last: SignerGroup[] = !without ? [] : options.noCountryHeading ? [{ heading: options.noCountryHeading, code: '', signers: without }] : [{ code: '', signers: without }];
  const groups: SignerGroup[] = [...named, ...last];
  return groups.map((g) => (options.continued && g.heading !== undefined ? { ...g, continued: options.continued.replace('{heading}', g.heading) } : g));
}

/** A registry field named in `signing.details`, as printed in `lang`. */
function detailText(entry: Signatory, field: DetailField, lang: string, options: ListOptions): string | undefined {
  if (field === 'country') return entry.country ? countryName(entry.country, lang, options.countryNames) : undefined;
  const text = pick(entry[field], lang, 'en')?.trim();
  return text || undefined;
}
