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
    if (!bodies.has(lang)) {
      gap(lang, {
        file, ...source.locate(['languages', i]), severity: 'error', code: 'missing-body',
        message: `language "${lang}" has no body: there is no \`::: ${lang}\` block`,
        hint: `Add a block starting with the line \`::: ${lang}\` and ending with \`:::\`, or remove "${lang}" from languages.`,
      });
    }
  });
  for (const [lang, block] of bodies) {
    if (!seen.has(lang)) {
      problems.push({
        file, line: block.line - 1 || bodyLine, column: 1, severity: 'warning', code: 'unlisted-language',
        message: `the \`::: ${lang}\` block is not in languages, so it is never printed`,
        hint: `Add "${lang}" to languages: or remove the block.`,
      });
    }
  }
  for (const { path, value } of localizedFields(fm)) {
    if (value === undefined || typeof value === 'string') continue;
    for (const lang of seen) {
      if (value[lang] !== undefined) continue;
      gap(lang, {
        file, ...source.locate(path), severity: 'error', code: 'missing-translation',
        message: `${describePath(path)} has no "${lang}" text`,
        hint: `Add \`${lang}: …\` to ${describePath(path)}, or write it as one string used for every language.`,
      });
    }
  }
  return { problems, gaps };
}
