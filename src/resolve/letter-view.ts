/**
 * Everything a template needs to print one letter in one language: the front matter
 * resolved to that language, the body as safe HTML, the signatory list laid out,
 * and the PDF metadata. Templates receive this object (documented in docs/templates.md).
 */
import { endsWithCountryName, formatCalendarDate, formatDigits, languageName } from '../i18n/intl.js';
import { buildGreeting } from '../i18n/greeting.js';
import type { GenderEvidence } from '../i18n/gender.js';
import { pick, pickOwn } from '../i18n/localized.js';
import { fill, type UiStrings } from '../i18n/strings.js';
import type { Addressee, Representative, ResolvedFrontMatter, Signatory } from '../model/schema.js';
import { hyphenateHtml } from '../markdown/hyphenate.js';
import { numberParagraphs } from '../markdown/numbered-paragraphs.js';
import { renderMarkdown, type ImageResolution, type RenderProblem } from '../markdown/markdown.js';
import { keepDashesWithWords, LEVEL_QUOTES, typeRules, typesetHtml, typesetText } from '../markdown/typography.js';
import { buildSignatorySections, displayName, sectionMarks, unnamedCount, type SignerGroup, type SignerSection } from './signatory-list.js';
import { plural, signerCount } from './signer-count.js';
import type { Signer } from '../workspace/signers.js';

export interface AddresseeView {
  name: string;
  title?: string;
  honorific?: string;
  /** The lines printed for this addressee ("U.S. Secretary of State Antony Blinken"). */
  lines: string[];
  address: string[];
  /** A collective addressee ("Members of the Committee"), printed as written. */
  collective?: true;
}

/** One cc entry as printed: its lines (a name, or honorific, name and title), then its address lines. */
export interface CcView {
  lines: string[];
  address: string[];
}

/** A representative signing by name (`signing.representatives`): name, title and organization, each on its own line. */
export interface RepresentativeView {
  name: string;
  title?: string;
  organization?: string;
  /** The lines printed, in order: name, title, organization (those that exist). */
  lines: string[];
}

export interface LetterheadView {
  name: string;
  /** A `data:` URL. */
  logo?: string;
  lines: string[];
}

export interface LogoView {
  /** A `data:` URL. */
  src: string;
  /** The signer's printed name: the image's alternative text. */
  alt: string;
}

export interface LetterView {
  lang: string;
  /** Every language in this document: `[lang]`, or both languages of a combined edition. */
  langs: string[];
  /** The language's own name ("English", "Español"). */
  langName: string;
  letterhead?: LetterheadView;
  title: string;
  /** Whether the title prints as the letter's heading (`title_block: false`: not; the title stays metadata). */
  titleBlock: boolean;
  date: string;
  dateText: string;
  place?: string;
  /** What the dateline prints before the date: "Genève, le ", "Washington, D.C., ". */
  placeLead?: string;
  /** What the dateline prints after the date, from `strings.dateline`: "." of "{place} {date}.". */
  dateTrail?: string;
  /** The whole dateline as printed: "Canberra, 12 March 2018." */
  dateline: string;
  /** The reference line printed above the addressees (`reference:`), as written. */
  reference?: string;
  paper: 'letter' | 'a4';
  subject?: string;
  /** The addressee block; empty when the letter says `address_block: false`. */
  to: AddresseeView[];
  /** The cc list, one line per entry (its name lines joined with ", "; no address): what templates written before `ccEntries` print. */
  cc: string[];
  /** The cc entries with every line they print: name lines, then address lines. */
  ccEntries: CcView[];
  /** Where the cc block prints: under the addressees, or after the signatures (`end`). */
  ccPosition: 'after-addressees' | 'end';
  greeting?: string;
  /** Sanitized HTML of the body. */
  body: string;
  closing?: string;
  /** The translation note in this language, and where it is printed. */
  translationNote?: { text: string; at: 'top' | 'end' };
  signing: {
    heading?: string;
    /** A phrase of its own, printed on its own line: "Firmantes al 12 de octubre de 2022". */
    asOf?: string;
    /** "Signatory list updated December 3, 2022", when `signing.updated` is set. */
    updated?: string;
    note?: string;
    numbered: boolean;
    /** Every group of the list, across sections, in order: what templates written before sections read. */
    groups: SignerGroup[];
    /** The list in its sections (one unnamed section when the letter has no `{ group: … }` items). */
    sections: SignerSection[];
    count: number;
    /** "86 organizations and 12 individuals from 32 countries", when `signing.count` is on. */
    summary?: string;
    /** "and 2 organizations that asked not to be named" (signers with `publish: false`), printed after the list. */
    unnamed?: string;
    /** Columns the list is set in: 1 for short lists, 2 for long ones, unless the letter says. */
    columns: number;
    /** The signers' logos, when `signing.logos` is on and they have one. */
    logos: LogoView[];
    /** Named representatives, side by side in a grid (`signing.representatives`). */
    representatives: RepresentativeView[];
    /** Columns of the representatives' grid: 1, 2 or 3. */
    representativeColumns: number;
    /** Whether the list of signatories prints (`signing.list: false`: the representatives stand instead of it). */
    list: boolean;
  };
  /** The letter's `hyphenate` setting; undefined means the default for the edition. */
  hyphenate?: boolean;
  draft: boolean;
  strings: UiStrings;
  meta: { title: string; author: string; subject: string; keywords: string[] };
}

/** A letter's finished bodies, by language and what shapes them (`ViewInput.bodies`); for one letter of one workspace only. */
export type BodyCache = Map<string, { html: string; problems: readonly RenderProblem[] }>;

export interface ViewInput {
  /** `to:` already expanded: officials' ids and groups are addressees here. */
  frontMatter: ResolvedFrontMatter;
  bodyMarkdown: string;
  signers: readonly Signer[];
  registry: ReadonlyMap<string, Signatory>;
  lang: string;
  strings: UiStrings;
  /** The letter's languages and the words that tell a gender in each (src/i18n/gender.ts). */
  gender: GenderEvidence;
  draft: boolean;
  resolveImage: (src: string) => ImageResolution;
  /**
   * The bodies already made for this letter, shared by its views: the copies of a
   * `delivery: each` letter differ in their addressees, never in their body, whose
   * Markdown, sanitizing, typesetting and hyphenation cost about 1 ms a copy.
   */
  bodies?: BodyCache;
  /** Resolves a path written in signatories.yaml (logos); default: resolveImage. */
  resolveRegistryImage?: (src: string) => ImageResolution;
}

/** Lists at least this long are set in two columns when `signing.columns` is auto. */
const TWO_COLUMNS_FROM = 16;

export function buildLetterView(input: ViewInput): { view: LetterView; problems: RenderProblem[] } {
  const { frontMatter: fm, lang, strings } = input;
  const primary = fm.languages[0];
  const rules = typeRules(strings);
  const typeset = (value: string | undefined) => (value === undefined ? undefined : typesetText(value, rules));
  const text = (value: Parameters<typeof pick>[0]) => typeset(pick(value, lang, primary));
  const date = (iso: string) => formatCalendarDate(iso, lang, strings.first_day);
  const numbered = (html: string) => (fm.numbered_paragraphs ? numberParagraphs(html, (n) => formatDigits(n, lang)) : html);
  // The strings (quotes, typesetting rules) follow from the language; the rest is in the key.
  const bodyKey = `${lang}\n${fm.numbered_paragraphs ? 1 : 0}${fm.hyphenate ? 1 : 0}\n${input.bodyMarkdown}`;
  let body = input.bodies?.get(bodyKey);
  if (!body) {
    const rendered = renderMarkdown(input.bodyMarkdown, { quotes: rules.levels ? LEVEL_QUOTES : [...strings.quotes], resolveImage: input.resolveImage, lang });
    const bodyHtml = typesetHtml(rendered.html, rules);
    body = { html: keepDashesWithWords(fm.hyphenate ? hyphenateHtml(numbered(bodyHtml), lang) : numbered(bodyHtml)), problems: rendered.problems };
    input.bodies?.set(bodyKey, body);
  }
  const sections = buildSignatorySections(input.signers, input.registry, fm.signing, lang, {
    draft: input.draft,
    ...(fm.signing.no_country_heading !== undefined ? { noCountryHeading: text(fm.signing.no_country_heading) } : {}),
    ...(strings.articles ? { articles: strings.articles } : {}),
    ...(strings.countries ? { countryNames: strings.countries } : {}),
    sections: sectionMarks(fm.signatories),
    continued: strings.continued,
    typeset: (value) => typesetText(value, rules),
    primary,
  });
  const groups = sections.flatMap((s) => s.groups);
  const printed = groups.flatMap((g) => g.signers);
  const printedNames = printed.map((s) => s.text);
  // Signed, asked not to be named: counted after the list unless the letter turns the line off (`signing.count_unnamed: false`).
  const unnamed = fm.signing.count_unnamed === false ? 0 : unnamedCount(input.signers, input.draft);
  const problems = [...body.problems];
  const registryImage = input.resolveRegistryImage ?? input.resolveImage;
  const image = (src: string, resolve: ViewInput['resolveImage']) => {
    const resolved = resolve(src);
    if (resolved.problem) problems.push(resolved.problem);
    return resolved.dataUrl;
  };
  const logos = fm.signing.logos
    ? printed.flatMap((s) => {
        const src = s.logo ? image(s.logo, registryImage) : undefined;
        return src ? [{ src, alt: s.name }] : [];
      })
    : [];
  const columns = fm.signing.columns === undefined || fm.signing.columns === 'auto'
    ? (printedNames.length >= TWO_COLUMNS_FROM ? 2 : 1)
    : fm.signing.columns;
  const to = fm.to.map((a) => addresseeView(a, lang, strings, typeset));
  const title = text(fm.title)!;
  const subject = text(fm.subject);
  const place = text(fm.place);
  // The as-of date joins a heading ("Endorsers as of April 30, 2020") or reads as a phrase of its own, never a second noun.
  const writtenHeading = pick(fm.signing.heading, lang, primary);
  const asOfDate = fm.signing.as_of ? date(fm.signing.as_of) : undefined;
  const heading = typeset(writtenHeading && asOfDate ? headingAsOf(writtenHeading, asOfDate, strings) : writtenHeading);
  const asOf = !writtenHeading && asOfDate ? typeset(fill(strings.as_of, { date: asOfDate })) : undefined;
  const note = typeof fm.translation_note === 'string' ? (lang === primary ? undefined : fm.translation_note) : pickOwn(fm.translation_note, lang);
  const updated = fm.signing.updated ? typeset(fill(strings.list_updated, { date: date(fm.signing.updated) })) : undefined;
  const dateline = datelineParts(strings.dateline ?? '{place}, {date}', place);
  const representatives = (fm.signing.representatives ?? []).map((r) => representativeView(r, input.registry, lang, primary, typeset));
  // `greeting: ""` prints none; without `greeting:` one is built from the addressees.
  const greeting = fm.greeting === undefined ? typeset(buildGreeting(fm.to, lang, strings, input.gender)) : text(fm.greeting);

  const view: LetterView = {
    lang,
    langs: [lang],
    langName: languageName(lang),
    letterhead: letterheadView(input, lang, (src, fromRegistry) => image(src, fromRegistry ? registryImage : input.resolveImage), typeset),
    title,
    titleBlock: fm.title_block !== false,
    date: fm.date,
    dateText: date(fm.date),
    place,
    ...(dateline.lead ? { placeLead: dateline.lead } : {}),
    ...(dateline.trail ? { dateTrail: dateline.trail } : {}),
    dateline: `${dateline.lead ?? ''}${date(fm.date)}${dateline.trail}`,
    reference: text(fm.reference) || undefined,
    paper: fm.paper,
    subject,
    to: fm.address_block === false ? [] : to,
    cc: fm.cc.map((c) => (typeof c === 'string' ? typeset(c)! : addresseeView(c, lang, strings, typeset).lines.join(', '))),
    ccEntries: fm.cc.map((c) => (typeof c === 'string' ? { lines: [typeset(c)!], address: [] } : ccView(addresseeView(c, lang, strings, typeset)))),
    ccPosition: fm.cc_position ?? 'end',
    greeting: greeting || undefined,
    body: body.html,
    closing: text(fm.closing),
    ...(note ? { translationNote: { text: typeset(note)!, at: fm.translation_note_at ?? 'top' } } : {}),
    signing: {
      heading,
      asOf,
      ...(updated ? { updated } : {}),
      note: text(fm.signing.note),
      numbered: fm.signing.numbered,
      groups,
      sections,
      count: printedNames.length,
      ...(fm.signing.count ? { summary: signerCount(printed, lang, strings) } : {}),
      ...(unnamed ? { unnamed: typeset(plural(strings.count_unnamed, unnamed, lang))! } : {}),
      columns,
      logos,
      representatives,
      representativeColumns: representatives.length <= 1 ? 1 : fm.signing.representatives_columns ?? (representatives.length === 2 || representatives.length === 4 ? 2 : 3),
      list: fm.signing.list !== false,
    },
    hyphenate: fm.hyphenate,
    draft: input.draft,
    // Labels get the language's spacing too ("Objet :"), whoever wrote the strings file.
    strings: { ...strings, subject_label: typeset(strings.subject_label)!, cc_label: typeset(strings.cc_label)! },
    meta: {
      title,
      author: text(fm.author) ?? printedNames.join('; '),
      // Without a subject, the title: a phrase built from addressees' honorifics would need each language's articles.
      subject: subject ?? title,
      // The printed signers only, like Author: a withdrawn or (outside drafts) pending signer is never named.
      keywords: [...new Set(printed.map((s) => input.registry.get(s.id)?.short ?? s.text))],
    },
  };
  return { view: withoutUndefined(view), problems };
}

/**
 * The dateline's pattern (`strings.dateline`, "{place}, le {date}") around the date:
 * every character of it is printed ("{place} {date}." keeps its full stop). Without a
 * place, the date and what the pattern writes after its last placeholder.
 */
function datelineParts(pattern: string, place: string | undefined): { lead?: string; trail: string } {
  const at = pattern.indexOf('{date}');
  const before = at === -1 ? `${pattern} ` : pattern.slice(0, at);
  const after = at === -1 ? '' : pattern.slice(at + '{date}'.length);
  if (place !== undefined) return { lead: fill(before, { place }), trail: fill(after, { place }) };
  const last = Math.max(pattern.lastIndexOf('{date}') + '{date}'.length, pattern.lastIndexOf('{place}') + '{place}'.length);
  return { trail: pattern.slice(last) };
}

function ccView(a: AddresseeView): CcView {
  return { lines: a.lines, address: a.address };
}

/** A representative's lines: name, title, and the organization (written out, or a registry entry's printed name). */
function representativeView(
  r: Representative,
  registry: ReadonlyMap<string, Signatory>,
  lang: string,
  primary: string | undefined,
  typeset: (text: string | undefined) => string | undefined,
): RepresentativeView {
  const entry = r.id ? registry.get(r.id) : undefined;
  const name = typeset(r.name)!;
  const title = typeset(pick(r.title, lang, primary));
  const organization = typeset(pick(r.organization, lang, primary) ?? (entry ? displayName(entry, lang) : undefined));
  return {
    name,
    ...(title ? { title } : {}),
    ...(organization ? { organization } : {}),
    lines: [name, title, organization].filter((line): line is string => Boolean(line)),
  };
}

/** The letterhead: a registry entry's name, logo and website, or the letter's own. */
function letterheadView(
  input: ViewInput,
  lang: string,
  image: (src: string, fromRegistry: boolean) => string | undefined,
  typeset: (text: string | undefined) => string | undefined,
): LetterheadView | undefined {
  const head = input.frontMatter.letterhead;
  if (head === undefined) return undefined;
  if (typeof head === 'string') {
    const entry = input.registry.get(head);
    // `check` reports the unknown id; the letter still prints, without a letterhead.
    if (!entry) return undefined;
    const logo = entry.logo ? image(entry.logo, true) : undefined;
    const website = entry.website?.replace(/^https?:\/\//, '').replace(/\/$/, '');
    return { name: typeset(pickOwn(entry.names, lang) ?? entry.name)!, ...(logo ? { logo } : {}), lines: website ? [website] : [] };
  }
  const primary = input.frontMatter.languages[0];
  const logo = head.logo ? image(head.logo, false) : undefined;
  return {
    name: typeset(pick(head.name, lang, primary)) ?? '',
    ...(logo ? { logo } : {}),
    lines: (head.lines ?? []).map((line) => typeset(pick(line, lang, primary))).filter((l): l is string => Boolean(l)),
  };
}

/**
 * An addressee's printed lines, by the language's pattern: English puts a short title
 * before the name ("U.S. Secretary of State Antony Blinken") and a long one on its own
 * line after it ("Mauro Vieira" / "Minister of Foreign Affairs of Brazil"), as does a
 * title with a comma or one ending in a country's name ("Stefan Lindgren" / "Prime
 * Minister of Sweden"); with an
 * honorific, "The Honorable Mauro Vieira" and the title below. A collective addressee
 * ("All WTO Members", "Committee Secretary") is printed as written: its name, its title on
 * its own line, then its address lines. A cc entry written out prints the same way.
 */
function addresseeView(a: Addressee, lang: string, strings: UiStrings, typeset: (text: string | undefined) => string | undefined): AddresseeView {
  const name = pick(a.name, lang)!;
  const title = pick(a.title, lang);
  const honorific = pickOwn(a.honorific, lang);
  const address = (a.address ?? []).map((l) => typeset(l)!);
  if (a.collective) {
    // A committee prints as written, its postal address under it ("Committee Secretary" / "Parliamentary Joint Committee on …" / "PO Box 6100").
    const first = honorific ? `${honorific} ${name}` : name;
    return {
      name: typeset(name)!,
      ...(title ? { title: typeset(title)! } : {}),
      ...(honorific ? { honorific: typeset(honorific)! } : {}),
      lines: (title ? [first, title] : [first]).map((l) => typeset(l)!),
      address,
      collective: true,
    };
  }
  // A title with a comma ("Director, Donors' Office") never reads before a name, nor
  // the office of a country ("Prime Minister of Sweden"): "Stefan Lindgren" / title.
  const long = title !== undefined && strings.short_title_words !== undefined
    && (title.includes(',') || title.trim().split(/\s+/).length > strings.short_title_words
      || endsWithCountryName(title, lang, strings.countries));
  const pattern = honorific
    ? strings.addressee_honorific ?? '{honorific} {name}\n{title}'
    : long && strings.addressee_long ? strings.addressee_long : strings.addressee;
  const line = title || honorific ? fill(pattern, { name, title: title ?? '', honorific: honorific ?? '' }) : name;
  return {
    name: typeset(name)!,
    ...(title ? { title: typeset(title)! } : {}),
    ...(honorific ? { honorific: typeset(honorific)! } : {}),
    lines: line.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => typeset(l)!),
    address,
  };
}

/** "Firman:" and a date → "Firman al 1 de octubre de 2022:" (`as_of_heading`), the heading's closing mark kept last. */
function headingAsOf(heading: string, date: string, strings: UiStrings): string {
  const [, words, mark] = /^(.*?)([\s\u00a0\u202f]*[:;,.：]?)$/su.exec(heading.trim())!;
  return fill(strings.as_of_heading, { heading: words!, date }) + mark!;
}

/** Templates test `{{#if place}}`; keys set to undefined would still show in `{{#each}}`. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
