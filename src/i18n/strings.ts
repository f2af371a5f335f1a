/**
 * UI strings per language, from `templates/i18n/<lang>.yaml`. A regional language
 * (`pt-BR`, `es-MX`, `fr-CA`) reads its base language's file, then the region's own
 * file where it has one (only what differs); each built-in file may be overridden by
 * a workspace's file of the same name, key by key. A language with no strings file at
 * all uses English strings (dates, lists and country names still follow the language),
 * and `check` warns about it.
 */
import { z } from 'zod';
import { CoalitionError, type Diagnostic } from '../errors.js';
import { parseYamlSource, yamlToData, type YamlSource } from '../yaml/yaml.js';
import type { TemplateFiles } from '../workspace/template-files.js';

/** A text per plural category of `Intl.PluralRules` (`one`, `few`, `many`, `other`…); `other` is required. */
const PluralSchema = z.object({ other: z.string() }).catchall(z.string());

/**
 * Greeting templates, `{names}` filled with the salutations; gendered forms where the
 * language has them, and `n` for an addressee whose gender nothing shows (no gendered
 * word: "{names}:" in Spanish, "Gentile {names}," in Italian, "Guten Tag {names}," in
 * German). Without `n`, such an addressee gets the salutation alone.
 */
const GreetingFormsSchema = z.object({
  default: z.string(),
  m: z.string().optional(),
  f: z.string().optional(),
  n: z.string().optional(),
  m_plural: z.string().optional(),
  f_plural: z.string().optional(),
});

const QuotePairSchema = z.tuple([z.string(), z.string()]);

export const StringsSchema = z.object({
  greeting: GreetingFormsSchema.extend({
    /** Salutations joined with this ("Madame la Ministre, Monsieur le Ministre,") instead of the list conjunction. */
    separator: z.string().optional(),
    /** Every addressee gets their own form ("Sehr geehrte Frau …, sehr geehrter Herr …,"), not only when genders differ. */
    each: z.boolean().optional(),
    /** Forms for private persons (no addressee has a title), where officials are greeted otherwise (Portuguese "Prezado"). */
    private: GreetingFormsSchema.optional(),
  }),
  /**
   * The salutation built when an addressee has none: `{family}` (family name) or
   * `{name}` (full name); `n` when nothing shows their gender (French "Madame,
   * Monsieur"; without it, the full name); plural forms for several addressees of one
   * gender whose salutations would repeat ("Mesdames"); `official` for an addressee
   * with a title, `{office}` being the title's leading words (Portuguese "Senhora
   * Ministra", after the Manual de Redação da Presidência da República).
   */
  salutation_forms: z.object({
    m: z.string(),
    f: z.string(),
    n: z.string().optional(),
    m_plural: z.string().optional(),
    f_plural: z.string().optional(),
    /** `n`: an official whose gender nothing shows (a language whose offices tell none: Chinese "{family}{office}"). */
    official: z.object({ m: z.string(), f: z.string(), n: z.string().optional() }).optional(),
    /**
     * Salutations by office, keyed by a title's first word (a leading Arabic article
     * "ال" aside), each in both genders: Arabic "وزيرة الخارجية" → "معالي الوزيرة".
     * An official whose title starts with none of them gets `m`/`f`/`n`.
     */
    offices: z.record(z.string(), z.object({ m: z.string(), f: z.string() })).optional(),
  }).optional(),
  /** People of this language may carry two surnames: a name of three or more units is never split by guess (src/i18n/names.ts). */
  compound_surnames: z.boolean().optional(),
  /** A family name's leading particle is capitalized without the given name ("señor De la Fuente", RAE). */
  capitalize_particle: z.boolean().optional(),
  /** Articles of this language an organization's name sorts without (`signing.ignore_articles`), lowercase, beyond those of every language (names.ts). */
  articles: z.array(z.string()).optional(),
  addressee: z.string(),
  /** The pattern for titles longer than `short_title_words` words (English: name first, title on its own line). */
  addressee_long: z.string().optional(),
  short_title_words: z.number().int().min(0).optional(),
  /** The pattern when the addressee has an `honorific` ("The Honorable Mauro Vieira" / title). */
  addressee_honorific: z.string().optional(),
  signatories_label: z.string(),
  subject_label: z.string(),
  cc_label: z.string(),
  /** A phrase that reads on its own, without a heading: "Signatories as of {date}". */
  as_of: z.string(),
  /** The heading joined with the date, never a second noun: "{heading} as of {date}" ("Endorsers as of April 30, 2020"). */
  as_of_heading: z.string(),
  /** Place and date: "{place}, le {date}". */
  dateline: z.string().optional(),
  /** The first day of a month where the language writes it as an ordinal: "1er", "1º". */
  first_day: z.string().optional(),
  /** The language tag Word checks spelling with, for what these strings are ("es-MX", "pt-BR"): a region's own file may change it. */
  word_language: z.string().optional(),
  /** Under the signatory list when `signing.updated` is set. */
  list_updated: z.string(),
  page: z.string(),
  draft: z.string(),
  pending: z.string(),
  quotes: z.tuple([z.string(), z.string(), z.string(), z.string()]),
  /** Quote marks by nesting level, outermost first: « “ ‘. Without it, " and ' map to `quotes` as typed. */
  quote_levels: z.array(QuotePairSchema).min(1).optional(),
  /** The space before these punctuation marks (French: a narrow no-break space before ; : ! ?); "" removes any. */
  space_before: z.record(z.string().regex(/^[;:!?]$/, 'one of ; : ! ?'), z.string()).optional(),
  /** The space inside « » (French: a narrow no-break space). */
  guillemet_space: z.string().optional(),
  /** Country names for letters, by ISO code, where the language's usual name differs from CLDR's. */
  countries: z.record(z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code'), z.string()).optional(),
  // The signatory list: a continued group's heading, and the count under the heading.
  continued: z.string(),
  count: z.string(),
  count_organizations: PluralSchema,
  count_individuals: PluralSchema,
  count_countries: PluralSchema,
  /** "and {n} organizations that asked not to be named": signers with `publish: false`, after the list. */
  count_unnamed: PluralSchema,
  /** What `coalition new` writes in this language (src/scaffold/letter-template.ts); `{family}` in the salutation hint. */
  scaffold: z.object({
    title: z.string(),
    office: z.string(),
    salutation: z.string(),
    example_family: z.string(),
    closing: z.string(),
    paragraphs: z.tuple([z.string(), z.string(), z.string()]),
  }).optional(),
  /** Words that name a woman or a man in a salutation or title, lowercase (src/i18n/gender.ts). */
  gender_words: z.object({ f: z.array(z.string()), m: z.array(z.string()) }).optional(),
  /** What `coalition send` writes: the cover note to officials and the messages to signers. */
  mail: z.object({
    cover: z.string(),
    regards: z.string(),
    signer_greeting: z.string(),
    signers_greeting: z.string(),
    pending_subject: z.string(),
    pending: z.string(),
    fingerprint: z.string(),
    confirmed_subject: z.string(),
    confirmed: z.string(),
  }),
  /** The public site's words (`coalition publish`, templates/site.hbs). */
  site: z.object({
    /** Under the title: "Sent {date} · v{version}, {signers}", {date} being the day the version was released. */
    sent: z.string(),
    signers: PluralSchema,
    /** Names the language links for screen readers. */
    languages: z.string(),
    skip: z.string(),
    downloads: z.string(),
    downloads_note: z.string(),
    /** A download's link text: "{format} ({language})". */
    download: z.string(),
    formats: z.object({ pdf: z.string(), docx: z.string(), txt: z.string() }),
    signatories_csv: z.string(),
    embed: z.string(),
  }),
});
export type UiStrings = z.infer<typeof StringsSchema>;

/** Strings per template set and language: a build or check of 100 letters reads them once. */
const loaded = new WeakMap<TemplateFiles, Map<string, UiStrings>>();

export function loadStrings(files: TemplateFiles, lang: string): UiStrings {
  let byLang = loaded.get(files);
  if (!byLang) loaded.set(files, (byLang = new Map()));
  let strings = byLang.get(lang);
  if (!strings) byLang.set(lang, (strings = readStrings(files, lang)));
  return strings;
}

/**
 * The space between a label and its text ("Re: …"): none after full-width punctuation,
 * which holds its own ("事由：关于…", as Chinese sets it).
 */
export function labelSpace(label: string): string {
  return /[\u3000-\u303f\uff00-\uffef]$/u.test(label) ? '' : ' ';
}

/** "pt-BR" → "pt". */
export function baseLanguage(lang: string): string {
  return lang.split('-')[0]!;
}

/** Chinese regions that write Traditional characters: their letters read zh-Hant.yaml. */
const TRADITIONAL_CHINESE = /^zh-(TW|HK|MO)$/i;

/**
 * The strings files that apply to `lang`, most general first: `pt.yaml`, then
 * `pt-BR.yaml`; `zh.yaml`, `zh-Hant.yaml`, then `zh-TW.yaml` (Taiwan, Hong Kong and
 * Macao write Traditional characters); `zh-Hant-TW` reads `zh-Hant.yaml` on the way.
 */
function chain(lang: string): string[] {
  const subtags = lang.split('-');
  const names = subtags.map((_, i) => subtags.slice(0, i + 1).join('-'));
  if (TRADITIONAL_CHINESE.test(lang)) names.splice(1, 0, 'zh-Hant');
  return names;
}

/**
 * The languages coalition ships strings for: one `templates/i18n/<lang>.yaml` each in
 * the package (regional files such as `en-GB.yaml` aside), sorted by code. Every list
 * of shipped languages (hints, the docs) is this one.
 */
export function shippedLanguages(files: TemplateFiles): string[] {
  return files.listBuiltin('i18n', '.yaml').map((name) => name.slice('i18n/'.length, -'.yaml'.length)).filter((lang) => !lang.includes('-')).sort();
}

/** The regional files the package ships (`en-GB`, `pt-PT`…), each holding what differs from its base language. */
export function shippedRegions(files: TemplateFiles): string[] {
  return files.listBuiltin('i18n', '.yaml').map((name) => name.slice('i18n/'.length, -'.yaml'.length)).filter((lang) => lang.includes('-')).sort();
}

/** Whether `lang` has strings of its own (its base language's count), built in or in the workspace. */
export function hasStrings(files: TemplateFiles, lang: string): boolean {
  return chain(lang).some((name) => files.find(`i18n/${name}.yaml`) !== undefined);
}

/**
 * What belongs to a language alone and is never borrowed from English: the words that
 * tell a gender, and the placeholders `new` writes (marked with the language instead).
 */
const OWN_KEYS = ['scaffold', 'gender_words'] as const;

function readStrings(files: TemplateFiles, lang: string): UiStrings {
  const layers: StringsFile[] = [];
  // English underneath only where the language has no built-in file: a workspace's own
  // `<lang>.yaml` may then name just some keys, and English optional keys never leak into Spanish.
  if (!files.findBuiltin(`i18n/${baseLanguage(lang)}.yaml`)) {
    const english = files.findBuiltin('i18n/en.yaml');
    if (english) {
      const layer = readStringsFile(english.text, english.origin);
      for (const key of OWN_KEYS) delete layer.data[key];
      layers.push(layer);
    }
  }
  for (const name of chain(lang)) {
    for (const file of [files.findBuiltin(`i18n/${name}.yaml`), files.findOverride(`i18n/${name}.yaml`)]) {
      if (file) layers.push(readStringsFile(file.text, file.origin));
    }
  }
  const merged = layers.reduce<Record<string, unknown>>((into, layer) => deepMerge(into, layer.data), {});
  // Parsed once per language: zod's compiled validator would cost more than it saves (schema-diagnostics.ts).
  const result = StringsSchema.safeParse(merged, { jitless: true });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    // A workspace's file is where a fault comes from (the built-in files are valid): the last one naming the key.
    const own = layers.filter((l) => !l.origin.startsWith('(built-in)'));
    const culprit = [...own].reverse().find((l) => l.source.locate(issue.path).line > 1) ?? own.at(-1);
    const file = culprit?.origin ?? `templates/i18n/${lang}.yaml`;
    const at = culprit?.source.locate(issue.path) ?? { line: 0, column: 0 };
    throw invalidStrings({ file, ...at, message: `${issue.path.join('.')}: ${issue.message}` }, 'Compare it with the built-in templates/i18n/en.yaml.');
  }
  return result.data;
}

/** Maps merge key by key (a workspace file may change one greeting form or one country); anything else is replaced. */
function deepMerge(into: Record<string, unknown>, from: Record<string, unknown>): Record<string, unknown> {
  const out = { ...into };
  for (const [key, value] of Object.entries(from)) {
    const before = out[key];
    out[key] = isMap(before) && isMap(value) ? deepMerge(before, value) : value;
  }
  return out;
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface StringsFile {
  data: Record<string, unknown>;
  source: YamlSource;
  origin: string;
}

function readStringsFile(text: string, origin: string): StringsFile {
  const source = parseYamlSource(text, origin);
  const converted = yamlToData(source, origin);
  const fault = source.diagnostics.find((d) => d.severity === 'error') ?? converted.diagnostic;
  if (fault) throw invalidStrings(fault, 'Fix the YAML of this strings file.');
  const data = converted.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw invalidStrings({ file: origin, line: 1, column: 1, message: 'not a map of strings' }, 'Fix the YAML of this strings file.');
  }
  return { data: data as Record<string, unknown>, source, origin };
}

function invalidStrings(at: Pick<Diagnostic, 'file' | 'line' | 'column' | 'message'>, hint: string): CoalitionError {
  const { file, line, column, message } = at;
  return CoalitionError.fromDiagnostic({ file, line, column, severity: 'error', code: 'invalid-strings', message, hint });
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
