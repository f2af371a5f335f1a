/**
 * An addressee's grammatical gender, for greetings that agree with it ("Estimada
 * Ministra Silva:"). The letter's `gender:` wins; otherwise the words of the salutation
 * and title decide where the language makes it plain (Ministra, Secretario, Senhora,
 * Madame, Frau…). Words that do not tell (Presidente, Ministre, Secretary) decide
 * nothing, and two languages that disagree leave the gender unknown: `check` then asks
 * for `gender:`. The words are each language's, in its strings file (`gender_words:`).
 */
import type { Addressee, Localized } from '../model/schema.js';
import type { TemplateFiles } from '../workspace/template-files.js';
import { loadStrings } from './strings.js';

export type Gender = 'f' | 'm';

/** Words that name a woman or a man, lowercase, abbreviations with their full stop: a strings file's `gender_words:`. */
export interface GenderWords {
  f: readonly string[];
  m: readonly string[];
}

/** The languages a letter is written in, and the words each one's strings file says tell a gender. */
export interface GenderEvidence {
  /** The letter's languages, the original first. */
  langs: readonly string[];
  wordsOf(lang: string): GenderWords | undefined;
}

/**
 * The evidence of a letter in `langs`: each language's `gender_words:` from its strings
 * (templates/i18n/<lang>.yaml, built in or the workspace's). A language whose strings
 * cannot be read tells nothing here; building in it reports why.
 */
export function genderEvidence(files: TemplateFiles, langs: readonly string[]): GenderEvidence {
  return {
    langs,
    wordsOf(lang) {
      try {
        return loadStrings(files, lang).gender_words;
      } catch {
        return undefined;
      }
    },
  };
}

const lookups = new WeakMap<GenderWords, Map<string, Gender>>();

function lookup(words: GenderWords): Map<string, Gender> {
  let map = lookups.get(words);
  if (!map) lookups.set(words, (map = new Map<string, Gender>([...words.f.map((w) => [w, 'f'] as const), ...words.m.map((w) => [w, 'm'] as const)])));
  return map;
}

/** The gender the first telling word of `text` names in `lang`, if any. */
function genderInText(text: string, lang: string, words: GenderWords | undefined): Gender | undefined {
  if (!words) return undefined;
  const known = lookup(words);
  for (const raw of text.split(/[\s,;:]+/)) {
    const word = raw.toLocaleLowerCase(lang);
    const found = known.get(word) ?? known.get(word.replace(/\.$/, ''));
    if (found) return found;
  }
  return undefined;
}

/** The evidence of one per-language field: each language's text read with that language's words. */
function evidence(value: Localized | undefined, from: GenderEvidence): Gender[] {
  if (value === undefined) return [];
  const pairs = typeof value === 'string' ? from.langs.map((lang) => [lang, value] as const) : Object.entries(value);
  return pairs.flatMap(([lang, text]) => {
    const g = genderInText(text, lang, from.wordsOf(lang));
    return g ? [g] : [];
  });
}

/** `gender:` if written; else what the salutations, then the titles, make plain; undefined when they do not or disagree. */
export function addresseeGender(a: Addressee, from: GenderEvidence): Gender | undefined {
  if (a.gender) return a.gender;
  for (const field of [a.salutation, a.title]) {
    const found = new Set(evidence(field, from));
    if (found.size === 1) return [...found][0];
    if (found.size > 1) return undefined;
  }
  return undefined;
}
