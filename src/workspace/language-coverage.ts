/**
 * Every language a letter lists must have its body and every per-language field.
 * Reports each gap at the line of the field that lacks it, by language: the languages
 * without gaps can be built while another waits for its translation.
 */
import type { Diagnostic } from '../errors.js';
import { isSectionStart, type FrontMatter, type Localized } from '../model/schema.js';
import type { BodyBlock } from './body-blocks.js';
import { describePath } from '../yaml/schema-diagnostics.js';
import type { YamlSource } from '../yaml/yaml.js';

/** Each per-language field of the front matter, with its path. */
export function localizedFields(fm: FrontMatter): { path: (string | number)[]; value: Localized | undefined }[] {
  const fields: { path: (string | number)[]; value: Localized | undefined }[] = [
    { path: ['title'], value: fm.title },
    { path: ['place'], value: fm.place },
    { path: ['subject'], value: fm.subject },
    { path: ['greeting'], value: fm.greeting },
    { path: ['closing'], value: fm.closing },
    { path: ['author'], value: fm.author },
    { path: ['signing', 'heading'], value: fm.signing.heading },
    { path: ['signing', 'note'], value: fm.signing.note },
    { path: ['signing', 'no_country_heading'], value: fm.signing.no_country_heading },
    { path: ['send', 'message'], value: fm.send?.message },
    { path: ['reference'], value: fm.reference },
  ];
  (fm.signing.representatives ?? []).forEach((r, i) => {
    fields.push({ path: ['signing', 'representatives', i, 'title'], value: r.title }, { path: ['signing', 'representatives', i, 'organization'], value: r.organization });
  });
  const people = [
    ...fm.to.map((a, i) => ({ a, path: ['to', i] as (string | number)[] })),
    ...fm.cc.map((a, i) => ({ a, path: ['cc', i] as (string | number)[] })),
  ];
  for (const { a, path } of people) {
    // An official's id or a group: its entries are checked where they are expanded (src/resolve/addressees.ts).
    if (typeof a === 'string' || 'group' in a) continue;
    fields.push({ path: [...path, 'name'], value: a.name }, { path: [...path, 'title'], value: a.title }, { path: [...path, 'salutation'], value: a.salutation });
  }
  fm.signatories.forEach((item, i) => {
    if (isSectionStart(item)) fields.push({ path: ['signatories', i, 'group'], value: item.group });
  });
  return fields;
}

/** Country codes and other codes people write for a language: `sp` for Spanish, `jp` for Japanese. */
const LANGUAGE_SLIPS: Record<string, string> = { sp: 'es', esp: 'es', ge: 'de', ger: 'de', jp: 'ja', cn: 'zh', dk: 'da', cz: 'cs', ua: 'uk', gr: 'el', al: 'sq', se: 'sv', kr: 'ko', eng: 'en', fra: 'fr', fre: 'fr', por: 'pt', spa: 'es', deu: 'de', ita: 'it' };

let languageNames: Intl.DisplayNames | undefined;

/** Whether `lang`'s base is a language code Intl knows (`sp` is none). */
export function isLanguageCode(lang: string): boolean {
  languageNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  try {
    return languageNames.of(lang.split('-')[0]!) !== undefined;
  } catch {
    return false;
  }
}

/**
 * The language a code that is none was meant to be: the letter's one `::: <lang>`
 * block that no listed language takes, else the usual slip (`sp` → `es`); undefined
 * when `lang` is a language, or no guess is sound. Country codes that are also
 * languages (`se` is Northern Sami) count as slips only when a block says so.
 */
export function meantLanguage(lang: string, listed: readonly string[], blocks: Iterable<string>): string | undefined {
  const unused = [...blocks].filter((b) => !listed.includes(b) && isLanguageCode(b));
  if (isLanguageCode(lang)) return LANGUAGE_SLIPS[lang] && unused.includes(LANGUAGE_SLIPS[lang]!) ? LANGUAGE_SLIPS[lang] : undefined;
  if (unused.length === 1) return unused[0];
  const slip = LANGUAGE_SLIPS[lang.toLowerCase()];
  return slip && !listed.includes(slip) ? slip : undefined;
}

export interface LanguageCoverage {
  /** Problems of the letter as a whole (a language listed twice, a block for no listed language). */
  problems: Diagnostic[];
  /**
   * Each language that cannot be built, with what it lacks (its body, a translation of
   * a field). The other languages still can: a pending translation holds back only itself.
   */
  gaps: Map<string, Diagnostic[]>;
}

export function checkLanguageCoverage(
  fm: FrontMatter,
  bodies: Map<string, BodyBlock>,
  source: YamlSource,
  file: string,
  bodyLine: number,
): LanguageCoverage {
  const problems: Diagnostic[] = [];
  const gaps = new Map<string, Diagnostic[]>();
  const gap = (lang: string, d: Diagnostic) => gaps.set(lang, [...(gaps.get(lang) ?? []), d]);
  const seen = new Set<string>();
  fm.languages.forEach((lang, i) => {
    if (seen.has(lang)) {
      problems.push({
        file, ...source.locate(['languages', i]), severity: 'error', code: 'duplicate-language',
        message: `languages: "${lang}" is listed twice`, hint: 'List each language once.',
      });
      return;
    }
    seen.add(lang);
    if (!bodies.has(lang)) gap(lang, missingBody(lang, fm.languages, bodies.keys(), file, source.locate(['languages', i])));
  });
  problems.push(...unlistedBlocks(fm.languages, bodies, file, bodyLine));
  for (const { path, value } of localizedFields(fm)) {
    if (value === undefined || typeof value === 'string') continue;
    for (const lang of seen) {
      // A region reads its base language's text ("es" for es-MX), as rendering does (i18n/localized.ts).
      if ((value[lang] ?? value[lang.split('-')[0]!]) !== undefined) continue;
      gap(lang, {
        file, ...source.locate(path), severity: 'error', code: 'missing-translation',
        message: `${describePath(path)} has no "${lang}" text`,
        hint: `Add \`${lang}: …\` to ${describePath(path)}, or write it as one string used for every language.`,
      });
    }
  }
  return { problems, gaps };
}

/** `missing-body` for a listed language without its `::: <lang>` block; "did you mean es?" for `sp`. */
export function missingBody(lang: string, listed: readonly string[], blockLangs: Iterable<string>, file: string, at: { line: number; column: number }): Diagnostic {
  const blocks = [...blockLangs];
  const meant = meantLanguage(lang, listed, blocks);
  return {
    file, ...at, severity: 'error', code: 'missing-body',
    message: `language "${lang}" has no body: there is no \`::: ${lang}\` block${meant ? `; did you mean "${meant}"?` : ''}`,
    hint: meant
      ? `"${lang}" is ${isLanguageCode(lang) ? 'a country code here' : 'no language code'}: write "${meant}" in languages: (the \`::: ${meant}\` block ${blocks.includes(meant) ? 'is there' : 'then holds its text'}).`
      : `Add a block starting with the line \`::: ${lang}\` and ending with \`:::\`, or remove "${lang}" from languages.`,
  };
}

/** A `::: <lang>` block for no listed language: never printed. */
export function unlistedBlocks(listed: readonly string[], bodies: ReadonlyMap<string, BodyBlock>, file: string, bodyLine: number): Diagnostic[] {
  return [...bodies].flatMap(([lang, block]): Diagnostic[] => (listed.includes(lang) ? [] : [{
    file, line: block.line - 1 || bodyLine, column: 1, severity: 'warning', code: 'unlisted-language',
    message: `the \`::: ${lang}\` block is not in languages, so it is never printed`,
    hint: `Add "${lang}" to languages: or remove the block.`,
  }]));
}
